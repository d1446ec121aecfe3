//! The JavaScript API (`wasm-bindgen`): thin wrappers over the plain Rust API.
//!
//! ```js
//! import init, { Playground, evaluate, version } from "./pkg/nixlet_wasm.js";
//! await init();
//! const p = new Playground();
//! p.addFile("lib.nix", "{ x = 1; }");
//! const r = p.evaluate("(import ./lib.nix).x + 1", "strict"); // "value" | "strict" | "json" | "parse"
//! r.ok; r.output; r.messages;                                 // true, "2", []
//! p.setMaxSteps(1e6); p.setTimeoutMs(2000); p.setMaxHeapBytes(null); // null: unlimited
//! ```

use crate::{Mode, Outcome};
use nixlet::StoreWrites;
use std::time::Duration;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(s: &str);
}

/// Panics are bugs (nixlet must not panic on any input); should one happen, its
/// message goes to the browser console before the module traps.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| console_error(&format!("nixlet-wasm panicked: {info}"))));
    });
}

/// The result of an evaluation.
#[wasm_bindgen]
pub struct EvalResult {
    inner: Outcome,
}

#[wasm_bindgen]
impl EvalResult {
    /// Whether evaluation succeeded.
    #[wasm_bindgen(getter)]
    pub fn ok(&self) -> bool {
        self.inner.ok
    }

    /// The printed value, or the rendered error (`error: …`).
    #[wasm_bindgen(getter)]
    pub fn output(&self) -> String {
        self.inner.output.clone()
    }

    /// Trace output and warnings, in order.
    #[wasm_bindgen(getter)]
    pub fn messages(&self) -> Vec<String> {
        self.inner.messages.clone()
    }
}

fn mode(name: &str) -> Result<Mode, JsError> {
    Mode::from_name(name)
        .ok_or_else(|| JsError::new(&format!("unknown mode '{name}' (expected value, strict, json or parse)")))
}

/// `null`/`undefined`: no limit; otherwise a finite number ≥ 0 (fractions dropped).
fn limit(what: &str, n: Option<f64>) -> Result<Option<u64>, JsError> {
    match n {
        None => Ok(None),
        Some(x) if x.is_finite() && x >= 0.0 => Ok(Some(x as u64)),
        Some(x) => Err(JsError::new(&format!("{what}: expected a number >= 0 or null, got {x}"))),
    }
}

/// A sandboxed evaluator with an in-memory file system (see the crate docs).
#[wasm_bindgen]
pub struct Playground {
    inner: crate::Playground,
}

impl Default for Playground {
    fn default() -> Self {
        Self::new()
    }
}

#[wasm_bindgen]
impl Playground {
    /// No files, default limits (50M steps, 256 MiB, 10 s).
    #[wasm_bindgen(constructor)]
    pub fn new() -> Playground {
        install_panic_hook();
        Playground { inner: crate::Playground::new() }
    }

    /// Adds or replaces a file (relative paths are under `/`, where the evaluated
    /// expression lives); returns its absolute path.
    #[wasm_bindgen(js_name = addFile)]
    pub fn add_file(&mut self, path: &str, text: &str) -> String {
        self.inner.add_file(path, text)
    }

    /// Removes a file; whether it existed.
    #[wasm_bindgen(js_name = removeFile)]
    pub fn remove_file(&mut self, path: &str) -> bool {
        self.inner.remove_file(path)
    }

    /// Removes every file.
    #[wasm_bindgen(js_name = clearFiles)]
    pub fn clear_files(&mut self) {
        self.inner.clear_files();
    }

    /// The absolute paths of the files.
    #[wasm_bindgen(js_name = filePaths)]
    pub fn file_paths(&self) -> Vec<String> {
        self.inner.file_paths()
    }

    /// Step budget of each evaluation (`null`: unlimited).
    #[wasm_bindgen(js_name = setMaxSteps)]
    pub fn set_max_steps(&mut self, steps: Option<f64>) -> Result<(), JsError> {
        self.inner.settings.max_steps = limit("maxSteps", steps)?;
        Ok(())
    }

    /// Heap budget of each evaluation in bytes (`null`: unlimited).
    #[wasm_bindgen(js_name = setMaxHeapBytes)]
    pub fn set_max_heap_bytes(&mut self, bytes: Option<f64>) -> Result<(), JsError> {
        let b = limit("maxHeapBytes", bytes)?;
        self.inner.settings.max_heap_bytes = b.map(|b| usize::try_from(b).unwrap_or(usize::MAX));
        Ok(())
    }

    /// Time limit of each evaluation in milliseconds (`null`: unlimited).
    #[wasm_bindgen(js_name = setTimeoutMs)]
    pub fn set_timeout_ms(&mut self, ms: Option<f64>) -> Result<(), JsError> {
        self.inner.settings.timeout = limit("timeoutMs", ms)?.map(Duration::from_millis);
        Ok(())
    }

    /// Print every trace frame of errors (`--show-trace`).
    #[wasm_bindgen(js_name = setShowTrace)]
    pub fn set_show_trace(&mut self, on: bool) {
        self.inner.settings.show_trace = on;
    }

    /// `"compute-only"` (default: store paths computed, nothing written), `"deny"`
    /// (writes are errors) or `"allow"` (written to the evaluation's in-memory store).
    #[wasm_bindgen(js_name = setStoreWrites)]
    pub fn set_store_writes(&mut self, mode: &str) -> Result<(), JsError> {
        self.inner.settings.store_writes = match mode {
            "compute-only" => StoreWrites::ComputeOnly,
            "deny" => StoreWrites::Deny,
            "allow" => StoreWrites::Allow,
            _ => return Err(JsError::new(&format!("unknown store-writes mode '{mode}'"))),
        };
        Ok(())
    }

    /// Experimental features (`["pipe-operators"]`).
    #[wasm_bindgen(js_name = setExperimentalFeatures)]
    pub fn set_experimental_features(&mut self, features: Vec<String>) {
        self.inner.settings.experimental_features = features;
    }

    /// Evaluates `source`; `mode` is `"value"`, `"strict"`, `"json"` or `"parse"`.
    pub fn evaluate(&self, source: &str, mode: &str) -> Result<EvalResult, JsError> {
        let mode = self::mode(mode)?;
        Ok(EvalResult { inner: self.inner.evaluate(source, mode) })
    }

    /// Parses `source` (`--parse`): the expression, or the syntax error.
    pub fn parse(&self, source: &str) -> EvalResult {
        EvalResult { inner: self.inner.parse(source) }
    }
}

/// Evaluates `source` with no files and default settings.
#[wasm_bindgen]
pub fn evaluate(source: &str, mode: &str) -> Result<EvalResult, JsError> {
    Playground::new().evaluate(source, mode)
}

/// Parses `source` (`--parse`).
#[wasm_bindgen]
pub fn parse(source: &str) -> EvalResult {
    Playground::new().parse(source)
}

/// The version of nixlet.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
