//! The evaluator's only window on the outside world.
//!
//! Files, directories, environment variables and the clock are reached through the
//! [`Io`] trait; `nixlet-eval` never calls `std::fs` or `std::env`. The host decides:
//! the CLI passes the real file system, the browser playground an in-memory one
//! ([`MemIo`]), a sandboxing host a restricted view, or [`NoIo`] for none at all.

use std::collections::BTreeMap;

/// The type of a directory entry / file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileType {
    /// A regular file.
    Regular,
    /// A directory.
    Directory,
    /// A symbolic link.
    Symlink,
    /// Anything else.
    Unknown,
}

impl FileType {
    /// Name used by `readDir` / `readFileType`.
    pub fn nix_name(self) -> &'static str {
        match self {
            FileType::Regular => "regular",
            FileType::Directory => "directory",
            FileType::Symlink => "symlink",
            FileType::Unknown => "unknown",
        }
    }
}

/// An I/O failure, worded for a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoError {
    /// The message (e.g. `No such file or directory`).
    pub msg: String,
    /// True if the path does not exist (as opposed to other failures).
    pub not_found: bool,
}

impl IoError {
    /// A "does not exist" error.
    pub fn not_found(msg: impl Into<String>) -> Self {
        IoError { msg: msg.into(), not_found: true }
    }
    /// Any other error.
    pub fn other(msg: impl Into<String>) -> Self {
        IoError { msg: msg.into(), not_found: false }
    }
}

/// Access to files, environment and clock.
pub trait Io {
    /// Reads a whole file (following symlinks).
    fn read_file(&self, path: &str) -> Result<Vec<u8>, IoError>;
    /// Lists a directory: names and types (types of symlinks are `Symlink`).
    fn read_dir(&self, path: &str) -> Result<Vec<(String, FileType)>, IoError>;
    /// The type of a path without following a final symlink (`lstat`).
    fn symlink_type(&self, path: &str) -> Result<FileType, IoError>;
    /// The type of a path, following symlinks (`stat`).
    fn file_type(&self, path: &str) -> Result<FileType, IoError>;
    /// Resolves symlinks (like `realpath`); paths are absolute.
    fn canonicalize(&self, path: &str) -> Result<String, IoError> {
        Ok(path.to_string())
    }
    /// Whether a regular file has its executable bit set.
    fn is_executable(&self, _path: &str) -> Result<bool, IoError> {
        Ok(false)
    }
    /// Reads a symlink's target.
    fn read_link(&self, path: &str) -> Result<String, IoError> {
        Err(IoError::other(format!("cannot read link '{path}'")))
    }
    /// Refuses a path the host does not allow, before anything about it (or its
    /// parent directories) is looked at. The default allows everything.
    fn check_access(&self, _path: &str) -> Result<(), IoError> {
        Ok(())
    }
    /// An environment variable (`None` if unset or not allowed).
    fn get_env(&self, name: &str) -> Option<String>;
    /// Seconds since the epoch.
    fn current_time(&self) -> i64 {
        0
    }
    /// The current working directory (absolute), for relative command-line paths.
    fn current_dir(&self) -> Option<String> {
        None
    }
    /// A hint that the evaluation may soon import `path` (absolute and canonical:
    /// a relative path literal of a file just compiled, or an entry `readDir`
    /// listed). A host may read and parse it ahead with `options`, away from the
    /// evaluation (see [`Io::take_parsed_ahead`]); hints change nothing else.
    /// The default ignores them.
    fn import_hint(&self, _path: &str, _options: &nixlet_parser::ParseOptions) {}
    /// The text of the file at `path` (absolute, canonical, already resolved to
    /// a file and allowed by [`Io::check_access`]) with a parse of it made ahead
    /// after a hint, if the host has one; it is handed out once. `None` (the
    /// default): the evaluator reads and parses the file itself.
    fn take_parsed_ahead(&self, _path: &str) -> Option<(String, nixlet_parser::Detached)> {
        None
    }
    /// A top-level evaluation begins. Within one evaluation the evaluator takes
    /// the file system as it found it (a directory it saw stays one; a file read
    /// ahead is as good as read now), so a host may rely on what it learnt during
    /// the evaluation in progress, and must look again at anything it learnt
    /// before this call. The default does nothing.
    fn evaluation_started(&self) {}
}

/// No file system and no environment: every access fails.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoIo;

impl Io for NoIo {
    fn read_file(&self, path: &str) -> Result<Vec<u8>, IoError> {
        Err(IoError::other(format!("access to path '{path}' is not allowed (no file system is available)")))
    }
    fn read_dir(&self, path: &str) -> Result<Vec<(String, FileType)>, IoError> {
        self.read_file(path).map(|_| Vec::new())
    }
    fn symlink_type(&self, path: &str) -> Result<FileType, IoError> {
        self.read_file(path).map(|_| FileType::Unknown)
    }
    fn file_type(&self, path: &str) -> Result<FileType, IoError> {
        self.read_file(path).map(|_| FileType::Unknown)
    }
    fn get_env(&self, _name: &str) -> Option<String> {
        None
    }
}

/// An in-memory file system (absolute paths → contents) plus environment.
#[derive(Debug, Default, Clone)]
pub struct MemIo {
    /// Files by absolute path.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Environment variables.
    pub env: BTreeMap<String, String>,
}

impl MemIo {
    /// An empty file system.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file.
    pub fn with_file(mut self, path: &str, contents: impl Into<Vec<u8>>) -> Self {
        self.files.insert(path.to_string(), contents.into());
        self
    }

    fn is_dir(&self, path: &str) -> bool {
        let prefix = if path.ends_with('/') { path.to_string() } else { format!("{path}/") };
        path == "/" || self.files.keys().any(|k| k.starts_with(&prefix))
    }
}

impl Io for MemIo {
    fn read_file(&self, path: &str) -> Result<Vec<u8>, IoError> {
        match self.files.get(path) {
            Some(c) => Ok(c.clone()),
            None if self.is_dir(path) => Err(IoError::other(format!("'{path}' is a directory"))),
            None => Err(IoError::not_found(format!("getting status of '{path}': No such file or directory"))),
        }
    }
    fn read_dir(&self, path: &str) -> Result<Vec<(String, FileType)>, IoError> {
        if !self.is_dir(path) {
            return Err(IoError::not_found(format!("cannot read directory '{path}': No such file or directory")));
        }
        let prefix = if path.ends_with('/') { path.to_string() } else { format!("{path}/") };
        let mut out: BTreeMap<String, FileType> = BTreeMap::new();
        for k in self.files.keys() {
            if let Some(rest) = k.strip_prefix(&prefix) {
                match rest.split_once('/') {
                    Some((d, _)) => out.insert(d.to_string(), FileType::Directory),
                    None => out.insert(rest.to_string(), FileType::Regular),
                };
            }
        }
        Ok(out.into_iter().collect())
    }
    fn symlink_type(&self, path: &str) -> Result<FileType, IoError> {
        self.file_type(path)
    }
    fn file_type(&self, path: &str) -> Result<FileType, IoError> {
        if self.files.contains_key(path) {
            Ok(FileType::Regular)
        } else if self.is_dir(path) {
            Ok(FileType::Directory)
        } else {
            Err(IoError::not_found(format!("getting status of '{path}': No such file or directory")))
        }
    }
    fn get_env(&self, name: &str) -> Option<String> {
        self.env.get(name).cloned()
    }
}

/// A view of another [`Io`] that only reaches files under allowed roots and no
/// environment: the file-system half of restricted evaluation.
///
/// A path is allowed when it lies under a root both as written and after symlinks
/// are resolved (so a symlink inside a root cannot lead outside it). Paths outside
/// the roots are refused before the underlying `Io` is asked anything, so their
/// existence does not leak.
pub struct RestrictedIo {
    inner: Box<dyn Io>,
    roots: Vec<String>,
}

impl RestrictedIo {
    /// Restricts `inner` to `roots` (absolute paths; resolved through `inner`).
    pub fn new(inner: Box<dyn Io>, roots: impl IntoIterator<Item = String>) -> Self {
        let mut rs: Vec<String> = Vec::new();
        for r in roots {
            let r = crate::lower::canon_path(&r);
            let canon = inner.canonicalize(&r).unwrap_or_else(|_| r.clone());
            for x in [r, canon] {
                if !rs.contains(&x) {
                    rs.push(x);
                }
            }
        }
        RestrictedIo { inner, roots: rs }
    }

    /// The allowed roots.
    pub fn roots(&self) -> &[String] {
        &self.roots
    }

    fn under_root(&self, path: &str) -> bool {
        self.roots.iter().any(|r| {
            let r = r.trim_end_matches('/');
            r.is_empty() || path == r || (path.starts_with(r) && path.as_bytes().get(r.len()) == Some(&b'/'))
        })
    }

    fn refuse(kind: &str, path: &str) -> IoError {
        IoError::other(format!("access to {kind} path '{path}' is forbidden in restricted mode"))
    }

    /// Checks `path` as written and with every symlink resolved.
    fn check(&self, path: &str) -> Result<(), IoError> {
        let path = crate::lower::canon_path(path);
        if !self.under_root(&path) {
            return Err(Self::refuse("absolute", &path));
        }
        match self.inner.canonicalize(&path) {
            Ok(c) if !self.under_root(&c) => Err(Self::refuse("canonical", &c)),
            _ => Ok(()),
        }
    }

    /// A directory on the way to a root (`/`, `/home` for the root `/home/me`):
    /// its type may be looked at, as resolving a path under the root must.
    fn leads_to_root(&self, path: &str) -> bool {
        let p = path.trim_end_matches('/');
        self.roots.iter().any(|r| p.is_empty() || (r.starts_with(p) && r.as_bytes().get(p.len()) == Some(&b'/')))
    }

    /// Checks `path` without resolving its last component (`lstat`, `readlink`).
    fn check_parent(&self, path: &str) -> Result<(), IoError> {
        let path = crate::lower::canon_path(path);
        if self.leads_to_root(&path) {
            return Ok(());
        }
        if !self.under_root(&path) {
            return Err(Self::refuse("absolute", &path));
        }
        let (dir, name) = match path.rfind('/') {
            Some(i) => (&path[..i.max(1)], &path[i + 1..]),
            None => return Ok(()),
        };
        match self.inner.canonicalize(dir) {
            Ok(c) => {
                let full = if c.ends_with('/') { format!("{c}{name}") } else { format!("{c}/{name}") };
                if self.under_root(&full) { Ok(()) } else { Err(Self::refuse("canonical", &full)) }
            }
            Err(_) => Ok(()),
        }
    }
}

impl std::fmt::Debug for RestrictedIo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RestrictedIo").field("roots", &self.roots).finish()
    }
}

impl Io for RestrictedIo {
    fn read_file(&self, path: &str) -> Result<Vec<u8>, IoError> {
        self.check(path)?;
        self.inner.read_file(path)
    }
    fn read_dir(&self, path: &str) -> Result<Vec<(String, FileType)>, IoError> {
        self.check(path)?;
        self.inner.read_dir(path)
    }
    fn symlink_type(&self, path: &str) -> Result<FileType, IoError> {
        self.check_parent(path)?;
        self.inner.symlink_type(path)
    }
    fn file_type(&self, path: &str) -> Result<FileType, IoError> {
        self.check(path)?;
        self.inner.file_type(path)
    }
    fn canonicalize(&self, path: &str) -> Result<String, IoError> {
        self.check(path)?;
        self.inner.canonicalize(path)
    }
    fn is_executable(&self, path: &str) -> Result<bool, IoError> {
        self.check(path)?;
        self.inner.is_executable(path)
    }
    fn read_link(&self, path: &str) -> Result<String, IoError> {
        self.check_parent(path)?;
        self.inner.read_link(path)
    }
    fn check_access(&self, path: &str) -> Result<(), IoError> {
        let path = crate::lower::canon_path(path);
        if self.under_root(&path) { Ok(()) } else { Err(Self::refuse("absolute", &path)) }
    }
    fn get_env(&self, _name: &str) -> Option<String> {
        None
    }
    fn current_time(&self) -> i64 {
        0
    }
    fn current_dir(&self) -> Option<String> {
        self.inner.current_dir()
    }
    fn evaluation_started(&self) {
        self.inner.evaluation_started();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restricted_io_refuses_paths_outside_roots() {
        let mem = MemIo::new().with_file("/proj/a.nix", "1").with_file("/etc/passwd", "root");
        let io = RestrictedIo::new(Box::new(mem), ["/proj".to_string()]);
        assert_eq!(io.read_file("/proj/a.nix").unwrap(), b"1");
        let e = io.read_file("/etc/passwd").unwrap_err();
        assert_eq!(e.msg, "access to absolute path '/etc/passwd' is forbidden in restricted mode");
        // `..` cannot climb out, and a sibling with a common prefix is not inside
        assert!(io.read_file("/proj/../etc/passwd").is_err());
        assert!(io.read_file("/project/x").is_err());
        assert_eq!(io.get_env("HOME"), None);
    }
}
