//! nixlet-builtins (work in progress).
