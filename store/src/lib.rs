//! nixlet-store (work in progress).

pub mod content_address;
#[cfg(not(target_family = "wasm"))]
pub mod daemon;
pub mod derivation;
pub mod error;
pub mod hash;
#[cfg(not(target_family = "wasm"))]
pub mod local;
pub mod nar;
pub mod path;
pub mod store;
pub mod tree;

pub use error::{Error, Result};
