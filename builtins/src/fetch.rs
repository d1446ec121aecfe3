//! Fetching builtins: `fetchurl`, `fetchTarball`, `fetchGit`, `fetchTree`,
//! `fetchMercurial`, `fetchClosure`, `getFlake`.
//!
//! nixlet validates the arguments exactly like C++ Nix (same checks, same order,
//! same messages) and then hands the request to a [`Fetcher`] installed by the host
//! in the evaluator ([`set_fetcher`]). Without one, every fetch fails with a clear
//! error naming the builtin: nixlet itself has no network access.

use crate::flake::{self, AttrVal, Attrs};
use crate::util::*;
use crate::{Decl, decl};
use nixlet_eval::builtin::{Cont, Step};
use nixlet_eval::coerce::CoerceOpts;
use nixlet_eval::value::{Attr, NixString, Value};
use nixlet_eval::vm::Message;
use nixlet_eval::{Error, EvalResult, Vm};

pub(crate) const DECLS: &[Decl] = &[
    decl!(
        "__fetchurl",
        1,
        0b1,
        fetchurl,
        "Download a file into the store and return its path. The argument is a URL, or a set with `url` and optionally `sha256` and `name`."
    ),
    decl!(
        "fetchTarball",
        1,
        0b1,
        fetch_tarball,
        "Download and unpack a tarball into the store and return the path of its top-level directory. The argument is a URL, or a set with `url` and optionally `sha256` and `name` (default `source`)."
    ),
    decl!(
        "fetchGit",
        1,
        0b1,
        fetch_git,
        "Fetch a Git repository (a URL, or a set with `url`, `ref`, `rev`, `submodules`, `shallow`, `name`, …) and return `{ outPath; rev; shortRev; revCount; lastModified; … }`."
    ),
    decl!(
        "fetchTree",
        1,
        0b1,
        fetch_tree,
        "Fetch a source tree described by fetcher attributes (`{ type = \"github\"; owner = …; }`, `type` one of `git`, `github`, `gitlab`, `sourcehut`, `tarball`, `file`, `path`, `hg`, `indirect`) or by a flake-style URL, and return its store path and metadata."
    ),
    decl!(
        "fetchMercurial",
        1,
        0b1,
        fetch_mercurial,
        "Fetch a Mercurial repository (a URL, or a set with `url`, `rev`, `name`) and return `{ outPath; branch; rev; shortRev; revCount; }`."
    ),
    decl!(
        "__fetchClosure",
        1,
        0b1,
        fetch_closure,
        "Fetch the closure of the store path `fromPath` from the binary cache `fromStore` (optionally rewritten to the content-addressed `toPath`, or `inputAddressed = true`)."
    ),
    decl!(
        "__getFlake",
        1,
        0b1,
        get_flake,
        "Fetch and evaluate the flake named by a flake reference and return its outputs."
    ),
];

// ------------------------------------------------------------------ host interface

/// A fetcher attribute value (input attributes and fetch results).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchAttr {
    /// A string.
    Str(String),
    /// A non-negative integer.
    Int(u64),
    /// A Boolean.
    Bool(bool),
}

/// The result of fetching a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchedTree {
    /// The store path holding the tree.
    pub store_path: String,
    /// What Nix reports about it, by name: `narHash` (SRI), `rev`, `shortRev`,
    /// `revCount`, `lastModified`, `lastModifiedDate`, `submodules`, ….
    pub attrs: Vec<(String, FetchAttr)>,
}

/// Downloads things into the store on behalf of the evaluator.
///
/// Arguments have been validated as C++ Nix validates them; an `Err` is reported
/// as the builtin's error message.
pub trait Fetcher {
    /// `fetchurl` (`unpack = false`: the file as is) and `fetchTarball` / search-path
    /// URLs (`unpack = true`: the unpacked top-level directory). `expected_sha256` is
    /// the pinned hash in SRI form, if any. Returns the store path.
    fn fetch_url(
        &mut self,
        url: &str,
        name: &str,
        expected_sha256: Option<&str>,
        unpack: bool,
    ) -> Result<String, String>;

    /// `fetchTree`, `fetchGit`, `fetchMercurial`: fetch the tree described by the
    /// input attributes (always with a `type`).
    fn fetch_tree(&mut self, input: &[(String, FetchAttr)]) -> Result<FetchedTree, String>;

    /// `fetchClosure`: copy `from_path`'s closure from the binary cache `from_store`;
    /// `to_path` is the expected content-addressed path (`Some("")`: compute it).
    fn fetch_closure(
        &mut self,
        from_store: &str,
        from_path: &str,
        to_path: Option<&str>,
        input_addressed: bool,
    ) -> Result<String, String> {
        let _ = (from_store, from_path, to_path, input_addressed);
        Err("fetchClosure is not supported by this fetcher".into())
    }
}

/// The evaluator's fetcher (`vm.ext::<FetcherSlot>()`); empty by default.
#[derive(Default)]
pub struct FetcherSlot(pub Option<Box<dyn Fetcher>>);

/// Installs the fetcher used by the fetch builtins of this evaluator.
#[allow(dead_code, reason = "host API: to be re-exported from the crate root")]
pub fn set_fetcher(vm: &mut Vm, fetcher: Box<dyn Fetcher>) {
    vm.ext::<FetcherSlot>().0 = Some(fetcher);
}

fn with_fetcher<T>(vm: &mut Vm, builtin: &str, f: impl FnOnce(&mut dyn Fetcher) -> Result<T, String>) -> EvalResult<T> {
    match vm.ext::<FetcherSlot>().0.as_deref_mut() {
        Some(fetcher) => f(fetcher).map_err(Error::eval),
        None => Err(Error::eval(format!(
            "builtins.{builtin} is not available: no fetcher is configured (nixlet was built without network access)"
        ))),
    }
}

/// Downloads a search-path URL (`<nixpkgs>` with `nixpkgs=https://…`).
pub(crate) fn fetch_search_path_url(vm: &mut Vm, url: &str) -> Result<String, String> {
    let url = resolve_pseudo_url(url);
    match vm.ext::<FetcherSlot>().0.as_deref_mut() {
        Some(f) => f.fetch_url(&url, "source", None, true),
        None => Err("no fetcher".into()),
    }
}

fn resolve_pseudo_url(url: &str) -> String {
    match url.strip_prefix("channel:") {
        Some(ch) => format!("https://channels.nixos.org/{ch}/nixexprs.tar.xz"),
        None => url.to_string(),
    }
}

fn to_fetch_attrs(attrs: &Attrs) -> Vec<(String, FetchAttr)> {
    attrs
        .iter()
        .map(|(k, v)| {
            let v = match v {
                AttrVal::Str(s) => FetchAttr::Str(s.clone()),
                AttrVal::Int(i) => FetchAttr::Int(*i),
                AttrVal::Bool(b) => FetchAttr::Bool(*b),
            };
            (k.clone(), v)
        })
        .collect()
}

fn store_path_string(vm: &mut Vm, path: &str) -> Value {
    vm.mk_string(NixString { bytes: path.as_bytes().into(), context: Some(vec![path.into()].into_boxed_slice()) })
}

// ------------------------------------------------------------------ walking argument sets

/// What to do with one attribute of an argument set.
type Visit<S> = fn(&mut Vm, &str, Value, &mut S) -> EvalResult<()>;

/// Visits the attributes of a set in name order, forcing the values of those
/// `should_force` accepts first (as Nix does while it iterates).
struct AttrWalk<S> {
    entries: Vec<Attr>,
    i: usize,
    state: Option<S>,
    should_force: fn(&str) -> bool,
    visit: Visit<S>,
    done: Option<Done<S>>,
}

/// What to do with the collected state at the end of an [`AttrWalk`].
type Done<S> = Box<dyn FnOnce(&mut Vm, S) -> EvalResult<Step>>;

impl<S: 'static> AttrWalk<S> {
    fn start(
        vm: &mut Vm,
        attrs: nixlet_eval::value::AttrsId,
        state: S,
        should_force: fn(&str) -> bool,
        visit: Visit<S>,
        done: impl FnOnce(&mut Vm, S) -> EvalResult<Step> + 'static,
    ) -> EvalResult<Step> {
        let entries = nixlet_eval::print::sorted_attrs(vm, attrs);
        Box::new(AttrWalk { entries, i: 0, state: Some(state), should_force, visit, done: Some(Box::new(done)) })
            .run(vm)
    }

    fn run(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        while let Some(e) = self.entries.get(self.i).copied() {
            let name = vm.symbols.str(e.name).into_owned();
            let v = vm.heap.resolve(e.value);
            if (self.should_force)(&name) && matches!(v, Value::Thunk(_)) {
                return Ok(Step::Force(v, self));
            }
            self.i += 1;
            if let Some(state) = self.state.as_mut() {
                (self.visit)(vm, &name, v, state)?;
            }
        }
        match (self.done.take(), self.state.take()) {
            (Some(done), Some(state)) => done(vm, state),
            _ => Ok(Step::Done(Value::Null)),
        }
    }
}

impl<S: 'static> Cont for AttrWalk<S> {
    fn resume(mut self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        if let Some(e) = self.entries.get(self.i).copied() {
            let name = vm.symbols.str(e.name).into_owned();
            self.i += 1;
            if let Some(state) = self.state.as_mut() {
                (self.visit)(vm, &name, v, state)?;
            }
        }
        self.run(vm)
    }
}

fn string_no_ctx(vm: &Vm, v: Value, ctx: &str) -> EvalResult<String> {
    Ok(String::from_utf8_lossy(&vm.want_string_no_ctx(v, ctx)?).into_owned())
}

/// A string or path value's text (a forced value; no store copy, no evaluation).
fn string_or_path_text(vm: &Vm, v: Value) -> Option<String> {
    match vm.heap.resolve(v) {
        Value::String(s) | Value::Path(s) => Some(String::from_utf8_lossy(vm.heap.str_bytes(s)).into_owned()),
        _ => None,
    }
}

// ------------------------------------------------------------------ fetchurl, fetchTarball

#[derive(Default)]
struct UrlArgs {
    url: Option<String>,
    sha256: Option<String>,
    name: Option<String>,
    who: &'static str,
}

fn url_arg_forced(n: &str) -> bool {
    matches!(n, "url" | "sha256" | "name")
}

fn visit_url_arg(vm: &mut Vm, name: &str, v: Value, st: &mut UrlArgs) -> EvalResult<()> {
    match name {
        "url" => st.url = Some(string_no_ctx(vm, v, "while evaluating the url we should fetch")?),
        "sha256" => {
            st.sha256 = Some(string_no_ctx(vm, v, "while evaluating the sha256 of the content we should fetch")?)
        }
        "name" => st.name = Some(string_no_ctx(vm, v, "while evaluating the name of the content we should fetch")?),
        _ => {
            return Err(Error::eval(format!("unsupported argument '{name}' to '{}'", st.who)));
        }
    }
    Ok(())
}

/// Nix's legacy `baseNameOf` (one trailing slash ignored).
fn legacy_base_name(s: &str) -> &str {
    let t = if s.len() > 1 { s.strip_suffix('/').unwrap_or(s) } else { s };
    match t.rfind('/') {
        Some(i) => &t[i + 1..],
        None => t,
    }
}

fn fetch_common(vm: &mut Vm, arg: Value, who: &'static str, unpack: bool) -> EvalResult<Step> {
    let finish = move |vm: &mut Vm, st: UrlArgs, is_attrs: bool| -> EvalResult<Step> {
        let Some(url) = st.url else {
            return Err(Error::eval("'url' argument required"));
        };
        let url = if who == "fetchTarball" { resolve_pseudo_url(&url) } else { url };
        let name_passed = st.name.is_some();
        let name = match st.name {
            Some(n) if !n.is_empty() => n,
            _ if unpack => "source".to_string(),
            _ => legacy_base_name(&url).to_string(),
        };
        if let Err(e) = crate::files::check_store_name(&name) {
            let hint = if name_passed {
                format!(
                    "Please change the value for the 'name' attribute passed to '{who}', so that it can create a valid store path."
                )
            } else if is_attrs {
                format!(
                    "Please add a valid 'name' attribute to the argument for '{who}', so that it can create a valid store path."
                )
            } else {
                format!(
                    "Please pass an attribute set with 'url' and 'name' attributes to '{who}',  so that it can create a valid store path."
                )
            };
            return Err(Error::eval(format!("invalid store path name when fetching URL '{url}': {e}. {hint}")));
        }
        let expected = match &st.sha256 {
            None => None,
            Some(h) if h.is_empty() => {
                let zero = crate::hash::Hash { algo: crate::hash::HashAlgo::Sha256, bytes: vec![0; 32] };
                let sri = zero.render(crate::hash::HashFormat::Sri, true);
                (vm.on_message)(Message::Warning(format!("warning: found empty hash, assuming '{sri}'")));
                Some(sri)
            }
            Some(h) => {
                let parsed = crate::hash::parse_any(vm, h.as_bytes(), Some(crate::hash::HashAlgo::Sha256))?;
                Some(parsed.render(crate::hash::HashFormat::Sri, true))
            }
        };
        if vm.opts.pure && expected.is_none() {
            return Err(Error::eval(format!("in pure evaluation mode, '{who}' requires a 'sha256' argument")));
        }
        let sp = with_fetcher(vm, who, |f| f.fetch_url(&url, &name, expected.as_deref(), unpack))?;
        Ok(Step::Done(store_path_string(vm, &sp)))
    };
    match vm.heap.resolve(arg) {
        Value::Attrs(a) => AttrWalk::start(
            vm,
            a,
            UrlArgs { who, ..UrlArgs::default() },
            url_arg_forced,
            visit_url_arg,
            move |vm, st| finish(vm, st, true),
        ),
        other => {
            let url = string_no_ctx(vm, other, "while evaluating the url we should fetch")?;
            finish(vm, UrlArgs { url: Some(url), who, ..UrlArgs::default() }, false)
        }
    }
}

fn fetchurl(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    fetch_common(vm, args[0], "fetchurl", false)
}

fn fetch_tarball(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    fetch_common(vm, args[0], "fetchTarball", true)
}

// ------------------------------------------------------------------ fetchTree, fetchGit

struct TreeArgs {
    who: &'static str,
    is_git: bool,
    attrs: Attrs,
}

fn visit_tree_arg(vm: &mut Vm, name: &str, v: Value, st: &mut TreeArgs) -> EvalResult<()> {
    if name == "type" {
        return Ok(());
    }
    let who = st.who;
    let v = vm.heap.resolve(v);
    let val = match v {
        Value::String(_) | Value::Path(_) => {
            let s = string_or_path_text(vm, v).unwrap_or_default();
            if st.is_git && name == "url" { AttrVal::Str(git_url(&s)?) } else { AttrVal::Str(s) }
        }
        Value::Bool(b) => AttrVal::Bool(b),
        Value::Int(i) if i < 0 => {
            return Err(Error::eval(format!("negative value given for '{who}' argument '{name}': {i}")));
        }
        Value::Int(i) => AttrVal::Int(i as u64),
        other if name == "publicKeys" => {
            let _ = other;
            return Err(Error::eval(
                "experimental Nix feature 'verified-fetches' is disabled; add '--extra-experimental-features verified-fetches' to enable it",
            ));
        }
        other => {
            let ty = vm.heap.type_of(other);
            return Err(Error::eval(format!(
                "argument '{name}' to '{who}' is {} while a string, Boolean or integer is expected",
                ty.a()
            )));
        }
    };
    st.attrs.insert(name.to_string(), val);
    Ok(())
}

fn git_url(s: &str) -> EvalResult<String> {
    let fixed = if s.starts_with('/') {
        format!("file://{s}")
    } else {
        match flake::parse_url(s) {
            Ok(mut u) => {
                if let Some(t) = u.scheme.strip_prefix("git+") {
                    u.scheme = t.to_string();
                }
                u.render()
            }
            Err(e) => return Err(Error::eval(e)),
        }
    };
    Ok(fixed)
}

fn is_locked(attrs: &Attrs) -> bool {
    let has = |k: &str| attrs.contains_key(k);
    match attrs.get("type") {
        Some(AttrVal::Str(t)) => match t.as_str() {
            "git" | "github" | "gitlab" | "sourcehut" | "hg" => has("rev"),
            "tarball" | "file" | "path" => has("narHash"),
            _ => false,
        },
        _ => false,
    }
}

fn input_to_string(attrs: &Attrs) -> String {
    flake::input_to_url(attrs).map(|u| u.render()).unwrap_or_else(|_| flake::attrs_to_json(attrs))
}

fn finish_tree(vm: &mut Vm, who: &'static str, mut attrs: Attrs, is_git: bool) -> EvalResult<Step> {
    if !is_git && matches!(attrs.get("type"), Some(AttrVal::Str(t)) if t == "git") && !attrs.contains_key("shallow") {
        attrs.insert("shallow".into(), AttrVal::Bool(true));
    }
    let attrs = flake::input_from_attrs(attrs).map_err(Error::eval)?;
    fetch_input(vm, who, attrs, is_git)
}

fn fetch_input(vm: &mut Vm, who: &'static str, attrs: Attrs, empty_rev_fallback: bool) -> EvalResult<Step> {
    let shown = input_to_string(&attrs);
    if vm.opts.pure && !is_locked(&attrs) {
        if attrs.contains_key("narHash") {
            (vm.on_message)(Message::Warning(format!(
                "warning: Input '{shown}' is unlocked (e.g. lacks a Git revision) but is checked by NAR hash. This is not reproducible and will break after garbage collection or when shared."
            )));
        } else {
            return Err(Error::eval(format!(
                "in pure evaluation mode, '{who}' doesn't fetch unlocked input '{shown}'"
            )));
        }
    }
    if attrs.contains_key("__final") {
        return Err(Error::eval(format!("input '{shown}' is not allowed to use the '__final' attribute")));
    }
    let fetching = format!("while fetching the input '{shown}'");
    if matches!(attrs.get("type"), Some(AttrVal::Str(t)) if t == "indirect") {
        return Err(Error::eval(format!("indirect input '{shown}' cannot be fetched directly")).trace(None, fetching));
    }
    if let (Some(AttrVal::Str(t)), Some(AttrVal::Str(url))) = (attrs.get("type"), attrs.get("url"))
        && t == "tarball"
        && let Ok(u) = flake::parse_url(url)
        && u.scheme == "file"
        && !u.path.join("/").starts_with('/')
    {
        return Err(Error::eval(format!(
            "tarball '{}' must use an absolute path. The 'file' scheme does not support relative paths.",
            u.render()
        ))
        .trace(None, fetching));
    }
    let input = to_fetch_attrs(&attrs);
    let tree = with_fetcher(vm, who, |f| f.fetch_tree(&input)).map_err(|e| e.trace(None, fetching))?;
    let mut pairs = Vec::new();
    let k_out = vm.known.out_path;
    let out = store_path_string(vm, &tree.store_path);
    pairs.push((k_out, out));
    let mut has_rev = false;
    let mut has_count = false;
    for (k, v) in &tree.attrs {
        has_rev |= k == "rev";
        has_count |= k == "revCount";
        let val = match v {
            FetchAttr::Str(s) => vm.mk_str(s.as_bytes()),
            FetchAttr::Int(i) => Value::Int(i64::try_from(*i).unwrap_or(i64::MAX)),
            FetchAttr::Bool(b) => Value::Bool(*b),
        };
        pairs.push((vm.symbols.intern(k), val));
    }
    if empty_rev_fallback {
        if !has_rev {
            let zeros = vm.mk_str(&[b'0'; 40]);
            let short = vm.mk_str(&[b'0'; 7]);
            pairs.push((vm.symbols.intern("rev"), zeros));
            pairs.push((vm.symbols.intern("shortRev"), short));
        }
        if !has_count {
            pairs.push((vm.symbols.intern("revCount"), Value::Int(0)));
        }
    }
    Ok(Step::Done(vm.mk_attrs(pairs)))
}

fn tree_common(vm: &mut Vm, arg: Value, is_git: bool) -> EvalResult<Step> {
    let who: &'static str = if is_git { "fetchGit" } else { "fetchTree" };
    match vm.heap.resolve(arg) {
        Value::Attrs(a) => {
            let ty_sym = vm.known.type_;
            let ty_v = vm.heap.attr(a, ty_sym).map(|x| x.value);
            let start = move |vm: &mut Vm, ty: String| -> EvalResult<Step> {
                let mut attrs = Attrs::new();
                attrs.insert("type".into(), AttrVal::Str(ty));
                AttrWalk::start(
                    vm,
                    a,
                    TreeArgs { who, is_git, attrs },
                    |_| true,
                    visit_tree_arg,
                    move |vm, st: TreeArgs| {
                        let mut attrs = st.attrs;
                        if is_git
                            && !attrs.contains_key("exportIgnore")
                            && !matches!(attrs.get("submodules"), Some(AttrVal::Bool(true)))
                        {
                            attrs.insert("exportIgnore".into(), AttrVal::Bool(true));
                        }
                        if !is_git && attrs.contains_key("name") {
                            return Err(Error::eval(format!("argument 'name' isn’t supported in call to '{who}'")));
                        }
                        finish_tree(vm, who, attrs, is_git)
                    },
                )
            };
            match ty_v {
                Some(_) if is_git => Err(Error::eval("unexpected argument 'type'")),
                Some(t) => force_then(vm, t, move |vm, t| {
                    let ctx = format!("while evaluating the `type` argument passed to '{who}'");
                    let ty = string_no_ctx(vm, t, &ctx)?;
                    start(vm, ty)
                }),
                None if is_git => start(vm, "git".into()),
                None => Err(Error::eval(format!("argument 'type' is missing in call to '{who}'"))),
            }
        }
        other => crate::files::coerce_scoped(
            vm,
            other,
            CoerceOpts::NO_COPY,
            format!("while evaluating the first argument passed to '{who}'"),
            move |vm, s| {
                let url = String::from_utf8_lossy(&s.bytes).into_owned();
                if is_git {
                    let mut attrs = Attrs::new();
                    attrs.insert("type".into(), AttrVal::Str("git".into()));
                    attrs.insert("url".into(), AttrVal::Str(git_url(&url)?));
                    attrs.insert("exportIgnore".into(), AttrVal::Bool(true));
                    let attrs = flake::input_from_attrs(attrs).map_err(Error::eval)?;
                    fetch_input(vm, who, attrs, true)
                } else {
                    let parsed = flake::parse_url(&url).map_err(Error::eval)?;
                    let attrs = flake::input_from_url(&parsed, true).map_err(Error::eval)?;
                    fetch_input(vm, who, attrs, false)
                }
            },
        ),
    }
}

fn fetch_tree(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    tree_common(vm, args[0], false)
}

fn fetch_git(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    tree_common(vm, args[0], true)
}

// ------------------------------------------------------------------ fetchMercurial

#[derive(Default)]
struct HgArgs {
    url: String,
    rev: Option<String>,
    r#ref: Option<String>,
    name: Option<String>,
    /// `url` needs a string coercion that may call `__toString`
    url_value: Option<Value>,
}

fn visit_hg_arg(vm: &mut Vm, name: &str, v: Value, st: &mut HgArgs) -> EvalResult<()> {
    match name {
        "url" => st.url_value = Some(v),
        "rev" => {
            let s = string_no_ctx(vm, v, "while evaluating the `rev` attribute passed to builtins.fetchMercurial")?;
            if s.len() == 40 && s.bytes().all(|c| c.is_ascii_hexdigit()) {
                st.rev = Some(s.to_ascii_lowercase());
            } else {
                st.r#ref = Some(s);
            }
        }
        "name" => {
            st.name =
                Some(string_no_ctx(vm, v, "while evaluating the `name` attribute passed to builtins.fetchMercurial")?)
        }
        _ => {
            return Err(Error::eval(format!("unsupported argument '{name}' to 'fetchMercurial'")));
        }
    }
    Ok(())
}

fn hg_finish(vm: &mut Vm, st: HgArgs) -> EvalResult<Step> {
    if st.url.is_empty() {
        return Err(Error::eval("'url' argument required"));
    }
    if vm.opts.pure && st.rev.is_none() {
        return Err(Error::eval("in pure evaluation mode, 'fetchMercurial' requires a Mercurial revision"));
    }
    let mut attrs = Attrs::new();
    attrs.insert("type".into(), AttrVal::Str("hg".into()));
    let url = if st.url.contains("://") { st.url.clone() } else { format!("file://{}", st.url) };
    attrs.insert("url".into(), AttrVal::Str(url));
    attrs.insert("name".into(), AttrVal::Str(st.name.unwrap_or_else(|| "source".into())));
    if let Some(r) = st.r#ref {
        attrs.insert("ref".into(), AttrVal::Str(r));
    }
    if let Some(r) = st.rev {
        attrs.insert("rev".into(), AttrVal::Str(r));
    }
    let input = to_fetch_attrs(&attrs);
    let tree = with_fetcher(vm, "fetchMercurial", |f| f.fetch_tree(&input))?;
    let get = |k: &str| tree.attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let mut pairs = Vec::new();
    let out = store_path_string(vm, &tree.store_path);
    pairs.push((vm.known.out_path, out));
    if let Some(FetchAttr::Str(b)) = get("ref").or_else(|| get("branch")) {
        let v = vm.mk_str(b.as_bytes());
        pairs.push((vm.symbols.intern("branch"), v));
    }
    let rev = match get("rev") {
        Some(FetchAttr::Str(r)) => r,
        _ => "0".repeat(40),
    };
    let short: String = rev.chars().take(12).collect();
    let (rv, sv) = (vm.mk_str(rev.as_bytes()), vm.mk_str(short.as_bytes()));
    pairs.push((vm.symbols.intern("rev"), rv));
    pairs.push((vm.symbols.intern("shortRev"), sv));
    if let Some(FetchAttr::Int(n)) = get("revCount") {
        pairs.push((vm.symbols.intern("revCount"), Value::Int(i64::try_from(n).unwrap_or(i64::MAX))));
    }
    Ok(Step::Done(vm.mk_attrs(pairs)))
}

fn fetch_mercurial(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    match vm.heap.resolve(args[0]) {
        Value::Attrs(a) => AttrWalk::start(
            vm,
            a,
            HgArgs::default(),
            |n| matches!(n, "rev" | "name"),
            visit_hg_arg,
            |vm, mut st: HgArgs| match st.url_value.take() {
                None => hg_finish(vm, st),
                Some(u) => crate::files::coerce_scoped(
                    vm,
                    u,
                    CoerceOpts::NO_COPY,
                    "while evaluating the `url` attribute passed to builtins.fetchMercurial".into(),
                    move |vm, s| {
                        st.url = String::from_utf8_lossy(&s.bytes).into_owned();
                        hg_finish(vm, st)
                    },
                ),
            },
        ),
        other => crate::files::coerce_scoped(
            vm,
            other,
            CoerceOpts::NO_COPY,
            "while evaluating the first argument passed to builtins.fetchMercurial".into(),
            |vm, s| hg_finish(vm, HgArgs { url: String::from_utf8_lossy(&s.bytes).into_owned(), ..HgArgs::default() }),
        ),
    }
}

// ------------------------------------------------------------------ fetchClosure

#[derive(Default)]
struct ClosureArgs {
    from_path: Option<String>,
    to_path: Option<String>,
    from_store: Option<String>,
    input_addressed: Option<bool>,
}

fn store_path_arg(vm: &Vm, name: &str, v: Value) -> EvalResult<String> {
    let ctx = format!("while evaluating the attribute '{name}' passed to builtins.fetchClosure");
    let Some(text) = string_or_path_text(vm, v) else {
        let ty = vm.heap.type_of(v);
        return Err(Error::eval(format!(
            "cannot coerce {} to a string: {}",
            ty.a(),
            nixlet_eval::print::show_short(vm, v)
        ))
        .trace(None, ctx));
    };
    let store_dir = vm.store.store_dir().trim_end_matches('/').to_string();
    match text.strip_prefix(&store_dir).and_then(|r| r.strip_prefix('/')) {
        Some(rest) if !rest.is_empty() && !rest.contains('/') => Ok(text),
        _ => Err(Error::eval(format!("path '{text}' is not in the Nix store")).trace(None, ctx)),
    }
}

fn visit_closure_arg(vm: &mut Vm, name: &str, v: Value, st: &mut ClosureArgs) -> EvalResult<()> {
    let ctx = format!("while evaluating the attribute '{name}' passed to builtins.fetchClosure");
    match name {
        "fromPath" => st.from_path = Some(store_path_arg(vm, name, v)?),
        "toPath" => {
            let empty = matches!(vm.heap.resolve(v), Value::String(s) if vm.heap.str_bytes(s).is_empty());
            st.to_path = Some(if empty { String::new() } else { store_path_arg(vm, name, v)? });
        }
        "fromStore" => st.from_store = Some(string_no_ctx(vm, v, &ctx)?),
        "inputAddressed" => st.input_addressed = Some(vm.want_bool(v, &ctx)?),
        _ => {
            return Err(Error::eval(format!("attribute '{name}' isn't supported in call to 'fetchClosure'")));
        }
    }
    Ok(())
}

fn fetch_closure(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    if !vm.opts.experimental.iter().any(|f| f == "fetch-closure") {
        return Err(Error::eval(
            "experimental Nix feature 'fetch-closure' is disabled; add '--extra-experimental-features fetch-closure' to enable it",
        ));
    }
    let a = vm.want_attrs(args[0], "while evaluating the argument passed to builtins.fetchClosure")?;
    AttrWalk::start(
        vm,
        a,
        ClosureArgs::default(),
        |n| matches!(n, "fromPath" | "toPath" | "fromStore" | "inputAddressed"),
        visit_closure_arg,
        |vm, st: ClosureArgs| {
            let missing = |n: &str| Error::eval(format!("attribute '{n}' is missing in call to 'fetchClosure'"));
            let from_path = st.from_path.ok_or_else(|| missing("fromPath"))?;
            let input_addressed = st.input_addressed.unwrap_or(false);
            if input_addressed && st.to_path.is_some() {
                return Err(Error::eval(
                    "attribute 'inputAddressed' is set to true, but 'toPath' is also set. Please remove one of them",
                ));
            }
            let from_store = st.from_store.ok_or_else(|| missing("fromStore"))?;
            if !(from_store.starts_with("http://") || from_store.starts_with("https://")) {
                return Err(Error::eval("'fetchClosure' only supports http:// and https:// stores"));
            }
            if from_store.contains('?') {
                return Err(Error::eval(format!(
                    "'fetchClosure' does not support URL query parameters (in '{from_store}')"
                )));
            }
            let to_path = st.to_path;
            let sp = with_fetcher(vm, "fetchClosure", |f| {
                f.fetch_closure(&from_store, &from_path, to_path.as_deref(), input_addressed)
            })?;
            Ok(Step::Done(store_path_string(vm, &sp)))
        },
    )
}

// ------------------------------------------------------------------ getFlake

fn get_flake(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let s = string_no_ctx(vm, args[0], "while evaluating the argument passed to builtins.getFlake")?;
    let mut attrs = flake::parse_flake_ref_str(&s).map_err(Error::eval)?;
    attrs.remove("dir");
    if vm.opts.pure && !is_locked(&attrs) {
        return Err(Error::eval(format!(
            "cannot call 'getFlake' on unlocked flake reference '{s}' (use --impure to override)"
        )));
    }
    let input = to_fetch_attrs(&attrs);
    with_fetcher(vm, "getFlake", |f| f.fetch_tree(&input))?;
    Err(Error::eval(format!("builtins.getFlake is not supported by nixlet: cannot lock and evaluate the flake '{s}'")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// Records requests and answers with fixed store paths.
    struct Fake(Rc<RefCell<Vec<String>>>);

    impl Fetcher for Fake {
        fn fetch_url(&mut self, url: &str, name: &str, sha: Option<&str>, unpack: bool) -> Result<String, String> {
            self.0.borrow_mut().push(format!("url {url} {name} {sha:?} {unpack}"));
            Ok(format!("/nix/store/00000000000000000000000000000000-{name}"))
        }
        fn fetch_tree(&mut self, input: &[(String, FetchAttr)]) -> Result<FetchedTree, String> {
            self.0.borrow_mut().push(format!("tree {input:?}"));
            Ok(FetchedTree {
                store_path: "/nix/store/11111111111111111111111111111111-source".into(),
                attrs: vec![("lastModified".into(), FetchAttr::Int(7))],
            })
        }
    }

    fn eval(vm: &mut Vm, src: &str) -> String {
        let v = vm.load_source(nixlet_parser::Origin::Expr, src, "/").and_then(|t| vm.force(t));
        match v {
            Ok(v) => match vm.heap.resolve(v) {
                Value::String(s) => String::from_utf8_lossy(vm.heap.str_bytes(s)).into_owned(),
                other => nixlet_eval::print::show_short(vm, other),
            },
            Err(e) => format!("error: {}", e.message()),
        }
    }

    #[test]
    fn goes_through_the_fetcher() {
        let mut vm = Vm::new(Box::new(nixlet_eval::io::NoIo));
        crate::install(&mut vm, &crate::Config::default());
        let log = Rc::new(RefCell::new(Vec::new()));
        assert!(eval(&mut vm, "builtins.fetchurl \"https://x.org/a.txt\"").contains("not available"));
        set_fetcher(&mut vm, Box::new(Fake(log.clone())));
        assert_eq!(
            eval(&mut vm, "builtins.fetchurl \"https://x.org/a.txt\""),
            "/nix/store/00000000000000000000000000000000-a.txt"
        );
        assert_eq!(
            eval(&mut vm, "(fetchTarball { url = \"https://x.org/a.tgz\"; sha256 = \"\"; }) + \"\""),
            "/nix/store/00000000000000000000000000000000-source"
        );
        assert_eq!(eval(&mut vm, "(fetchGit \"https://x.org/r.git\").rev"), "0".repeat(40));
        assert_eq!(eval(&mut vm, "(builtins.fetchTree \"github:o/r\").lastModified"), "7");
        let log = log.borrow();
        assert_eq!(log[0], "url https://x.org/a.txt a.txt None false");
        assert!(log[1].starts_with("url https://x.org/a.tgz source Some(\"sha256-AAAA"));
        assert!(log[2].contains("(\"exportIgnore\", Bool(true))"));
        assert!(log[3].contains("(\"type\", Str(\"github\"))"));
    }

    #[test]
    fn base_names() {
        assert_eq!(legacy_base_name("https://example.com/foo.tar.gz"), "foo.tar.gz");
        assert_eq!(legacy_base_name("https://example.com/dir/"), "dir");
        assert_eq!(legacy_base_name("x"), "x");
        assert_eq!(resolve_pseudo_url("channel:nixos-24.05"), "https://channels.nixos.org/nixos-24.05/nixexprs.tar.xz");
    }
}
