//! Shared by the tests that generate hostile input (`mod common;`).

/// xorshift64*: deterministic, no dependency.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Tokens of token soups: keywords, operators, literals of every kind, names
/// with a meaning (`__sub`, `__findFile`, builtins).
pub const TOKENS: &[&str] = &[
    "let",
    "in",
    "rec",
    "with",
    "inherit",
    "if",
    "then",
    "else",
    "assert",
    "or",
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    ";",
    ":",
    ",",
    "=",
    ".",
    "...",
    "?",
    "@",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "&&",
    "||",
    "->",
    "//",
    "++",
    "+",
    "-",
    "*",
    "/",
    "!",
    "|>",
    "<|",
    "x",
    "y",
    "__curPos",
    "a.b",
    "1",
    "0",
    "9223372036854775808",
    "1.5",
    ".5",
    "1e3",
    "\"",
    "\"s\"",
    "\"${",
    "''",
    "''x''",
    "${",
    "./p",
    "/abs/p",
    "~/h",
    "<nixpkgs>",
    "http://u.rl",
    "#c\n",
    "/*",
    "*/",
    "\r",
    "\n",
    " ",
    "\t",
    "\\",
    "$",
    "'",
    "é",
    "z",
    "__sub",
    "__findFile",
    "map",
];
