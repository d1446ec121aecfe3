//! nixlet-wasm (work in progress).
