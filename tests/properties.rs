//! Property tests (proptest) of laws nixlet must obey whatever the data:
//!
//! - printing a data value (`--strict` printing) and evaluating the printed text gives
//!   an equal value that prints the same;
//! - `builtins.fromJSON (builtins.toJSON v) == v` for JSON-representable values;
//! - `builtins.sort` returns a sorted permutation and is stable, with builtin and
//!   Nix comparators;
//! - `//` is associative, right-biased, has `{ }` as identity on both sides, and its
//!   names are the sorted union of the operands' names.
//!
//! Values are generated as a Rust model ([`Data`]) and written as Nix source in a
//! style unlike the printer's (every name quoted, every element parenthesised,
//! floats in Rust's shortest form), so the printer is compared against an
//! independent rendering. Case counts are small: the file runs in seconds in a
//! debug build.

use nixlet::Evaluator;
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::collections::BTreeMap;

/// A Nix data value.
#[derive(Debug, Clone, PartialEq)]
enum Data {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<Data>),
    Attrs(BTreeMap<String, Data>),
}

/// A Nix string literal for any text without NUL (escapes everything that could
/// start an escape or an interpolation).
fn string_literal(s: &str) -> String {
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

/// A float literal Nix reads back as exactly `f` (finite): Rust's shortest
/// round-tripping form, with the `.0` Nix needs before an exponent.
fn float_literal(f: f64) -> String {
    let s = format!("{:?}", f.abs());
    let s = match s.split_once('e') {
        Some((m, e)) if !m.contains('.') => format!("{m}.0e{e}"),
        _ => s,
    };
    if f.is_sign_negative() { format!("(-{s})") } else { s }
}

impl Data {
    /// Nix source for the value (not the printer's style).
    fn to_src(&self) -> String {
        match self {
            Data::Null => "null".into(),
            Data::Bool(b) => b.to_string(),
            Data::Int(i64::MIN) => "(-9223372036854775807 - 1)".into(),
            Data::Int(i) if *i < 0 => format!("(-{})", i.unsigned_abs()),
            Data::Int(i) => i.to_string(),
            Data::Float(f) => float_literal(*f),
            Data::Str(s) => string_literal(s),
            Data::List(v) => {
                let items: Vec<String> = v.iter().map(|d| format!("({})", d.to_src())).collect();
                format!("[ {} ]", items.join(" "))
            }
            Data::Attrs(m) => {
                let items: Vec<String> =
                    m.iter().map(|(k, v)| format!("{} = {};", string_literal(k), v.to_src())).collect();
                format!("{{ {} }}", items.join(" "))
            }
        }
    }
}

// ------------------------------------------------------------------ strategies

/// Text with the characters that make printing and parsing hard: quotes,
/// backslashes, `${`, `''`, control characters, multi-byte UTF-8.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "a", "Z", "0", " ", "\"", "\\", "$", "{", "}", "${", "$${", "''", "'", "\n", "\r", "\t", "é", "😀",
            "\u{1}", "\u{7f}", "\u{fffd}", "\\n", "or", "-", ".",
        ])
        .prop_map(str::to_string),
        1 => any::<char>().prop_filter("no NUL", |c| *c != '\0').prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|v| v.concat())
}

/// Attribute names, many of which need quoting when printed.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "a", "b", "x", "_", "a-b", "a'", "A1", "or", "if", "let", "in", "rec", "inherit", "true", "null",
            "__curPos", "", " ", "a b", "1a", "-a", "'a", "a.b", "${x}", "\"", "é", "😀",
        ])
        .prop_map(str::to_string),
        1 => text(),
    ]
}

fn int() -> impl Strategy<Value = i64> {
    prop_oneof![
        prop::sample::select(vec![0, 1, -1, i64::MAX, i64::MIN + 1, i64::MAX - 1, 1 << 53, -(1 << 53)]),
        any::<i64>().prop_filter("i64::MIN has no literal", |i| *i != i64::MIN),
        -1000i64..1000,
    ]
}

/// Floats the `%g`-style printer (6 significant digits, no exponent between 1e-4 and
/// 1e6) writes exactly: up to six significant decimal digits.
fn printable_float() -> impl Strategy<Value = f64> {
    (-999_999i64..=999_999, 0u32..=5)
        .prop_map(|(n, e)| format!("{n}e-{e}").parse::<f64>().unwrap_or(0.0))
        .prop_filter("prints in fixed notation", |f| *f == 0.0 || f.abs() >= 1e-4)
}

/// Data values whose printed form is valid Nix. Two limits of the print format
/// (the same in C++ Nix, see `print_format_limits`) are avoided: a negative number
/// printed as a list element (`[ -1 ]` does not parse) and `i64::MIN` (no literal).
fn printable(non_negative: bool) -> BoxedStrategy<Data> {
    let num = if non_negative {
        prop_oneof![
            int().prop_map(|i| Data::Int(i.checked_abs().unwrap_or(i64::MAX))),
            printable_float().prop_map(|f| Data::Float(f.abs())),
        ]
        .boxed()
    } else {
        prop_oneof![int().prop_map(Data::Int), printable_float().prop_map(Data::Float)].boxed()
    };
    prop_oneof![Just(Data::Null), any::<bool>().prop_map(Data::Bool), num, text().prop_map(Data::Str),].boxed()
}

fn printable_data() -> impl Strategy<Value = Data> {
    printable(false).prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            prop::collection::vec(printable(true), 0..5).prop_map(Data::List),
            // lists of lists and sets (elements that are not numbers)
            prop::collection::vec(
                inner.clone().prop_filter("no negative list element", |d| !matches!(d, Data::Int(i) if *i < 0)
                    && !matches!(d, Data::Float(f) if f.is_sign_negative() && *f != 0.0)),
                0..4
            )
            .prop_map(Data::List),
            prop::collection::btree_map(name(), inner, 0..5).prop_map(Data::Attrs),
        ]
    })
}

/// JSON-representable values (any finite float, any integer).
fn json_data() -> impl Strategy<Value = Data> {
    let leaf = prop_oneof![
        Just(Data::Null),
        any::<bool>().prop_map(Data::Bool),
        any::<i64>().prop_map(Data::Int),
        prop::sample::select(vec![i64::MIN, i64::MAX]).prop_map(Data::Int),
        // no subnormals: like C++ Nix, the parser rejects their literals (ERANGE)
        any::<f64>().prop_filter("finite, not subnormal", |f| f.is_normal() || *f == 0.0).prop_map(Data::Float),
        printable_float().prop_map(Data::Float),
        text().prop_map(Data::Str),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Data::List),
            prop::collection::btree_map(name(), inner, 0..5).prop_map(Data::Attrs),
        ]
    })
}

// ------------------------------------------------------------------ helpers

fn evaluator() -> Evaluator {
    Evaluator::builder().max_steps(10_000_000).build()
}

/// Evaluates `src` strictly and prints it as `nix-instantiate --eval --strict`.
fn strict_print(eval: &Evaluator, src: &str) -> Result<String, TestCaseError> {
    let fail = |e: nixlet::Error| TestCaseError::fail(format!("{src}\n{}", e.render(false)));
    let v = eval.eval_str(src).map_err(fail)?;
    v.force_deep().map_err(fail)?;
    Ok(v.to_nix_string())
}

fn eval_bool(eval: &Evaluator, src: &str) -> Result<bool, TestCaseError> {
    eval.eval_str(src).and_then(|v| v.as_bool()).map_err(|e| TestCaseError::fail(format!("{src}\n{}", e.render(false))))
}

fn eval_json(eval: &Evaluator, src: &str) -> Result<String, TestCaseError> {
    eval.eval_str(src).and_then(|v| v.as_str()).map_err(|e| TestCaseError::fail(format!("{src}\n{}", e.render(false))))
}

/// `cases` cases, or `PROPTEST_CASES` if set (for a long run).
fn cfg(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(cases);
    Config { cases, failure_persistence: None, ..Config::default() }
}

// ------------------------------------------------------------------ (a) printing

proptest! {
    #![proptest_config(cfg(128))]

    #[test]
    fn printed_data_reads_back_as_the_same_value(d in printable_data()) {
        let eval = evaluator();
        let src = d.to_src();
        let printed = strict_print(&eval, &src)?;
        prop_assert!(!printed.contains("«repeated»"), "{src} printed as {printed}");
        let again = strict_print(&eval, &printed).map_err(|e| {
            TestCaseError::fail(format!("{src}\nprinted as {printed}\nwhich does not evaluate: {e}"))
        })?;
        prop_assert_eq!(&again, &printed, "source {}", src);
        prop_assert!(eval_bool(&eval, &format!("({src}) == ({printed})"))?, "{} != {}", src, printed);
    }
}

#[test]
fn print_format_limits() {
    // Where printed values are not valid Nix, nixlet prints exactly what C++ Nix
    // prints (the round-trip property above avoids these cases).
    let eval = evaluator();
    let p = |s: &str| strict_print(&eval, s).unwrap();
    assert_eq!(p("[ (-1) (-0.5) ]"), "[ -1 -0.5 ]");
    assert!(eval.eval_str("[ -1 ]").is_err());
    assert_eq!(p("-9223372036854775807 - 1"), "-9223372036854775808");
    assert!(eval.eval_str("-9223372036854775808").is_err());
    assert_eq!(p("[ 1000000.0 0.00001 1234567.0 ]"), "[ 1e+06 1e-05 1.23457e+06 ]");
    // a float with an integral value prints as an integer, equal under `==`
    assert_eq!(p("2.0"), "2");
    assert!(eval_bool(&eval, "2.0 == 2").unwrap());
}

// ------------------------------------------------------------------ (b) JSON

proptest! {
    #![proptest_config(cfg(128))]

    #[test]
    fn from_json_inverts_to_json(d in json_data()) {
        let eval = evaluator();
        let src = d.to_src();
        let json = eval_json(&eval, &format!("builtins.toJSON ({src})"))?;
        prop_assert!(
            eval_bool(&eval, &format!("builtins.fromJSON ({}) == ({src})", string_literal(&json)))?,
            "{} -> {}", src, json
        );
        // and the JSON text is a fixed point
        let json2 = eval_json(&eval, &format!("builtins.toJSON (builtins.fromJSON ({}))", string_literal(&json)))
            ?;
        prop_assert_eq!(&json2, &json);
        // the facade's `to_json` agrees with `builtins.toJSON`
        let v = eval.eval_str(&src).map_err(|e| TestCaseError::fail(e.render(false)))?;
        prop_assert_eq!(v.to_json().map_err(|e| TestCaseError::fail(e.render(false)))?, json);
        // it is JSON, and serde_json reads the same values
        let parsed: serde_json::Value = serde_json::from_str(&v.to_json().unwrap_or_default())
            .map_err(|e| TestCaseError::fail(format!("{src}: invalid JSON: {e}")))?;
        prop_assert!(same_json(&d, &parsed), "{} -> {}", src, parsed);
    }
}

/// Whether `j` (as serde_json read it) is the JSON form of `d`.
fn same_json(d: &Data, j: &serde_json::Value) -> bool {
    use serde_json::Value as J;
    match (d, j) {
        (Data::Null, J::Null) => true,
        (Data::Bool(a), J::Bool(b)) => a == b,
        (Data::Int(i), J::Number(n)) => n.as_i64() == Some(*i),
        // serde_json's default float parser is not correctly rounded: compare closely,
        // exactness is checked through `fromJSON` above
        (Data::Float(f), J::Number(n)) => n.as_f64().map(|g| (g - f).abs() <= f.abs() * 1e-12).unwrap_or(false),
        (Data::Str(s), J::String(t)) => s == t,
        (Data::List(a), J::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_json(x, y)),
        (Data::Attrs(a), J::Object(b)) => {
            a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).map(|w| same_json(v, w)).unwrap_or(false))
        }
        _ => false,
    }
}

// ------------------------------------------------------------------ (c) sort

/// Sort keys: few distinct values, so that ties (and stability) matter.
#[derive(Debug, Clone)]
enum Key {
    Int(i64),
    Str(String),
}

fn keys() -> impl Strategy<Value = Vec<Key>> {
    prop_oneof![
        prop::collection::vec((-3i64..4).prop_map(Key::Int), 0..40),
        prop::collection::vec(
            prop::sample::select(vec!["", "a", "b", "ab", "B", "é", "a b"]).prop_map(|s| Key::Str(s.into())),
            0..40
        ),
    ]
}

fn key_src(k: &Key) -> String {
    match k {
        Key::Int(i) => format!("({i})"),
        Key::Str(s) => string_literal(s),
    }
}

fn key_cmp(a: &Key, b: &Key) -> std::cmp::Ordering {
    match (a, b) {
        (Key::Int(x), Key::Int(y)) => x.cmp(y),
        (Key::Str(x), Key::Str(y)) => x.as_bytes().cmp(y.as_bytes()),
        _ => unreachable!("one kind of key per list"),
    }
}

/// The comparators, each given as Nix source and the order it implements.
const COMPARATORS: &[(&str, bool)] = &[
    // a lambda calling back into Nix
    ("a: b: a.k < b.k", false),
    // through a builtin called from a lambda
    ("a: b: builtins.lessThan a.k b.k", false),
    // descending, with a helper function and `let`
    ("let key = x: x.k; in a: b: let ka = key a; kb = key b; in kb < ka", true),
];

proptest! {
    #![proptest_config(cfg(48))]

    #[test]
    fn sort_is_stable_and_sorted(ks in keys(), which in 0..COMPARATORS.len()) {
        let eval = evaluator();
        let (cmp, descending) = COMPARATORS[which];
        let items: Vec<String> =
            ks.iter().enumerate().map(|(t, k)| format!("{{ k = {}; t = {t}; }}", key_src(k))).collect();
        let src = format!("map (x: x.t) (builtins.sort ({cmp}) [ {} ])", items.join(" "));
        let got = strict_print(&eval, &src)?;
        let mut want: Vec<(usize, &Key)> = ks.iter().enumerate().collect();
        // Rust's sort_by is stable
        if descending {
            want.sort_by(|a, b| key_cmp(b.1, a.1));
        } else {
            want.sort_by(|a, b| key_cmp(a.1, b.1));
        }
        let want: Vec<String> = want.iter().map(|(t, _)| t.to_string()).collect();
        let want = if want.is_empty() { "[ ]".to_string() } else { format!("[ {} ]", want.join(" ")) };
        prop_assert_eq!(got, want, "{}", src);
    }

    #[test]
    fn sort_with_the_builtin_comparator(ks in keys()) {
        // `builtins.lessThan` itself as the comparator (no lambda): equal keys are
        // indistinguishable, so compare with the sorted keys.
        let eval = evaluator();
        let items: Vec<String> = ks.iter().map(key_src).collect();
        let src = format!("builtins.sort builtins.lessThan [ {} ]", items.join(" "));
        let got = strict_print(&eval, &src)?;
        let mut want = ks.clone();
        want.sort_by(key_cmp);
        let want = strict_print(&eval, &format!("[ {} ]", want.iter().map(key_src).collect::<Vec<_>>().join(" ")))
            ?;
        prop_assert_eq!(got, want, "{}", src);
    }
}

// ------------------------------------------------------------------ (d) `//`

/// Small sets over a few names, with values that are themselves sets sometimes
/// (`//` is shallow: a nested set is replaced, never merged).
fn small_set() -> impl Strategy<Value = BTreeMap<String, Data>> {
    let value = prop_oneof![
        (0i64..5).prop_map(Data::Int),
        prop::collection::btree_map(
            prop::sample::select(vec!["p", "q"]).prop_map(str::to_string),
            (0i64..3).prop_map(Data::Int),
            0..3
        )
        .prop_map(Data::Attrs),
    ];
    prop::collection::btree_map(
        prop::sample::select(vec!["a", "b", "c", "a b", "", "é", "Z", "${x}", "__x"]).prop_map(str::to_string),
        value,
        0..6,
    )
}

fn set_src(m: &BTreeMap<String, Data>) -> String {
    Data::Attrs(m.clone()).to_src()
}

proptest! {
    #![proptest_config(cfg(64))]

    #[test]
    fn update_laws(a in small_set(), b in small_set(), c in small_set()) {
        let eval = evaluator();
        let (sa, sb, sc) = (set_src(&a), set_src(&b), set_src(&c));
        let p = |s: String| strict_print(&eval, &s);

        // associativity
        let left = p(format!("(({sa}) // ({sb})) // ({sc})"))?;
        let right = p(format!("({sa}) // (({sb}) // ({sc}))"))?;
        prop_assert_eq!(&left, &right);

        // right bias: the model's merge
        let mut merged = a.clone();
        merged.extend(b.clone());
        prop_assert_eq!(p(format!("({sa}) // ({sb})"))?, p(set_src(&merged))?);
        let equal = eval_bool(&eval, &format!("({sa}) // ({sb}) == ({})", set_src(&merged)))?;
        prop_assert!(equal, "{} // {}", sa, sb);

        // identity on both sides
        let pa = p(sa.clone())?;
        prop_assert_eq!(&p(format!("({sa}) // {{ }}"))?, &pa);
        prop_assert_eq!(&p(format!("{{ }} // ({sa})"))?, &pa);

        // attrNames (a // b) is the sorted union (sorted by bytes)
        let names = eval.eval_str(&format!("builtins.attrNames (({sa}) // ({sb}))"))
            .and_then(|v| v.list()?.iter().map(|n| n.as_str()).collect::<Result<Vec<_>, _>>())
            .map_err(|e| TestCaseError::fail(e.render(false)))?;
        let mut want: Vec<String> = a.keys().chain(b.keys()).cloned().collect();
        want.sort_by(|x, y| x.as_bytes().cmp(y.as_bytes()));
        want.dedup();
        prop_assert_eq!(names, want);
    }
}
