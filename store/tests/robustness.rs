//! No input may make the parsers panic: mutated and random inputs for the
//! hash, store path, ATerm and NAR parsers must produce values or errors.

use nixlet_store::content_address::ContentAddress;
use nixlet_store::derivation::Derivation;
use nixlet_store::hash::{Hash, HashAlgo};
use nixlet_store::nar;
use nixlet_store::path::{StoreDir, StorePath};
use nixlet_store::tree::{MemNode, MemTree};

/// xorshift64*: deterministic, dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Flips, inserts, deletes and duplicates bytes.
fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(5) {
            0 if at < v.len() => v[at] ^= 1 << rng.below(8),
            1 => v.insert(at, rng.next() as u8),
            2 if at < v.len() => {
                v.remove(at);
            }
            3 => v.truncate(at),
            _ => {
                let end = (at + rng.below(16)).min(v.len());
                let chunk = v[at..end].to_vec();
                v.splice(at..at, chunk);
            }
        }
    }
    v
}

const ATERM: &str = r#"Derive([("dev","/nix/store/ngx7a0yyiz3bj0pl1ajii9vrwcbi04pn-multi-dev","",""),("out","/nix/store/mm0dkz23qzw5yabm83jvj347jhjmpd4x-multi","r:sha256","0000000000000000000000000000000000000000000000000000000000000000")],[("/nix/store/nvj9p15ydnxid10gydhf3birc4ghlxji-eco-test.drv",["out"])],["/nix/store/q790zdjk75hm2cn42nh77pqw4gbv1b88-hello.txt"],"x86_64-linux","/bin/sh",["-c","a\"b\\c\nd"],[("builder","/bin/sh"),("out","")])"#;

#[test]
fn aterm_parser_survives_mutations() {
    let dir = StoreDir::default();
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for _ in 0..20_000 {
        let m = mutate(&mut rng, ATERM.as_bytes());
        if let Ok(s) = std::str::from_utf8(&m)
            && let Ok(d) = Derivation::parse_aterm(&dir, s, "multi")
        {
            // Whatever parses can be printed (or fails cleanly).
            let _ = d.to_aterm(&dir);
        }
    }
}

#[test]
fn nar_parser_survives_mutations() {
    let tree = MemTree::new(
        "/r",
        MemNode::dir([
            ("a", MemNode::executable("#!/bin/sh")),
            ("d", MemNode::dir([("f", MemNode::file("contents"))])),
            ("l", MemNode::symlink("a")),
        ]),
    );
    let good = nar::nar_bytes(&tree, "/r").unwrap();
    let mut rng = Rng(0xdead_beef_cafe_f00d);
    for _ in 0..20_000 {
        let m = mutate(&mut rng, &good);
        if let Ok(node) = nar::parse(&m) {
            // A NAR that parses is canonical: it serialises back identically.
            assert_eq!(nar::nar_bytes(&MemTree::new("/", node), "/").unwrap(), m);
        }
    }
}

#[test]
fn hash_and_path_parsers_survive_mutations() {
    let dir = StoreDir::default();
    let seeds = [
        "sha256:1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s",
        "sha512-Au9Um04QDBX4OlwzNfaRRV8G2b/tdT5rzZBkP7sH2dSWZXilHrVaTf2ynPdPfL8Q8sJvqmvk2v8eqmuTrxJFQA==",
        "md5:900150983cd24fb0d6963f7d28e17f72",
        "/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test",
        "fixed:r:sha256:1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s",
    ];
    let mut rng = Rng(42);
    for _ in 0..20_000 {
        let seed = seeds[rng.below(seeds.len())];
        let m = mutate(&mut rng, seed.as_bytes());
        let s = String::from_utf8_lossy(&m);
        let _ = Hash::parse_any(&s, None);
        for algo in HashAlgo::ALL {
            let _ = Hash::parse_any(&s, Some(algo));
            let _ = Hash::parse_non_sri_unprefixed(&s, algo);
        }
        let _ = Hash::parse_sri(&s);
        let _ = ContentAddress::parse(&s);
        let _ = dir.parse_path(&s);
        let _ = dir.to_store_path(&s);
        let _ = StorePath::from_base_name(&s);
    }
}
