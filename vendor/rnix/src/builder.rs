//! nixlet: the green-tree builder the parser uses instead of rowan's
//! `GreenNodeBuilder` (see NIXLET-PATCH.md).
//!
//! It builds the same trees, and shares parts as rowan's does: a token is made once
//! per kind and text, a node of at most three shared children once per kind and
//! children, through a [`NodeCache`] a caller may keep between parses. Two things
//! differ. A node's entry keeps its hash, so growing the table walks no subtree
//! (rowan's cache recomputes the hash of every node it moves, walking its subtree,
//! which made the cache the larger part of parsing a big generated file). And
//! literals and comments are not shared (see `unshared`).

use hashbrown::HashTable;
use rowan::{GreenNode, GreenNodeData, GreenToken, GreenTokenData, NodeOrToken, SyntaxKind};

type Element = NodeOrToken<GreenNode, GreenToken>;

/// Tokens and small nodes shared between the trees built with it.
#[derive(Default)]
pub struct NodeCache {
    nodes: HashTable<(u64, GreenNode)>,
    tokens: HashTable<(u64, GreenToken)>,
    /// The token of each kind handed out last, with its hash, by kind: most tokens
    /// are the previous one of their kind again (punctuation, keywords, a single
    /// space), and comparing two short texts costs less than hashing one.
    recent: Vec<Option<(u64, GreenToken)>>,
}

/// Kinds below this have a `recent` entry (rnix has fewer kinds).
const RECENT_KINDS: usize = 128;

impl std::fmt::Debug for NodeCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NodeCache").field("nodes", &self.nodes.len()).field("tokens", &self.tokens.len()).finish()
    }
}

/// Where a node may later be started that wraps what was built since.
#[derive(Clone, Copy, Debug, Default)]
pub struct Checkpoint(usize);

/// A multiply-rotate hash (Fx-style) over 64-bit words.
#[derive(Clone, Copy)]
struct Hash(u64);

impl Hash {
    const K: u64 = 0x517c_c1b7_2722_0a95;

    fn new(kind: SyntaxKind) -> Self {
        Hash(0).word(u64::from(kind.0))
    }

    fn word(self, w: u64) -> Self {
        Hash((self.0.rotate_left(5) ^ w).wrapping_mul(Self::K))
    }

    /// The hash, its bits mixed: the table picks buckets by the low bits, which a
    /// multiply leaves depending only on the low bits of the input (the first bytes
    /// of a text: integers of the same length would share buckets).
    fn finish(self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }

    fn bytes(mut self, b: &[u8]) -> Self {
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self = self.word(u64::from_le_bytes(w));
        }
        // the last 1-7 bytes, read without a variable-length copy (which cost a
        // store-forwarding stall per token): two overlapping halves, or the first,
        // middle and last byte; with the length mixed in below, texts of one
        // length get the same word only when they are equal
        let rest = chunks.remainder();
        let n = rest.len();
        let w = match rest {
            [] => 0,
            [a, ..] if n < 4 => u64::from(*a) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16,
            _ => {
                let half = |i: usize| {
                    let mut h = [0u8; 4];
                    h.copy_from_slice(&rest[i..i + 4]);
                    u64::from(u32::from_le_bytes(h))
                };
                half(0) | half(n - 4) << 32
            }
        };
        // the length tells "ab" from "ab\0"
        self.word(w).word(b.len() as u64)
    }
}

fn token_hash(kind: SyntaxKind, text: &str) -> u64 {
    Hash::new(kind).bytes(text.as_bytes()).finish()
}

/// The identity of a child, for comparing children without hashing them again.
fn element_id(e: NodeOrToken<&GreenNodeData, &GreenTokenData>) -> *const () {
    match e {
        NodeOrToken::Node(n) => n as *const GreenNodeData as *const (),
        NodeOrToken::Token(t) => t as *const GreenTokenData as *const (),
    }
}

fn own_id(e: &Element) -> *const () {
    match e {
        NodeOrToken::Node(n) => element_id(NodeOrToken::Node(n)),
        NodeOrToken::Token(t) => element_id(NodeOrToken::Token(t)),
    }
}

impl NodeCache {
    /// How many tokens and how many nodes it holds.
    pub fn counts(&self) -> (usize, usize) {
        (self.tokens.len(), self.nodes.len())
    }

    /// The token of `kind` and `text`, with its hash.
    fn token(&mut self, kind: SyntaxKind, text: &str) -> (u64, GreenToken) {
        let k = usize::from(kind.0);
        if let Some(Some((h, t))) = self.recent.get(k)
            && t.text() == text
        {
            return (*h, t.clone());
        }
        let hash = token_hash(kind, text);
        let t = match self.tokens.find(hash, |(h, t)| *h == hash && t.kind() == kind && t.text() == text) {
            Some((_, t)) => t.clone(),
            None => {
                let t = GreenToken::new(kind, text);
                self.tokens.insert_unique(hash, (hash, t.clone()), |(h, _)| *h);
                t
            }
        };
        if k < RECENT_KINDS {
            if self.recent.len() < RECENT_KINDS {
                self.recent.resize(RECENT_KINDS, None);
            }
            if let Some(slot) = self.recent.get_mut(k) {
                *slot = Some((hash, t.clone()));
            }
        }
        (hash, t)
    }

    /// The node of `kind` over `children[first..]` (which are taken), with its
    /// hash: 0 for a node not shared (more than three children, or one of them not
    /// shared), as rowan does.
    fn node(&mut self, kind: SyntaxKind, children: &mut Vec<(u64, Element)>, first: usize) -> (u64, GreenNode) {
        let first = first.min(children.len());
        let build = |children: &mut Vec<(u64, Element)>| GreenNode::new(kind, children.drain(first..).map(|(_, e)| e));
        let these = &children[first..];
        if these.len() > 3 || these.iter().any(|&(h, _)| h == 0) {
            return (0, build(children));
        }
        let mut h = Hash::new(kind);
        for &(ch, _) in these {
            h = h.word(ch);
        }
        let hash = h.finish();
        let found = self.nodes.find(hash, |(h, n)| {
            *h == hash
                && n.kind() == kind
                && n.children().len() == these.len()
                && n.children().map(element_id).eq(these.iter().map(|(_, e)| own_id(e)))
        });
        if let Some((_, n)) = found {
            let n = n.clone();
            children.truncate(first);
            return (hash, n);
        }
        let n = build(children);
        self.nodes.insert_unique(hash, (hash, n.clone()), |(h, _)| *h);
        (hash, n)
    }
}

/// Literals and comments are not shared (nor is a node holding one): mostly unique
/// in the files where they are many (a generated list of integers, hashes, names),
/// they would only fill the cache.
fn unshared(kind: SyntaxKind) -> bool {
    use crate::SyntaxKind as K;
    [K::TOKEN_INTEGER, K::TOKEN_FLOAT, K::TOKEN_STRING_CONTENT, K::TOKEN_PATH_ABS, K::TOKEN_PATH_REL,
        K::TOKEN_PATH_HOME, K::TOKEN_URI, K::TOKEN_COMMENT]
        .iter()
        .any(|&k| kind.0 == k as u16)
}

/// Builds a green tree from start, token and finish events.
pub struct TreeBuilder<'c> {
    cache: &'c mut NodeCache,
    parents: Vec<(SyntaxKind, usize)>,
    children: Vec<(u64, Element)>,
}

impl<'c> TreeBuilder<'c> {
    /// A builder sharing parts through `cache`.
    pub fn with_cache(cache: &'c mut NodeCache) -> Self {
        TreeBuilder { cache, parents: Vec::new(), children: Vec::new() }
    }

    /// Adds a token to the current node.
    #[inline]
    pub fn token(&mut self, kind: SyntaxKind, text: &str) {
        let (h, t) = if unshared(kind) { (0, GreenToken::new(kind, text)) } else { self.cache.token(kind, text) };
        self.children.push((h, NodeOrToken::Token(t)));
    }

    /// Starts a node; what follows goes into it until [`TreeBuilder::finish_node`].
    #[inline]
    pub fn start_node(&mut self, kind: SyntaxKind) {
        self.parents.push((kind, self.children.len()));
    }

    /// Finishes the current node (does nothing when no node is open).
    #[inline]
    pub fn finish_node(&mut self) {
        if let Some((kind, first)) = self.parents.pop() {
            let (h, n) = self.cache.node(kind, &mut self.children, first);
            self.children.push((h, NodeOrToken::Node(n)));
        }
    }

    /// A checkpoint here, for [`TreeBuilder::start_node_at`].
    #[inline]
    pub fn checkpoint(&self) -> Checkpoint {
        Checkpoint(self.children.len())
    }

    /// Starts a node that wraps what was built since `checkpoint` (kept within the
    /// current node).
    #[inline]
    pub fn start_node_at(&mut self, checkpoint: Checkpoint, kind: SyntaxKind) {
        let low = self.parents.last().map_or(0, |&(_, first)| first);
        let at = checkpoint.0.clamp(low, self.children.len().max(low));
        self.parents.push((kind, at));
    }

    /// The tree: the one node built at the top level (a node of kind `root` over
    /// whatever is there, should start and finish calls not have been paired).
    pub fn finish(mut self, root: SyntaxKind) -> GreenNode {
        while !self.parents.is_empty() {
            self.finish_node();
        }
        if self.children.len() == 1
            && let Some((_, NodeOrToken::Node(n))) = self.children.pop()
        {
            return n;
        }
        GreenNode::new(root, self.children.drain(..).map(|(_, e)| e))
    }
}
