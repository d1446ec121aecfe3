//! Prints the Nix expression `eval_structured` builds from each input file, for
//! triage: `cargo run --manifest-path fuzz/Cargo.toml --example show_structured -- FILE...`
//! (no sanitizer, no nightly flags needed).

fn main() {
    for path in std::env::args().skip(1) {
        match std::fs::read(&path) {
            Ok(data) => println!("# {path}\n{}", nixlet_fuzz::generate(&data)),
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
}
