//! nixlet-store (work in progress).

pub mod content_address;
pub mod derivation;
pub mod error;
pub mod hash;
pub mod nar;
pub mod path;
pub mod tree;

pub use error::{Error, Result};
