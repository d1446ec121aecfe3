//! Nix's expression printer (`Expr::show`), over the syntax tree.
//!
//! C++ Nix quotes expressions in some messages (`assertion '(x == 1)' failed`) and in
//! `nix-instantiate --parse`; it prints its desugared AST: `a - b` is `(__sub a b)`,
//! `a + b` is `(a + b)`, a select is `(e).a.b`. This module reproduces that form
//! from an rnix tree.

use nixlet_parser::SyntaxNode;
use nixlet_parser::rnix::SyntaxKind::*;
use std::fmt::Write;

/// Prints an expression node the way C++ Nix shows it, path literals as written.
pub fn show_node(n: &SyntaxNode) -> String {
    show_node_in(n, None)
}

/// Where a file's path literals resolve: its directory, and the home directory
/// (`None` in pure mode, where `~/…` is an error anyway).
#[derive(Debug, Clone, Copy)]
pub struct PathBase<'a> {
    /// The directory relative literals are relative to.
    pub dir: &'a str,
    /// The home directory.
    pub home: Option<&'a str>,
}

/// [`show_node`], with path literals resolved against `base` as C++ Nix prints
/// them (its AST holds them resolved: `./foo` shows as `/dir/foo`).
pub fn show_node_in(n: &SyntaxNode, base: Option<PathBase<'_>>) -> String {
    let mut out = Out { s: String::new(), base };
    show(n, &mut out);
    out.s
}

/// The printer's output, and how it prints path literals.
struct Out<'a> {
    s: String,
    base: Option<PathBase<'a>>,
}

impl std::ops::Deref for Out<'_> {
    type Target = String;
    fn deref(&self) -> &String {
        &self.s
    }
}

impl std::ops::DerefMut for Out<'_> {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.s
    }
}

impl std::fmt::Write for Out<'_> {
    fn write_str(&mut self, t: &str) -> std::fmt::Result {
        self.s.push_str(t);
        Ok(())
    }
}

fn exprs(n: &SyntaxNode) -> Vec<SyntaxNode> {
    n.children()
        .filter(|c| {
            !matches!(
                c.kind(),
                NODE_ATTRPATH
                    | NODE_ATTRPATH_VALUE
                    | NODE_INHERIT
                    | NODE_INHERIT_FROM
                    | NODE_PATTERN
                    | NODE_IDENT_PARAM
                    | NODE_PAT_ENTRY
                    | NODE_PAT_BIND
                    | NODE_INTERPOL
                    | NODE_DYNAMIC
            )
        })
        .collect()
}

fn tok_text(n: &SyntaxNode) -> String {
    n.children_with_tokens()
        .filter_map(|e| e.into_token())
        .find(|t| !t.kind().is_trivia())
        .map(|t| t.text().to_string())
        .unwrap_or_default()
}

/// `printLiteralString`.
pub fn quote_string(out: &mut String, b: &[u8]) {
    out.push('"');
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'$' if b.get(i + 1) == Some(&b'{') => {
                out.push_str("\\${");
                i += 1;
            }
            _ => {
                // copy the run of ordinary bytes (may be multi-byte UTF-8)
                let start = i;
                while i + 1 < b.len() && !matches!(b[i + 1], b'"' | b'\\' | b'\n' | b'\r' | b'\t' | b'$') {
                    i += 1;
                }
                out.push_str(&String::from_utf8_lossy(&b[start..=i]));
            }
        }
        i += 1;
    }
    out.push('"');
}

fn show_attrpath(n: &SyntaxNode, out: &mut Out) {
    let mut first = true;
    for a in n.children() {
        if !first {
            out.push('.');
        }
        first = false;
        match a.kind() {
            NODE_IDENT => out.push_str(&tok_text(&a)),
            NODE_STRING if !a.children().any(|c| c.kind() == NODE_INTERPOL) => {
                out.push_str(&string_content(&a));
            }
            _ => {
                out.push_str("\"${");
                match a.kind() {
                    NODE_DYNAMIC => {
                        if let Some(e) = exprs(&a).first() {
                            show(e, out)
                        }
                    }
                    _ => show(&a, out),
                }
                out.push_str("}\"");
            }
        }
    }
}

fn string_content(n: &SyntaxNode) -> String {
    n.children_with_tokens()
        .filter_map(|e| e.into_token())
        .filter(|t| t.kind() == nixlet_parser::SyntaxKind::TOKEN_STRING_CONTENT)
        .map(|t| t.text().to_string())
        .collect()
}

fn show(n: &SyntaxNode, out: &mut Out) {
    // the tree may be as deep as the source is long (`1 + 1 + …`): grow the stack
    // as the recursion goes
    nixlet_parser::with_big_stack(|| show_inner(n, out))
}

fn show_inner(n: &SyntaxNode, out: &mut Out) {
    let ch = exprs(n);
    match n.kind() {
        NODE_ROOT | NODE_PAREN => {
            if let Some(c) = ch.first() {
                show(c, out)
            }
        }
        NODE_LITERAL => {
            let t = tok_text(n);
            // a URI is a string in Nix's AST
            if n.children_with_tokens().any(|e| e.kind() == nixlet_parser::SyntaxKind::TOKEN_URI) {
                quote_string(out, t.as_bytes());
                return;
            }
            if let Ok(f) = t.parse::<f64>()
                && t.contains(['.', 'e', 'E'])
            {
                out.push_str(&crate::print::format_float(f));
                return;
            }
            out.push_str(&t)
        }
        NODE_IDENT => out.push_str(&tok_text(n)),
        NODE_CUR_POS => out.push_str("__curPos"),
        NODE_PATH_ABS | NODE_PATH_REL | NODE_PATH_HOME => {
            let text = n.text().to_string();
            // shown resolved, as Nix's AST holds it; an interpolated one as the
            // concatenation of its resolved first part and the rest
            let plain = n.children().next().is_none();
            let token = n.first_token().map(|t| t.kind());
            match (out.base, token) {
                (Some(b), Some(k)) if plain => match crate::lower::resolve_path_start(k, &text, b.dir, b.home) {
                    Some(r) => out.push_str(&r),
                    None => out.push_str(&text),
                },
                (Some(b), _) => show_path_parts(n, b, out),
                _ => out.push_str(&text),
            }
        }
        NODE_PATH_SEARCH => {
            let t = n.text().to_string();
            out.push_str("(__findFile __nixPath ");
            quote_string(out, t.trim_start_matches('<').trim_end_matches('>').as_bytes());
            out.push(')');
        }
        NODE_STRING if n.first_token().is_some_and(|t| t.text().starts_with("''")) => show_ind_string(n, out),
        NODE_STRING => {
            // a `"` string's parts are shown as their values (escapes and CR LF
            // undone, as Nix's lexer does)
            let mut parts = Vec::new();
            for el in n.children_with_tokens() {
                match el {
                    nixlet_parser::rowan::NodeOrToken::Token(t)
                        if t.kind() == nixlet_parser::SyntaxKind::TOKEN_STRING_CONTENT =>
                    {
                        parts.push(crate::lower::Stripped::Lit(crate::lower::unescaped_dq(t.text()).into_owned()));
                    }
                    nixlet_parser::rowan::NodeOrToken::Node(c) if c.kind() == NODE_INTERPOL => {
                        if let Some(e) = exprs(&c).into_iter().next() {
                            parts.push(crate::lower::Stripped::Expr(e));
                        }
                    }
                    _ => {}
                }
            }
            show_string_parts(&parts, out);
        }
        NODE_SELECT => {
            out.push('(');
            if let Some(c) = ch.first() {
                show(c, out);
            }
            out.push_str(").");
            if let Some(p) = n.children().find(|c| c.kind() == NODE_ATTRPATH) {
                show_attrpath(&p, out);
            }
            if let Some(d) = ch.get(1) {
                out.push_str(" or (");
                show(d, out);
                out.push(')');
            }
        }
        NODE_HAS_ATTR => {
            out.push_str("((");
            if let Some(c) = ch.first() {
                show(c, out);
            }
            out.push_str(") ? ");
            if let Some(p) = n.children().find(|c| c.kind() == NODE_ATTRPATH) {
                show_attrpath(&p, out);
            }
            out.push(')');
        }
        NODE_APPLY => {
            // flatten
            let mut args = Vec::new();
            let mut cur = n.clone();
            while cur.kind() == NODE_APPLY {
                let c = exprs(&cur);
                if c.len() < 2 {
                    break;
                }
                args.push(c[1].clone());
                cur = c[0].clone();
            }
            args.reverse();
            out.push('(');
            show(&cur, out);
            for a in &args {
                out.push(' ');
                show(a, out);
            }
            out.push(')');
        }
        NODE_UNARY_OP => {
            let neg = n.children_with_tokens().any(|e| e.kind() == nixlet_parser::SyntaxKind::TOKEN_SUB);
            if neg {
                out.push_str("(__sub 0 ");
            } else {
                out.push_str("(! ");
            }
            if let Some(c) = ch.first() {
                show(c, out);
            }
            out.push(')');
        }
        NODE_BIN_OP => {
            use nixlet_parser::rnix::ast::BinOpKind as K;
            let op = n.children_with_tokens().filter_map(|e| e.into_token()).find_map(|t| K::from_kind(t.kind()));
            let (a, b) = match (ch.first(), ch.get(1)) {
                (Some(a), Some(b)) => (a, b),
                _ => return,
            };
            let call = |out: &mut Out, f: &str, x: &SyntaxNode, y: &SyntaxNode| {
                let _ = write!(out, "({f} ");
                show(x, out);
                out.push(' ');
                show(y, out);
                out.push(')');
            };
            let infix = |out: &mut Out, o: &str| {
                out.push('(');
                show(a, out);
                let _ = write!(out, " {o} ");
                show(b, out);
                out.push(')');
            };
            match op {
                Some(K::Sub) => call(out, "__sub", a, b),
                Some(K::Mul) => call(out, "__mul", a, b),
                Some(K::Div) => call(out, "__div", a, b),
                Some(K::Less) => call(out, "__lessThan", a, b),
                Some(K::More) => call(out, "__lessThan", b, a),
                Some(K::LessOrEq) => {
                    out.push_str("(! ");
                    call(out, "__lessThan", b, a);
                    out.push(')');
                }
                Some(K::MoreOrEq) => {
                    out.push_str("(! ");
                    call(out, "__lessThan", a, b);
                    out.push(')');
                }
                Some(K::Add) => infix(out, "+"),
                Some(K::Equal) => infix(out, "=="),
                Some(K::NotEqual) => infix(out, "!="),
                Some(K::And) => infix(out, "&&"),
                Some(K::Or) => infix(out, "||"),
                Some(K::Implication) => infix(out, "->"),
                Some(K::Update) => infix(out, "//"),
                Some(K::Concat) => infix(out, "++"),
                Some(K::PipeRight) => {
                    out.push('(');
                    show(b, out);
                    out.push(' ');
                    show(a, out);
                    out.push(')');
                }
                Some(K::PipeLeft) => {
                    out.push('(');
                    show(a, out);
                    out.push(' ');
                    show(b, out);
                    out.push(')');
                }
                None => {}
            }
        }
        NODE_LIST => {
            out.push_str("[ ");
            for c in &ch {
                out.push('(');
                show(c, out);
                out.push_str(") ");
            }
            out.push(']');
        }
        NODE_IF_ELSE => {
            if ch.len() == 3 {
                out.push_str("(if ");
                show(&ch[0], out);
                out.push_str(" then ");
                show(&ch[1], out);
                out.push_str(" else ");
                show(&ch[2], out);
                out.push(')');
            }
        }
        NODE_ASSERT => {
            if ch.len() == 2 {
                out.push_str("assert ");
                show(&ch[0], out);
                out.push_str("; ");
                show(&ch[1], out);
            }
        }
        NODE_WITH => {
            if ch.len() == 2 {
                out.push_str("(with ");
                show(&ch[0], out);
                out.push_str("; ");
                show(&ch[1], out);
                out.push(')');
            }
        }
        NODE_LAMBDA => {
            out.push('(');
            if let Some(p) = n.children().find(|c| c.kind() == nixlet_parser::SyntaxKind::NODE_PATTERN) {
                let mut formals: Vec<(String, Option<SyntaxNode>)> = p
                    .children()
                    .filter(|c| c.kind() == NODE_PAT_ENTRY)
                    .map(|e| {
                        let name =
                            e.children().find(|c| c.kind() == NODE_IDENT).map(|i| tok_text(&i)).unwrap_or_default();
                        let def = exprs(&e).into_iter().nth(1);
                        (name, def)
                    })
                    .collect();
                formals.sort_by(|a, b| a.0.cmp(&b.0));
                out.push_str("{ ");
                let mut first = true;
                for (name, def) in &formals {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    out.push_str(name);
                    if let Some(d) = def {
                        out.push_str(" ? ");
                        show(d, out);
                    }
                }
                let ellipsis = p.children_with_tokens().any(|e| e.kind() == nixlet_parser::SyntaxKind::TOKEN_ELLIPSIS);
                if ellipsis {
                    if !first {
                        out.push_str(", ");
                    }
                    out.push_str("...");
                }
                out.push_str(" }");
                if let Some(b) = p.children().find(|c| c.kind() == NODE_PAT_BIND) {
                    out.push_str(" @ ");
                    if let Some(i) = b.children().find(|c| c.kind() == NODE_IDENT) {
                        out.push_str(&tok_text(&i));
                    }
                }
            } else if let Some(p) = n.children().find(|c| c.kind() == NODE_IDENT_PARAM)
                && let Some(i) = p.children().find(|c| c.kind() == NODE_IDENT)
            {
                out.push_str(&tok_text(&i));
            }
            out.push_str(": ");
            if let Some(b) = ch.last() {
                show(b, out);
            }
            out.push(')');
        }
        NODE_ATTR_SET | NODE_LET_IN | NODE_LEGACY_LET => {
            let rec = n.children_with_tokens().any(|e| e.kind() == nixlet_parser::SyntaxKind::TOKEN_REC);
            match n.kind() {
                NODE_LET_IN => out.push_str("(let "),
                NODE_LEGACY_LET => out.push_str("(rec { "),
                _ => {
                    if rec {
                        out.push_str("rec ");
                    }
                    out.push_str("{ ");
                }
            }
            let mut b = Bindings::default();
            b.collect(n);
            b.show(out);
            match n.kind() {
                NODE_LET_IN => {
                    out.push_str("in ");
                    if let Some(body) = ch.last() {
                        show(body, out);
                    }
                    out.push(')');
                }
                NODE_LEGACY_LET => out.push_str("}).body"),
                _ => out.push('}'),
            }
        }
        _ => out.push_str(&n.text().to_string()),
    }
}

/// The bindings of a set as Nix's parser merges them: `a.b = 1; a.c = 2;` is
/// `a = { b = 1; c = 2; };`, shown sorted, inherits first, dynamic attributes last.
#[derive(Default)]
struct Bindings {
    statics: Vec<(String, Binding)>,
    inherits: Vec<String>,
    inherit_from: Vec<(SyntaxNode, Vec<String>)>,
    dynamics: Vec<(SyntaxNode, BindVal)>,
}

enum BindVal {
    Expr(SyntaxNode),
    Nested(Bindings),
}

struct Binding(BindVal);

fn static_name(a: &SyntaxNode) -> Option<String> {
    match a.kind() {
        NODE_IDENT => Some(tok_text(a)),
        NODE_STRING if !a.children().any(|c| c.kind() == NODE_INTERPOL) => Some(string_content(a)),
        _ => None,
    }
}

impl Bindings {
    fn collect(&mut self, n: &SyntaxNode) {
        for e in n.children() {
            match e.kind() {
                NODE_ATTRPATH_VALUE => {
                    let Some(p) = e.children().find(|c| c.kind() == NODE_ATTRPATH) else {
                        continue;
                    };
                    let Some(v) = exprs(&e).into_iter().next() else {
                        continue;
                    };
                    let path: Vec<SyntaxNode> = p.children().collect();
                    self.add(&path, v);
                }
                NODE_INHERIT => {
                    let names: Vec<String> = e.children().filter_map(|a| static_name(&a)).collect();
                    match e.children().find(|c| c.kind() == NODE_INHERIT_FROM) {
                        Some(f) => {
                            if let Some(x) = exprs(&f).into_iter().next() {
                                self.inherit_from.push((x, names));
                            }
                        }
                        None => self.inherits.extend(names),
                    }
                }
                _ => {}
            }
        }
    }

    fn add(&mut self, path: &[SyntaxNode], value: SyntaxNode) {
        let Some((first, rest)) = path.split_first() else {
            return;
        };
        let Some(name) = static_name(first) else {
            let val = if rest.is_empty() {
                BindVal::Expr(value)
            } else {
                let mut b = Bindings::default();
                b.add(rest, value);
                BindVal::Nested(b)
            };
            self.dynamics.push((first.clone(), val));
            return;
        };
        if rest.is_empty() {
            // a set literal merges with an existing nested set
            let inner = unparen(&value);
            if inner.kind() == NODE_ATTR_SET
                && let Some((_, Binding(BindVal::Nested(b)))) = self.statics.iter_mut().find(|(n, _)| *n == name)
            {
                b.collect(&inner);
                return;
            }
            self.statics.push((name, Binding(BindVal::Expr(value))));
            return;
        }
        let idx = match self.statics.iter().position(|(n, _)| *n == name) {
            Some(i) => i,
            None => {
                self.statics.push((name, Binding(BindVal::Nested(Bindings::default()))));
                self.statics.len() - 1
            }
        };
        match &mut self.statics[idx].1.0 {
            BindVal::Nested(b) => b.add(rest, value),
            BindVal::Expr(existing) => {
                let inner = unparen(existing);
                if inner.kind() == NODE_ATTR_SET {
                    let mut b = Bindings::default();
                    b.collect(&inner);
                    b.add(rest, value);
                    self.statics[idx].1 = Binding(BindVal::Nested(b));
                }
            }
        }
    }

    fn show(&self, out: &mut Out) {
        if !self.inherits.is_empty() {
            let mut names = self.inherits.clone();
            names.sort();
            out.push_str("inherit");
            for n in names {
                out.push(' ');
                out.push_str(&n);
            }
            out.push_str("; ");
        }
        for (src, names) in &self.inherit_from {
            let mut names = names.clone();
            names.sort();
            out.push_str("inherit (");
            show(src, out);
            out.push(')');
            for n in names {
                out.push(' ');
                out.push_str(&n);
            }
            out.push_str("; ");
        }
        let mut statics: Vec<&(String, Binding)> = self.statics.iter().collect();
        statics.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, Binding(v)) in statics {
            out.push_str(name);
            out.push_str(" = ");
            show_val(v, out);
            out.push_str("; ");
        }
        for (k, v) in &self.dynamics {
            out.push_str("\"${");
            match k.kind() {
                NODE_DYNAMIC => {
                    if let Some(e) = exprs(k).first() {
                        show(e, out)
                    }
                }
                _ => show(k, out),
            }
            out.push_str("}\" = ");
            show_val(v, out);
            out.push_str("; ");
        }
    }
}

/// An indented string as Nix's AST holds it: its indentation stripped and its
/// escapes undone (the lowering's own functions), one string, or the
/// concatenation of its parts.
fn show_ind_string(n: &SyntaxNode, out: &mut Out) {
    use crate::lower::{IndPiece, ind_first_text, split_ind_text, strip_indentation};
    let mut pieces: Vec<IndPiece<SyntaxNode>> = Vec::new();
    let mut pending = String::new();
    let mut first = true;
    let flush = |pending: &mut String, pieces: &mut Vec<IndPiece<SyntaxNode>>, first: &mut bool| {
        if pending.is_empty() {
            return;
        }
        let text = if *first { ind_first_text(pending) } else { pending.as_str() };
        *first = false;
        split_ind_text(text, pieces);
        pending.clear();
    };
    for el in n.children_with_tokens() {
        match el {
            nixlet_parser::rowan::NodeOrToken::Token(t)
                if t.kind() == nixlet_parser::SyntaxKind::TOKEN_STRING_CONTENT =>
            {
                pending.push_str(t.text())
            }
            nixlet_parser::rowan::NodeOrToken::Node(c) if c.kind() == NODE_INTERPOL => {
                flush(&mut pending, &mut pieces, &mut first);
                first = false;
                if let Some(e) = exprs(&c).into_iter().next() {
                    pieces.push(IndPiece::Interp(e));
                }
            }
            _ => {}
        }
    }
    flush(&mut pending, &mut pieces, &mut first);
    show_string_parts(&strip_indentation(pieces), out);
}

/// A string's parts as Nix's AST holds them: one string (`""` for none), or the
/// concatenation of the parts.
fn show_string_parts(parts: &[crate::lower::Stripped<SyntaxNode>], out: &mut Out) {
    use crate::lower::Stripped;
    match parts {
        [] => out.push_str("\"\""),
        [Stripped::Lit(v)] => quote_string(out, v),
        _ => {
            out.push('(');
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    out.push_str(" + ");
                }
                match p {
                    Stripped::Lit(v) => quote_string(out, v),
                    Stripped::Expr(e) => show(e, out),
                }
            }
            out.push(')');
        }
    }
}

/// An interpolated path literal as Nix's AST holds it: `(/dir/a/ + x + "/b")`.
fn show_path_parts(n: &SyntaxNode, b: PathBase<'_>, out: &mut Out) {
    out.push('(');
    let mut first = true;
    for el in n.children_with_tokens() {
        let sep = if first { "" } else { " + " };
        match el {
            nixlet_parser::rowan::NodeOrToken::Token(t) if t.kind().is_trivia() => continue,
            nixlet_parser::rowan::NodeOrToken::Token(t) => {
                let text = t.text();
                out.push_str(sep);
                if first {
                    match crate::lower::resolve_path_start(t.kind(), text, b.dir, b.home) {
                        Some(p) => out.push_str(&p),
                        None => out.push_str(text),
                    }
                } else {
                    quote_string(out, text.as_bytes());
                }
            }
            nixlet_parser::rowan::NodeOrToken::Node(c) => {
                out.push_str(sep);
                if let Some(e) = exprs(&c).into_iter().next() {
                    show(&e, out);
                }
            }
        }
        first = false;
    }
    out.push(')');
}

fn show_val(v: &BindVal, out: &mut Out) {
    match v {
        BindVal::Expr(e) => show(e, out),
        BindVal::Nested(b) => {
            out.push_str("{ ");
            b.show(out);
            out.push('}');
        }
    }
}

fn unparen(n: &SyntaxNode) -> SyntaxNode {
    let mut n = n.clone();
    while n.kind() == NODE_PAREN {
        match exprs(&n).into_iter().next() {
            Some(c) => n = c,
            None => break,
        }
    }
    n
}
