//! Unit tests for the parse-time checks. Golden tests for whole files live in the
//! facade's `tests/` directory.

use super::*;

fn errors(src: &str) -> Vec<String> {
    let mut db = SourceDb::new();
    let file = db.add(Origin::Stdin, src);
    let p = parse(file, src, &ParseOptions::default());
    p.diagnostics.iter().filter(|d| d.severity == Severity::Error).map(|d| d.message.clone()).collect()
}

fn ok(src: &str) {
    assert_eq!(errors(src), Vec::<String>::new(), "expected {src:?} to parse");
}

fn fails(src: &str) {
    assert!(!errors(src).is_empty(), "expected {src:?} to be rejected");
}

#[test]
fn accepts_plain_nix() {
    ok("{ a = 1; b = [ 1 2 ]; c = x: x + 1; }");
    ok("let f = { a, b ? 2, ... }@args: a; in f { a = 1; }");
}

#[test]
fn rejects_chained_non_associative_operators() {
    fails("1 == 2 == 3");
    fails("1 < 2 < 3");
    fails("(1 == 2 == 3)");
    fails("x: x == 1 == 2");
    fails("x: x < 1 > 2");
}

#[test]
fn rejects_lambda_as_operand_or_argument() {
    fails("a b: b");
    fails("1 + x: x");
    fails("[ x: x ]");
    fails("a: a ? y b");
    ok("f (x: x)");
    ok("[ (x: x) ]");
}

#[test]
fn rejects_overflowing_integer() {
    assert_eq!(errors("9223372036854775808"), vec!["invalid integer '9223372036854775808'"]);
    ok("9223372036854775807");
}

#[test]
fn lone_cr_ends_a_comment() {
    // In Nix, `# comment\r1` is a comment followed by the expression 1.
    ok("# comment\r1");
    ok("1 # comment\r\n");
}

#[test]
fn bang_after_arithmetic_operator() {
    ok("true && -!false == false");
    ok("1 + !true");
    ok("[ 1 ] ++ !true");
    ok("a: a * !a");
}

#[test]
fn bang_operand_extends_over_tighter_operators() {
    let mut db = SourceDb::new();
    let src = "a + !b + c == d";
    let file = db.add(Origin::Stdin, src);
    let p = parse(file, src, &ParseOptions::default());
    assert!(!p.has_errors());
    // the tree contains the inserted parentheses around `!b + c`
    assert_eq!(p.root.text().to_string(), "a + (!b + c) == d");
    // ranges map back onto the user's text
    let paren = p.root.descendants().find(|n| n.kind() == SyntaxKind::NODE_PAREN).expect("paren");
    let r = p.original_range(paren.text_range());
    assert_eq!(&src[usize::from(r.start())..usize::from(r.end())], "!b + c");
}

#[test]
fn pipe_operators_need_the_feature() {
    fails("1 |> f");
    let mut db = SourceDb::new();
    let file = db.add(Origin::Stdin, "1 |> f");
    let opts = ParseOptions { pipe_operators: true, ..Default::default() };
    assert!(!parse(file, "1 |> f", &opts).has_errors());
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}1{}", "[".repeat(200_000), "]".repeat(200_000));
    fails(&deep);
    let deep = format!("{}1{}", "(".repeat(100_000), ")".repeat(100_000));
    fails(&deep);
    let unary = format!("{}1", "-".repeat(100_000));
    fails(&unary);
    let chain = vec!["[ 1 ]"; 100_000].join(" ++ ");
    fails(&chain);
}

#[test]
fn nix_style_rendering() {
    let mut db = SourceDb::new();
    let src = "x: y\n";
    let file = db.add(Origin::Stdin, src);
    let d = Diagnostic::error(Span::new(file, TextRange::new(3.into(), 4.into())), "undefined variable 'y'");
    assert_eq!(
        render_nix(&db, &d),
        "error: undefined variable 'y'\n       at «stdin»:1:4:\n            1| x: y\n             |    ^\n            2|"
    );
    let cs = render_codespan(&db, &d);
    assert!(cs.starts_with("error: undefined variable 'y'"), "{cs}");
    assert!(cs.contains("at «stdin»:1:4"), "{cs}");
}

#[test]
fn long_chains_parse_in_linear_time_with_original_positions() {
    // `f x x …` and `1+1+…` are de-cached (comments inserted): positions must still
    // point into the user's text
    let chain = format!("f{}", " x".repeat(5000));
    let src = format!("{chain} +");
    let p = parse(FileId(0), &src, &ParseOptions::default());
    let d = p.diagnostics.iter().find(|d| d.severity == Severity::Error).expect("a syntax error");
    let at: u32 = d.span.expect("a span").range.start().into();
    assert_eq!(at as usize, src.len(), "the error is at the end of the original text");
    // with a `!` repair (inserted parentheses) in the same file
    let src = format!("[ (1 + !true) ({}) ] ++ ", "1+1".repeat(3000));
    let p = parse(FileId(0), &src, &ParseOptions::default());
    let d = p.diagnostics.iter().find(|d| d.severity == Severity::Error).expect("a syntax error");
    let at: u32 = d.span.expect("a span").range.start().into();
    assert_eq!(at as usize, src.len());
    // and ranges of nodes map back exactly
    let src = format!("g{} (a.b)", " 1".repeat(2000));
    let p = parse(FileId(0), &src, &ParseOptions::default());
    assert!(!p.has_errors());
    let sel = p.root.descendants().find(|n| n.kind() == SyntaxKind::NODE_SELECT).expect("a select");
    let r = p.original_range(sel.text_range());
    assert_eq!(&src[usize::from(r.start())..usize::from(r.end())], "a.b");
}

#[test]
fn scanned_tokens_parse_to_the_tree_of_the_text() {
    // `parse` hands rnix the tokens of its pre-parse scan unless a repair changed the
    // text: the tree must be the one rnix builds from the text itself, byte for byte
    // and kind for kind, and repairs must still apply.
    let cases = [
        "let a = 1; b = !true; in if a != 2 then [ a b ] else { c = a; }",
        "# comment\n/* block */ x: y: x + y # trailing",
        "''\n  multi ${\"line\"}\n  string\n''",
        "a: a + !b",                                 // repaired: `!` after `+`
        "1 # comment\r+ 2",                          // repaired: lone CR ends the comment
        "{ a ? !x, ... }@args: args.a or (!args.b)", // `!` needing no repair
        "",
    ];
    for src in cases {
        let (fixed, _) = crate::fixups::prepare(src);
        let text = fixed.as_deref().unwrap_or(src);
        let expected = format!("{:#?}", rnix::Root::parse(text).syntax());
        let p = crate::parse(crate::FileId(0), src, &crate::ParseOptions::default());
        assert_eq!(format!("{:#?}", p.root), expected, "{src:?}");
    }
}

#[test]
fn skipping_the_element_checks_never_hides_a_diagnostic() {
    // `check_tree` runs the per-element checks only when a cheap walk of the green
    // tree finds a suspect; with every option on, each snippet must report exactly
    // what the unconditional walk reports.
    let all_on = ParseOptions {
        pipe_operators: false,
        lint_url_literals: LintLevel::Warn,
        lint_short_path_literals: LintLevel::Warn,
        lint_absolute_path_literals: LintLevel::Fatal,
    };
    let cases = [
        "f x: x",                       // lambda as an argument
        "[ x: x ]",                     // lambda as a list element
        "a + b: b",                     // lambda as an operand
        "99999999999999999999",         // integer overflow
        "1.0e999",                      // infinite float
        "1.0e-999",                     // float underflow
        "0.0e-999",                     // zero is fine
        "1 |> f",                       // pipe without the feature
        "http://example.org",           // URL literal
        "a/b",                          // short relative path
        "/abs/path + ~/home",           // absolute and home paths
        "(1 + 2",                       // unclosed parenthesis
        "{ a = 1; } }",                 // stray token
        "let x = 1; in x",              // nothing to report
        "./ok/path + ./other/${\"x\"}", // nothing to report but lints
    ];
    for src in cases {
        for opts in [ParseOptions::default(), all_on.clone()] {
            let mut db = SourceDb::new();
            let file = db.add(Origin::Stdin, src);
            let p = parse(file, src, &opts);
            // `check_tree` learns that rnix reported errors from a non-empty `out`
            for rnix_errors in [false, true] {
                let start = || {
                    let span = Span::new(file, rowan::TextRange::empty(0.into()));
                    if rnix_errors { vec![Diagnostic::error(span, "rnix")] } else { Vec::new() }
                };
                let mut full = start();
                checks::check_every_element(&p, src, &opts, rnix_errors, &mut full);
                let mut fast = start();
                checks::check_tree(&p, src, &opts, &mut fast);
                let msgs = |v: &[Diagnostic]| v.iter().map(|d| d.message.clone()).collect::<Vec<_>>();
                assert_eq!(msgs(&fast), msgs(&full), "{src:?} {rnix_errors}");
            }
        }
    }
}

#[test]
fn a_shared_node_cache_gives_the_same_trees() {
    // the later files repeat tokens and small nodes of the earlier ones, which the
    // cache then hands out again; the trees (every node, token and range) and the
    // diagnostics must be those of a parse on its own
    let files = [
        "{ a = 1; b = [ 1 2 ]; }",
        "let a = 1; in { a = 1; c = a + 1; }",
        "x: { a = 1; } // x",
        "{ a = 1; b = [ 1 2 ]; }",
        "{ a = 1; b = [ 1 2 ] }",
        "# comment\n{ a = 1; b = [ 1 2 ]; d = \"${x}\"; }",
    ];
    let mut cache = ParseCache::default();
    for (i, text) in files.iter().enumerate() {
        let alone = parse(FileId(i as u32), text, &ParseOptions::default());
        let shared = parse_cached(FileId(i as u32), text, &ParseOptions::default(), &mut cache);
        assert_eq!(format!("{:#?}", alone.root), format!("{:#?}", shared.root), "{text}");
        assert_eq!(shared.root.to_string(), *text);
        let msgs = |p: &Parse| p.diagnostics.iter().map(|d| d.message.clone()).collect::<Vec<_>>();
        assert_eq!(msgs(&alone), msgs(&shared), "{text}");
    }
    assert!(cache.parsed > 0);
    // past the limit the cache starts afresh
    cache.parsed = ParseCache::SOURCE_LIMIT + 1;
    let _ = parse_cached(FileId(9), files[0], &ParseOptions::default(), &mut cache);
    assert_eq!(cache.parsed, files[0].len());
}

#[test]
fn the_green_cursor_walks_the_red_tree() {
    // every node and token, in order, with the same kind, range and text; the
    // sources include a repair (inserted parentheses) and a nested interpolation
    fn walk(red: &crate::SyntaxNode, green: crate::GNode<'_>, src: &str) {
        assert_eq!(red.kind(), green.kind(), "{src:?}");
        assert_eq!(red.text_range(), green.text_range(), "{src:?}");
        assert_eq!(red.text().to_string(), green.text(), "{src:?}");
        let reds: Vec<_> = red.children_with_tokens().collect();
        let greens: Vec<_> = green.children_with_tokens().collect();
        assert_eq!(reds.len(), greens.len(), "{src:?}");
        for (r, g) in reds.iter().zip(greens) {
            match (r, g) {
                (rowan::NodeOrToken::Node(r), rowan::NodeOrToken::Node(g)) => walk(r, g, src),
                (rowan::NodeOrToken::Token(r), rowan::NodeOrToken::Token(g)) => {
                    assert_eq!((r.kind(), r.text_range(), r.text()), (g.kind(), g.text_range(), g.text()), "{src:?}");
                }
                _ => panic!("a node against a token in {src:?}"),
            }
        }
        let nodes: Vec<_> = green.children().map(|g| (g.kind(), g.text_range())).collect();
        let red_nodes: Vec<_> = red.children().map(|r| (r.kind(), r.text_range())).collect();
        assert_eq!(nodes, red_nodes, "{src:?}");
    }
    for src in [
        "",
        "1",
        "  # comment\n{ a.b = 1; inherit (x) y; \"${c}\" = [ 1 2.5 ./p/${q} ]; }",
        "let f = { a ? 1, ... }@args: a; in f { } // { s = ''\n  x ${toString 1}\n''; }",
        "a + !b + c == d",
        "assert x -> y; with z; if a then b.c or d else -e",
    ] {
        let p = parse(FileId(0), src, &ParseOptions::default());
        let green = p.root.green();
        walk(&p.root, crate::GNode::root(green), src);
    }
}

/// The tokens of `src` other than whitespace, as `KIND text`.
fn tokens(src: &str) -> Vec<String> {
    rnix::tokenize(src)
        .filter(|(k, _)| *k != rnix::SyntaxKind::TOKEN_WHITESPACE)
        .map(|(k, s)| format!("{k:?} {s}"))
        .collect()
}

#[test]
fn identifiers_paths_and_uris_split_where_nix_splits_them() {
    // the boundaries the tokenizer's byte fast path checks (vendor/rnix/NIXLET-PATCH.md)
    assert_eq!(tokens("lib.foo"), ["TOKEN_IDENT lib", "TOKEN_DOT .", "TOKEN_IDENT foo"]);
    assert_eq!(tokens("a.b/c"), ["TOKEN_PATH_REL a.b/c"]);
    assert_eq!(tokens("a/b"), ["TOKEN_PATH_REL a/b"]);
    assert_eq!(tokens("a//b"), ["TOKEN_IDENT a", "TOKEN_UPDATE //", "TOKEN_IDENT b"]);
    assert_eq!(tokens("a/ b"), ["TOKEN_IDENT a", "TOKEN_DIV /", "TOKEN_IDENT b"]);
    assert_eq!(tokens("x: x"), ["TOKEN_IDENT x", "TOKEN_COLON :", "TOKEN_IDENT x"]);
    assert_eq!(tokens("x:y"), ["TOKEN_URI x:y"]);
    assert_eq!(tokens("x_y:z"), ["TOKEN_IDENT x_y", "TOKEN_COLON :", "TOKEN_IDENT z"]);
    assert_eq!(tokens("https://e.org/a?b=c"), ["TOKEN_URI https://e.org/a?b=c"]);
    assert_eq!(tokens("a'-b'"), ["TOKEN_IDENT a'-b'"]);
    assert_eq!(tokens("rec or-x"), ["TOKEN_REC rec", "TOKEN_IDENT or-x"]);
    assert_eq!(tokens("./a .5 ..."), ["TOKEN_PATH_REL ./a", "TOKEN_FLOAT .5", "TOKEN_ELLIPSIS ..."]);
    assert_eq!(tokens("a==b"), ["TOKEN_IDENT a", "TOKEN_EQUAL ==", "TOKEN_IDENT b"]);
    // non-ASCII whitespace after ASCII whitespace belongs to the same token
    assert_eq!(rnix::tokenize(" \u{a0}x").next(), Some((rnix::SyntaxKind::TOKEN_WHITESPACE, " \u{a0}")));
}

#[test]
fn string_and_comment_bodies_end_at_their_delimiters() {
    assert_eq!(
        tokens(r#""a\"b${c}$$d""#),
        [
            "TOKEN_STRING_START \"",
            "TOKEN_STRING_CONTENT a\\\"b",
            "TOKEN_INTERPOL_START ${",
            "TOKEN_IDENT c",
            "TOKEN_INTERPOL_END }",
            "TOKEN_STRING_CONTENT $$d",
            "TOKEN_STRING_END \"",
        ]
    );
    assert_eq!(
        tokens("''a'''b''$c\"\\''"),
        ["TOKEN_STRING_START ''", "TOKEN_STRING_CONTENT a'''b''$c\"\\", "TOKEN_STRING_END ''"]
    );
    assert_eq!(
        tokens("# c\nx /* a * b */ y"),
        ["TOKEN_COMMENT # c", "TOKEN_IDENT x", "TOKEN_COMMENT /* a * b */", "TOKEN_IDENT y"]
    );
    assert_eq!(tokens("\"abc"), ["TOKEN_STRING_START \"", "TOKEN_ERROR abc"]);
}

#[test]
fn the_tree_builder_shares_tokens_and_small_nodes_only() {
    use rnix::builder::{Checkpoint, NodeCache, TreeBuilder};
    use rowan::{NodeOrToken, SyntaxKind};
    fn ids(n: &rowan::GreenNode) -> Vec<*const ()> {
        n.children()
            .map(|c| match c {
                NodeOrToken::Node(n) => n as *const rowan::GreenNodeData as *const (),
                NodeOrToken::Token(t) => t as *const rowan::GreenTokenData as *const (),
            })
            .collect()
    }
    let (a, b) = (SyntaxKind(rnix::SyntaxKind::TOKEN_IDENT as u16), SyntaxKind(rnix::SyntaxKind::NODE_IDENT as u16));
    let int = SyntaxKind(rnix::SyntaxKind::TOKEN_INTEGER as u16);
    let mut cache = NodeCache::default();
    let mut t = TreeBuilder::with_cache(&mut cache);
    t.start_node(SyntaxKind(rnix::SyntaxKind::NODE_ROOT as u16));
    for tok in [a, a, int, int] {
        t.start_node(b);
        t.token(tok, "x");
        t.finish_node();
    }
    // more than three children: not shared
    t.start_node(b);
    for _ in 0..4 {
        t.token(a, "x");
    }
    t.finish_node();
    t.finish_node();
    let root = t.finish(SyntaxKind(0));
    let kids = ids(&root);
    assert_eq!(kids.len(), 5);
    assert_eq!(kids[0], kids[1], "one-token nodes of a shared token are one node");
    assert_ne!(kids[2], kids[3], "a literal is not shared, nor is its node");
    assert_ne!(kids[0], kids[4]);
    assert_eq!(cache.counts(), (1, 1));
    // a second tree finds the same node
    let mut t = TreeBuilder::with_cache(&mut cache);
    t.start_node(b);
    t.token(a, "x");
    t.finish_node();
    let again = t.finish(SyntaxKind(0));
    assert_eq!(&*again as *const rowan::GreenNodeData as *const (), kids[0]);
    // a checkpoint wraps what came after it; unpaired events still make one tree
    let mut t = TreeBuilder::with_cache(&mut cache);
    t.start_node(b);
    t.token(a, "ab");
    let cp = t.checkpoint();
    t.token(a, "cd");
    t.start_node_at(cp, SyntaxKind(9));
    t.token(int, "12");
    t.finish_node();
    t.finish_node();
    let root = t.finish(SyntaxKind(0));
    assert_eq!((root.to_string().as_str(), root.children().len()), ("abcd12", 2));
    let mut t = TreeBuilder::with_cache(&mut cache);
    t.token(a, "a");
    t.start_node(b);
    t.token(a, "b");
    t.start_node_at(Checkpoint::default(), SyntaxKind(9));
    let root = t.finish(SyntaxKind(7));
    assert_eq!((root.to_string().as_str(), root.kind()), ("ab", SyntaxKind(7)));
}

#[test]
fn a_big_source_gets_a_cache_of_its_own() {
    // a generated list of distinct integers, with non-ASCII strings between them
    let mut text = String::from("[\n");
    let mut i = 0;
    while text.len() < ParseCache::OWN_CACHE {
        text.push_str(&format!("  {i} \"é{i}\"\n"));
        i += 1;
    }
    text.push(']');
    let mut cache = ParseCache::default();
    let p = parse_cached(FileId(0), &text, &ParseOptions::default(), &mut cache);
    assert!(p.diagnostics.is_empty());
    assert_eq!(p.root.to_string(), text);
    // not counted against (nor kept in) the shared cache
    assert_eq!(cache.parsed, 0);
    assert_eq!(cache.nodes.counts(), (0, 0));
    let small = parse_cached(FileId(1), "[ 1 \"é\" ]", &ParseOptions::default(), &mut cache);
    assert_eq!(small.root.to_string(), "[ 1 \"é\" ]");
    assert!(cache.nodes.counts().0 > 0);
}
