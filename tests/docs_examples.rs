//! Keeps docs/FORMATS.md true: every ```json example in it must be a valid Kakehashi
//! document, responses valid for the example workshop, and each must re-serialise to the
//! same value (an export re-imports to the same state).

use kakehashi::document::formats::{self, Document};
use kakehashi::document::validate;

fn json_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```json") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

#[test]
fn every_example_in_formats_md_is_a_valid_document() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/FORMATS.md")).unwrap();
    let blocks = json_blocks(&doc);
    let docs: Vec<Document> = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            formats::parse_document(b.as_bytes()).unwrap_or_else(|e| panic!("example {i}: {e}"))
        })
        .collect();
    let kinds: Vec<&str> = docs.iter().map(|d| d.kind().name()).collect();
    for kind in ["workshop", "response", "cohort", "pairing"] {
        assert!(
            kinds.contains(&kind),
            "docs/FORMATS.md has no {kind} example (has {kinds:?})"
        );
    }
    let workshop = docs.iter().find_map(|d| match d {
        Document::Workshop(w) => Some(w),
        _ => None,
    });
    for (i, (d, text)) in docs.iter().zip(&blocks).enumerate() {
        if let (Document::Response(r), Some(w)) = (d, workshop) {
            validate::response_for(r, w).unwrap_or_else(|e| panic!("example {i}: {e}"));
        }
        let original: serde_json::Value = serde_json::from_str(text).unwrap();
        let again = match d {
            Document::Workshop(x) => serde_json::to_value(x),
            Document::Response(x) => serde_json::to_value(x),
            Document::Cohort(x) => serde_json::to_value(x),
            Document::Pairing(x) => serde_json::to_value(x),
        }
        .unwrap();
        let reparsed = formats::parse_document(again.to_string().as_bytes()).unwrap();
        assert_eq!(
            &reparsed, d,
            "example {i} does not re-import to the same state"
        );
        assert!(
            json_subset(&original, &again),
            "example {i}: a field was lost on re-export"
        );
    }
}

/// Every field written in the example is kept, with its value, when re-exported (the
/// re-export may add defaults the example left out).
fn json_subset(example: &serde_json::Value, exported: &serde_json::Value) -> bool {
    use serde_json::Value::Object;
    match (example, exported) {
        (Object(a), Object(b)) => a
            .iter()
            .all(|(k, v)| b.get(k).is_some_and(|w| json_subset(v, w))),
        (serde_json::Value::Array(a), serde_json::Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| json_subset(x, y))
        }
        (a, b) => a == b,
    }
}
