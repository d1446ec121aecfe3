//! Parsing ahead (`OsIo::with_parse_ahead`): imports that take a parse made on the
//! helper thread evaluate exactly as imports that read and parse the file.

use nixlet::{Evaluator, Io, OsIo, ParseOptions};
use std::path::Path;
use std::time::Duration;

fn write(root: &Path, name: &str, text: &str) {
    let p = root.join(name);
    std::fs::create_dir_all(p.parent().expect("a parent")).expect("directory");
    std::fs::write(p, text).expect("write");
}

/// A small nixpkgs look-alike: a `by-name` tree found with `readDir`, a module
/// tree of literal imports, and a file with a syntax error imported under `tryEval`
/// (which cannot catch it: it is reported as the error of the whole evaluation).
fn project(root: &Path) {
    write(
        root,
        "default.nix",
        r#"let
  names = builtins.attrNames (builtins.readDir ./by-name);
  pkgs = builtins.listToAttrs (map (n: { name = n; value = import (./by-name + "/${n}/package.nix") { inherit lib; }; }) names);
  lib = import ./lib.nix;
in { inherit pkgs; tree = import ./tree/t0.nix; sum = lib.sum (map (p: p.size) (builtins.attrValues pkgs)); }
"#,
    );
    write(root, "lib.nix", "{ sum = builtins.foldl' (a: b: a + b) 0; }");
    for i in 0..40 {
        write(
            root,
            &format!("by-name/p{i}/package.nix"),
            &format!(
                "{{ lib }}: {{ name = \"p{i}\"; size = {i} * 3; pos = builtins.unsafeGetAttrPos \"size\" {{ size = 1; }}; }}"
            ),
        );
    }
    for i in 0..31 {
        let kids = if i < 15 { format!("[ ./t{}.nix ./t{}.nix ]", 2 * i + 1, 2 * i + 2) } else { "[ ]".into() };
        write(root, &format!("tree/t{i}.nix"), &format!("[ {i} ] ++ builtins.concatLists (map import {kids})"));
    }
    write(root, "broken.nix", "{ a = 1 +; }");
}

fn eval(io: OsIo, file: &str) -> String {
    let eval = Evaluator::builder().io(io).build();
    match eval.eval_file(file).and_then(|v| v.to_json()) {
        Ok(json) => json,
        Err(e) => format!("error: {}", e.message()),
    }
}

#[test]
fn imports_parsed_ahead_evaluate_as_imports_read_in_place() {
    let root = std::env::temp_dir().join(format!("nixlet-parse-ahead-it-{}", std::process::id()));
    project(&root);
    let main = root.join("default.nix").to_string_lossy().into_owned();
    let expected = eval(OsIo::unrestricted(), &main);
    assert!(expected.contains("\"sum\":2340"), "{expected}");

    // Warm the helper first (a clone shares it), so that the evaluation certainly
    // takes parses made ahead instead of racing it.
    let io = OsIo::with_parse_ahead();
    let warm = io.clone();
    let opts = ParseOptions::default();
    warm.import_hint(&main, &opts);
    warm.import_hint(&root.join("by-name/p7").to_string_lossy(), &opts);
    for _ in 0..1000 {
        if warm.parsed_ahead().0 >= 34 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    // default.nix, lib.nix and the 31 tree files follow from the literals; p7 was hinted
    assert!(warm.parsed_ahead().0 >= 34, "{:?}", warm.parsed_ahead());
    assert_eq!(eval(io, &main), expected);
    let (made, taken) = warm.parsed_ahead();
    assert!(taken >= 34, "made {made}, taken {taken}");

    // an import with a syntax error is parsed (and worded) by the evaluation itself
    let broken = root.join("broken.nix").to_string_lossy().into_owned();
    let io = OsIo::with_parse_ahead();
    io.import_hint(&broken, &opts);
    std::thread::sleep(Duration::from_millis(50));
    let got = eval(io, &broken);
    assert_eq!(got, eval(OsIo::unrestricted(), &broken));
    assert!(got.starts_with("error: syntax error"), "{got}");
    std::fs::remove_dir_all(&root).expect("cleanup");
}
