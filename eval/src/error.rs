//! Evaluation errors: values with a kind, a message, a position and a trace.
//!
//! Catchable errors (`throw`, failed `assert`) are distinct from fatal ones:
//! `builtins.tryEval` only catches the former. [`Error::render`] prints an error
//! exactly as C++ Nix does (`error:`, `… while …` trace frames, `at FILE:L:C:`, code
//! excerpt).

use nixlet_parser::diagnostic::{indent_block, pos_block};
use nixlet_parser::{Diagnostic, SourceDb, Span};

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// `throw` (catchable by `tryEval`).
    Throw,
    /// A failed `assert` (catchable).
    Assert,
    /// `abort`.
    Abort,
    /// Type errors, missing attributes, bad arguments, ... (the common case).
    Eval,
    /// A thunk forced while being evaluated.
    InfiniteRecursion,
    /// `max-call-depth` exceeded.
    StackOverflow,
    /// Syntax errors (of an imported file, or of the main file).
    Parse,
    /// A file could not be read, or access was refused.
    Io,
    /// A resource limit set by the host fired (fuel, memory, deadline, cancel).
    Limit,
}

/// When a trace frame is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TracePrint {
    /// Within the first few frames, or always with `--show-trace`.
    Default,
    /// Even when the trace is truncated (Nix's `TracePrint::Always`).
    Always,
    /// Only with `--show-trace`: Nix records these frames (function calls) only then.
    ShowTraceOnly,
}

/// One `… while …` line of a trace.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TraceFrame {
    /// Where.
    pub span: Option<Span>,
    /// What was happening.
    pub msg: String,
    /// When it is printed.
    pub print: TracePrint,
}

/// The payload of an [`Error`].
#[derive(Debug, Clone)]
pub struct ErrorInner {
    /// Kind.
    pub kind: ErrorKind,
    /// Message, worded as C++ Nix words it.
    pub msg: String,
    /// Where the error happened, if known.
    pub span: Option<Span>,
    /// Context, innermost first (printed outermost first).
    pub trace: Vec<TraceFrame>,
    /// `Did you mean …?` suggestions.
    pub suggestions: Vec<String>,
    /// Diagnostics of a parse error.
    pub diagnostics: Vec<Diagnostic>,
    /// The error deliberately has no position (Nix prints none for it); [`Error::at`]
    /// leaves it alone.
    pub no_pos: bool,
    /// For infinite recursion: the thunk that was forced again while being evaluated
    /// (where its first forcing unwinds, the trace says `entering the infinite recursion`).
    pub blackhole: Option<crate::value::ThunkId>,
    /// The instruction that raised the error, when the interpreter placed it there
    /// (`Vm::locate`): the frame it unwinds from first was running that instruction
    /// (otherwise it was waiting for a call at the instruction before its `pc`).
    pub raised_at: Option<u32>,
    /// Raised at `raised_at` by forcing a thunk whose evaluation had failed
    /// before (`Thunk::Failed`): an error of the operand forced there, as if the
    /// thunk had failed again, not of the instruction.
    pub rethrown: bool,
    /// Where this error is memoised (`Vm::failed`), once a thunk it unwound
    /// through was marked failed: every thunk this propagation fails shares it.
    pub memo: Option<u32>,
}

/// An evaluation error (boxed: results stay small on the hot path).
#[derive(Debug, Clone)]
pub struct Error(pub Box<ErrorInner>);

/// Result of evaluation steps.
pub type EvalResult<T> = Result<T, Error>;

impl Error {
    /// A new error.
    pub fn new(kind: ErrorKind, msg: impl Into<String>) -> Self {
        Error(Box::new(ErrorInner {
            kind,
            msg: msg.into(),
            span: None,
            trace: Vec::new(),
            suggestions: Vec::new(),
            diagnostics: Vec::new(),
            no_pos: false,
            blackhole: None,
            raised_at: None,
            rethrown: false,
            memo: None,
        }))
    }

    /// `infinite recursion encountered`: `thunk` was forced while being evaluated.
    pub fn infinite_recursion(thunk: crate::value::ThunkId) -> Self {
        let mut e = Self::new(ErrorKind::InfiniteRecursion, "infinite recursion encountered");
        e.0.blackhole = Some(thunk);
        e
    }

    /// `stack overflow; max-call-depth exceeded`: calls nested past the call depth,
    /// or data walked past the nesting limit (C++ Nix's message for both).
    pub fn stack_overflow() -> Self {
        Self::new(ErrorKind::StackOverflow, "stack overflow; max-call-depth exceeded")
    }

    /// A type/evaluation error.
    pub fn eval(msg: impl Into<String>) -> Self {
        Self::new(ErrorKind::Eval, msg)
    }

    /// A parse error made of diagnostics.
    pub fn parse(diagnostics: Vec<Diagnostic>) -> Self {
        let first = diagnostics.iter().find(|d| d.severity == nixlet_parser::Severity::Error).cloned();
        let mut e = Self::new(ErrorKind::Parse, first.as_ref().map(|d| d.message.clone()).unwrap_or_default());
        e.0.span = first.and_then(|d| d.span);
        e.0.diagnostics = diagnostics;
        e
    }

    /// Marks the error as having no position of its own (context is in the trace).
    pub fn unlocated(mut self) -> Self {
        self.0.no_pos = true;
        self
    }

    /// Sets the position if none is set yet.
    pub fn at(mut self, span: Option<Span>) -> Self {
        if self.0.span.is_none() && !self.0.no_pos {
            self.0.span = span;
        }
        self
    }

    /// Appends a trace frame (an outer context).
    pub fn trace(mut self, span: Option<Span>, msg: impl Into<String>) -> Self {
        self.0.trace.push(TraceFrame { span, msg: msg.into(), print: TracePrint::Default });
        self
    }

    /// Appends a trace frame that is printed even without `--show-trace`.
    pub fn trace_always(mut self, span: Option<Span>, msg: impl Into<String>) -> Self {
        self.0.trace.push(TraceFrame { span, msg: msg.into(), print: TracePrint::Always });
        self
    }

    /// Appends a trace frame that is printed only with `--show-trace`.
    pub fn trace_if_shown(mut self, span: Option<Span>, msg: impl Into<String>) -> Self {
        self.0.trace.push(TraceFrame { span, msg: msg.into(), print: TracePrint::ShowTraceOnly });
        self
    }

    /// The kind.
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }

    /// The message.
    pub fn message(&self) -> &str {
        &self.0.msg
    }

    /// True for errors `builtins.tryEval` catches.
    pub fn is_catchable(&self) -> bool {
        matches!(self.0.kind, ErrorKind::Throw | ErrorKind::Assert)
    }

    /// Renders the error as C++ Nix prints it (no trailing newline).
    ///
    /// Without `show_trace`, only the first (outermost) few frames are printed, as
    /// Nix does, followed by a truncation note.
    pub fn render(&self, db: &SourceDb, show_trace: bool) -> String {
        self.render_as(db, show_trace, "error: ")
    }

    /// The error laid out as C++ Nix prints a warning that has a position and a
    /// trace (`logWarning` of an `ErrorInfo`): as [`Error::render`], headed
    /// `warning:`.
    pub fn render_warning(&self, db: &SourceDb, show_trace: bool) -> String {
        self.render_as(db, show_trace, "warning: ")
    }

    fn render_as(&self, db: &SourceDb, show_trace: bool, head: &str) -> String {
        let e = &self.0;
        let mut oss = String::new();
        let frames: Vec<&TraceFrame> = e
            .trace
            .iter()
            .rev()
            .filter(|t| !t.msg.is_empty() && (show_trace || t.print != TracePrint::ShowTraceOnly))
            .collect();
        if !frames.is_empty() {
            // a set, as Nix's: a trace can have tens of thousands of frames
            // (nested derivations), and a list made rendering quadratic
            let mut seen: rustc_hash::FxHashSet<&TraceFrame> = Default::default();
            let mut skipped: Vec<&TraceFrame> = Vec::new();
            let mut count = 0usize;
            let mut truncate = false;
            // as Nix's printTrace: a frame counts once more if it has a position
            let print = |oss: &mut String, count: &mut usize, t: &TraceFrame| {
                oss.push_str("\n… ");
                oss.push_str(&t.msg);
                oss.push('\n');
                if let Some(span) = t.span {
                    let b = pos_block(db, span, "  ");
                    if !b.is_empty() {
                        oss.push_str(&b);
                        oss.push('\n');
                    }
                    *count += 1;
                }
            };
            // Nix means to forget the seen frames after an omitted chunk, but clears
            // a copy of its set (`printSkippedTracesMaybe` takes it by value), so the
            // set is kept: so is it here, for the same output
            let flush_skipped = |oss: &mut String, count: &mut usize, skipped: &mut Vec<&TraceFrame>| {
                if skipped.is_empty() {
                    return;
                }
                if skipped.len() <= 5 {
                    for t in skipped.iter() {
                        print(oss, count, t);
                    }
                } else {
                    oss.push_str(&format!("\n({} duplicate frames omitted)\n", skipped.len()));
                }
                skipped.clear();
            };
            for t in frames {
                if !show_trace && count > 3 {
                    truncate = true;
                }
                if truncate && t.print != TracePrint::Always {
                    continue;
                }
                if !seen.insert(t) {
                    skipped.push(t);
                    continue;
                }
                flush_skipped(&mut oss, &mut count, &mut skipped);
                count += 1;
                print(&mut oss, &mut count, t);
            }
            flush_skipped(&mut oss, &mut count, &mut skipped);
            if truncate {
                oss.push_str("\n(stack trace truncated; use '--show-trace' to show the full, detailed trace)\n");
            }
            oss.push('\n');
            oss.push_str(head);
        }
        if e.kind == ErrorKind::Parse && !e.diagnostics.is_empty() {
            // a parse error (possibly of an imported file): print like Nix's ParseError
            let d = e
                .diagnostics
                .iter()
                .find(|d| d.severity == nixlet_parser::Severity::Error)
                .unwrap_or(&e.diagnostics[0]);
            oss.push_str(&d.message);
            oss.push('\n');
            if let Some(span) = d.span {
                oss.push_str(&pos_block(db, span, ""));
                oss.push('\n');
            }
        } else {
            oss.push_str(&e.msg);
            oss.push('\n');
            if let Some(span) = e.span {
                let b = pos_block(db, span, "");
                if !b.is_empty() {
                    oss.push_str(&b);
                    oss.push('\n');
                }
            }
        }
        if !e.suggestions.is_empty() {
            oss.push_str(&format!("Did you mean {}?\n", join_suggestions(&e.suggestions)));
        }
        let mut out = indent_block(head, &oss);
        // a message that ends with its own newline (toml11's, which `fromTOML`
        // repeats) leaves an indented empty line last, as C++ Nix prints it
        if e.msg.ends_with('\n') && e.span.is_none() && e.suggestions.is_empty() && e.kind != ErrorKind::Parse {
            out.push('\n');
            out.push_str(&" ".repeat(head.len()));
        }
        out
    }
}

fn join_suggestions(s: &[String]) -> String {
    match s {
        [] => String::new(),
        [a] => a.clone(),
        _ => {
            let (last, init) = s.split_last().unwrap_or((&s[0], &[]));
            format!("one of {} or {}", init.join(", "), last)
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.msg)
    }
}

impl std::error::Error for Error {}

/// Levenshtein distance (for "Did you mean" suggestions).
pub fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = if a[i - 1] == b[j - 1] { 0 } else { 1 };
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Nix's suggestion list: names within edit distance 2 (at most 5, closest first).
pub fn suggest<'a>(target: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut v: Vec<(usize, &str)> = candidates.map(|c| (levenshtein(target, c), c)).filter(|(d, _)| *d <= 2).collect();
    v.sort();
    v.truncate(5);
    v.into_iter().map(|(_, c)| c.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_traces_render_each_frame_once() {
        // A chain of nested derivations leaves one "always" frame per level, all
        // different: rendering compares each with the frames seen so far, which
        // must not cost a scan of all of them (60,000 frames took seconds).
        let n = 60_000;
        let mut e = Error::eval("boom");
        for i in 0..n {
            e = e.trace_always(None, format!("while evaluating derivation 'test-{i}'"));
        }
        // the same frame again, six times: omitted as duplicates
        for _ in 0..6 {
            e = e.trace_always(None, format!("while evaluating derivation 'test-{}'", n - 1));
        }
        let out = e.render(&SourceDb::new(), false);
        assert_eq!(out.matches("while evaluating derivation").count(), n);
        assert!(out.contains("(6 duplicate frames omitted)"), "{}", &out[..200]);
        assert!(out.ends_with("error: boom"), "{}", &out[out.len() - 200..]);
    }
}
