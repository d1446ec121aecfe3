//! Hash builtins: `hashString`, `hashFile`, `convertHash`.
//!
//! Digests come from the RustCrypto crates; the text encodings (base16, Nix's own
//! base-32 variant, base64, SRI) and the parsing rules of C++ Nix's `Hash::parseAny`
//! (format guessed from the length, `algo:` and `algo-` prefixes) are implemented
//! here. The module is self-contained on purpose: the store crate has its own
//! hashing and the two must not depend on each other.

use crate::util::*;
use crate::{Decl, decl};
use base64::Engine;
use nixlet_eval::builtin::Step;
use nixlet_eval::value::Value;
use nixlet_eval::vm::Message;
use nixlet_eval::{Error, EvalResult, Vm};
use sha2::Digest;

pub(crate) const DECLS: &[Decl] = &[
    decl!(
        "__hashString",
        2,
        0b01,
        hash_string,
        "Return the base-16 digest of the string *s* under the algorithm *type* (`\"md5\"`, `\"sha1\"`, `\"sha256\"` or `\"sha512\"`). The string's context is ignored."
    ),
    decl!(
        "__hashFile",
        2,
        0b01,
        hash_file,
        "Return the base-16 digest of the contents of the file *p* under the algorithm *type* (`\"md5\"`, `\"sha1\"`, `\"sha256\"` or `\"sha512\"`)."
    ),
    decl!(
        "__convertHash",
        1,
        0b1,
        convert_hash,
        "Re-encode a hash. *args* has `hash` (in any supported encoding, optionally prefixed with `algo:` or in SRI form `algo-…`), optionally `hashAlgo` (needed when `hash` carries no algorithm), and `toHashFormat`: one of `\"base16\"`, `\"nix32\"`, `\"base32\"` (deprecated alias of nix32), `\"base64\"` or `\"sri\"`."
    ),
];

/// A hash algorithm Nix knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HashAlgo {
    Md5,
    Sha1,
    Sha256,
    Sha512,
    Blake3,
}

impl HashAlgo {
    /// The algorithm's name as Nix prints it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            HashAlgo::Md5 => "md5",
            HashAlgo::Sha1 => "sha1",
            HashAlgo::Sha256 => "sha256",
            HashAlgo::Sha512 => "sha512",
            HashAlgo::Blake3 => "blake3",
        }
    }

    /// Digest size in bytes.
    pub(crate) fn size(self) -> usize {
        match self {
            HashAlgo::Md5 => 16,
            HashAlgo::Sha1 => 20,
            HashAlgo::Sha256 | HashAlgo::Blake3 => 32,
            HashAlgo::Sha512 => 64,
        }
    }

    /// The algorithm named `s`, if any (no feature checks).
    pub(crate) fn from_name(s: &[u8]) -> Option<HashAlgo> {
        Some(match s {
            b"md5" => HashAlgo::Md5,
            b"sha1" => HashAlgo::Sha1,
            b"sha256" => HashAlgo::Sha256,
            b"sha512" => HashAlgo::Sha512,
            b"blake3" => HashAlgo::Blake3,
            _ => return None,
        })
    }
}

/// Nix's `parseHashAlgo`: an unknown name, or BLAKE3 without its experimental
/// feature, is an error.
pub(crate) fn parse_algo(vm: &Vm, s: &[u8]) -> EvalResult<HashAlgo> {
    match HashAlgo::from_name(s) {
        Some(HashAlgo::Blake3) => {
            if !vm.opts.experimental.iter().any(|f| f == "blake3-hashes") {
                return Err(Error::eval(
                    "experimental Nix feature 'blake3-hashes' is disabled; add '--extra-experimental-features blake3-hashes' to enable it",
                ));
            }
            Ok(HashAlgo::Blake3)
        }
        Some(a) => Ok(a),
        None => Err(Error::eval(format!(
            "unknown hash algorithm '{}', expect 'blake3', 'md5', 'sha1', 'sha256', or 'sha512'",
            String::from_utf8_lossy(s)
        ))),
    }
}

/// The digest of `data`.
pub(crate) fn digest(algo: HashAlgo, data: &[u8]) -> EvalResult<Vec<u8>> {
    Ok(match algo {
        HashAlgo::Md5 => md5::Md5::digest(data).to_vec(),
        HashAlgo::Sha1 => sha1::Sha1::digest(data).to_vec(),
        HashAlgo::Sha256 => sha2::Sha256::digest(data).to_vec(),
        HashAlgo::Sha512 => sha2::Sha512::digest(data).to_vec(),
        HashAlgo::Blake3 => {
            return Err(Error::eval("hash algorithm 'blake3' is not supported by nixlet"));
        }
    })
}

/// Lower-case hexadecimal.
pub(crate) fn base16(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 15) as usize] as char);
    }
    s
}

/// The alphabet of Nix's base-32 (no `e`, `o`, `u`, `t`).
const NIX32: &[u8; 32] = b"0123456789abcdfghijklmnpqrsvwxyz";

fn nix32_len(n: usize) -> usize {
    (n * 8).div_ceil(5)
}

/// Nix's base-32: the digest read as one little-endian number, printed from the
/// most significant 5-bit group down.
pub(crate) fn nix32(bytes: &[u8]) -> String {
    let len = nix32_len(bytes.len());
    let mut s = String::with_capacity(len);
    for n in (0..len).rev() {
        let bit = n * 5;
        let (i, j) = (bit / 8, bit % 8);
        let lo = bytes.get(i).map_or(0, |b| (*b as u32) >> j);
        let hi = bytes.get(i + 1).map_or(0, |b| (*b as u32) << (8 - j));
        s.push(NIX32[((lo | hi) & 31) as usize] as char);
    }
    s
}

/// Decodes Nix's base-32; `None` on a character outside the alphabet. Like Nix, bits
/// beyond the last full byte may produce one extra byte (caught by the length check).
fn nix32_decode(s: &[u8]) -> Option<Vec<u8>> {
    let mut out: Vec<u8> = Vec::with_capacity(s.len() * 5 / 8 + 1);
    for (n, c) in s.iter().rev().enumerate() {
        let digit = NIX32.iter().position(|x| x == c)? as u32;
        let bit = n * 5;
        let (i, j) = (bit / 8, bit % 8);
        if out.len() < i + 1 {
            out.resize(i + 1, 0);
        }
        out[i] |= (digit << j) as u8;
        let carry = digit >> (8 - j);
        if carry != 0 {
            if out.len() < i + 2 {
                out.resize(i + 2, 0);
            }
            out[i + 1] |= carry as u8;
        }
    }
    Some(out)
}

fn base16_decode(s: &[u8]) -> Option<Vec<u8>> {
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    };
    s.chunks(2)
        .map(|p| match p {
            [a, b] => Some(digit(*a)? << 4 | digit(*b)?),
            _ => None,
        })
        .collect()
}

/// Nix's lenient base64 decoder: stops at `=`, skips newlines.
fn base64_decode(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in s {
        if c == b'=' {
            break;
        }
        if c == b'\n' {
            continue;
        }
        let d = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32;
        acc = (acc << 6 | d) & 0xffff;
        bits += 6;
        if bits >= 8 {
            out.push((acc >> (bits - 8)) as u8);
            bits -= 8;
        }
    }
    Some(out)
}

/// Standard padded base64.
pub(crate) fn base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A text encoding of a hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HashFormat {
    Base16,
    Nix32,
    Base64,
    Sri,
}

/// A decoded hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hash {
    pub algo: HashAlgo,
    pub bytes: Vec<u8>,
}

impl Hash {
    /// Nix's `Hash::to_string(format, includeAlgo)`.
    pub(crate) fn render(&self, format: HashFormat, include_algo: bool) -> String {
        let mut s = String::new();
        if format == HashFormat::Sri || include_algo {
            s.push_str(self.algo.name());
            s.push(if format == HashFormat::Sri { '-' } else { ':' });
        }
        s.push_str(&match format {
            HashFormat::Base16 => base16(&self.bytes),
            HashFormat::Nix32 => nix32(&self.bytes),
            HashFormat::Base64 | HashFormat::Sri => base64(&self.bytes),
        });
        s
    }
}

/// Nix's `Hash::parseAny`: an optional `algo:` or SRI `algo-` prefix, the encoding
/// guessed from the length; `algo` must agree with a prefix if both are given.
pub(crate) fn parse_any(vm: &Vm, text: &[u8], algo: Option<HashAlgo>) -> EvalResult<Hash> {
    let shown = String::from_utf8_lossy(text).into_owned();
    let mut rest = text;
    let mut sri = false;
    let mut parsed = None;
    let split = |c: u8| text.iter().position(|&x| x == c);
    if let Some(i) = split(b':') {
        parsed = Some(parse_algo(vm, &text[..i])?);
        rest = &text[i + 1..];
    } else if let Some(i) = split(b'-') {
        parsed = Some(parse_algo(vm, &text[..i])?);
        rest = &text[i + 1..];
        sri = true;
    }
    let algo = match (parsed, algo) {
        (None, None) => {
            return Err(Error::eval(format!(
                "hash '{shown}' does not include a type, nor is the type otherwise known from context"
            )));
        }
        (Some(p), Some(a)) if p != a => {
            return Err(Error::eval(format!("hash '{shown}' should have type '{}'", a.name())));
        }
        (Some(p), _) => p,
        (None, Some(a)) => a,
    };
    let size = algo.size();
    let (decoded, name) = if sri {
        (base64_decode(rest), "SRI")
    } else if rest.len() == size * 2 {
        (base16_decode(rest), "base16")
    } else if rest.len() == nix32_len(size) {
        (nix32_decode(rest), "nix32")
    } else if rest.len() == size.div_ceil(3) * 4 {
        (base64_decode(rest), "Base64")
    } else {
        return Err(Error::eval(format!(
            "hash '{}' has wrong length for hash algorithm '{}'",
            String::from_utf8_lossy(rest),
            algo.name()
        )));
    };
    // Nix swallows decoding errors and reports them as a length mismatch.
    let bytes = decoded.unwrap_or_default();
    if bytes.len() != size {
        return Err(Error::eval(format!(
            "invalid {name} hash '{}', length {} != expected length {size}",
            String::from_utf8_lossy(rest),
            bytes.len()
        )));
    }
    Ok(Hash { algo, bytes })
}

fn parse_format(vm: &mut Vm, s: &[u8]) -> EvalResult<HashFormat> {
    Ok(match s {
        b"base16" => HashFormat::Base16,
        b"nix32" => HashFormat::Nix32,
        b"base32" => {
            (vm.on_message)(Message::Warning(
                "warning: \"base32\" is a deprecated alias for hash format \"nix32\".".into(),
            ));
            HashFormat::Nix32
        }
        b"base64" => HashFormat::Base64,
        b"sri" => HashFormat::Sri,
        _ => {
            return Err(Error::eval(format!(
                "unknown hash format '{}', expect 'base16', 'base32', 'base64', or 'sri'",
                String::from_utf8_lossy(s)
            )));
        }
    })
}

fn hash_string(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let name = vm.want_string_no_ctx(args[0], nth_arg(0, "hashString"))?;
    let algo = parse_algo(vm, &name)?;
    force_then(vm, args[1], move |vm, s| {
        let id = vm.want_string(s, nth_arg(1, "hashString"))?;
        let d = digest(algo, vm.heap.str_bytes(id))?;
        Ok(Step::Done(vm.mk_str(base16(&d).as_bytes())))
    })
}

fn hash_file(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let name = vm.want_string_no_ctx(args[0], nth_arg(0, "hashFile"))?;
    let algo = parse_algo(vm, &name)?;
    crate::files::realise_path(vm, args[1], move |vm, path| {
        let data = crate::files::read_file_bytes(vm, &path)?;
        let d = digest(algo, &data)?;
        Ok(Step::Done(vm.mk_str(base16(&d).as_bytes())))
    })
}

fn convert_hash(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let attrs = vm.want_attrs(args[0], "while evaluating the first argument passed to builtins.convertHash")?;
    let get = |vm: &mut Vm, name: &str| {
        let sym = vm.symbols.intern(name);
        vm.heap.attr(attrs, sym).map(|a| a.value)
    };
    let missing = |name: &str, ctx: &str| Error::eval(format!("attribute '{name}' missing")).trace(None, ctx);
    let hash_v = get(vm, "hash").ok_or_else(|| missing("hash", "while locating the attribute 'hash'"))?;
    let algo_v = get(vm, "hashAlgo");
    let fmt_v = get(vm, "toHashFormat");
    force_then(vm, hash_v, move |vm, hash_v| {
        let hash = vm.want_string_no_ctx(hash_v, "while evaluating the attribute 'hash'")?;
        let then = move |vm: &mut Vm, algo: Option<HashAlgo>| -> EvalResult<Step> {
            let fmt_v = fmt_v.ok_or_else(|| missing("toHashFormat", "while locating the attribute 'toHashFormat'"))?;
            force_then(vm, fmt_v, move |vm, fmt_v| {
                let fmt = vm.want_string_no_ctx(fmt_v, "while evaluating the attribute 'toHashFormat'")?;
                let fmt = parse_format(vm, &fmt)?;
                let h = parse_any(vm, &hash, algo)?;
                let out = h.render(fmt, fmt == HashFormat::Sri);
                Ok(Step::Done(vm.mk_str(out.as_bytes())))
            })
        };
        match algo_v {
            None => then(vm, None),
            Some(a) => force_then(vm, a, move |vm, a| {
                let name = vm.want_string_no_ctx(a, "while evaluating the attribute 'hashAlgo'")?;
                let algo = parse_algo(vm, &name)?;
                then(vm, Some(algo))
            }),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nix32_round_trip() {
        let d = sha2::Sha256::digest(b"").to_vec();
        let s = nix32(&d);
        assert_eq!(s, "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73");
        assert_eq!(nix32_decode(s.as_bytes()), Some(d));
        assert_eq!(nix32(&[]), "");
    }

    #[test]
    fn base64_lenient() {
        assert_eq!(base64_decode(b"AAEC"), Some(vec![0, 1, 2]));
        assert_eq!(base64_decode(b"AA=="), Some(vec![0]));
        assert_eq!(base64_decode(b"A!"), None);
    }
}
