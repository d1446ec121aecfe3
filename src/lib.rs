//! # nixlet
//!
//! An embeddable evaluator for the Nix language.
//!
//! ```
//! let eval = nixlet::Evaluator::builder().build();
//! let v = eval.eval_str("let x = 20; in { answer = x * 2 + 2; }").unwrap();
//! assert_eq!(v.attr("answer").unwrap().unwrap().as_int().unwrap(), 42);
//! ```
//!
//! Values are lazy: [`Value`] handles force only what you ask for.
//!
//! ```
//! let eval = nixlet::Evaluator::builder().build();
//! let v = eval.eval_str(r#"{ ok = "fine"; bad = throw "never forced"; }"#).unwrap();
//! assert_eq!(v.attr("ok").unwrap().unwrap().as_str().unwrap(), "fine");
//! // `bad` is only evaluated when asked for:
//! let err = v.attr("bad").unwrap_err();
//! assert_eq!(err.message(), "never forced");
//! ```
//!
//! Functions can be called from Rust:
//!
//! ```
//! let eval = nixlet::Evaluator::builder().build();
//! let f = eval.eval_str("{ a, b ? 1 }: a + b").unwrap();
//! let arg = eval.eval_str("{ a = 41; }").unwrap();
//! assert_eq!(f.call(&[arg]).unwrap().as_int().unwrap(), 42);
//! ```
//!
//! The evaluator never touches the OS by itself: file access and environment go
//! through an [`Io`] implementation chosen by the host ([`OsIo`] for the real file
//! system, [`MemIo`] for a virtual one, [`NoIo`] for none).
//!
//! Editors and language servers use [`analysis`]: diagnostics, definitions,
//! references and the names in scope, without evaluating anything.

pub mod analysis;
pub mod os_io;

/// The README's Rust examples, compiled and run as doc tests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use nixlet_eval::io::RestrictedIo;
pub use nixlet_eval::io::{FileType, Io, IoError, MemIo, NoIo};
use nixlet_eval::print::{deep_force_top, print_value};
use nixlet_eval::value::{Type, Value as RawValue};
pub use nixlet_eval::vm::Limits;
use nixlet_eval::vm::{EvalOptions, Interrupt, Message, Vm};
pub use nixlet_eval::{ErrorKind, vm::Message as EvalMessage};
pub use nixlet_parser::{Detached, LintLevel, Origin, ParseOptions};
pub use os_io::OsIo;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use web_time::Instant;

/// Configures and creates an [`Evaluator`].
pub struct EvaluatorBuilder {
    io: Option<Box<dyn Io>>,
    search_path: Vec<(String, String)>,
    pure: bool,
    max_call_depth: usize,
    max_nesting_depth: Option<usize>,
    experimental: Vec<String>,
    lints: [LintLevel; 3],
    current_system: String,
    on_message: Option<Box<dyn FnMut(Message)>>,
    on_memory_released: Option<Box<dyn FnMut()>>,
    home: Option<String>,
    store: Option<Box<dyn nixlet_store::Store>>,
    limits: Limits,
    timeout: Option<Duration>,
    cancel: Option<Arc<AtomicBool>>,
    restricted: Option<Vec<String>>,
    store_writes: Option<StoreWrites>,
    inline_calls: bool,
}

/// What happens when evaluation wants to write to the store (`builtins.toFile`,
/// copying `./path` values, writing `.drv` files).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreWrites {
    /// Writes go to the configured store.
    Allow,
    /// Store paths are computed but nothing is written (`--readonly-mode`).
    ComputeOnly,
    /// Every write is refused with an error (the default of restricted evaluation).
    Deny,
}

impl Default for EvaluatorBuilder {
    fn default() -> Self {
        EvaluatorBuilder {
            io: None,
            search_path: Vec::new(),
            pure: false,
            max_call_depth: EvalOptions::default().max_call_depth,
            max_nesting_depth: None,
            experimental: Vec::new(),
            lints: [LintLevel::Ignore; 3],
            current_system: "x86_64-linux".into(),
            on_message: None,
            on_memory_released: None,
            home: None,
            store: None,
            limits: Limits::default(),
            timeout: None,
            cancel: None,
            restricted: None,
            store_writes: None,
            inline_calls: true,
        }
    }
}

impl EvaluatorBuilder {
    /// File system and environment (default: none, [`NoIo`]).
    pub fn io(mut self, io: impl Io + 'static) -> Self {
        self.io = Some(Box::new(io));
        self
    }

    /// Adds a search-path entry (`-I prefix=path`; an empty prefix is `-I path`).
    pub fn search_path(mut self, prefix: &str, path: &str) -> Self {
        self.search_path.push((prefix.to_string(), path.to_string()));
        self
    }

    /// Pure evaluation (no environment, no `~`, no `currentTime`/`currentSystem`).
    pub fn pure(mut self, pure: bool) -> Self {
        self.pure = pure;
        self
    }

    /// Maximum function call depth.
    /// Maximum depth of function calls and of nested data walked deeply (as Nix's
    /// `max-call-depth`). By default calls may nest 10,000,000 deep and data 10,000
    /// deep (C++ Nix's default for both).
    pub fn max_call_depth(mut self, depth: usize) -> Self {
        self.max_call_depth = depth;
        self.max_nesting_depth = Some(depth);
        self
    }

    /// Enables an experimental feature (`pipe-operators`, `parse-toml-timestamps`, ...).
    pub fn experimental_feature(mut self, name: &str) -> Self {
        self.experimental.push(name.to_string());
        self
    }

    /// Sets the URL / short-path / absolute-path literal lints.
    pub fn lints(mut self, url: LintLevel, short_path: LintLevel, absolute_path: LintLevel) -> Self {
        self.lints = [url, short_path, absolute_path];
        self
    }

    /// `builtins.currentSystem`.
    pub fn current_system(mut self, system: &str) -> Self {
        self.current_system = system.to_string();
        self
    }

    /// Home directory for `~/` paths (impure mode); default: `$HOME` from the `Io`.
    pub fn home(mut self, home: &str) -> Self {
        self.home = Some(home.to_string());
        self
    }

    /// Where `builtins.trace` output and warnings go (default: discarded).
    pub fn on_message(mut self, f: impl FnMut(Message) + 'static) -> Self {
        self.on_message = Some(Box::new(f));
        self
    }

    /// Called when the evaluator has just freed something big (the syntax tree of
    /// a source of 1 MiB or more, once it is compiled). A host whose allocator
    /// keeps freed memory for reuse can give it back to the system here, so that
    /// it does not add to the peak of what follows (the CLI does, for mimalloc: a
    /// 10 MB generated file's peak RSS 180 → 151 MB). Default: nothing.
    pub fn on_memory_released(mut self, f: impl FnMut() + 'static) -> Self {
        self.on_memory_released = Some(Box::new(f));
        self
    }

    /// The store derivations and copied sources go to (default: an in-memory store).
    pub fn store(mut self, store: Box<dyn nixlet_store::Store>) -> Self {
        self.store = Some(store);
        self
    }

    /// Limits every evaluation (each call into the evaluator: `eval_*`, forcing or
    /// calling a [`Value`]) to `steps` evaluation steps (function calls, thunk
    /// evaluations, builtin steps, elements walked by deep operations).
    pub fn max_steps(mut self, steps: u64) -> Self {
        self.limits.max_steps = Some(steps);
        self
    }

    /// Whether calls of small `let`- and `rec`-bound functions are compiled as
    /// their bodies (default: yes). Values, errors and traces are the same
    /// either way; inlined calls do not count towards
    /// [`EvaluatorBuilder::max_call_depth`] and [`EvaluatorBuilder::max_steps`].
    pub fn inline_calls(mut self, on: bool) -> Self {
        self.inline_calls = on;
        self
    }

    /// Limits the heap each evaluation may allocate to about `bytes`.
    ///
    /// nixlet's heap is evaluation-scoped and never collected (see ARCHITECTURE.md):
    /// the budget bounds the growth of one evaluation; memory is returned when the
    /// `Evaluator` is dropped.
    pub fn max_heap_bytes(mut self, bytes: usize) -> Self {
        self.limits.max_heap_bytes = Some(bytes);
        self
    }

    /// Limits the wall-clock time of each evaluation.
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = Some(limit);
        self
    }

    /// A flag another thread may set to stop the running evaluation. The
    /// evaluation then fails with an [`ErrorKind::Limit`] error and the flag is
    /// cleared, so the evaluator can be used again.
    pub fn cancel_flag(mut self, flag: Arc<AtomicBool>) -> Self {
        self.cancel = Some(flag);
        self
    }

    /// Restricted evaluation, for untrusted code: files are readable only under
    /// `roots` (symlinks resolved), the environment is refused (`getEnv` fails),
    /// evaluation is pure (no `currentTime`, `currentSystem`, `~` paths,
    /// `storePath`), and store writes are refused unless
    /// [`store_writes`](Self::store_writes) says otherwise.
    pub fn restricted<S: Into<String>>(mut self, roots: impl IntoIterator<Item = S>) -> Self {
        self.restricted = Some(roots.into_iter().map(Into::into).collect());
        self.pure = true;
        self
    }

    /// What evaluation may do to the store (default: [`StoreWrites::Allow`], or
    /// [`StoreWrites::Deny`] in restricted evaluation).
    pub fn store_writes(mut self, mode: StoreWrites) -> Self {
        self.store_writes = Some(mode);
        self
    }

    /// Creates the evaluator.
    pub fn build(self) -> Evaluator {
        let mut io: Box<dyn Io> = self.io.unwrap_or_else(|| Box::new(NoIo));
        if let Some(roots) = &self.restricted {
            io = Box::new(RestrictedIo::new(io, roots.iter().cloned()));
        }
        let home = if self.pure { None } else { self.home.or_else(|| io.get_env("HOME")) };
        let current_time = if self.pure { 0 } else { io.current_time() };
        let mut vm = Vm::new(io);
        vm.opts.limits = self.limits;
        vm.opts.restricted = self.restricted.is_some();
        if self.timeout.is_some() || self.cancel.is_some() {
            vm.interrupt = Some(Box::new(HostInterrupt { timeout: self.timeout, deadline: None, cancel: self.cancel }));
        }
        vm.opts.max_call_depth = self.max_call_depth;
        vm.opts.inline_calls = self.inline_calls;
        if let Some(d) = self.max_nesting_depth {
            vm.opts.max_nesting_depth = d;
        }
        vm.opts.pure = self.pure;
        vm.opts.home = home;
        vm.opts.parse.pipe_operators = self.experimental.iter().any(|f| f == "pipe-operators");
        vm.opts.parse.lint_url_literals = self.lints[0];
        vm.opts.parse.lint_short_path_literals = self.lints[1];
        vm.opts.parse.lint_absolute_path_literals = self.lints[2];
        vm.opts.experimental = self.experimental;
        if let Some(f) = self.on_message {
            vm.on_message = f;
        }
        vm.on_memory_released = self.on_memory_released;
        let cfg = nixlet_builtins::Config {
            current_system: self.current_system,
            nix_path: self.search_path,
            store_dir: "/nix/store".into(),
            current_time,
            pure: self.pure,
        };
        let store = self.store.unwrap_or_else(|| Box::new(nixlet_store::MemoryStore::new()));
        let writes =
            self.store_writes.unwrap_or(if self.restricted.is_some() { StoreWrites::Deny } else { StoreWrites::Allow });
        let store: Box<dyn nixlet_store::Store> = match writes {
            StoreWrites::Allow => store,
            StoreWrites::ComputeOnly => Box::new(nixlet_store::ReadOnlyStore::over(store)),
            StoreWrites::Deny => Box::new(nixlet_store::DenyWritesStore::over(store)),
        };
        let store_dir = store.store_dir().as_str().to_string();
        let cfg = nixlet_builtins::Config { store_dir, ..cfg };
        nixlet_builtins::set_store(&mut vm, store);
        nixlet_builtins::install(&mut vm, &cfg);
        Evaluator { vm: Rc::new(RefCell::new(vm)) }
    }
}

/// Deadline and cancellation, polled by the VM every few thousand steps.
struct HostInterrupt {
    timeout: Option<Duration>,
    deadline: Option<Instant>,
    cancel: Option<Arc<AtomicBool>>,
}

impl Interrupt for HostInterrupt {
    fn start(&mut self) {
        self.deadline = self.timeout.map(|t| Instant::now() + t);
    }

    fn poll(&mut self) -> Option<String> {
        if let Some(c) = &self.cancel
            && c.swap(false, Ordering::SeqCst)
        {
            return Some("evaluation cancelled".into());
        }
        if let (Some(d), Some(t)) = (self.deadline, self.timeout)
            && Instant::now() >= d
        {
            return Some(format!("evaluation aborted: the time limit ({} ms) was exceeded", t.as_millis()));
        }
        None
    }
}

/// An evaluator: owns its heap, interner, code and caches. Cheap to clone (shared).
#[derive(Clone)]
pub struct Evaluator {
    vm: Rc<RefCell<Vm>>,
}

/// An evaluation error, rendered as C++ Nix renders it.
#[derive(Clone)]
pub struct Error {
    inner: nixlet_eval::Error,
    vm: Rc<RefCell<Vm>>,
}

impl Error {
    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        self.inner.kind()
    }

    /// The innermost message (`undefined variable 'x'`).
    pub fn message(&self) -> &str {
        self.inner.message()
    }

    /// The full error as `nix-instantiate` prints it (with all trace frames if
    /// `show_trace`).
    pub fn render(&self, show_trace: bool) -> String {
        match self.vm.try_borrow() {
            Ok(vm) => self.inner.render(&vm.sources, show_trace),
            Err(_) => format!("error: {}", self.inner.message()),
        }
    }

    /// The error as `codespan-reporting` renders it.
    pub fn render_codespan(&self) -> String {
        let d = nixlet_parser::Diagnostic {
            severity: nixlet_parser::Severity::Error,
            span: self.inner.0.span,
            message: self.inner.message().to_string(),
            inline_pos: false,
        };
        match self.vm.try_borrow() {
            Ok(vm) => nixlet_parser::render_codespan(&vm.sources, &d),
            Err(_) => format!("error: {}", self.inner.message()),
        }
    }
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for Error {}

/// What a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `null`
    Null,
    /// A Boolean.
    Bool,
    /// An integer.
    Int,
    /// A float.
    Float,
    /// A string.
    String,
    /// A path.
    Path,
    /// An attribute set.
    Attrs,
    /// A list.
    List,
    /// A function.
    Function,
}

/// A handle to a Nix value in an [`Evaluator`]; forced to weak head normal form.
#[derive(Clone)]
pub struct Value {
    raw: RawValue,
    vm: Rc<RefCell<Vm>>,
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.vm.try_borrow() {
            Ok(vm) => write!(f, "{}", nixlet_eval::print::show_short(&vm, self.raw)),
            Err(_) => write!(f, "<value>"),
        }
    }
}

impl Evaluator {
    /// A builder with defaults: no file system, impure, no search path.
    pub fn builder() -> EvaluatorBuilder {
        EvaluatorBuilder::default()
    }

    fn err(&self, e: nixlet_eval::Error) -> Error {
        Error { inner: e, vm: self.vm.clone() }
    }

    fn wrap(&self, raw: RawValue) -> Value {
        Value { raw, vm: self.vm.clone() }
    }

    fn force_raw(&self, raw: RawValue) -> Result<RawValue, Error> {
        let r = self.vm.borrow_mut().force(raw);
        r.map_err(|e| self.err(e))
    }

    /// Parses and evaluates an expression (relative paths resolve against `base_dir`,
    /// default the current directory of the `Io`, else `/`).
    pub fn eval_str_in(&self, src: &str, base_dir: &str) -> Result<Value, Error> {
        let thunk = {
            let mut vm = self.vm.borrow_mut();
            vm.load_source(Origin::Expr, src, base_dir)
        };
        let thunk = thunk.map_err(|e| self.err(e))?;
        let v = self.force_raw(thunk)?;
        Ok(self.wrap(v))
    }

    /// Parses and evaluates an expression.
    pub fn eval_str(&self, src: &str) -> Result<Value, Error> {
        let cwd = self.vm.borrow().io.current_dir().unwrap_or_else(|| "/".into());
        self.eval_str_in(src, &cwd)
    }

    /// Evaluates a file (through the evaluator's `Io`).
    pub fn eval_file(&self, path: &str) -> Result<Value, Error> {
        let cwd = self.vm.borrow().io.current_dir().unwrap_or_else(|| "/".into());
        let abs = os_io::absolutize(&cwd, path);
        let thunk = self.vm.borrow_mut().import_path(&abs).map_err(|e| self.err(e))?;
        let v = self.force_raw(thunk)?;
        Ok(self.wrap(v))
    }

    /// Evaluates source text read from somewhere else (stdin): named `origin`.
    pub fn eval_source(&self, origin: Origin, src: &str, base_dir: &str) -> Result<Value, Error> {
        let thunk = self.vm.borrow_mut().load_source(origin, src, base_dir).map_err(|e| self.err(e))?;
        let v = self.force_raw(thunk)?;
        Ok(self.wrap(v))
    }

    /// Parses a source text and runs every parse-time check, without evaluating.
    /// Returns the expression as C++ Nix's `--parse` prints it.
    pub fn parse(&self, origin: Origin, src: &str, base_dir: &str) -> Result<String, Error> {
        let mut vm = self.vm.borrow_mut();
        match vm.compile(origin.clone(), src, base_dir, &[]) {
            Ok(_) => {
                let file = vm.sources.add(origin, src);
                let p = nixlet_parser::parse(file, src, &vm.opts.parse);
                let home = if vm.opts.pure { None } else { vm.opts.home.clone() };
                let base = nixlet_eval::show::PathBase { dir: base_dir, home: home.as_deref() };
                Ok(nixlet_eval::show::show_node_in(&p.root, Some(base)))
            }
            Err(e) => {
                drop(vm);
                Err(self.err(e))
            }
        }
    }

    /// Names of all builtins (`builtins.attrNames builtins`).
    pub fn builtin_names(&self) -> Vec<String> {
        let mut v: Vec<String> = nixlet_builtins::all_decls().iter().map(|d| d.short_name().to_string()).collect();
        v.sort();
        v
    }
}

impl Value {
    fn eval(&self) -> Evaluator {
        Evaluator { vm: self.vm.clone() }
    }

    /// The kind of value.
    pub fn kind(&self) -> Kind {
        match self.vm.borrow().heap.type_of(self.raw) {
            Type::Null => Kind::Null,
            Type::Bool => Kind::Bool,
            Type::Int => Kind::Int,
            Type::Float => Kind::Float,
            Type::String => Kind::String,
            Type::Path => Kind::Path,
            Type::Attrs => Kind::Attrs,
            Type::List => Kind::List,
            Type::Function | Type::Thunk => Kind::Function,
        }
    }

    fn type_error(&self, what: &str) -> Error {
        let e = self.vm.borrow().expected(what, self.raw);
        self.eval().err(e)
    }

    /// The integer, if this is one.
    pub fn as_int(&self) -> Result<i64, Error> {
        match self.raw {
            RawValue::Int(i) => Ok(i),
            _ => Err(self.type_error("an integer")),
        }
    }

    /// The float, if this is a number.
    pub fn as_float(&self) -> Result<f64, Error> {
        match self.raw {
            RawValue::Float(f) => Ok(f),
            RawValue::Int(i) => Ok(i as f64),
            _ => Err(self.type_error("a float")),
        }
    }

    /// The Boolean, if this is one.
    pub fn as_bool(&self) -> Result<bool, Error> {
        match self.raw {
            RawValue::Bool(b) => Ok(b),
            _ => Err(self.type_error("a Boolean")),
        }
    }

    /// The string (lossily decoded), if this is a string or a path.
    pub fn as_str(&self) -> Result<String, Error> {
        match self.raw {
            RawValue::String(s) | RawValue::Path(s) => {
                Ok(String::from_utf8_lossy(self.vm.borrow().heap.str_bytes(s)).into_owned())
            }
            _ => Err(self.type_error("a string")),
        }
    }

    /// The string's bytes and context elements.
    pub fn as_bytes_with_context(&self) -> Result<(Vec<u8>, Vec<String>), Error> {
        match self.raw {
            RawValue::String(s) => {
                let vm = self.vm.borrow();
                let st = vm.heap.string(s);
                Ok((st.bytes.to_vec(), st.context().iter().map(|c| c.to_string()).collect()))
            }
            _ => Err(self.type_error("a string")),
        }
    }

    /// Attribute `name` (forced), `None` if absent.
    pub fn attr(&self, name: &str) -> Result<Option<Value>, Error> {
        let RawValue::Attrs(a) = self.raw else {
            return Err(self.type_error("a set"));
        };
        let found = {
            let vm = self.vm.borrow();
            vm.symbols.get_bytes(name.as_bytes()).and_then(|s| vm.heap.attr(a, s).map(|x| x.value))
        };
        match found {
            Some(v) => Ok(Some(self.eval().wrap(self.eval().force_raw(v)?))),
            None => Ok(None),
        }
    }

    /// Attribute names, sorted.
    pub fn attr_names(&self) -> Result<Vec<String>, Error> {
        let RawValue::Attrs(a) = self.raw else {
            return Err(self.type_error("a set"));
        };
        let vm = self.vm.borrow();
        Ok(nixlet_eval::print::sorted_attrs(&vm, a).iter().map(|x| vm.symbols.str(x.name).into_owned()).collect())
    }

    /// List elements, each forced.
    pub fn list(&self) -> Result<Vec<Value>, Error> {
        let RawValue::List(l) = self.raw else {
            return Err(self.type_error("a list"));
        };
        let items: Vec<RawValue> = self.vm.borrow().heap.list(l).to_vec();
        items.into_iter().map(|v| Ok(self.eval().wrap(self.eval().force_raw(v)?))).collect()
    }

    /// Calls this function with arguments.
    pub fn call(&self, args: &[Value]) -> Result<Value, Error> {
        let raw_args: Vec<RawValue> = args.iter().map(|a| a.raw).collect();
        let r = self.vm.borrow_mut().call(self.raw, &raw_args);
        let v = r.map_err(|e| self.eval().err(e))?;
        Ok(self.eval().wrap(v))
    }

    /// Forces everything reachable from this value.
    pub fn force_deep(&self) -> Result<(), Error> {
        let mut vm = self.vm.borrow_mut();
        let raw = self.raw;
        let r = vm.run_within(move |vm| deep_force_top(vm, raw));
        drop(vm);
        r.map(|_| ()).map_err(|e| self.eval().err(e))
    }

    /// The value as JSON, as `builtins.toJSON` (and `nix-instantiate --json`) render it.
    pub fn to_json(&self) -> Result<String, Error> {
        let r = {
            let mut vm = self.vm.borrow_mut();
            let raw = self.raw;
            vm.run_within(move |vm| nixlet_builtins::to_json_string(vm, raw))
        };
        let v = r.map_err(|e| self.eval().err(e))?;
        self.eval().wrap(v).as_str()
    }

    /// The value as XML, as `builtins.toXML` and `nix-instantiate --xml` render it;
    /// `location`: include source positions; `strict`: evaluate everything (otherwise
    /// unevaluated parts print as `<unevaluated />`).
    pub fn to_xml(&self, location: bool, strict: bool) -> Result<String, Error> {
        let r = {
            let mut vm = self.vm.borrow_mut();
            let raw = self.raw;
            vm.run_within(move |vm| nixlet_builtins::to_xml_string_with(vm, raw, location, strict))
        };
        let v = r.map_err(|e| self.eval().err(e))?;
        self.eval().wrap(v).as_str()
    }

    /// Prints like `nix-instantiate --eval` (call [`Value::force_deep`] first for `--strict`).
    pub fn to_nix_string(&self) -> String {
        String::from_utf8_lossy(&self.to_nix_bytes()).into_owned()
    }

    /// [`Value::to_nix_string`] as bytes: strings that are not valid UTF-8 are printed
    /// byte for byte, as Nix does.
    pub fn to_nix_bytes(&self) -> Vec<u8> {
        print_value(&self.vm.borrow(), self.raw)
    }
}

impl Evaluator {
    /// An evaluation error with a message (for front ends).
    pub fn error(&self, msg: &str) -> Error {
        self.err(nixlet_eval::Error::eval(msg))
    }
}

impl Value {
    /// `a set`, `an integer`, ...: the type as error messages phrase it.
    pub fn type_phrase(&self) -> &'static str {
        self.vm.borrow().heap.type_of(self.raw).a()
    }

    /// Calls a function the way `nix-instantiate` calls a top-level function: sets
    /// with `__functor` are called, functions with formals get the matching `args`
    /// (all of them with `...`), other values are returned unchanged.
    pub fn auto_call(&self, args: &[(String, Value)]) -> Result<Value, Error> {
        let eval = self.eval();
        match self.raw {
            RawValue::Attrs(a) => {
                let functor = {
                    let vm = self.vm.borrow();
                    vm.heap.attr(a, vm.known.functor).map(|x| x.value)
                };
                match functor {
                    Some(f) => {
                        let f = eval.wrap(eval.force_raw(f)?);
                        f.call(std::slice::from_ref(self))?.auto_call(args)
                    }
                    None => Ok(self.clone()),
                }
            }
            RawValue::Lambda(l, _) => {
                let formals = {
                    let vm = self.vm.borrow();
                    vm.prog.lambdas.get(l.0 as usize).and_then(|i| i.formals).map(|f| {
                        let d = &vm.prog.formals[f as usize];
                        let names: Vec<(String, bool)> = d
                            .formals
                            .iter()
                            .map(|x| (vm.symbols.str(x.name).into_owned(), x.default.is_some()))
                            .collect();
                        (names, d.ellipsis)
                    })
                };
                let Some((names, ellipsis)) = formals else {
                    return Ok(self.clone());
                };
                let mut pairs = Vec::new();
                if ellipsis {
                    pairs.extend(args.iter().map(|(n, v)| (n.clone(), v.raw)));
                } else {
                    for (n, has_default) in &names {
                        match args.iter().find(|(a, _)| a == n) {
                            Some((_, v)) => pairs.push((n.clone(), v.raw)),
                            None if *has_default => {}
                            None => {
                                return Err(eval.error(&format!(
                                    "cannot evaluate a function that has an argument without a value ('{n}')\nNix attempted to evaluate a function as a top level expression; in this case it must have its arguments supplied either by default values, or passed explicitly with '--arg' or '--argstr'. See https://nix.dev/manual/nix/stable/language/syntax.html#functions."
                                )));
                            }
                        }
                    }
                }
                let set = {
                    let mut vm = self.vm.borrow_mut();
                    let syms: Vec<(nixlet_eval::Sym, RawValue)> =
                        pairs.into_iter().map(|(n, v)| (vm.symbols.intern(&n), v)).collect();
                    vm.mk_attrs(syms)
                };
                self.call(&[eval.wrap(set)])
            }
            _ => Ok(self.clone()),
        }
    }
}

/// How `nixlet` names a store on its command line (`--store`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreSpec {
    /// Paths computed, contents kept in memory (the default).
    Memory,
    /// A directory laid out as a store (its path is the store directory).
    Local(String),
    /// A running `nix-daemon`, through its socket.
    Daemon(String),
}

impl StoreSpec {
    /// Parses `memory`, `local:DIR`, `daemon` or `daemon:SOCKET`.
    pub fn parse(s: &str) -> Option<StoreSpec> {
        match s {
            "memory" | "dummy://" => Some(StoreSpec::Memory),
            "daemon" => Some(StoreSpec::Daemon("/nix/var/nix/daemon-socket/socket".into())),
            _ => {
                if let Some(d) = s.strip_prefix("local:") {
                    Some(StoreSpec::Local(d.to_string()))
                } else {
                    s.strip_prefix("daemon:").map(|p| StoreSpec::Daemon(p.to_string()))
                }
            }
        }
    }

    /// Opens the store; `read_only` computes paths without writing.
    pub fn open(&self, read_only: bool) -> Result<Box<dyn nixlet_store::Store>, String> {
        let inner: Box<dyn nixlet_store::Store> = match self {
            StoreSpec::Memory => Box::new(nixlet_store::MemoryStore::new()),
            #[cfg(not(target_family = "wasm"))]
            StoreSpec::Local(dir) => Box::new(nixlet_store::local::LocalStore::new(dir).map_err(|e| e.to_string())?),
            #[cfg(not(target_family = "wasm"))]
            StoreSpec::Daemon(sock) => {
                let dir = nixlet_store::StoreDir::new("/nix/store").map_err(|e| e.to_string())?;
                Box::new(nixlet_store::daemon::DaemonStore::connect(sock.as_str(), dir).map_err(|e| e.to_string())?)
            }
            #[cfg(target_family = "wasm")]
            _ => return Err("only the memory store is available in this build".into()),
        };
        Ok(if read_only { Box::new(nixlet_store::ReadOnlyStore::over(inner)) } else { inner })
    }
}

impl Value {
    /// Whether this is a derivation (a set whose `type` is `"derivation"`).
    pub fn is_derivation(&self) -> Result<bool, Error> {
        if self.kind() != Kind::Attrs {
            return Ok(false);
        }
        match self.attr("type")? {
            Some(t) if t.kind() == Kind::String => Ok(t.as_str()? == "derivation"),
            _ => Ok(false),
        }
    }

    fn attrs_id(&self) -> Option<nixlet_eval::value::AttrsId> {
        match self.raw {
            RawValue::Attrs(a) => Some(a),
            _ => None,
        }
    }
}

impl Evaluator {
    /// What `nix-instantiate` instantiates for a value: the derivation itself, or the
    /// derivations among a set's attributes (recursing into sets with
    /// `recurseForDerivations = true`) or a list's elements. Returns `drvPath` plus
    /// `!output` for outputs other than `out`, as `nix-instantiate` prints them.
    pub fn instantiate(&self, v: &Value, auto_args: &[(String, Value)]) -> Result<Vec<String>, Error> {
        let mut out = Vec::new();
        let mut done = std::collections::HashSet::new();
        // explicit work list: (value, is the top level)
        let mut work: Vec<(Value, bool)> = vec![(v.clone(), true)];
        while let Some((v, top)) = work.pop() {
            let v = v.auto_call(auto_args)?;
            if v.is_derivation()? {
                if let Some(id) = v.attrs_id()
                    && !done.insert(id)
                {
                    continue;
                }
                let drv = match v.attr("drvPath")? {
                    Some(d) => d.as_str()?,
                    None => return Err(self.error("derivation lacks a 'drvPath' attribute")),
                };
                let output = match v.attr("outputName")? {
                    Some(o) => o.as_str()?,
                    None => "out".to_string(),
                };
                out.push(if output == "out" { drv } else { format!("{drv}!{output}") });
                continue;
            }
            match v.kind() {
                Kind::Attrs => {
                    let recurse =
                        top || matches!(v.attr("recurseForDerivations")?.map(|r| r.as_bool()), Some(Ok(true)));
                    if !recurse {
                        continue;
                    }
                    let names = v.attr_names()?;
                    for n in names.iter().rev() {
                        if let Some(x) = v.attr(n)?
                            && (x.kind() == Kind::Attrs || x.kind() == Kind::Function)
                        {
                            work.push((x, false));
                        }
                    }
                }
                Kind::List => {
                    for x in v.list()?.into_iter().rev() {
                        work.push((x, false));
                    }
                }
                _ if top => {
                    return Err(self.error("expression does not evaluate to a derivation (or a set or list of those)"));
                }
                _ => {}
            }
        }
        Ok(out)
    }
}
