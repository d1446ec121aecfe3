//! The store side of nixlet: everything about store paths, hashes, NAR
//! archives and derivations that evaluating Nix code needs, plus pluggable
//! store backends.
//!
//! # What is here
//!
//! * [`hash`]: Nix's hash algorithms and encodings (base-16, nix32, base-64,
//!   SRI), parsing exactly as Nix accepts them.
//! * [`path`]: [`StoreDir`] and [`StorePath`]; how Nix computes the paths of
//!   text files, sources, fixed outputs and derivation outputs.
//! * [`content_address`]: the text / flat / recursive content-addressing
//!   methods.
//! * [`tree`] and [`nar`]: a small read-only file-tree interface the evaluator
//!   adapts its I/O to, path filters (callback or step-by-step), and the NAR
//!   serialisation and its hash.
//! * [`derivation`]: [`Derivation`], its ATerm form, `hashDerivationModulo`,
//!   and the output-path computation of `derivationStrict`.
//! * [`store`]: the [`Store`] trait and the [`MemoryStore`] and
//!   [`ReadOnlyStore`] backends; [`local`] (a store in a directory) and
//!   [`daemon`] (the Nix daemon's worker protocol) on non-wasm targets.
//!
//! # Invariants
//!
//! * **No evaluator dependency.** This crate knows nothing of Nix values or
//!   the evaluator; the evaluator depends on it, never the other way round.
//! * **No I/O outside the local and daemon backends** (and the `std::fs`
//!   [`tree::FsTree`]). Everything else is pure computation and builds for
//!   `wasm32-unknown-unknown`; `local`, `daemon` and `FsTree` are compiled
//!   only for non-wasm targets.
//! * **No panics on any input.** Malformed hashes, paths, ATerms, NARs and
//!   daemon replies are reported as [`Error`] values; deep inputs are handled
//!   with explicit stacks or bounded.
//! * **Byte-for-byte compatibility with C++ Nix** for everything that becomes
//!   a path or a file: the test vectors in `tests/vectors.rs` were produced
//!   by Nix 2.8.
//!
//! # Example
//!
//! Instantiating `derivation { name = "eco-test"; system = "x86_64-linux";
//! builder = "/bin/sh"; args = ["-c" "echo hi > $out"]; }`:
//!
//! ```
//! use nixlet_store::{Derivation, DerivationOutput, DrvHashCache, MemoryStore, Store};
//!
//! let mut store = MemoryStore::new();
//! let mut drv = Derivation::new("eco-test");
//! drv.outputs.insert("out".into(), DerivationOutput::Deferred);
//! drv.platform = "x86_64-linux".into();
//! drv.builder = "/bin/sh".into();
//! drv.args = vec!["-c".into(), "echo hi > $out".into()];
//! for (k, v) in [("builder", "/bin/sh"), ("name", "eco-test"), ("system", "x86_64-linux")] {
//!     drv.env.insert(k.into(), v.into());
//! }
//!
//! // Output paths depend on the hashes of input derivations; the cache
//! // fetches those through the store and remembers them.
//! let mut hashes = DrvHashCache::new();
//! let dir = store.store_dir().clone();
//! hashes.fill_in_output_paths(&dir, &mut drv, &mut |p| store.read_derivation(p))?;
//! let drv_path = store.write_derivation(&drv)?;
//! hashes.register(&dir, drv_path.clone(), &drv, &mut |p| store.read_derivation(p))?;
//!
//! assert_eq!(dir.print(&drv_path), "/nix/store/nvj9p15ydnxid10gydhf3birc4ghlxji-eco-test.drv");
//! assert_eq!(drv.env["out"], "/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test");
//!
//! // builtins.toFile
//! let file = store.add_text("hello.txt", b"hello", &Default::default())?;
//! assert_eq!(dir.print(&file), "/nix/store/q790zdjk75hm2cn42nh77pqw4gbv1b88-hello.txt");
//! # Ok::<(), nixlet_store::Error>(())
//! ```

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

pub use content_address::{ContentAddress, ContentAddressMethod};
#[cfg(not(target_family = "wasm"))]
pub use daemon::DaemonStore;
pub use derivation::{Derivation, DerivationOutput, DrvHash, DrvHashCache, DrvHashKind, hash_derivation_modulo};
pub use error::{Error, Result};
pub use hash::{Hash, HashAlgo, HashFormat, Hasher, hash_bytes};
#[cfg(not(target_family = "wasm"))]
pub use local::LocalStore;
pub use nar::{NarHash, nar_hash};
pub use path::{StoreDir, StorePath};
pub use store::{DenyWritesStore, MemoryStore, ReadOnlyStore, Store};
#[cfg(not(target_family = "wasm"))]
pub use tree::FsTree;
pub use tree::{FileTree, MemNode, MemTree, NodeKind};
