//! Parse-time checks C++ Nix performs and rnix does not, and the translation of
//! rnix's errors into Nix's wording.

use crate::{Diagnostic, LintLevel, Parse, ParseOptions, Span};
use rnix::SyntaxKind::{self, *};
use rnix::{SyntaxElement, SyntaxNode, SyntaxToken};
use rowan::TextRange;

/// Bison's name for a token, as Nix's syntax errors show it.
pub fn token_name(kind: SyntaxKind, text: &str) -> String {
    let s = match kind {
        TOKEN_IDENT => "identifier",
        TOKEN_INTEGER => "integer",
        TOKEN_FLOAT => "floating-point literal",
        TOKEN_PATH_ABS | TOKEN_PATH_REL => "path",
        TOKEN_PATH_HOME => "'~/…' path",
        TOKEN_PATH_SEARCH => "'<…>' path",
        TOKEN_URI => "URI",
        TOKEN_IF => "'if'",
        TOKEN_THEN => "'then'",
        TOKEN_ELSE => "'else'",
        TOKEN_ASSERT => "'assert'",
        TOKEN_WITH => "'with'",
        TOKEN_LET => "'let'",
        TOKEN_IN => "'in'",
        TOKEN_REC => "'rec'",
        TOKEN_INHERIT => "'inherit'",
        TOKEN_OR => "'or'",
        TOKEN_EQUAL => "'=='",
        TOKEN_NOT_EQUAL => "'!='",
        TOKEN_LESS_OR_EQ => "'<='",
        TOKEN_MORE_OR_EQ => "'>='",
        TOKEN_UPDATE => "'//'",
        TOKEN_CONCAT => "'++'",
        TOKEN_AND_AND => "'&&'",
        TOKEN_OR_OR => "'||'",
        TOKEN_IMPLICATION => "'->'",
        TOKEN_PIPE_LEFT => "'<|'",
        TOKEN_PIPE_RIGHT => "'|>'",
        TOKEN_INTERPOL_START => "'${'",
        TOKEN_ELLIPSIS => "'...'",
        TOKEN_STRING_START if text.starts_with("''") => "start of an indented string",
        TOKEN_STRING_START => "'\"'",
        TOKEN_STRING_END if text.starts_with("''") => "end of an indented string",
        TOKEN_STRING_END => "'\"'",
        TOKEN_STRING_CONTENT => "string",
        TOKEN_ERROR => "invalid token",
        _ => {
            return match text.chars().next() {
                Some(c) if text.len() <= 2 => format!(
                    "'{}'",
                    text.chars().take(2).collect::<String>().trim_end_matches(|x: char| x != c && x.is_whitespace())
                ),
                _ => "invalid token".to_string(),
            };
        }
    };
    s.to_string()
}

fn first_token_in(root: &SyntaxNode, range: TextRange) -> Option<SyntaxToken> {
    let mut tok = root.token_at_offset(range.start()).right_biased()?;
    loop {
        if !tok.kind().is_trivia() {
            return Some(tok);
        }
        tok = tok.next_token()?;
        if tok.text_range().start() >= range.end() && !range.is_empty() {
            return None;
        }
    }
}

/// The class of a non-associative comparison operator (`==`/`!=` or the orderings).
fn comparison_class(kind: SyntaxKind) -> Option<u8> {
    match kind {
        TOKEN_EQUAL | TOKEN_NOT_EQUAL => Some(0),
        TOKEN_LESS | TOKEN_LESS_OR_EQ | TOKEN_MORE | TOKEN_MORE_OR_EQ => Some(1),
        _ => None,
    }
}

/// Whether `tok` is a comparison chained onto one of its own class (`1 == 2 == 3`):
/// Nix's parser finds it in a state that marks it an error explicitly and then
/// names no expected tokens.
fn is_nonassoc_repeat(tok: &SyntaxToken) -> bool {
    let Some(class) = comparison_class(tok.kind()) else {
        return false;
    };
    let mut prev = tok.prev_token();
    while let Some(t) = &prev {
        if !t.kind().is_trivia() {
            break;
        }
        prev = t.prev_token();
    }
    let Some(prev) = prev else {
        return false;
    };
    let end = prev.text_range().end();
    prev.parent_ancestors().take_while(|n| n.text_range().end() == end).any(|n| {
        n.kind() == NODE_BIN_OP
            && n.children_with_tokens()
                .filter_map(|e| e.into_token())
                .find(|t| !t.kind().is_trivia())
                .and_then(|t| comparison_class(t.kind()))
                == Some(class)
    })
}

fn unexpected_msg(tok: Option<&SyntaxToken>) -> String {
    match tok {
        Some(t) => format!("syntax error, unexpected {}", token_name(t.kind(), t.text())),
        None => "syntax error, unexpected end of file".to_string(),
    }
}

/// Converts one rnix error into a Nix-worded diagnostic.
pub fn convert_rnix_error(p: &Parse, err: &rnix::ParseError) -> Diagnostic {
    use rnix::ParseError as E;
    let eof = Span::new(p.file, p.original_range(TextRange::empty(p.root.text_range().end())));
    match err {
        E::Unexpected(range) | E::UnexpectedExtra(range) | E::UnexpectedWanted(_, range, _)
            if first_token_in(&p.root, *range)
                .map(|t| t.kind() == TOKEN_ERROR && t.text().ends_with('/'))
                .unwrap_or(false) =>
        {
            // `./foo/`: Nix's lexer stops right after the slash
            let end = first_token_in(&p.root, *range).map(|t| t.text_range().end()).unwrap_or(range.end());
            Diagnostic::error(Span::new(p.file, p.original_range(TextRange::empty(end))), "path has a trailing slash")
        }
        E::Unexpected(range) => {
            let tok = first_token_in(&p.root, *range);
            let span = tok.as_ref().map(|t| p.span(t.text_range())).unwrap_or(eof);
            Diagnostic::error(span, unexpected_msg(tok.as_ref()))
        }
        E::UnexpectedExtra(range) => {
            // tokens after the whole expression: Nix's parser has reduced it to
            // the file's expression, after which only the end may come
            let tok = first_token_in(&p.root, *range);
            let span = tok.as_ref().map(|t| p.span(t.text_range())).unwrap_or(eof);
            let msg = unexpected_msg(tok.as_ref());
            if tok.as_ref().is_some_and(is_nonassoc_repeat) {
                Diagnostic::error(span, msg)
            } else {
                Diagnostic::error(span, format!("{msg}, expecting end of file"))
            }
        }
        E::UnexpectedWanted(_, range, wanted) if is_string_parts(wanted) => {
            let tok = first_token_in(&p.root, *range);
            let indented = in_indented_string(tok.as_ref());
            match tok {
                // Nix's lexer takes everything up to a string's end into it: rnix's
                // error token there is a string left open at the end of the file
                Some(t) if t.kind() == TOKEN_ERROR && t.text_range().end() >= p.root.text_range().end() => {
                    Diagnostic::error(eof, string_parts_msg("syntax error, unexpected end of file", indented))
                }
                tok => {
                    let span = tok.as_ref().map(|t| p.span(t.text_range())).unwrap_or(eof);
                    Diagnostic::error(span, string_parts_msg(&unexpected_msg(tok.as_ref()), indented))
                }
            }
        }
        E::UnexpectedWanted(_, range, wanted) => {
            let tok = first_token_in(&p.root, *range);
            let span = tok.as_ref().map(|t| p.span(t.text_range())).unwrap_or(eof);
            if tok.as_ref().is_some_and(is_nonassoc_repeat) {
                Diagnostic::error(span, unexpected_msg(tok.as_ref()))
            } else {
                Diagnostic::error(span, expecting(unexpected_msg(tok.as_ref()), wanted))
            }
        }
        E::UnexpectedDoubleBind(range) => Diagnostic::error(p.span(*range), "syntax error, unexpected '@'"),
        E::UnexpectedEOF => Diagnostic::error(eof, "syntax error, unexpected end of file"),
        E::UnexpectedEOFWanted(wanted) if is_string_parts(wanted) => {
            // the string still open at the end is the last one in the tree
            let indented = in_indented_string(p.root.last_token().as_ref());
            Diagnostic::error(eof, string_parts_msg("syntax error, unexpected end of file", indented))
        }
        E::UnexpectedEOFWanted(wanted) => {
            Diagnostic::error(eof, expecting("syntax error, unexpected end of file".to_string(), wanted))
        }
        E::DuplicatedArgs(range, name) => {
            Diagnostic::error(p.span(*range), format!("duplicate formal function argument '{name}'"))
        }
        E::RecursionLimitExceeded => Diagnostic::error(eof, "expression is nested too deeply"),
        _ => Diagnostic::error(eof, "syntax error"),
    }
}

/// `msg`, with the names of the `wanted` tokens if there are at most four (Nix's
/// parser names no more).
fn expecting(mut msg: String, wanted: &[SyntaxKind]) -> String {
    if !wanted.is_empty() && wanted.len() <= 4 {
        let names: Vec<String> = wanted.iter().map(|k| token_name(*k, default_text(*k))).collect();
        msg.push_str(", expecting ");
        msg.push_str(&names.join(" or "));
    }
    msg
}

/// Whether rnix wanted the next part of a string (its content, an interpolation
/// or its end).
fn is_string_parts(wanted: &[SyntaxKind]) -> bool {
    wanted == [TOKEN_STRING_END, TOKEN_STRING_CONTENT, TOKEN_INTERPOL_START]
}

/// Whether the string `tok` is in is an indented one.
fn in_indented_string(tok: Option<&SyntaxToken>) -> bool {
    tok.and_then(|t| t.parent_ancestors().find(|n| n.kind() == NODE_STRING))
        .and_then(|n| n.first_token())
        .is_some_and(|t| t.text().starts_with("''"))
}

/// What Nix's parser expects inside a string: after any part of a `"` string it has
/// reduced the parts so far, so only the closing quote remains; an indented
/// string's parts are never reduced early.
fn string_parts_msg(unexpected: &str, indented: bool) -> String {
    if indented {
        format!("{unexpected}, expecting indented string or '${{' or end of an indented string")
    } else {
        format!("{unexpected}, expecting '\"'")
    }
}

fn default_text(kind: SyntaxKind) -> &'static str {
    match kind {
        TOKEN_L_BRACE => "{",
        TOKEN_R_BRACE => "}",
        TOKEN_L_PAREN => "(",
        TOKEN_R_PAREN => ")",
        TOKEN_L_BRACK => "[",
        TOKEN_R_BRACK => "]",
        TOKEN_SEMICOLON => ";",
        TOKEN_COLON => ":",
        TOKEN_COMMA => ",",
        TOKEN_ASSIGN => "=",
        TOKEN_DOT => ".",
        TOKEN_AT => "@",
        TOKEN_QUESTION => "?",
        TOKEN_STRING_END | TOKEN_STRING_START => "\"",
        TOKEN_INTERPOL_END => "}",
        _ => "",
    }
}

/// True if a node of this kind accepts any expression (including a lambda, `let`,
/// `with`, `if`, `assert`) as the child at this position.
fn is_expr_position(child: &SyntaxNode) -> bool {
    child.parent().is_none_or(|parent| is_expr_parent(parent.kind()))
}

/// Whether a child of a node of this kind is where any expression may appear.
fn is_expr_parent(kind: SyntaxKind) -> bool {
    match kind {
        NODE_ROOT | NODE_PAREN | NODE_LAMBDA | NODE_LET_IN | NODE_ATTRPATH_VALUE | NODE_WITH | NODE_ASSERT
        | NODE_IF_ELSE | NODE_INTERPOL | NODE_DYNAMIC | NODE_INHERIT_FROM | NODE_PAT_ENTRY => true,
        // `a.b or <default>`: the default is a select-level expression
        NODE_SELECT => false,
        _ => false,
    }
}

/// Walks the tree once and reports everything rnix let through.
pub fn check_tree(p: &Parse, source: &str, opts: &ParseOptions, out: &mut Vec<Diagnostic>) {
    let has_rnix_errors = !out.is_empty();
    if may_report(p, opts, has_rnix_errors) {
        check_every_element(p, source, opts, has_rnix_errors, out);
    }
}

/// The checks proper, on every node and token.
pub(crate) fn check_every_element(
    p: &Parse,
    source: &str,
    opts: &ParseOptions,
    has_rnix_errors: bool,
    out: &mut Vec<Diagnostic>,
) {
    for ev in p.root.preorder_with_tokens() {
        let rowan::WalkEvent::Enter(el) = ev else {
            continue;
        };
        match el {
            SyntaxElement::Node(node) => check_node(p, source, &node, has_rnix_errors, out),
            SyntaxElement::Token(tok) => check_token(p, &tok, source, opts, has_rnix_errors, out),
        }
    }
}

/// Whether any element of the tree could make `check_node` or `check_token` report:
/// a walk of the green tree, which (unlike the walk over `SyntaxNode`s below)
/// allocates nothing per element. Almost every file has none, and then the full walk
/// is skipped: it was 11% of the instructions of an import-heavy evaluation. Every
/// condition here is implied by the corresponding report's, so skipping never hides
/// a diagnostic.
fn may_report(p: &Parse, opts: &ParseOptions, has_rnix_errors: bool) -> bool {
    use rowan::{Language, NodeOrToken};
    let kind = |raw| rnix::NixLanguage::kind_from_raw(raw);
    let lints = |l: LintLevel| !matches!(l, LintLevel::Ignore);
    let root = p.root.green();
    // (kind of the node, its children not yet visited); an explicit stack, so the
    // depth of the tree costs no native stack
    let mut stack: Vec<(SyntaxKind, rowan::Children<'_>)> = vec![(kind(root.kind()), root.children())];
    while let Some((parent, children)) = stack.last_mut() {
        let parent = *parent;
        let Some(child) = children.next() else {
            stack.pop();
            continue;
        };
        match child {
            NodeOrToken::Node(n) => {
                let k = kind(n.kind());
                let suspect = match k {
                    NODE_LAMBDA => !is_expr_parent(parent),
                    NODE_PAREN => {
                        !has_rnix_errors
                            && !matches!(n.children().next_back(),
                                Some(NodeOrToken::Token(t)) if kind(t.kind()) == TOKEN_R_PAREN)
                    }
                    NODE_ERROR => !has_rnix_errors,
                    // `or` as an identifier: only a "cursed or" call has one there
                    NODE_IDENT => {
                        parent == NODE_APPLY
                            && matches!(n.children().next(), Some(NodeOrToken::Token(t)) if t.text() == "or")
                    }
                    _ => false,
                };
                if suspect {
                    return true;
                }
                stack.push((k, n.children()));
            }
            NodeOrToken::Token(t) => {
                let suspect = match kind(t.kind()) {
                    TOKEN_ERROR => !has_rnix_errors,
                    TOKEN_INTEGER => t.text().parse::<i64>().is_err(),
                    TOKEN_FLOAT => !float_ok(t.text()),
                    TOKEN_PIPE_LEFT | TOKEN_PIPE_RIGHT => !opts.pipe_operators,
                    TOKEN_URI => lints(opts.lint_url_literals),
                    TOKEN_PATH_REL => lints(opts.lint_short_path_literals),
                    TOKEN_PATH_ABS | TOKEN_PATH_HOME => lints(opts.lint_absolute_path_literals),
                    _ => false,
                };
                if suspect {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether a float literal is one Nix accepts (finite, and not rounded to zero or a
/// subnormal from non-zero digits: `strtod` reports that as a range error).
fn float_ok(text: &str) -> bool {
    match text.parse::<f64>() {
        Ok(v) if v.is_infinite() => false,
        Ok(v) if v == 0.0 || v.is_subnormal() => {
            let mantissa = text.split(['e', 'E']).next().unwrap_or("");
            !mantissa.bytes().any(|b| (b'1'..=b'9').contains(&b))
        }
        Ok(_) => true,
        Err(_) => false,
    }
}

fn check_node(p: &Parse, source: &str, node: &SyntaxNode, has_rnix_errors: bool, out: &mut Vec<Diagnostic>) {
    match node.kind() {
        NODE_LAMBDA if !is_expr_position(node) => {
            // Nix's grammar only allows a function where any expression may appear; a
            // lambda as an operand, an argument or a list element is a syntax error
            // (rnix silently builds `(x: x == 1) == 2` for `x: x == 1 == 2`).
            // If the lambda started where an expression may start (it is the first
            // child: left operand, applied function), Nix fails at the token after
            // its body; otherwise at its colon.
            let first_child = node
                .parent()
                .filter(|p| matches!(p.kind(), NODE_BIN_OP | NODE_APPLY | NODE_SELECT | NODE_HAS_ATTR))
                .and_then(|p| p.children().next())
                .map(|c| c == *node)
                .unwrap_or(false);
            let tok = if first_child {
                after(node)
            } else {
                // `x @ { … }: …` fails at its `@`
                node.descendants_with_tokens()
                    .filter_map(|e| e.into_token())
                    .find(|t| matches!(t.kind(), TOKEN_COLON | TOKEN_AT))
                    .or_else(|| after(node))
            };
            let mut msg = unexpected_msg(tok.as_ref());
            if !tok.as_ref().is_some_and(is_nonassoc_repeat)
                && let Some(wanted) = expected_after(node)
            {
                msg.push_str(", expecting ");
                msg.push_str(wanted);
            }
            out.push(Diagnostic::error(
                tok.as_ref().map(|t| p.span(t.text_range())).unwrap_or_else(|| p.span(node.text_range())),
                msg,
            ));
        }
        NODE_PAREN if !has_rnix_errors => {
            let last = node.last_token();
            if last.map(|t| t.kind()) != Some(TOKEN_R_PAREN) {
                let tok = node.last_token().filter(|t| !t.kind().is_trivia());
                out.push(Diagnostic::error(
                    p.span(tok.as_ref().map(|t| t.text_range()).unwrap_or(node.text_range())),
                    unexpected_msg(tok.as_ref()),
                ));
            }
        }
        NODE_ERROR if !has_rnix_errors => {
            let tok = first_token_in(&p.root, node.text_range());
            out.push(Diagnostic::error(
                p.span(tok.as_ref().map(|t| t.text_range()).unwrap_or(node.text_range())),
                unexpected_msg(tok.as_ref()),
            ));
        }
        NODE_APPLY if !has_rnix_errors && is_cursed_or(node) && cursed_or_warns(node) => {
            let span = p.span(node.text_range());
            // the tree's own text (`source` is what was parsed, repairs included)
            let r = node.text_range();
            let snippet =
                source.get(usize::from(r.start())..usize::from(r.end())).unwrap_or("could not read expression");
            out.push(Diagnostic::plain_warning(
                span,
                format!(
                    "This expression uses `or` as an identifier in a way that will change in a future Nix release.\n\
                     Wrap this entire expression in parentheses to preserve its current meaning:\n    ({snippet})\n\
                     Give feedback at https://github.com/NixOS/nix/pull/11121"
                ),
            ));
        }
        _ => {}
    }
}

/// Whether `node` is a "cursed or" call: `e or` without a `.`, which Nix (and rnix)
/// parse as `e` applied to a variable named `or` (its argument is the only
/// identifier node that can be named `or` in an expression).
fn is_cursed_or(node: &SyntaxNode) -> bool {
    node.children()
        .last()
        .is_some_and(|arg| arg.kind() == NODE_IDENT && arg.first_token().is_some_and(|t| t.text() == "or"))
}

/// Whether C++ Nix warns about the "cursed or" call `node` (its meaning changes
/// once `or` is an ordinary identifier): where its grammar takes it as an
/// `expr_select`, that is as an argument of an application, a list element, or
/// the default of a selection. As the function of an application (`map or [ ]`)
/// or anywhere else it stays an application either way.
fn cursed_or_warns(node: &SyntaxNode) -> bool {
    let Some(parent) = node.parent() else { return false };
    match parent.kind() {
        NODE_APPLY => parent.children().next().is_some_and(|f| f != *node),
        NODE_LIST => true,
        NODE_SELECT => {
            parent.children_with_tokens().take_while(|e| e.as_node() != Some(node)).any(|e| e.kind() == TOKEN_OR)
        }
        _ => false,
    }
}

/// What Nix's parser lists as expected after an expression that ends inside `node`
/// (Nix's parser has reduced everything up to the construct holding it, and only
/// that construct's next token remains), or `None` where it lists nothing (more
/// than four tokens, as in a list, or a construct not known here).
fn expected_after(node: &SyntaxNode) -> Option<&'static str> {
    let mut node = node.clone();
    loop {
        let parent = node.parent()?;
        // the position of `node` among the expressions of its parent
        let nth = parent.children().position(|c| c == node);
        match parent.kind() {
            NODE_ROOT => return Some("end of file"),
            NODE_PAREN | NODE_INHERIT_FROM => return Some("')'"),
            NODE_ATTRPATH_VALUE => return Some("';'"),
            NODE_INTERPOL | NODE_DYNAMIC => return Some("'}'"),
            NODE_PAT_ENTRY => return Some("'}' or ','"),
            NODE_IF_ELSE => match nth {
                Some(0) => return Some("'then'"),
                Some(1) => return Some("'else'"),
                _ => {}
            },
            NODE_ASSERT | NODE_WITH if nth == Some(0) => return Some("';'"),
            // the last expression of these is their end
            NODE_ASSERT | NODE_WITH | NODE_LET_IN | NODE_LAMBDA => {}
            NODE_BIN_OP | NODE_APPLY | NODE_UNARY_OP | NODE_SELECT | NODE_HAS_ATTR => {}
            _ => return None,
        }
        node = parent;
    }
}

/// The first non-trivia token after `node` (the one Nix would have choked on).
fn after(node: &SyntaxNode) -> Option<SyntaxToken> {
    let mut t = node.last_token()?.next_token();
    while let Some(tok) = t {
        if !tok.kind().is_trivia() {
            return Some(tok);
        }
        t = tok.next_token();
    }
    None
}

fn lint(level: LintLevel, span: Span, fatal_msg: String, warn_msg: String, out: &mut Vec<Diagnostic>) {
    match level {
        LintLevel::Ignore => {}
        LintLevel::Warn => out.push(Diagnostic::warning(span, warn_msg)),
        LintLevel::Fatal => out.push(Diagnostic::error(span, fatal_msg)),
    }
}

fn check_token(
    p: &Parse,
    tok: &SyntaxToken,
    _source: &str,
    opts: &ParseOptions,
    has_rnix_errors: bool,
    out: &mut Vec<Diagnostic>,
) {
    let span = || p.span(tok.text_range());
    match tok.kind() {
        TOKEN_ERROR if !has_rnix_errors => {
            let msg = if tok.text().ends_with('/') {
                "path has a trailing slash".to_string()
            } else {
                unexpected_msg(Some(tok))
            };
            out.push(Diagnostic::error(span(), msg));
        }
        TOKEN_INTEGER if tok.text().parse::<i64>().is_err() => {
            out.push(Diagnostic::error(span(), format!("invalid integer '{}'", tok.text())));
        }
        TOKEN_FLOAT if !float_ok(tok.text()) => {
            out.push(Diagnostic::error(span(), format!("invalid float '{}'", tok.text())));
        }
        TOKEN_PIPE_LEFT | TOKEN_PIPE_RIGHT if !opts.pipe_operators => {
            out.push(Diagnostic::error(
                span(),
                "experimental Nix feature 'pipe-operators' is disabled; add '--extra-experimental-features pipe-operators' to enable it",
            ));
        }
        TOKEN_URI => {
            let t = tok.text();
            lint(
                opts.lint_url_literals,
                span(),
                format!(
                    "URL literals are disallowed. Consider using a string literal \"{t}\" instead (lint-url-literals)"
                ),
                format!(
                    "URL literals are discouraged. Consider using a string literal \"{t}\" instead (lint-url-literals)"
                ),
                out,
            );
        }
        TOKEN_PATH_REL if is_path_start(tok) => {
            let t = tok.text();
            if !t.starts_with("./") && !t.starts_with("../") {
                let whole = whole_path_text(tok);
                let msg = format!(
                    "relative path literal '{whole}' should be prefixed with '.' for clarity: './{whole}' (lint-short-path-literals)"
                );
                lint(opts.lint_short_path_literals, span(), msg.clone(), msg, out);
            }
        }
        TOKEN_PATH_ABS | TOKEN_PATH_HOME if is_path_start(tok) => {
            let whole = whole_path_text(tok);
            let what = if tok.kind() == TOKEN_PATH_HOME { "home" } else { "absolute" };
            let msg = format!(
                "{what} path literals are not portable. Consider replacing path literal '{whole}' by a string, relative path, or parameter (lint-absolute-path-literals)"
            );
            lint(opts.lint_absolute_path_literals, span(), msg.clone(), msg, out);
        }
        _ => {}
    }
}

/// True if `tok` is the first token of its path node.
fn is_path_start(tok: &SyntaxToken) -> bool {
    tok.parent().and_then(|n| n.first_token()).map(|t| t == *tok).unwrap_or(false)
}

fn whole_path_text(tok: &SyntaxToken) -> String {
    tok.parent().map(|n| n.text().to_string()).unwrap_or_else(|| tok.text().to_string())
}
