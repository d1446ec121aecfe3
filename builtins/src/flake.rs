//! Flake references: `parseFlakeRef` and `flakeRefToString`.
//!
//! A flake reference is a fetcher *input* (an attribute set with a `type`) plus an
//! optional subdirectory `dir`. This module holds the small URL model and the input
//! schemes of C++ Nix's libfetchers that these builtins (and `fetchTree` with a
//! string argument) need: `github`/`gitlab`/`sourcehut`, `indirect` (flake ids and
//! `flake:` URLs), `path`, `git`, `hg`, `tarball` and `file`. It only parses and
//! prints; fetching is the host's business (see `fetch.rs`).

use crate::{Decl, decl};
use nixlet_eval::builtin::Step;
use nixlet_eval::value::Value;
use nixlet_eval::{Error, EvalResult, Vm};
use std::collections::BTreeMap;

pub(crate) const DECLS: &[Decl] = &[
    decl!(
        "__parseFlakeRef",
        1,
        0b1,
        parse_flake_ref,
        "Parse a flake reference (`github:NixOS/nixpkgs/23.05?dir=lib`, `nixpkgs`, `path:/x`, `git+https://…`) into its attribute-set form, e.g. `{ dir = \"lib\"; owner = \"NixOS\"; ref = \"23.05\"; repo = \"nixpkgs\"; type = \"github\"; }`."
    ),
    decl!(
        "__flakeRefToString",
        1,
        0b1,
        flake_ref_to_string,
        "The URL form of a flake reference given as an attribute set (the inverse of `builtins.parseFlakeRef`)."
    ),
];

// ------------------------------------------------------------------ attributes

/// A fetcher attribute value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum AttrVal {
    Str(String),
    Int(u64),
    Bool(bool),
}

/// Fetcher attributes, sorted by name.
pub(crate) type Attrs = BTreeMap<String, AttrVal>;

fn get_str<'a>(attrs: &'a Attrs, name: &str) -> Result<Option<&'a str>, String> {
    match attrs.get(name) {
        None => Ok(None),
        Some(AttrVal::Str(s)) => Ok(Some(s)),
        Some(_) => Err(format!("input attribute '{name}' is not a string {}", attrs_to_json(attrs))),
    }
}

fn need_str<'a>(attrs: &'a Attrs, name: &str) -> Result<&'a str, String> {
    get_str(attrs, name)?.ok_or_else(|| format!("input attribute '{name}' missing"))
}

fn get_bool(attrs: &Attrs, name: &str) -> Result<Option<bool>, String> {
    match attrs.get(name) {
        None => Ok(None),
        Some(AttrVal::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(format!("input attribute '{name}' is not a Boolean")),
    }
}

/// The attributes as JSON (for messages).
pub(crate) fn attrs_to_json(attrs: &Attrs) -> String {
    let map: serde_json::Map<String, serde_json::Value> = attrs
        .iter()
        .map(|(k, v)| {
            let j = match v {
                AttrVal::Str(s) => serde_json::Value::String(s.clone()),
                AttrVal::Int(i) => serde_json::Value::from(*i),
                AttrVal::Bool(b) => serde_json::Value::Bool(*b),
            };
            (k.clone(), j)
        })
        .collect();
    serde_json::Value::Object(map).to_string()
}

// ------------------------------------------------------------------ URLs

/// A parsed URL (path segments and query percent-decoded).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Url {
    pub scheme: String,
    /// The raw authority, if the URL has `//`.
    pub authority: Option<String>,
    pub path: Vec<String>,
    pub query: BTreeMap<String, String>,
    pub fragment: String,
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

pub(crate) fn percent_decode(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let h = b.get(i + 1).and_then(|c| hex(*c));
            let l = b.get(i + 2).and_then(|c| hex(*c));
            match (h, l) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 3;
                    continue;
                }
                _ => return Err(format!("invalid URI parameter '{s}': bad percent-encoding")),
            }
        }
        out.push(b[i]);
        i += 1;
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

pub(crate) fn percent_encode(s: &str, keep: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || b"-._~".contains(&c) || keep.as_bytes().contains(&c) {
            out.push(c as char);
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

fn valid_scheme(s: &str) -> bool {
    let mut it = s.bytes();
    matches!(it.next(), Some(c) if c.is_ascii_alphabetic())
        && it.all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-'))
}

/// Parses a URL leniently (spaces and quotes allowed in query and fragment).
pub(crate) fn parse_url(s: &str) -> Result<Url, String> {
    let colon = s.find(':').ok_or_else(|| format!("'{s}' doesn't have a scheme"))?;
    let scheme = &s[..colon];
    if !valid_scheme(scheme) {
        return Err(format!("'{s}' doesn't have a scheme"));
    }
    let mut rest = &s[colon + 1..];
    let mut fragment = String::new();
    if let Some(i) = rest.find('#') {
        fragment = percent_decode(&rest[i + 1..])?;
        rest = &rest[..i];
    }
    let mut query = BTreeMap::new();
    if let Some(i) = rest.find('?') {
        for kv in rest[i + 1..].split('&').filter(|x| !x.is_empty()) {
            if let Some((k, v)) = kv.split_once('=') {
                query.entry(percent_decode(k)?).or_insert(percent_decode(v)?);
            }
        }
        rest = &rest[..i];
    }
    let mut authority = None;
    if let Some(after) = rest.strip_prefix("//") {
        let end = after.find('/').unwrap_or(after.len());
        authority = Some(after[..end].to_string());
        rest = &after[end..];
    }
    let transport_is_file = scheme.rsplit('+').next() == Some("file");
    if let Some(a) = &authority {
        let host = a.rsplit('@').next().unwrap_or(a);
        if !host.is_empty() && transport_is_file {
            return Err(format!("file:// URL '{s}' has unexpected authority '{a}'"));
        }
    }
    let rest = if transport_is_file && rest.is_empty() { "/" } else { rest };
    let path = rest.split('/').map(percent_decode).collect::<Result<Vec<_>, _>>()?;
    Ok(Url { scheme: scheme.to_string(), authority, path, query, fragment })
}

impl Url {
    /// Path segments without empty ones.
    fn segments(&self) -> Vec<&str> {
        self.path.iter().map(String::as_str).filter(|s| !s.is_empty()).collect()
    }

    /// The path as a file-system path.
    fn fs_path(&self) -> String {
        self.path.join("/")
    }

    /// `application+transport` split of the scheme.
    fn scheme_parts(&self) -> (Option<&str>, &str) {
        match self.scheme.split_once('+') {
            Some((a, t)) => (Some(a), t),
            None => (None, &self.scheme),
        }
    }

    pub(crate) fn render(&self) -> String {
        let mut s = format!("{}:", self.scheme);
        if let Some(a) = &self.authority {
            s.push_str("//");
            s.push_str(a);
        }
        let segs: Vec<String> = self.path.iter().map(|p| percent_encode(p, ":@")).collect();
        s.push_str(&segs.join("/"));
        if !self.query.is_empty() {
            s.push('?');
            let q: Vec<String> = self
                .query
                .iter()
                .map(|(k, v)| format!("{}={}", percent_encode(k, ":@/?"), percent_encode(v, ":@/?")))
                .collect();
            s.push_str(&q.join("&"));
        }
        if !self.fragment.is_empty() {
            s.push('#');
            s.push_str(&percent_encode(&self.fragment, ""));
        }
        s
    }
}

/// `/a/b` as URL path segments.
fn path_to_url_path(p: &str) -> Vec<String> {
    let mut out = Vec::new();
    if p.starts_with('/') {
        out.push(String::new());
    }
    out.extend(p.split('/').filter(|c| !c.is_empty()).map(str::to_string));
    if p.ends_with('/') && p.len() > 1 || p == "/" {
        out.push(String::new());
    }
    out
}

// ------------------------------------------------------------------ inputs

fn is_rev(s: &str) -> bool {
    s.len() == 40 && s.bytes().all(|c| c.is_ascii_hexdigit())
}

/// A conservative version of git's ref-name rules (as Nix's `isLegalRefName`).
fn is_legal_ref(s: &str) -> bool {
    let mut it = s.bytes();
    let first_ok = matches!(it.next(), Some(c) if c.is_ascii_alphanumeric() || c == b'@');
    first_ok
        && s.bytes().all(|c| c.is_ascii_alphanumeric() || b"_./@+-".contains(&c))
        && !s.contains("..")
        && !s.contains("@{")
        && !s.ends_with('.')
        && !s.ends_with('/')
        && !s.ends_with(".lock")
        && !s.contains("//")
        && !s.split('/').any(|c| c.starts_with('.'))
}

fn is_flake_id(s: &str) -> bool {
    let mut it = s.bytes();
    matches!(it.next(), Some(c) if c.is_ascii_alphabetic())
        && it.all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
}

fn has_tarball_ext(url: &Url) -> bool {
    let last = url.path.last().map(String::as_str).unwrap_or("");
    [".zip", ".tar", ".tgz", ".tar.gz", ".tar.xz", ".tar.bz2", ".tar.zst"].iter().any(|e| last.ends_with(e))
}

const GIT_ARCHIVE_ATTRS: &[&str] = &["owner", "repo", "ref", "rev", "narHash", "lastModified", "host", "treeHash"];
const CURL_ATTRS: &[&str] = &["url", "narHash", "name", "unpack", "rev", "revCount", "lastModified"];
const GIT_ATTRS: &[&str] = &[
    "url",
    "ref",
    "rev",
    "shallow",
    "submodules",
    "lfs",
    "exportIgnore",
    "lastModified",
    "revCount",
    "narHash",
    "allRefs",
    "name",
    "dirtyRev",
    "dirtyShortRev",
    "verifyCommit",
    "keytype",
    "publicKey",
    "publicKeys",
];
const HG_ATTRS: &[&str] = &["url", "ref", "rev", "revCount", "narHash", "name"];
const PATH_ATTRS: &[&str] = &["path", "rev", "revCount", "lastModified", "narHash"];
const INDIRECT_ATTRS: &[&str] = &["id", "ref", "rev", "narHash"];

fn allowed_attrs(ty: &str) -> Option<&'static [&'static str]> {
    Some(match ty {
        "github" | "gitlab" | "sourcehut" => GIT_ARCHIVE_ATTRS,
        "tarball" | "file" => CURL_ATTRS,
        "git" => GIT_ATTRS,
        "hg" => HG_ATTRS,
        "path" => PATH_ATTRS,
        "indirect" => INDIRECT_ATTRS,
        _ => return None,
    })
}

/// Nix's `fixGitURL` (without the scp-style syntax): absolute paths become `file://`
/// URLs, `git+` is dropped.
fn fix_git_url(url: &str) -> Result<String, String> {
    if url.starts_with('/') {
        return Ok(Url {
            scheme: "file".into(),
            authority: Some(String::new()),
            path: path_to_url_path(url),
            ..Url::default()
        }
        .render());
    }
    let mut u = parse_url(url)?;
    if let Some(t) = u.scheme.strip_prefix("git+") {
        u.scheme = t.to_string();
    }
    Ok(u.render())
}

fn check_rev(attrs: &Attrs, rev: &str) -> Result<(), String> {
    let ok = match rev.len() {
        40 => rev.bytes().all(|c| c.is_ascii_hexdigit()),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        let _ = attrs;
        Err(format!("hash '{rev}' has wrong length for hash algorithm 'sha1'"))
    }
}

/// Nix's `Input::fromAttrs`: checks the attributes of a known scheme and normalises
/// them. Unknown types pass unchanged.
pub(crate) fn input_from_attrs(mut attrs: Attrs) -> Result<Attrs, String> {
    let ty = match attrs.get("type") {
        Some(AttrVal::Str(t)) => t.clone(),
        _ => {
            return Err("'type' attribute to specify input scheme is required but not provided".into());
        }
    };
    let Some(allowed) = allowed_attrs(&ty) else {
        return Ok(attrs);
    };
    for name in attrs.keys() {
        if name != "type" && name != "__final" && !allowed.contains(&name.as_str()) {
            return Err(format!("input attribute '{name}' not supported by scheme '{ty}'"));
        }
    }
    match ty.as_str() {
        "github" | "gitlab" | "sourcehut" => {
            need_str(&attrs, "owner")?;
            need_str(&attrs, "repo")?;
            let r#ref = get_str(&attrs, "ref")?;
            let rev = get_str(&attrs, "rev")?;
            if let (Some(r), Some(v)) = (r#ref, rev) {
                return Err(format!(
                    "input {} contains both a commit hash ('{v}') and a branch/tag name ('{r}')",
                    attrs_to_json(&attrs)
                ));
            }
            if let Some(v) = rev {
                check_rev(&attrs, v)?;
            }
            if let Some(r) = r#ref
                && !is_legal_ref(r)
            {
                return Err(format!("input {} contains an invalid branch/tag name", attrs_to_json(&attrs)));
            }
            if let Some(h) = get_str(&attrs, "host")?
                && !h.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
            {
                return Err(format!("input {} contains an invalid instance host", attrs_to_json(&attrs)));
            }
        }
        "indirect" => {
            let id = need_str(&attrs, "id")?;
            if !is_flake_id(id) {
                return Err(format!("'{id}' is not a valid flake ID"));
            }
        }
        "path" => {
            need_str(&attrs, "path")?;
        }
        "git" => {
            if let Some(r) = get_str(&attrs, "ref")?
                && !is_legal_ref(r)
            {
                return Err(format!("invalid Git branch/tag name '{r}'"));
            }
            let url = fix_git_url(need_str(&attrs, "url")?)?;
            attrs.insert("url".into(), AttrVal::Str(url));
            for b in ["shallow", "submodules", "allRefs", "lfs", "exportIgnore", "verifyCommit"] {
                get_bool(&attrs, b)?;
            }
        }
        "hg" | "tarball" | "file" => {
            need_str(&attrs, "url")?;
        }
        _ => {}
    }
    // common attributes
    if let Some(v) = attrs.get("ref")
        && !matches!(v, AttrVal::Str(_))
    {
        return Err("input attribute 'ref' is not a string".into());
    }
    Ok(attrs)
}

/// Nix's `Input::fromURL`.
pub(crate) fn input_from_url(url: &Url, require_tree: bool) -> Result<Attrs, String> {
    let shown = url.render();
    let (app, transport) = url.scheme_parts();
    let mut attrs = Attrs::new();
    let s = |x: &str| AttrVal::Str(x.to_string());
    let is_curl_transport = matches!(transport, "file" | "http" | "https");
    // schemes in the order Nix tries them (by name)
    if is_curl_transport && (app == Some("file") || (app.is_none() && !require_tree && !has_tarball_ext(url))) {
        return curl_input(url, "file");
    }
    if url.scheme == "git" || app == Some("git") {
        let mut url2 = url.clone();
        url2.query.clear();
        attrs.insert("type".into(), s("git"));
        for (k, v) in &url.query {
            match k.as_str() {
                "rev" | "ref" | "keytype" | "publicKey" | "publicKeys" => {
                    attrs.insert(k.clone(), s(v));
                }
                "shallow" | "submodules" | "lfs" | "exportIgnore" | "allRefs" | "verifyCommit" => {
                    attrs.insert(k.clone(), AttrVal::Bool(v == "1"));
                }
                _ => {
                    url2.query.insert(k.clone(), v.clone());
                }
            }
        }
        attrs.insert("url".into(), s(&url2.render()));
        return input_from_attrs(attrs);
    }
    if matches!(url.scheme.as_str(), "github" | "gitlab" | "sourcehut") {
        let path = url.segments();
        match path.len() {
            0 | 1 => return Err(format!("URL '{shown}' is invalid")),
            2 => {}
            3 => {
                let key = if is_rev(path[2]) { "rev" } else { "ref" };
                attrs.insert(key.into(), s(path[2]));
            }
            _ => {
                attrs.insert("ref".into(), s(&path[2..].join("/")));
            }
        }
        for (k, v) in &url.query {
            match k.as_str() {
                "rev" | "ref" => {
                    if attrs.contains_key(k) {
                        let what = if k == "rev" { "commit hashes" } else { "branch/tag names" };
                        return Err(format!("URL '{shown}' contains multiple {what}"));
                    }
                    attrs.insert(k.clone(), s(v));
                }
                "host" | "narHash" => {
                    attrs.insert(k.clone(), s(v));
                }
                _ => return Err(format!("URL '{shown}' contains unknown parameter '{k}'")),
            }
        }
        attrs.insert("type".into(), s(&url.scheme));
        attrs.insert("owner".into(), s(path[0]));
        attrs.insert("repo".into(), s(path[1]));
        return input_from_attrs(attrs);
    }
    if matches!(url.scheme.as_str(), "hg+http" | "hg+https" | "hg+ssh" | "hg+file") {
        let mut url2 = url.clone();
        url2.scheme = transport.to_string();
        url2.query.clear();
        for (k, v) in &url.query {
            if k == "rev" || k == "ref" {
                attrs.insert(k.clone(), s(v));
            } else {
                url2.query.insert(k.clone(), v.clone());
            }
        }
        attrs.insert("type".into(), s("hg"));
        attrs.insert("url".into(), s(&url2.render()));
        return input_from_attrs(attrs);
    }
    if url.scheme == "flake" {
        let path = url.segments();
        attrs.insert("type".into(), s("indirect"));
        match path.len() {
            1 => {}
            2 => {
                if is_rev(path[1]) {
                    attrs.insert("rev".into(), s(path[1]));
                } else if is_legal_ref(path[1]) {
                    attrs.insert("ref".into(), s(path[1]));
                } else {
                    return Err(format!(
                        "in flake URL '{shown}', '{}' is not a commit hash or branch/tag name",
                        path[1]
                    ));
                }
            }
            3 => {
                if !is_legal_ref(path[1]) {
                    return Err(format!("in flake URL '{shown}', '{}' is not a branch/tag name", path[1]));
                }
                if !is_rev(path[2]) {
                    return Err(format!("in flake URL '{shown}', '{}' is not a commit hash", path[2]));
                }
                attrs.insert("ref".into(), s(path[1]));
                attrs.insert("rev".into(), s(path[2]));
            }
            _ => return Err(format!("GitHub URL '{shown}' is invalid")),
        }
        let id = path.first().copied().unwrap_or("");
        if !is_flake_id(id) {
            return Err(format!("'{id}' is not a valid flake ID"));
        }
        attrs.insert("id".into(), s(id));
        return Ok(attrs);
    }
    if url.scheme == "path" {
        if let Some(a) = &url.authority
            && !a.is_empty()
        {
            return Err(format!("path URL '{shown}' should not have an authority ('{a}')"));
        }
        attrs.insert("type".into(), s("path"));
        attrs.insert("path".into(), s(&url.fs_path()));
        for (k, v) in &url.query {
            match k.as_str() {
                "rev" | "narHash" => {
                    attrs.insert(k.clone(), s(v));
                }
                "revCount" | "lastModified" => match v.parse::<u64>() {
                    Ok(n) => {
                        attrs.insert(k.clone(), AttrVal::Int(n));
                    }
                    Err(_) => {
                        return Err(format!("path URL '{shown}' has invalid parameter '{k}'"));
                    }
                },
                _ => {
                    return Err(format!("path URL '{shown}' has unsupported parameter '{k}'"));
                }
            }
        }
        return Ok(attrs);
    }
    if is_curl_transport && (app == Some("tarball") || (app.is_none() && (require_tree || has_tarball_ext(url)))) {
        return curl_input(url, "tarball");
    }
    if app == Some("file") && transport == "git" {
        return Err(format!("input '{shown}' is unsupported; did you mean 'git+file' instead of 'file+git'?"));
    }
    Err(format!("input '{shown}' is unsupported"))
}

fn curl_input(url: &Url, ty: &str) -> Result<Attrs, String> {
    let mut attrs = Attrs::new();
    let mut url2 = url.clone();
    url2.scheme = url.scheme_parts().1.to_string();
    for k in ["narHash", "rev"] {
        if let Some(v) = url.query.get(k) {
            attrs.insert(k.into(), AttrVal::Str(v.clone()));
        }
    }
    for k in ["revCount", "lastModified"] {
        if let Some(n) = url.query.get(k).and_then(|v| v.parse::<u64>().ok()) {
            attrs.insert(k.into(), AttrVal::Int(n));
        }
    }
    for k in CURL_ATTRS {
        url2.query.remove(*k);
    }
    attrs.insert("type".into(), AttrVal::Str(ty.into()));
    attrs.insert("url".into(), AttrVal::Str(url2.render()));
    Ok(attrs)
}

/// Nix's `Input::toURL`.
pub(crate) fn input_to_url(attrs: &Attrs) -> Result<Url, String> {
    let ty = need_str(attrs, "type")?;
    let s = |n: &str| get_str(attrs, n);
    let sri = |h: &str| -> Result<String, String> {
        // normalise like Nix (`getNarHash` parses, SRI re-renders); keep as is if
        // already SRI or not decodable here
        Ok(h.to_string())
    };
    Ok(match ty {
        "github" | "gitlab" | "sourcehut" => {
            let mut path = vec![need_str(attrs, "owner")?.to_string(), need_str(attrs, "repo")?.to_string()];
            if let Some(r) = s("ref")? {
                path.push(r.to_string());
            }
            if let Some(r) = s("rev")? {
                path.push(r.to_ascii_lowercase());
            }
            let mut url = Url { scheme: ty.to_string(), path, ..Url::default() };
            if let Some(h) = s("narHash")? {
                url.query.insert("narHash".into(), sri(h)?);
            }
            if let Some(h) = s("host")? {
                url.query.insert("host".into(), h.to_string());
            }
            url
        }
        "indirect" => {
            let mut path = vec![need_str(attrs, "id")?.to_string()];
            if let Some(r) = s("ref")? {
                path.push(r.to_string());
            }
            if let Some(r) = s("rev")? {
                path.push(r.to_string());
            }
            Url { scheme: "flake".into(), path, ..Url::default() }
        }
        "path" => {
            let mut query = BTreeMap::new();
            for (k, v) in attrs {
                if matches!(k.as_str(), "path" | "type" | "__final") {
                    continue;
                }
                let text = match v {
                    AttrVal::Str(s) => s.clone(),
                    AttrVal::Int(i) => i.to_string(),
                    AttrVal::Bool(b) => if *b { "1" } else { "0" }.to_string(),
                };
                query.insert(k.clone(), text);
            }
            Url { scheme: "path".into(), path: path_to_url_path(need_str(attrs, "path")?), query, ..Url::default() }
        }
        "git" => {
            let mut url = parse_url(need_str(attrs, "url")?)?;
            if url.scheme != "git" {
                url.scheme = format!("git+{}", url.scheme);
            }
            if let Some(r) = s("rev")? {
                url.query.insert("rev".into(), r.to_string());
            }
            if let Some(r) = s("ref")? {
                url.query.insert("ref".into(), r.to_string());
            }
            for b in ["shallow", "lfs", "submodules", "exportIgnore", "verifyCommit"] {
                if get_bool(attrs, b)?.unwrap_or(false) {
                    url.query.insert(b.into(), "1".into());
                }
            }
            url
        }
        "hg" => {
            let mut url = parse_url(need_str(attrs, "url")?)?;
            url.scheme = format!("hg+{}", url.scheme);
            for k in ["rev", "ref"] {
                if let Some(r) = s(k)? {
                    url.query.insert(k.into(), r.to_string());
                }
            }
            url
        }
        "tarball" | "file" => {
            let mut url = parse_url(need_str(attrs, "url")?)?;
            if let Some(h) = s("narHash")? {
                url.query.insert("narHash".into(), sri(h)?);
            }
            url
        }
        _ => {
            return Err(format!("cannot show unsupported input '{}'", attrs_to_json(attrs)));
        }
    })
}

// ------------------------------------------------------------------ flake refs

/// Parses a flake reference into input attributes plus `dir` (Nix's `parseFlakeRef`
/// without a base directory: paths must be absolute).
pub(crate) fn parse_flake_ref_str(s: &str) -> Result<Attrs, String> {
    let (input, dir, fragment) = parse_with_fragment(s)?;
    if !fragment.is_empty() {
        return Err(format!("unexpected fragment '{fragment}' in flake reference '{s}'"));
    }
    let mut attrs = input;
    if !dir.is_empty() {
        attrs.insert("dir".into(), AttrVal::Str(dir));
    }
    Ok(attrs)
}

fn flake_id_ref(s: &str) -> Option<(Attrs, String)> {
    let (main, frag) = match s.split_once('#') {
        Some((m, f)) => (m, f),
        None => (s, ""),
    };
    let mut parts = main.splitn(2, '/');
    let id = parts.next()?;
    if !is_flake_id(id) {
        return None;
    }
    let mut attrs = Attrs::new();
    attrs.insert("type".into(), AttrVal::Str("indirect".into()));
    attrs.insert("id".into(), AttrVal::Str(id.into()));
    if let Some(rest) = parts.next() {
        if is_rev(rest) {
            attrs.insert("rev".into(), AttrVal::Str(rest.into()));
        } else {
            let (r, rev) = match rest.rsplit_once('/') {
                Some((r, v)) if is_rev(v) => (r, Some(v)),
                _ => (rest, None),
            };
            let ref_ok = {
                let mut it = r.bytes();
                matches!(it.next(), Some(c) if c.is_ascii_alphanumeric() || c == b'@')
                    && it.all(|c| c.is_ascii_alphanumeric() || b"_./@+-".contains(&c))
            };
            if !ref_ok {
                return None;
            }
            attrs.insert("ref".into(), AttrVal::Str(r.into()));
            if let Some(v) = rev {
                attrs.insert("rev".into(), AttrVal::Str(v.into()));
            }
        }
    }
    let frag = percent_decode(frag).ok()?;
    Some((attrs, frag))
}

fn parse_with_fragment(s: &str) -> Result<(Attrs, String, String), String> {
    if let Some((attrs, frag)) = flake_id_ref(s) {
        return Ok((attrs, String::new(), frag));
    }
    if let Ok(mut url) = parse_url(s) {
        let dir = url.query.remove("dir").unwrap_or_default();
        let fragment = std::mem::take(&mut url.fragment);
        let attrs = input_from_url(&url, true)?;
        return Ok((attrs, dir, fragment));
    }
    // a path
    let (main, fragment) = match s.split_once('#') {
        Some((m, f)) => (m, percent_decode(f)?),
        None => (s, String::new()),
    };
    let (path, query) = match main.split_once('?') {
        Some((p, q)) => (p, q),
        None => (main, ""),
    };
    if !path.starts_with('/') {
        return Err(format!("flake reference '{s}' is not an absolute path"));
    }
    let mut url =
        Url { scheme: "path".into(), authority: Some(String::new()), path: path_to_url_path(path), ..Url::default() };
    for kv in query.split('&').filter(|x| !x.is_empty()) {
        if let Some((k, v)) = kv.split_once('=') {
            url.query.entry(percent_decode(k)?).or_insert(percent_decode(v)?);
        }
    }
    let dir = url.query.remove("dir").unwrap_or_default();
    Ok((input_from_url(&url, true)?, dir, fragment))
}

/// Nix's `FlakeRef::fromAttrs(…).to_string()`.
pub(crate) fn flake_ref_attrs_to_string(attrs: &Attrs) -> Result<String, String> {
    let mut input = attrs.clone();
    let dir = match input.remove("dir") {
        Some(AttrVal::Str(d)) => d,
        Some(_) => return Err("input attribute 'dir' is not a string".into()),
        None => String::new(),
    };
    let input = input_from_attrs(input)?;
    let mut url = input_to_url(&input)?;
    if !dir.is_empty() {
        url.query.entry("dir".into()).or_insert(dir);
    }
    Ok(url.render())
}

// ------------------------------------------------------------------ builtins

pub(crate) fn attrs_to_value(vm: &mut Vm, attrs: &Attrs) -> Value {
    let pairs: Vec<_> = attrs
        .iter()
        .map(|(k, v)| {
            let val = match v {
                AttrVal::Str(s) => vm.mk_str(s.as_bytes()),
                AttrVal::Int(i) => Value::Int(i64::try_from(*i).unwrap_or(i64::MAX)),
                AttrVal::Bool(b) => Value::Bool(*b),
            };
            (vm.symbols.intern(k), val)
        })
        .collect();
    vm.mk_attrs(pairs)
}

fn parse_flake_ref(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let s = vm.want_string_no_ctx(args[0], "while evaluating the argument passed to builtins.parseFlakeRef")?;
    let s = String::from_utf8_lossy(&s).into_owned();
    let attrs = parse_flake_ref_str(&s).map_err(Error::eval)?;
    Ok(Step::Done(attrs_to_value(vm, &attrs)))
}

fn flake_ref_to_string(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let a = vm.want_attrs(args[0], "while evaluating the argument passed to builtins.flakeRefToString")?;
    let entries: Vec<_> = nixlet_eval::print::sorted_attrs(vm, a);
    let values: Vec<Value> = entries.iter().map(|e| e.value).collect();
    crate::util::force_each(vm, values, move |vm: &mut Vm, forced: Vec<Value>| {
        let mut attrs = Attrs::new();
        for (e, v) in entries.iter().zip(forced) {
            let name = vm.symbols.str(e.name).into_owned();
            let val = match vm.heap.resolve(v) {
                Value::Int(i) if i < 0 => {
                    return Err(Error::eval(format!("negative value given for flake ref attr {name}: {i}")));
                }
                Value::Int(i) => AttrVal::Int(i as u64),
                Value::Bool(b) => AttrVal::Bool(b),
                Value::String(s) => AttrVal::Str(String::from_utf8_lossy(vm.heap.str_bytes(s)).into_owned()),
                other => {
                    let ty = vm.heap.type_of(other);
                    return Err(Error::eval(format!(
                        "flake reference attribute sets may only contain integers, Booleans, and strings, but attribute '{name}' is {}",
                        ty.a()
                    )));
                }
            };
            attrs.insert(name, val);
        }
        let s = flake_ref_attrs_to_string(&attrs).map_err(Error::eval)?;
        Ok(Step::Done(vm.mk_str(s.as_bytes())))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> String {
        match parse_flake_ref_str(s) {
            Ok(a) => attrs_to_json(&a),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn parses() {
        assert_eq!(
            parse("github:NixOS/nixpkgs/23.05?dir=lib"),
            r#"{"dir":"lib","owner":"NixOS","ref":"23.05","repo":"nixpkgs","type":"github"}"#
        );
        assert_eq!(parse("nixpkgs"), r#"{"id":"nixpkgs","type":"indirect"}"#);
        assert_eq!(parse("nixpkgs/release-23.05"), r#"{"id":"nixpkgs","ref":"release-23.05","type":"indirect"}"#);
        assert_eq!(parse("/foo/bar"), r#"{"path":"/foo/bar","type":"path"}"#);
        assert_eq!(parse("path:/foo/bar?dir=x"), r#"{"dir":"x","path":"/foo/bar","type":"path"}"#);
        assert_eq!(
            parse("git+https://example.org/a/b?ref=main"),
            r#"{"ref":"main","type":"git","url":"https://example.org/a/b"}"#
        );
        assert_eq!(parse("https://example.org/x.tar.gz"), r#"{"type":"tarball","url":"https://example.org/x.tar.gz"}"#);
        assert_eq!(parse("./foo"), "error: flake reference './foo' is not an absolute path");
        assert_eq!(parse("foo/bar"), r#"{"id":"foo","ref":"bar","type":"indirect"}"#);
    }

    #[test]
    fn round_trips() {
        for s in [
            "github:NixOS/nixpkgs/23.05?dir=lib",
            "flake:nixpkgs",
            "path:/foo/bar",
            "git+https://example.org/a/b?ref=main",
            "https://example.org/x.tar.gz",
        ] {
            let a = parse_flake_ref_str(s).unwrap_or_default();
            let back = flake_ref_attrs_to_string(&a).unwrap_or_default();
            assert_eq!(back, s);
        }
    }
}
