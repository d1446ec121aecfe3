//! Source files and positions.
//!
//! Every piece of Nix text an evaluator sees (a file, an `-E` expression, stdin, an
//! embedded helper) is registered once in a [`SourceDb`] and named by a [`FileId`].
//! Positions are byte offsets; line and column numbers are computed only when a
//! diagnostic is rendered. Columns are 1-based *byte* columns, as C++ Nix prints them.

use std::sync::Arc;

pub use rowan::{TextRange, TextSize};

/// Index of a file in a [`SourceDb`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A file plus a byte range in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    /// The file.
    pub file: FileId,
    /// Byte range in the file's text.
    pub range: TextRange,
}

impl Span {
    /// A span covering `range` in `file`.
    pub fn new(file: FileId, range: TextRange) -> Self {
        Span { file, range }
    }
}

/// How a source is named when shown to a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file on disk (or in a virtual file system): an absolute path.
    Path(String),
    /// An expression given on the command line with `-E` / `--expr`.
    Expr,
    /// Standard input.
    Stdin,
    /// Source text built into nixlet (e.g. the `derivation` wrapper).
    Builtin(&'static str),
    /// Any other host-provided text, with a display name.
    Other(String),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Path(p) => f.write_str(p),
            Origin::Expr => f.write_str("«string»"),
            Origin::Stdin => f.write_str("«stdin»"),
            Origin::Builtin(name) => write!(f, "«nix-internal»/{name}"),
            Origin::Other(name) => f.write_str(name),
        }
    }
}

/// Whether byte `i` ends a line: as in C++ Nix, a line ends at `\n`, `\r\n` or
/// a lone `\r`.
fn ends_line(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(b'\n') => true,
        Some(b'\r') => bytes.get(i + 1) != Some(&b'\n'),
        _ => false,
    }
}

/// 1-based line and byte column of `offset` in `text`, for a text not registered
/// as a [`SourceFile`] (which keeps its line starts for repeated lookups).
pub fn line_col(text: &str, offset: u32) -> (u32, u32) {
    let bytes = text.as_bytes();
    let off = (offset as usize).min(bytes.len());
    let mut line = 1u32;
    let mut start = 0usize;
    for i in 0..off {
        if ends_line(bytes, i) {
            line += 1;
            start = i + 1;
        }
    }
    (line, (off - start) as u32 + 1)
}

/// One registered source text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Where the text came from.
    pub origin: Origin,
    /// The text (always valid UTF-8; see [`crate::decode_source`]).
    pub text: Arc<str>,
    /// Where each line starts: found the first time a position is looked up, as
    /// most files never show one (a big generated file: 3% of its parsing).
    line_starts: std::sync::OnceLock<Vec<u32>>,
}

impl SourceFile {
    fn new(origin: Origin, text: Arc<str>) -> Self {
        SourceFile { origin, text, line_starts: std::sync::OnceLock::new() }
    }

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0u32];
            let bytes = self.text.as_bytes();
            for i in 0..bytes.len() {
                if ends_line(bytes, i) {
                    starts.push(i as u32 + 1);
                }
            }
            starts
        })
    }

    /// 1-based line and 1-based byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let starts = self.line_starts();
        let line = match starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = starts.get(line).copied().unwrap_or(0);
        (line as u32 + 1, offset.saturating_sub(start) + 1)
    }

    /// The text of 1-based line `line`, without its line terminator.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let idx = (line as usize).checked_sub(1)?;
        let starts = self.line_starts();
        let start = *starts.get(idx)? as usize;
        let end = starts.get(idx + 1).map(|e| *e as usize - 1).unwrap_or(self.text.len());
        let s = self.text.get(start..end)?;
        Some(s.strip_suffix('\r').unwrap_or(s))
    }

    /// The byte range of 0-based line `idx`, with its line terminator.
    pub fn line_range(&self, idx: usize) -> Option<std::ops::Range<usize>> {
        let starts = self.line_starts();
        let start = *starts.get(idx)? as usize;
        let end = starts.get(idx + 1).map(|e| *e as usize).unwrap_or(self.text.len());
        Some(start..end)
    }

    /// Number of lines (a final line without a newline counts).
    pub fn line_count(&self) -> u32 {
        self.line_starts().len() as u32
    }
}

/// All source texts known to one evaluator.
#[derive(Debug, Default, Clone)]
pub struct SourceDb {
    files: Vec<SourceFile>,
}

impl SourceDb {
    /// An empty database.
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a text and returns its id.
    pub fn add(&mut self, origin: Origin, text: impl Into<Arc<str>>) -> FileId {
        let id = FileId(self.files.len() as u32);
        self.files.push(SourceFile::new(origin, text.into()));
        id
    }

    /// The file with id `id`, if it exists.
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    /// Number of registered files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True if no file is registered.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// `FILE:LINE:COL` for the start of a span, as Nix prints positions.
    pub fn describe(&self, span: Span) -> String {
        match self.get(span.file) {
            Some(f) => {
                let (l, c) = f.line_col(span.range.start().into());
                format!("{}:{}:{}", f.origin, l, c)
            }
            None => "«unknown»".to_string(),
        }
    }
}
