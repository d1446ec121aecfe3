//! Content-addressing methods: how the hash of a store object is taken.
//!
//! * `Text`: the SHA-256 of a single file's bytes, with references recorded
//!   in the path (`builtins.toFile`, `.drv` files).
//! * `Flat`: the hash of a single regular file's bytes.
//! * `Recursive`: the hash of the NAR serialisation of a file tree.

use crate::error::{Error, Result};
use crate::hash::{Hash, HashAlgo, HashFormat};
use std::fmt;

/// How the contents of a store object are hashed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContentAddressMethod {
    /// Text hashing (`text:`): the file's bytes, SHA-256 only.
    Text,
    /// Flat file hashing: the file's bytes.
    Flat,
    /// NAR hashing (`r:`): the serialisation of a whole tree.
    Recursive,
}

impl ContentAddressMethod {
    /// Parses an `outputHashMode` value: `flat`, `recursive` (or its newer
    /// name `nar`) or `text`.
    pub fn parse_output_hash_mode(s: &str) -> Option<Self> {
        match s {
            "flat" => Some(ContentAddressMethod::Flat),
            "recursive" | "nar" => Some(ContentAddressMethod::Recursive),
            "text" => Some(ContentAddressMethod::Text),
            _ => None,
        }
    }

    /// The prefix written before the algorithm name in derivations and
    /// fixed-output hashing: `""`, `"r:"` or `"text:"`.
    pub fn prefix(self) -> &'static str {
        match self {
            ContentAddressMethod::Text => "text:",
            ContentAddressMethod::Flat => "",
            ContentAddressMethod::Recursive => "r:",
        }
    }

    /// `<prefix><algo>` as it appears in the hash-algorithm field of a
    /// derivation output (`r:sha256`, `sha1`, `text:sha256`).
    pub fn method_algo(self, algo: HashAlgo) -> String {
        format!("{}{}", self.prefix(), algo.name())
    }

    /// Parses `<prefix><algo>` (the inverse of [`Self::method_algo`]).
    pub fn parse_method_algo(s: &str) -> Result<(Self, HashAlgo)> {
        let (method, algo) = if let Some(rest) = s.strip_prefix("r:") {
            (ContentAddressMethod::Recursive, rest)
        } else if let Some(rest) = s.strip_prefix("text:") {
            (ContentAddressMethod::Text, rest)
        } else {
            (ContentAddressMethod::Flat, s)
        };
        Ok((method, HashAlgo::parse(algo)?))
    }

    /// The "content address method" string of the worker protocol:
    /// `text:sha256`, `fixed:r:sha256`, `fixed:sha1`, ...
    pub fn render_with_algo(self, algo: HashAlgo) -> String {
        match self {
            ContentAddressMethod::Text => format!("text:{}", algo.name()),
            _ => format!("fixed:{}{}", self.prefix(), algo.name()),
        }
    }
}

/// A content address: method plus hash, as recorded in path info.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ContentAddress {
    /// How the hash was taken.
    pub method: ContentAddressMethod,
    /// The hash.
    pub hash: Hash,
}

impl ContentAddress {
    /// Renders as Nix does: `text:sha256:<nix32>` or `fixed:[r:]<algo>:<nix32>`.
    pub fn render(&self) -> String {
        let h = self.hash.encode(HashFormat::Nix32, true);
        match self.method {
            ContentAddressMethod::Text => format!("text:{h}"),
            m => format!("fixed:{}{h}", m.prefix()),
        }
    }

    /// Parses the rendered form.
    pub fn parse(s: &str) -> Result<Self> {
        let bad = || Error::BadHash(format!("'{s}' is not a valid content address"));
        let (kind, rest) = s.split_once(':').ok_or_else(bad)?;
        let (method, rest) = match kind {
            "text" => (ContentAddressMethod::Text, rest),
            "fixed" => match rest.strip_prefix("r:") {
                Some(r) => (ContentAddressMethod::Recursive, r),
                None => (ContentAddressMethod::Flat, rest),
            },
            _ => return Err(bad()),
        };
        let (algo, hash) = rest.split_once(':').ok_or_else(bad)?;
        let algo = HashAlgo::parse(algo)?;
        if method == ContentAddressMethod::Text && algo != HashAlgo::Sha256 {
            return Err(Error::BadHash(format!(
                "text content address hash should use sha256, but instead uses {algo}"
            )));
        }
        Ok(ContentAddress { method, hash: Hash::parse_non_sri_unprefixed(hash, algo)? })
    }
}

impl fmt::Display for ContentAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::hash_bytes;

    #[test]
    fn method_strings() {
        use ContentAddressMethod::*;
        assert_eq!(Recursive.method_algo(HashAlgo::Sha256), "r:sha256");
        assert_eq!(Flat.method_algo(HashAlgo::Sha1), "sha1");
        assert_eq!(Text.method_algo(HashAlgo::Sha256), "text:sha256");
        assert_eq!(ContentAddressMethod::parse_method_algo("r:md5").unwrap(), (Recursive, HashAlgo::Md5));
        assert_eq!(ContentAddressMethod::parse_method_algo("sha512").unwrap(), (Flat, HashAlgo::Sha512));
        assert!(ContentAddressMethod::parse_method_algo("r:foo").is_err());
        assert_eq!(Recursive.render_with_algo(HashAlgo::Sha256), "fixed:r:sha256");
        assert_eq!(Flat.render_with_algo(HashAlgo::Sha1), "fixed:sha1");
        assert_eq!(Text.render_with_algo(HashAlgo::Sha256), "text:sha256");
        assert_eq!(ContentAddressMethod::parse_output_hash_mode("nar"), Some(Recursive));
        assert_eq!(ContentAddressMethod::parse_output_hash_mode("Flat"), None);
    }

    #[test]
    fn content_address_round_trip() {
        for method in [ContentAddressMethod::Text, ContentAddressMethod::Flat, ContentAddressMethod::Recursive] {
            let ca = ContentAddress { method, hash: hash_bytes(HashAlgo::Sha256, b"x") };
            assert_eq!(ContentAddress::parse(&ca.render()).unwrap(), ca);
        }
        assert!(ContentAddress::parse("text:sha1:0000000000000000000000000000000000000000").is_err());
        assert!(ContentAddress::parse("nope").is_err());
    }
}
