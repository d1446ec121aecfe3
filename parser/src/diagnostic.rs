//! Diagnostics as plain data, and their rendering.
//!
//! A [`Diagnostic`] is a span and a message; nothing here prints by itself. Two
//! renderers exist: [`render_nix`] reproduces C++ Nix's layout byte for byte (the CLI's
//! default, since tools parse `nix-instantiate`'s output), and [`render_codespan`]
//! uses `codespan-reporting` for a richer, colourable layout (REPL, language servers).
//! Both compute lines and columns from the same [`SourceDb`].

use crate::source::{SourceDb, Span};
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term;
use std::ops::Range;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// Stops parsing or evaluation.
    Error,
    /// Reported, evaluation continues.
    Warning,
}

/// A message attached to a source span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where; `None` for messages without a position.
    pub span: Option<Span>,
    /// The message, worded as C++ Nix words it.
    pub message: String,
    /// Printed as C++ Nix prints a plain `warn` that names its place in its text:
    /// `warning: at FILE:LINE:COL: MESSAGE`, its lines not indented and no code
    /// excerpt ([`render_nix`]).
    pub inline_pos: bool,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, span: Some(span), message: message.into(), inline_pos: false }
    }

    /// A warning at `span`.
    pub fn warning(span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, span: Some(span), message: message.into(), inline_pos: false }
    }

    /// A warning at `span` with its position in its text (see `inline_pos`).
    pub fn plain_warning(span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, span: Some(span), message: message.into(), inline_pos: true }
    }
}

/// Indents a message block the way C++ Nix does: the first line gets `prefix`, every
/// other line as many spaces as `prefix` is wide; trailing whitespace is trimmed from
/// every line and from the end.
pub fn indent_block(prefix: &str, text: &str) -> String {
    let rest = " ".repeat(prefix.chars().count());
    let mut out = String::with_capacity(text.len() + 64);
    let text = text.trim_end();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut l = String::with_capacity(line.len() + rest.len());
        l.push_str(if i == 0 { prefix } else { &rest });
        l.push_str(line);
        out.push_str(l.trim_end());
    }
    out
}

/// `{indent}at FILE:LINE:COL:` followed by the code excerpt (previous line, the line,
/// a caret under the column, next line), unindented as C++ Nix builds it before the
/// whole message is indented. Empty if the file is unknown.
pub fn pos_block(db: &SourceDb, span: Span, indent: &str) -> String {
    let mut out = String::new();
    let Some(file) = db.get(span.file) else {
        return out;
    };
    let (line, col) = file.line_col(span.range.start().into());
    out.push_str(indent);
    out.push_str(&format!("at {}:{}:{}:", file.origin, line, col));
    let push_line = |out: &mut String, n: u32, text: &str| {
        out.push('\n');
        out.push_str(&format!(" {n:>5}| {text}"));
    };
    if line > 1
        && let Some(prev) = file.line_text(line - 1)
    {
        push_line(&mut out, line - 1, prev);
    }
    if let Some(cur) = file.line_text(line) {
        push_line(&mut out, line, cur);
        out.push_str("\n      |");
        out.push_str(&" ".repeat(col as usize));
        out.push('^');
    }
    if line < file.line_count()
        && let Some(next) = file.line_text(line + 1)
    {
        push_line(&mut out, line + 1, next);
    }
    out
}

/// Renders a diagnostic exactly as C++ Nix prints a parse error (no trailing newline).
pub fn render_nix(db: &SourceDb, diag: &Diagnostic) -> String {
    let head = match diag.severity {
        Severity::Error => "error: ",
        Severity::Warning => "warning: ",
    };
    if diag.inline_pos {
        let place = diag.span.and_then(|s| {
            let file = db.get(s.file)?;
            let (line, col) = file.line_col(s.range.start().into());
            Some(format!("at {}:{line}:{col}: ", file.origin))
        });
        return format!("{head}{}{}", place.unwrap_or_default(), diag.message);
    }
    let mut body = diag.message.clone();
    body.push('\n');
    if let Some(span) = diag.span {
        body.push_str(&pos_block(db, span, ""));
    }
    indent_block(head, &body)
}

/// Adapter exposing a [`SourceDb`] to `codespan-reporting`.
struct CsFiles<'a>(&'a SourceDb);

impl<'a> Files<'a> for CsFiles<'a> {
    type FileId = u32;
    type Name = String;
    type Source = &'a str;

    fn name(&'a self, id: u32) -> Result<String, FilesError> {
        let f = self.0.get(crate::FileId(id)).ok_or(FilesError::FileMissing)?;
        Ok(f.origin.to_string())
    }

    fn source(&'a self, id: u32) -> Result<&'a str, FilesError> {
        let f = self.0.get(crate::FileId(id)).ok_or(FilesError::FileMissing)?;
        Ok(&f.text)
    }

    fn line_index(&'a self, id: u32, byte_index: usize) -> Result<usize, FilesError> {
        let f = self.0.get(crate::FileId(id)).ok_or(FilesError::FileMissing)?;
        Ok(f.line_col(byte_index as u32).0 as usize - 1)
    }

    fn line_range(&'a self, id: u32, line_index: usize) -> Result<Range<usize>, FilesError> {
        let f = self.0.get(crate::FileId(id)).ok_or(FilesError::FileMissing)?;
        f.line_range(line_index).ok_or(FilesError::LineTooLarge { given: line_index, max: f.line_count() as usize - 1 })
    }
}

/// Renders a diagnostic with `codespan-reporting` (plain text, no colour).
///
/// The location line reads `at FILE:LINE:COL` and is followed by the annotated excerpt.
pub fn render_codespan(db: &SourceDb, diag: &Diagnostic) -> String {
    let files = CsFiles(db);
    let mut cs = match diag.severity {
        Severity::Error => CsDiagnostic::error(),
        Severity::Warning => CsDiagnostic::warning(),
    }
    .with_message(diag.message.clone());
    if let Some(span) = diag.span {
        let range: Range<usize> = span.range.start().into()..span.range.end().into();
        cs = cs.with_labels(vec![Label::primary(span.file.0, range)]);
    }
    let mut config = term::Config::default();
    config.chars.snippet_start = "at".into();
    match term::emit_into_string(&config, &files, &cs) {
        Ok(s) => s.trim_end().to_string(),
        Err(_) => render_nix(db, diag),
    }
}
