//! # nixlet-wasm
//!
//! nixlet for the browser: the engine of the playground page in `wasm/www/`.
//!
//! The crate has two layers:
//!
//! - a plain Rust API ([`Playground`], [`Settings`], [`Mode`], [`Outcome`]) that
//!   builds on the `nixlet` facade only and is tested natively;
//! - thin `#[wasm_bindgen]` exports over it (module `bindings`, compiled only for
//!   `wasm32`), which `wasm/build.sh` turns into an ES module with
//!   `wasm-bindgen --target web`.
//!
//! Every evaluation is sandboxed: it is pure, restricted (no environment:
//! `builtins.getEnv` fails, no `currentTime`/`currentSystem`/`storePath`), reads
//! files only from the in-memory file system the host filled with
//! [`Playground::add_file`], computes store paths without writing anything
//! ([`StoreWrites::ComputeOnly`]), and runs under limits (50,000,000 steps,
//! 256 MiB of heap, 10 seconds; see [`Settings::default`]). Each evaluation gets a
//! fresh evaluator, so its memory is returned when it ends and a limit that fired
//! leaves nothing behind.
//!
//! ```
//! use nixlet_wasm::{Mode, Playground};
//!
//! let mut p = Playground::new();
//! p.add_file("lib.nix", "{ double = x: x * 2; }");
//! let out = p.evaluate("(import ./lib.nix).double 21", Mode::Value);
//! assert!(out.ok);
//! assert_eq!(out.output, "42");
//!
//! let out = p.evaluate("builtins.getEnv \"HOME\"", Mode::Value);
//! assert!(!out.ok);
//! assert!(out.output.starts_with("error:"));
//! ```

use nixlet::{EvalMessage, Evaluator, MemIo, Origin, StoreWrites};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;

#[cfg(target_arch = "wasm32")]
mod bindings;

/// What an evaluation prints, as the matching `nix-instantiate` flags would.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `--eval`: the value, evaluated as far as printing needs.
    Value,
    /// `--eval --strict`: the value, evaluated deeply.
    Strict,
    /// `--eval --json`: the value as JSON (deeply evaluated).
    Json,
    /// `--parse`: the expression as parsed (after every parse-time check).
    Parse,
}

impl Mode {
    /// The mode named `value`, `strict`, `json` or `parse`.
    pub fn from_name(name: &str) -> Option<Mode> {
        match name {
            "value" | "eval" => Some(Mode::Value),
            "strict" => Some(Mode::Strict),
            "json" => Some(Mode::Json),
            "parse" => Some(Mode::Parse),
            _ => None,
        }
    }

    /// The name [`Mode::from_name`] accepts.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Value => "value",
            Mode::Strict => "strict",
            Mode::Json => "json",
            Mode::Parse => "parse",
        }
    }
}

/// Limits and options of every evaluation of a [`Playground`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Evaluation steps (function calls, thunk evaluations, builtin steps); `None`:
    /// unlimited.
    pub max_steps: Option<u64>,
    /// Heap the evaluation may allocate, in bytes; `None`: unlimited.
    pub max_heap_bytes: Option<usize>,
    /// Wall-clock time; `None`: unlimited.
    pub timeout: Option<Duration>,
    /// Print every trace frame of an error (`--show-trace`).
    pub show_trace: bool,
    /// What evaluation may do to the (in-memory, per-evaluation) store.
    pub store_writes: StoreWrites,
    /// Experimental features (`pipe-operators`, ...).
    pub experimental_features: Vec<String>,
}

impl Default for Settings {
    /// 50,000,000 steps, 256 MiB of heap, 10 s, no `--show-trace`, store paths
    /// computed but nothing written, no experimental features.
    fn default() -> Self {
        Settings {
            max_steps: Some(50_000_000),
            max_heap_bytes: Some(256 << 20),
            timeout: Some(Duration::from_secs(10)),
            show_trace: false,
            store_writes: StoreWrites::ComputeOnly,
            experimental_features: Vec::new(),
        }
    }
}

/// The result of [`Playground::evaluate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Whether evaluation succeeded.
    pub ok: bool,
    /// On success what `nix-instantiate` prints on standard output (without the
    /// final newline); on failure the error as it prints it (`error: …`, with
    /// location and code excerpt, no colours).
    pub output: String,
    /// What evaluation printed on the way (`trace: …`, warnings), in order.
    pub messages: Vec<String>,
}

/// The directory the evaluated expression lives in: `./x.nix` in it is `/x.nix`.
pub const BASE_DIR: &str = "/";

/// An in-memory file system plus [`Settings`]: evaluates expressions in the sandbox.
#[derive(Debug, Clone, Default)]
pub struct Playground {
    files: BTreeMap<String, Vec<u8>>,
    /// Limits and options of every evaluation (public: adjust freely).
    pub settings: Settings,
}

impl Playground {
    /// An empty file system and the default [`Settings`].
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty file system and the given settings.
    pub fn with_settings(settings: Settings) -> Self {
        Playground { files: BTreeMap::new(), settings }
    }

    /// Adds (or replaces) a file. A relative `path` is taken relative to
    /// [`BASE_DIR`], so `add_file("lib/a.nix", …)` makes `import ./lib/a.nix` work;
    /// `.` and `..` components are resolved. Returns the absolute path stored.
    pub fn add_file(&mut self, path: &str, text: &str) -> String {
        let abs = normalize(path);
        self.files.insert(abs.clone(), text.as_bytes().to_vec());
        abs
    }

    /// Removes a file (same path rules as [`Playground::add_file`]); whether it was there.
    pub fn remove_file(&mut self, path: &str) -> bool {
        self.files.remove(&normalize(path)).is_some()
    }

    /// Removes every file.
    pub fn clear_files(&mut self) {
        self.files.clear();
    }

    /// The absolute paths of the files, sorted.
    pub fn file_paths(&self) -> Vec<String> {
        self.files.keys().cloned().collect()
    }

    /// A fresh sandboxed evaluator over a copy of the files; trace output goes to
    /// `messages`.
    fn evaluator(&self, messages: &Rc<RefCell<Vec<String>>>) -> Evaluator {
        let io = MemIo { files: self.files.clone(), env: BTreeMap::new() };
        let sink = messages.clone();
        let s = &self.settings;
        let mut b = Evaluator::builder()
            .io(io)
            // the in-memory file system is the whole world; restricted mode adds the
            // rest of the sandbox: no environment, pure, no `storePath`
            .restricted([BASE_DIR])
            .store_writes(s.store_writes)
            .on_message(move |m| {
                let text = match m {
                    EvalMessage::Trace(t) | EvalMessage::Warning(t) => t,
                };
                sink.borrow_mut().push(text);
            });
        if let Some(n) = s.max_steps {
            b = b.max_steps(n);
        }
        if let Some(n) = s.max_heap_bytes {
            b = b.max_heap_bytes(n);
        }
        if let Some(t) = s.timeout {
            b = b.timeout(t);
        }
        for f in &s.experimental_features {
            b = b.experimental_feature(f);
        }
        b.build()
    }

    /// Evaluates (or, in [`Mode::Parse`], parses) `source` as `nix-instantiate
    /// --eval -E` would with the flags of `mode`, relative to [`BASE_DIR`].
    pub fn evaluate(&self, source: &str, mode: Mode) -> Outcome {
        let messages = Rc::new(RefCell::new(Vec::new()));
        let eval = self.evaluator(&messages);
        let show_trace = self.settings.show_trace;
        let result = run(&eval, source, mode).map_err(|e| e.render(show_trace));
        // the evaluator (holding the other handle of `messages`) goes first
        drop(eval);
        let messages = match Rc::try_unwrap(messages) {
            Ok(cell) => cell.into_inner(),
            Err(rc) => rc.borrow().clone(),
        };
        match result {
            Ok(output) => Outcome { ok: true, output, messages },
            Err(output) => Outcome { ok: false, output, messages },
        }
    }

    /// Parses `source` and runs the parse-time checks ([`Mode::Parse`]).
    pub fn parse(&self, source: &str) -> Outcome {
        self.evaluate(source, Mode::Parse)
    }
}

fn run(eval: &Evaluator, source: &str, mode: Mode) -> Result<String, nixlet::Error> {
    if mode == Mode::Parse {
        return eval.parse(Origin::Expr, source, BASE_DIR);
    }
    let value = eval.eval_str_in(source, BASE_DIR)?;
    if mode != Mode::Value {
        value.force_deep()?;
    }
    match mode {
        Mode::Json => value.to_json(),
        _ => Ok(value.to_nix_string()),
    }
}

/// `path` as an absolute path without `.`, `..` or empty components.
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let joined;
    let path = if path.starts_with('/') {
        path
    } else {
        joined = format!("{BASE_DIR}/{path}");
        &joined
    };
    for c in path.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Evaluates `source` in a [`Playground`] without files and with default settings.
pub fn evaluate(source: &str, mode: Mode) -> Outcome {
    Playground::new().evaluate(source, mode)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_paths() {
        assert_eq!(normalize("a.nix"), "/a.nix");
        assert_eq!(normalize("./lib/../a.nix"), "/a.nix");
        assert_eq!(normalize("/x//y/./z.nix"), "/x/y/z.nix");
        assert_eq!(normalize("../../a"), "/a");
        assert_eq!(normalize(""), "/");
    }

    #[test]
    fn mode_names_round_trip() {
        for m in [Mode::Value, Mode::Strict, Mode::Json, Mode::Parse] {
            assert_eq!(Mode::from_name(m.name()), Some(m));
        }
        assert_eq!(Mode::from_name("xml"), None);
    }
}
