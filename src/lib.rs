//! nixlet facade.
