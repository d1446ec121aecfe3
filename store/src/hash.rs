//! Cryptographic hashes as Nix uses them.
//!
//! [`Hash`](struct@Hash) pairs an algorithm with its digest and converts between the four
//! textual forms Nix understands: base-16, Nix's own base-32 ("nix32"),
//! base-64, and SRI (`sha256-…`). Parsing follows Nix: a hash may carry an
//! `algo:` or SRI `algo-` prefix, and without SRI the encoding is decided by the
//! length of the string alone.

use crate::error::{Error, Result};
use base64::Engine as _;
use sha1::Digest as _;
use std::fmt;

/// A hash algorithm supported by Nix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HashAlgo {
    /// MD5 (16 bytes).
    Md5,
    /// SHA-1 (20 bytes).
    Sha1,
    /// SHA-256 (32 bytes).
    Sha256,
    /// SHA-512 (64 bytes).
    Sha512,
}

impl HashAlgo {
    /// All algorithms, in Nix's order.
    pub const ALL: [HashAlgo; 4] = [HashAlgo::Md5, HashAlgo::Sha1, HashAlgo::Sha256, HashAlgo::Sha512];

    /// Parses an algorithm name (`md5`, `sha1`, `sha256`, `sha512`).
    pub fn parse(name: &str) -> Result<Self> {
        match name {
            "md5" => Ok(HashAlgo::Md5),
            "sha1" => Ok(HashAlgo::Sha1),
            "sha256" => Ok(HashAlgo::Sha256),
            "sha512" => Ok(HashAlgo::Sha512),
            _ => Err(Error::UnknownHashAlgo(name.to_string())),
        }
    }

    /// The algorithm's name as Nix prints it.
    pub fn name(self) -> &'static str {
        match self {
            HashAlgo::Md5 => "md5",
            HashAlgo::Sha1 => "sha1",
            HashAlgo::Sha256 => "sha256",
            HashAlgo::Sha512 => "sha512",
        }
    }

    /// The digest size in bytes.
    pub fn size(self) -> usize {
        match self {
            HashAlgo::Md5 => 16,
            HashAlgo::Sha1 => 20,
            HashAlgo::Sha256 => 32,
            HashAlgo::Sha512 => 64,
        }
    }

    /// Length of the base-16 form of a digest of this algorithm.
    pub fn base16_len(self) -> usize {
        self.size() * 2
    }

    /// Length of the nix32 form of a digest of this algorithm.
    pub fn nix32_len(self) -> usize {
        nix32_len(self.size())
    }

    /// Length of the (padded) base-64 form of a digest of this algorithm.
    pub fn base64_len(self) -> usize {
        self.size().div_ceil(3) * 4
    }
}

impl fmt::Display for HashAlgo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for HashAlgo {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        HashAlgo::parse(s)
    }
}

/// A textual encoding of a hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HashFormat {
    /// Lower-case hexadecimal.
    Base16,
    /// Nix's base-32 (alphabet `0123456789abcdfghijklmnpqrsvwxyz`).
    Nix32,
    /// Standard padded base-64.
    Base64,
    /// Subresource-integrity form: `algo-<base64>`; always prefixed.
    Sri,
}

impl HashFormat {
    /// Parses a format name as `builtins.convertHash` accepts it (`base16`,
    /// `nix32` or its old name `base32`, `base64`, `sri`).
    pub fn parse(name: &str) -> Result<Self> {
        match name {
            "base16" => Ok(HashFormat::Base16),
            "nix32" | "base32" => Ok(HashFormat::Nix32),
            "base64" => Ok(HashFormat::Base64),
            "sri" => Ok(HashFormat::Sri),
            _ => Err(Error::BadHash(format!(
                "unknown hash format '{name}', expect 'base16', 'base32', 'base64', or 'sri'"
            ))),
        }
    }
}

/// The largest digest this crate handles (SHA-512).
const MAX_SIZE: usize = 64;

/// A digest together with its algorithm.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hash {
    algo: HashAlgo,
    bytes: [u8; MAX_SIZE],
}

impl Hash {
    /// A hash from raw digest bytes; the length must match the algorithm.
    pub fn from_bytes(algo: HashAlgo, digest: &[u8]) -> Result<Self> {
        if digest.len() != algo.size() {
            return Err(Error::BadHash(format!(
                "digest of {} bytes given for hash algorithm '{algo}', which needs {}",
                digest.len(),
                algo.size()
            )));
        }
        let mut bytes = [0u8; MAX_SIZE];
        // digest.len() == algo.size() <= MAX_SIZE, checked above.
        bytes[..digest.len()].copy_from_slice(digest);
        Ok(Hash { algo, bytes })
    }

    /// The all-zero hash of an algorithm (what Nix substitutes for an empty
    /// `outputHash`).
    pub fn zero(algo: HashAlgo) -> Self {
        Hash { algo, bytes: [0u8; MAX_SIZE] }
    }

    /// The algorithm.
    pub fn algo(&self) -> HashAlgo {
        self.algo
    }

    /// The digest bytes.
    pub fn as_bytes(&self) -> &[u8] {
        // The constructors guarantee algo.size() <= MAX_SIZE.
        &self.bytes[..self.algo.size()]
    }

    /// Renders the hash; `include_algo` adds an `algo:` prefix (SRI always has
    /// its `algo-` prefix).
    pub fn encode(&self, format: HashFormat, include_algo: bool) -> String {
        let body = match format {
            HashFormat::Base16 => encode_base16(self.as_bytes()),
            HashFormat::Nix32 => encode_nix32(self.as_bytes()),
            HashFormat::Base64 | HashFormat::Sri => base64::engine::general_purpose::STANDARD.encode(self.as_bytes()),
        };
        if format == HashFormat::Sri || include_algo {
            let sep = if format == HashFormat::Sri { '-' } else { ':' };
            format!("{}{sep}{body}", self.algo.name())
        } else {
            body
        }
    }

    /// Unprefixed base-16.
    pub fn to_base16(&self) -> String {
        self.encode(HashFormat::Base16, false)
    }

    /// Unprefixed nix32.
    pub fn to_nix32(&self) -> String {
        self.encode(HashFormat::Nix32, false)
    }

    /// Unprefixed base-64.
    pub fn to_base64(&self) -> String {
        self.encode(HashFormat::Base64, false)
    }

    /// SRI form, `algo-<base64>`.
    pub fn to_sri(&self) -> String {
        self.encode(HashFormat::Sri, true)
    }

    /// Parses a hash that may carry an `algo:` / `algo-` prefix. If `algo` is
    /// given and the string has a prefix, they must agree; if neither gives
    /// the algorithm, it is an error. (Nix's `Hash::parseAny`.)
    pub fn parse_any(s: &str, algo: Option<HashAlgo>) -> Result<Self> {
        let (parsed, is_sri, rest) = split_prefix(s)?;
        let algo = match (parsed, algo) {
            (None, None) => {
                return Err(Error::BadHash(format!(
                    "hash '{rest}' does not include a type, nor is the type otherwise known from context"
                )));
            }
            (Some(p), Some(a)) if p != a => {
                return Err(Error::BadHash(format!("hash '{s}' should have type '{a}'")));
            }
            (Some(p), _) => p,
            (None, Some(a)) => a,
        };
        Hash::parse_rest(rest, algo, is_sri)
    }

    /// Parses a hash that must carry an `algo:` or SRI prefix.
    pub fn parse_any_prefixed(s: &str) -> Result<Self> {
        let (parsed, is_sri, rest) = split_prefix(s)?;
        match parsed {
            Some(algo) => Hash::parse_rest(rest, algo, is_sri),
            None => Err(Error::BadHash(format!("hash '{rest}' does not include a type"))),
        }
    }

    /// Parses an SRI hash (`sha256-…`).
    pub fn parse_sri(s: &str) -> Result<Self> {
        match s.split_once('-') {
            Some((algo, rest)) => Hash::parse_rest(rest, HashAlgo::parse(algo)?, true),
            None => Err(Error::BadHash(format!("hash '{s}' is not SRI"))),
        }
    }

    /// Parses an unprefixed base-16, nix32 or base-64 hash of a known
    /// algorithm (the encoding is chosen by length).
    pub fn parse_non_sri_unprefixed(s: &str, algo: HashAlgo) -> Result<Self> {
        Hash::parse_rest(s, algo, false)
    }

    /// Like [`Hash::parse_any`], but an empty string yields the all-zero hash
    /// of `algo` (the caller should warn, as Nix does: `found empty hash,
    /// assuming '<sri>'`).
    pub fn parse_allow_empty(s: &str, algo: Option<HashAlgo>) -> Result<Self> {
        if s.is_empty() {
            match algo {
                Some(a) => Ok(Hash::zero(a)),
                None => Err(Error::BadHash("empty hash requires explicit hash algorithm".into())),
            }
        } else {
            Hash::parse_any(s, algo)
        }
    }

    fn parse_rest(rest: &str, algo: HashAlgo, is_sri: bool) -> Result<Self> {
        let n = rest.len();
        let bytes = if !is_sri && n == algo.base16_len() {
            decode_base16(rest).ok_or_else(|| Error::BadHash(format!("invalid base-16 hash '{rest}'")))?
        } else if !is_sri && n == algo.nix32_len() {
            decode_nix32(rest, algo.size()).ok_or_else(|| Error::BadHash(format!("invalid base-32 hash '{rest}'")))?
        } else if is_sri || n == algo.base64_len() {
            let d = decode_base64(rest)?;
            if d.len() != algo.size() {
                let kind = if is_sri { "SRI" } else { "base-64" };
                return Err(Error::BadHash(format!("invalid {kind} hash '{rest}'")));
            }
            d
        } else {
            return Err(Error::BadHash(format!("hash '{rest}' has wrong length for hash algorithm '{algo}'")));
        };
        Hash::from_bytes(algo, &bytes)
    }

    /// XOR-folds the digest into `size` bytes (Nix's `compressHash`); used to
    /// turn a SHA-256 into the 160-bit hash part of a store path.
    pub fn compress(&self, size: usize) -> Vec<u8> {
        let mut out = vec![0u8; size];
        self.compress_into(&mut out);
        out
    }

    /// [`Hash::compress`] into `out` (its length is the size), without allocating.
    pub fn compress_into(&self, out: &mut [u8]) {
        out.fill(0);
        let size = out.len();
        if size == 0 {
            return;
        }
        for (i, b) in self.as_bytes().iter().enumerate() {
            if let Some(slot) = out.get_mut(i % size) {
                *slot ^= b;
            }
        }
    }

    /// Feeds `<algo>:<base16>` (what `encode(Base16, true)` renders) to a hasher,
    /// without allocating.
    pub fn feed_base16_prefixed(&self, hasher: &mut Hasher) {
        hasher.update(self.algo.name().as_bytes());
        hasher.update(b":");
        let mut buf = [0u8; 2 * MAX_SIZE];
        hasher.update(base16_digits(&mut buf, self.as_bytes()));
    }
}

impl fmt::Debug for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hash({})", self.encode(HashFormat::Base16, true))
    }
}

impl fmt::Display for Hash {
    /// SRI form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_sri())
    }
}

impl PartialOrd for Hash {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Hash {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.algo.size(), self.as_bytes(), self.algo).cmp(&(other.algo.size(), other.as_bytes(), other.algo))
    }
}

/// Splits an optional `algo:` (or SRI `algo-`) prefix off a hash string.
/// Returns the parsed algorithm, whether the prefix was SRI, and the rest.
fn split_prefix(s: &str) -> Result<(Option<HashAlgo>, bool, &str)> {
    if let Some((algo, rest)) = s.split_once(':') {
        return Ok((Some(HashAlgo::parse(algo)?), false, rest));
    }
    if let Some((algo, rest)) = s.split_once('-') {
        return Ok((Some(HashAlgo::parse(algo)?), true, rest));
    }
    Ok((None, false, s))
}

/// Computes the hash of `data`.
pub fn hash_bytes(algo: HashAlgo, data: &[u8]) -> Hash {
    let mut h = Hasher::new(algo);
    h.update(data);
    h.finish()
}

/// An incremental hasher for any [`HashAlgo`].
#[derive(Clone)]
pub struct Hasher {
    state: HasherState,
    len: u64,
}

#[derive(Clone)]
enum HasherState {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha256(sha2::Sha256),
    Sha512(sha2::Sha512),
}

impl Hasher {
    /// A fresh hasher.
    pub fn new(algo: HashAlgo) -> Self {
        let state = match algo {
            HashAlgo::Md5 => HasherState::Md5(md5::Md5::new()),
            HashAlgo::Sha1 => HasherState::Sha1(sha1::Sha1::new()),
            HashAlgo::Sha256 => HasherState::Sha256(sha2::Sha256::new()),
            HashAlgo::Sha512 => HasherState::Sha512(sha2::Sha512::new()),
        };
        Hasher { state, len: 0 }
    }

    /// The algorithm.
    pub fn algo(&self) -> HashAlgo {
        match self.state {
            HasherState::Md5(_) => HashAlgo::Md5,
            HasherState::Sha1(_) => HashAlgo::Sha1,
            HasherState::Sha256(_) => HashAlgo::Sha256,
            HasherState::Sha512(_) => HashAlgo::Sha512,
        }
    }

    /// Feeds data.
    pub fn update(&mut self, data: &[u8]) {
        self.len = self.len.saturating_add(data.len() as u64);
        match &mut self.state {
            HasherState::Md5(h) => h.update(data),
            HasherState::Sha1(h) => h.update(data),
            HasherState::Sha256(h) => h.update(data),
            HasherState::Sha512(h) => h.update(data),
        }
    }

    /// Number of bytes fed so far.
    pub fn bytes_hashed(&self) -> u64 {
        self.len
    }

    /// The digest of everything fed.
    pub fn finish(self) -> Hash {
        let algo = self.algo();
        let mut bytes = [0u8; MAX_SIZE];
        let mut put = |digest: &[u8]| bytes.iter_mut().zip(digest).for_each(|(slot, b)| *slot = *b);
        match self.state {
            HasherState::Md5(h) => put(&h.finalize()),
            HasherState::Sha1(h) => put(&h.finalize()),
            HasherState::Sha256(h) => put(&h.finalize()),
            HasherState::Sha512(h) => put(&h.finalize()),
        }
        Hash { algo, bytes }
    }
}

impl fmt::Debug for Hasher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Hasher").field("algo", &self.algo()).field("len", &self.len).finish()
    }
}

const BASE16_CHARS: &[u8; 16] = b"0123456789abcdef";

/// Lower-case hexadecimal.
pub fn encode_base16(bytes: &[u8]) -> String {
    let mut s = String::new();
    push_base16(&mut s, bytes);
    s
}

/// Appends the lower-case hexadecimal of `bytes` to `out`.
pub(crate) fn push_base16(out: &mut String, bytes: &[u8]) {
    out.reserve(bytes.len() * 2);
    // digits made 32 at a time in a buffer and appended as text: pushing `char`s
    // one by one checked each one's UTF-8 length (1.9% of the instructions of a
    // derivation-heavy evaluation)
    let mut buf = [0u8; 64];
    for chunk in bytes.chunks(buf.len() / 2) {
        // ASCII digits only, so always UTF-8
        out.push_str(std::str::from_utf8(base16_digits(&mut buf, chunk)).unwrap_or_default());
    }
}

/// Writes the lower-case hexadecimal of as many of `bytes` as fit into `buf` and
/// returns the digits written.
fn base16_digits<'b>(buf: &'b mut [u8], bytes: &[u8]) -> &'b [u8] {
    let mut n = 0;
    for (pair, b) in buf.chunks_exact_mut(2).zip(bytes) {
        // Nibbles are < 16, in bounds of the 16-character alphabet.
        pair.copy_from_slice(&[BASE16_CHARS[usize::from(b >> 4)], BASE16_CHARS[usize::from(b & 0x0f)]]);
        n += 2;
    }
    buf.get(..n).unwrap_or_default()
}

/// Decodes hexadecimal (either case); `None` on a bad digit or odd length.
pub fn decode_base16(s: &str) -> Option<Vec<u8>> {
    fn digit(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    }
    let s = s.as_bytes();
    if !s.len().is_multiple_of(2) {
        return None;
    }
    s.chunks_exact(2)
        // chunks_exact(2) yields slices of exactly two bytes.
        .map(|p| Some(digit(p[0])? << 4 | digit(p[1])?))
        .collect()
}

/// The alphabet of Nix's base-32 (no `e`, `o`, `u`, `t`).
pub const NIX32_CHARS: &[u8; 32] = b"0123456789abcdfghijklmnpqrsvwxyz";

/// Length of the nix32 encoding of `size` bytes.
pub fn nix32_len(size: usize) -> usize {
    if size == 0 { 0 } else { (size * 8 - 1) / 5 + 1 }
}

/// Encodes bytes in Nix's base-32. The last character holds the lowest bits of
/// the first byte: Nix treats the byte string as a little-endian number and
/// prints it most significant digit first.
pub fn encode_nix32(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(nix32_len(bytes.len()));
    push_nix32(&mut s, bytes);
    s
}

/// Appends the nix32 encoding of `bytes` to `out` ([`encode_nix32`]).
pub fn push_nix32(out: &mut String, bytes: &[u8]) {
    let len = nix32_len(bytes.len());
    out.reserve(len);
    for n in (0..len).rev() {
        let b = n * 5;
        let (i, j) = (b / 8, b % 8);
        let lo = u32::from(bytes.get(i).copied().unwrap_or(0)) >> j;
        let hi = u32::from(bytes.get(i + 1).copied().unwrap_or(0)) << (8 - j);
        let c = (lo | hi) & 0x1f;
        // c is masked to 5 bits, in bounds of the 32-character alphabet.
        out.push(char::from(NIX32_CHARS[c as usize]));
    }
}

/// Decodes Nix's base-32 into `size` bytes; `None` if a character is not in
/// the alphabet, the length is wrong, or bits beyond `size` bytes are set.
pub fn decode_nix32(s: &str, size: usize) -> Option<Vec<u8>> {
    if s.len() != nix32_len(size) {
        return None;
    }
    let mut out = vec![0u8; size];
    for (n, c) in s.bytes().rev().enumerate() {
        let digit = NIX32_CHARS.iter().position(|&x| x == c)? as u32;
        let b = n * 5;
        let (i, j) = (b / 8, b % 8);
        let cur = out.get_mut(i)?;
        *cur |= (digit << j) as u8;
        let carry = digit >> (8 - j);
        if i + 1 < size {
            if let Some(next) = out.get_mut(i + 1) {
                *next |= carry as u8;
            }
        } else if carry != 0 {
            return None;
        }
    }
    Some(out)
}

/// Decodes base-64 leniently, the way Nix does: newlines are skipped,
/// decoding stops at the first `=`, and left-over bits are dropped.
pub fn decode_base64(s: &str) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 2);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.chars() {
        let digit = match c {
            '=' => break,
            '\n' => continue,
            'A'..='Z' => c as u32 - 'A' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 26,
            '0'..='9' => c as u32 - '0' as u32 + 52,
            '+' => 62,
            '/' => 63,
            _ => {
                return Err(Error::BadHash(format!("invalid character in Base64 string: '{c}'")));
            }
        };
        acc = (acc << 6 | digit) & 0xffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHA256_ABC16: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    #[test]
    fn digests_of_abc() {
        assert_eq!(hash_bytes(HashAlgo::Md5, b"abc").to_base16(), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(hash_bytes(HashAlgo::Sha1, b"abc").to_base16(), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(hash_bytes(HashAlgo::Sha256, b"abc").to_base16(), SHA256_ABC16);
        assert!(hash_bytes(HashAlgo::Sha512, b"abc").to_base16().starts_with("ddaf35a193617aba"));
        // 64 bytes: base 16 is made 32 bytes at a time, so this crosses a chunk
        assert_eq!(
            hash_bytes(HashAlgo::Sha512, b"abc").to_base16(),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
    }

    #[test]
    fn streaming_equals_one_shot() {
        let mut h = Hasher::new(HashAlgo::Sha256);
        h.update(b"a");
        h.update(b"");
        h.update(b"bc");
        assert_eq!(h.bytes_hashed(), 3);
        assert_eq!(h.finish(), hash_bytes(HashAlgo::Sha256, b"abc"));
    }

    #[test]
    fn nix32_known_values() {
        // `nix-hash --type sha256 --to-base32 <hex>` on Nix 2.8.
        let h = Hash::parse_any(SHA256_ABC16, Some(HashAlgo::Sha256)).unwrap();
        assert_eq!(h.to_nix32(), "1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s");
        assert_eq!(encode_nix32(&[]), "");
        assert_eq!(encode_nix32(&[0x1f]), "0z");
        assert_eq!(decode_nix32("0z", 1), Some(vec![0x1f]));
    }

    #[test]
    fn round_trips_in_every_format() {
        for algo in HashAlgo::ALL {
            let h = hash_bytes(algo, b"round trip");
            for fmt in [HashFormat::Base16, HashFormat::Nix32, HashFormat::Base64, HashFormat::Sri] {
                let unprefixed = h.encode(fmt, false);
                let prefixed = h.encode(fmt, true);
                assert_eq!(Hash::parse_any(&prefixed, None).unwrap(), h, "{prefixed}");
                assert_eq!(Hash::parse_any_prefixed(&prefixed).unwrap(), h);
                assert_eq!(Hash::parse_any(&unprefixed, Some(algo)).unwrap(), h, "{unprefixed}");
            }
            assert_eq!(Hash::parse_sri(&h.to_sri()).unwrap(), h);
        }
    }

    #[test]
    fn upper_case_base16_is_accepted() {
        let h = Hash::parse_any(&SHA256_ABC16.to_uppercase(), Some(HashAlgo::Sha256)).unwrap();
        assert_eq!(h.to_base16(), SHA256_ABC16);
    }

    #[test]
    fn error_messages() {
        let e = |s: &str, a| Hash::parse_any(s, a).unwrap_err().to_string();
        assert_eq!(e("abc", Some(HashAlgo::Sha256)), "hash 'abc' has wrong length for hash algorithm 'sha256'");
        let bad32 = "00000000000000000000000000000000000000000000000000e0";
        assert_eq!(e(bad32, Some(HashAlgo::Sha256)), format!("invalid base-32 hash '{bad32}'"));
        // A set bit beyond 256 bits is rejected too.
        let over = "z000000000000000000000000000000000000000000000000000";
        assert_eq!(e(over, Some(HashAlgo::Sha256)), format!("invalid base-32 hash '{over}'"));
        let bad16 = format!("{}g", &SHA256_ABC16[1..]);
        assert_eq!(e(&bad16, Some(HashAlgo::Sha256)), format!("invalid base-16 hash '{bad16}'"));
        assert_eq!(e("sha256-AAAA", None), "invalid SRI hash 'AAAA'");
        assert_eq!(
            e("foo:abc", None),
            "unknown hash algorithm 'foo', expect 'blake3', 'md5', 'sha1', 'sha256', or 'sha512'"
        );
        assert_eq!(
            e("md5:00000000000000000000000000000000", Some(HashAlgo::Sha256)),
            "hash 'md5:00000000000000000000000000000000' should have type 'sha256'"
        );
        assert_eq!(e("abc", None), "hash 'abc' does not include a type, nor is the type otherwise known from context");
        assert_eq!(Hash::parse_any_prefixed("abc").unwrap_err().to_string(), "hash 'abc' does not include a type");
        assert_eq!(Hash::parse_sri("abc").unwrap_err().to_string(), "hash 'abc' is not SRI");
        assert_eq!(e("sha256-AA!A", None), "invalid character in Base64 string: '!'");
    }

    #[test]
    fn empty_hash_is_zero_when_allowed() {
        let h = Hash::parse_allow_empty("", Some(HashAlgo::Sha256)).unwrap();
        assert_eq!(h.to_sri(), "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        assert!(Hash::parse_allow_empty("", None).is_err());
    }

    #[test]
    fn sri_without_padding_is_accepted() {
        let h = hash_bytes(HashAlgo::Sha256, b"x");
        let sri = h.to_sri();
        let trimmed = sri.trim_end_matches('=');
        assert_eq!(Hash::parse_any(trimmed, None).unwrap(), h);
    }

    #[test]
    fn compress_folds_with_xor() {
        let h = Hash::from_bytes(HashAlgo::Md5, &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]).unwrap();
        assert_eq!(h.compress(8), vec![1 ^ 9, 2 ^ 10, 3 ^ 11, 4 ^ 12, 5 ^ 13, 6 ^ 14, 7 ^ 15, 8 ^ 16]);
        assert!(h.compress(0).is_empty());
    }

    #[test]
    fn format_names() {
        assert_eq!(HashFormat::parse("base32").unwrap(), HashFormat::Nix32);
        assert!(HashFormat::parse("hex").is_err());
        assert_eq!("sha512".parse::<HashAlgo>().unwrap(), HashAlgo::Sha512);
    }
}
