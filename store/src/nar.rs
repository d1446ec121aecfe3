//! The Nix ARchive format: a canonical serialisation of a file tree.
//!
//! A NAR is a sequence of strings, each an unsigned 64-bit little-endian
//! length, the bytes, and zero padding up to a multiple of 8:
//!
//! ```text
//! nar   = "nix-archive-1" node
//! node  = "(" "type" ( "regular" ["executable" ""] "contents" BYTES
//!                    | "symlink" "target" STRING
//!                    | "directory" entry* ) ")"
//! entry = "entry" "(" "name" STRING "node" node ")"
//! ```
//!
//! Directory entries are sorted by name (bytewise). Only the executable bit
//! of a file's permissions is recorded. Both the serialiser and the parser
//! use explicit stacks, so deep trees cannot overflow the native stack.

use crate::content_address::ContentAddressMethod;
use crate::error::{Error, Result};
use crate::hash::{Hash, HashAlgo, Hasher, hash_bytes};
use crate::tree::{FileTree, MemNode, NodeKind, PathFilter, check_entry_name, join_path};
use std::collections::BTreeMap;

/// How deeply directories may nest in a NAR that [`parse`] accepts. Real
/// file systems cannot nest deeper (a path is at most 4096 bytes), and the
/// bound keeps recursive drops of the parsed tree shallow.
pub const MAX_NAR_DEPTH: usize = 2048;

/// The first string of every NAR.
pub const NAR_MAGIC: &str = "nix-archive-1";

/// Somewhere NAR bytes go.
pub trait NarSink {
    /// Accepts the next bytes.
    fn write(&mut self, data: &[u8]) -> Result<()>;
}

impl NarSink for Vec<u8> {
    fn write(&mut self, data: &[u8]) -> Result<()> {
        self.extend_from_slice(data);
        Ok(())
    }
}

impl NarSink for Hasher {
    fn write(&mut self, data: &[u8]) -> Result<()> {
        self.update(data);
        Ok(())
    }
}

/// Writes one NAR string (length, bytes, padding).
pub fn write_string(sink: &mut dyn NarSink, s: &[u8]) -> Result<()> {
    sink.write(&(s.len() as u64).to_le_bytes())?;
    sink.write(s)?;
    let pad = (8 - s.len() % 8) % 8;
    if pad > 0 {
        // pad < 8, so the slice is in bounds.
        sink.write(&[0u8; 8][..pad])?;
    }
    Ok(())
}

fn strs(sink: &mut dyn NarSink, items: &[&str]) -> Result<()> {
    items.iter().try_for_each(|s| write_string(sink, s.as_bytes()))
}

/// Writes the body of a non-directory node, or the header of a directory
/// node; returns the sorted entry names (reversed, for popping) of a
/// directory.
fn write_node_start(tree: &dyn FileTree, path: &str, sink: &mut dyn NarSink) -> Result<Option<Vec<String>>> {
    strs(sink, &["(", "type"])?;
    match tree.kind(path)? {
        NodeKind::Regular => {
            strs(sink, &["regular"])?;
            if tree.is_executable(path)? {
                strs(sink, &["executable", ""])?;
            }
            let contents = tree.read_file(path)?;
            strs(sink, &["contents"])?;
            write_string(sink, &contents)?;
            strs(sink, &[")"])?;
            Ok(None)
        }
        NodeKind::Symlink => {
            let target = tree.read_link(path)?;
            strs(sink, &["symlink", "target"])?;
            write_string(sink, target.as_bytes())?;
            strs(sink, &[")"])?;
            Ok(None)
        }
        NodeKind::Directory => {
            strs(sink, &["directory"])?;
            let mut names = tree.read_dir(path)?;
            for n in &names {
                check_entry_name(path, n)?;
            }
            names.sort_unstable();
            if let Some(w) = names.windows(2).find(|w| w.first() == w.get(1)) {
                return Err(Error::BadArchive(format!(
                    "directory '{path}' lists entry '{}' twice",
                    w.first().map(String::as_str).unwrap_or_default()
                )));
            }
            names.reverse();
            Ok(Some(names))
        }
        NodeKind::Unknown => Err(Error::BadArchive(format!("file '{path}' has an unsupported type"))),
    }
}

/// Serialises the tree at `path` into `sink`. Symlinks are stored, never
/// followed.
pub fn dump(tree: &dyn FileTree, path: &str, sink: &mut dyn NarSink) -> Result<()> {
    dump_filtered::<Error>(tree, path, &mut |_, _| Ok(true), sink)
}

/// Serialises the tree at `path`, leaving out every entry for which `filter`
/// (given the entry's full path and type) returns `false`. The root is not
/// filtered; children of a rejected directory are not offered. The filter's
/// error type only needs to absorb this crate's errors.
pub fn dump_filtered<E: From<Error>>(
    tree: &dyn FileTree,
    path: &str,
    filter: &mut dyn FnMut(&str, NodeKind) -> Result<bool, E>,
    sink: &mut dyn NarSink,
) -> Result<(), E> {
    strs(sink, &[NAR_MAGIC])?;
    // Each frame: a directory being written, its remaining names, and whether
    // it is an entry (needing a second ")" once done).
    let mut stack: Vec<(String, Vec<String>)> = Vec::new();
    if let Some(names) = write_node_start(tree, path, sink)? {
        stack.push((path.to_string(), names));
    }
    while let Some((dir, names)) = stack.last_mut() {
        let Some(name) = names.pop() else {
            stack.pop();
            // Close the directory node, and the entry around it unless it is
            // the root.
            strs(sink, &[")"])?;
            if !stack.is_empty() {
                strs(sink, &[")"])?;
            }
            continue;
        };
        let child = join_path(dir, &name);
        let kind = tree.kind(&child)?;
        if !filter(&child, kind)? {
            continue;
        }
        strs(sink, &["entry", "(", "name"])?;
        write_string(sink, name.as_bytes())?;
        strs(sink, &["node"])?;
        match write_node_start(tree, &child, sink)? {
            Some(names) => stack.push((child, names)),
            None => strs(sink, &[")"])?,
        }
    }
    Ok(())
}

/// The NAR of the tree at `path`.
pub fn nar_bytes(tree: &dyn FileTree, path: &str) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    dump(tree, path, &mut out)?;
    Ok(out)
}

/// The SHA-256 of a NAR and its size in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NarHash {
    /// SHA-256 of the serialisation.
    pub hash: Hash,
    /// Length of the serialisation.
    pub size: u64,
}

/// Hashes the NAR of the tree at `path` (SHA-256) without building it in
/// memory, optionally filtered as in [`dump_filtered`].
pub fn nar_hash(tree: &dyn FileTree, path: &str, filter: Option<PathFilter<'_>>) -> Result<NarHash> {
    nar_hash_with(tree, path, HashAlgo::Sha256, filter)
}

/// [`nar_hash`] with any algorithm.
pub fn nar_hash_with(
    tree: &dyn FileTree,
    path: &str,
    algo: HashAlgo,
    filter: Option<PathFilter<'_>>,
) -> Result<NarHash> {
    let mut h = Hasher::new(algo);
    match filter {
        Some(f) => dump_filtered(tree, path, f, &mut h)?,
        None => dump(tree, path, &mut h)?,
    }
    let size = h.bytes_hashed();
    Ok(NarHash { hash: h.finish(), size })
}

/// The content hash of the object at `path` for a content-addressing method:
/// NAR hash for `Recursive`, hash of the file's bytes for `Flat` and `Text`
/// (`Text` requires SHA-256).
pub fn hash_path(tree: &dyn FileTree, path: &str, method: ContentAddressMethod, algo: HashAlgo) -> Result<Hash> {
    match method {
        ContentAddressMethod::Recursive => Ok(nar_hash_with(tree, path, algo, None)?.hash),
        ContentAddressMethod::Flat | ContentAddressMethod::Text => {
            if method == ContentAddressMethod::Text && algo != HashAlgo::Sha256 {
                return Err(Error::BadHash(format!(
                    "text content address hash should use sha256, but instead uses {algo}"
                )));
            }
            Ok(hash_bytes(algo, &tree.read_file(path)?))
        }
    }
}

/// A cursor over NAR bytes.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn err(&self, what: &str) -> Error {
        Error::BadArchive(format!("bad archive: {what} (at byte {})", self.pos))
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end =
            self.pos.checked_add(n).filter(|&e| e <= self.data.len()).ok_or_else(|| self.err("unexpected end"))?;
        let s = self.data.get(self.pos..end).ok_or_else(|| self.err("unexpected end"))?;
        self.pos = end;
        Ok(s)
    }

    fn string(&mut self) -> Result<&'a [u8]> {
        let len_bytes: [u8; 8] = self.take(8)?.try_into().map_err(|_| self.err("unexpected end"))?;
        let len = usize::try_from(u64::from_le_bytes(len_bytes)).map_err(|_| self.err("string too long"))?;
        let s = self.take(len)?;
        let pad = (8 - len % 8) % 8;
        if self.take(pad)?.iter().any(|&b| b != 0) {
            return Err(self.err("non-zero padding"));
        }
        Ok(s)
    }

    fn text(&mut self) -> Result<&'a str> {
        std::str::from_utf8(self.string()?).map_err(|_| self.err("string is not UTF-8"))
    }

    fn expect(&mut self, tok: &str) -> Result<()> {
        let s = self.string()?;
        if s != tok.as_bytes() {
            return Err(self.err(&format!("expected '{tok}', got '{}'", String::from_utf8_lossy(s))));
        }
        Ok(())
    }
}

/// Parses the node after its `"("` (and `"type"`), for non-directories
/// returning the node, for directories `None`.
fn parse_node_start(r: &mut Reader<'_>) -> Result<Option<MemNode>> {
    r.expect("(")?;
    r.expect("type")?;
    match r.text()? {
        "regular" => {
            let mut executable = false;
            let mut tok = r.text()?;
            if tok == "executable" {
                r.expect("")?;
                executable = true;
                tok = r.text()?;
            }
            if tok != "contents" {
                return Err(r.err(&format!("expected 'contents', got '{tok}'")));
            }
            let contents = r.string()?.to_vec();
            r.expect(")")?;
            Ok(Some(MemNode::File { contents, executable }))
        }
        "symlink" => {
            r.expect("target")?;
            let target = r.text()?.to_string();
            r.expect(")")?;
            Ok(Some(MemNode::Symlink { target }))
        }
        "directory" => Ok(None),
        other => Err(r.err(&format!("unknown file type '{other}'"))),
    }
}

/// Parses a complete NAR into an in-memory tree. Rejects anything that is
/// not canonical (unsorted or duplicate entries, bad names, trailing data).
pub fn parse(nar: &[u8]) -> Result<MemNode> {
    let mut r = Reader { data: nar, pos: 0 };
    r.expect(NAR_MAGIC)?;
    // Directories being filled: (entries, name under which this directory
    // goes into its parent).
    let mut stack: Vec<(BTreeMap<String, MemNode>, String)> = Vec::new();
    let mut node = parse_node_start(&mut r)?;
    if node.is_none() {
        stack.push((BTreeMap::new(), String::new()));
    }
    while let Some((entries, _)) = stack.last_mut() {
        match r.text()? {
            ")" => {
                let Some((entries, name)) = stack.pop() else {
                    break;
                };
                let dir = MemNode::Directory(entries);
                match stack.last_mut() {
                    Some((parent, _)) => {
                        parent.insert(name, dir);
                        r.expect(")")?;
                    }
                    None => node = Some(dir),
                }
            }
            "entry" => {
                r.expect("(")?;
                r.expect("name")?;
                let name = r.text()?.to_string();
                check_entry_name("", &name).map_err(|_| r.err(&format!("invalid file name '{name}'")))?;
                if entries.keys().next_back().is_some_and(|last| last.as_str() >= name.as_str()) {
                    return Err(r.err("NAR directory is not sorted"));
                }
                r.expect("node")?;
                match parse_node_start(&mut r)? {
                    Some(child) => {
                        entries.insert(name, child);
                        r.expect(")")?;
                    }
                    None => {
                        if stack.len() >= MAX_NAR_DEPTH {
                            return Err(r.err("directories are too deeply nested"));
                        }
                        stack.push((BTreeMap::new(), name));
                    }
                }
            }
            other => return Err(r.err(&format!("expected 'entry' or ')', got '{other}'"))),
        }
    }
    if r.pos != nar.len() {
        return Err(r.err("trailing data after the archive"));
    }
    node.ok_or_else(|| r.err("empty archive"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::MemTree;

    fn s(out: &mut Vec<u8>, x: &[u8]) {
        write_string(out, x).unwrap();
    }

    #[test]
    fn single_file_layout() {
        let t = MemTree::new("/f", MemNode::file("hello"));
        let mut want = Vec::new();
        for x in ["nix-archive-1", "(", "type", "regular", "contents", "hello", ")"] {
            s(&mut want, x.as_bytes());
        }
        assert_eq!(nar_bytes(&t, "/f").unwrap(), want);
        // 13 bytes of magic pad to 16.
        assert_eq!(&want[..8], &13u64.to_le_bytes());
        assert_eq!(&want[8 + 13..16 + 8], &[0, 0, 0]);
    }

    #[test]
    fn round_trip_through_parser() {
        let root = MemNode::dir([
            ("z", MemNode::executable("#!/bin/sh\n")),
            ("a", MemNode::dir([("deep", MemNode::dir([("f", MemNode::file(vec![0u8; 17]))]))])),
            ("l", MemNode::symlink("../a")),
            ("empty", MemNode::dir(Vec::<(String, MemNode)>::new())),
        ]);
        let t = MemTree::new("/", root.clone());
        let nar = nar_bytes(&t, "/").unwrap();
        assert_eq!(parse(&nar).unwrap(), root);
        // Reserialising the parsed tree gives the same bytes.
        assert_eq!(nar_bytes(&MemTree::new("/", parse(&nar).unwrap()), "/").unwrap(), nar);
    }

    #[test]
    fn filter_drops_entries() {
        let t = MemTree::new("/r", MemNode::dir([("keep", MemNode::file("k")), ("drop", MemNode::file("d"))]));
        let mut seen = Vec::new();
        let mut f = |p: &str, k: NodeKind| -> Result<bool> {
            seen.push((p.to_string(), k));
            Ok(!p.ends_with("drop"))
        };
        let filtered = nar_hash(&t, "/r", Some(&mut f)).unwrap();
        assert_eq!(seen, [("/r/drop".to_string(), NodeKind::Regular), ("/r/keep".to_string(), NodeKind::Regular)]);
        let only = MemTree::new("/r", MemNode::dir([("keep", MemNode::file("k"))]));
        assert_eq!(filtered, nar_hash(&only, "/r", None).unwrap());
        assert_eq!(filtered.size, nar_bytes(&only, "/r").unwrap().len() as u64);
    }

    #[test]
    fn filter_errors_propagate() {
        #[derive(Debug, PartialEq)]
        enum MyErr {
            Store,
            Mine,
        }
        impl From<Error> for MyErr {
            fn from(_: Error) -> Self {
                MyErr::Store
            }
        }
        let t = MemTree::new("/r", MemNode::dir([("x", MemNode::file(""))]));
        let r = dump_filtered(&t, "/r", &mut |_, _| Err(MyErr::Mine), &mut Vec::new());
        assert_eq!(r, Err(MyErr::Mine));
    }

    #[test]
    fn parser_rejects_garbage() {
        assert!(parse(b"").is_err());
        assert!(parse(&[0xff; 8]).is_err());
        let good = nar_bytes(&MemTree::new("/f", MemNode::file("x")), "/f").unwrap();
        for cut in 0..good.len() {
            assert!(parse(&good[..cut]).is_err(), "prefix of {cut} bytes accepted");
        }
        let mut trailing = good.clone();
        trailing.extend_from_slice(&[0; 8]);
        assert!(parse(&trailing).is_err());
        // Unsorted entries.
        let mut v = Vec::new();
        for x in ["nix-archive-1", "(", "type", "directory"] {
            s(&mut v, x.as_bytes());
        }
        for name in ["b", "a"] {
            for x in ["entry", "(", "name", name, "node", "(", "type", "regular", "contents", "", ")", ")"] {
                s(&mut v, x.as_bytes());
            }
        }
        s(&mut v, b")");
        assert!(parse(&v).unwrap_err().to_string().contains("not sorted"));
    }

    fn nested_nar(depth: usize) -> Vec<u8> {
        let mut v = Vec::new();
        s(&mut v, b"nix-archive-1");
        for _ in 0..depth {
            for x in ["(", "type", "directory", "entry", "(", "name", "d", "node"] {
                s(&mut v, x.as_bytes());
            }
        }
        for x in ["(", "type", "regular", "contents", "leaf", ")"] {
            s(&mut v, x.as_bytes());
        }
        for _ in 0..depth {
            s(&mut v, b")");
            s(&mut v, b")");
        }
        v
    }

    #[test]
    fn nesting_depth_is_bounded() {
        let parsed = parse(&nested_nar(MAX_NAR_DEPTH - 1)).unwrap();
        let mut cur = Some(parsed);
        let mut levels = 0;
        while let Some(MemNode::Directory(mut m)) = cur {
            levels += 1;
            cur = m.remove("d");
        }
        assert_eq!(levels, MAX_NAR_DEPTH - 1);
        assert!(parse(&nested_nar(MAX_NAR_DEPTH + 1)).unwrap_err().to_string().contains("too deeply nested"));
    }

    #[test]
    fn unknown_file_type_is_an_error() {
        struct Odd;
        impl FileTree for Odd {
            fn kind(&self, _: &str) -> Result<NodeKind> {
                Ok(NodeKind::Unknown)
            }
            fn read_file(&self, _: &str) -> Result<Vec<u8>> {
                Ok(vec![])
            }
            fn is_executable(&self, _: &str) -> Result<bool> {
                Ok(false)
            }
            fn read_dir(&self, _: &str) -> Result<Vec<String>> {
                Ok(vec![])
            }
            fn read_link(&self, _: &str) -> Result<String> {
                Ok(String::new())
            }
        }
        assert_eq!(nar_bytes(&Odd, "/dev/null").unwrap_err().to_string(), "file '/dev/null' has an unsupported type");
    }
}
