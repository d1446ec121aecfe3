//! A client of the Nix daemon's worker protocol over its Unix socket (not on
//! wasm).
//!
//! The wire format: every number is a 64-bit little-endian integer; a string
//! is its length, its bytes and zero padding to a multiple of 8; a list or
//! set is a count followed by the elements. Bulk data (`wopAddToStore`) is
//! sent "framed": chunks each preceded by their length, then a zero length.
//!
//! A conversation starts with a handshake (magic numbers, protocol versions),
//! then each operation is an opcode and its arguments. Before answering, the
//! daemon sends log messages and finally `STDERR_LAST` (or `STDERR_ERROR`
//! with an error). While we send framed data the daemon may already talk, so
//! its messages are read on a second thread meanwhile.
//!
//! This client speaks protocol 1.34 (Nix 2.8) and accepts daemons from 1.25
//! (Nix 2.4) on; a newer daemon talks 1.34 to it. After any failure the
//! connection is dropped and the next operation opens a new one, since the
//! two sides may no longer agree on where a message starts.
//!
//! Writes go through `std`'s socket I/O, which does not suppress `SIGPIPE`:
//! Rust programs ignore that signal by default, but a host that restores its
//! default action must ignore it itself, or a daemon hanging up mid-request
//! terminates the process instead of producing an error. There are no
//! timeouts: a daemon that stops answering blocks the caller.

use crate::content_address::ContentAddressMethod;
use crate::derivation::Derivation;
use crate::error::{Error, Result};
use crate::hash::HashAlgo;
use crate::nar::NAR_MAGIC;
use crate::path::{StoreDir, StorePath};
use crate::store::{Store, content_address_nar};
use crate::tree::MemNode;
use std::collections::{BTreeSet, VecDeque};
use std::io::{BufReader, BufWriter, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};

/// Where the daemon listens by default.
pub const DEFAULT_SOCKET: &str = "/nix/var/nix/daemon-socket/socket";

const WORKER_MAGIC_1: u64 = 0x6e69_7863;
const WORKER_MAGIC_2: u64 = 0x6478_696f;
/// The protocol version this client speaks: 1.34.
pub const CLIENT_VERSION: u64 = (1 << 8) | 34;
/// The oldest daemon protocol accepted: 1.25, where `wopAddToStore` took its
/// current form.
pub const MIN_DAEMON_VERSION: u64 = (1 << 8) | 25;

const STDERR_NEXT: u64 = 0x6f6c_6d67;
const STDERR_READ: u64 = 0x6461_7461;
const STDERR_WRITE: u64 = 0x6461_7416;
const STDERR_LAST: u64 = 0x616c_7473;
const STDERR_ERROR: u64 = 0x6378_7470;
const STDERR_START_ACTIVITY: u64 = 0x5354_5254;
const STDERR_STOP_ACTIVITY: u64 = 0x5354_4f50;
const STDERR_RESULT: u64 = 0x5253_4c54;

const WOP_IS_VALID_PATH: u64 = 1;
const WOP_ADD_TO_STORE: u64 = 7;
const WOP_SET_OPTIONS: u64 = 19;
const WOP_NAR_FROM_PATH: u64 = 38;

/// Frames sent while streaming data to the daemon are at most this big.
const FRAME_SIZE: usize = 32 * 1024;

/// How many log events are kept when no handler is installed.
const KEPT_LOGS: usize = 256;

/// A field of an activity or result log event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogField {
    /// A number.
    Int(u64),
    /// A string.
    String(String),
}

/// Something the daemon reported while working on a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogEvent {
    /// A log line (`STDERR_NEXT`).
    Message(String),
    /// An activity started (`STDERR_START_ACTIVITY`).
    StartActivity {
        /// Activity id.
        id: u64,
        /// Verbosity level.
        level: u64,
        /// Activity type code.
        kind: u64,
        /// Description.
        text: String,
        /// Extra fields.
        fields: Vec<LogField>,
        /// Parent activity id.
        parent: u64,
    },
    /// An activity ended (`STDERR_STOP_ACTIVITY`).
    StopActivity {
        /// Activity id.
        id: u64,
    },
    /// A result of an activity (`STDERR_RESULT`).
    Result {
        /// Activity id.
        id: u64,
        /// Result type code.
        kind: u64,
        /// Its fields.
        fields: Vec<LogField>,
    },
}

/// Receives the daemon's log events.
pub type LogHandler = Box<dyn FnMut(&LogEvent) + Send>;

/// Removes ANSI colour sequences (`ESC [ … letter`) that the daemon puts in
/// error messages.
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn proto(msg: impl Into<String>) -> Error {
    Error::Protocol(msg.into())
}

fn io_err(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::UnexpectedEof {
        proto("unexpected end-of-file from the Nix daemon")
    } else {
        proto(format!("communicating with the Nix daemon: {e}"))
    }
}

/// Reading the daemon's side of the wire.
struct WireReader<R> {
    r: R,
}

impl<R: Read> WireReader<R> {
    fn num(&mut self) -> Result<u64> {
        let mut b = [0u8; 8];
        self.r.read_exact(&mut b).map_err(io_err)?;
        Ok(u64::from_le_bytes(b))
    }

    fn bytes_of_len(&mut self, len: u64) -> Result<Vec<u8>> {
        // Read incrementally: a bogus length must not allocate up front.
        let mut buf = Vec::new();
        (&mut self.r).take(len).read_to_end(&mut buf).map_err(io_err)?;
        if buf.len() as u64 != len {
            return Err(proto("unexpected end-of-file from the Nix daemon"));
        }
        let pad = ((8 - len % 8) % 8) as usize;
        let mut zeros = [0u8; 8];
        let pad_buf = zeros.get_mut(..pad).unwrap_or_default();
        self.r.read_exact(pad_buf).map_err(io_err)?;
        if pad_buf.iter().any(|&b| b != 0) {
            return Err(proto("non-zero padding in a string from the Nix daemon"));
        }
        Ok(buf)
    }

    fn bytes(&mut self) -> Result<Vec<u8>> {
        let len = self.num()?;
        self.bytes_of_len(len)
    }

    fn string(&mut self) -> Result<String> {
        String::from_utf8(self.bytes()?).map_err(|_| proto("the Nix daemon sent a string that is not UTF-8"))
    }

    fn strings(&mut self) -> Result<Vec<String>> {
        let n = self.num()?;
        let mut out = Vec::new();
        for _ in 0..n {
            out.push(self.string()?);
        }
        Ok(out)
    }

    fn fields(&mut self) -> Result<Vec<LogField>> {
        let n = self.num()?;
        let mut out = Vec::new();
        for _ in 0..n {
            out.push(match self.num()? {
                0 => LogField::Int(self.num()?),
                1 => LogField::String(self.string()?),
                t => {
                    return Err(proto(format!("got unsupported field type {t:x} from Nix daemon")));
                }
            });
        }
        Ok(out)
    }

    /// Reads an error sent after `STDERR_ERROR`.
    fn error(&mut self, version: u64) -> Result<Error> {
        if minor(version) < 26 {
            let msg = self.string()?;
            let _status = self.num()?;
            return Ok(Error::Daemon(strip_ansi(&msg)));
        }
        let ty = self.string()?;
        if ty != "Error" {
            return Err(proto(format!("expected an error from the Nix daemon, got '{ty}'")));
        }
        let _level = self.num()?;
        let _name = self.string()?;
        let mut msg = strip_ansi(&self.string()?);
        if self.num()? != 0 {
            return Err(proto("the Nix daemon sent an error position, which this client cannot read"));
        }
        let traces = self.num()?;
        for _ in 0..traces {
            if self.num()? != 0 {
                return Err(proto("the Nix daemon sent a trace position, which this client cannot read"));
            }
            let hint = strip_ansi(&self.string()?);
            msg.push_str("\n… ");
            msg.push_str(&hint);
        }
        Ok(Error::Daemon(msg))
    }

    /// Reads log messages up to `STDERR_LAST` (`Ok(Ok(logs))`) or
    /// `STDERR_ERROR` (`Ok(Err(daemon error))`).
    fn stderr(&mut self, version: u64, logs: &mut Vec<LogEvent>) -> Result<Result<()>> {
        loop {
            match self.num()? {
                STDERR_LAST => return Ok(Ok(())),
                STDERR_ERROR => return Ok(Err(self.error(version)?)),
                STDERR_NEXT => {
                    let s = self.string()?;
                    logs.push(LogEvent::Message(s.trim_end_matches('\n').to_string()));
                }
                STDERR_START_ACTIVITY => {
                    let id = self.num()?;
                    let level = self.num()?;
                    let kind = self.num()?;
                    let text = self.string()?;
                    let fields = self.fields()?;
                    let parent = self.num()?;
                    logs.push(LogEvent::StartActivity { id, level, kind, text, fields, parent });
                }
                STDERR_STOP_ACTIVITY => logs.push(LogEvent::StopActivity { id: self.num()? }),
                STDERR_RESULT => {
                    let id = self.num()?;
                    let kind = self.num()?;
                    let fields = self.fields()?;
                    logs.push(LogEvent::Result { id, kind, fields });
                }
                STDERR_READ | STDERR_WRITE => {
                    return Err(proto("the Nix daemon asked for a data transfer this client did not start"));
                }
                other => {
                    return Err(proto(format!("got unknown message type {other:x} from Nix daemon")));
                }
            }
        }
    }
}

/// Writing our side of the wire (buffered; flushed before reading).
struct WireWriter<W> {
    w: W,
}

impl<W: Write> WireWriter<W> {
    fn num(&mut self, n: u64) -> Result<()> {
        self.w.write_all(&n.to_le_bytes()).map_err(io_err)
    }

    fn bytes(&mut self, b: &[u8]) -> Result<()> {
        self.num(b.len() as u64)?;
        self.w.write_all(b).map_err(io_err)?;
        let pad = (8 - b.len() % 8) % 8;
        // pad < 8, so the slice is in bounds.
        self.w.write_all(&[0u8; 8][..pad]).map_err(io_err)
    }

    fn string(&mut self, s: &str) -> Result<()> {
        self.bytes(s.as_bytes())
    }

    fn flush(&mut self) -> Result<()> {
        self.w.flush().map_err(io_err)
    }

    /// Sends `data` framed and the terminating empty frame.
    fn framed(&mut self, data: &[u8]) -> Result<()> {
        for chunk in data.chunks(FRAME_SIZE) {
            self.num(chunk.len() as u64)?;
            self.w.write_all(chunk).map_err(io_err)?;
        }
        self.num(0)?;
        self.flush()
    }
}

fn minor(version: u64) -> u64 {
    version & 0xff
}

/// An open, handshaken connection.
struct Connection {
    stream: UnixStream,
    from: WireReader<BufReader<UnixStream>>,
    to: WireWriter<BufWriter<UnixStream>>,
    /// The protocol version both sides use (the smaller of the two).
    version: u64,
    daemon_nix_version: Option<String>,
}

impl Connection {
    fn open(socket: &Path, logs: &mut Vec<LogEvent>) -> Result<Connection> {
        let stream = UnixStream::connect(socket)
            .map_err(|e| Error::Protocol(format!("cannot connect to the Nix daemon at '{}': {e}", socket.display())))?;
        let r = stream.try_clone().map_err(io_err)?;
        let w = stream.try_clone().map_err(io_err)?;
        let mut conn = Connection {
            stream,
            from: WireReader { r: BufReader::new(r) },
            to: WireWriter { w: BufWriter::new(w) },
            version: CLIENT_VERSION,
            daemon_nix_version: None,
        };
        conn.handshake(logs)?;
        Ok(conn)
    }

    fn handshake(&mut self, logs: &mut Vec<LogEvent>) -> Result<()> {
        self.to.num(WORKER_MAGIC_1)?;
        self.to.flush()?;
        if self.from.num()? != WORKER_MAGIC_2 {
            return Err(proto("protocol mismatch with the Nix daemon"));
        }
        let daemon = self.from.num()?;
        if daemon & 0xff00 != CLIENT_VERSION & 0xff00 {
            return Err(proto("Nix daemon protocol version not supported"));
        }
        if daemon < MIN_DAEMON_VERSION {
            return Err(proto(format!(
                "the Nix daemon speaks protocol 1.{}; nixlet needs 1.{} (Nix 2.4) or newer",
                minor(daemon),
                minor(MIN_DAEMON_VERSION)
            )));
        }
        self.version = daemon.min(CLIENT_VERSION);
        self.to.num(CLIENT_VERSION)?;
        // Obsolete CPU affinity (none) and reserve-space flag.
        self.to.num(0)?;
        self.to.num(0)?;
        self.to.flush()?;
        if minor(self.version) >= 33 {
            self.daemon_nix_version = Some(self.from.string()?);
        }
        self.from.stderr(self.version, logs)??;
        self.set_options(logs)
    }

    fn set_options(&mut self, logs: &mut Vec<LogEvent>) -> Result<()> {
        let t = &mut self.to;
        t.num(WOP_SET_OPTIONS)?;
        // keepFailed, keepGoing, tryFallback, verbosity (error), maxBuildJobs,
        // maxSilentTime, useBuildHook (obsolete), verboseBuild (error level =
        // verbose), logType (obsolete), printBuildTrace (obsolete),
        // buildCores (0 = all), useSubstitutes.
        for n in [0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0] {
            t.num(n)?;
        }
        // No setting overrides.
        t.num(0)?;
        t.flush()?;
        self.from.stderr(self.version, logs)?
    }

    /// Flushes the request and reads the daemon's messages up to its answer.
    fn finish_request(&mut self, logs: &mut Vec<LogEvent>) -> Result<()> {
        self.to.flush()?;
        self.from.stderr(self.version, logs)?
    }

    /// Sends framed data while reading the daemon's messages on another
    /// thread, as the daemon may talk (or fail) before it has read it all.
    fn send_framed(&mut self, data: &[u8], logs: &mut Vec<LogEvent>) -> Result<()> {
        self.to.flush()?;
        let version = self.version;
        let Connection { stream, from, to, .. } = self;
        std::thread::scope(|scope| {
            let reader = scope.spawn(move || {
                let mut thread_logs = Vec::new();
                let r = from.stderr(version, &mut thread_logs);
                (r, thread_logs)
            });
            let written = to.framed(data);
            if written.is_err() {
                // Unblock the reader if the daemon is silent.
                let _ = stream.shutdown(std::net::Shutdown::Both);
            }
            let (read, thread_logs) = match reader.join() {
                Ok(x) => x,
                Err(_) => (Err(proto("the thread reading from the Nix daemon panicked")), Vec::new()),
            };
            logs.extend(thread_logs);
            match (read, written) {
                // The daemon's own error explains a broken pipe best.
                (Ok(Err(daemon_err)), _) => Err(daemon_err),
                (Ok(Ok(())), Ok(())) => Ok(()),
                (Ok(Ok(())), Err(e)) | (Err(e), _) => Err(e),
            }
        })
    }
}

/// A store reached through the Nix daemon.
pub struct DaemonStore {
    socket: PathBuf,
    dir: StoreDir,
    conn: Option<Connection>,
    handler: Option<LogHandler>,
    recent: VecDeque<LogEvent>,
}

impl std::fmt::Debug for DaemonStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DaemonStore")
            .field("socket", &self.socket)
            .field("dir", &self.dir)
            .field("connected", &self.conn.is_some())
            .finish()
    }
}

impl DaemonStore {
    /// Connects to the daemon at `$NIX_DAEMON_SOCKET_PATH`, or
    /// [`DEFAULT_SOCKET`], for `/nix/store`.
    pub fn connect_default() -> Result<Self> {
        let socket = std::env::var_os("NIX_DAEMON_SOCKET_PATH")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(DEFAULT_SOCKET));
        DaemonStore::connect(socket, StoreDir::default())
    }

    /// Connects to the daemon listening on `socket`, whose store directory
    /// is `dir`.
    pub fn connect(socket: impl Into<PathBuf>, dir: StoreDir) -> Result<Self> {
        let mut s = DaemonStore { socket: socket.into(), dir, conn: None, handler: None, recent: VecDeque::new() };
        s.conn()?;
        Ok(s)
    }

    /// Installs a handler for the daemon's log messages (otherwise the most
    /// recent ones are kept, see [`DaemonStore::recent_logs`]).
    pub fn set_log_handler(&mut self, handler: LogHandler) {
        self.handler = Some(handler);
    }

    /// The most recent log events, when no handler is installed.
    pub fn recent_logs(&self) -> impl Iterator<Item = &LogEvent> {
        self.recent.iter()
    }

    /// The negotiated protocol version (`0x122` is 1.34), if connected.
    pub fn protocol_version(&self) -> Option<u64> {
        self.conn.as_ref().map(|c| c.version)
    }

    /// The daemon's Nix version, if it said (protocol 1.33 and later).
    pub fn daemon_nix_version(&self) -> Option<&str> {
        self.conn.as_ref().and_then(|c| c.daemon_nix_version.as_deref())
    }

    fn deliver(&mut self, logs: Vec<LogEvent>) {
        for ev in logs {
            match &mut self.handler {
                Some(h) => h(&ev),
                None => {
                    if self.recent.len() >= KEPT_LOGS {
                        self.recent.pop_front();
                    }
                    self.recent.push_back(ev);
                }
            }
        }
    }

    fn conn(&mut self) -> Result<&mut Connection> {
        if self.conn.is_none() {
            let mut logs = Vec::new();
            let c = Connection::open(&self.socket, &mut logs);
            self.deliver(logs);
            self.conn = Some(c?);
        }
        self.conn.as_mut().ok_or_else(|| proto("no connection to the Nix daemon"))
    }

    /// Runs one request; on failure the connection is dropped so the next
    /// request starts on a fresh one.
    fn request<T>(&mut self, f: impl FnOnce(&mut Connection, &mut Vec<LogEvent>) -> Result<T>) -> Result<T> {
        let mut logs = Vec::new();
        let r = match self.conn() {
            Ok(c) => f(c, &mut logs),
            Err(e) => Err(e),
        };
        self.deliver(logs);
        if r.is_err() {
            self.conn = None;
        }
        r
    }

    /// `wopAddToStore` (protocol ≥ 1.25): adds `data` (file contents for
    /// flat and text, a NAR for recursive) and returns the path the daemon
    /// reports, checking that it is the one computed locally.
    fn add_to_store(
        &mut self,
        name: &str,
        cam: &str,
        references: &BTreeSet<StorePath>,
        data: &[u8],
        expected: &StorePath,
    ) -> Result<StorePath> {
        let dir = self.dir.clone();
        let path = self.request(|c, logs| {
            c.to.num(WOP_ADD_TO_STORE)?;
            c.to.string(name)?;
            c.to.string(cam)?;
            c.to.num(references.len() as u64)?;
            for r in references {
                c.to.string(&dir.print(r))?;
            }
            c.to.num(0)?; // no repair
            c.send_framed(data, logs)?;
            // The new path's info: path, deriver, NAR hash, references,
            // registration time, NAR size, ultimate, signatures, CA.
            let path = c.from.string()?;
            let _deriver = c.from.string()?;
            let _nar_hash = c.from.string()?;
            let _refs = c.from.strings()?;
            let _registration_time = c.from.num()?;
            let _nar_size = c.from.num()?;
            if minor(c.version) >= 16 {
                let _ultimate = c.from.num()?;
                let _sigs = c.from.strings()?;
                let _ca = c.from.string()?;
            }
            Ok(path)
        })?;
        let path = self.dir.parse_path(&path)?;
        if &path != expected {
            return Err(proto(format!(
                "the Nix daemon stored '{}' as '{}', but it should be '{}' (is its store directory '{}'?)",
                name,
                self.dir.print(&path),
                self.dir.print(expected),
                self.dir
            )));
        }
        Ok(path)
    }

    /// Reads a whole regular file out of the store through
    /// `wopNarFromPath`.
    fn read_store_file(&mut self, path: &StorePath) -> Result<Vec<u8>> {
        if !self.is_valid_path(path)? {
            return Err(Error::InvalidPath(self.dir.print(path)));
        }
        let full = self.dir.print(path);
        self.request(|c, logs| {
            c.to.num(WOP_NAR_FROM_PATH)?;
            c.to.string(&full)?;
            c.finish_request(logs)?;
            // The NAR follows unframed; the daemon reports a failure to dump
            // with an error message in place of the archive.
            let len = c.from.num()?;
            if len == STDERR_ERROR {
                return Err(c.from.error(c.version)?);
            }
            let expect = |c: &mut Connection, len: Option<u64>, tok: &str| -> Result<()> {
                let got = match len {
                    Some(l) => c.from.bytes_of_len(l)?,
                    None => c.from.bytes()?,
                };
                if got != tok.as_bytes() {
                    return Err(proto(format!("unexpected data in the archive of '{full}'")));
                }
                Ok(())
            };
            expect(c, Some(len), NAR_MAGIC)?;
            for tok in ["(", "type"] {
                expect(c, None, tok)?;
            }
            let ty = c.from.bytes()?;
            if ty != b"regular" {
                return Err(proto(format!("'{full}' is not a regular file")));
            }
            let mut tok = c.from.bytes()?;
            if tok == b"executable" {
                expect(c, None, "")?;
                tok = c.from.bytes()?;
            }
            if tok != b"contents" {
                return Err(proto(format!("unexpected data in the archive of '{full}'")));
            }
            let contents = c.from.bytes()?;
            expect(c, None, ")")?;
            Ok(contents)
        })
    }
}

impl Store for DaemonStore {
    fn store_dir(&self) -> &StoreDir {
        &self.dir
    }

    fn add_text(&mut self, name: &str, contents: &[u8], references: &BTreeSet<StorePath>) -> Result<StorePath> {
        let expected = self.dir.text_path_for(name, contents, references)?;
        self.add_to_store(name, "text:sha256", references, contents, &expected)
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
        let cam = method.render_with_algo(algo);
        match (method, &info.root) {
            (ContentAddressMethod::Recursive, _) => self.add_to_store(name, &cam, references, nar, &info.path),
            (_, MemNode::File { contents, .. }) => self.add_to_store(name, &cam, references, contents, &info.path),
            // content_address_nar already rejected this.
            _ => Err(Error::BadArchive(format!("cannot add '{name}' as a flat file: regular file expected"))),
        }
    }

    fn is_valid_path(&mut self, path: &StorePath) -> Result<bool> {
        let full = self.dir.print(path);
        self.request(|c, logs| {
            c.to.num(WOP_IS_VALID_PATH)?;
            c.to.string(&full)?;
            c.finish_request(logs)?;
            Ok(c.from.num()? != 0)
        })
    }

    fn read_derivation(&mut self, path: &StorePath) -> Result<Derivation> {
        let bytes = self.read_store_file(path)?;
        let text = String::from_utf8(bytes)
            .map_err(|_| Error::BadDerivation(format!("derivation '{}' is not valid UTF-8", self.dir.print(path))))?;
        Derivation::parse_drv_file(&self.dir, path, &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_strings_are_padded() {
        let mut w = WireWriter { w: Vec::new() };
        w.string("abc").unwrap();
        w.num(7).unwrap();
        assert_eq!(w.w.len(), 8 + 8 + 8);
        assert_eq!(&w.w[8..16], b"abc\0\0\0\0\0");
        let mut r = WireReader { r: &w.w[..] };
        assert_eq!(r.string().unwrap(), "abc");
        assert_eq!(r.num().unwrap(), 7);
        assert!(r.num().is_err());
    }

    #[test]
    fn framing() {
        let mut w = WireWriter { w: Vec::new() };
        let data = vec![7u8; FRAME_SIZE + 3];
        w.framed(&data).unwrap();
        let mut r = WireReader { r: &w.w[..] };
        let mut got = Vec::new();
        loop {
            let n = r.num().unwrap();
            if n == 0 {
                break;
            }
            let mut chunk = vec![0u8; n as usize];
            r.r.read_exact(&mut chunk).unwrap();
            got.extend(chunk);
        }
        assert_eq!(got, data);
    }

    #[test]
    fn bogus_lengths_do_not_allocate_or_panic() {
        let mut data = u64::MAX.to_le_bytes().to_vec();
        data.extend_from_slice(b"short");
        let mut r = WireReader { r: &data[..] };
        assert!(r.string().is_err());
        let bad_pad = [1u8, 0, 0, 0, 0, 0, 0, 0, b'x', 1, 0, 0, 0, 0, 0, 0];
        assert!(WireReader { r: &bad_pad[..] }.bytes().unwrap_err().to_string().contains("padding"));
    }

    fn encode(f: impl FnOnce(&mut WireWriter<Vec<u8>>)) -> Vec<u8> {
        let mut w = WireWriter { w: Vec::new() };
        f(&mut w);
        w.w
    }

    #[test]
    fn stderr_messages_and_errors() {
        let data = encode(|w| {
            w.num(STDERR_NEXT).unwrap();
            w.string("hello\n").unwrap();
            w.num(STDERR_START_ACTIVITY).unwrap();
            for n in [5, 3, 100] {
                w.num(n).unwrap();
            }
            w.string("building").unwrap();
            w.num(2).unwrap();
            w.num(0).unwrap();
            w.num(42).unwrap();
            w.num(1).unwrap();
            w.string("f").unwrap();
            w.num(0).unwrap();
            w.num(STDERR_STOP_ACTIVITY).unwrap();
            w.num(5).unwrap();
            w.num(STDERR_ERROR).unwrap();
            w.string("Error").unwrap();
            w.num(0).unwrap();
            w.string("Error").unwrap();
            w.string("path '\u{1b}[35;1m/nix/store/x\u{1b}[0m' is not valid").unwrap();
            w.num(0).unwrap();
            w.num(1).unwrap();
            w.num(0).unwrap();
            w.string("while doing it").unwrap();
        });
        let mut r = WireReader { r: &data[..] };
        let mut logs = Vec::new();
        let res = r.stderr(CLIENT_VERSION, &mut logs).unwrap();
        assert_eq!(res.unwrap_err().to_string(), "path '/nix/store/x' is not valid\n… while doing it");
        assert_eq!(logs.len(), 3);
        assert_eq!(logs[0], LogEvent::Message("hello".into()));
        assert_eq!(
            logs[1],
            LogEvent::StartActivity {
                id: 5,
                level: 3,
                kind: 100,
                text: "building".into(),
                fields: vec![LogField::Int(42), LogField::String("f".into())],
                parent: 0
            }
        );
        // Unknown message types are protocol errors, not panics.
        let data = encode(|w| w.num(0x1234).unwrap());
        assert!(WireReader { r: &data[..] }.stderr(CLIENT_VERSION, &mut Vec::new()).is_err());
        // Old-style errors (protocol < 1.26).
        let data = encode(|w| {
            w.num(STDERR_ERROR).unwrap();
            w.string("boom").unwrap();
            w.num(1).unwrap();
        });
        let res = WireReader { r: &data[..] }.stderr((1 << 8) | 25, &mut Vec::new()).unwrap();
        assert_eq!(res.unwrap_err(), Error::Daemon("boom".into()));
    }

    #[test]
    fn connecting_to_nothing_fails_cleanly() {
        let e = DaemonStore::connect("/nonexistent/nixlet/socket", StoreDir::default()).unwrap_err();
        assert!(e.to_string().contains("cannot connect to the Nix daemon"), "{e}");
    }

    /// A fake daemon on a socket pair: checks the client's handshake bytes and
    /// answers like Nix 2.8.
    #[test]
    fn handshake_against_a_scripted_daemon() {
        let (client, mut server) = UnixStream::pair().unwrap();
        let daemon = std::thread::spawn(move || {
            let mut r = WireReader { r: server.try_clone().unwrap() };
            assert_eq!(r.num().unwrap(), WORKER_MAGIC_1);
            let mut w = WireWriter { w: Vec::new() };
            w.num(WORKER_MAGIC_2).unwrap();
            w.num((1 << 8) | 34).unwrap();
            server.write_all(&w.w).unwrap();
            assert_eq!(r.num().unwrap(), CLIENT_VERSION);
            assert_eq!(r.num().unwrap(), 0);
            assert_eq!(r.num().unwrap(), 0);
            let mut w = WireWriter { w: Vec::new() };
            w.string("2.8.0").unwrap();
            w.num(STDERR_LAST).unwrap();
            server.write_all(&w.w).unwrap();
            assert_eq!(r.num().unwrap(), WOP_SET_OPTIONS);
            for _ in 0..13 {
                r.num().unwrap();
            }
            server.write_all(&STDERR_LAST.to_le_bytes()).unwrap();
            // isValidPath
            assert_eq!(r.num().unwrap(), WOP_IS_VALID_PATH);
            assert_eq!(r.string().unwrap(), "/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test");
            let mut w = WireWriter { w: Vec::new() };
            w.num(STDERR_NEXT).unwrap();
            w.string("checking\n").unwrap();
            w.num(STDERR_LAST).unwrap();
            w.num(1).unwrap();
            server.write_all(&w.w).unwrap();
        });
        let r = client.try_clone().unwrap();
        let w = client.try_clone().unwrap();
        let mut conn = Connection {
            stream: client,
            from: WireReader { r: BufReader::new(r) },
            to: WireWriter { w: BufWriter::new(w) },
            version: CLIENT_VERSION,
            daemon_nix_version: None,
        };
        conn.handshake(&mut Vec::new()).unwrap();
        assert_eq!(conn.daemon_nix_version.as_deref(), Some("2.8.0"));
        let mut store = DaemonStore {
            socket: PathBuf::new(),
            dir: StoreDir::default(),
            conn: Some(conn),
            handler: None,
            recent: VecDeque::new(),
        };
        let p = store.dir.parse_path("/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test").unwrap();
        assert!(store.is_valid_path(&p).unwrap());
        assert_eq!(store.recent_logs().next(), Some(&LogEvent::Message("checking".into())));
        daemon.join().unwrap();
    }
}
