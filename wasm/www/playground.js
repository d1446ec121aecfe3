// The nixlet playground: no framework, no dependencies. Loads the module that
// wasm/build.sh produces in wasm/pkg/ (`wasm-bindgen --target web`); serve the
// wasm/ directory and open /www/ (see README.md, "Browser playground").
const PKG = "../pkg/nixlet_wasm.js";

const $ = (id) => document.getElementById(id);
const source = $("source");
const mode = $("mode");
const run = $("run");
const output = $("output");
const errors = $("errors");
const status = $("status");
const timing = $("time");

const DEFAULT_FILES = [["lib.nix", "{\n  square = x: x * x;\n  answer = 42;\n}\n"]];

function addFileEditor(path = "", text = "") {
  const div = document.createElement("div");
  div.className = "file";
  const name = document.createElement("input");
  name.value = path;
  name.placeholder = "path, e.g. lib.nix or dir/default.nix";
  const remove = document.createElement("button");
  remove.type = "button";
  remove.textContent = "Remove";
  remove.addEventListener("click", () => { div.remove(); countFiles(); });
  const body = document.createElement("textarea");
  body.spellcheck = false;
  body.value = text;
  div.append(name, " ", remove, body);
  $("files").append(div);
  countFiles();
  return div;
}

function countFiles() {
  $("file-count").textContent = String($("files").children.length);
}

// empty field: unlimited (null); otherwise the number times `scale`
function limit(id, scale) {
  const v = $(id).value.trim();
  if (v === "") return null;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`invalid value '${v}' for ${id}`);
  return n * scale;
}

let playground = null;
let instances = 0;

// A fresh module instance (and Playground). A trap (a bug: nixlet must not trap,
// but a stack overflow in the engine is one) leaves an instance unusable, so after
// one the glue is imported again under another URL, which gives new module state.
async function load() {
  const url = instances === 0 ? PKG : `${PKG}?instance=${instances}`;
  instances += 1;
  const m = await import(url);
  await m.default();
  playground = new m.Playground();
  return m;
}

function evaluate() {
  if (!playground) return;
  output.textContent = "";
  errors.textContent = "";
  errors.className = "";
  status.textContent = "evaluating…";
  run.disabled = true;
  // let the page repaint before a possibly long evaluation
  setTimeout(() => {
    try {
      playground.clearFiles();
      for (const div of $("files").children) {
        const path = div.querySelector("input").value.trim();
        if (path !== "") playground.addFile(path, div.querySelector("textarea").value);
      }
      playground.setMaxSteps(limit("max-steps", 1));
      playground.setMaxHeapBytes(limit("max-heap", 1024 * 1024));
      playground.setTimeoutMs(limit("timeout", 1000));
      playground.setShowTrace($("trace").checked);
      const t0 = performance.now();
      const r = playground.evaluate(source.value, mode.value);
      const ms = performance.now() - t0;
      const { ok: success, output: text, messages } = r;
      r.free();
      if (success) {
        output.textContent = text;
        errors.textContent = messages.join("\n");
        errors.className = "trace-only";
      } else {
        errors.textContent = [...messages, text].join("\n");
      }
      timing.textContent = `${ms.toFixed(1)} ms`;
      status.textContent = success ? "ok" : "error";
    } catch (e) {
      errors.textContent = String(e && e.stack ? e.stack : e);
      status.textContent = "failed";
      if (e instanceof WebAssembly.RuntimeError || e instanceof RangeError) {
        // the module trapped (see the browser console); start a new instance
        errors.textContent = `internal error (the WebAssembly module trapped; please report it):\n${e}`;
        status.textContent = "restarting…";
        playground = null;
        load().then(
          () => { status.textContent = "restarted after an internal error"; run.disabled = false; },
          (e2) => { status.textContent = "internal error: reload the page"; errors.textContent += `\n${e2}`; },
        );
        return;
      }
    }
    run.disabled = false;
  }, 0);
}

run.addEventListener("click", evaluate);
document.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    evaluate();
  }
});
$("add-file").addEventListener("click", () => addFileEditor().querySelector("input").focus());
for (const [p, t] of DEFAULT_FILES) addFileEditor(p, t);
// `?src=…&mode=…`: start with that expression and output mode (shareable links)
const params = new URLSearchParams(location.search);
if (params.has("src")) source.value = params.get("src");
if (params.has("mode")) mode.value = params.get("mode");

try {
  const m = await load();
  status.textContent = `nixlet ${m.version()} ready`;
  run.disabled = false;
  // `?run`: evaluate at once (for links and headless checks)
  if (params.has("run")) evaluate();
} catch (e) {
  status.textContent = "could not load the WebAssembly module (build it with wasm/build.sh)";
  errors.textContent = String(e);
}
