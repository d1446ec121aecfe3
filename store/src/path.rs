//! Store paths and how Nix computes them.
//!
//! A store path is `<store dir>/<hash part>-<name>`: the hash part is 32 nix32
//! characters (160 bits), the name at most 211 characters from
//! `[a-zA-Z0-9+\-._?=]`. [`StorePath`] holds only the base name; a
//! [`StoreDir`] prints and parses full paths and computes new ones.
//!
//! Every path Nix makes is `make_store_path(type, inner hash, name)`: the
//! SHA-256 of `"<type>:<algo>:<base16 inner hash>:<store dir>:<name>"`,
//! XOR-folded to 20 bytes and nix32-encoded. The `type` says what kind of
//! object it is:
//!
//! | object | type | inner hash |
//! |---|---|---|
//! | text file (`toFile`, `.drv`) | `text[:<ref>…]` | SHA-256 of contents |
//! | source tree (NAR, SHA-256) | `source[:<ref>…][:self]` | SHA-256 of NAR |
//! | other fixed output | `output:out` | SHA-256 of `fixed:out:<r:><algo>:<base16>:` |
//! | derivation output | `output:<name>` | derivation hash modulo |

use crate::content_address::ContentAddressMethod;
use crate::error::{Error, Result};
use crate::hash::{Hash, HashAlgo, decode_nix32, hash_bytes, push_nix32};
use std::fmt;

/// Length of the hash part of a store path.
pub const HASH_PART_LEN: usize = 32;

/// Maximum length of the name part of a store path.
pub const MAX_NAME_LEN: usize = 211;

/// Extension of derivation files.
pub const DRV_EXTENSION: &str = ".drv";

/// Why a store path name is invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    /// The name is empty.
    Empty,
    /// The name is longer than [`MAX_NAME_LEN`].
    TooLong,
    /// The name contains a character outside `[a-zA-Z0-9+\-._?=]`.
    IllegalChar(char),
}

impl NameError {
    /// The message Nix gives, for the store path (base name) `base`.
    pub fn message(&self, base: &str) -> String {
        match self {
            NameError::Empty => format!("store path '{base}' has an empty name"),
            NameError::TooLong => {
                format!("store path '{base}' has a name longer than {MAX_NAME_LEN} characters")
            }
            NameError::IllegalChar(c) => {
                format!("store path '{base}' contains illegal character '{c}'")
            }
        }
    }
}

/// Checks a store path name as Nix does.
pub fn check_name(name: &str) -> Result<(), NameError> {
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if name.len() > MAX_NAME_LEN {
        return Err(NameError::TooLong);
    }
    // every name character is ASCII: scan bytes, and decode the character only
    // for the message (a non-ASCII byte at `i` starts a character, since all
    // before it were ASCII)
    match name.bytes().position(|b| !is_name_byte(b)) {
        Some(i) => Err(NameError::IllegalChar(char_at(name, i))),
        None => Ok(()),
    }
}

/// The character starting at byte `i` of `s` (for messages; `?` if none does).
fn char_at(s: &str, i: usize) -> char {
    s.get(i..).and_then(|r| r.chars().next()).unwrap_or('?')
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.' | b'_' | b'?' | b'=')
}

/// The base name of a store path: `<hash part>-<name>`, validated.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StorePath {
    /// Invariant: ASCII, `HASH_PART_LEN` nix32 characters, `-`, a valid name.
    base: String,
}

impl StorePath {
    /// Parses a base name (`<hash>-<name>`, no directory).
    pub fn from_base_name(base: &str) -> Result<Self> {
        if base.len() < HASH_PART_LEN + 1 {
            return Err(Error::BadStorePath(format!("'{base}' is too short to be a valid store path")));
        }
        // bytes, not chars: the first bad byte is either ASCII (reported as is) or
        // starts a multi-byte character, which `chars` then finds at that index
        let bad = base
            .bytes()
            .take(HASH_PART_LEN)
            .position(|b| !(b.is_ascii_digit() || b.is_ascii_lowercase()) || matches!(b, b'e' | b'o' | b'u' | b't'));
        if let Some(i) = bad {
            let c = char_at(base, i);
            return Err(Error::BadStorePath(format!("store path '{base}' contains illegal base-32 character '{c}'")));
        }
        // The first HASH_PART_LEN characters are ASCII, so these slices are on
        // character boundaries.
        let (Some(dash), Some(name)) = (base.get(HASH_PART_LEN..=HASH_PART_LEN), base.get(HASH_PART_LEN + 1..)) else {
            return Err(Error::BadStorePath(format!("'{base}' is too short to be a valid store path")));
        };
        if dash != "-" {
            return Err(Error::BadStorePath(format!(
                "'{base}' can't name a store path because the hash part is not followed by a '-'"
            )));
        }
        check_name(name).map_err(|e| Error::BadStorePath(e.message(base)))?;
        Ok(StorePath { base: base.to_string() })
    }

    /// A store path from a 20-byte digest and a name.
    pub fn from_hash(digest: &[u8; 20], name: &str) -> Result<Self> {
        let mut base = String::with_capacity(HASH_PART_LEN + 1 + name.len());
        push_nix32(&mut base, digest);
        base.push('-');
        base.push_str(name);
        check_name(name).map_err(|e| Error::BadStorePath(e.message(&base)))?;
        Ok(StorePath { base })
    }

    /// The 32-character hash part.
    pub fn hash_part(&self) -> &str {
        self.base.get(..HASH_PART_LEN).unwrap_or_default()
    }

    /// The hash part decoded to its 20 bytes.
    pub fn hash_digest(&self) -> [u8; 20] {
        let mut out = [0u8; 20];
        if let Some(d) = decode_nix32(self.hash_part(), 20) {
            out.iter_mut().zip(d).for_each(|(o, b)| *o = b);
        }
        out
    }

    /// The name part.
    pub fn name(&self) -> &str {
        self.base.get(HASH_PART_LEN + 1..).unwrap_or_default()
    }

    /// `<hash>-<name>`.
    pub fn base_name(&self) -> &str {
        &self.base
    }

    /// Whether this is a derivation (`.drv`).
    pub fn is_derivation(&self) -> bool {
        self.name().ends_with(DRV_EXTENSION)
    }

    /// For a derivation path, the derivation's name (without `.drv`).
    pub fn derivation_name(&self) -> Option<&str> {
        self.name().strip_suffix(DRV_EXTENSION)
    }
}

impl fmt::Display for StorePath {
    /// The base name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.base)
    }
}

/// Whether `canon_path(path)` would return `path` unchanged.
fn is_canonical(path: &str) -> bool {
    if path == "/" {
        return true;
    }
    path.starts_with('/')
        && !path.ends_with('/')
        && path.split('/').skip(1).all(|c| !c.is_empty() && c != "." && c != "..")
}

/// Normalises an absolute path: collapses `//`, `.` and `..`, drops a
/// trailing `/` (no symlinks are resolved). `None` for a relative path.
pub fn canon_path(path: &str) -> Option<String> {
    if !path.starts_with('/') {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    if parts.is_empty() {
        return Some("/".to_string());
    }
    let mut out = String::with_capacity(path.len());
    for p in parts {
        out.push('/');
        out.push_str(p);
    }
    Some(out)
}

/// The store directory (default `/nix/store`), which every path computation
/// depends on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StoreDir {
    dir: String,
}

impl Default for StoreDir {
    fn default() -> Self {
        StoreDir { dir: "/nix/store".to_string() }
    }
}

impl fmt::Display for StoreDir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.dir)
    }
}

impl StoreDir {
    /// A store directory; must be absolute (it is normalised).
    pub fn new(dir: &str) -> Result<Self> {
        match canon_path(dir) {
            Some(d) => Ok(StoreDir { dir: d }),
            None => Err(Error::BadStorePath(format!("store directory '{dir}' is not an absolute path"))),
        }
    }

    /// The directory, without trailing slash.
    pub fn as_str(&self) -> &str {
        &self.dir
    }

    /// The full path of a store path.
    pub fn print(&self, path: &StorePath) -> String {
        let mut s = String::with_capacity(self.dir.len() + 1 + path.base.len());
        self.print_into(&mut s, path);
        s
    }

    /// Appends the full path of `path` to `out` (no allocation of its own).
    pub fn print_into(&self, out: &mut String, path: &StorePath) {
        out.push_str(&self.dir);
        out.push('/');
        out.push_str(&path.base);
    }

    /// Parses a full store path (`/nix/store/<hash>-<name>`, nothing below it).
    pub fn parse_path(&self, path: &str) -> Result<StorePath> {
        let not_in_store = || Error::BadStorePath(format!("path '{path}' is not in the Nix store"));
        // the usual case, already canonical: no copy
        let owned;
        let p: &str = if is_canonical(path) {
            path
        } else {
            owned = canon_path(path).ok_or_else(not_in_store)?;
            &owned
        };
        match p.rsplit_once('/') {
            Some((dir, base)) if dir == self.dir || (dir.is_empty() && self.dir == "/") => {
                StorePath::from_base_name(base)
            }
            _ => Err(Error::BadStorePath(format!("path '{p}' is not in the Nix store"))),
        }
    }

    /// Whether `path` is exactly a valid store path.
    pub fn is_store_path(&self, path: &str) -> bool {
        self.parse_path(path).is_ok()
    }

    /// Whether `path` is in the store (the store path itself or below it).
    pub fn is_in_store(&self, path: &str) -> bool {
        path.strip_prefix(self.dir.as_str()).is_some_and(|r| r.starts_with('/') && r.len() > 1)
    }

    /// Splits a path in the store into its store path and the rest
    /// (`/nix/store/…-foo/bin/x` → (`…-foo`, `/bin/x`)).
    pub fn to_store_path(&self, path: &str) -> Result<(StorePath, String)> {
        if !self.is_in_store(path) {
            return Err(Error::BadStorePath(format!("path '{path}' is not in the Nix store")));
        }
        let rest = path.get(self.dir.len() + 1..).unwrap_or_default();
        let (base, below) = match rest.find('/') {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        Ok((StorePath::from_base_name(base)?, below.to_string()))
    }

    /// Nix's `makeStorePath` with the inner hash already rendered
    /// (`<algo>:<base16>`).
    pub fn make_store_path_raw(&self, kind: &str, inner: &str, name: &str) -> Result<StorePath> {
        self.store_path_from_pieces(|h| h.update(kind.as_bytes()), |h| h.update(inner.as_bytes()), name)
    }

    /// Nix's `makeStorePath(type, hash, name)`.
    pub fn make_store_path(&self, kind: &str, hash: &Hash, name: &str) -> Result<StorePath> {
        self.store_path_from_pieces(|h| h.update(kind.as_bytes()), |h| hash.feed_base16_prefixed(h), name)
    }

    /// The store path named `name` whose hash part is the compressed SHA-256 of
    /// `<type>:<inner>:<store dir>:<name>`, the type and the inner part written
    /// to the hasher by `kind` and `inner`: no string is built for the hashed text
    /// (these are computed several times per derivation).
    fn store_path_from_pieces(
        &self,
        kind: impl FnOnce(&mut crate::hash::Hasher),
        inner: impl FnOnce(&mut crate::hash::Hasher),
        name: &str,
    ) -> Result<StorePath> {
        let mut hasher = crate::hash::Hasher::new(HashAlgo::Sha256);
        kind(&mut hasher);
        hasher.update(b":");
        inner(&mut hasher);
        for piece in [b":", self.dir.as_bytes(), b":", name.as_bytes()] {
            hasher.update(piece);
        }
        let mut digest = [0u8; 20];
        hasher.finish().compress_into(&mut digest);
        StorePath::from_hash(&digest, name)
    }

    /// Feeds a store path's type to a hasher: `kind` followed by `:<full path>` for
    /// each reference and `:self` if the object refers to itself (Nix's
    /// `makeType`), without building the string.
    fn feed_type<'a>(
        &self,
        h: &mut crate::hash::Hasher,
        kind: &str,
        references: impl IntoIterator<Item = &'a StorePath>,
        self_ref: bool,
    ) {
        h.update(kind.as_bytes());
        for r in references {
            for piece in [b":", self.dir.as_bytes(), b"/", r.base.as_bytes()] {
                h.update(piece);
            }
        }
        if self_ref {
            h.update(b":self");
        }
    }

    /// The path of a derivation output: type `output:<out>`, name
    /// `<drv name>` or `<drv name>-<out>`.
    pub fn make_output_path(&self, output: &str, drv_hash: &Hash, drv_name: &str) -> Result<StorePath> {
        let kind = |h: &mut crate::hash::Hasher| {
            h.update(b"output:");
            h.update(output.as_bytes());
        };
        let name = output_path_name(drv_name, output);
        self.store_path_from_pieces(kind, |h| drv_hash.feed_base16_prefixed(h), &name)
    }

    /// The path of a text object (`builtins.toFile`, a `.drv` file), given the
    /// SHA-256 of its contents.
    pub fn make_text_path<'a>(
        &self,
        name: &str,
        content_hash: &Hash,
        references: impl IntoIterator<Item = &'a StorePath>,
    ) -> Result<StorePath> {
        if content_hash.algo() != HashAlgo::Sha256 {
            return Err(Error::BadHash(format!(
                "text content address hash should use sha256, but instead uses {}",
                content_hash.algo()
            )));
        }
        let kind = |h: &mut crate::hash::Hasher| self.feed_type(h, "text", references, false);
        self.store_path_from_pieces(kind, |h| content_hash.feed_base16_prefixed(h), name)
    }

    /// The path of a text object with the given contents.
    pub fn text_path_for<'a>(
        &self,
        name: &str,
        contents: &[u8],
        references: impl IntoIterator<Item = &'a StorePath>,
    ) -> Result<StorePath> {
        self.make_text_path(name, &hash_bytes(HashAlgo::Sha256, contents), references)
    }

    /// The path of a content-addressed object. NAR-hashed SHA-256 objects are
    /// `source` paths (which may have references); other flat or recursive
    /// objects are `output:out` paths of a fixed-output hash and may not have
    /// references; text objects are text paths.
    pub fn make_fixed_output_path<'a>(
        &self,
        method: ContentAddressMethod,
        hash: &Hash,
        name: &str,
        references: impl IntoIterator<Item = &'a StorePath>,
    ) -> Result<StorePath> {
        self.make_fixed_output_path_self(method, hash, name, references, false)
    }

    /// [`Self::make_fixed_output_path`] for an object that may refer to
    /// itself (only possible for `source` paths).
    pub fn make_fixed_output_path_self<'a>(
        &self,
        method: ContentAddressMethod,
        hash: &Hash,
        name: &str,
        references: impl IntoIterator<Item = &'a StorePath>,
        self_ref: bool,
    ) -> Result<StorePath> {
        match method {
            ContentAddressMethod::Text => {
                if self_ref {
                    return Err(Error::BadStorePath(format!("text object '{name}' cannot refer to itself")));
                }
                self.make_text_path(name, hash, references)
            }
            ContentAddressMethod::Recursive if hash.algo() == HashAlgo::Sha256 => {
                let kind = |h: &mut crate::hash::Hasher| self.feed_type(h, "source", references, self_ref);
                self.store_path_from_pieces(kind, |h| hash.feed_base16_prefixed(h), name)
            }
            _ => {
                if references.into_iter().next().is_some() || self_ref {
                    return Err(Error::BadStorePath(format!(
                        "fixed output derivation '{name}' is not allowed to refer to other store paths"
                    )));
                }
                let inner =
                    format!("fixed:out:{}{}:", method.prefix(), hash.encode(crate::hash::HashFormat::Base16, true));
                self.make_store_path("output:out", &hash_bytes(HashAlgo::Sha256, inner.as_bytes()), name)
            }
        }
    }
}

/// The name of a derivation output's path: `drv_name` for `out`, otherwise
/// `drv_name-output`.
pub fn output_path_name(drv_name: &str, output: &str) -> String {
    if output == "out" { drv_name.to_string() } else { format!("{drv_name}-{output}") }
}

/// `builtins.placeholder`: `/` followed by the nix32 SHA-256 of
/// `nix-output:<output>`.
pub fn hash_placeholder(output: &str) -> String {
    format!("/{}", hash_bytes(HashAlgo::Sha256, format!("nix-output:{output}").as_bytes()).to_nix32())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::encode_nix32;

    #[test]
    fn typed_paths_hash_the_type_nix_spells_out() {
        // `<type>:<sha256:base16>:<store dir>:<name>` with the type `text` or
        // `source`, then `:<path>` per reference and `:self`, as Nix's makeType
        // and makeStorePath write it: the streamed pieces must hash the same text
        let dir = StoreDir::default();
        let refs: Vec<StorePath> = ["0mdqa9w1p6cmli6976v4wi0sw9r4p5pr-a", "3lqbxrphzhsddq1fjrm1ia6h8k2pl0bz-c"]
            .iter()
            .map(|b| StorePath::from_base_name(b).unwrap())
            .collect();
        let h = hash_bytes(HashAlgo::Sha256, b"contents");
        let inner = format!("sha256:{}", h.to_base16());
        let spelled = |kind: &str| dir.make_store_path_raw(kind, &inner, "obj").unwrap();
        let typed = |refs: &[StorePath]| refs.iter().map(|r| format!(":{}", dir.print(r))).collect::<String>();
        assert_eq!(dir.make_text_path("obj", &h, &refs).unwrap(), spelled(&format!("text{}", typed(&refs))));
        assert_eq!(dir.make_text_path("obj", &h, []).unwrap(), spelled("text"));
        for self_ref in [false, true] {
            let tail = if self_ref { ":self" } else { "" };
            let got =
                dir.make_fixed_output_path_self(ContentAddressMethod::Recursive, &h, "obj", &refs, self_ref).unwrap();
            assert_eq!(got, spelled(&format!("source{}{tail}", typed(&refs))), "self {self_ref}");
        }
        // an output path: type `output:<name>`, named `<drv>-<output>` but for `out`
        assert_eq!(dir.make_output_path("dev", &h, "lib").unwrap(), {
            dir.make_store_path_raw("output:dev", &inner, "lib-dev").unwrap()
        });
        assert_eq!(
            dir.make_output_path("out", &h, "lib").unwrap(),
            dir.make_store_path_raw("output:out", &inner, "lib").unwrap()
        );
    }

    #[test]
    fn parse_and_print() {
        let dir = StoreDir::default();
        let p = dir.parse_path("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test").unwrap();
        assert_eq!(p.hash_part(), "mlqhpg1zzq62cc8pcam1vsjg345lk68v");
        assert_eq!(p.name(), "eco-test");
        assert_eq!(dir.print(&p), "/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test");
        assert_eq!(encode_nix32(&p.hash_digest()), p.hash_part());
        // Normalised before checking.
        assert_eq!(dir.parse_path("/nix//store/./mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test/").unwrap(), p);
        assert!(!p.is_derivation());
    }

    #[test]
    fn parse_errors() {
        let dir = StoreDir::default();
        let e = |s: &str| dir.parse_path(s).unwrap_err().to_string();
        assert_eq!(e("/tmp/foo"), "path '/tmp/foo' is not in the Nix store");
        assert_eq!(e("foo"), "path 'foo' is not in the Nix store");
        assert_eq!(
            e("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test/bin"),
            "path '/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test/bin' is not in the Nix store"
        );
        assert_eq!(e("/nix/store/abc"), "'abc' is too short to be a valid store path");
        assert_eq!(
            e("/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-x"),
            "store path 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-x' contains illegal base-32 character 'e'"
        );
        assert_eq!(
            e("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-a b"),
            "store path 'mlqhpg1zzq62cc8pcam1vsjg345lk68v-a b' contains illegal character ' '"
        );
        assert_eq!(
            e("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-"),
            "store path 'mlqhpg1zzq62cc8pcam1vsjg345lk68v-' has an empty name"
        );
        assert_eq!(
            e("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68vxfoo"),
            "'mlqhpg1zzq62cc8pcam1vsjg345lk68vxfoo' can't name a store path because the hash part is not followed by a '-'"
        );
        assert_eq!(
            e("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-é"),
            "store path 'mlqhpg1zzq62cc8pcam1vsjg345lk68v-é' contains illegal character 'é'"
        );
        // Multi-byte characters in the hash part do not cause slicing panics.
        assert!(dir.parse_path("/nix/store/ééééééééééééééééééééééééééééééé-x").is_err());
    }

    #[test]
    fn name_rules() {
        assert_eq!(check_name("a+b-c.d_e?f=g"), Ok(()));
        // Nix 2.8 allows a leading dot.
        assert_eq!(check_name(".foo"), Ok(()));
        assert_eq!(check_name(""), Err(NameError::Empty));
        assert_eq!(check_name(&"a".repeat(211)), Ok(()));
        assert_eq!(check_name(&"a".repeat(212)), Err(NameError::TooLong));
        assert_eq!(check_name("a/b"), Err(NameError::IllegalChar('/')));
    }

    #[test]
    fn in_store() {
        let dir = StoreDir::default();
        let (p, rest) = dir.to_store_path("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test/bin/sh").unwrap();
        assert_eq!(p.name(), "eco-test");
        assert_eq!(rest, "/bin/sh");
        assert!(dir.to_store_path("/nix/store").is_err());
        assert!(dir.to_store_path("/nix/storefoo/x").is_err());
        assert!(!dir.is_in_store("/nix/store/"));
    }

    #[test]
    fn store_dir_normalised() {
        assert_eq!(StoreDir::new("/foo/bar/").unwrap().as_str(), "/foo/bar");
        assert!(StoreDir::new("relative").is_err());
        assert_eq!(canon_path("/a/../../b/./c//"), Some("/b/c".into()));
        assert_eq!(canon_path("/"), Some("/".into()));
        for p in ["/", "/a", "/a/b.c", "/a//b", "/a/./b", "/a/../b", "/a/", "a/b", "", "/..", "/.x/..y"] {
            assert_eq!(is_canonical(p), canon_path(p).as_deref() == Some(p), "{p}");
        }
    }

    #[test]
    fn placeholder() {
        // `builtins.placeholder "out"` on Nix 2.8.
        assert_eq!(hash_placeholder("out"), "/1rz4g4znpzjwh1xymhjpm42vipw92pr73vdgl6xs1hycac8kf2n9");
    }

    #[test]
    fn fixed_output_with_references_is_rejected() {
        let dir = StoreDir::default();
        let r = dir.parse_path("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test").unwrap();
        let h = hash_bytes(HashAlgo::Sha1, b"");
        assert!(dir.make_fixed_output_path(ContentAddressMethod::Flat, &h, "x", [&r]).is_err());
        assert!(dir.make_text_path("x", &h, []).is_err());
    }
}
