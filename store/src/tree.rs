//! Read-only access to file trees, for hashing and copying them into a store.
//!
//! [`FileTree`] is the small interface the NAR serialiser and the stores read
//! through; the evaluator adapts its own I/O layer to it. Implementations here:
//!
//! * [`MemTree`]: an in-memory tree (tests, the browser playground, NARs that
//!   were parsed back);
//! * [`FsTree`]: the real file system (not on wasm);
//! * [`FilteredTree`]: another tree minus the entries a [`Selection`] drops.
//!
//! Filtering (`builtins.path { filter = …; }`, `builtins.filterSource`) can
//! be done in one pass with a callback (see [`crate::nar::dump_filtered`]) or in
//! steps with a [`Selector`], which hands out one entry at a time and waits for
//! the caller's keep/skip decision, so that a caller that must evaluate Nix
//! code to decide never has to call back into this crate re-entrantly.

use crate::error::{Error, Result};
use std::collections::{BTreeMap, BTreeSet};

/// The type of a file-system node, as `builtins.readDir` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKind {
    /// A regular file.
    Regular,
    /// A directory.
    Directory,
    /// A symbolic link (never followed).
    Symlink,
    /// Anything else (devices, sockets, ...): cannot be put in a NAR.
    Unknown,
}

impl NodeKind {
    /// `regular`, `directory`, `symlink` or `unknown`.
    pub fn nix_name(self) -> &'static str {
        match self {
            NodeKind::Regular => "regular",
            NodeKind::Directory => "directory",
            NodeKind::Symlink => "symlink",
            NodeKind::Unknown => "unknown",
        }
    }
}

/// A path filter as [`crate::nar::nar_hash`] takes it: given an entry's full
/// path and type, whether to keep it.
pub type PathFilter<'a> = &'a mut dyn FnMut(&str, NodeKind) -> Result<bool>;

/// Read access to a tree of files. Paths are `/`-separated strings as the
/// caller gives them; children are addressed as `<dir>/<name>`. Nothing
/// follows a final symlink.
pub trait FileTree {
    /// The node's type without following a final symlink (`lstat`).
    fn kind(&self, path: &str) -> Result<NodeKind>;
    /// The contents of a regular file.
    fn read_file(&self, path: &str) -> Result<Vec<u8>>;
    /// Whether a regular file is executable (by its owner).
    fn is_executable(&self, path: &str) -> Result<bool>;
    /// The names of a directory's entries (any order; callers sort).
    fn read_dir(&self, path: &str) -> Result<Vec<String>>;
    /// The target of a symlink.
    fn read_link(&self, path: &str) -> Result<String>;
}

impl<T: FileTree + ?Sized> FileTree for &T {
    fn kind(&self, path: &str) -> Result<NodeKind> {
        (**self).kind(path)
    }
    fn read_file(&self, path: &str) -> Result<Vec<u8>> {
        (**self).read_file(path)
    }
    fn is_executable(&self, path: &str) -> Result<bool> {
        (**self).is_executable(path)
    }
    fn read_dir(&self, path: &str) -> Result<Vec<String>> {
        (**self).read_dir(path)
    }
    fn read_link(&self, path: &str) -> Result<String> {
        (**self).read_link(path)
    }
}

/// `dir/name`, without doubling a trailing slash of `dir`.
pub fn join_path(dir: &str, name: &str) -> String {
    if dir.ends_with('/') { format!("{dir}{name}") } else { format!("{dir}/{name}") }
}

/// Checks that a directory entry name can appear in a NAR.
pub(crate) fn check_entry_name(dir: &str, name: &str) -> Result<()> {
    if name.is_empty() || name == "." || name == ".." || name.contains('/') || name.contains('\0') {
        return Err(Error::BadArchive(format!("invalid file name '{name}' in directory '{dir}'")));
    }
    Ok(())
}

/// A node of an in-memory file tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemNode {
    /// A regular file.
    File {
        /// Its contents.
        contents: Vec<u8>,
        /// Its executable bit.
        executable: bool,
    },
    /// A symbolic link.
    Symlink {
        /// Its target.
        target: String,
    },
    /// A directory with named children.
    Directory(BTreeMap<String, MemNode>),
}

impl MemNode {
    /// A non-executable file.
    pub fn file(contents: impl Into<Vec<u8>>) -> Self {
        MemNode::File { contents: contents.into(), executable: false }
    }

    /// An executable file.
    pub fn executable(contents: impl Into<Vec<u8>>) -> Self {
        MemNode::File { contents: contents.into(), executable: true }
    }

    /// A symlink.
    pub fn symlink(target: impl Into<String>) -> Self {
        MemNode::Symlink { target: target.into() }
    }

    /// A directory from `(name, node)` pairs.
    pub fn dir<S: Into<String>>(entries: impl IntoIterator<Item = (S, MemNode)>) -> Self {
        MemNode::Directory(entries.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// The node's type.
    pub fn kind(&self) -> NodeKind {
        match self {
            MemNode::File { .. } => NodeKind::Regular,
            MemNode::Symlink { .. } => NodeKind::Symlink,
            MemNode::Directory(_) => NodeKind::Directory,
        }
    }
}

/// An in-memory [`FileTree`]: a root node mounted at a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemTree {
    /// Where the root node lives (e.g. `/src`); `/` for the whole tree.
    pub root_path: String,
    /// The root node.
    pub root: MemNode,
}

impl MemTree {
    /// A tree whose root node is found at `root_path`.
    pub fn new(root_path: impl Into<String>, root: MemNode) -> Self {
        MemTree { root_path: root_path.into(), root }
    }

    fn lookup(&self, path: &str) -> Result<&MemNode> {
        let not_found = || Error::Io(format!("getting status of '{path}': No such file or directory"));
        let root = self.root_path.trim_end_matches('/');
        let rest = path.trim_end_matches('/');
        let rest = if rest == root {
            ""
        } else {
            match rest.strip_prefix(root).and_then(|r| r.strip_prefix('/')) {
                Some(r) => r,
                None => return Err(not_found()),
            }
        };
        let mut node = &self.root;
        for comp in rest.split('/').filter(|c| !c.is_empty()) {
            node = match node {
                MemNode::Directory(entries) => entries.get(comp).ok_or_else(not_found)?,
                _ => {
                    return Err(Error::Io(format!("getting status of '{path}': Not a directory")));
                }
            };
        }
        Ok(node)
    }
}

impl FileTree for MemTree {
    fn kind(&self, path: &str) -> Result<NodeKind> {
        Ok(self.lookup(path)?.kind())
    }
    fn read_file(&self, path: &str) -> Result<Vec<u8>> {
        match self.lookup(path)? {
            MemNode::File { contents, .. } => Ok(contents.clone()),
            _ => Err(Error::Io(format!("reading file '{path}': not a regular file"))),
        }
    }
    fn is_executable(&self, path: &str) -> Result<bool> {
        Ok(matches!(self.lookup(path)?, MemNode::File { executable: true, .. }))
    }
    fn read_dir(&self, path: &str) -> Result<Vec<String>> {
        match self.lookup(path)? {
            MemNode::Directory(entries) => Ok(entries.keys().cloned().collect()),
            _ => Err(Error::Io(format!("cannot read directory '{path}': Not a directory"))),
        }
    }
    fn read_link(&self, path: &str) -> Result<String> {
        match self.lookup(path)? {
            MemNode::Symlink { target } => Ok(target.clone()),
            _ => Err(Error::Io(format!("reading symbolic link '{path}': Invalid argument"))),
        }
    }
}

/// The real file system through `std::fs`.
#[cfg(not(target_family = "wasm"))]
#[derive(Debug, Clone, Copy, Default)]
pub struct FsTree;

#[cfg(not(target_family = "wasm"))]
impl FileTree for FsTree {
    fn kind(&self, path: &str) -> Result<NodeKind> {
        let md = std::fs::symlink_metadata(path).map_err(|e| Error::io("getting status of", path, e))?;
        let ft = md.file_type();
        Ok(if ft.is_symlink() {
            NodeKind::Symlink
        } else if ft.is_dir() {
            NodeKind::Directory
        } else if ft.is_file() {
            NodeKind::Regular
        } else {
            NodeKind::Unknown
        })
    }
    fn read_file(&self, path: &str) -> Result<Vec<u8>> {
        std::fs::read(path).map_err(|e| Error::io("reading file", path, e))
    }
    fn is_executable(&self, path: &str) -> Result<bool> {
        use std::os::unix::fs::PermissionsExt as _;
        let md = std::fs::symlink_metadata(path).map_err(|e| Error::io("getting status of", path, e))?;
        Ok(md.permissions().mode() & 0o100 != 0)
    }
    fn read_dir(&self, path: &str) -> Result<Vec<String>> {
        let rd = std::fs::read_dir(path).map_err(|e| Error::io("opening directory", path, e))?;
        let mut names = Vec::new();
        for entry in rd {
            let entry = entry.map_err(|e| Error::io("reading directory", path, e))?;
            let name = entry.file_name().into_string().map_err(|n| {
                Error::Io(format!("file name '{}' in '{path}' is not valid UTF-8", n.to_string_lossy()))
            })?;
            names.push(name);
        }
        Ok(names)
    }
    fn read_link(&self, path: &str) -> Result<String> {
        let t = std::fs::read_link(path).map_err(|e| Error::io("reading symbolic link", path, e))?;
        t.into_os_string()
            .into_string()
            .map_err(|t| Error::Io(format!("symlink target '{}' of '{path}' is not valid UTF-8", t.to_string_lossy())))
    }
}

/// A set of paths excluded from a tree: an excluded directory takes all its
/// contents with it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    excluded: BTreeSet<String>,
}

impl Selection {
    /// Keeps everything.
    pub fn all() -> Self {
        Selection::default()
    }

    /// Excludes `path` (and everything below it).
    pub fn exclude(&mut self, path: impl Into<String>) {
        self.excluded.insert(path.into());
    }

    /// Whether `path` is excluded directly (its ancestors are not consulted).
    pub fn is_excluded(&self, path: &str) -> bool {
        self.excluded.contains(path)
    }

    /// The excluded paths.
    pub fn excluded(&self) -> impl Iterator<Item = &str> {
        self.excluded.iter().map(String::as_str)
    }
}

/// A view of a tree without the entries a [`Selection`] excludes: excluded
/// names disappear from directory listings.
#[derive(Debug, Clone, Copy)]
pub struct FilteredTree<'a, T: FileTree + ?Sized> {
    inner: &'a T,
    selection: &'a Selection,
}

impl<'a, T: FileTree + ?Sized> FilteredTree<'a, T> {
    /// Wraps `inner`.
    pub fn new(inner: &'a T, selection: &'a Selection) -> Self {
        FilteredTree { inner, selection }
    }
}

impl<T: FileTree + ?Sized> FileTree for FilteredTree<'_, T> {
    fn kind(&self, path: &str) -> Result<NodeKind> {
        self.inner.kind(path)
    }
    fn read_file(&self, path: &str) -> Result<Vec<u8>> {
        self.inner.read_file(path)
    }
    fn is_executable(&self, path: &str) -> Result<bool> {
        self.inner.is_executable(path)
    }
    fn read_dir(&self, path: &str) -> Result<Vec<String>> {
        let mut names = self.inner.read_dir(path)?;
        names.retain(|n| !self.selection.is_excluded(&join_path(path, n)));
        Ok(names)
    }
    fn read_link(&self, path: &str) -> Result<String> {
        self.inner.read_link(path)
    }
}

/// One entry offered to a filter: its full path and type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// `<root>/<relative path>`.
    pub path: String,
    /// The entry's type.
    pub kind: NodeKind,
}

/// Step-by-step filtering of a tree, in the order Nix calls a path filter
/// (depth first, entries of a directory in byte order; the root itself is
/// not offered). A rejected directory's contents are never offered.
///
/// The selector does not borrow the tree, so a caller may suspend between
/// steps (to evaluate a Nix filter function, say):
///
/// ```
/// # use nixlet_store::tree::*;
/// let tree = MemTree::new("/src", MemNode::dir([("a", MemNode::file("x")), ("skip", MemNode::dir([("b", MemNode::file("y"))]))]));
/// let mut sel = Selector::new();
/// sel.start(&tree, "/src")?;
/// while let Some(entry) = sel.next_entry(&tree)? {
///     let keep = !entry.path.ends_with("/skip");
///     sel.decide(keep);
/// }
/// let selection = sel.finish();
/// assert!(selection.is_excluded("/src/skip"));
/// # Ok::<(), nixlet_store::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Selector {
    /// Directories still to list or whose entries are being offered: (path,
    /// remaining names in reverse order).
    stack: Vec<(String, Vec<String>)>,
    /// The entry waiting for a decision.
    pending: Option<Entry>,
    /// A kept directory whose entries are to be listed on the next step.
    to_list: Option<String>,
    selection: Selection,
}

impl Selector {
    /// A selector with nothing to do yet; call [`Selector::start`].
    pub fn new() -> Self {
        Selector::default()
    }

    /// Begins at `root`: if it is a directory, its entries will be offered.
    pub fn start(&mut self, tree: &dyn FileTree, root: &str) -> Result<()> {
        self.stack.clear();
        self.pending = None;
        self.to_list = None;
        self.selection = Selection::default();
        if tree.kind(root)? == NodeKind::Directory {
            self.push_dir(tree, root)?;
        }
        Ok(())
    }

    fn push_dir(&mut self, tree: &dyn FileTree, dir: &str) -> Result<()> {
        let mut names = tree.read_dir(dir)?;
        for n in &names {
            check_entry_name(dir, n)?;
        }
        names.sort_unstable_by(|a, b| b.cmp(a));
        self.stack.push((dir.to_string(), names));
        Ok(())
    }

    /// The next entry to decide on, or `None` when the walk is over. Calling
    /// it again without [`Selector::decide`] returns the same entry.
    pub fn next_entry(&mut self, tree: &dyn FileTree) -> Result<Option<Entry>> {
        if let Some(p) = &self.pending {
            return Ok(Some(p.clone()));
        }
        if let Some(dir) = self.to_list.take() {
            self.push_dir(tree, &dir)?;
        }
        loop {
            let Some((dir, names)) = self.stack.last_mut() else {
                return Ok(None);
            };
            match names.pop() {
                Some(name) => {
                    let path = join_path(dir, &name);
                    let kind = tree.kind(&path)?;
                    let entry = Entry { path, kind };
                    self.pending = Some(entry.clone());
                    return Ok(Some(entry));
                }
                None => {
                    self.stack.pop();
                }
            }
        }
    }

    /// Records the decision for the entry last returned by
    /// [`Selector::next_entry`]. Kept directories are descended into on the
    /// next call (listing them needs the tree, hence the deferred step).
    pub fn decide(&mut self, keep: bool) {
        if let Some(entry) = self.pending.take() {
            if !keep {
                self.selection.exclude(entry.path);
            } else if entry.kind == NodeKind::Directory {
                self.to_list = Some(entry.path);
            }
        }
    }

    /// The selection made so far.
    pub fn finish(self) -> Selection {
        self.selection
    }
}

/// Lists every entry below `root` (depth first, byte order, root excluded)
/// without filtering: the "walk first, decide later" variant of
/// [`Selector`]. Note that a filter applied afterwards sees entries below
/// directories it rejects, which Nix's filter never does; prefer
/// [`Selector`] when that matters.
pub fn walk(tree: &dyn FileTree, root: &str) -> Result<Vec<Entry>> {
    let mut sel = Selector::new();
    sel.start(tree, root)?;
    let mut out = Vec::new();
    while let Some(e) = sel.next_entry(tree)? {
        out.push(e);
        sel.decide(true);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> MemTree {
        MemTree::new(
            "/src",
            MemNode::dir([
                ("b", MemNode::dir([("y", MemNode::file("y")), ("x", MemNode::executable("x"))])),
                ("a", MemNode::file("a")),
                ("c", MemNode::symlink("a")),
            ]),
        )
    }

    #[test]
    fn mem_tree_access() {
        let t = sample();
        assert_eq!(t.kind("/src").unwrap(), NodeKind::Directory);
        assert_eq!(t.kind("/src/b/x").unwrap(), NodeKind::Regular);
        assert!(t.is_executable("/src/b/x").unwrap());
        assert!(!t.is_executable("/src/a").unwrap());
        assert_eq!(t.read_link("/src/c").unwrap(), "a");
        assert_eq!(t.read_file("/src/b/y").unwrap(), b"y");
        assert!(t.kind("/src/nope").is_err());
        assert!(t.kind("/other").is_err());
        assert!(t.kind("/src/a/x").is_err());
        assert!(t.read_file("/src/b").is_err());
    }

    #[test]
    fn walk_order_is_depth_first_sorted() {
        let t = sample();
        let paths: Vec<String> = walk(&t, "/src").unwrap().into_iter().map(|e| e.path).collect();
        assert_eq!(paths, ["/src/a", "/src/b", "/src/b/x", "/src/b/y", "/src/c"]);
    }

    #[test]
    fn selector_skips_rejected_directories() {
        let t = sample();
        let mut sel = Selector::new();
        sel.start(&t, "/src").unwrap();
        let mut offered = Vec::new();
        while let Some(e) = sel.next_entry(&t).unwrap() {
            // Asking twice without deciding gives the same entry.
            assert_eq!(sel.next_entry(&t).unwrap().as_ref(), Some(&e));
            offered.push((e.path.clone(), e.kind));
            sel.decide(e.kind != NodeKind::Directory);
        }
        assert_eq!(
            offered,
            [
                ("/src/a".to_string(), NodeKind::Regular),
                ("/src/b".to_string(), NodeKind::Directory),
                ("/src/c".to_string(), NodeKind::Symlink)
            ]
        );
        let selection = sel.finish();
        let filtered = FilteredTree::new(&t, &selection);
        assert_eq!(filtered.read_dir("/src").unwrap(), ["a", "c"]);
    }

    #[test]
    fn selector_on_a_file_offers_nothing() {
        let t = sample();
        let mut sel = Selector::new();
        sel.start(&t, "/src/a").unwrap();
        assert_eq!(sel.next_entry(&t).unwrap(), None);
    }

    #[test]
    fn bad_entry_names_are_rejected() {
        let t = MemTree::new("/", MemNode::dir([("a/b", MemNode::file(""))]));
        let mut sel = Selector::new();
        assert!(sel.start(&t, "/").is_err());
        assert_eq!(join_path("/", "x"), "/x");
    }

    #[cfg(not(target_family = "wasm"))]
    #[test]
    fn fs_tree_reads_real_files() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = std::env::temp_dir().join(format!("nixlet-store-tree-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("d")).unwrap();
        std::fs::write(dir.join("f"), b"hi").unwrap();
        std::fs::write(dir.join("d/x"), b"#!").unwrap();
        std::fs::set_permissions(dir.join("d/x"), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::os::unix::fs::symlink("f", dir.join("l")).unwrap();
        let root = dir.to_str().unwrap();
        let t = FsTree;
        let mut names = t.read_dir(root).unwrap();
        names.sort();
        assert_eq!(names, ["d", "f", "l"]);
        assert_eq!(t.kind(&format!("{root}/l")).unwrap(), NodeKind::Symlink);
        assert_eq!(t.read_link(&format!("{root}/l")).unwrap(), "f");
        assert!(t.is_executable(&format!("{root}/d/x")).unwrap());
        assert!(!t.is_executable(&format!("{root}/f")).unwrap());
        assert!(t.kind(&format!("{root}/missing")).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
