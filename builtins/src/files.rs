//! File builtins: `readFile`, `readDir`, `readFileType`, `pathExists`, `findFile`
//! (and `__findFile`, which `<name>` desugars to), `toPath`, `storePath`.
//!
//! Every access goes through the evaluator's `Io`. Symlinks are resolved here,
//! component by component, the way C++ Nix's `SourceAccessor::resolveSymlinks` does
//! (so `..` after a symlink is taken relative to the link's target), using only
//! `Io::symlink_type` and `Io::read_link`. Error messages are those of Nix's
//! source accessors (`path '…' does not exist`, `'…' is not a directory`, …).
//!
//! `<nix/…>` paths name files built into Nix (its "corepkgs"); like Nix, they are
//! served from memory at the virtual path `<nix/NAME>` (which is how Nix prints
//! them). `import` finds them because `findFile` puts their compiled value in the
//! import cache.

use crate::util::*;
use crate::{Decl, decl};
use nixlet_eval::builtin::Step;
use nixlet_eval::coerce::CoerceOpts;
use nixlet_eval::io::FileType;
use nixlet_eval::value::{CtxElem, NixString, Value};
use nixlet_eval::vm::Message;
use nixlet_eval::{Error, ErrorKind, EvalResult, Vm};
use rustc_hash::FxHashSet;
use std::cell::Cell;
use std::rc::Rc;

/// Nix's context line for the coercion in `realisePath`.
pub(crate) const REALISING: &str = "while realising the context of a path";

pub(crate) const DECLS: &[Decl] = &[
    decl!("__readFile", 1, 0b1, read_file, "Return the contents of the file *path* as a string."),
    decl!(
        "__readDir",
        1,
        0b1,
        read_dir,
        "Return the entries of the directory *path* as a set mapping each name to its type: `\"regular\"`, `\"directory\"`, `\"symlink\"` or `\"unknown\"`."
    ),
    decl!(
        "__readFileType",
        1,
        0b1,
        read_file_type,
        "The type of the file system node *p* (without following a final symlink): `\"regular\"`, `\"directory\"`, `\"symlink\"` or `\"unknown\"`."
    ),
    decl!(
        "__pathExists",
        1,
        0b1,
        path_exists,
        "Whether *path* exists. A string ending in `/` or `/.` must name a directory."
    ),
    decl!(
        "__findFile",
        2,
        0b11,
        find_file,
        "Look *lookup-path* up in *search-path*, a list of `{ prefix; path; }` sets (as `builtins.nixPath`); `<name>` means `builtins.findFile builtins.nixPath \"name\"`."
    ),
    decl!(
        "__toPath",
        1,
        0b1,
        to_path,
        "**Deprecated.** Check that *s* is an absolute path and return it, normalised, as a string."
    ),
    decl!(
        "__storePath",
        1,
        0b1,
        store_path,
        "Use the existing store path *path* (which must be inside the store) as a dependency, without copying it."
    ),
];

// ------------------------------------------------------------------ corepkgs

/// Nix's `<nix/fetchurl.nix>`: the `builtin:fetchurl` derivation (same attributes).
const FETCHURL_NIX: &str = r#"{
  system ? "",
  url,
  hash ? "",
  md5 ? "",
  sha1 ? "",
  sha256 ? "",
  sha512 ? "",
  outputHash ?
    if hash != "" then hash
    else if sha512 != "" then sha512
    else if sha1 != "" then sha1
    else if md5 != "" then md5
    else sha256,
  outputHashAlgo ?
    if hash != "" then ""
    else if sha512 != "" then "sha512"
    else if sha1 != "" then "sha1"
    else if md5 != "" then "md5"
    else "sha256",
  executable ? false,
  unpack ? false,
  name ? baseNameOf (toString url),
  impure ? false,
}:

builtins.derivation (
  {
    builder = "builtin:fetchurl";
    outputHashMode = if unpack || executable then "recursive" else "flat";
    inherit name url executable unpack;
    system = "builtin";
    preferLocalBuild = true;
    impureEnvVars = [ "http_proxy" "https_proxy" "ftp_proxy" "all_proxy" "no_proxy" ];
    urls = [ url ];
  }
  // (if impure then { __impure = true; } else { inherit outputHashAlgo outputHash; })
)
"#;

const COREPKGS: &[(&str, &str)] = &[("/fetchurl.nix", FETCHURL_NIX)];

/// The virtual path of a corepkgs file (`<nix/fetchurl.nix>`).
fn corepkgs_path(suffix: &str) -> String {
    format!("<nix{suffix}>")
}

/// The text of a corepkgs path, if it is one and exists.
fn corepkgs_file(path: &str) -> Option<&'static str> {
    let inner = path.strip_prefix("<nix")?.strip_suffix('>')?;
    COREPKGS.iter().find(|(p, _)| *p == inner).map(|(_, t)| *t)
}

fn is_virtual(path: &str) -> bool {
    path.starts_with("<nix")
}

// ------------------------------------------------------------------ file system

fn io_error(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Io, msg)
}

fn not_found(path: &str) -> Error {
    io_error(format!("path '{path}' does not exist"))
}

/// `lstat`: `None` if the path does not exist (a non-directory on the way counts as
/// not existing, as in Nix).
fn lstat(vm: &Vm, path: &str) -> EvalResult<Option<FileType>> {
    if is_virtual(path) {
        return Ok(corepkgs_file(path).map(|_| FileType::Regular));
    }
    if vm.known_dirs.borrow().contains(path) {
        return Ok(Some(FileType::Directory));
    }
    match vm.io.symlink_type(path) {
        Ok(t) => {
            if t == FileType::Directory {
                vm.known_dirs.borrow_mut().insert(path.into());
            }
            Ok(Some(t))
        }
        Err(e) if e.not_found || e.msg.contains("Not a directory") => Ok(None),
        Err(e) => Err(io_error(e.msg)),
    }
}

/// Resolves symlinks like Nix's `resolveSymlinks`: every component (`full`) or
/// every component but the last.
fn resolve_symlinks(vm: &Vm, path: &str, full: bool) -> EvalResult<String> {
    if is_virtual(path) {
        return Ok(path.to_string());
    }
    vm.io.check_access(path).map_err(|e| io_error(e.msg))?;
    let mut res: Vec<String> = Vec::new();
    let mut todo: std::collections::VecDeque<String> =
        path.split('/').filter(|c| !c.is_empty()).map(str::to_string).collect();
    let mut links_left = 1024u32;
    let join = |res: &[String]| {
        if res.is_empty() { "/".to_string() } else { format!("/{}", res.join("/")) }
    };
    while let Some(c) = todo.pop_front() {
        match c.as_str() {
            "" | "." => {}
            ".." => {
                res.pop();
            }
            _ => {
                res.push(c);
                if full || !todo.is_empty() {
                    let cur = join(&res);
                    if let Some(FileType::Symlink) = lstat(vm, &cur)? {
                        if links_left == 0 {
                            return Err(io_error(format!("infinite symlink recursion in path '{path}'")));
                        }
                        links_left -= 1;
                        let target = vm.io.read_link(&cur).map_err(|e| io_error(e.msg))?;
                        if target.starts_with('/') {
                            res.clear();
                        } else {
                            res.pop();
                        }
                        for (i, part) in target.split('/').filter(|p| !p.is_empty()).enumerate() {
                            todo.insert(i, part.to_string());
                        }
                        // a sandboxing host refuses the whole destination, not a parent of it
                        let mut dest = join(&res);
                        for part in &todo {
                            dest = if dest == "/" { format!("/{part}") } else { format!("{dest}/{part}") };
                        }
                        vm.io.check_access(&nixlet_eval::lower::canon_path(&dest)).map_err(|e| io_error(e.msg))?;
                    }
                }
            }
        }
    }
    Ok(join(&res))
}

/// Reads a file (after symlink resolution), with Nix's messages.
/// Coerces to a string and continues, adding `ctx` to the errors of the coercion
/// only: `then` may run synchronously inside the coercion, and its errors must
/// not be attributed to it.
pub(crate) fn coerce_scoped(
    vm: &mut Vm,
    v: Value,
    opts: CoerceOpts,
    ctx: String,
    then: impl FnOnce(&mut Vm, NixString) -> EvalResult<Step> + 'static,
) -> EvalResult<Step> {
    let inside = Rc::new(Cell::new(true));
    let stash: Rc<Cell<Option<Error>>> = Rc::new(Cell::new(None));
    let (inside2, stash2) = (inside.clone(), stash.clone());
    let r = nixlet_eval::coerce::coerce_to_string(
        vm,
        v,
        opts,
        Box::new(move |vm: &mut Vm, s: NixString| match then(vm, s) {
            Err(e) if inside2.get() => {
                stash2.set(Some(e));
                Err(Error::eval(""))
            }
            r => r,
        }),
    );
    inside.set(false);
    r.map_err(|e| match stash.take() {
        // the frames the coercion added around the code it gave the string to
        // (the peels of `outPath`/`__toString`) are the inner error's too
        Some(mut inner) => {
            inner.0.trace.extend(e.0.trace);
            inner
        }
        None if ctx.is_empty() => e,
        None => e.trace(None, ctx),
    })
}

/// A path's bytes as text, with U+FFFD for invalid UTF-8 (checked with
/// `str::from_utf8` first: the lossy decoder is slower on the usual valid path).
fn path_text(b: &[u8]) -> String {
    std::str::from_utf8(b).map_or_else(|_| String::from_utf8_lossy(b).into_owned(), str::to_owned)
}

/// Nix's `coerceToPath`: an absolute path (canonicalised) and the string's context.
pub(crate) fn coerce_path_scoped(
    vm: &mut Vm,
    v: Value,
    ctx: String,
    then: impl FnOnce(&mut Vm, String, Vec<CtxElem>) -> EvalResult<Step> + 'static,
) -> EvalResult<Step> {
    if let Value::Path(p) = vm.heap.resolve(v) {
        let s = path_text(vm.heap.str_bytes(p));
        return vm.continue_now(s, move |vm, s| then(vm, s, Vec::new()));
    }
    let ctx2 = ctx.clone();
    coerce_scoped(vm, v, CoerceOpts::NO_COPY, ctx, move |vm, s: NixString| {
        let text = path_text(&s.bytes);
        if !text.starts_with('/') {
            let e = Error::eval(format!("string '{text}' doesn't represent an absolute path"));
            return Err(if ctx2.is_empty() { e } else { e.trace(None, ctx2) });
        }
        then(vm, nixlet_eval::lower::canon_path(&text), s.context().to_vec())
    })
}

pub(crate) fn read_file_bytes(vm: &mut Vm, path: &str) -> EvalResult<Vec<u8>> {
    if is_virtual(path) {
        return corepkgs_file(path).map(|t| t.as_bytes().to_vec()).ok_or_else(|| not_found(path));
    }
    match lstat(vm, path)? {
        None => return Err(not_found(path)),
        Some(FileType::Directory) => {
            return Err(io_error(format!("file '{path}' is not a regular file")));
        }
        Some(_) => {}
    }
    vm.io.read_file(path).map_err(|e| if e.not_found { not_found(path) } else { io_error(e.msg) })
}

/// Nix's `realisePath`: coerce to a path, then resolve all symlinks.
pub(crate) fn realise_path(
    vm: &mut Vm,
    v: Value,
    then: impl FnOnce(&mut Vm, String) -> EvalResult<Step> + 'static,
) -> EvalResult<Step> {
    coerce_path_scoped(vm, v, REALISING.into(), move |vm, p, _ctx| {
        let p = resolve_symlinks(vm, &p, true)?;
        then(vm, p)
    })
}

// ------------------------------------------------------------------ builtins

fn read_file(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    realise_path(vm, args[0], |vm, path| {
        let bytes = read_file_bytes(vm, &path)?;
        if bytes.contains(&0) {
            return Err(Error::eval(format!(
                "the contents of the file '{path}' cannot be represented as a Nix string"
            )));
        }
        Ok(Step::Done(vm.mk_str(&bytes)))
    })
}

/// Entries of one `readDir` passed on as import hints (`Io::import_hint`).
const MAX_DIR_HINTS: usize = 1024;

fn read_dir(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    realise_path(vm, args[0], |vm, path| {
        match lstat(vm, &path)? {
            None => return Err(not_found(&path)),
            Some(FileType::Directory) => {}
            Some(_) => return Err(io_error(format!("'{path}' is not a directory"))),
        }
        let entries =
            vm.io.read_dir(&path).map_err(|e| if e.not_found { not_found(&path) } else { io_error(e.msg) })?;
        let mut names: [Option<Value>; 4] = [None; 4];
        let mut pairs = Vec::with_capacity(entries.len());
        // what a directory lists is what import-heavy code (nixpkgs' `by-name`,
        // module trees) imports next: `.nix` files and directories. Hinted last
        // entry first: the evaluation usually imports them in name order (the
        // order of the set's attributes), so a helper parsing from the other end
        // meets it in the middle instead of racing it for the same files
        // (`imports`: parses taken from the helper 400 → 535 of 876, wall -6%)
        let sep = if path.ends_with('/') { "" } else { "/" };
        for (name, ty) in entries.iter().take(MAX_DIR_HINTS).rev() {
            if (*ty == FileType::Regular && name.ends_with(".nix")) || *ty == FileType::Directory {
                vm.io.import_hint(&format!("{path}{sep}{name}"), &vm.opts.parse);
            }
        }
        for (name, ty) in entries {
            let slot = match ty {
                FileType::Regular => 0,
                FileType::Directory => 1,
                FileType::Symlink => 2,
                FileType::Unknown => 3,
            };
            let v = match names[slot] {
                Some(v) => v,
                None => {
                    let v = vm.mk_str(ty.nix_name().as_bytes());
                    names[slot] = Some(v);
                    v
                }
            };
            pairs.push((vm.symbols.intern(&name), v));
        }
        Ok(Step::Done(vm.mk_attrs(pairs)))
    })
}

fn read_file_type(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    coerce_path_scoped(vm, args[0], REALISING.into(), |vm, path, _ctx| match lstat(vm, &path)? {
        None => Err(not_found(&path)),
        Some(t) => Ok(Step::Done(vm.mk_str(t.nix_name().as_bytes()))),
    })
}

fn path_exists(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let must_be_dir = match vm.heap.resolve(args[0]) {
        Value::String(s) => {
            let b = vm.heap.str_bytes(s);
            b.ends_with(b"/") || b.ends_with(b"/.")
        }
        _ => false,
    };
    coerce_path_scoped(vm, args[0], REALISING.into(), move |vm, path, _ctx| {
        let exists = match resolve_symlinks(vm, &path, must_be_dir) {
            // an unreadable link or a forbidden path: does not exist for us
            Err(_) => false,
            Ok(p) => match lstat(vm, &p) {
                Ok(Some(t)) => !must_be_dir || t == FileType::Directory,
                _ => false,
            },
        };
        Ok(Step::Done(Value::Bool(exists)))
    })
}

fn to_path(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    coerce_path_scoped(vm, args[0], nth_arg(0, "toPath").to_string(), |vm, path, ctx| {
        Ok(Step::Done(vm.mk_string(NixString {
            bytes: path.into_bytes().into_boxed_slice(),
            context: if ctx.is_empty() { None } else { Some(ctx.into_boxed_slice()) },
        })))
    })
}

/// Nix's `StorePath` name check (`checkName`); `Err` is the reason.
pub(crate) fn check_store_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("name must not be empty".into());
    }
    if name.len() > 211 {
        return Err(format!("name '{name}' must be no longer than 211 characters"));
    }
    let b = name.as_bytes();
    if b[0] == b'.' {
        match b.get(1) {
            None => return Err(format!("name '{name}' is not valid")),
            Some(b'-') => {
                return Err(format!("name '{name}' is not valid: first dash-separated component must not be '.'"));
            }
            Some(b'.') => match b.get(2) {
                None => return Err(format!("name '{name}' is not valid")),
                Some(b'-') => {
                    return Err(format!("name '{name}' is not valid: first dash-separated component must not be '..'"));
                }
                _ => {}
            },
            _ => {}
        }
    }
    for c in name.chars() {
        if !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.' | '_' | '?' | '=')) {
            return Err(format!("name '{name}' contains illegal character '{c}'"));
        }
    }
    Ok(())
}

/// Checks a store path's base name (`<32 nix32 chars>-<name>`).
fn check_store_base_name(base: &str) -> Result<(), String> {
    let b = base.as_bytes();
    if b.len() < 33 {
        return Err(format!("'{base}' is too short to be a valid store path"));
    }
    if b[32] != b'-' {
        return Err(format!("'{base}' can't name a store path because the hash part is not followed by a '-'"));
    }
    for &c in &b[..32] {
        if matches!(c, b'e' | b'o' | b'u' | b't') || !(c.is_ascii_digit() || c.is_ascii_lowercase()) {
            return Err(format!("store path '{base}' contains illegal base-32 character '{}'", c as char));
        }
    }
    check_store_name(&base[33..]).map_err(|e| format!("path '{base}' is not a valid store path: {e}"))
}

fn store_path(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    if vm.opts.pure {
        return Err(Error::eval("'builtins.storePath' is not allowed in pure evaluation mode"));
    }
    let ctx = "while evaluating the first argument passed to 'builtins.storePath'".to_string();
    coerce_path_scoped(vm, args[0], ctx, |vm, path, mut ctx| {
        let store_dir = vm.store.store_dir().trim_end_matches('/').to_string();
        let in_store = |p: &str| {
            p.len() > store_dir.len() + 1
                && p.starts_with(&store_dir)
                && p.as_bytes().get(store_dir.len()) == Some(&b'/')
        };
        let direct = in_store(&path)
            && !path[store_dir.len() + 1..].contains('/')
            && check_store_base_name(&path[store_dir.len() + 1..]).is_ok();
        let path = if direct { path } else { resolve_symlinks(vm, &path, true)? };
        if !in_store(&path) {
            return Err(Error::eval(format!("path '{path}' is not in the Nix store")));
        }
        let rest = &path[store_dir.len() + 1..];
        let base = rest.split('/').next().unwrap_or(rest);
        check_store_base_name(base).map_err(Error::eval)?;
        let sp: CtxElem = format!("{store_dir}/{base}").into();
        nixlet_eval::value::merge_context(&mut ctx, &[sp]);
        Ok(Step::Done(vm.mk_string(NixString {
            bytes: path.into_bytes().into_boxed_slice(),
            context: Some(ctx.into_boxed_slice()),
        })))
    })
}

// ------------------------------------------------------------------ findFile

/// Per-evaluator state: search-path entries already warned about.
#[derive(Default)]
struct SearchPathState {
    warned: FxHashSet<String>,
}

fn warn_once(vm: &mut Vm, key: String, msg: String) {
    if vm.ext::<SearchPathState>().warned.insert(key) {
        (vm.on_message)(Message::Warning(format!("warning: {msg}")));
    }
}

/// `http://…`, `channel:…` and the like (downloaded, not looked up on disk).
fn is_pseudo_url(s: &str) -> bool {
    if s.starts_with("channel:") {
        return true;
    }
    match s.find("://") {
        Some(i) => matches!(&s[..i], "http" | "https" | "file" | "channel" | "git" | "s3" | "ssh"),
        None => false,
    }
}

/// Where a search-path entry points, if it exists.
fn resolve_entry(vm: &mut Vm, value: &str) -> EvalResult<Option<String>> {
    if is_pseudo_url(value) {
        match crate::fetch::fetch_search_path_url(vm, value) {
            Ok(p) => return Ok(Some(p)),
            Err(_) => warn_once(
                vm,
                format!("dl:{value}"),
                format!("Nix search path entry '{value}' cannot be downloaded, ignoring"),
            ),
        }
    }
    let abs = if value.starts_with('/') {
        nixlet_eval::lower::canon_path(value)
    } else {
        let cwd = vm.io.current_dir().unwrap_or_else(|| "/".into());
        nixlet_eval::lower::canon_path(&format!("{cwd}/{value}"))
    };
    let exists = match resolve_symlinks(vm, &abs, true) {
        Ok(r) => lstat(vm, &r).ok().flatten().is_some(),
        Err(_) => false,
    };
    if exists {
        Ok(Some(abs))
    } else {
        warn_once(vm, format!("nx:{value}"), format!("Nix search path entry '{value}' does not exist, ignoring"));
        Ok(None)
    }
}

/// The part of `name` after `prefix` (Nix's `suffixIfPotentialMatch`).
fn suffix_after<'a>(prefix: &str, name: &'a str) -> Option<&'a str> {
    let n = prefix.len();
    let need_sep = n > 0 && n < name.len();
    if need_sep && name.as_bytes().get(n) != Some(&b'/') {
        return None;
    }
    if !name.starts_with(prefix) {
        return None;
    }
    name.get(if need_sep { n + 1 } else { n }..)
}

fn lookup(vm: &mut Vm, entries: Vec<(String, String)>, name: String) -> EvalResult<Step> {
    for (prefix, path) in &entries {
        let Some(suffix) = suffix_after(prefix, &name) else {
            continue;
        };
        let Some(root) = resolve_entry(vm, path)? else {
            continue;
        };
        let joined = nixlet_eval::lower::canon_path(&format!("{root}/{suffix}"));
        let Ok(res) = resolve_symlinks(vm, &joined, true) else {
            continue;
        };
        if let Ok(Some(_)) = lstat(vm, &res) {
            let id = vm.heap.alloc_str(res.as_bytes());
            return Ok(Step::Done(Value::Path(id)));
        }
    }
    if let Some(rest) = name.strip_prefix("nix/") {
        let vpath = corepkgs_path(&nixlet_eval::lower::canon_path(rest));
        if let Some(text) = corepkgs_file(&vpath)
            && !vm.import_cache.contains_key(&vpath)
        {
            let c = vm.compile(nixlet_parser::Origin::Other(vpath.clone()), text, "/", &[])?;
            let v = vm.file_thunk(c, &[]);
            vm.import_cache.insert(vpath.clone(), v);
        }
        let id = vm.heap.alloc_str(vpath.as_bytes());
        return Ok(Step::Done(Value::Path(id)));
    }
    Err(Error::new(
        ErrorKind::Throw,
        if vm.opts.pure {
            format!("cannot look up '<{name}>' in pure evaluation mode (use '--impure' to override)")
        } else {
            format!("file '{name}' was not found in the Nix search path (add it using $NIX_PATH or -I)")
        },
    ))
}

/// Reads the search-path entries one at a time (each may need evaluation).
fn collect_entries(
    vm: &mut Vm,
    elems: Vec<Value>,
    i: usize,
    mut acc: Vec<(String, String)>,
    name: String,
) -> EvalResult<Step> {
    let Some(&elem) = elems.get(i) else {
        return lookup(vm, acc, name);
    };
    force_then(vm, elem, move |vm, elem| {
        let attrs = vm.want_attrs(elem, "while evaluating an element of the list passed to builtins.findFile")?;
        let (k_prefix, k_path) = (vm.known.prefix, vm.known.path);
        let prefix_v = vm.heap.attr(attrs, k_prefix).map(|a| a.value);
        let path_v = vm.heap.attr(attrs, k_path).map(|a| a.value);
        let with_prefix = move |vm: &mut Vm, prefix: String| -> EvalResult<Step> {
            let path_v = path_v
                .ok_or_else(|| Error::eval("attribute 'path' missing").trace(None, "in an element of the __nixPath"))?;
            coerce_scoped(
                vm,
                path_v,
                CoerceOpts::NO_COPY,
                "while evaluating the `path` attribute of an element of the list passed to builtins.findFile".into(),
                move |vm, s| {
                    acc.push((prefix, String::from_utf8_lossy(&s.bytes).into_owned()));
                    collect_entries(vm, elems, i + 1, acc, name)
                },
            )
        };
        match prefix_v {
            None => with_prefix(vm, String::new()),
            Some(p) => force_then(vm, p, move |vm, p| {
                let b = vm.want_string_no_ctx(
                    p,
                    "while evaluating the `prefix` attribute of an element of the list passed to builtins.findFile",
                )?;
                with_prefix(vm, String::from_utf8_lossy(&b).into_owned())
            }),
        }
    })
}

fn find_file(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let l = vm.want_list(args[0], "while evaluating the first argument passed to builtins.findFile")?;
    let elems = vm.heap.list(l).to_vec();
    let name = vm.want_string_no_ctx(args[1], "while evaluating the second argument passed to builtins.findFile")?;
    let name = String::from_utf8_lossy(&name).into_owned();
    collect_entries(vm, elems, 0, Vec::new(), name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes() {
        assert_eq!(suffix_after("", "a/b"), Some("a/b"));
        assert_eq!(suffix_after("nixpkgs", "nixpkgs/lib"), Some("lib"));
        assert_eq!(suffix_after("nixpkgs", "nixpkgs"), Some(""));
        assert_eq!(suffix_after("nix", "nixpkgs"), None);
        assert_eq!(suffix_after("dir5", "dir"), None);
    }

    #[test]
    fn store_names() {
        assert!(check_store_name("hello-1.0").is_ok());
        assert_eq!(check_store_name("~x").err().as_deref(), Some("name '~x' contains illegal character '~'"));
        assert!(check_store_name(".").is_err());
        assert!(check_store_base_name("00000000000000000000000000000000-x").is_ok());
        assert!(check_store_base_name("e0000000000000000000000000000000-x").is_err());
    }

    #[test]
    fn remembered_directories_do_not_outlive_an_evaluation() {
        use nixlet_eval::io::MemIo;
        use nixlet_parser::Origin;
        let eval = |vm: &mut Vm, src: &str| -> Result<bool, String> {
            let t = vm.load_source(Origin::Stdin, src, "/").map_err(|e| e.to_string())?;
            match vm.force(t).map_err(|e| e.to_string())? {
                Value::Bool(b) => Ok(b),
                other => Err(format!("{other:?}")),
            }
        };
        let mut vm = Vm::new(Box::new(MemIo::new().with_file("/a/b/c", "x")));
        crate::install(&mut vm, &crate::Config::default());
        // resolving /a/b/c learns that /a and /a/b are directories
        assert_eq!(eval(&mut vm, "builtins.pathExists /a/b/c"), Ok(true));
        assert!(vm.known_dirs.borrow().contains("/a/b"));
        // a new file system (as a host may install between evaluations) must be
        // asked again: there /a/b is a file
        vm.io = Box::new(MemIo::new().with_file("/a/b", "y"));
        assert_eq!(eval(&mut vm, "builtins.readFileType /a/b == \"regular\""), Ok(true));
        assert_eq!(eval(&mut vm, "builtins.pathExists /a/b/c"), Ok(false));
        assert!(!vm.known_dirs.borrow().contains("/a/b"));
    }

    /// `readDir` hints at the `.nix` files and directories it lists, last first
    /// (the evaluation imports from the first, a helper parses from the last).
    #[test]
    fn read_dir_hints_its_entries_last_first() {
        use nixlet_eval::io::{FileType, Io, IoError, MemIo};
        use nixlet_parser::{Origin, ParseOptions};
        use std::sync::{Arc, Mutex};
        struct Hinted(MemIo, Arc<Mutex<Vec<String>>>);
        impl Io for Hinted {
            fn read_file(&self, path: &str) -> Result<Vec<u8>, IoError> {
                self.0.read_file(path)
            }
            fn read_dir(&self, path: &str) -> Result<Vec<(String, FileType)>, IoError> {
                self.0.read_dir(path)
            }
            fn symlink_type(&self, path: &str) -> Result<FileType, IoError> {
                self.0.symlink_type(path)
            }
            fn file_type(&self, path: &str) -> Result<FileType, IoError> {
                self.0.file_type(path)
            }
            fn get_env(&self, name: &str) -> Option<String> {
                self.0.get_env(name)
            }
            fn import_hint(&self, path: &str, _options: &ParseOptions) {
                if let Ok(mut h) = self.1.lock() {
                    h.push(path.to_string());
                }
            }
        }
        let hints = Arc::new(Mutex::new(Vec::new()));
        let fs = MemIo::new()
            .with_file("/d/a.nix", "1")
            .with_file("/d/b/package.nix", "2")
            .with_file("/d/c.txt", "3")
            .with_file("/d/e.nix", "4");
        let mut vm = Vm::new(Box::new(Hinted(fs, hints.clone())));
        crate::install(&mut vm, &crate::Config::default());
        let t = vm.load_source(Origin::Stdin, "builtins.attrNames (builtins.readDir /d)", "/").expect("compiles");
        let names = match vm.force(t) {
            Ok(Value::List(l)) => l.len,
            other => panic!("{other:?}"),
        };
        assert_eq!(names, 4, "every entry is listed, hinted or not");
        let got = hints.lock().map(|h| h.clone()).unwrap_or_default();
        assert_eq!(got, ["/d/e.nix", "/d/b", "/d/a.nix"]);
    }

    #[test]
    fn corepkgs() {
        assert!(corepkgs_file("<nix/fetchurl.nix>").is_some());
        assert!(corepkgs_file("<nix/nope.nix>").is_none());
    }
}
