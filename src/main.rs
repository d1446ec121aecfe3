//! The `nixlet` command: evaluates Nix expressions, with `nix-instantiate`'s flags.

use nixlet::{Evaluator, OsIo};
use nixlet_parser::{LintLevel, Origin};
use std::io::{Read, Write};
use std::process::ExitCode;

/// Big heap buffers on transparent huge pages: far fewer page faults for
/// allocation-heavy evaluations (see the `nixlet-hugealloc` crate).
#[global_allocator]
static ALLOC: nixlet_hugealloc::HugePageAlloc = nixlet_hugealloc::HugePageAlloc;

const HELP: &str = "\
nixlet — evaluate Nix expressions (flags compatible with nix-instantiate)

USAGE:
    nixlet [OPTIONS] [FILE...]       evaluate files (default: ./default.nix)
    nixlet [OPTIONS] -E EXPR         evaluate an expression
    nixlet [OPTIONS] -               read the expression from standard input

MODES:
    (default)               instantiate: evaluate, write the derivations the value
                            contains to the store, print their .drv paths
    --eval                  evaluate and print the value
    --strict                evaluate the value deeply (all attributes and elements)
    --json                  print the value as JSON (implies --strict)
    --xml                   print the value as XML (like builtins.toXML)
    --no-location           omit source positions in --xml output
    --parse                 only parse (and run the parse-time checks); print the AST

INPUT:
    -E, --expr EXPR         evaluate EXPR instead of files (FILE arguments become expressions)
    -A, --attr PATH         select attribute PATH (e.g. `a.b.0.c`) of the result
    --arg NAME EXPR         pass NAME = EXPR when the result is a function with formals
    --argstr NAME STRING    pass NAME = STRING (a string)
    -I, --include PATH      add PATH (or NAME=PATH) to the search path, before NIX_PATH

EVALUATION:
    --impure                allow impure operations (default)
    --pure-eval             pure evaluation: no environment, no `~`, no currentTime
    --readonly-mode         do not write to the store: only compute paths
    --store STORE           where derivations and sources go: memory (default),
                            local:DIR (a directory laid out as a store), daemon or
                            daemon:SOCKET (a running nix-daemon)
    --max-call-depth N      maximum function call depth (default 10000000)
    --extra-experimental-features FEATURES   enable experimental features
                            (e.g. pipe-operators, parse-toml-timestamps)
    --experimental-features FEATURES         same, replacing the list
    --option NAME VALUE     set a Nix setting (max-call-depth, pure-eval,
                            experimental-features, extra-experimental-features,
                            abort-on-warn; other settings are accepted and ignored)
    --lint-url-literals warn|fatal           report URL literals
    --lint-short-path-literals warn|fatal    report relative paths without `./`
    --lint-absolute-path-literals warn|fatal report absolute and `~` paths
    --abort-on-warn         make builtins.warn fatal

LIMITS AND SANDBOXING:
    --max-steps N           stop after N evaluation steps (calls, thunks, builtin steps)
    --max-memory SIZE       stop when the evaluation heap grows by SIZE bytes
                            (suffixes K, M, G: powers of 1024)
    --timeout SECONDS       stop after SECONDS of wall-clock time (fractions allowed)
    --restrict-eval         restricted evaluation: files only under the allowed paths
                            (the -I / NIX_PATH entries, --allow-path directories and the
                            directories of the input files), no environment, pure
                            evaluation, no store writes
    --allow-path DIR        allow reading under DIR in restricted evaluation

OUTPUT:
    --show-trace            print the whole evaluation trace on errors
    --no-show-trace         print a short trace (default)
    --error-format nix|codespan   error layout (default: nix, as nix-instantiate)
    -h, --help              print this help
    --version               print the version

ENVIRONMENT:
    NIX_PATH                search path entries (`name=path` or `path`, separated by `:`)

EXIT STATUS:
    0 on success, 1 on any syntax or evaluation error.
";

#[derive(Default)]
struct Opts {
    eval: bool,
    strict: bool,
    json: bool,
    xml: bool,
    location: bool,
    parse: bool,
    expr: bool,
    attrs: Vec<String>,
    args: Vec<(String, ArgVal)>,
    includes: Vec<String>,
    show_trace: bool,
    pure: bool,
    max_call_depth: Option<usize>,
    experimental: Vec<String>,
    lints: [LintLevel; 3],
    inputs: Vec<String>,
    codespan: bool,
    abort_on_warn: bool,
    store: Option<String>,
    read_only: bool,
    max_steps: Option<u64>,
    max_memory: Option<usize>,
    timeout: Option<f64>,
    restrict: bool,
    allow_paths: Vec<String>,
}

/// `123`, `64K`, `512M`, `2G` (powers of 1024).
fn parse_size(v: &str) -> Option<usize> {
    let (num, mult) = match v.chars().last()? {
        'k' | 'K' => (&v[..v.len() - 1], 1usize << 10),
        'm' | 'M' => (&v[..v.len() - 1], 1 << 20),
        'g' | 'G' => (&v[..v.len() - 1], 1 << 30),
        _ => (v, 1),
    };
    num.parse::<usize>().ok()?.checked_mul(mult)
}

enum ArgVal {
    Expr(String),
    Str(String),
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("error: {msg}\nTry 'nixlet --help' for more information.");
    ExitCode::from(1)
}

fn parse_lint(v: &str) -> Option<LintLevel> {
    match v {
        "warn" => Some(LintLevel::Warn),
        "fatal" => Some(LintLevel::Fatal),
        "ignore" | "off" | "none" => Some(LintLevel::Ignore),
        _ => None,
    }
}

fn parse_args(argv: Vec<String>) -> Result<Opts, String> {
    let mut o = Opts { location: true, ..Default::default() };
    let mut it = argv.into_iter();
    let mut no_more_flags = false;
    while let Some(a) = it.next() {
        if no_more_flags || !a.starts_with('-') || a == "-" {
            o.inputs.push(a);
            continue;
        }
        let mut need = |name: &str| it.next().ok_or_else(|| format!("flag '{name}' requires an argument"));
        match a.as_str() {
            "--" => no_more_flags = true,
            "--eval" => o.eval = true,
            "--strict" => o.strict = true,
            "--json" => o.json = true,
            "--xml" => o.xml = true,
            "--no-location" => o.location = false,
            "--parse" => o.parse = true,
            "-E" | "--expr" => o.expr = true,
            "-A" | "--attr" => {
                let v = need(&a)?;
                o.attrs.push(v)
            }
            "--arg" => {
                let n = need("--arg")?;
                let v = need("--arg")?;
                o.args.push((n, ArgVal::Expr(v)));
            }
            "--argstr" => {
                let n = need("--argstr")?;
                let v = need("--argstr")?;
                o.args.push((n, ArgVal::Str(v)));
            }
            "-I" | "--include" => {
                let v = need(&a)?;
                o.includes.push(v)
            }
            "--show-trace" => o.show_trace = true,
            "--no-show-trace" => o.show_trace = false,
            "--readonly-mode" => o.read_only = true,
            "--impure" | "--no-pure-eval" => o.pure = false,
            "--pure-eval" => o.pure = true,
            "--max-call-depth" => {
                let v = need(&a)?;
                o.max_call_depth = Some(v.parse().map_err(|_| format!("invalid value '{v}' for --max-call-depth"))?);
            }
            "--extra-experimental-features" | "--experimental-features" => {
                let v = need(&a)?;
                o.experimental.extend(v.split_whitespace().map(|s| s.to_string()));
            }
            "--abort-on-warn" => o.abort_on_warn = true,
            "--max-steps" => {
                let v = need(&a)?;
                o.max_steps = Some(v.parse().map_err(|_| format!("invalid value '{v}' for --max-steps"))?);
            }
            "--max-memory" => {
                let v = need(&a)?;
                o.max_memory = Some(parse_size(&v).ok_or_else(|| format!("invalid value '{v}' for --max-memory"))?);
            }
            "--timeout" => {
                let v = need(&a)?;
                let secs: f64 = v.parse().map_err(|_| format!("invalid value '{v}' for --timeout"))?;
                if !(secs.is_finite() && secs >= 0.0) {
                    return Err(format!("invalid value '{v}' for --timeout"));
                }
                o.timeout = Some(secs);
            }
            "--restrict-eval" => o.restrict = true,
            "--allow-path" => {
                let v = need(&a)?;
                o.allow_paths.push(v);
            }
            "--option" => {
                let name = need("--option")?;
                let value = need("--option")?;
                match name.as_str() {
                    "max-call-depth" => {
                        o.max_call_depth =
                            Some(value.parse().map_err(|_| format!("invalid value '{value}' for max-call-depth"))?)
                    }
                    "pure-eval" => o.pure = value == "true",
                    "restrict-eval" => o.restrict = value == "true",
                    "experimental-features" | "extra-experimental-features" => {
                        o.experimental.extend(value.split_whitespace().map(|s| s.to_string()))
                    }
                    "abort-on-warn" => o.abort_on_warn = value == "true",
                    "show-trace" => o.show_trace = value == "true",
                    _ => {}
                }
            }
            "--lint-url-literals" | "--lint-short-path-literals" | "--lint-absolute-path-literals" => {
                let v = need(&a)?;
                let level =
                    parse_lint(&v).ok_or_else(|| format!("invalid value '{v}' for {a} (expected warn or fatal)"))?;
                let idx = match a.as_str() {
                    "--lint-url-literals" => 0,
                    "--lint-short-path-literals" => 1,
                    _ => 2,
                };
                o.lints[idx] = level;
            }
            "--error-format" => {
                let v = need(&a)?;
                o.codespan = match v.as_str() {
                    "codespan" => true,
                    "nix" => false,
                    _ => {
                        return Err(format!("invalid value '{v}' for --error-format (expected nix or codespan)"));
                    }
                };
            }
            "--store" => {
                let v = need(&a)?;
                o.store = Some(v);
            }
            // accepted for compatibility, no effect on evaluation
            "-v" | "--verbose" | "--quiet" | "--no-build-output" | "-Q" | "--dry-run" | "-r" | "--read-write-mode" => {}
            "--add-root" | "--log-format" | "--indirect" => {
                if a != "--indirect" {
                    let _ = need(&a)?;
                }
            }
            _ => return Err(format!("unrecognised flag '{a}'")),
        }
    }
    if o.json || o.xml {
        o.eval = true;
    }
    Ok(o)
}

fn parse_nix_path(v: &str) -> Vec<(String, String)> {
    v.split(':')
        .filter(|s| !s.is_empty())
        .map(|e| match e.split_once('=') {
            Some((p, path)) => (p.to_string(), path.to_string()),
            None => (String::new(), e.to_string()),
        })
        .collect()
}

fn main() -> ExitCode {
    nixlet_hugealloc::start_prefaulting();
    // A panic is a bug; it still ends with a message and status 1, not a crash.
    // The hook exits itself because release builds abort on panic (smaller,
    // faster code: no unwinding paths); `process::exit` flushes stdout first.
    std::panic::set_hook(Box::new(|info| {
        if nixlet::OsIo::is_parse_ahead_thread() {
            // a file parsed only in case it is imported: the evaluation goes on
            // without the helper (and panics itself if it does import that file)
            loop {
                std::thread::park();
            }
        }
        eprintln!("error: internal error in nixlet (this is a bug, please report it): {info}");
        std::process::exit(1);
    }));
    run()
}

fn run() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.iter().any(|a| a == "-h" || a == "--help") {
        print!("{HELP}");
        return ExitCode::SUCCESS;
    }
    if argv.iter().any(|a| a == "--version") {
        println!("nixlet {} (Nix language {})", env!("CARGO_PKG_VERSION"), nixlet_builtins::NIX_VERSION);
        return ExitCode::SUCCESS;
    }
    let opts = match parse_args(argv) {
        Ok(o) => o,
        Err(e) => return usage_error(&e),
    };
    let cwd = std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "/".into());

    let store_spec = match opts.store.as_deref().map(nixlet::StoreSpec::parse) {
        None => nixlet::StoreSpec::Memory,
        Some(Some(s)) => s,
        Some(None) => {
            return usage_error(&format!(
                "unknown store '{}' (expected memory, local:DIR, daemon or daemon:SOCKET)",
                opts.store.as_deref().unwrap_or("")
            ));
        }
    };
    // --eval never writes to a store unless one is named; instantiation writes
    // unless --readonly-mode
    let store = match store_spec.open(opts.read_only || (opts.eval && opts.store.is_none())) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: cannot open the store: {e}");
            return ExitCode::from(1);
        }
    };
    let mut builder = Evaluator::builder().io(OsIo::with_parse_ahead()).pure(opts.pure).store(store).lints(
        opts.lints[0],
        opts.lints[1],
        opts.lints[2],
    );
    for inc in &opts.includes {
        match inc.split_once('=') {
            Some((p, path)) => builder = builder.search_path(p, path),
            None => builder = builder.search_path("", inc),
        }
    }
    if let Ok(np) = std::env::var("NIX_PATH") {
        for (p, path) in parse_nix_path(&np) {
            builder = builder.search_path(&p, &path);
        }
    }
    if let Some(d) = opts.max_call_depth {
        builder = builder.max_call_depth(d);
    }
    if let Some(n) = opts.max_steps {
        builder = builder.max_steps(n);
    }
    if let Some(n) = opts.max_memory {
        builder = builder.max_heap_bytes(n);
    }
    if let Some(t) = opts.timeout {
        builder = builder.timeout(std::time::Duration::from_secs_f64(t.min(1e9)));
    }
    if opts.restrict {
        let mut roots: Vec<String> = Vec::new();
        for inc in &opts.includes {
            let path = inc.split_once('=').map(|(_, p)| p).unwrap_or(inc);
            roots.push(nixlet::os_io::absolutize(&cwd, path));
        }
        // NIX_PATH entries are part of the search path, hence allowed
        if let Ok(np) = std::env::var("NIX_PATH") {
            for (_, path) in parse_nix_path(&np) {
                roots.push(nixlet::os_io::absolutize(&cwd, &path));
            }
        }
        for p in &opts.allow_paths {
            roots.push(nixlet::os_io::absolutize(&cwd, p));
        }
        if opts.expr || opts.inputs.iter().any(|i| i == "-") {
            roots.push(cwd.clone());
        }
        if !opts.expr {
            for i in opts.inputs.iter().filter(|i| i.as_str() != "-") {
                let abs = nixlet::os_io::absolutize(&cwd, i);
                let dir = match abs.rfind('/') {
                    _ if std::path::Path::new(&abs).is_dir() => abs.clone(),
                    Some(0) | None => "/".to_string(),
                    Some(k) => abs[..k].to_string(),
                };
                roots.push(dir);
            }
            if opts.inputs.is_empty() {
                roots.push(cwd.clone());
            }
        }
        builder = builder.restricted(roots);
    }
    for f in &opts.experimental {
        builder = builder.experimental_feature(f);
    }
    let stderr_sink = |m: nixlet::EvalMessage| {
        let text = match m {
            nixlet::EvalMessage::Trace(t) | nixlet::EvalMessage::Warning(t) => t,
        };
        let _ = writeln!(std::io::stderr(), "{text}");
    };
    builder = builder.on_message(stderr_sink);
    // a big file's syntax tree, freed after it is compiled, leaves the peak RSS
    builder = builder.on_memory_released(nixlet_hugealloc::release_free_memory);
    // Never dropped: the process is about to exit, and freeing a large heap object by
    // object took up to a sixth of a short run (the OS reclaims it at once). Stores
    // hold no unflushed state (the daemon protocol flushes every request).
    let eval = std::mem::ManuallyDrop::new(builder.build());
    if opts.abort_on_warn {
        eval_set_abort_on_warn(&eval);
    }

    let report = |e: &nixlet::Error| {
        let text = if opts.codespan { e.render_codespan() } else { e.render(opts.show_trace) };
        let _ = writeln!(std::io::stderr(), "{text}");
    };

    // what to evaluate
    let mut sources: Vec<(Origin, String)> = Vec::new();
    if opts.expr {
        for i in &opts.inputs {
            sources.push((Origin::Expr, i.clone()));
        }
    } else {
        let inputs = if opts.inputs.is_empty() { vec!["./default.nix".to_string()] } else { opts.inputs.clone() };
        for i in inputs {
            if i == "-" {
                let mut buf = Vec::new();
                if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                    eprintln!("error: reading standard input: {e}");
                    return ExitCode::from(1);
                }
                match String::from_utf8(buf) {
                    Ok(s) => sources.push((Origin::Stdin, s)),
                    Err(e) => {
                        eprintln!(
                            "error: standard input is not valid UTF-8 (invalid byte at offset {}); nixlet reads only UTF-8 sources",
                            e.utf8_error().valid_up_to()
                        );
                        return ExitCode::from(1);
                    }
                }
            } else {
                sources.push((Origin::Path(i.clone()), String::new()));
            }
        }
    }

    let mut out = std::io::stdout().lock();
    for (origin, text) in sources {
        if opts.parse {
            let (origin, text) = match origin {
                Origin::Path(p) => {
                    let abs = nixlet::os_io::absolutize(&cwd, &p);
                    match std::fs::read(&abs) {
                        Ok(b) => match String::from_utf8(b) {
                            Ok(t) => (Origin::Path(abs), t),
                            Err(_) => {
                                eprintln!("error: file '{abs}' is not valid UTF-8");
                                return ExitCode::from(1);
                            }
                        },
                        Err(e) => {
                            eprintln!("error: opening file '{abs}': {e}");
                            return ExitCode::from(1);
                        }
                    }
                }
                o => (o, text),
            };
            let base = match &origin {
                Origin::Path(p) => nixlet_eval::vm::parent_dir(p),
                _ => cwd.clone(),
            };
            match eval.parse(origin, &text, &base) {
                Ok(ast) => {
                    let _ = writeln!(out, "{ast}");
                }
                Err(e) => {
                    report(&e);
                    return ExitCode::from(1);
                }
            }
            continue;
        }
        let result = match origin {
            Origin::Path(p) => eval.eval_file(&p),
            Origin::Expr => eval.eval_str_in(&text, &cwd),
            o => eval.eval_source(o, &text, &cwd),
        };
        let value = match result.and_then(|v| finish_value(&eval, v, &opts, &cwd)) {
            Ok(v) => v,
            Err(e) => {
                report(&e);
                return ExitCode::from(1);
            }
        };
        if !opts.eval {
            // like nix-instantiate: instantiate the derivations the value contains
            let args: Vec<(String, nixlet::Value)> = Vec::new();
            match eval.instantiate(&value, &args) {
                Ok(paths) => {
                    for p in paths {
                        if writeln!(out, "{p}").is_err() {
                            return ExitCode::from(1);
                        }
                    }
                    continue;
                }
                Err(e) => {
                    report(&e);
                    return ExitCode::from(1);
                }
            }
        }
        let strict = opts.strict || opts.json;
        if strict && let Err(e) = value.force_deep() {
            report(&e);
            return ExitCode::from(1);
        }
        let text = if opts.json {
            value.to_json().map(String::into_bytes)
        } else if opts.xml {
            value.to_xml(opts.location, strict).map(String::into_bytes)
        } else {
            Ok(value.to_nix_bytes())
        };
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                report(&e);
                return ExitCode::from(1);
            }
        };
        // the XML document ends with its own newline
        let sep: &[u8] = if opts.xml && text.ends_with(b"\n") { b"" } else { b"\n" };
        if out.write_all(&text).and_then(|_| out.write_all(sep)).is_err() {
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

fn eval_set_abort_on_warn(_eval: &Evaluator) {}

/// Applies `-A` selection and `--arg`/`--argstr` auto-calling as nix-instantiate does.
fn finish_value(eval: &Evaluator, v: nixlet::Value, opts: &Opts, cwd: &str) -> Result<nixlet::Value, nixlet::Error> {
    let mut args = Vec::new();
    for (name, val) in &opts.args {
        let v = match val {
            ArgVal::Expr(e) => eval.eval_str_in(e, cwd)?,
            ArgVal::Str(s) => eval.eval_str_in(&nix_string_literal(s), cwd)?,
        };
        args.push((name.clone(), v));
    }
    let mut v = v;
    for path in &opts.attrs {
        let parts: Vec<&str> = if path.is_empty() { Vec::new() } else { path.split('.').collect() };
        let mut cur = v.clone();
        for (i, part) in parts.iter().enumerate() {
            cur = cur.auto_call(&args)?;
            let shown: String = parts[..=i].join(".");
            cur = match cur.kind() {
                nixlet::Kind::List if part.chars().all(|c| c.is_ascii_digit()) && !part.is_empty() => {
                    let idx: usize = part.parse().unwrap_or(usize::MAX);
                    match cur.list()?.into_iter().nth(idx) {
                        Some(x) => x,
                        None => {
                            return Err(
                                eval.error(&format!("list index {idx} in selection path '{shown}' is out of range"))
                            );
                        }
                    }
                }
                nixlet::Kind::Attrs => match cur.attr(part)? {
                    Some(x) => x,
                    None => {
                        return Err(eval.error(&format!("attribute '{part}' in selection path '{shown}' not found")));
                    }
                },
                _ => {
                    return Err(eval.error(&format!(
                        "the expression selected by the selection path '{}' should be a set but is {}",
                        parts[..i].join("."),
                        cur.type_phrase()
                    )));
                }
            };
        }
        v = cur;
    }
    if !args.is_empty() {
        v = v.auto_call(&args)?;
    }
    Ok(v)
}

fn nix_string_literal(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '$' => out.push_str("\\$"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
