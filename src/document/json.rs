//! JSON below the documents: reading a value with every object checked for a key given
//! twice ([`read_value`]), and serde_json's errors turned into typed problems
//! ([`SyntaxProblem`], [`ShapeProblem`]) so that each language words them itself instead
//! of quoting serde's English.
//!
//! serde_json does not expose its error codes, so they are told apart by their messages,
//! which serde and serde_json have kept stable for years; anything not recognised keeps
//! its raw text (`Other`), and `tests/formats.rs` pins the common ones.

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::RefCell;
use std::fmt;

/// Why bytes are not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// The text ends inside something: the file was cut off.
    EndedInside(JsonPart),
    /// Something follows the end of the document.
    TrailingCharacters,
    /// A comma before a closing `]` or `}`.
    TrailingComma,
    /// A backslash escape in a string that JSON does not have, or one cut short.
    InvalidEscape,
    /// A `\u` escape that names no character (a lone surrogate).
    InvalidUnicodeEscape,
    /// A raw control character (a tab, a line break) inside a string.
    ControlCharacterInString,
    /// A value was expected (a stray character, a missing value).
    ExpectedValue,
    /// A `,` or the closing bracket of the list or object was expected.
    ExpectedCommaOrEnd(JsonPart),
    ExpectedColon,
    /// An object key that is not a string in double quotes.
    KeyMustBeString,
    InvalidNumber,
    NumberOutOfRange,
    /// A misspelt `true`, `false` or `null`.
    ExpectedLiteral,
    /// Anything else: serde_json's own words.
    Other(String),
}

/// A part of a JSON text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonPart {
    String,
    List,
    Object,
    Value,
}

/// Why valid JSON does not have the shape of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeProblem {
    MissingField {
        field: String,
    },
    /// A field the document does not have (a typo is not ignored), with those it has.
    UnknownField {
        field: String,
        allowed: Vec<String>,
    },
    /// A word outside a fixed list (`"mode": "sideways"`), with the allowed ones.
    UnknownVariant {
        found: String,
        allowed: Vec<String>,
    },
    InvalidType {
        found: Found,
        expected: Expected,
    },
    InvalidValue {
        found: Found,
        expected: Expected,
    },
    /// A list of the wrong length (a pair of three ids).
    InvalidLength {
        length: usize,
        expected: Expected,
    },
    /// The `format` tag is not a string.
    FormatTagNotString,
    /// Anything else: serde's own words.
    Other(String),
}

/// What a value was, as serde reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A string, as JSON would write it (quoted, escaped).
    Text(String),
    Integer(String),
    Decimal(String),
    Boolean(bool),
    Null,
    List,
    Object,
    Other(String),
}

/// What a value should have been.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// A whole number in `min..=max`.
    WholeNumber {
        min: i64,
        max: u64,
    },
    Text,
    Boolean,
    /// A list, of exactly `length` items when given.
    List {
        length: Option<usize>,
    },
    Object,
    /// One of these words.
    OneOf(Vec<String>),
    Other(String),
}

/// serde_json's message for `e`, without " at line L column C".
fn message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// The syntax problem of a parse error.
pub fn syntax_problem(e: &serde_json::Error) -> SyntaxProblem {
    let text = message(e);
    let part = |s: &str| match s {
        "a string" => Some(JsonPart::String),
        "a list" => Some(JsonPart::List),
        "an object" => Some(JsonPart::Object),
        "a value" => Some(JsonPart::Value),
        _ => None,
    };
    if let Some(p) = text.strip_prefix("EOF while parsing ").and_then(part) {
        return SyntaxProblem::EndedInside(p);
    }
    match text.as_str() {
        "trailing characters" => SyntaxProblem::TrailingCharacters,
        "trailing comma" => SyntaxProblem::TrailingComma,
        "invalid escape" | "unexpected end of hex escape" => SyntaxProblem::InvalidEscape,
        "invalid unicode code point" | "lone leading surrogate in hex escape" => {
            SyntaxProblem::InvalidUnicodeEscape
        }
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            SyntaxProblem::ControlCharacterInString
        }
        "expected value" => SyntaxProblem::ExpectedValue,
        "expected `,` or `]`" => SyntaxProblem::ExpectedCommaOrEnd(JsonPart::List),
        "expected `,` or `}`" => SyntaxProblem::ExpectedCommaOrEnd(JsonPart::Object),
        "expected `:`" => SyntaxProblem::ExpectedColon,
        "key must be a string" => SyntaxProblem::KeyMustBeString,
        "invalid number" => SyntaxProblem::InvalidNumber,
        "number out of range" => SyntaxProblem::NumberOutOfRange,
        "expected ident" => SyntaxProblem::ExpectedLiteral,
        _ => SyntaxProblem::Other(text),
    }
}

/// The shape problem of a serde error raised while reading a document's fields.
pub fn shape_problem(e: &serde_json::Error) -> ShapeProblem {
    let text = message(e);
    let ticked = |s: &str| {
        s.strip_prefix('`')
            .and_then(|s| s.strip_suffix('`'))
            .map(str::to_owned)
    };
    if let Some(field) = text.strip_prefix("missing field ").and_then(ticked) {
        return ShapeProblem::MissingField { field };
    }
    for (prefix, is_field) in [("unknown field ", true), ("unknown variant ", false)] {
        if let Some(rest) = text.strip_prefix(prefix) {
            let (name, allowed) = match rest.split_once(", expected ") {
                Some((name, list)) => (name, one_of(list)),
                None => (rest.split(", ").next().unwrap_or(rest), Some(Vec::new())),
            };
            if let (Some(name), Some(allowed)) = (ticked(name), allowed) {
                return if is_field {
                    ShapeProblem::UnknownField {
                        field: name,
                        allowed,
                    }
                } else {
                    ShapeProblem::UnknownVariant {
                        found: name,
                        allowed,
                    }
                };
            }
        }
    }
    for (prefix, is_type) in [("invalid type: ", true), ("invalid value: ", false)] {
        if let Some((found, expected)) = text
            .strip_prefix(prefix)
            .and_then(|r| r.rsplit_once(", expected "))
        {
            let (found, expected) = (parse_found(found), parse_expected(expected));
            return if is_type {
                ShapeProblem::InvalidType { found, expected }
            } else {
                ShapeProblem::InvalidValue { found, expected }
            };
        }
    }
    if let Some((length, expected)) = text
        .strip_prefix("invalid length ")
        .and_then(|r| r.split_once(", expected "))
    {
        if let Ok(length) = length.parse() {
            return ShapeProblem::InvalidLength {
                length,
                expected: parse_expected(expected),
            };
        }
    }
    ShapeProblem::Other(text)
}

/// "`a`", "`a` or `b`", "one of `a`, `b`, `c`" as the names.
fn one_of(list: &str) -> Option<Vec<String>> {
    let list = list.strip_prefix("one of ").unwrap_or(list);
    list.split(", ")
        .flat_map(|part| part.split(" or "))
        .map(|name| {
            name.strip_prefix('`')
                .and_then(|n| n.strip_suffix('`'))
                .map(str::to_owned)
        })
        .collect()
}

fn parse_found(text: &str) -> Found {
    let ticked = |prefix: &str| {
        text.strip_prefix(prefix)
            .and_then(|r| r.strip_prefix('`'))
            .and_then(|r| r.strip_suffix('`'))
    };
    if let Some(quoted) = text.strip_prefix("string ") {
        Found::Text(quoted.to_owned())
    } else if let Some(n) = ticked("integer ") {
        Found::Integer(n.to_owned())
    } else if let Some(n) = ticked("floating point ") {
        Found::Decimal(n.to_owned())
    } else if let Some(b) = ticked("boolean ") {
        Found::Boolean(b == "true")
    } else {
        match text {
            "null" | "unit value" => Found::Null,
            "sequence" => Found::List,
            "map" => Found::Object,
            other => Found::Other(other.to_owned()),
        }
    }
}

fn parse_expected(text: &str) -> Expected {
    let whole = |min: i64, max: u64| Expected::WholeNumber { min, max };
    match text {
        "u8" => whole(0, u8::MAX.into()),
        "u16" => whole(0, u16::MAX.into()),
        "u32" => whole(0, u32::MAX.into()),
        "u64" | "usize" => whole(0, u64::MAX),
        "i32" => whole(i32::MIN.into(), i32::MAX as u64),
        "i64" => whole(i64::MIN, i64::MAX as u64),
        "a string" | "a borrowed string" => Expected::Text,
        "a boolean" => Expected::Boolean,
        "a sequence" => Expected::List { length: None },
        "a map" => Expected::Object,
        // A word of a fixed list (`"mode": "mutual"`) given something else: serde says
        // what an enum may be in general; for Kakehashi's documents it is a string.
        "string or map" | "map with a single key" | "variant identifier" => Expected::Text,
        _ => {
            if text.starts_with("struct ") || text.starts_with("internally tagged enum") {
                Expected::Object
            } else if let Some(n) = text
                .strip_prefix("an array of length ")
                .and_then(|n| n.parse().ok())
            {
                Expected::List { length: Some(n) }
            } else if let Some(list) = one_of(text).filter(|l| !l.is_empty()) {
                Expected::OneOf(list)
            } else {
                Expected::Other(text.to_owned())
            }
        }
    }
}

/// Where a key was given twice: `matching.never_pair[2].a`, as serde_path_to_error
/// writes paths (`.` for the top level).
fn path_text(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

/// Why [`read_value`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON.
    Syntax {
        line: usize,
        column: usize,
        problem: SyntaxProblem,
    },
    /// An object gives this key twice (its path, the key last).
    DuplicateKey { path: String },
}

/// Parses `text` into a JSON value, refusing an object that gives a key twice: serde_json
/// would keep the last one silently (`"format"` twice, `"name"` twice).
pub fn read_value(text: &str) -> Result<Value, ReadError> {
    let duplicate = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = UniqueKeys {
        duplicate: &duplicate,
    }
    .deserialize(&mut de)
    .and_then(|v| de.end().map(|()| v));
    value.map_err(|e| match duplicate.into_inner() {
        Some(mut path) => {
            path.reverse();
            ReadError::DuplicateKey {
                path: path_text(&path),
            }
        }
        None => ReadError::Syntax {
            line: e.line(),
            column: e.column(),
            problem: syntax_problem(&e),
        },
    })
}

/// One step of a path inside a JSON value.
enum Segment {
    Key(String),
    Index(usize),
}

/// Builds a [`Value`] like serde_json does, but fails on a duplicate key. The key's path
/// is collected innermost first in `duplicate` while the error unwinds.
struct UniqueKeys<'a> {
    duplicate: &'a RefCell<Option<Vec<Segment>>>,
}

impl UniqueKeys<'_> {
    /// Adds `segment` to the path of a duplicate found below it, if any.
    fn on_the_way_out<E>(&self, segment: impl FnOnce() -> Segment, e: E) -> E {
        if let Some(path) = self.duplicate.borrow_mut().as_mut() {
            path.push(segment());
        }
        e
    }
}

impl<'de> DeserializeSeed<'de> for UniqueKeys<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for UniqueKeys<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            match seq.next_element_seed(UniqueKeys {
                duplicate: self.duplicate,
            }) {
                Ok(Some(v)) => items.push(v),
                Ok(None) => return Ok(Value::Array(items)),
                Err(e) => return Err(self.on_the_way_out(|| Segment::Index(items.len()), e)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            if map.contains_key(&key) {
                *self.duplicate.borrow_mut() = Some(vec![Segment::Key(key)]);
                return Err(de::Error::custom("duplicate key"));
            }
            match access.next_value_seed(UniqueKeys {
                duplicate: self.duplicate,
            }) {
                Ok(v) => {
                    map.insert(key, v);
                }
                Err(e) => return Err(self.on_the_way_out(|| Segment::Key(key), e)),
            }
        }
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_given_twice_is_found_with_its_path() {
        assert_eq!(
            read_value(r#"{"a": 1, "a": 2}"#),
            Err(ReadError::DuplicateKey { path: "a".into() })
        );
        let nested = r#"{"m": {"x": [1, {"k": 1}, {"k": 2, "k": 3}]}}"#;
        assert_eq!(
            read_value(nested),
            Err(ReadError::DuplicateKey {
                path: "m.x[2].k".into()
            })
        );
        // The same key in two objects is fine; escapes name the same key.
        assert!(read_value(r#"[{"a": 1}, {"a": 2}]"#).is_ok());
        assert_eq!(
            read_value(r#"{"a": 1, "\u0061": 2}"#),
            Err(ReadError::DuplicateKey { path: "a".into() })
        );
    }

    #[test]
    fn values_are_read_as_serde_json_reads_them() {
        let text = r#"{"s": "x\ny", "n": -3, "u": 18446744073709551615, "f": 1.5, "b": true, "z": null, "l": []}"#;
        assert_eq!(
            read_value(text).unwrap(),
            serde_json::from_str::<Value>(text).unwrap()
        );
    }

    #[test]
    fn syntax_problems_are_typed() {
        let problem = |text: &str| match read_value(text) {
            Err(ReadError::Syntax { problem, .. }) => problem,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            problem(r#"{"a": "abc"#),
            SyntaxProblem::EndedInside(JsonPart::String)
        );
        assert_eq!(problem(r#"{"a": "\u12"}"#), SyntaxProblem::InvalidEscape);
        assert_eq!(problem(r#"{"a": "\q"}"#), SyntaxProblem::InvalidEscape);
        assert_eq!(
            problem("{\"a\": \"x\ty\"}"),
            SyntaxProblem::ControlCharacterInString
        );
        assert_eq!(problem(r#"{"a": 1} x"#), SyntaxProblem::TrailingCharacters);
        assert_eq!(problem(r#"{"a": 1,}"#), SyntaxProblem::TrailingComma);
        assert_eq!(problem(r#"{"a" 1}"#), SyntaxProblem::ExpectedColon);
        assert_eq!(
            problem(r#"{"a": 1 "b": 2}"#),
            SyntaxProblem::ExpectedCommaOrEnd(JsonPart::Object)
        );
        assert_eq!(
            problem(r#"[1 2]"#),
            SyntaxProblem::ExpectedCommaOrEnd(JsonPart::List)
        );
        assert_eq!(problem(r#"{"a": }"#), SyntaxProblem::ExpectedValue);
        assert_eq!(problem(r#"{a: 1}"#), SyntaxProblem::KeyMustBeString);
        assert_eq!(problem(r#"{"a": tru}"#), SyntaxProblem::ExpectedLiteral);
        assert!(matches!(
            problem(r#"{"a": "\ud800\u0041"}"#),
            SyntaxProblem::InvalidUnicodeEscape | SyntaxProblem::InvalidEscape
        ));
        assert_eq!(problem(r#"[1e999]"#), SyntaxProblem::NumberOutOfRange);
    }
}
