//! `nixlet-eval`: the evaluator core — lowering, bytecode compiler, lazy VM.
//!
//! Data flow of one evaluation: source text → [`nixlet_parser::parse`] (lossless
//! tree + diagnostics) → [`lower`] (IR with resolved names, parse-time checks) →
//! [`compile`] (bytecode in the [`code::Program`]) → [`vm::Vm`] (lazy evaluation) →
//! [`value::Value`] → [`print`](mod@print).
//!
//! Invariants:
//! - no OS access: files, environment and clock go through [`io::Io`], the store
//!   through [`vm::StoreHooks`]; this crate builds for `wasm32-unknown-unknown`;
//! - no global state: everything lives in a [`vm::Vm`];
//! - no native recursion proportional to the depth of Nix recursion: thunks, calls
//!   and builtin continuations are frames on a heap-allocated stack;
//! - no panics on any input: errors are [`error::Error`] values with spans.
//!
//! The set of builtins is not here: this crate knows the *shape* of a builtin
//! ([`builtin::Builtin`]); `nixlet-builtins` provides the set.

pub mod builtin;
pub mod code;
pub mod coerce;
pub mod compile;
pub mod eq;
pub mod error;
pub mod io;
pub mod ir;
pub mod lower;
mod ops;
pub mod print;
pub mod record;
pub mod show;
pub mod symbol;
pub mod value;
pub mod vm;

pub use builtin::{Again, Args, Builtin, Cont, Step};
pub use error::{Error, ErrorKind, EvalResult};
pub use ops::Arith;
pub use symbol::{Sym, Symbols};
pub use value::{Type, Value};
pub use vm::{EvalOptions, Vm};
