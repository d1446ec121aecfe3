//! A store kept in a plain directory (not on wasm).
//!
//! [`LocalStore`] writes each added object to `<root>/<hash>-<name>` with the
//! permissions Nix gives store objects (files `0444`, or `0555` when
//! executable; directories `0555`; modification time 1). There is no
//! database: a path is valid if it exists, and references are not recorded
//! anywhere. Objects are assembled under a temporary name and renamed into
//! place, so a crash leaves no half-written object behind.

use crate::content_address::ContentAddressMethod;
use crate::derivation::Derivation;
use crate::error::{Error, Result};
use crate::hash::HashAlgo;
use crate::path::{StoreDir, StorePath};
use crate::store::{Store, content_address_nar};
use crate::tree::MemNode;
use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// A store laid out in a directory.
#[derive(Debug, Clone)]
pub struct LocalStore {
    dir: StoreDir,
    root: PathBuf,
}

fn io(what: &str, path: &Path, e: std::io::Error) -> Error {
    Error::io(what, &path.display().to_string(), e)
}

impl LocalStore {
    /// A store whose directory is `dir` itself (paths are computed for `dir`).
    /// The directory is created if needed.
    pub fn new(dir: &str) -> Result<Self> {
        let store_dir = StoreDir::new(dir)?;
        let root = PathBuf::from(store_dir.as_str());
        LocalStore::with_store_dir(root, store_dir)
    }

    /// A store kept in `root` that computes paths for `store_dir` (like a
    /// chroot store: objects for `/nix/store` kept elsewhere).
    pub fn with_store_dir(root: impl Into<PathBuf>, store_dir: StoreDir) -> Result<Self> {
        let root = root.into();
        std::fs::create_dir_all(&root).map_err(|e| io("creating directory", &root, e))?;
        Ok(LocalStore { dir: store_dir, root })
    }

    /// Where the object for `path` lives on disk.
    pub fn real_path(&self, path: &StorePath) -> PathBuf {
        self.root.join(path.base_name())
    }

    /// Writes `node` as `path` unless it is already there.
    fn install(&self, path: &StorePath, node: &MemNode) -> Result<()> {
        let dest = self.real_path(path);
        if dest.symlink_metadata().is_ok() {
            return Ok(());
        }
        // Unique per process and call, so concurrent adds never share it.
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = self.root.join(format!(".tmp-{}-{n}-{}", std::process::id(), path.base_name()));
        if tmp.symlink_metadata().is_ok() {
            remove_tree(&tmp)?;
        }
        if let Err(e) = write_tree(&tmp, node) {
            let _ = remove_tree(&tmp);
            return Err(e);
        }
        match std::fs::rename(&tmp, &dest) {
            Ok(()) => Ok(()),
            // Someone else installed it meanwhile: theirs is as good as ours.
            Err(_) if dest.symlink_metadata().is_ok() => remove_tree(&tmp),
            Err(e) => {
                let _ = remove_tree(&tmp);
                Err(io("moving into place", &dest, e))
            }
        }
    }
}

/// Writes a tree at `dest` (which must not exist), then makes it read-only.
fn write_tree(dest: &Path, node: &MemNode) -> Result<()> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut stack: Vec<(PathBuf, &MemNode)> = vec![(dest.to_path_buf(), node)];
    while let Some((p, n)) = stack.pop() {
        match n {
            MemNode::File { contents, executable } => {
                std::fs::write(&p, contents).map_err(|e| io("writing file", &p, e))?;
                let mode = if *executable { 0o555 } else { 0o444 };
                set_mtime(&p)?;
                std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode))
                    .map_err(|e| io("setting permissions of", &p, e))?;
            }
            MemNode::Symlink { target } => {
                std::os::unix::fs::symlink(target, &p).map_err(|e| io("creating symlink", &p, e))?;
            }
            MemNode::Directory(entries) => {
                std::fs::create_dir(&p).map_err(|e| io("creating directory", &p, e))?;
                for (name, child) in entries {
                    stack.push((p.join(name), child));
                }
                dirs.push(p);
            }
        }
    }
    // Children were written while their directories were still writable; now
    // seal the directories, deepest first.
    for d in dirs.iter().rev() {
        set_mtime(d)?;
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o555))
            .map_err(|e| io("setting permissions of", d, e))?;
    }
    Ok(())
}

fn set_mtime(p: &Path) -> Result<()> {
    let f = std::fs::File::open(p).map_err(|e| io("opening", p, e))?;
    f.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(1))
        .map_err(|e| io("setting modification time of", p, e))
}

/// Removes a (possibly read-only) tree.
fn remove_tree(p: &Path) -> Result<()> {
    let md = p.symlink_metadata().map_err(|e| io("getting status of", p, e))?;
    if md.is_dir() {
        let mut stack = vec![p.to_path_buf()];
        while let Some(d) = stack.pop() {
            std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755))
                .map_err(|e| io("setting permissions of", &d, e))?;
            for entry in std::fs::read_dir(&d).map_err(|e| io("reading directory", &d, e))? {
                let entry = entry.map_err(|e| io("reading directory", &d, e))?;
                if entry.file_type().map_err(|e| io("getting status of", &entry.path(), e))?.is_dir() {
                    stack.push(entry.path());
                }
            }
        }
        std::fs::remove_dir_all(p).map_err(|e| io("removing", p, e))
    } else {
        std::fs::remove_file(p).map_err(|e| io("removing", p, e))
    }
}

impl Store for LocalStore {
    fn store_dir(&self) -> &StoreDir {
        &self.dir
    }

    fn add_text(&mut self, name: &str, contents: &[u8], references: &BTreeSet<StorePath>) -> Result<StorePath> {
        let path = self.dir.text_path_for(name, contents, references)?;
        self.install(&path, &MemNode::file(contents))?;
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
        self.install(&info.path, &info.root)?;
        Ok(info.path)
    }

    fn is_valid_path(&mut self, path: &StorePath) -> Result<bool> {
        Ok(self.real_path(path).symlink_metadata().is_ok())
    }

    fn read_derivation(&mut self, path: &StorePath) -> Result<Derivation> {
        let real = self.real_path(path);
        let bytes = match std::fs::read(&real) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::InvalidPath(self.dir.print(path)));
            }
            Err(e) => return Err(io("reading file", &real, e)),
        };
        let text = String::from_utf8(bytes)
            .map_err(|_| Error::BadDerivation(format!("derivation '{}' is not valid UTF-8", self.dir.print(path))))?;
        Derivation::parse_drv_file(&self.dir, path, &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derivation::DerivationOutput;
    use crate::nar;
    use crate::tree::{FileTree, FsTree, MemTree};
    use std::os::unix::fs::MetadataExt as _;

    fn temp(tag: &str) -> PathBuf {
        let p = std::env::temp_dir().join(format!("nixlet-local-{tag}-{}", std::process::id()));
        if p.exists() {
            remove_tree(&p).unwrap();
        }
        p
    }

    #[test]
    fn writes_text_trees_and_derivations() {
        let root = temp("store");
        let mut s = LocalStore::new(root.to_str().unwrap()).unwrap();
        let none = BTreeSet::new();
        let p = s.add_text("hello.txt", b"hello", &none).unwrap();
        let real = s.real_path(&p);
        assert_eq!(std::fs::read(&real).unwrap(), b"hello");
        assert_eq!(real.metadata().unwrap().permissions().mode() & 0o777, 0o444);
        assert_eq!(real.metadata().unwrap().mtime(), 1);
        assert!(s.is_valid_path(&p).unwrap());
        // Adding again is a no-op.
        assert_eq!(s.add_text("hello.txt", b"hello", &none).unwrap(), p);

        let t = MemTree::new(
            "/src",
            MemNode::dir([
                ("bin", MemNode::dir([("run", MemNode::executable("#!/bin/sh\n"))])),
                ("doc", MemNode::file("d")),
                ("link", MemNode::symlink("doc")),
            ]),
        );
        let tp = s.add_path("src", &t, "/src", ContentAddressMethod::Recursive, HashAlgo::Sha256, &none).unwrap();
        let treal = s.real_path(&tp);
        let mode = |rel: &str| treal.join(rel).symlink_metadata().unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(""), 0o555);
        assert_eq!(mode("bin"), 0o555);
        assert_eq!(mode("bin/run"), 0o555);
        assert_eq!(mode("doc"), 0o444);
        assert_eq!(std::fs::read_link(treal.join("link")).unwrap(), PathBuf::from("doc"));
        // What landed on disk serialises to the same NAR.
        let on_disk = nar::nar_bytes(&FsTree, treal.to_str().unwrap()).unwrap();
        assert_eq!(on_disk, nar::nar_bytes(&t, "/src").unwrap());

        let mut d = Derivation::new("eco-test");
        d.outputs.insert("out".into(), DerivationOutput::Deferred);
        d.platform = "x86_64-linux".into();
        d.builder = "/bin/sh".into();
        d.input_srcs.insert(p.clone());
        d.fill_in_output_paths(s.store_dir(), &mut |_| Err(Error::Unsupported("none".into()))).unwrap();
        let dp = s.write_derivation(&d).unwrap();
        assert!(dp.is_derivation());
        assert_eq!(s.read_derivation(&dp).unwrap(), d);
        assert!(FsTree.kind(s.real_path(&dp).to_str().unwrap()).is_ok());
        let missing = s.store_dir().parse_path(&d.env["out"]).unwrap();
        assert!(!s.is_valid_path(&missing).unwrap());
        assert!(matches!(s.read_derivation(&missing), Err(Error::InvalidPath(_))));
        // No temporary directories are left behind.
        let leftovers: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp-"))
            .collect();
        assert!(leftovers.is_empty());
        remove_tree(&root).unwrap();
    }

    #[test]
    fn paths_follow_the_logical_store_dir() {
        let root = temp("chroot");
        let mut s = LocalStore::with_store_dir(&root, StoreDir::default()).unwrap();
        let p = s.add_text("hello.txt", b"hello", &BTreeSet::new()).unwrap();
        assert_eq!(s.store_dir().print(&p), "/nix/store/q790zdjk75hm2cn42nh77pqw4gbv1b88-hello.txt");
        assert!(root.join("q790zdjk75hm2cn42nh77pqw4gbv1b88-hello.txt").exists());
        remove_tree(&root).unwrap();
    }
}
