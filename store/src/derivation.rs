//! Store derivations: the data, the ATerm text format, and how Nix hashes
//! them to name their outputs.
//!
//! The evaluator assembles a [`Derivation`] (outputs, inputs, builder, args,
//! environment); this module computes what `derivationStrict` computes:
//!
//! * output paths of input-addressed derivations, from the derivation's hash
//!   "modulo" fixed-output inputs ([`hash_derivation_modulo`]), taken with the
//!   output paths blanked out;
//! * output paths of fixed-output derivations, from their declared hash;
//! * the `.drv` file's text ([`Derivation::to_aterm`]) and path
//!   ([`Derivation::drv_path`]).
//!
//! Hashing a derivation needs the hashes of its input derivations. They are
//! obtained through a callback; [`DrvHashCache`] is a ready-made memo table
//! that fetches input derivations through a lookup callback and computes
//! their hashes without recursion.

use crate::content_address::ContentAddressMethod;
use crate::error::{Error, Result};
use crate::hash::{Hash, HashAlgo, Hasher, hash_bytes, push_base16};
use crate::path::{DRV_EXTENSION, StoreDir, StorePath, hash_placeholder, output_path_name};
// Keys are store paths, whose hash parts come from SHA-256: Fx hashing is enough
// (SipHash was 1% of a derivation-heavy evaluation).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::{BTreeMap, BTreeSet};

/// One output of a derivation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DerivationOutput {
    /// An input-addressed output whose path is known.
    InputAddressed(StorePath),
    /// A fixed-output (content-addressed, hash declared in advance) output.
    CAFixed {
        /// How the output is hashed.
        method: ContentAddressMethod,
        /// The expected hash.
        hash: Hash,
    },
    /// A floating content-addressed output (`__contentAddressed`): path known
    /// only after the build.
    CAFloating {
        /// How the output will be hashed.
        method: ContentAddressMethod,
        /// With which algorithm.
        algo: HashAlgo,
    },
    /// An input-addressed output whose path is not computed yet (or cannot be,
    /// because an input is itself deferred).
    Deferred,
    /// An impure output (`__impure`).
    Impure {
        /// How the output will be hashed.
        method: ContentAddressMethod,
        /// With which algorithm.
        algo: HashAlgo,
    },
}

impl DerivationOutput {
    /// The output's store path if it is known before building.
    pub fn path(&self, dir: &StoreDir, drv_name: &str, output: &str) -> Result<Option<StorePath>> {
        match self {
            DerivationOutput::InputAddressed(p) => Ok(Some(p.clone())),
            DerivationOutput::CAFixed { method, hash } => {
                Ok(Some(dir.make_fixed_output_path(*method, hash, &output_path_name(drv_name, output), [])?))
            }
            _ => Ok(None),
        }
    }
}

/// What kind of derivation this is, judged from its outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DerivationType {
    /// Input-addressed; `deferred` if the output paths are not known yet.
    InputAddressed {
        /// Output paths still to be computed.
        deferred: bool,
    },
    /// Content-addressed: fixed (one output named `out` with a declared
    /// hash) or floating.
    ContentAddressed {
        /// A fixed-output derivation.
        fixed: bool,
    },
    /// Impure.
    Impure,
}

/// A store derivation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Derivation {
    /// The derivation's name (the `.drv` file is `<name>.drv`).
    pub name: String,
    /// Outputs by name.
    pub outputs: BTreeMap<String, DerivationOutput>,
    /// Input derivations and the outputs used from each.
    pub input_drvs: BTreeMap<StorePath, BTreeSet<String>>,
    /// Input sources (plain store paths).
    pub input_srcs: BTreeSet<StorePath>,
    /// The system type (`x86_64-linux`).
    pub platform: String,
    /// The builder executable.
    pub builder: String,
    /// Its arguments.
    pub args: Vec<String>,
    /// The builder's environment.
    pub env: BTreeMap<String, String>,
}

/// The result of hashing a derivation modulo fixed-output derivations: one
/// hash per output, and whether they are final.
///
/// Kept for every derivation an evaluation instantiates, so it is small: a
/// vector sorted by output name (derivations have one to a few outputs), where a
/// `BTreeMap` allocated a node of about 1 KiB for each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrvHash {
    /// Per output name, sorted by name, each name once.
    hashes: Vec<(Box<str>, Hash)>,
    /// `Deferred` if some input's outputs are not known yet, so these hashes
    /// cannot name outputs.
    pub kind: DrvHashKind,
}

impl DrvHash {
    /// The hashes of outputs given in name order without repeats (as a
    /// derivation's `outputs` map yields them).
    fn from_sorted(hashes: impl IntoIterator<Item = (Box<str>, Hash)>, kind: DrvHashKind) -> Self {
        DrvHash { hashes: hashes.into_iter().collect(), kind }
    }

    /// The hash of output `name`.
    pub fn get(&self, name: &str) -> Option<&Hash> {
        self.hashes.binary_search_by(|(n, _)| (**n).cmp(name)).ok().and_then(|i| self.hashes.get(i)).map(|(_, h)| h)
    }

    /// The outputs and their hashes, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Hash)> {
        self.hashes.iter().map(|(n, h)| (&**n, h))
    }
}

/// Whether a [`DrvHash`] can be used to compute output paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrvHashKind {
    /// The hashes are final.
    Regular,
    /// Some input is content-addressed and floating, or impure.
    Deferred,
}

/// How [`Derivation::unparse_head`] writes the input derivations.
enum InputDrvs<'a> {
    /// The derivation's own, by path.
    Own,
    /// Given as text: base-16 hash → output names ([`Derivation::unparse`]).
    Text(&'a BTreeMap<String, BTreeSet<String>>),
    /// Hashes modulo with the output used, sorted by digest bytes then output and
    /// without repeats ([`hash_modulo_tail`]).
    Hashed(&'a [(Hash, &'a str)]),
}

fn bad(msg: impl Into<String>) -> Error {
    Error::BadDerivation(msg.into())
}

/// Appends `s` in quotes, escaping `"`, `\`, newline, CR and tab.
fn print_string(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    // copy runs without special characters whole (all specials are ASCII, so a
    // byte index at one is a char boundary)
    let mut start = 0;
    while let Some(i) = next_special(s.as_bytes(), start) {
        let esc = match s.as_bytes().get(i) {
            Some(b'"') => "\\\"",
            Some(b'\\') => "\\\\",
            Some(b'\n') => "\\n",
            Some(b'\r') => "\\r",
            Some(b'\t') => "\\t",
            // another control character: copied as it is
            _ => {
                out.push_str(s.get(start..=i).unwrap_or_default());
                start = i + 1;
                continue;
            }
        };
        out.push_str(s.get(start..i).unwrap_or_default());
        out.push_str(esc);
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// The index of the first byte at or after `from` that may need escaping in an
/// ATerm string: `"`, `\`, or a control character below 14 (tab, newline and CR
/// among them). Eight bytes at a time: the text of a derivation is mostly long
/// paths and scripts without any (the byte loop was 4% of `packages`' instructions).
fn next_special(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // the high bit of each byte that is zero (the lowest flagged byte is exact;
    // a borrow can only flag bytes above a true one)
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let tail = b.get(from..)?;
    let mut chunks = tail.chunks_exact(8);
    for (k, c) in chunks.by_ref().enumerate() {
        let Ok(a) = <[u8; 8]>::try_from(c) else { break };
        let w = u64::from_le_bytes(a);
        let below = w.wrapping_sub(ONES * 14) & !w & HIGH;
        let hits = below | zero(w ^ (ONES * u64::from(b'"'))) | zero(w ^ (ONES * u64::from(b'\\')));
        if hits != 0 {
            return Some(from + k * 8 + (hits.trailing_zeros() / 8) as usize);
        }
    }
    let done = tail.len() - chunks.remainder().len();
    chunks.remainder().iter().position(|&c| c < 14 || c == b'"' || c == b'\\').map(|p| from + done + p)
}

/// Appends `s` in quotes without escaping (Nix does this for paths, output
/// names, hashes and the platform).
fn print_unquoted(out: &mut String, s: &str) {
    out.push('"');
    out.push_str(s);
    out.push('"');
}

fn print_list<'a>(out: &mut String, items: impl IntoIterator<Item = &'a str>, escape: bool) {
    out.push('[');
    for (i, s) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if escape { print_string(out, s) } else { print_unquoted(out, s) }
    }
    out.push(']');
}

impl Derivation {
    /// An empty derivation with a name.
    pub fn new(name: impl Into<String>) -> Self {
        Derivation { name: name.into(), ..Derivation::default() }
    }

    /// The ATerm text of the `.drv` file.
    pub fn to_aterm(&self, dir: &StoreDir) -> Result<String> {
        self.unparse(dir, false, None)
    }

    /// The ATerm text, optionally with output paths blanked (`mask_outputs`)
    /// and the input derivations replaced by `actual_inputs` (hash → output
    /// names), as [`hash_derivation_modulo`] needs.
    pub fn unparse(
        &self,
        dir: &StoreDir,
        mask_outputs: bool,
        actual_inputs: Option<&BTreeMap<String, BTreeSet<String>>>,
    ) -> Result<String> {
        let mut s = String::with_capacity(self.aterm_len_hint());
        let inputs = match actual_inputs {
            Some(text) => InputDrvs::Text(text),
            None => InputDrvs::Own,
        };
        self.unparse_head(&mut s, dir, mask_outputs, inputs)?;
        self.unparse_tail(&mut s, dir, mask_outputs);
        Ok(s)
    }

    /// About the length of the ATerm text (escapes aside), to size buffers once.
    fn aterm_len_hint(&self) -> usize {
        let env: usize = self.env.iter().map(|(k, v)| k.len() + v.len() + 8).sum();
        let args: usize = self.args.iter().map(|a| a.len() + 3).sum();
        env + args
            + self.builder.len()
            + self.platform.len()
            + 100 * (self.outputs.len() + self.input_drvs.len() + self.input_srcs.len())
            + 64
    }

    /// The ATerm up to the input derivations (outputs, then inputs): the part
    /// that differs between the `.drv` text and the texts hashed modulo.
    fn unparse_head(&self, s: &mut String, dir: &StoreDir, mask_outputs: bool, inputs: InputDrvs<'_>) -> Result<()> {
        s.push_str("Derive([");
        for (i, (name, out)) in self.outputs.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            s.push('(');
            print_unquoted(s, name);
            let (path, algo, hash) = match out {
                DerivationOutput::InputAddressed(p) => {
                    (if mask_outputs { String::new() } else { dir.print(p) }, String::new(), String::new())
                }
                DerivationOutput::CAFixed { method, hash } => {
                    let path = if mask_outputs {
                        String::new()
                    } else {
                        let p = out.path(dir, &self.name, name)?;
                        p.map(|p| dir.print(&p)).unwrap_or_default()
                    };
                    (path, method.method_algo(hash.algo()), hash.to_base16())
                }
                DerivationOutput::CAFloating { method, algo } => {
                    (String::new(), method.method_algo(*algo), String::new())
                }
                DerivationOutput::Deferred => (String::new(), String::new(), String::new()),
                DerivationOutput::Impure { method, algo } => {
                    (String::new(), method.method_algo(*algo), "impure".to_string())
                }
            };
            for field in [&path, &algo, &hash] {
                s.push(',');
                print_unquoted(s, field);
            }
            s.push(')');
        }
        s.push_str("],[");
        let mut first = true;
        let mut input = |s: &mut String, key: &str, outs: &BTreeSet<String>| {
            if !std::mem::take(&mut first) {
                s.push(',');
            }
            s.push('(');
            print_unquoted(s, key);
            s.push(',');
            print_list(s, outs.iter().map(String::as_str), false);
            s.push(')');
        };
        match inputs {
            InputDrvs::Text(inputs) => inputs.iter().for_each(|(k, v)| input(s, k, v)),
            InputDrvs::Own => {
                let mut buf = String::new();
                for (k, v) in &self.input_drvs {
                    buf.clear();
                    dir.print_into(&mut buf, k);
                    input(s, &buf, v);
                }
            }
            InputDrvs::Hashed(pairs) => {
                // sorted by digest then output, without repeats: one entry per
                // digest (base 16 sorts as the bytes do), its outputs in order
                let mut prev: Option<&Hash> = None;
                for (h, out) in pairs {
                    if prev == Some(h) {
                        s.push(',');
                    } else {
                        if prev.is_some() {
                            s.push_str("]),");
                        }
                        s.push_str("(\"");
                        push_base16(s, h.as_bytes());
                        s.push_str("\",[");
                    }
                    print_unquoted(s, out);
                    prev = Some(h);
                }
                if prev.is_some() {
                    s.push_str("])");
                }
            }
        }
        s.push(']');
        Ok(())
    }

    /// The ATerm after the input derivations (sources, platform, builder,
    /// arguments, environment), the same in the `.drv` text and the text hashed
    /// modulo unless outputs are masked.
    fn unparse_tail(&self, s: &mut String, dir: &StoreDir, mask_outputs: bool) {
        s.push_str(",[");
        let mut buf = String::new();
        for (i, p) in self.input_srcs.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            buf.clear();
            dir.print_into(&mut buf, p);
            print_unquoted(s, &buf);
        }
        s.push_str("],");
        print_unquoted(s, &self.platform);
        s.push(',');
        print_string(s, &self.builder);
        s.push(',');
        print_list(s, self.args.iter().map(String::as_str), true);
        s.push_str(",[");
        for (i, (k, v)) in self.env.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            s.push('(');
            print_string(s, k);
            s.push(',');
            let masked = mask_outputs && self.outputs.contains_key(k);
            print_string(s, if masked { "" } else { v });
            s.push(')');
        }
        s.push_str("])");
    }

    /// Parses ATerm text; `name` is the derivation's name (the `.drv` file
    /// name without extension), which the text does not contain.
    pub fn parse_aterm(dir: &StoreDir, text: &str, name: &str) -> Result<Derivation> {
        AtermParser { s: text.as_bytes(), text, pos: 0 }.derivation(dir, name)
    }

    /// Parses the `.drv` file at `drv_path` (its name gives the derivation's).
    pub fn parse_drv_file(dir: &StoreDir, drv_path: &StorePath, text: &str) -> Result<Derivation> {
        let name = drv_path
            .derivation_name()
            .ok_or_else(|| bad(format!("store path '{}' is not a valid derivation path", dir.print(drv_path))))?;
        Derivation::parse_aterm(dir, text, name)
    }

    /// The store paths the `.drv` file refers to: input sources and input
    /// derivations (not the outputs).
    pub fn references(&self) -> BTreeSet<StorePath> {
        self.references_iter().cloned().collect()
    }

    /// [`Derivation::references`] in order without building the set: the two
    /// sorted sets merged, a path in both once.
    pub fn references_iter(&self) -> impl Iterator<Item = &StorePath> {
        let mut srcs = self.input_srcs.iter().peekable();
        let mut drvs = self.input_drvs.keys().peekable();
        std::iter::from_fn(move || match (srcs.peek(), drvs.peek()) {
            (Some(a), Some(b)) => match a.cmp(b) {
                std::cmp::Ordering::Less => srcs.next(),
                std::cmp::Ordering::Greater => drvs.next(),
                std::cmp::Ordering::Equal => {
                    drvs.next();
                    srcs.next()
                }
            },
            (Some(_), None) => srcs.next(),
            (None, _) => drvs.next(),
        })
    }

    /// The path of the `.drv` file: a text path named `<name>.drv` over the
    /// ATerm text with [`Derivation::references`].
    pub fn drv_path(&self, dir: &StoreDir) -> Result<StorePath> {
        let aterm = self.to_aterm(dir)?;
        dir.text_path_for(&format!("{}{DRV_EXTENSION}", self.name), aterm.as_bytes(), &self.references())
    }

    /// Classifies the derivation by its outputs, with Nix's errors for
    /// inconsistent combinations.
    pub fn derivation_type(&self) -> Result<DerivationType> {
        let (mut ia, mut fixed, mut floating, mut deferred, mut impure) = (0, Vec::new(), 0, 0, 0);
        let mut floating_algo = None;
        for (name, out) in &self.outputs {
            match out {
                DerivationOutput::InputAddressed(_) => ia += 1,
                DerivationOutput::CAFixed { .. } => fixed.push(name.as_str()),
                DerivationOutput::CAFloating { algo, .. } => {
                    floating += 1;
                    match floating_algo {
                        None => floating_algo = Some(*algo),
                        Some(a) if a != *algo => {
                            return Err(bad("all floating outputs must use the same hash type"));
                        }
                        Some(_) => {}
                    }
                }
                DerivationOutput::Deferred => deferred += 1,
                DerivationOutput::Impure { .. } => impure += 1,
            }
        }
        let counts = [ia, fixed.len(), floating, deferred, impure];
        let nonzero = counts.iter().filter(|&&c| c > 0).count();
        if nonzero == 0 {
            return Err(bad("must have at least one output"));
        }
        if nonzero > 1 {
            return Err(bad("can't mix derivation output types"));
        }
        if ia > 0 {
            Ok(DerivationType::InputAddressed { deferred: false })
        } else if !fixed.is_empty() {
            if fixed.len() > 1 {
                return Err(bad("only one fixed output is allowed for now"));
            }
            if fixed.first() != Some(&"out") {
                return Err(bad("single fixed output must be named \"out\""));
            }
            Ok(DerivationType::ContentAddressed { fixed: true })
        } else if floating > 0 {
            Ok(DerivationType::ContentAddressed { fixed: false })
        } else if deferred > 0 {
            Ok(DerivationType::InputAddressed { deferred: true })
        } else {
            Ok(DerivationType::Impure)
        }
    }

    /// Computes the output paths as `derivationStrict` does, given the
    /// outputs as the evaluator declares them (`Deferred` for ordinary
    /// outputs, `CAFixed` for a fixed output, `CAFloating`/`Impure`):
    ///
    /// * fixed output: `env.out` is set to its path;
    /// * floating / impure outputs: `env.<out>` is set to the output's
    ///   placeholder;
    /// * otherwise every output's `env` entry is blanked, the derivation is
    ///   hashed modulo with outputs masked, and each output becomes
    ///   `InputAddressed` with `env.<out>` set to its path (unless an input is
    ///   deferred, in which case the outputs stay `Deferred`).
    ///
    /// `input_hash` returns the [`DrvHash`] of an input derivation (see
    /// [`DrvHashCache`]).
    pub fn fill_in_output_paths(
        &mut self,
        dir: &StoreDir,
        input_hash: &mut dyn FnMut(&StorePath) -> Result<DrvHash>,
    ) -> Result<()> {
        self.fill_in_output_paths_with(dir, input_hash)
    }

    /// [`Derivation::fill_in_output_paths`], the input hashes possibly borrowed.
    fn fill_in_output_paths_with<R: std::borrow::Borrow<DrvHash>>(
        &mut self,
        dir: &StoreDir,
        input_hash: &mut dyn FnMut(&StorePath) -> Result<R>,
    ) -> Result<()> {
        match self.derivation_type()? {
            DerivationType::ContentAddressed { fixed: true } => {
                let mut paths = Vec::new();
                for (name, out) in &self.outputs {
                    if let Some(p) = out.path(dir, &self.name, name)? {
                        paths.push((name.clone(), dir.print(&p)));
                    }
                }
                self.env.extend(paths);
            }
            DerivationType::ContentAddressed { fixed: false } | DerivationType::Impure => {
                for name in self.outputs.keys() {
                    self.env.insert(name.clone(), hash_placeholder(name));
                }
            }
            DerivationType::InputAddressed { .. } => {
                for (name, out) in self.outputs.iter_mut() {
                    self.env.insert(name.clone(), String::new());
                    *out = DerivationOutput::Deferred;
                }
                let h = hash_modulo_with(dir, self, true, input_hash)?;
                if h.kind == DrvHashKind::Regular {
                    for (name, out) in self.outputs.iter_mut() {
                        let hash = h.get(name).ok_or_else(|| bad(format!("missing hash for output '{name}'")))?;
                        let path = dir.make_output_path(name, hash, &self.name)?;
                        self.env.insert(name.clone(), dir.print(&path));
                        *out = DerivationOutput::InputAddressed(path);
                    }
                }
            }
        }
        Ok(())
    }
}

/// Hashes a derivation "modulo" fixed-output derivations, exactly as Nix's
/// `hashDerivationModulo`:
///
/// * a fixed-output derivation hashes to
///   `sha256("fixed:out:<method><algo>:<base16 hash>:<output path>")`, so that
///   derivations depending on it do not change when only how it is fetched
///   changes;
/// * otherwise the ATerm (outputs masked if `mask_outputs`) is hashed with
///   each input derivation replaced by the base-16 hash of the used output
///   of that input, which `input_hash` supplies.
pub fn hash_derivation_modulo(
    dir: &StoreDir,
    drv: &Derivation,
    mask_outputs: bool,
    input_hash: &mut dyn FnMut(&StorePath) -> Result<DrvHash>,
) -> Result<DrvHash> {
    hash_modulo_with(dir, drv, mask_outputs, input_hash)
}

/// [`hash_derivation_modulo`], the input hashes possibly borrowed (from a cache).
fn hash_modulo_with<R: std::borrow::Borrow<DrvHash>>(
    dir: &StoreDir,
    drv: &Derivation,
    mask_outputs: bool,
    input_hash: &mut dyn FnMut(&StorePath) -> Result<R>,
) -> Result<DrvHash> {
    hash_modulo_tail(dir, drv, mask_outputs, None, input_hash)
}

/// [`hash_modulo_with`], with the ATerm's tail ([`Derivation::unparse_tail`])
/// already rendered, if it is.
fn hash_modulo_tail<R: std::borrow::Borrow<DrvHash>>(
    dir: &StoreDir,
    drv: &Derivation,
    mask_outputs: bool,
    tail: Option<&str>,
    input_hash: &mut dyn FnMut(&StorePath) -> Result<R>,
) -> Result<DrvHash> {
    let ty = drv.derivation_type()?;
    if ty == (DerivationType::ContentAddressed { fixed: true }) {
        let mut hashes = Vec::new();
        for (name, out) in &drv.outputs {
            if let DerivationOutput::CAFixed { method, hash } = out {
                let path = out.path(dir, &drv.name, name)?.map(|p| dir.print(&p)).unwrap_or_default();
                let s = format!("fixed:out:{}:{}:{path}", method.method_algo(hash.algo()), hash.to_base16());
                hashes.push((name.as_str().into(), hash_bytes(HashAlgo::Sha256, s.as_bytes())));
            }
        }
        return Ok(DrvHash::from_sorted(hashes, DrvHashKind::Regular));
    }
    if ty == DerivationType::Impure {
        let h = hash_bytes(HashAlgo::Sha256, b"impure");
        return Ok(DrvHash::from_sorted(drv.outputs.keys().map(|k| (k.as_str().into(), h)), DrvHashKind::Deferred));
    }
    let mut kind = match ty {
        DerivationType::ContentAddressed { fixed: false } => DrvHashKind::Deferred,
        _ => DrvHashKind::Regular,
    };
    // (hash modulo of the input, output used), in the order the ATerm lists them
    let mut inputs: Vec<(Hash, &str)> = Vec::new();
    for (path, outputs) in &drv.input_drvs {
        let res = input_hash(path)?;
        let res: &DrvHash = res.borrow();
        if res.kind == DrvHashKind::Deferred {
            kind = DrvHashKind::Deferred;
        }
        for out in outputs {
            let h = res.get(out).ok_or_else(|| {
                bad(format!("derivation '{}' does not have an output named '{out}'", dir.print(path)))
            })?;
            inputs.push((*h, out.as_str()));
        }
    }
    inputs.sort_unstable_by(|a, b| (a.0.as_bytes(), a.1).cmp(&(b.0.as_bytes(), b.1)));
    inputs.dedup();
    let mut text = String::with_capacity(if tail.is_some() { 512 } else { drv.aterm_len_hint() });
    drv.unparse_head(&mut text, dir, mask_outputs, InputDrvs::Hashed(&inputs))?;
    let h = match tail {
        Some(tail) => sha256_of(&[&text, tail]),
        None => {
            drv.unparse_tail(&mut text, dir, mask_outputs);
            hash_bytes(HashAlgo::Sha256, text.as_bytes())
        }
    };
    Ok(DrvHash::from_sorted(drv.outputs.keys().map(|k| (k.as_str().into(), h)), kind))
}

/// The SHA-256 of the pieces, one after the other.
fn sha256_of(pieces: &[&str]) -> Hash {
    let mut hasher = Hasher::new(HashAlgo::Sha256);
    for p in pieces {
        hasher.update(p.as_bytes());
    }
    hasher.finish()
}

/// Whether hashing `drv` modulo needs its inputs' hashes: fixed-output and
/// impure derivations hash to constants of their own (so a fetcher's whole
/// build-time closure is never read). A malformed derivation says yes, so
/// the error surfaces when it is hashed.
fn needs_input_hashes(drv: &Derivation) -> bool {
    !matches!(drv.derivation_type(), Ok(DerivationType::ContentAddressed { fixed: true } | DerivationType::Impure))
}

fn cached_in<'a>(hashes: &'a HashMap<StorePath, DrvHash>, dir: &StoreDir, p: &StorePath) -> Result<&'a DrvHash> {
    hashes.get(p).ok_or_else(|| bad(format!("no hash known for derivation '{}'", dir.print(p))))
}

/// A memo table of derivation hashes by `.drv` path (Nix's `drvHashes`).
///
/// In read-only mode nothing is written to a store, so the evaluator must
/// [`register`](DrvHashCache::register) every derivation it instantiates;
/// otherwise input derivations are fetched through a lookup callback (a
/// store's `read_derivation`) and hashed, deepest first, without recursion.
#[derive(Debug, Clone, Default)]
pub struct DrvHashCache {
    hashes: HashMap<StorePath, DrvHash>,
}

impl DrvHashCache {
    /// An empty cache.
    pub fn new() -> Self {
        DrvHashCache::default()
    }

    /// The cached hash of a derivation path.
    pub fn get(&self, drv_path: &StorePath) -> Option<&DrvHash> {
        self.hashes.get(drv_path)
    }

    /// Records a hash.
    pub fn insert(&mut self, drv_path: StorePath, hash: DrvHash) {
        self.hashes.insert(drv_path, hash);
    }

    /// Records the (unmasked) hash of a derivation just instantiated at
    /// `drv_path`, as `derivationStrict` does.
    pub fn register(
        &mut self,
        dir: &StoreDir,
        drv_path: StorePath,
        drv: &Derivation,
        lookup: &mut dyn FnMut(&StorePath) -> Result<Derivation>,
    ) -> Result<DrvHash> {
        let h = self.hash_modulo(dir, drv, false, lookup)?;
        self.hashes.insert(drv_path, h.clone());
        Ok(h)
    }

    /// The `.drv` path of a derivation whose output paths are filled in, its
    /// hash modulo registered as [`register`](DrvHashCache::register) does: both
    /// hash the same ATerm text after the input derivations, which is rendered
    /// once (what [`Derivation::drv_path`] then `register` would do, for a store
    /// that does not write the `.drv` file). Returns the path and the `.drv` file's
    /// text ([`Derivation::to_aterm`]), which a caller can keep instead of the
    /// derivation: [`Derivation::parse_drv_file`] gives the derivation back.
    pub fn register_new(
        &mut self,
        dir: &StoreDir,
        drv: &Derivation,
        lookup: &mut dyn FnMut(&StorePath) -> Result<Derivation>,
    ) -> Result<(StorePath, String)> {
        let mut tail = String::with_capacity(drv.aterm_len_hint());
        drv.unparse_tail(&mut tail, dir, false);
        // room for the tail too: the head becomes the `.drv` text
        let mut head = String::with_capacity(256 + tail.len());
        drv.unparse_head(&mut head, dir, false, InputDrvs::Own)?;
        let drv_path = dir.make_text_path(
            &format!("{}{DRV_EXTENSION}", drv.name),
            &sha256_of(&[&head, &tail]),
            drv.references_iter(),
        )?;
        self.ensure_inputs(dir, drv, lookup)?;
        let hashes = &self.hashes;
        let h = hash_modulo_tail(dir, drv, false, Some(&tail), &mut |p| cached_in(hashes, dir, p))?;
        self.hashes.insert(drv_path.clone(), h);
        let mut text = head;
        text.push_str(&tail);
        Ok((drv_path, text))
    }

    /// The hash of the derivation at `drv_path`, computing (and caching) it
    /// and those of its inputs as needed.
    pub fn path_hash(
        &mut self,
        dir: &StoreDir,
        drv_path: &StorePath,
        lookup: &mut dyn FnMut(&StorePath) -> Result<Derivation>,
    ) -> Result<DrvHash> {
        self.ensure(dir, drv_path, lookup)?;
        self.cached(dir, drv_path)
    }

    /// [`hash_derivation_modulo`] of `drv`, with input hashes from the cache
    /// (filled through `lookup` as needed).
    pub fn hash_modulo(
        &mut self,
        dir: &StoreDir,
        drv: &Derivation,
        mask_outputs: bool,
        lookup: &mut dyn FnMut(&StorePath) -> Result<Derivation>,
    ) -> Result<DrvHash> {
        self.ensure_inputs(dir, drv, lookup)?;
        let hashes = &self.hashes;
        hash_modulo_with(dir, drv, mask_outputs, &mut |p| cached_in(hashes, dir, p))
    }

    /// [`Derivation::fill_in_output_paths`] with input hashes from the cache.
    pub fn fill_in_output_paths(
        &mut self,
        dir: &StoreDir,
        drv: &mut Derivation,
        lookup: &mut dyn FnMut(&StorePath) -> Result<Derivation>,
    ) -> Result<()> {
        self.ensure_inputs(dir, drv, lookup)?;
        let hashes = &self.hashes;
        drv.fill_in_output_paths_with(dir, &mut |p| cached_in(hashes, dir, p))
    }

    /// Makes sure the hashes of `drv`'s inputs are cached, if hashing it needs them.
    fn ensure_inputs(
        &mut self,
        dir: &StoreDir,
        drv: &Derivation,
        lookup: &mut dyn FnMut(&StorePath) -> Result<Derivation>,
    ) -> Result<()> {
        if needs_input_hashes(drv) {
            for input in drv.input_drvs.keys() {
                self.ensure(dir, input, lookup)?;
            }
        }
        Ok(())
    }

    fn cached(&self, dir: &StoreDir, p: &StorePath) -> Result<DrvHash> {
        cached_in(&self.hashes, dir, p).cloned()
    }

    /// Makes sure `root` and everything it depends on are cached, depth first
    /// with an explicit stack (the dependency chain can be long).
    fn ensure(
        &mut self,
        dir: &StoreDir,
        root: &StorePath,
        lookup: &mut dyn FnMut(&StorePath) -> Result<Derivation>,
    ) -> Result<()> {
        if self.hashes.contains_key(root) {
            return Ok(());
        }
        let mut stack: Vec<(StorePath, Derivation)> = vec![(root.clone(), lookup(root)?)];
        let mut on_stack: HashSet<StorePath> = HashSet::from_iter([root.clone()]);
        while let Some((_, drv)) = stack.last() {
            let missing = if needs_input_hashes(drv) {
                drv.input_drvs.keys().find(|i| !self.hashes.contains_key(*i)).cloned()
            } else {
                None
            };
            match missing {
                Some(m) => {
                    if !on_stack.insert(m.clone()) {
                        return Err(bad(format!("derivation '{}' depends on itself", dir.print(&m))));
                    }
                    let d = lookup(&m)?;
                    stack.push((m, d));
                }
                None => {
                    let Some((path, drv)) = stack.pop() else {
                        break;
                    };
                    let h = hash_derivation_modulo(dir, &drv, false, &mut |p| self.cached(dir, p))?;
                    on_stack.remove(&path);
                    self.hashes.insert(path, h);
                }
            }
        }
        Ok(())
    }
}

/// A recursive-descent parser over the ATerm bytes (all delimiters are ASCII,
/// so byte positions are character boundaries wherever we cut).
struct AtermParser<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
}

impl AtermParser<'_> {
    fn expect(&mut self, tok: &str) -> Result<()> {
        if self.s.get(self.pos..).is_some_and(|r| r.starts_with(tok.as_bytes())) {
            self.pos += tok.len();
            Ok(())
        } else {
            Err(bad(format!("expected string '{tok}'")))
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn string(&mut self) -> Result<String> {
        self.expect("\"")?;
        let mut out = String::new();
        let mut start = self.pos;
        loop {
            let Some(c) = self.peek() else {
                return Err(bad("unexpected end of derivation: unterminated string"));
            };
            match c {
                b'"' => {
                    out.push_str(self.text.get(start..self.pos).unwrap_or_default());
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(self.text.get(start..self.pos).unwrap_or_default());
                    self.pos += 1;
                    // The escaped character may be multi-byte: take a whole char.
                    let rest = self.text.get(self.pos..).unwrap_or_default();
                    let Some(e) = rest.chars().next() else {
                        return Err(bad("unexpected end of derivation: unterminated string"));
                    };
                    out.push(match e {
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        other => other,
                    });
                    self.pos += e.len_utf8();
                    start = self.pos;
                }
                _ => self.pos += 1,
            }
        }
    }

    fn path(&mut self) -> Result<String> {
        let s = self.string()?;
        if !s.starts_with('/') {
            return Err(bad(format!("bad path '{s}' in derivation")));
        }
        Ok(s)
    }

    /// Consumes a `,` (more items) or `]` (end); anything else ends the list
    /// too, but is left for the next `expect` to reject.
    fn end_of_list(&mut self) -> bool {
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                false
            }
            Some(b']') => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    fn strings(&mut self, paths: bool) -> Result<BTreeSet<String>> {
        let mut out = BTreeSet::new();
        while !self.end_of_list() {
            out.insert(if paths { self.path()? } else { self.string()? });
        }
        Ok(out)
    }

    fn output(&mut self, dir: &StoreDir) -> Result<DerivationOutput> {
        self.expect(",")?;
        let path = self.string()?;
        self.expect(",")?;
        let algo = self.string()?;
        self.expect(",")?;
        let hash = self.string()?;
        self.expect(")")?;
        if algo.is_empty() {
            if path.is_empty() {
                return Ok(DerivationOutput::Deferred);
            }
            if !path.starts_with('/') {
                return Err(bad(format!("bad path '{path}' in derivation")));
            }
            return Ok(DerivationOutput::InputAddressed(dir.parse_path(&path)?));
        }
        let (method, algo) = ContentAddressMethod::parse_method_algo(&algo)?;
        if hash == "impure" {
            return Ok(DerivationOutput::Impure { method, algo });
        }
        if hash.is_empty() {
            return Ok(DerivationOutput::CAFloating { method, algo });
        }
        if !path.starts_with('/') {
            return Err(bad(format!("bad path '{path}' in derivation")));
        }
        Ok(DerivationOutput::CAFixed { method, hash: Hash::parse_non_sri_unprefixed(&hash, algo)? })
    }

    fn derivation(&mut self, dir: &StoreDir, name: &str) -> Result<Derivation> {
        let mut drv = Derivation::new(name);
        self.expect("Derive([")?;
        while !self.end_of_list() {
            self.expect("(")?;
            let id = self.string()?;
            let out = self.output(dir)?;
            drv.outputs.entry(id).or_insert(out);
        }
        self.expect(",[")?;
        while !self.end_of_list() {
            self.expect("(")?;
            let p = self.path()?;
            self.expect(",[")?;
            let outs = self.strings(false)?;
            drv.input_drvs.insert(dir.parse_path(&p)?, outs);
            self.expect(")")?;
        }
        self.expect(",[")?;
        for p in self.strings(true)? {
            drv.input_srcs.insert(dir.parse_path(&p)?);
        }
        self.expect(",")?;
        drv.platform = self.string()?;
        self.expect(",")?;
        drv.builder = self.string()?;
        self.expect(",[")?;
        while !self.end_of_list() {
            let a = self.string()?;
            drv.args.push(a);
        }
        self.expect(",[")?;
        while !self.end_of_list() {
            self.expect("(")?;
            let k = self.string()?;
            self.expect(",")?;
            let v = self.string()?;
            self.expect(")")?;
            drv.env.insert(k, v);
        }
        self.expect(")")?;
        if self.pos != self.s.len() {
            return Err(bad("trailing data after derivation"));
        }
        Ok(drv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ECO_ATERM: &str = r#"Derive([("out","/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test","","")],[],[],"x86_64-linux","/bin/sh",["-c","echo hi > $out"],[("builder","/bin/sh"),("name","eco-test"),("out","/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test"),("system","x86_64-linux")])"#;

    fn eco() -> Derivation {
        let mut d = Derivation::new("eco-test");
        d.outputs.insert("out".into(), DerivationOutput::Deferred);
        d.platform = "x86_64-linux".into();
        d.builder = "/bin/sh".into();
        d.args = vec!["-c".into(), "echo hi > $out".into()];
        for (k, v) in [("builder", "/bin/sh"), ("name", "eco-test"), ("system", "x86_64-linux")] {
            d.env.insert(k.into(), v.into());
        }
        d
    }

    fn no_inputs(p: &StorePath) -> Result<DrvHash> {
        Err(bad(format!("unexpected lookup of {p}")))
    }

    #[test]
    fn eco_test_vector() {
        let dir = StoreDir::default();
        let mut d = eco();
        d.fill_in_output_paths(&dir, &mut no_inputs).unwrap();
        assert_eq!(d.to_aterm(&dir).unwrap(), ECO_ATERM);
        assert_eq!(dir.print(&d.drv_path(&dir).unwrap()), "/nix/store/nvj9p15ydnxid10gydhf3birc4ghlxji-eco-test.drv");
        assert_eq!(Derivation::parse_aterm(&dir, ECO_ATERM, "eco-test").unwrap(), d);
    }

    #[test]
    fn escaping_round_trips() {
        let dir = StoreDir::default();
        let mut d = eco();
        d.args.push("quote\" backslash\\ nl\n cr\r tab\t é".into());
        d.env.insert("weird".into(), "\\n literal".into());
        d.fill_in_output_paths(&dir, &mut no_inputs).unwrap();
        let text = d.to_aterm(&dir).unwrap();
        assert!(text.contains(r#""quote\" backslash\\ nl\n cr\r tab\t é""#));
        assert_eq!(Derivation::parse_aterm(&dir, &text, "eco-test").unwrap(), d);
    }

    #[test]
    fn word_at_a_time_escaping_matches_a_byte_loop() {
        // the plain definition: every byte on its own
        fn reference(s: &str) -> String {
            let mut out = String::from("\"");
            for c in s.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c => out.push(c),
                }
            }
            out.push('"');
            out
        }
        // specials at every offset of a word, next to bytes just around the
        // thresholds (13, 14, 0x21, 0x23, 0x5b, 0x5d), control characters that are
        // not escaped, and multi-byte characters whose bytes have the high bit set
        let alphabet = [
            "a", " ", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{b}", "\u{d}", "\u{e}", "!", "#", "[", "]", "é",
            "\u{7f}", "€",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for len in 0..200 {
            let mut s = String::new();
            for _ in 0..len {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                s.push_str(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            let mut out = String::new();
            print_string(&mut out, &s);
            assert_eq!(out, reference(&s), "{s:?}");
        }
    }

    #[test]
    fn masked_unparse_blanks_outputs() {
        let dir = StoreDir::default();
        let mut d = eco();
        d.fill_in_output_paths(&dir, &mut no_inputs).unwrap();
        let masked = d.unparse(&dir, true, None).unwrap();
        assert!(masked.starts_with(r#"Derive([("out","","","")]"#));
        assert!(masked.contains(r#"("out","")"#));
    }

    #[test]
    fn parse_errors() {
        let dir = StoreDir::default();
        let p = |s: &str| Derivation::parse_aterm(&dir, s, "x").unwrap_err().to_string();
        assert_eq!(p("Derive("), "expected string 'Derive(['");
        assert_eq!(p(""), "expected string 'Derive(['");
        assert_eq!(p(r#"Derive([("out","rel","","")"#), "bad path 'rel' in derivation");
        assert!(p(r#"Derive([("out",""#).contains("unterminated"));
        assert!(p(&format!("{ECO_ATERM}x")).contains("trailing"));
        for cut in 0..ECO_ATERM.len() {
            assert!(Derivation::parse_aterm(&dir, &ECO_ATERM[..cut], "x").is_err());
        }
        assert!(p(r#"Derive([("out","/nix/store/x","sha256","zz")],[],[],"","",[],[])"#).contains("wrong length"));
        assert!(p(r#"Derive([("out","","foo","")],[],[],"","",[],[])"#).contains("unknown hash algorithm"));
    }

    #[test]
    fn derivation_types() {
        let h = hash_bytes(HashAlgo::Sha256, b"");
        let fixed = DerivationOutput::CAFixed { method: ContentAddressMethod::Flat, hash: h };
        let mut d = Derivation::new("t");
        assert_eq!(d.derivation_type().unwrap_err().to_string(), "must have at least one output");
        d.outputs.insert("out".into(), fixed.clone());
        assert_eq!(d.derivation_type().unwrap(), DerivationType::ContentAddressed { fixed: true });
        d.outputs.insert("dev".into(), fixed.clone());
        assert_eq!(d.derivation_type().unwrap_err().to_string(), "only one fixed output is allowed for now");
        d.outputs.remove("out");
        assert_eq!(d.derivation_type().unwrap_err().to_string(), "single fixed output must be named \"out\"");
        d.outputs.insert("out".into(), DerivationOutput::Deferred);
        assert_eq!(d.derivation_type().unwrap_err().to_string(), "can't mix derivation output types");
        let mut f = Derivation::new("f");
        f.outputs.insert(
            "a".into(),
            DerivationOutput::CAFloating { method: ContentAddressMethod::Recursive, algo: HashAlgo::Sha256 },
        );
        f.outputs.insert(
            "b".into(),
            DerivationOutput::CAFloating { method: ContentAddressMethod::Recursive, algo: HashAlgo::Sha1 },
        );
        assert!(f.derivation_type().unwrap_err().to_string().contains("same hash type"));
    }

    #[test]
    fn cache_detects_cycles_and_missing_outputs() {
        let dir = StoreDir::default();
        let a = dir.parse_path("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-a.drv").unwrap();
        let mut d = eco();
        d.input_drvs.insert(a.clone(), BTreeSet::from(["out".to_string()]));
        let looped = d.clone();
        let mut cache = DrvHashCache::new();
        let err = cache.path_hash(&dir, &a, &mut |_| Ok(looped.clone())).unwrap_err();
        assert!(err.to_string().contains("depends on itself"), "{err}");
        // An input lacking the requested output.
        let mut cache = DrvHashCache::new();
        let mut input = eco();
        input.fill_in_output_paths(&dir, &mut no_inputs).unwrap();
        let mut d2 = eco();
        d2.input_drvs.insert(a.clone(), BTreeSet::from(["dev".to_string()]));
        let err = cache.fill_in_output_paths(&dir, &mut d2, &mut |_| Ok(input.clone())).unwrap_err();
        assert!(err.to_string().contains("does not have an output named 'dev'"), "{err}");
    }

    #[test]
    fn register_new_is_drv_path_then_register() {
        let dir = StoreDir::default();
        let mut made: HashMap<StorePath, Derivation> = HashMap::default();
        let (mut one, mut other) = (DrvHashCache::new(), DrvHashCache::new());
        // a fixed-output input, an input-addressed one with a source, and one
        // depending on both (two outputs, escaped text in its environment)
        let mut fod = Derivation::new("fetch");
        let h = hash_bytes(HashAlgo::Sha256, b"x");
        fod.outputs.insert("out".into(), DerivationOutput::CAFixed { method: ContentAddressMethod::Flat, hash: h });
        fod.platform = "builtin".into();
        fod.builder = "builtin:fetchurl".into();
        let mut lib = eco();
        lib.name = "lib".into();
        lib.input_srcs.insert(dir.parse_path("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-src").unwrap());
        let mut app = eco();
        app.name = "app".into();
        app.outputs.insert("dev".into(), DerivationOutput::Deferred);
        app.env.insert("script".into(), "say \"hi\"\n\tthere\\".into());
        let mut inputs: Vec<StorePath> = Vec::new();
        for mut d in [fod, lib, app] {
            for p in &inputs {
                d.input_drvs.insert(p.clone(), BTreeSet::from(["out".to_string()]));
            }
            let made_ref = &made;
            let mut lookup = |p: &StorePath| made_ref.get(p).cloned().ok_or_else(|| bad("missing"));
            one.fill_in_output_paths(&dir, &mut d, &mut lookup).unwrap();
            let (path, text) = one.register_new(&dir, &d, &mut lookup).unwrap();
            assert_eq!(path, d.drv_path(&dir).unwrap(), "{}", d.name);
            assert_eq!(text, d.to_aterm(&dir).unwrap(), "{}", d.name);
            assert_eq!(Derivation::parse_drv_file(&dir, &path, &text).unwrap(), d, "{}", d.name);
            let expected = other.register(&dir, path.clone(), &d, &mut lookup).unwrap();
            assert_eq!(one.get(&path), Some(&expected), "{}", d.name);
            // and both equal the hash computed from scratch
            let mut fresh = DrvHashCache::new();
            made.insert(path.clone(), d);
            let made_ref = &made;
            let again = fresh.path_hash(&dir, &path, &mut |p| made_ref.get(p).cloned().ok_or_else(|| bad("missing")));
            assert_eq!(again.unwrap(), expected);
            inputs.push(path);
        }
    }

    #[test]
    fn long_dependency_chains_do_not_recurse() {
        let dir = StoreDir::default();
        // A chain of 5000 derivations, each depending on the previous one.
        let mut drvs: HashMap<StorePath, Derivation> = HashMap::default();
        let mut prev: Option<StorePath> = None;
        let mut cache = DrvHashCache::new();
        let mut scratch = DrvHashCache::new();
        for i in 0..5000 {
            let mut d = eco();
            d.name = format!("chain-{i}");
            if let Some(p) = &prev {
                d.input_drvs.insert(p.clone(), BTreeSet::from(["out".to_string()]));
            }
            let drvs_ref = &drvs;
            scratch.fill_in_output_paths(&dir, &mut d, &mut |p| Ok(drvs_ref[p].clone())).unwrap();
            let path = d.drv_path(&dir).unwrap();
            scratch.register(&dir, path.clone(), &d, &mut |_| Err(bad("all inputs are cached"))).unwrap();
            drvs.insert(path.clone(), d);
            prev = Some(path);
        }
        let last = prev.unwrap();
        let h = cache.path_hash(&dir, &last, &mut |p| drvs.get(p).cloned().ok_or_else(|| bad("missing"))).unwrap();
        assert_eq!(h, scratch.path_hash(&dir, &last, &mut |_| Err(bad("cached"))).unwrap());
    }

    #[test]
    fn references_merge_sources_and_input_derivations_in_order_once_each() {
        let dir = StoreDir::default();
        let p = |s: &str| dir.parse_path(&format!("/nix/store/{s}")).unwrap();
        let mut d = eco();
        for s in [
            "3lqbxrphzhsddq1fjrm1ia6h8k2pl0bz-c",
            "0mdqa9w1p6cmli6976v4wi0sw9r4p5pr-a",
            "9mdqa9w1p6cmli6976v4wi0sw9r4p5pr-z",
        ] {
            d.input_srcs.insert(p(s));
        }
        for s in [
            "1mdqa9w1p6cmli6976v4wi0sw9r4p5pr-b.drv",
            "3lqbxrphzhsddq1fjrm1ia6h8k2pl0bz-c",
            "zzdqa9w1p6cmli6976v4wi0sw9r4p5pr-y.drv",
        ] {
            d.input_drvs.insert(p(s), BTreeSet::from(["out".to_string()]));
        }
        let merged: Vec<String> = d.references_iter().map(|r| r.to_string()).collect();
        assert_eq!(
            merged,
            [
                "0mdqa9w1p6cmli6976v4wi0sw9r4p5pr-a",
                "1mdqa9w1p6cmli6976v4wi0sw9r4p5pr-b.drv",
                "3lqbxrphzhsddq1fjrm1ia6h8k2pl0bz-c",
                "9mdqa9w1p6cmli6976v4wi0sw9r4p5pr-z",
                "zzdqa9w1p6cmli6976v4wi0sw9r4p5pr-y.drv",
            ]
        );
        assert!(d.references_iter().eq(d.references().iter()));
        assert_eq!(d.references().len(), 5);
    }

    #[test]
    fn every_output_of_a_hash_modulo_is_found_by_name_and_no_other() {
        let dir = StoreDir::default();
        let mut d = eco();
        for o in ["lib", "dev", "bin"] {
            d.outputs.insert(o.into(), DerivationOutput::Deferred);
        }
        let h = hash_derivation_modulo(&dir, &d, true, &mut no_inputs).unwrap();
        let names: Vec<&str> = h.iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["bin", "dev", "lib", "out"]);
        let out = *h.get("out").unwrap();
        for o in ["bin", "dev", "lib"] {
            assert_eq!(h.get(o), Some(&out), "{o}");
        }
        for missing in ["", "a", "doc", "outs", "zz"] {
            assert_eq!(h.get(missing), None, "{missing}");
        }
    }

    #[test]
    fn inputs_with_one_hash_modulo_share_an_entry() {
        // Two fixed-output derivations that differ only in their builder have
        // different `.drv` paths but one hash modulo: hashing a user of both writes
        // one input entry, sorted by that hash, with the outputs of both merged.
        let dir = StoreDir::default();
        let fetch = |builder: &str| {
            let mut fod = Derivation::new("fetch");
            let h = hash_bytes(HashAlgo::Sha256, b"x");
            fod.outputs.insert("out".into(), DerivationOutput::CAFixed { method: ContentAddressMethod::Flat, hash: h });
            fod.platform = "x".into();
            fod.builder = builder.into();
            fod
        };
        let (a, b) = (fetch("/bin/sh"), fetch("/bin/bash"));
        let (pa, pb) = (a.drv_path(&dir).unwrap(), b.drv_path(&dir).unwrap());
        assert_ne!(pa, pb);
        let mut regular = eco();
        regular.fill_in_output_paths(&dir, &mut no_inputs).unwrap();
        let pr = regular.drv_path(&dir).unwrap();
        let mut user = eco();
        user.input_drvs.insert(pa.clone(), BTreeSet::from(["out".to_string()]));
        user.input_drvs.insert(pb.clone(), BTreeSet::from(["out".to_string()]));
        user.input_drvs.insert(pr.clone(), BTreeSet::from(["out".to_string()]));
        let mut hash_of = |p: &StorePath| {
            let d = if *p == pa {
                &a
            } else if *p == pb {
                &b
            } else {
                &regular
            };
            hash_derivation_modulo(&dir, d, false, &mut no_inputs)
        };
        let got = hash_derivation_modulo(&dir, &user, true, &mut hash_of).unwrap();
        let fixed = hash_derivation_modulo(&dir, &a, false, &mut no_inputs).unwrap().get("out").unwrap().to_base16();
        let plain =
            hash_derivation_modulo(&dir, &regular, false, &mut no_inputs).unwrap().get("out").unwrap().to_base16();
        let inputs = BTreeMap::from([
            (fixed.clone(), BTreeSet::from(["out".to_string()])),
            (plain.clone(), BTreeSet::from(["out".to_string()])),
        ]);
        let text = user.unparse(&dir, true, Some(&inputs)).unwrap();
        assert_eq!(got.get("out"), Some(&hash_bytes(HashAlgo::Sha256, text.as_bytes())));
        // the two entries, in base-16 order
        let (lo, hi) = if fixed < plain { (&fixed, &plain) } else { (&plain, &fixed) };
        assert!(text.contains(&format!("[(\"{lo}\",[\"out\"]),(\"{hi}\",[\"out\"])]")), "{text}");
    }

    #[test]
    fn fixed_output_inputs_are_not_read() {
        let dir = StoreDir::default();
        let mut fod = Derivation::new("fetch");
        let h = hash_bytes(HashAlgo::Sha256, b"x");
        fod.outputs.insert("out".into(), DerivationOutput::CAFixed { method: ContentAddressMethod::Flat, hash: h });
        fod.platform = "x".into();
        fod.builder = "/bin/sh".into();
        // Its inputs are nowhere to be found, and need not be.
        let phantom = dir.parse_path("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-curl.drv").unwrap();
        fod.input_drvs.insert(phantom, BTreeSet::from(["out".to_string()]));
        let mut cache = DrvHashCache::new();
        cache.fill_in_output_paths(&dir, &mut fod, &mut |p| Err(bad(format!("lookup of {p}")))).unwrap();
        let fod_path = fod.drv_path(&dir).unwrap();
        let mut user = eco();
        user.input_drvs.insert(fod_path.clone(), BTreeSet::from(["out".to_string()]));
        let fod2 = fod.clone();
        cache
            .fill_in_output_paths(&dir, &mut user, &mut |p| {
                if *p == fod_path { Ok(fod2.clone()) } else { Err(bad(format!("lookup of {p}"))) }
            })
            .unwrap();
        assert!(matches!(user.outputs["out"], DerivationOutput::InputAddressed(_)));
    }
}
