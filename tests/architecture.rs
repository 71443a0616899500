//! Keeps the architecture of docs/ARCHITECTURE.md true, by reading the sources:
//!
//! - the core's layers import only downwards (document → matching → transport → demo →
//!   workflow → i18n → view), and no core module imports another in a cycle;
//! - no sentence a person reads is written anywhere but the i18n files: no Japanese and
//!   no English prose in the shell, the board, the matching engine or the CLI;
//! - the shell's files stay small, and so do the engine's.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const LAYERS: [&str; 7] = [
    "document",
    "matching",
    "transport",
    "demo",
    "workflow",
    "i18n",
    "view",
];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The code of a file without its unit tests and without comments.
fn code(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    // Comment lines become empty lines, so that line numbers stay those of the file.
    text.lines()
        .map(|l| {
            if l.trim_start().starts_with("//") {
                "\n".to_owned()
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

/// `src/transport/codes.rs` → `transport/codes`; `src/i18n/mod.rs` → `i18n`.
fn module_name(path: &Path) -> String {
    let rel = path.strip_prefix(src()).unwrap().with_extension("");
    let name = rel.to_string_lossy().replace('\\', "/");
    name.strip_suffix("/mod").unwrap_or(&name).to_owned()
}

/// Every `crate::a::b` path in `code`, as the module it names (`a/b` when that is a
/// module of the crate, else `a`).
fn imports(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let parts: Vec<&str> = rest
            .split("::")
            .take(2)
            .map(|p| {
                p.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or("")
            })
            .collect();
        let top = parts[0];
        if top.is_empty() {
            continue;
        }
        let sub = parts.get(1).copied().unwrap_or("");
        let nested = src().join(top).join(format!("{sub}.rs"));
        let nested_dir = src().join(top).join(sub).join("mod.rs");
        if !sub.is_empty() && (nested.exists() || nested_dir.exists()) {
            found.insert(format!("{top}/{sub}"));
        } else {
            found.insert(top.to_owned());
        }
    }
    found
}

fn core_files() -> Vec<PathBuf> {
    rust_files(&src())
        .into_iter()
        .filter(|p| {
            let m = module_name(p);
            LAYERS
                .iter()
                .any(|l| m == *l || m.starts_with(&format!("{l}/")))
        })
        .collect()
}

fn layer_of(module: &str) -> Option<usize> {
    let top = module.split('/').next()?;
    LAYERS.iter().position(|l| *l == top)
}

#[test]
fn the_core_layers_import_only_downwards() {
    let mut upward = Vec::new();
    for path in core_files() {
        let module = module_name(&path);
        let here = layer_of(&module).unwrap();
        for import in imports(&code(&path)) {
            if let Some(there) = layer_of(&import) {
                if there > here {
                    upward.push(format!("{module} imports {import}"));
                }
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports against the layers:\n{}",
        upward.join("\n")
    );
}

#[test]
fn no_core_module_imports_another_in_a_cycle() {
    let graph: BTreeMap<String, BTreeSet<String>> = core_files()
        .iter()
        .map(|p| {
            let module = module_name(p);
            let deps = imports(&code(p))
                .into_iter()
                .filter(|d| *d != module && layer_of(d).is_some())
                .collect();
            (module, deps)
        })
        .collect();
    // Depth-first search for a back edge.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == node) {
            let mut cycle = path[i..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if !done.insert(node.to_owned()) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, &graph, &mut Vec::new(), &mut done) {
            panic!("an import cycle: {}", cycle.join(" → "));
        }
    }
}

/// The string literals of `code`, with their line numbers (plain and raw strings).
fn literals(code: &str) -> Vec<(usize, String)> {
    let bytes: Vec<char> = code.chars().collect();
    let (mut out, mut i, mut line) = (Vec::new(), 0, 1);
    while i < bytes.len() {
        let c = bytes[i];
        if c == '\n' {
            line += 1;
        }
        if c == '\'' && i + 2 < bytes.len() && (bytes[i + 2] == '\'' || bytes[i + 1] == '\\') {
            // A char literal: skip it so that '"' does not open a string.
            let end = (i + 1..bytes.len())
                .find(|&j| bytes[j] == '\'' && bytes[j - 1] != '\\')
                .unwrap_or(i);
            i = end + 1;
            continue;
        }
        if c == '"' {
            let raw = i > 0 && (bytes[i - 1] == 'r' || bytes[i - 1] == '#');
            let mut j = i + 1;
            let mut text = String::new();
            while j < bytes.len() && bytes[j] != '"' {
                if bytes[j] == '\\' && !raw {
                    text.push(bytes[j + 1]);
                    j += 2;
                    continue;
                }
                if bytes[j] == '\n' {
                    line += 1;
                }
                text.push(bytes[j]);
                j += 1;
            }
            out.push((line, text));
            i = j + 1;
            continue;
        }
        i += 1;
    }
    out
}

/// Whether a literal reads as words for a person: any Japanese, or English of three or
/// more words among which a word that only prose uses.
fn is_prose(text: &str) -> bool {
    let japanese = text.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff01}'..='\u{ff60}'));
    if japanese {
        return true;
    }
    const PROSE: [&str; 24] = [
        "the", "a", "an", "is", "are", "to", "of", "and", "or", "with", "for", "in", "on", "be",
        "not", "no", "has", "have", "was", "who", "their", "this", "that", "cannot",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 3
        && words.iter().any(|w| {
            PROSE.contains(
                &w.trim_matches(|c: char| !c.is_ascii_alphabetic())
                    .to_ascii_lowercase()
                    .as_str(),
            )
        })
}

#[test]
fn sentences_live_only_in_the_i18n_files() {
    let watched: Vec<PathBuf> = rust_files(&src())
        .into_iter()
        .filter(|p| {
            let m = module_name(p);
            m.starts_with("app")
                || m.starts_with("matching")
                || m == "workflow/board"
                || m.starts_with("view")
                || m == "cli"
        })
        .collect();
    assert!(
        watched.len() > 40,
        "the shell, the engine, the board and the views are read"
    );
    let mut found = Vec::new();
    for path in watched {
        let code = code(&path);
        let lines: Vec<&str> = code.lines().collect();
        for (line, text) in literals(&code) {
            // A programmer's message in an assertion, a panic or a solver's certificate
            // check (`ensure!`) is not read by users.
            let statement = lines[line.saturating_sub(4)..line.min(lines.len())].join(" ");
            let internal = [
                "assert",
                "expect(",
                "panic!",
                "unreachable!",
                "ensure!",
                "ok_or_else",
            ]
            .iter()
            .any(|m| statement.contains(m));
            if is_prose(&text) && !internal {
                found.push(format!("{}:{line}: {text:?}", module_name(&path)));
            }
        }
    }
    assert!(
        found.is_empty(),
        "sentences outside src/i18n/:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checks_above_would_catch_a_sentence() {
    assert!(is_prose("行きます"));
    assert!(is_prose("Move this person to the pair"));
    assert!(!is_prose("button button-quiet pair-move"));
    assert!(!is_prose("kakehashi-session-{}.json"));
    assert_eq!(
        literals("let a = \"x y\"; let c = '\"'; let b = r#\"z\"#;"),
        [(1, "x y".to_owned()), (1, "z".to_owned())]
    );
    assert_eq!(
        imports("use crate::workflow::board::X; crate::i18n::t(); crate::document::model::Lang"),
        ["document/model", "i18n", "workflow/board"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    );
}

#[test]
fn shell_files_and_engine_files_stay_small() {
    let mut large = Vec::new();
    for path in rust_files(&src()) {
        let module = module_name(&path);
        let lines = fs::read_to_string(&path).unwrap().lines().count();
        let limit = if module.starts_with("app") {
            210
        } else if module.starts_with("matching/engine") {
            500
        } else {
            continue;
        };
        if lines > limit {
            large.push(format!("{module}: {lines} lines (limit {limit})"));
        }
    }
    assert!(
        large.is_empty(),
        "files over their size:\n{}",
        large.join("\n")
    );
}
