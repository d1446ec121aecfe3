//! The real file system and environment, for hosts that allow them (the CLI).

use nixlet_eval::io::{FileType, Io, IoError};
use nixlet_parser::{Detached, ParseCache, ParseOptions};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::VecDeque;
use std::path::Path;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};

/// [`Io`] backed by `std::fs` and `std::env`: everything the process may reach.
/// Wrap it in [`RestrictedIo`](nixlet_eval::io::RestrictedIo) (or use
/// [`EvaluatorBuilder::restricted`](crate::EvaluatorBuilder::restricted)) to
/// confine it.
///
/// Made with [`OsIo::with_parse_ahead`], it also reads and parses the files the
/// evaluation is likely to import next ([`Io::import_hint`]) on a thread of its
/// own, so that an import finds them parsed (see "Parsing ahead" below).
#[derive(Debug, Default, Clone)]
pub struct OsIo {
    ahead: Option<Arc<Ahead>>,
}

impl OsIo {
    /// Unrestricted access.
    pub fn unrestricted() -> Self {
        OsIo { ahead: None }
    }

    /// Unrestricted access, parsing hinted files ahead on a helper thread
    /// (started on the first hint).
    pub fn with_parse_ahead() -> Self {
        OsIo { ahead: Some(Arc::new(Ahead::default())) }
    }

    /// Whether the calling thread is the helper that parses ahead. A process
    /// that aborts on panic (the CLI) calls this from its panic hook and parks
    /// that thread instead of ending: the helper may read files the evaluation
    /// never imports, so a parser bug it meets must not end an evaluation that
    /// would have succeeded (a file the evaluation does import panics there too).
    /// With unwinding, such a panic just ends the helper: hints then go nowhere
    /// and imports read their files themselves.
    pub fn is_parse_ahead_thread() -> bool {
        std::thread::current().name() == Some(AHEAD_THREAD)
    }

    /// Files parsed ahead so far, and how many of those imports took (zeros
    /// without parsing ahead). Clones share the helper and these counts.
    pub fn parsed_ahead(&self) -> (usize, usize) {
        self.ahead.as_ref().and_then(|a| a.state.lock().ok().map(|st| (st.made, st.taken))).unwrap_or((0, 0))
    }
}

// Parsing ahead
//
// The evaluation hints at files it may import (relative path literals of each
// file it compiles, entries `readDir` lists); a helper thread reads each hinted
// `.nix` file (a directory: its `default.nix` and `package.nix`, nixpkgs'
// `by-name` layout) and parses it, and `import` takes the parse instead of
// reading and parsing the file on the evaluating thread. Only regular files are
// read (no symlink is followed at the last component, and the evaluator resolves
// symlinks itself before it asks), and only parses without diagnostics are kept,
// so what an import sees is what it would have read: the file's contents at the
// time the helper read them (a file rewritten during the evaluation may be seen
// as it was a moment earlier, as with any read ahead). Within the evaluation that
// made a parse, the helper's `lstat` of the file also answers the evaluation's
// (`symlink_type`, which an import resolves its path with), as the evaluator's
// own `known_dirs` answers for directories: the evaluating thread spent 10% of
// `imports` walking paths the helper had just walked. A parse made in an earlier
// evaluation (a REPL session's earlier line) is checked against the file first.
// What is kept and not yet taken is bounded ([`AHEAD_BYTES`]; parses the
// evaluation went past are dropped first), as are the hints followed
// ([`AHEAD_HINTS`]).

/// The helper thread's name.
const AHEAD_THREAD: &str = "nixlet-parse-ahead";

/// Source bytes of parses kept for the evaluation at most; larger files are
/// not read ahead. Their trees take about twenty times that (a 4 MB file held
/// 81 MB), so this bounds what parses nobody takes can cost.
const AHEAD_BYTES: usize = 2 << 20;
/// Hints followed at most (each is a path or two to look at).
const AHEAD_HINTS: usize = 50_000;
/// The helper's stack, as the evaluating thread's: the parser runs in place when
/// the stack has room for the file's tokens, and moves to a stack of its own
/// (mapped for that parse) otherwise, which would be every file on a small one.
/// Address space only; the pages the parser touches are what it costs.
const AHEAD_STACK: usize = 64 << 20;

#[derive(Debug, Default)]
struct Ahead {
    /// The channel to the helper, made with it on the first hint.
    queue: OnceLock<Mutex<Sender<(String, ParseOptions)>>>,
    state: Arc<Mutex<AheadState>>,
    /// The path the evaluation last asked `symlink_type` about, and its stamp then.
    /// An import resolves its path that way just before it takes a parse, so
    /// `take` finds the file's current stamp here instead of walking the path
    /// again (the evaluating thread spent 7% of `imports` in `statx`).
    last_lstat: Mutex<Option<(String, Stamp)>>,
}

#[derive(Debug, Default)]
struct AheadState {
    /// Paths hinted so far (each is followed once).
    hinted: HashSet<String>,
    /// Parses made and not yet taken, by file path.
    done: HashMap<String, Made>,
    /// Files the evaluation asked for before their parse was made: it read them
    /// itself, so the helper skips them (and so catches up when it falls behind).
    claimed: HashSet<String>,
    /// The paths of `done` in the order they were made, with their sequence
    /// numbers (an entry may have been taken since).
    order: VecDeque<(u64, String)>,
    /// The sequence number of the next parse made, and one past that of the
    /// latest parse taken: a parse made before it and not taken is one the
    /// evaluation went past, and is the first to go when the budget is full.
    next_seq: u64,
    passed: u64,
    /// Source bytes in `done`.
    bytes: usize,
    /// Parses made, and parses taken by imports.
    made: usize,
    taken: usize,
    /// The number of evaluations started ([`Io::evaluation_started`]): a parse
    /// made in the evaluation under way is trusted as the file's state, without
    /// looking at the file again.
    epoch: u64,
}

/// A parse made ahead: the file's text, its parse, the file's identity when it
/// was read, and when the parse was made (its sequence number).
#[derive(Debug)]
struct Made {
    text: String,
    parse: Detached,
    stamp: Stamp,
    seq: u64,
    /// The evaluation under way when the file was looked at.
    epoch: u64,
}

impl AheadState {
    /// Records a hint of `path`: whether it is the first (and is within bounds).
    fn first_hint(&mut self, path: &str) -> bool {
        self.hinted.len() < AHEAD_HINTS && self.hinted.insert(path.to_string())
    }
}

impl Ahead {
    fn hint(&self, path: &str, options: &ParseOptions) {
        {
            let Ok(mut st) = self.state.lock() else { return };
            if !st.first_hint(path) {
                return;
            }
        }
        let queue = self.queue.get_or_init(|| {
            let (tx, rx) = channel();
            let state = Arc::clone(&self.state);
            // without the thread, hints go nowhere and imports read files as usual
            let _ = std::thread::Builder::new()
                .name(AHEAD_THREAD.into())
                .stack_size(AHEAD_STACK)
                .spawn(move || ahead_worker(rx, state));
            Mutex::new(tx)
        });
        if let Ok(tx) = queue.lock() {
            let _ = tx.send((path.to_string(), options.clone()));
        }
    }

    /// The stamp of a parse of `path` made during the evaluation under way, if
    /// one waits to be taken.
    fn fresh_stamp(&self, path: &str) -> Option<Stamp> {
        let st = self.state.lock().ok()?;
        st.done.get(path).filter(|m| m.epoch == st.epoch).map(|m| m.stamp)
    }

    fn take(&self, path: &str) -> Option<(String, Detached)> {
        let made = {
            let mut st = self.state.lock().ok()?;
            let Some(got) = st.done.remove(path) else {
                if st.claimed.len() < AHEAD_HINTS {
                    st.claimed.insert(path.to_string());
                }
                return None;
            };
            st.bytes -= got.text.len();
            st.passed = st.passed.max(got.seq + 1);
            got
        };
        // a file changed since it was read (a long session: the REPL) is read again
        let just_seen = self.last_lstat.lock().ok().and_then(|mut l| l.take().filter(|(p, _)| p == path));
        let now = match just_seen {
            Some((_, stamp)) => stamp,
            None => Stamp::of(path)?,
        };
        if now != made.stamp {
            return None;
        }
        if let Ok(mut st) = self.state.lock() {
            st.taken += 1;
        }
        Some((made.text, made.parse))
    }
}

/// What identifies a file's contents without reading them: inode, size and
/// modification time (nanoseconds where the file system keeps them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    ino: u64,
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl Stamp {
    fn new(m: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        let ino = std::os::unix::fs::MetadataExt::ino(m);
        #[cfg(not(unix))]
        let ino = 0;
        Stamp { ino, len: m.len(), modified: m.modified().ok() }
    }

    /// As the helper took it: of the path itself, not a symlink's target.
    fn of(path: &str) -> Option<Stamp> {
        std::fs::symlink_metadata(path).ok().map(|m| Stamp::new(&m))
    }
}

/// The helper: follows hints in order until the evaluation's side goes away.
fn ahead_worker(rx: Receiver<(String, ParseOptions)>, state: Arc<Mutex<AheadState>>) {
    let mut cache = ParseCache::default();
    // the imports of files parsed here, followed depth first (as evaluation
    // usually imports them) whenever the evaluation has no hint waiting
    let mut own: Vec<(String, ParseOptions)> = Vec::new();
    loop {
        let Some((path, options)) = rx.try_recv().ok().or_else(|| own.pop()).or_else(|| rx.recv().ok()) else {
            return;
        };
        let files = match std::fs::symlink_metadata(&path) {
            Ok(m) if m.is_file() && path.ends_with(".nix") => vec![path],
            Ok(m) if m.is_dir() => {
                let sep = if path.ends_with('/') { "" } else { "/" };
                vec![format!("{path}{sep}default.nix"), format!("{path}{sep}package.nix")]
            }
            _ => continue,
        };
        for file in files {
            // the evaluation under way before the file is looked at: one started
            // after that must look at the file again
            let epoch = match state.lock() {
                Ok(st) if st.claimed.contains(&file) => continue,
                Ok(st) => st.epoch,
                Err(_) => return,
            };
            // taken before the read: a change during the read then shows
            let stamp = match std::fs::symlink_metadata(&file) {
                Ok(m) if m.is_file() && m.len() <= AHEAD_BYTES as u64 => Stamp::new(&m),
                _ => continue,
            };
            let Ok(bytes) = read_whole(&file) else { continue };
            let Ok(text) = String::from_utf8(bytes) else { continue };
            let Some(parse) = nixlet_parser::parse_detached(&text, &options, &mut cache) else { continue };
            let dir = file.rsplit_once('/').map_or("", |(d, _)| d);
            let next: Vec<String> = parse
                .rel_path_literals()
                .iter()
                .map(|p| nixlet_eval::lower::canon_path(&format!("{dir}/{p}")))
                .collect();
            let Ok(mut guard) = state.lock() else { return };
            let st = &mut *guard;
            // in reverse, so that the first literal is followed first
            for p in next.into_iter().rev() {
                if st.first_hint(&p) {
                    own.push((p, options.clone()));
                }
            }
            if text.len() > AHEAD_BYTES || st.done.contains_key(&file) || st.claimed.contains(&file) {
                continue;
            }
            // parses the evaluation went past make room; when there are none, the
            // helper is far ahead, and this parse (the furthest ahead) is not kept
            while let Some((seq, old)) = st.order.front() {
                let kept = st.done.get(old).is_some_and(|m| m.seq == *seq);
                if kept && (*seq >= st.passed || st.bytes + text.len() <= AHEAD_BYTES) {
                    break;
                }
                if kept && let Some(m) = st.done.remove(old) {
                    st.bytes -= m.text.len();
                }
                st.order.pop_front();
            }
            if st.bytes + text.len() > AHEAD_BYTES {
                continue;
            }
            let seq = st.next_seq;
            st.next_seq += 1;
            st.bytes += text.len();
            st.made += 1;
            st.order.push_back((seq, file.clone()));
            st.done.insert(file, Made { text, parse, stamp, seq, epoch });
        }
    }
}

fn io_err(e: std::io::Error, what: &str, path: &str) -> IoError {
    let msg = match e.kind() {
        std::io::ErrorKind::NotFound => format!("{what} '{path}': No such file or directory"),
        std::io::ErrorKind::PermissionDenied => format!("{what} '{path}': Permission denied"),
        _ => format!("{what} '{path}': {e}"),
    };
    if e.kind() == std::io::ErrorKind::NotFound { IoError::not_found(msg) } else { IoError::other(msg) }
}

fn file_type_of(m: &std::fs::Metadata) -> FileType {
    let t = m.file_type();
    if t.is_file() {
        FileType::Regular
    } else if t.is_dir() {
        FileType::Directory
    } else if t.is_symlink() {
        FileType::Symlink
    } else {
        FileType::Unknown
    }
}

/// Reads a whole file, as `std::fs::read` does but for one system call: the size
/// `fstat` gives for a regular file is where reading stops, so the read that would
/// only find the end of the file is not made (`import` of many small files spent a
/// fifth of its file system calls on it). A regular file reporting no size (`/proc`)
/// and anything else is read to its end. A file that grows between the `fstat` and
/// the read is read as it was at the `fstat`.
fn read_whole(path: &str) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut f = std::fs::File::open(path)?;
    let meta = f.metadata()?;
    let mut buf = Vec::new();
    let len = meta.len();
    if meta.is_file() && len > 0 {
        buf.try_reserve_exact(usize::try_from(len).unwrap_or(usize::MAX))?;
        (&mut f).take(len).read_to_end(&mut buf)?;
    } else {
        f.read_to_end(&mut buf)?;
    }
    Ok(buf)
}

impl Io for OsIo {
    fn read_file(&self, path: &str) -> Result<Vec<u8>, IoError> {
        read_whole(path).map_err(|e| {
            if std::path::Path::new(path).is_dir() {
                IoError::other(format!("reading file '{path}': Is a directory"))
            } else {
                io_err(e, "opening file", path)
            }
        })
    }

    fn read_dir(&self, path: &str) -> Result<Vec<(String, FileType)>, IoError> {
        let rd = std::fs::read_dir(path).map_err(|e| io_err(e, "cannot read directory", path))?;
        let mut out = Vec::new();
        for entry in rd {
            let entry = entry.map_err(|e| io_err(e, "reading directory", path))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let ty = match entry.file_type() {
                Ok(t) if t.is_symlink() => FileType::Symlink,
                Ok(t) if t.is_dir() => FileType::Directory,
                Ok(t) if t.is_file() => FileType::Regular,
                _ => FileType::Unknown,
            };
            out.push((name, ty));
        }
        out.sort();
        Ok(out)
    }

    fn symlink_type(&self, path: &str) -> Result<FileType, IoError> {
        let Some(a) = &self.ahead else {
            return std::fs::symlink_metadata(path)
                .map(|m| file_type_of(&m))
                .map_err(|e| io_err(e, "getting status of", path));
        };
        // the helper found a regular file here during this evaluation (its
        // `lstat`): that answers, and an import resolving the path takes the parse
        // next; otherwise the path is looked at (a path that cannot be read leaves
        // nothing an import could take for it)
        let (result, stamp) = match a.fresh_stamp(path) {
            Some(stamp) => (Ok(FileType::Regular), Some(stamp)),
            None => match std::fs::symlink_metadata(path) {
                Ok(m) => (Ok(file_type_of(&m)), Some(Stamp::new(&m))),
                Err(e) => (Err(io_err(e, "getting status of", path)), None),
            },
        };
        if let Ok(mut last) = a.last_lstat.lock() {
            *last = stamp.map(|s| (path.to_string(), s));
        }
        result
    }

    fn file_type(&self, path: &str) -> Result<FileType, IoError> {
        std::fs::metadata(path).map(|m| file_type_of(&m)).map_err(|e| io_err(e, "getting status of", path))
    }

    fn canonicalize(&self, path: &str) -> Result<String, IoError> {
        std::fs::canonicalize(path).map(|p| p.to_string_lossy().into_owned()).map_err(|e| io_err(e, "resolving", path))
    }

    fn is_executable(&self, path: &str) -> Result<bool, IoError> {
        let m = std::fs::metadata(path).map_err(|e| io_err(e, "getting status of", path))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            Ok(m.permissions().mode() & 0o100 != 0)
        }
        #[cfg(not(unix))]
        {
            let _ = m;
            Ok(false)
        }
    }

    fn read_link(&self, path: &str) -> Result<String, IoError> {
        std::fs::read_link(path).map(|p| p.to_string_lossy().into_owned()).map_err(|e| io_err(e, "reading link", path))
    }

    fn get_env(&self, name: &str) -> Option<String> {
        std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
    }

    fn current_time(&self) -> i64 {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
    }

    fn current_dir(&self) -> Option<String> {
        std::env::current_dir().ok().map(|p| p.to_string_lossy().into_owned())
    }

    fn import_hint(&self, path: &str, options: &ParseOptions) {
        if let Some(a) = &self.ahead {
            a.hint(path, options);
        }
    }

    fn take_parsed_ahead(&self, path: &str) -> Option<(String, Detached)> {
        self.ahead.as_ref()?.take(path)
    }

    fn evaluation_started(&self) {
        if let Some(a) = &self.ahead
            && let Ok(mut st) = a.state.lock()
        {
            st.epoch += 1;
        }
    }
}

/// Makes `p` absolute against `cwd` and normalises it lexically.
pub fn absolutize(cwd: &str, p: &str) -> String {
    let joined = if Path::new(p).is_absolute() { p.to_string() } else { format!("{cwd}/{p}") };
    nixlet_eval::lower::canon_path(&joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_whole_reads_regular_files_to_their_size() {
        let dir = std::env::temp_dir().join(format!("nixlet-read-whole-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temporary directory");
        for len in [0usize, 1, 4095, 4096, 70_000] {
            let p = dir.join(format!("f{len}"));
            let bytes: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            std::fs::write(&p, &bytes).expect("write");
            let got = read_whole(p.to_str().expect("utf-8 path")).expect("read");
            assert_eq!(got, bytes, "file of {len} bytes");
        }
        let io = OsIo::unrestricted();
        let e = io.read_file(dir.to_str().expect("utf-8 path")).expect_err("a directory is not a file");
        assert!(e.msg.contains("Is a directory"), "{}", e.msg);
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }

    /// Waits (up to 10 s) until the helper has made `n` parses. (Polling with
    /// `take_parsed_ahead` would not do: a miss tells the helper the evaluation
    /// read that file itself.)
    fn wait_made(io: &OsIo, n: usize) {
        for _ in 0..1000 {
            if io.parsed_ahead().0 >= n {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("{n} parses made ahead: only {}", io.parsed_ahead().0);
    }

    #[test]
    fn parse_ahead_follows_hints_and_the_imports_of_what_it_parsed() {
        let dir = std::env::temp_dir().join(format!("nixlet-parse-ahead-{}", std::process::id()));
        let d = dir.to_str().expect("utf-8 path").to_string();
        std::fs::create_dir_all(dir.join("pkg")).expect("temporary directory");
        std::fs::create_dir_all(dir.join("tree")).expect("temporary directory");
        let files = [
            ("bad.nix", "1 +"),
            ("warn.nix", "http://example.org"),
            ("notes.txt", "not nix"),
            ("a.nix", "import ./b.nix"),
            ("b.nix", "{ x = import ./tree; }"),
            ("tree/default.nix", "2"),
            ("pkg/package.nix", "{ lib }: lib"),
        ];
        for (name, text) in files {
            std::fs::write(dir.join(name), text).expect("write");
        }
        let io = OsIo::with_parse_ahead();
        let opts = ParseOptions { lint_url_literals: nixlet_parser::LintLevel::Warn, ..ParseOptions::default() };
        for name in ["bad.nix", "warn.nix", "notes.txt", "a.nix", "pkg"] {
            io.import_hint(&format!("{d}/{name}"), &opts);
        }
        // hinted files, the imports they name (followed without a hint), and a
        // directory's default.nix / package.nix
        wait_made(&io, 4);
        for name in ["a.nix", "b.nix", "tree/default.nix", "pkg/package.nix"] {
            let (text, parse) =
                io.take_parsed_ahead(&format!("{d}/{name}")).unwrap_or_else(|| panic!("{name} parsed ahead"));
            assert_eq!(text, std::fs::read_to_string(dir.join(name)).expect("read"), "{name}");
            // a parse is used only with the options it was made with
            let other = if name == "a.nix" { ParseOptions::default() } else { opts.clone() };
            assert_eq!(parse.attach(nixlet_parser::FileId(0), &other).is_some(), name != "a.nix", "{name}");
        }
        // handed out once
        assert!(io.take_parsed_ahead(&format!("{d}/a.nix")).is_none());
        // not once the file changed (a REPL session edits and reloads)
        std::fs::write(dir.join("c.nix"), "3").expect("write");
        io.import_hint(&format!("{d}/c.nix"), &opts);
        wait_made(&io, 5);
        std::fs::write(dir.join("c.nix"), "3 + 4").expect("write");
        assert!(io.take_parsed_ahead(&format!("{d}/c.nix")).is_none(), "stale");
        // a file the evaluation asked for before its parse was made is one it read
        // itself: the helper skips it (hints are followed in order, so once f.nix
        // is made, e.nix was looked at)
        std::fs::write(dir.join("e.nix"), "5").expect("write");
        std::fs::write(dir.join("f.nix"), "6").expect("write");
        assert!(io.take_parsed_ahead(&format!("{d}/e.nix")).is_none(), "not hinted yet");
        io.import_hint(&format!("{d}/e.nix"), &opts);
        io.import_hint(&format!("{d}/f.nix"), &opts);
        wait_made(&io, 6);
        assert!(io.take_parsed_ahead(&format!("{d}/f.nix")).is_some(), "f.nix");
        assert!(io.take_parsed_ahead(&format!("{d}/e.nix")).is_none(), "e.nix was claimed");
        // hints are followed in order, so these were looked at before `a.nix`: a
        // syntax error or a warning is left to the evaluation to word, and only
        // `.nix` files are read
        for name in ["bad.nix", "warn.nix", "notes.txt"] {
            assert!(io.take_parsed_ahead(&format!("{d}/{name}")).is_none(), "{name}");
        }
        assert_eq!(io.parsed_ahead(), (6, 5));
        // without parsing ahead, hints are ignored
        let plain = OsIo::unrestricted();
        plain.import_hint(&format!("{d}/a.nix"), &opts);
        assert!(plain.take_parsed_ahead(&format!("{d}/a.nix")).is_none());
        assert_eq!(plain.parsed_ahead(), (0, 0));
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }

    #[test]
    fn an_import_checks_a_parse_against_the_status_its_path_resolution_just_read() {
        let dir = std::env::temp_dir().join(format!("nixlet-parse-ahead-stamp-{}", std::process::id()));
        let d = dir.to_str().expect("utf-8 path").to_string();
        std::fs::create_dir_all(dir.join("sub")).expect("temporary directory");
        for (name, text) in [("g.nix", "7"), ("h.nix", "8"), ("k.nix", "9"), ("sub/default.nix", "10")] {
            std::fs::write(dir.join(name), text).expect("write");
        }
        let io = OsIo::with_parse_ahead();
        let opts = ParseOptions::default();
        for name in ["g.nix", "h.nix", "k.nix", "sub"] {
            io.import_hint(&format!("{d}/{name}"), &opts);
        }
        wait_made(&io, 4);
        // the parses were made during an earlier evaluation (a REPL session's line
        // before): the files are looked at again
        io.evaluation_started();
        let path = |name: &str| format!("{d}/{name}");
        // resolved, then taken: the status just read is the one compared
        assert_eq!(io.symlink_type(&path("g.nix")).ok(), Some(FileType::Regular));
        assert!(io.take_parsed_ahead(&path("g.nix")).is_some(), "g.nix");
        // changed after the parse was made: the import's own resolution sees it
        std::fs::write(dir.join("h.nix"), "8 + 1").expect("write");
        assert_eq!(io.symlink_type(&path("h.nix")).ok(), Some(FileType::Regular));
        assert!(io.take_parsed_ahead(&path("h.nix")).is_none(), "stale h.nix");
        // gone: the failed resolution leaves no status behind for it
        assert_eq!(io.symlink_type(&path("k.nix")).ok(), Some(FileType::Regular));
        std::fs::remove_file(dir.join("k.nix")).expect("remove");
        assert!(io.symlink_type(&path("k.nix")).is_err());
        assert!(io.take_parsed_ahead(&path("k.nix")).is_none(), "removed k.nix");
        // the status of another path (the directory) is not the file's
        assert_eq!(io.symlink_type(&path("sub")).ok(), Some(FileType::Directory));
        std::fs::write(dir.join("sub/default.nix"), "10 + 1").expect("write");
        assert!(io.take_parsed_ahead(&path("sub/default.nix")).is_none(), "stale sub/default.nix");
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }

    #[test]
    fn parse_ahead_keeps_a_bounded_amount_of_parses() {
        let dir = std::env::temp_dir().join(format!("nixlet-parse-ahead-bound-{}", std::process::id()));
        let d = dir.to_str().expect("utf-8 path").to_string();
        std::fs::create_dir_all(&dir).expect("temporary directory");
        // a number and a long comment: large, and quick to parse
        let big = |n: usize| format!("1 #{}\n", "x".repeat(n));
        std::fs::write(dir.join("huge.nix"), big(AHEAD_BYTES + 1)).expect("write");
        for name in ["b1.nix", "b2.nix", "b3.nix", "b4.nix", "b5.nix"] {
            std::fs::write(dir.join(name), big(AHEAD_BYTES * 45 / 100)).expect("write");
        }
        std::fs::write(dir.join("small.nix"), "2").expect("write");
        let io = OsIo::with_parse_ahead();
        let opts = ParseOptions::default();
        let hint = |name: &str| io.import_hint(&format!("{d}/{name}"), &opts);
        let take = |name: &str| io.take_parsed_ahead(&format!("{d}/{name}")).is_some();
        // a file over the budget is not read
        hint("huge.nix");
        hint("b1.nix");
        hint("b2.nix");
        wait_made(&io, 2);
        // the evaluation went past b1: it makes room for b4
        assert!(take("b2.nix"));
        hint("b3.nix");
        hint("b4.nix");
        wait_made(&io, 4);
        // full, and nothing passed: b5, the furthest ahead, is not kept
        hint("b5.nix");
        hint("small.nix");
        wait_made(&io, 5);
        for (name, kept) in [
            ("huge.nix", false),
            ("b1.nix", false),
            ("b3.nix", true),
            ("b4.nix", true),
            ("b5.nix", false),
            ("small.nix", true),
        ] {
            assert_eq!(take(name), kept, "{name}");
        }
        assert_eq!(io.parsed_ahead(), (5, 4));
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }

    #[test]
    fn read_whole_reads_files_that_report_no_size_to_their_end() {
        // procfs files are regular files of size 0 with content
        let p = "/proc/self/status";
        if std::path::Path::new(p).exists() {
            let got = read_whole(p).expect("read");
            assert!(got.starts_with(b"Name:"), "{:?}", String::from_utf8_lossy(&got[..got.len().min(40)]));
        }
    }

    #[test]
    fn a_parse_made_in_this_evaluation_answers_for_its_file_until_the_next() {
        let dir = std::env::temp_dir().join(format!("nixlet-parse-epoch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temporary directory");
        let d = dir.to_str().expect("utf-8 path").to_string();
        let (a, b) = (format!("{d}/a.nix"), format!("{d}/b.nix"));
        std::fs::write(&a, "1").expect("write");
        std::fs::write(&b, "2").expect("write");
        let io = OsIo::with_parse_ahead();
        io.evaluation_started();
        let opts = ParseOptions::default();
        io.import_hint(&a, &opts);
        wait_made(&io, 1);
        // within the evaluation the helper's look at a.nix stands: it is a regular
        // file even after it is gone, and its parse is handed over
        std::fs::remove_file(&a).expect("remove");
        assert_eq!(io.symlink_type(&a).ok(), Some(FileType::Regular));
        assert_eq!(io.take_parsed_ahead(&a).map(|(text, _)| text).as_deref(), Some("1"));
        // a parse made in an earlier evaluation is checked against the file
        io.import_hint(&b, &opts);
        wait_made(&io, 2);
        io.evaluation_started();
        std::fs::remove_file(&b).expect("remove");
        assert!(io.symlink_type(&b).is_err(), "b.nix is gone");
        assert!(io.take_parsed_ahead(&b).is_none(), "stale");
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }
}
