//! nixlet-store (work in progress).
