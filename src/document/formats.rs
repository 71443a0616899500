//! Reading and writing Kakehashi's versioned JSON documents.
//!
//! Every byte that enters Kakehashi from outside (a file, a pasted code, browser storage)
//! goes through [`parse_document`] or one of the typed `parse_*` functions here. They
//! check, in this order and before any serde parsing: what the file is (an image, a PDF,
//! a ZIP or Office file given by mistake: [`foreign_file`]), the size limit, the encoding
//! (UTF-16 and UTF-32 are named as such), UTF-8, the nesting depth; then JSON with no key
//! given twice ([`crate::document::json`]), the `format` tag (`kakehashi/<kind>@<major>`),
//! the shape (serde, with the path of the offending field), then the meaning
//! ([`crate::document::validate`]). Each failure
//! is a [`FormatError`] variant that says what is wrong and where; nothing here panics on
//! any input (a fuzz test drives it with random and corrupted files).
//!
//! This module knows nothing about the browser or the file system: callers pass bytes and,
//! for messages, a file name.

use crate::document::json::{self, ReadError, ShapeProblem, SyntaxProblem};
use crate::document::model::{Cohort, Kind, Pairing, Response, Workshop};
use crate::document::validate::{self, Invalid};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// The size limits, one per kind, derived from the limits of what Kakehashi itself
/// writes (docs/FORMATS.md states each and where it comes from): whatever Kakehashi
/// writes, Kakehashi reads. A 5,000-person session with the 12-skill template, its
/// pairing and three earlier rounds is about 28 MB (`tests/cli.rs` builds and re-opens
/// one); the limits hold sessions at every engine limit, and still stop a device that
/// never ends or a file that is not Kakehashi's before it is parsed.
///
/// A response: every field at the limits of [`validate`] (texts of
/// [`validate::MAX_CODE_POINTS_PER_CHAR`] code points per character, each written as a
/// 6-byte `\uXXXX` escape, the most serde writes for one), every skill rated and wanted.
pub const MAX_RESPONSE_BYTES: usize = {
    let texts = (2 * validate::MAX_NAME_CHARS + validate::MAX_NOTE_CHARS)
        * validate::MAX_CODE_POINTS_PER_CHAR
        * 6;
    let skills = validate::MAX_SKILLS * 2 * (validate::MAX_ID_CHARS + 24);
    let fields = 2 * 1024; // keys, ids, timestamps, punctuation and a cohort's indentation
    texts + skills + fields
};

/// A workshop: 60 skills and a 10-point scale with 200-character labels in both
/// languages are about 1.2 MB at their largest; the rest is room for generations,
/// departments and never-pair lists.
pub const MAX_WORKSHOP_BYTES: usize = 8 * 1024 * 1024;

/// One teaching line of a pairing file (three ids, two ratings, indentation).
const TEACHING_LINE_BYTES: usize = 3 * validate::MAX_ID_CHARS + 240;

/// One participant's share of a pairing: at most one link each (a pair has one link
/// for two people, a trio three for three), which teaches each skill one way at most,
/// so [`validate::MAX_SKILLS`] lines; plus the link's scores, their runner-up ("why
/// not"), and the sentence about them if they are left out.
const PAIRING_BYTES_PER_PARTICIPANT: usize = validate::MAX_SKILLS * TEACHING_LINE_BYTES + 4 * 1024;

/// A pairing of [`MAX_PARTICIPANTS`] people at every limit, with its settings.
pub const MAX_PAIRING_BYTES: usize =
    MAX_PARTICIPANTS * PAIRING_BYTES_PER_PARTICIPANT + MAX_WORKSHOP_BYTES;

/// How many pairings at every limit a session holds: the current one and an earlier
/// round (with the 12-skill template a pairing is about a fifth of this, so a session
/// holds ten rounds and more).
pub const SESSION_PAIRINGS: usize = 2;

/// A session (a cohort): its workshop, [`MAX_PARTICIPANTS`] responses of 8 KiB (every
/// skill rated and wanted, 2 KiB of names and notes; [`MAX_RESPONSE_BYTES`] is the most
/// one response can take), and [`SESSION_PAIRINGS`] pairings.
pub const MAX_COHORT_BYTES: usize =
    MAX_WORKSHOP_BYTES + MAX_PARTICIPANTS * 8 * 1024 + SESSION_PAIRINGS * MAX_PAIRING_BYTES;

/// The most participants one cohort is matched for: the engine's limit
/// (`matching::engine::MAX_PARTICIPANTS`, checked against it there), here below it in
/// the layers.
pub const MAX_PARTICIPANTS: usize = 5_000;

/// The largest document of any kind: bytes beyond it are never parsed.
pub const MAX_DOCUMENT_BYTES: usize = MAX_COHORT_BYTES;

/// The size limit of a document of `kind`.
pub fn max_bytes(kind: Kind) -> usize {
    match kind {
        Kind::Workshop => MAX_WORKSHOP_BYTES,
        Kind::Response => MAX_RESPONSE_BYTES,
        Kind::Cohort => MAX_COHORT_BYTES,
        Kind::Pairing => MAX_PAIRING_BYTES,
    }
}

/// Refuses `bytes` over the limit of `kind` (once the tag has said which kind).
fn check_size(bytes: &[u8], kind: Kind) -> Result<(), FormatError> {
    match bytes.len() > max_bytes(kind) {
        true => Err(FormatError::TooLarge {
            size: bytes.len(),
            limit: max_bytes(kind),
        }),
        false => Ok(()),
    }
}

/// The deepest nesting of arrays and objects accepted. Kakehashi's own documents nest at
/// most 10 levels (a cohort's pairing explanations); this rejects hostile input early.
pub const MAX_DEPTH: usize = 32;

/// A parsed document of any kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Document {
    Workshop(Workshop),
    Response(Response),
    Cohort(Cohort),
    Pairing(Pairing),
}

impl Document {
    pub fn kind(&self) -> Kind {
        match self {
            Document::Workshop(_) => Kind::Workshop,
            Document::Response(_) => Kind::Response,
            Document::Cohort(_) => Kind::Cohort,
            Document::Pairing(_) => Kind::Pairing,
        }
    }
}

/// Why a document was rejected. Each variant says where and what the user can do;
/// [`crate::i18n`] words it (and gives it its `Display`, the CLI's English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Larger than [`MAX_DOCUMENT_BYTES`] (rejected before parsing) or than the limit of
    /// its kind ([`max_bytes`]).
    TooLarge { size: usize, limit: usize },
    /// Not valid UTF-8 at this byte offset.
    NotUtf8 { offset: usize },
    /// Empty or whitespace only.
    Empty,
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep { limit: usize },
    /// Not JSON: what is wrong, at which line and column.
    Syntax {
        line: usize,
        column: usize,
        problem: SyntaxProblem,
    },
    /// Valid JSON but not an object with a `format` field.
    NoFormatTag,
    /// A `format` tag that is not `kakehashi/<kind>@<major>`.
    UnknownFormat { found: String },
    /// A Kakehashi document of another kind than the one expected here.
    WrongKind { expected: Kind, found: Kind },
    /// A major version this build cannot read.
    UnsupportedVersion {
        kind: Kind,
        found: u32,
        supported: u32,
    },
    /// The JSON shape is wrong at `path` (missing field, wrong type, unknown field).
    Shape { path: String, problem: ShapeProblem },
    /// Well-formed but meaningless (an out-of-range rating, a duplicate id, …).
    Invalid(Invalid),
    /// Text in another encoding than UTF-8 (with or without its byte-order mark).
    WrongEncoding { encoding: Encoding },
    /// An object gives the key at `path` twice; JSON readers would silently keep one.
    DuplicateKey { path: String },
    /// Not a Kakehashi file at all: its first bytes say what it looks like (a photo, a
    /// PDF, a spreadsheet given by mistake).
    NotKakehashi { looks_like: ForeignFile },
}

/// What a file given by mistake looks like, told by its first bytes (the signature every
/// such format starts with).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForeignFile {
    /// PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC or AVIF.
    Image,
    Pdf,
    /// A ZIP archive: also what Excel, Word and PowerPoint files (.xlsx, .docx, .pptx) are.
    ZipOrOffice,
    /// An Excel or Word file of the older kind (.xls, .doc).
    OlderOffice,
    /// An HTML page (a survey file, a saved web page).
    WebPage,
}

/// What `bytes` look like, if they start with the signature of a format that is not text
/// Kakehashi reads. None of these signatures can start a JSON text, so a Kakehashi file
/// is never mistaken for one.
pub fn foreign_file(bytes: &[u8]) -> Option<ForeignFile> {
    let starts = |signature: &[u8]| bytes.starts_with(signature);
    if starts(b"\x89PNG\r\n\x1a\n")
        || starts(b"\xff\xd8\xff")
        || starts(b"GIF87a")
        || starts(b"GIF89a")
        || (starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP"))
        || starts(b"II*\0")
        || starts(b"MM\0*")
        // A BMP's reserved header bytes are zero: no text starting with "BM" has them.
        || (starts(b"BM") && bytes.get(6..10) == Some(&[0, 0, 0, 0]))
        || (bytes.get(4..8) == Some(b"ftyp")
            && matches!(bytes.get(8..12), Some(b"heic" | b"heix" | b"hevc" | b"mif1" | b"msf1" | b"avif")))
    {
        return Some(ForeignFile::Image);
    }
    if starts(b"%PDF-") {
        return Some(ForeignFile::Pdf);
    }
    if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") || starts(b"PK\x07\x08") {
        return Some(ForeignFile::ZipOrOffice);
    }
    if starts(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
        return Some(ForeignFile::OlderOffice);
    }
    // HTML: after a byte-order mark and blank space, a doctype or an <html> tag.
    let text = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = text
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len());
    let head = &text[start..text.len().min(start + 14)];
    if head.len() >= 5
        && (head.eq_ignore_ascii_case(b"<!doctype html")
            || head[..5].eq_ignore_ascii_case(b"<html"))
    {
        return Some(ForeignFile::WebPage);
    }
    None
}

/// Encodings a file saved by a text editor may be in, other than UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf16,
    Utf32,
}

/// The encoding of text that is UTF-16 or UTF-32: told by a byte-order mark, or, without
/// one, by NUL bytes beside the ASCII of the JSON (`{` is `7b 00` in UTF-16LE). A UTF-8
/// JSON document never holds a NUL byte, so this cannot misread one.
fn other_encoding(bytes: &[u8]) -> Option<Encoding> {
    match bytes {
        [0xff, 0xfe, 0, 0, ..] | [0, 0, 0xfe, 0xff, ..] => Some(Encoding::Utf32),
        [0xff, 0xfe, ..] | [0xfe, 0xff, ..] => Some(Encoding::Utf16),
        [a, 0, 0, 0, ..] | [0, 0, 0, a, ..] if *a != 0 => Some(Encoding::Utf32),
        [a, 0, b, 0, ..] | [0, a, 0, b, ..] if *a != 0 && *b != 0 => Some(Encoding::Utf16),
        [a, 0] | [0, a] if *a != 0 => Some(Encoding::Utf16),
        _ => None,
    }
}

impl std::error::Error for FormatError {}

impl FormatError {
    /// The syntax error of a serde_json parse, typed ([`json::syntax_problem`]), for
    /// readers of JSON outside this module (the stored state).
    pub fn syntax(e: &serde_json::Error) -> FormatError {
        FormatError::Syntax {
            line: e.line(),
            column: e.column(),
            problem: json::syntax_problem(e),
        }
    }

    /// The shape error of a serde deserialisation at `path`, typed ([`json::shape_problem`]).
    pub fn shape(path: impl Into<String>, e: &serde_json::Error) -> FormatError {
        FormatError::Shape {
            path: path.into(),
            problem: json::shape_problem(e),
        }
    }
}

impl From<Invalid> for FormatError {
    fn from(invalid: Invalid) -> Self {
        FormatError::Invalid(invalid)
    }
}

/// Checks size, encoding and depth, then parses into a JSON value.
fn pre_parse(bytes: &[u8]) -> Result<serde_json::Value, FormatError> {
    // First, before the size: a large photo is a photo, not a file too large.
    if let Some(looks_like) = foreign_file(bytes) {
        return Err(FormatError::NotKakehashi { looks_like });
    }
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(FormatError::TooLarge {
            size: bytes.len(),
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    if let Some(encoding) = other_encoding(bytes) {
        return Err(FormatError::WrongEncoding { encoding });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| FormatError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FormatError::Empty);
    }
    if nesting_depth(text) > MAX_DEPTH {
        return Err(FormatError::TooDeep { limit: MAX_DEPTH });
    }
    json::read_value(text).map_err(|e| match e {
        ReadError::Syntax {
            line,
            column,
            problem,
        } => FormatError::Syntax {
            line,
            column,
            problem,
        },
        ReadError::DuplicateKey { path } => FormatError::DuplicateKey { path },
    })
}

/// The deepest nesting of `[`/`{` outside strings; a cheap scan so hostile input never
/// reaches the recursive parser.
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// Reads the `format` tag: which kind, and checks the major version.
fn kind_of(value: &serde_json::Value) -> Result<Kind, FormatError> {
    let tag = value
        .as_object()
        .and_then(|o| o.get("format"))
        .ok_or(FormatError::NoFormatTag)?;
    let tag = tag.as_str().ok_or_else(|| FormatError::Shape {
        path: "format".into(),
        problem: ShapeProblem::FormatTagNotString,
    })?;
    let unknown = || FormatError::UnknownFormat {
        found: tag.chars().take(80).collect(),
    };
    let rest = tag.strip_prefix("kakehashi/").ok_or_else(unknown)?;
    let (name, major) = rest.split_once('@').ok_or_else(unknown)?;
    let kind = Kind::from_name(name).ok_or_else(unknown)?;
    let major: u32 = major.parse().map_err(|_| unknown())?;
    if major != kind.current_major() {
        return Err(FormatError::UnsupportedVersion {
            kind,
            found: major,
            supported: kind.current_major(),
        });
    }
    Ok(kind)
}

fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, FormatError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        FormatError::shape(path, e.inner())
    })
}

fn typed(value: serde_json::Value, kind: Kind) -> Result<Document, FormatError> {
    Ok(match kind {
        Kind::Workshop => {
            let w: Workshop = from_value(value)?;
            validate::workshop(&w)?;
            Document::Workshop(w)
        }
        Kind::Response => {
            let r: Response = from_value(value)?;
            validate::response_alone(&r)?;
            Document::Response(r)
        }
        Kind::Cohort => {
            let c: Cohort = from_value(value)?;
            validate::cohort(&c)?;
            Document::Cohort(c)
        }
        Kind::Pairing => {
            let p: Pairing = from_value(value)?;
            validate::pairing_alone(&p)?;
            Document::Pairing(p)
        }
    })
}

/// Parses any Kakehashi document, telling its kind by its `format` tag. A response is
/// checked on its own here; check it against its workshop with
/// [`validate::response_for`].
pub fn parse_document(bytes: &[u8]) -> Result<Document, FormatError> {
    let value = pre_parse(bytes)?;
    let kind = kind_of(&value)?;
    check_size(bytes, kind)?;
    typed(value, kind)
}

fn parse_expected(bytes: &[u8], expected: Kind) -> Result<Document, FormatError> {
    let value = pre_parse(bytes)?;
    let found = kind_of(&value)?;
    if found != expected {
        return Err(FormatError::WrongKind { expected, found });
    }
    check_size(bytes, found)?;
    typed(value, found)
}

pub fn parse_workshop(bytes: &[u8]) -> Result<Workshop, FormatError> {
    match parse_expected(bytes, Kind::Workshop)? {
        Document::Workshop(w) => Ok(w),
        other => Err(FormatError::WrongKind {
            expected: Kind::Workshop,
            found: other.kind(),
        }),
    }
}

/// Parses a response and checks it against the workshop it claims to answer.
pub fn parse_response(bytes: &[u8], workshop: &Workshop) -> Result<Response, FormatError> {
    match parse_expected(bytes, Kind::Response)? {
        Document::Response(r) => {
            validate::response_for(&r, workshop)?;
            Ok(r)
        }
        other => Err(FormatError::WrongKind {
            expected: Kind::Response,
            found: other.kind(),
        }),
    }
}

pub fn parse_cohort(bytes: &[u8]) -> Result<Cohort, FormatError> {
    match parse_expected(bytes, Kind::Cohort)? {
        Document::Cohort(c) => Ok(c),
        other => Err(FormatError::WrongKind {
            expected: Kind::Cohort,
            found: other.kind(),
        }),
    }
}

pub fn parse_pairing(bytes: &[u8]) -> Result<Pairing, FormatError> {
    match parse_expected(bytes, Kind::Pairing)? {
        Document::Pairing(p) => Ok(p),
        other => Err(FormatError::WrongKind {
            expected: Kind::Pairing,
            found: other.kind(),
        }),
    }
}

/// Writes a document as pretty JSON (two-space indent, stable field order).
pub fn to_json<T: Serialize>(document: &T) -> String {
    // Our types serialise to JSON infallibly: string keys, no non-finite floats.
    serde_json::to_string_pretty(document).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_scan_ignores_brackets_in_strings() {
        assert_eq!(nesting_depth(r#"{"a": "[[[[{{{{"}"#), 1);
        assert_eq!(nesting_depth(r#"{"a": "\"[[" , "b": [[1]]}"#), 3);
    }

    #[test]
    fn version_and_kind_are_read_from_the_tag() {
        let v: serde_json::Value = serde_json::json!({"format": "kakehashi/cohort@1"});
        assert_eq!(kind_of(&v), Ok(Kind::Cohort));
        let v = serde_json::json!({"format": "kakehashi/cohort@2"});
        assert_eq!(
            kind_of(&v),
            Err(FormatError::UnsupportedVersion {
                kind: Kind::Cohort,
                found: 2,
                supported: 1
            })
        );
    }
}
