//! A read-only cursor over the green tree, for passes that walk a whole tree once.
//!
//! rowan's red tree (`SyntaxNode`) allocates a node on the heap for every node and
//! token it visits and frees it afterwards, to give each a parent pointer and an
//! offset. The lowering visits every node once, top down, and needs neither parents
//! nor sibling walks: [`GNode`] and [`GToken`] are a borrowed green node or token
//! plus the offset where it starts, `Copy`, and iterating children computes each
//! child's offset by adding up the lengths before it. Nothing is allocated.
//!
//! The API mirrors the subset of the red tree's the lowering uses (`kind`,
//! `children`, `children_with_tokens`, `text_range`, `text`), so the two trees give
//! the same kinds, ranges and text for the same parse (tested in `tests.rs`).

use crate::{SyntaxKind, TextRange, TextSize};
use rowan::{GreenNodeData, GreenTokenData, Language, NodeOrToken};

/// A node of the green tree, with the offset where it starts.
#[derive(Clone, Copy)]
pub struct GNode<'a> {
    green: &'a GreenNodeData,
    offset: TextSize,
}

/// A token of the green tree, with the offset where it starts.
#[derive(Clone, Copy)]
pub struct GToken<'a> {
    green: &'a GreenTokenData,
    offset: TextSize,
}

/// A child of a [`GNode`]: a node or a token.
pub type GElement<'a> = NodeOrToken<GNode<'a>, GToken<'a>>;

fn kind_of(raw: rowan::SyntaxKind) -> SyntaxKind {
    rnix::NixLanguage::kind_from_raw(raw)
}

impl<'a> GNode<'a> {
    /// The root of a tree (it starts at offset 0).
    pub fn root(green: &'a GreenNodeData) -> Self {
        GNode { green, offset: TextSize::from(0) }
    }

    /// The node's kind.
    pub fn kind(&self) -> SyntaxKind {
        kind_of(self.green.kind())
    }

    /// The range of the tree's text the node covers.
    pub fn text_range(&self) -> TextRange {
        TextRange::at(self.offset, self.green.text_len())
    }

    /// The green node itself.
    pub fn green(&self) -> &'a GreenNodeData {
        self.green
    }

    /// The node's text: its tokens' texts, in order (walked with an explicit stack,
    /// so a deep node costs no native stack).
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(u32::from(self.green.text_len()) as usize);
        let mut stack = vec![self.green.children()];
        while let Some(children) = stack.last_mut() {
            match children.next() {
                Some(NodeOrToken::Token(t)) => out.push_str(t.text()),
                Some(NodeOrToken::Node(n)) => stack.push(n.children()),
                None => {
                    stack.pop();
                }
            }
        }
        out
    }

    /// The node's children that are nodes.
    pub fn children(&self) -> impl Iterator<Item = GNode<'a>> + use<'a> {
        self.children_with_tokens().filter_map(|e| match e {
            NodeOrToken::Node(n) => Some(n),
            NodeOrToken::Token(_) => None,
        })
    }

    /// The node's children, nodes and tokens, in order.
    pub fn children_with_tokens(&self) -> impl Iterator<Item = GElement<'a>> + use<'a> {
        let mut offset = self.offset;
        self.green.children().map(move |c| {
            let at = offset;
            match c {
                NodeOrToken::Node(green) => {
                    offset += green.text_len();
                    NodeOrToken::Node(GNode { green, offset: at })
                }
                NodeOrToken::Token(green) => {
                    offset += green.text_len();
                    NodeOrToken::Token(GToken { green, offset: at })
                }
            }
        })
    }

    /// A red tree (`SyntaxNode`) of this node alone, for code written against
    /// rowan's API; its offsets start at 0, not at this node's offset.
    pub fn to_syntax_node(&self) -> crate::SyntaxNode {
        crate::SyntaxNode::new_root(self.green.to_owned())
    }
}

impl<'a> GToken<'a> {
    /// The token's kind.
    pub fn kind(&self) -> SyntaxKind {
        kind_of(self.green.kind())
    }

    /// The token's text.
    pub fn text(&self) -> &'a str {
        self.green.text()
    }

    /// The range of the tree's text the token covers.
    pub fn text_range(&self) -> TextRange {
        TextRange::at(self.offset, self.green.text_len())
    }
}
