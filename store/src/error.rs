//! The crate's error type.
//!
//! Every failure is a value of [`Error`]; its `Display` is the message a user
//! sees, worded like C++ Nix's where Nix has an equivalent message, so that the
//! evaluator can show it unchanged.

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the store layer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A hash string could not be parsed (wrong length, bad digit, ...).
    #[error("{0}")]
    BadHash(String),
    /// A hash algorithm name was not recognised.
    #[error("unknown hash algorithm '{0}', expect 'blake3', 'md5', 'sha1', 'sha256', or 'sha512'")]
    UnknownHashAlgo(String),
    /// A store path, or a name for one, is invalid.
    #[error("{0}")]
    BadStorePath(String),
    /// A derivation is malformed (ATerm syntax, inconsistent outputs, ...).
    #[error("{0}")]
    BadDerivation(String),
    /// A NAR is malformed, or a file tree cannot be serialised.
    #[error("{0}")]
    BadArchive(String),
    /// Reading the file tree, or the local store directory, failed.
    #[error("{0}")]
    Io(String),
    /// The Nix daemon reported an error.
    #[error("{0}")]
    Daemon(String),
    /// The conversation with the Nix daemon broke down (unexpected data,
    /// closed connection, unsupported version).
    #[error("{0}")]
    Protocol(String),
    /// A path is not valid in (not present in) the store.
    #[error("path '{0}' is not valid")]
    InvalidPath(String),
    /// The operation is not available on this store.
    #[error("{0}")]
    Unsupported(String),
    /// A write to a store that refuses writes ([`DenyWritesStore`](crate::DenyWritesStore)).
    #[error("cannot add '{0}' to the store: writing to the store is not allowed here")]
    WritesDenied(String),
    /// An error raised by a caller-supplied callback (a path filter, a
    /// derivation lookup) and passed through unchanged.
    #[error("{0}")]
    Callback(String),
}

impl Error {
    /// An I/O error about `path`, with the operating system's description.
    pub fn io(what: &str, path: &str, err: impl std::fmt::Display) -> Self {
        Error::Io(format!("{what} '{path}': {err}"))
    }
}
