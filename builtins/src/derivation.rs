//! Builtins: derivation (to be filled in).

use crate::Decl;

pub(crate) const DECLS: &[Decl] = &[];
