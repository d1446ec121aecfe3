//! The evaluator's access to a store: a [`Store`] backend plus the caches
//! `derivationStrict` and path copying need, exposed to the VM as its `StoreHooks`.

use nixlet_eval::io::{FileType, Io};
use nixlet_eval::vm::StoreHooks;
use nixlet_eval::{Error, EvalResult, Vm};
use nixlet_store::content_address::ContentAddressMethod;
use nixlet_store::hash::HashAlgo;
use nixlet_store::tree::{FileTree, NodeKind};
use nixlet_store::{Derivation, DrvHashCache, Store, StoreDir, StorePath};
use rustc_hash::FxHashMap;
use std::any::Any;
use std::collections::BTreeSet;

/// A store as the evaluator uses it.
pub struct StoreAccess {
    /// The backend (memory, local directory, daemon, or read-only).
    pub store: Box<dyn Store>,
    /// `hashDerivationModulo` results, by `.drv` path.
    pub hashes: DrvHashCache,
    /// Sources already copied: local path → store path.
    copied: FxHashMap<String, String>,
    /// The `.drv` text of the derivations this evaluation produced in read-only mode,
    /// where they are not written anywhere (see [`KeptDerivations`]).
    pub derivations: KeptDerivations,
    dir: String,
}

/// The `.drv` texts of the derivations an evaluation produced in read-only mode, by
/// printed path. Text, where a kept [`Derivation`] was dozens of strings and map
/// nodes (`packages`: peak RSS 29 → 21 MB, wall time -9%); reading one back, which
/// is rare (a `drvPath` in a derivation's context), parses it. The texts are
/// appended to one buffer, which grows onto huge pages like the evaluator's arenas
/// instead of taking a small block (and with it fresh 4 KiB pages) each.
#[derive(Default)]
pub struct KeptDerivations {
    texts: String,
    by_path: FxHashMap<String, std::ops::Range<usize>>,
}

impl KeptDerivations {
    /// Keeps the text of the derivation at `path` (printed). A `.drv` path is the
    /// hash of its text, so a derivation instantiated again (the same attributes
    /// evaluated twice) keeps its first copy and takes no more room.
    pub fn insert(&mut self, path: String, text: &str) {
        if let std::collections::hash_map::Entry::Vacant(e) = self.by_path.entry(path) {
            let start = self.texts.len();
            self.texts.push_str(text);
            e.insert(start..self.texts.len());
        }
    }

    /// The text kept for `path`, if any.
    pub fn get(&self, path: &str) -> Option<&str> {
        self.by_path.get(path).and_then(|r| self.texts.get(r.clone()))
    }
}

impl StoreAccess {
    /// Wraps a backend.
    pub fn new(store: Box<dyn Store>) -> Self {
        let dir = store.store_dir().as_str().to_string();
        StoreAccess {
            store,
            hashes: DrvHashCache::new(),
            copied: FxHashMap::default(),
            derivations: KeptDerivations::default(),
            dir,
        }
    }

    /// The store directory.
    pub fn dir(&self) -> StoreDir {
        self.store.store_dir().clone()
    }

    /// Reads a derivation produced by this evaluation or present in the store.
    pub fn read_derivation(&mut self, path: &StorePath) -> nixlet_store::Result<Derivation> {
        let printed = self.store.store_dir().print(path);
        if let Some(text) = self.derivations.get(&printed) {
            return Derivation::parse_drv_file(self.store.store_dir(), path, text);
        }
        self.store.read_derivation(path)
    }

    /// Adds a text file with references (`toFile`, `.drv` files).
    pub fn add_text(&mut self, name: &str, contents: &[u8], refs: &BTreeSet<StorePath>) -> Result<String, String> {
        let p = self.store.add_text(name, contents, refs).map_err(|e| e.to_string())?;
        Ok(self.store.store_dir().print(&p))
    }

    /// Adds a file tree from the evaluator's I/O with a name and method.
    pub fn add_tree(
        &mut self,
        io: &dyn Io,
        path: &str,
        name: &str,
        method: ContentAddressMethod,
        algo: HashAlgo,
        filter: Option<&nixlet_store::tree::Selection>,
    ) -> Result<String, String> {
        let tree = IoTree(io);
        let p = match filter {
            Some(sel) => {
                let filtered = nixlet_store::tree::FilteredTree::new(&tree, sel);
                self.store.add_path(name, &filtered, path, method, algo, &BTreeSet::new())
            }
            None => self.store.add_path(name, &tree, path, method, algo, &BTreeSet::new()),
        }
        .map_err(|e| e.to_string())?;
        Ok(self.store.store_dir().print(&p))
    }
}

impl StoreHooks for StoreAccess {
    fn store_dir(&self) -> &str {
        &self.dir
    }

    fn copy_path(&mut self, io: &dyn Io, path: &str) -> Result<String, String> {
        if let Some(p) = self.copied.get(path) {
            return Ok(p.clone());
        }
        // a path already in the store is not copied again
        if self.store.store_dir().is_store_path(path) {
            return Ok(path.to_string());
        }
        if io.symlink_type(path).is_err() {
            return Err(format!("path '{path}' does not exist"));
        }
        let name = path.rsplit('/').next().unwrap_or("");
        if let Err(e) = nixlet_store::path::check_name(name) {
            return Err(format!("invalid store path name: {}", e.message(name)));
        }
        let p = self.add_tree(io, path, name, ContentAddressMethod::Recursive, HashAlgo::Sha256, None)?;
        self.copied.insert(path.to_string(), p.clone());
        Ok(p)
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// The store of a VM, if it is a [`StoreAccess`]. Fails once the heap is exhausted,
/// so that nothing built on a string that did not fit reaches the store.
pub fn store_of(vm: &mut Vm) -> EvalResult<&mut StoreAccess> {
    vm.check_heap()?;
    vm.store
        .as_any_mut()
        .downcast_mut::<StoreAccess>()
        .ok_or_else(|| Error::eval("no store is configured for this evaluator"))
}

/// The evaluator's [`Io`] seen as a [`FileTree`].
pub struct IoTree<'a>(pub &'a dyn Io);

fn store_err(e: nixlet_eval::io::IoError) -> nixlet_store::Error {
    nixlet_store::Error::Io(e.msg)
}

impl FileTree for IoTree<'_> {
    fn kind(&self, path: &str) -> nixlet_store::Result<NodeKind> {
        Ok(match self.0.symlink_type(path).map_err(store_err)? {
            FileType::Regular => NodeKind::Regular,
            FileType::Directory => NodeKind::Directory,
            FileType::Symlink => NodeKind::Symlink,
            FileType::Unknown => NodeKind::Unknown,
        })
    }

    fn read_file(&self, path: &str) -> nixlet_store::Result<Vec<u8>> {
        self.0.read_file(path).map_err(store_err)
    }

    fn is_executable(&self, path: &str) -> nixlet_store::Result<bool> {
        self.0.is_executable(path).map_err(store_err)
    }

    fn read_dir(&self, path: &str) -> nixlet_store::Result<Vec<String>> {
        let mut v: Vec<String> = self.0.read_dir(path).map_err(store_err)?.into_iter().map(|(n, _)| n).collect();
        v.sort();
        Ok(v)
    }

    fn read_link(&self, path: &str) -> nixlet_store::Result<String> {
        self.0.read_link(path).map_err(store_err)
    }
}

#[cfg(test)]
mod tests {
    use super::KeptDerivations;

    #[test]
    fn kept_derivation_texts_are_found_by_path_and_kept_once() {
        let mut kept = KeptDerivations::default();
        kept.insert("/nix/store/a.drv".into(), "Derive(a)");
        kept.insert("/nix/store/b.drv".into(), "Derive(bb)");
        assert_eq!(kept.get("/nix/store/a.drv"), Some("Derive(a)"));
        assert_eq!(kept.get("/nix/store/b.drv"), Some("Derive(bb)"));
        assert_eq!(kept.get("/nix/store/c.drv"), None);
        // instantiated again: the same path names the same text, kept once
        let len = kept.texts.len();
        kept.insert("/nix/store/a.drv".into(), "Derive(a)");
        assert_eq!(kept.texts.len(), len);
        assert_eq!(kept.get("/nix/store/a.drv"), Some("Derive(a)"));
        assert_eq!(kept.get("/nix/store/b.drv"), Some("Derive(bb)"));
    }
}
