//! The [`Store`] interface the evaluator talks to, and the backends that need
//! no I/O: [`MemoryStore`] and [`ReadOnlyStore`].
//!
//! A store adds objects (text files, file trees, derivations), computing their
//! paths exactly as Nix does, and answers whether a path is valid and what
//! derivation a `.drv` path holds. The local-directory and daemon backends
//! live in [`crate::local`] and [`crate::daemon`] (not on wasm).

use crate::content_address::{ContentAddress, ContentAddressMethod};
use crate::derivation::Derivation;
use crate::error::{Error, Result};
use crate::hash::{Hash, HashAlgo, hash_bytes};
use crate::nar;
use crate::path::{DRV_EXTENSION, StoreDir, StorePath};
use crate::tree::{FileTree, MemNode, NodeKind};
use std::collections::{BTreeMap, BTreeSet};

/// The store operations evaluation needs.
pub trait Store {
    /// The store directory paths are computed for.
    fn store_dir(&self) -> &StoreDir;

    /// Whether this store only computes paths and writes nothing.
    fn is_read_only(&self) -> bool {
        false
    }

    /// Adds a text file (`builtins.toFile`, a `.drv`) that refers to
    /// `references`; returns its text path.
    fn add_text(&mut self, name: &str, contents: &[u8], references: &BTreeSet<StorePath>) -> Result<StorePath>;

    /// Adds the object serialised in `nar`, content-addressed with `method`
    /// and `algo` (`Flat` and `Text` need a NAR of a single regular file,
    /// `Text` needs SHA-256).
    fn add_nar(
        &mut self,
        name: &str,
        nar: &[u8],
        method: ContentAddressMethod,
        algo: HashAlgo,
        references: &BTreeSet<StorePath>,
    ) -> Result<StorePath>;

    /// Adds the file or tree at `path` of `tree` (use a
    /// [`FilteredTree`](crate::tree::FilteredTree) to leave entries out).
    fn add_path(
        &mut self,
        name: &str,
        tree: &dyn FileTree,
        path: &str,
        method: ContentAddressMethod,
        algo: HashAlgo,
        references: &BTreeSet<StorePath>,
    ) -> Result<StorePath> {
        let nar = nar::nar_bytes(tree, path)?;
        self.add_nar(name, &nar, method, algo, references)
    }

    /// Writes a derivation as `<name>.drv`; returns its path.
    fn write_derivation(&mut self, drv: &Derivation) -> Result<StorePath> {
        let text = drv.to_aterm(self.store_dir())?;
        self.add_text(&format!("{}{DRV_EXTENSION}", drv.name), text.as_bytes(), &drv.references())
    }

    /// Whether `path` is present in the store.
    fn is_valid_path(&mut self, path: &StorePath) -> Result<bool>;

    /// Reads back the derivation stored at a `.drv` path.
    fn read_derivation(&mut self, path: &StorePath) -> Result<Derivation>;
}

impl<S: Store + ?Sized> Store for Box<S> {
    fn store_dir(&self) -> &StoreDir {
        (**self).store_dir()
    }
    fn is_read_only(&self) -> bool {
        (**self).is_read_only()
    }
    fn add_text(&mut self, name: &str, contents: &[u8], references: &BTreeSet<StorePath>) -> Result<StorePath> {
        (**self).add_text(name, contents, references)
    }
    fn add_nar(
        &mut self,
        name: &str,
        nar: &[u8],
        method: ContentAddressMethod,
        algo: HashAlgo,
        references: &BTreeSet<StorePath>,
    ) -> Result<StorePath> {
        (**self).add_nar(name, nar, method, algo, references)
    }
    fn add_path(
        &mut self,
        name: &str,
        tree: &dyn FileTree,
        path: &str,
        method: ContentAddressMethod,
        algo: HashAlgo,
        references: &BTreeSet<StorePath>,
    ) -> Result<StorePath> {
        (**self).add_path(name, tree, path, method, algo, references)
    }
    fn write_derivation(&mut self, drv: &Derivation) -> Result<StorePath> {
        (**self).write_derivation(drv)
    }
    fn is_valid_path(&mut self, path: &StorePath) -> Result<bool> {
        (**self).is_valid_path(path)
    }
    fn read_derivation(&mut self, path: &StorePath) -> Result<Derivation> {
        (**self).read_derivation(path)
    }
}

/// What [`content_address_nar`] found out about a NAR to be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NarInfo {
    /// The store path it goes to.
    pub path: StorePath,
    /// Its content address.
    pub ca: ContentAddress,
    /// The parsed tree.
    pub root: MemNode,
}

/// Parses `nar`, checks it fits `method`, and computes its content address
/// and store path. Shared by the backends.
pub fn content_address_nar(
    dir: &StoreDir,
    name: &str,
    nar: &[u8],
    method: ContentAddressMethod,
    algo: HashAlgo,
    references: &BTreeSet<StorePath>,
) -> Result<NarInfo> {
    let root = nar::parse(nar)?;
    let hash = match method {
        ContentAddressMethod::Recursive => hash_bytes(algo, nar),
        ContentAddressMethod::Flat | ContentAddressMethod::Text => match &root {
            MemNode::File { contents, .. } => hash_bytes(algo, contents),
            _ => {
                return Err(Error::BadArchive(format!("cannot add '{name}' as a flat file: regular file expected")));
            }
        },
    };
    let path = dir.make_fixed_output_path(method, &hash, name, references)?;
    Ok(NarInfo { path, ca: ContentAddress { method, hash }, root })
}

/// The store path an object would get, without adding it anywhere: the
/// read-only computation behind `builtins.path` and `"${./file}"`. Also
/// returns the content hash (to compare with an expected `sha256`).
pub fn compute_path(
    dir: &StoreDir,
    name: &str,
    tree: &dyn FileTree,
    path: &str,
    method: ContentAddressMethod,
    algo: HashAlgo,
    references: &BTreeSet<StorePath>,
) -> Result<(StorePath, Hash)> {
    let hash = nar::hash_path(tree, path, method, algo)?;
    Ok((dir.make_fixed_output_path(method, &hash, name, references)?, hash))
}

/// An object held by a [`MemoryStore`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreObject {
    /// The file tree.
    pub root: MemNode,
    /// The store paths it refers to.
    pub references: BTreeSet<StorePath>,
    /// How its path was computed.
    pub ca: ContentAddress,
}

/// A store that keeps everything in memory. Builds for wasm; the default
/// backend of the evaluator.
///
/// It is also a [`FileTree`] over full store paths, so that what evaluation
/// added (e.g. `builtins.toFile`) can be read back.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    dir: StoreDir,
    objects: BTreeMap<StorePath, StoreObject>,
}

impl MemoryStore {
    /// An empty store for `/nix/store`.
    pub fn new() -> Self {
        MemoryStore::default()
    }

    /// An empty store computing paths for another store directory.
    pub fn with_store_dir(dir: StoreDir) -> Self {
        MemoryStore { dir, objects: BTreeMap::new() }
    }

    /// The object at a path.
    pub fn get(&self, path: &StorePath) -> Option<&StoreObject> {
        self.objects.get(path)
    }

    /// All paths held.
    pub fn paths(&self) -> impl Iterator<Item = &StorePath> {
        self.objects.keys()
    }

    fn insert(&mut self, path: &StorePath, root: MemNode, ca: ContentAddress, references: &BTreeSet<StorePath>) {
        self.objects.entry(path.clone()).or_insert_with(|| StoreObject { root, references: references.clone(), ca });
    }

    /// Finds the node a full path (possibly below a store path) names.
    fn node(&self, path: &str) -> Result<&MemNode> {
        let missing = || Error::Io(format!("getting status of '{path}': No such file or directory"));
        let (sp, rest) = self.dir.to_store_path(path).map_err(|_| missing())?;
        let mut node = &self.objects.get(&sp).ok_or_else(missing)?.root;
        for comp in rest.split('/').filter(|c| !c.is_empty()) {
            node = match node {
                MemNode::Directory(entries) => entries.get(comp).ok_or_else(missing)?,
                _ => {
                    return Err(Error::Io(format!("getting status of '{path}': Not a directory")));
                }
            };
        }
        Ok(node)
    }
}

impl Store for MemoryStore {
    fn store_dir(&self) -> &StoreDir {
        &self.dir
    }

    fn add_text(&mut self, name: &str, contents: &[u8], references: &BTreeSet<StorePath>) -> Result<StorePath> {
        let hash = hash_bytes(HashAlgo::Sha256, contents);
        let path = self.dir.make_text_path(name, &hash, references)?;
        let ca = ContentAddress { method: ContentAddressMethod::Text, hash };
        self.insert(&path, MemNode::file(contents), ca, references);
        Ok(path)
    }

    fn add_nar(
        &mut self,
        name: &str,
        nar: &[u8],
        method: ContentAddressMethod,
        algo: HashAlgo,
        references: &BTreeSet<StorePath>,
    ) -> Result<StorePath> {
        let info = content_address_nar(&self.dir, name, nar, method, algo, references)?;
        self.insert(&info.path, info.root, info.ca, references);
        Ok(info.path)
    }

    fn is_valid_path(&mut self, path: &StorePath) -> Result<bool> {
        Ok(self.objects.contains_key(path))
    }

    fn read_derivation(&mut self, path: &StorePath) -> Result<Derivation> {
        match self.objects.get(path) {
            Some(StoreObject { root: MemNode::File { contents, .. }, .. }) => {
                let text = std::str::from_utf8(contents).map_err(|_| {
                    Error::BadDerivation(format!("derivation '{}' is not valid UTF-8", self.dir.print(path)))
                })?;
                Derivation::parse_drv_file(&self.dir, path, text)
            }
            Some(_) => Err(Error::BadDerivation(format!("'{}' is not a regular file", self.dir.print(path)))),
            None => Err(Error::InvalidPath(self.dir.print(path))),
        }
    }
}

impl FileTree for MemoryStore {
    fn kind(&self, path: &str) -> Result<NodeKind> {
        Ok(self.node(path)?.kind())
    }
    fn read_file(&self, path: &str) -> Result<Vec<u8>> {
        match self.node(path)? {
            MemNode::File { contents, .. } => Ok(contents.clone()),
            _ => Err(Error::Io(format!("reading file '{path}': not a regular file"))),
        }
    }
    fn is_executable(&self, path: &str) -> Result<bool> {
        Ok(matches!(self.node(path)?, MemNode::File { executable: true, .. }))
    }
    fn read_dir(&self, path: &str) -> Result<Vec<String>> {
        match self.node(path)? {
            MemNode::Directory(entries) => Ok(entries.keys().cloned().collect()),
            _ => Err(Error::Io(format!("cannot read directory '{path}': Not a directory"))),
        }
    }
    fn read_link(&self, path: &str) -> Result<String> {
        match self.node(path)? {
            MemNode::Symlink { target } => Ok(target.clone()),
            _ => Err(Error::Io(format!("reading symbolic link '{path}': Invalid argument"))),
        }
    }
}

/// What the write-guarding stores ([`ReadOnlyStore`], [`DenyWritesStore`]) share:
/// the store directory, and an optional underlying store that reads go to.
struct View {
    dir: StoreDir,
    inner: Option<Box<dyn Store>>,
}

impl View {
    fn over(inner: Box<dyn Store>) -> Self {
        View { dir: inner.store_dir().clone(), inner: Some(inner) }
    }

    fn is_valid_path(&mut self, path: &StorePath) -> Result<bool> {
        match &mut self.inner {
            Some(inner) => inner.is_valid_path(path),
            None => Ok(false),
        }
    }

    fn read_derivation(&mut self, path: &StorePath) -> Result<Derivation> {
        match &mut self.inner {
            Some(inner) => inner.read_derivation(path),
            None => Err(Error::InvalidPath(self.dir.print(path))),
        }
    }
}

/// A store that only computes paths (Nix's `--readonly-mode` / `--dry-run`
/// evaluation): nothing is written. Derivations "written" are remembered so
/// that [`Store::read_derivation`] finds them; everything else is read from
/// an optional underlying store.
pub struct ReadOnlyStore {
    view: View,
    drvs: BTreeMap<StorePath, Derivation>,
}

impl std::fmt::Debug for ReadOnlyStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadOnlyStore")
            .field("dir", &self.view.dir)
            .field("has_inner", &self.view.inner.is_some())
            .field("drvs", &self.drvs.len())
            .finish()
    }
}

impl ReadOnlyStore {
    /// A stand-alone read-only store for `dir`: no path is valid.
    pub fn new(dir: StoreDir) -> Self {
        ReadOnlyStore { view: View { dir, inner: None }, drvs: BTreeMap::new() }
    }

    /// A read-only view of `inner`: paths are computed for its store
    /// directory, validity and derivations come from it.
    pub fn over(inner: Box<dyn Store>) -> Self {
        ReadOnlyStore { view: View::over(inner), drvs: BTreeMap::new() }
    }
}

impl Store for ReadOnlyStore {
    fn store_dir(&self) -> &StoreDir {
        &self.view.dir
    }

    fn is_read_only(&self) -> bool {
        true
    }

    fn add_text(&mut self, name: &str, contents: &[u8], references: &BTreeSet<StorePath>) -> Result<StorePath> {
        self.view.dir.text_path_for(name, contents, references)
    }

    fn add_nar(
        &mut self,
        name: &str,
        nar: &[u8],
        method: ContentAddressMethod,
        algo: HashAlgo,
        references: &BTreeSet<StorePath>,
    ) -> Result<StorePath> {
        Ok(content_address_nar(&self.view.dir, name, nar, method, algo, references)?.path)
    }

    fn add_path(
        &mut self,
        name: &str,
        tree: &dyn FileTree,
        path: &str,
        method: ContentAddressMethod,
        algo: HashAlgo,
        references: &BTreeSet<StorePath>,
    ) -> Result<StorePath> {
        // Streams the NAR into the hasher instead of building it.
        Ok(compute_path(&self.view.dir, name, tree, path, method, algo, references)?.0)
    }

    fn write_derivation(&mut self, drv: &Derivation) -> Result<StorePath> {
        let path = drv.drv_path(&self.view.dir)?;
        self.drvs.insert(path.clone(), drv.clone());
        Ok(path)
    }

    fn is_valid_path(&mut self, path: &StorePath) -> Result<bool> {
        self.view.is_valid_path(path)
    }

    fn read_derivation(&mut self, path: &StorePath) -> Result<Derivation> {
        if let Some(d) = self.drvs.get(path) {
            return Ok(d.clone());
        }
        self.view.read_derivation(path)
    }
}

/// A store that refuses every write with [`Error::WritesDenied`] (sandboxed
/// evaluation): `builtins.toFile`, copying paths and writing `.drv` files fail,
/// while reading (`is_valid_path`, `read_derivation`) goes to an optional
/// underlying store.
pub struct DenyWritesStore {
    view: View,
}

impl std::fmt::Debug for DenyWritesStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DenyWritesStore")
            .field("dir", &self.view.dir)
            .field("has_inner", &self.view.inner.is_some())
            .finish()
    }
}

impl DenyWritesStore {
    /// A stand-alone store for `dir` that holds nothing and accepts nothing.
    pub fn new(dir: StoreDir) -> Self {
        DenyWritesStore { view: View { dir, inner: None } }
    }

    /// A write-refusing view of `inner`.
    pub fn over(inner: Box<dyn Store>) -> Self {
        DenyWritesStore { view: View::over(inner) }
    }
}

impl Store for DenyWritesStore {
    fn store_dir(&self) -> &StoreDir {
        &self.view.dir
    }

    fn is_read_only(&self) -> bool {
        // not a store that silently computes paths: writes are attempted, and refused
        false
    }

    fn add_text(&mut self, name: &str, _contents: &[u8], _references: &BTreeSet<StorePath>) -> Result<StorePath> {
        Err(Error::WritesDenied(name.to_string()))
    }

    fn add_nar(
        &mut self,
        name: &str,
        _nar: &[u8],
        _method: ContentAddressMethod,
        _algo: HashAlgo,
        _references: &BTreeSet<StorePath>,
    ) -> Result<StorePath> {
        Err(Error::WritesDenied(name.to_string()))
    }

    fn add_path(
        &mut self,
        name: &str,
        _tree: &dyn FileTree,
        _path: &str,
        _method: ContentAddressMethod,
        _algo: HashAlgo,
        _references: &BTreeSet<StorePath>,
    ) -> Result<StorePath> {
        Err(Error::WritesDenied(name.to_string()))
    }

    fn write_derivation(&mut self, drv: &Derivation) -> Result<StorePath> {
        Err(Error::WritesDenied(format!("{}{DRV_EXTENSION}", drv.name)))
    }

    fn is_valid_path(&mut self, path: &StorePath) -> Result<bool> {
        self.view.is_valid_path(path)
    }

    fn read_derivation(&mut self, path: &StorePath) -> Result<Derivation> {
        self.view.read_derivation(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derivation::DerivationOutput;
    use crate::tree::MemTree;

    fn eco() -> Derivation {
        let mut d = Derivation::new("eco-test");
        d.outputs.insert("out".into(), DerivationOutput::Deferred);
        d.platform = "x86_64-linux".into();
        d.builder = "/bin/sh".into();
        d.args = vec!["-c".into(), "echo hi > $out".into()];
        for (k, v) in [("builder", "/bin/sh"), ("name", "eco-test"), ("system", "x86_64-linux")] {
            d.env.insert(k.into(), v.into());
        }
        d.fill_in_output_paths(&StoreDir::default(), &mut |_| Err(Error::Unsupported("none".into()))).unwrap();
        d
    }

    fn tree() -> MemTree {
        MemTree::new("/src", MemNode::dir([("a", MemNode::file("a")), ("x", MemNode::executable("x"))]))
    }

    #[test]
    fn memory_store_adds_and_reads_back() {
        let mut s = MemoryStore::new();
        let p = s.add_text("hello.txt", b"hello", &BTreeSet::new()).unwrap();
        assert_eq!(s.store_dir().print(&p), "/nix/store/q790zdjk75hm2cn42nh77pqw4gbv1b88-hello.txt");
        assert!(s.is_valid_path(&p).unwrap());
        let full = s.store_dir().print(&p);
        assert_eq!(s.read_file(&full).unwrap(), b"hello");
        let drv = eco();
        let dp = s.write_derivation(&drv).unwrap();
        assert_eq!(s.store_dir().print(&dp), "/nix/store/nvj9p15ydnxid10gydhf3birc4ghlxji-eco-test.drv");
        assert_eq!(s.read_derivation(&dp).unwrap(), drv);
        assert!(matches!(s.read_derivation(&p), Err(Error::BadDerivation(_))));
        let out = s.store_dir().parse_path(&drv.env["out"]).unwrap();
        assert!(!s.is_valid_path(&out).unwrap());
        assert!(matches!(s.read_derivation(&out), Err(Error::InvalidPath(_))));
    }

    #[test]
    fn memory_store_trees_are_readable() {
        let mut s = MemoryStore::new();
        let t = tree();
        let p =
            s.add_path("src", &t, "/src", ContentAddressMethod::Recursive, HashAlgo::Sha256, &BTreeSet::new()).unwrap();
        let full = s.store_dir().print(&p);
        assert_eq!(s.kind(&full).unwrap(), NodeKind::Directory);
        assert_eq!(s.read_dir(&full).unwrap(), ["a", "x"]);
        assert!(s.is_executable(&format!("{full}/x")).unwrap());
        assert!(s.read_file(&format!("{full}/nope")).is_err());
        // The tree read back from the store hashes the same.
        let again = nar::nar_hash(&s, &full, None).unwrap();
        assert_eq!(again, nar::nar_hash(&t, "/src", None).unwrap());
    }

    #[test]
    fn flat_needs_a_regular_file() {
        let mut s = MemoryStore::new();
        let t = tree();
        let e = s.add_path("src", &t, "/src", ContentAddressMethod::Flat, HashAlgo::Sha256, &BTreeSet::new());
        assert!(e.is_err());
        let p = s.add_path("a", &t, "/src/a", ContentAddressMethod::Flat, HashAlgo::Sha1, &BTreeSet::new()).unwrap();
        let (want, h) = compute_path(
            s.store_dir(),
            "a",
            &t,
            "/src/a",
            ContentAddressMethod::Flat,
            HashAlgo::Sha1,
            &BTreeSet::new(),
        )
        .unwrap();
        assert_eq!(p, want);
        assert_eq!(h, hash_bytes(HashAlgo::Sha1, b"a"));
        assert_eq!(s.get(&p).unwrap().ca.method, ContentAddressMethod::Flat);
    }

    #[test]
    fn read_only_store_agrees_and_writes_nothing() {
        let mut mem = MemoryStore::new();
        let mut ro = ReadOnlyStore::new(StoreDir::default());
        assert!(ro.is_read_only());
        let t = tree();
        let none = BTreeSet::new();
        let method = ContentAddressMethod::Recursive;
        assert_eq!(
            ro.add_path("src", &t, "/src", method, HashAlgo::Sha256, &none).unwrap(),
            mem.add_path("src", &t, "/src", method, HashAlgo::Sha256, &none).unwrap()
        );
        let p = ro.add_text("x", b"y", &none).unwrap();
        assert_eq!(p, mem.add_text("x", b"y", &none).unwrap());
        assert!(!ro.is_valid_path(&p).unwrap());
        let drv = eco();
        let dp = ro.write_derivation(&drv).unwrap();
        assert_eq!(dp, mem.write_derivation(&drv).unwrap());
        assert_eq!(ro.read_derivation(&dp).unwrap(), drv);
        // Over another store: validity comes from it.
        let mut over = ReadOnlyStore::over(Box::new(mem));
        assert!(over.is_valid_path(&p).unwrap());
        assert_eq!(over.read_derivation(&dp).unwrap(), drv);
    }

    #[test]
    fn deny_writes_store_refuses_every_write() {
        let mut s = DenyWritesStore::new(StoreDir::default());
        let e = s.add_text("hello.txt", b"hello", &BTreeSet::new()).unwrap_err();
        assert_eq!(e.to_string(), "cannot add 'hello.txt' to the store: writing to the store is not allowed here");
        assert!(matches!(s.write_derivation(&eco()), Err(Error::WritesDenied(n)) if n == "eco-test.drv"));
        let t = tree();
        let r = s.add_path("src", &t, "/src", ContentAddressMethod::Recursive, HashAlgo::Sha256, &BTreeSet::new());
        assert!(matches!(r, Err(Error::WritesDenied(_))));
    }
}
