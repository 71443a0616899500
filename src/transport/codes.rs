//! Short text codes that carry a workshop or a response between people without a server:
//! in a share link's URL fragment, pasted into a chat, or in a QR code.
//!
//! - A **workshop code** (`KW2.` + base64url) is the workshop's compact JSON, deflated
//!   against a frozen dictionary: the built-in templates as they were when the dictionary
//!   was made (`src/codes/dictionary-1.txt`). A workshop made from a template shares most
//!   of its text with it, so its code is ~100 characters instead of ~1,600, and its share
//!   link makes a QR code that a phone reads from the back of a room. It travels in share
//!   links (`…#/survey?w=KW2.…`) and can be pasted into the app. `KW1.` codes (plain
//!   deflate, from earlier versions) are still read.
//! - A **response code** (`KR1.` + base64url) is one participant's answers in a compact
//!   binary record: ratings packed in half-bytes in the workshop's skill order, want-to-learn
//!   as a bit set, times as seconds. It is decoded against the workshop it answers, and is
//!   about 120 characters for the 12-skill template (the budget is 300).
//!
//! - A **follow-up answer code** (`KF1.` + base64url) is one participant's follow-up
//!   answers, packed the same way ([`crate::transport::followup_code`]).
//!
//! All frame their payload as `[length varint][CRC-32 (4 bytes)][body]`, so a code cut off
//! when copied is reported as *incomplete* and a mistyped one as *changed*, instead of as
//! garbage. Everything decoded is then checked by [`crate::document::formats`] / [`crate::document::validate`]
//! like any file. Pure: no browser, no clock.

use crate::document::formats::{self, FormatError, MAX_WORKSHOP_BYTES};
use crate::document::model::Kind;
use crate::document::model::{Response, Text, Workshop};
use crate::document::timestamp::{from_unix, unix_seconds};
use crate::document::validate;
use std::collections::BTreeMap;

pub const WORKSHOP_CODE_PREFIX: &str = "KW2.";
/// Workshop codes of the first version: the JSON deflated on its own. Still read.
pub const LEGACY_WORKSHOP_CODE_PREFIX: &str = "KW1.";
pub const RESPONSE_CODE_PREFIX: &str = "KR1.";
/// Follow-up answer codes (issue 11 §3, [`crate::transport::followup_code`]).
pub const FOLLOWUP_CODE_PREFIX: &str = "KF1.";
/// The fragment parameter of a share link that carries a workshop code.
pub const LINK_PARAM: &str = "w";
/// The longest code accepted (characters), checked before decoding.
pub const MAX_CODE_CHARS: usize = 64 * 1024;

/// Which kind of code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Workshop,
    Response,
    /// A participant's follow-up answers (`KF1.`).
    FollowUp,
}

impl CodeKind {
    pub const ALL: [CodeKind; 3] = [CodeKind::Workshop, CodeKind::Response, CodeKind::FollowUp];

    pub fn prefix(self) -> &'static str {
        match self {
            CodeKind::Workshop => WORKSHOP_CODE_PREFIX,
            CodeKind::Response => RESPONSE_CODE_PREFIX,
            CodeKind::FollowUp => FOLLOWUP_CODE_PREFIX,
        }
    }

    /// The kind whose current prefix starts `code`, if any.
    pub fn of(code: &str) -> Option<CodeKind> {
        let code = code.trim();
        CodeKind::ALL
            .into_iter()
            .find(|k| code.starts_with(k.prefix()))
    }
}

/// Why a code could not be read. Each says what to do; the app translates them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing was pasted.
    Empty,
    /// Not a Kakehashi code at all.
    NotACode { expected: CodeKind },
    /// A code of the other kind (a workshop code where an answer code is expected, …).
    WrongKind { expected: CodeKind, found: CodeKind },
    /// A character that base64url does not use, at this position of the code.
    BadCharacter { position: usize },
    /// Shorter than its own length field says: cut off when copied.
    Truncated,
    /// The checksum does not match: the code was changed or mistyped.
    ChecksumMismatch,
    /// The code is longer than any real code.
    TooLong,
    /// The bytes do not decode (a broken code that still had a valid checksum).
    Corrupt,
    /// The decoded document is not valid.
    Format(FormatError),
    /// A response code for another workshop: the workshop ids, and the current workshop's
    /// title, which is how people know it.
    OtherWorkshop {
        expected: String,
        found: String,
        title: Text,
    },
    /// A response code for this workshop id but an earlier or later list of skills.
    SkillsChanged,
    /// A workshop code made by a newer Kakehashi (a dictionary this version lacks).
    NewerVersion,
}

impl std::error::Error for CodeError {}

impl From<FormatError> for CodeError {
    fn from(e: FormatError) -> Self {
        CodeError::Format(e)
    }
}

// ---- base64url and CRC-32 ----

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5): safe in URLs, fragments and chat messages.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(B64[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Decodes base64url (padding and white space tolerated: chat apps insert line breaks).
/// `offset` is added to error positions so they count from the start of the whole code.
pub fn base64url_decode(text: &str, offset: usize) -> Result<Vec<u8>, CodeError> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for (i, c) in text.char_indices() {
        let v = match c {
            'A'..='Z' => c as u32 - 'A' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 26,
            '0'..='9' => c as u32 - '0' as u32 + 52,
            '-' | '+' => 62,
            '_' | '/' => 63,
            '=' => continue,
            c if c.is_whitespace() => continue,
            _ => {
                return Err(CodeError::BadCharacter {
                    position: offset + text[..i].chars().count() + 1,
                })
            }
        };
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// CRC-32 (IEEE 802.3, as in zip and PNG).
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                crc >> 1 ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

// ---- framing ----

pub(super) fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads the binary records inside codes; every read is bounds-checked.
pub(super) struct Reader<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) at: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn byte(&mut self) -> Result<u8, CodeError> {
        let b = *self.bytes.get(self.at).ok_or(CodeError::Corrupt)?;
        self.at += 1;
        Ok(b)
    }
    pub(super) fn varint(&mut self) -> Result<u64, CodeError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(CodeError::Corrupt)
    }
    pub(super) fn take(&mut self, n: usize) -> Result<&'a [u8], CodeError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or(CodeError::Corrupt)?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }
    pub(super) fn string(&mut self) -> Result<String, CodeError> {
        let len = usize::try_from(self.varint()?).map_err(|_| CodeError::Corrupt)?;
        String::from_utf8(self.take(len)?.to_vec()).map_err(|_| CodeError::Corrupt)
    }
}

pub(super) fn put_string(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// The kind's prefix + base64url(`[len][crc32][body]`).
pub(super) fn frame(kind: CodeKind, body: &[u8]) -> String {
    frame_with(kind.prefix(), body)
}

/// [`frame`] with a given prefix (a kind's current or legacy one).
fn frame_with(prefix: &str, body: &[u8]) -> String {
    let mut framed = Vec::with_capacity(body.len() + 9);
    put_varint(&mut framed, body.len() as u64);
    framed.extend_from_slice(&crc32(body).to_be_bytes());
    framed.extend_from_slice(body);
    format!("{prefix}{}", base64url_encode(&framed))
}

/// Checks prefix, characters, length and checksum; returns the body.
pub(super) fn unframe(kind: CodeKind, code: &str) -> Result<Vec<u8>, CodeError> {
    unframe_with(kind, kind.prefix(), code)
}

/// [`unframe`] for a code that starts with `prefix` (a kind's current or legacy prefix).
fn unframe_with(kind: CodeKind, prefix: &str, code: &str) -> Result<Vec<u8>, CodeError> {
    let code = code.trim();
    if code.is_empty() {
        return Err(CodeError::Empty);
    }
    if code.len() > MAX_CODE_CHARS {
        return Err(CodeError::TooLong);
    }
    let rest = match code.strip_prefix(prefix) {
        Some(rest) => rest,
        None => {
            return Err(match CodeKind::of(code).filter(|found| *found != kind) {
                Some(found) => CodeError::WrongKind {
                    expected: kind,
                    found,
                },
                None => CodeError::NotACode { expected: kind },
            })
        }
    };
    let bytes = base64url_decode(rest, prefix.len())?;
    let mut reader = Reader {
        bytes: &bytes,
        at: 0,
    };
    let len = reader.varint().map_err(|_| CodeError::Truncated)?;
    let crc = reader.take(4).map_err(|_| CodeError::Truncated)?;
    let crc = u32::from_be_bytes([crc[0], crc[1], crc[2], crc[3]]);
    let body = &bytes[reader.at..];
    let len = usize::try_from(len).map_err(|_| CodeError::Corrupt)?;
    if body.len() < len {
        return Err(CodeError::Truncated);
    }
    if body.len() > len || crc32(body) != crc {
        return Err(CodeError::ChecksumMismatch);
    }
    Ok(body.to_vec())
}

pub(super) fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, 10)
}

pub(super) fn inflate(bytes: &[u8]) -> Result<Vec<u8>, CodeError> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, MAX_WORKSHOP_BYTES)
        .map_err(|_| CodeError::Corrupt)
}

// ---- deflate against a dictionary ----
//
// Deflate can refer back up to 32 KB into what it has already produced. Compressing the
// dictionary, flushing to a byte boundary (a sync flush) and then compressing the data
// gives a continuation whose back-references reach into the dictionary. Only that
// continuation is sent. The reader rebuilds a valid stream without recompressing
// anything: the dictionary as stored (uncompressed) blocks, then the continuation, and
// drops the dictionary from the output. So decoding depends only on the deflate format
// and the dictionary's bytes, never on the compressor that made the code.

/// The frozen dictionaries, by the version byte that starts a `KW2.` body. A dictionary
/// never changes once released (a test pins its checksum); a better one gets a new number.
const DICTIONARIES: [(u8, &[u8]); 1] = [(1, include_bytes!("codes/dictionary-1.txt"))];
/// The dictionary new codes use.
const DICTIONARY_VERSION: u8 = 1;

fn dictionary(version: u8) -> Option<&'static [u8]> {
    DICTIONARIES
        .iter()
        .find(|(v, _)| *v == version)
        .map(|(_, bytes)| *bytes)
}

/// `data` deflated as the continuation of `dict`.
fn deflate_after(dict: &[u8], data: &[u8]) -> Vec<u8> {
    use miniz_oxide::deflate::core::{
        compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush,
    };
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(10, 0, 0));
    let (_, read) = compress_to_output(&mut compressor, dict, TDEFLFlush::Sync, |_| true);
    debug_assert_eq!(read, dict.len());
    let mut out = Vec::with_capacity(data.len() / 2);
    let (_, read) = compress_to_output(&mut compressor, data, TDEFLFlush::Finish, |bytes| {
        out.extend_from_slice(bytes);
        true
    });
    debug_assert_eq!(read, data.len());
    out
}

/// The inverse of [`deflate_after`].
fn inflate_after(dict: &[u8], continuation: &[u8]) -> Result<Vec<u8>, CodeError> {
    let mut stream =
        Vec::with_capacity(dict.len() + dict.len() / 0xffff * 5 + 5 + continuation.len());
    for chunk in dict.chunks(0xffff) {
        // A stored block: BFINAL 0, BTYPE 00, padding to the byte; LEN and its complement.
        let len = chunk.len() as u16;
        stream.push(0);
        stream.extend_from_slice(&len.to_le_bytes());
        stream.extend_from_slice(&(!len).to_le_bytes());
        stream.extend_from_slice(chunk);
    }
    stream.extend_from_slice(continuation);
    let out = miniz_oxide::inflate::decompress_to_vec_with_limit(
        &stream,
        dict.len() + MAX_WORKSHOP_BYTES,
    )
    .map_err(|_| CodeError::Corrupt)?;
    out.strip_prefix(dict)
        .map(<[u8]>::to_vec)
        .ok_or(CodeError::Corrupt)
}

// ---- workshop codes and share links ----

/// The workshop as a code: `[dictionary version][CRC-32 of the JSON][continuation]`, the
/// compact JSON deflated after the dictionary. The inner CRC makes a dictionary that is
/// not the one the code was made with an error, never a silently different workshop.
pub fn workshop_code(w: &Workshop) -> String {
    let json = serde_json::to_vec(w).unwrap_or_default();
    let dict = dictionary(DICTIONARY_VERSION).unwrap_or_default();
    let mut body = vec![DICTIONARY_VERSION];
    body.extend_from_slice(&crc32(&json).to_be_bytes());
    body.extend_from_slice(&deflate_after(dict, &json));
    frame(CodeKind::Workshop, &body)
}

/// Reads a workshop code (or a `KW1.` code of earlier versions), checking it like a
/// workshop file.
pub fn parse_workshop_code(code: &str) -> Result<Workshop, CodeError> {
    let code = code.trim();
    if code.starts_with(LEGACY_WORKSHOP_CODE_PREFIX) {
        let body = unframe_with(CodeKind::Workshop, LEGACY_WORKSHOP_CODE_PREFIX, code)?;
        return Ok(formats::parse_workshop(&inflate(&body)?)?);
    }
    let body = unframe(CodeKind::Workshop, code)?;
    let (&version, rest) = body.split_first().ok_or(CodeError::Corrupt)?;
    let dict = dictionary(version).ok_or(CodeError::NewerVersion)?;
    let (crc, continuation) = rest.split_at_checked(4).ok_or(CodeError::Corrupt)?;
    let json = inflate_after(dict, continuation)?;
    if crc32(&json).to_be_bytes() != crc {
        return Err(CodeError::Corrupt);
    }
    Ok(formats::parse_workshop(&json)?)
}

/// A link that opens the survey of `w` in the app at `base` (the address participants
/// can reach, e.g. `https://intranet.example/kakehashi/`). The workshop travels in the
/// fragment, which browsers never send to a server.
pub fn share_link(base: &str, w: &Workshop) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}#/survey?{LINK_PARAM}={}", workshop_code(w))
}

/// The workshop code in a URL fragment such as `#/survey?w=KW2.…`, if there is one.
pub fn code_in_fragment(fragment: &str) -> Option<&str> {
    let query = fragment.split_once('?')?.1;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(LINK_PARAM)?.strip_prefix('='))
}

/// Whether a share link based at `base` can only be opened on this computer.
pub fn is_local_only_address(base: &str) -> bool {
    let lower = base.trim().to_ascii_lowercase();
    let authority = lower.split("://").nth(1).unwrap_or("");
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.split(['/', ':', '#', '?']).next().unwrap_or(""),
    };
    lower.starts_with("file:")
        || host == "localhost"
        || host.starts_with("127.")
        || host == "::1"
        || host.is_empty()
}

// ---- response codes ----

/// A fingerprint of the workshop's skill list, in order: a response code made for another
/// list of skills cannot be decoded correctly, so it is refused.
pub(super) fn skills_fingerprint(w: &Workshop) -> u32 {
    let ids: Vec<&str> = w.skills.iter().map(|s| s.id.as_str()).collect();
    crc32(ids.join("\n").as_bytes())
}

/// The start of every answer record (answer codes and follow-up codes): the workshop's
/// id and the fingerprint of its skills, so a code is read only against the workshop,
/// and the skill order, it was made for.
pub(super) fn record_head(w: &Workshop, capacity: usize) -> Vec<u8> {
    let mut rec = Vec::with_capacity(capacity);
    put_string(&mut rec, &w.id);
    rec.extend_from_slice(&skills_fingerprint(w).to_be_bytes());
    rec
}

/// Ratings in the workshop's skill order, two per byte (a scale has at most 10 points).
pub(super) fn put_ratings(rec: &mut Vec<u8>, ratings: &BTreeMap<String, u8>, w: &Workshop) {
    let points: Vec<u8> = w
        .skills
        .iter()
        .map(|s| {
            ratings
                .get(&s.id)
                .map_or(0, |v| v.saturating_sub(w.scale.min))
        })
        .collect();
    for pair in points.chunks(2) {
        rec.push(pair[0] << 4 | pair.get(1).copied().unwrap_or(0));
    }
}

/// The ratings [`put_ratings`] wrote, keyed by skill id.
pub(super) fn read_ratings(
    rd: &mut Reader,
    w: &Workshop,
) -> Result<BTreeMap<String, u8>, CodeError> {
    let packed = rd.take(w.skills.len().div_ceil(2))?;
    Ok(w.skills
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let nibble = if i % 2 == 0 {
                packed[i / 2] >> 4
            } else {
                packed[i / 2] & 0x0f
            };
            (s.id.clone(), nibble + w.scale.min)
        })
        .collect())
}

/// A record as a code of `kind`: a flag byte (1: the record that follows is deflated,
/// when that is shorter, as with long notes), framed with its length and CRC-32.
pub(super) fn seal(kind: CodeKind, rec: &[u8]) -> String {
    let packed = deflate(rec);
    let body = if packed.len() < rec.len() {
        [&[1u8][..], &packed].concat()
    } else {
        [&[0u8][..], rec].concat()
    };
    frame(kind, &body)
}

/// The record of a code of `kind` made for `w` ([`seal`], [`record_head`]): unframed,
/// inflated, its workshop and skills checked. Returns the record and where its own
/// fields start.
pub(super) fn open_record(
    kind: CodeKind,
    code: &str,
    w: &Workshop,
) -> Result<(Vec<u8>, usize), CodeError> {
    let body = unframe(kind, code)?;
    let (&flag, rest) = body.split_first().ok_or(CodeError::Corrupt)?;
    let rec = match flag {
        0 => rest.to_vec(),
        1 => inflate(rest)?,
        _ => return Err(CodeError::Corrupt),
    };
    let mut rd = Reader { bytes: &rec, at: 0 };
    let workshop_id = rd.string()?;
    if workshop_id != w.id {
        return Err(CodeError::OtherWorkshop {
            expected: w.id.clone(),
            found: workshop_id,
            title: w.title.clone(),
        });
    }
    let fingerprint = rd.take(4)?;
    if u32::from_be_bytes([
        fingerprint[0],
        fingerprint[1],
        fingerprint[2],
        fingerprint[3],
    ]) != skills_fingerprint(w)
    {
        return Err(CodeError::SkillsChanged);
    }
    let at = rd.at;
    Ok((rec, at))
}

/// The answers as a one-line code. `r` must be valid for `w` (it is, after the survey's
/// validation); the code is decoded against the same workshop.
pub fn response_code(r: &Response, w: &Workshop) -> String {
    let mut rec = record_head(w, 128);
    put_string(&mut rec, &r.participant_id);
    put_string(&mut rec, &r.name);
    let generation = r.generation.as_deref().and_then(|g| w.generation_index(g));
    put_varint(&mut rec, generation.map_or(0, |i| i as u64 + 1));
    put_varint(
        &mut rec,
        r.birth_year.map_or(0, |y| u64::try_from(y).unwrap_or(0)),
    );
    put_string(&mut rec, r.department.as_deref().unwrap_or(""));
    put_ratings(&mut rec, &r.ratings, w);
    let mut wants = vec![0u8; w.skills.len().div_ceil(8)];
    for (i, s) in w.skills.iter().enumerate() {
        if r.wants_to_learn.contains(&s.id) {
            wants[i / 8] |= 1 << (i % 8);
        }
    }
    rec.extend_from_slice(&wants);
    put_string(&mut rec, r.note.as_deref().unwrap_or(""));
    put_time(&mut rec, &r.updated_at);
    put_time(&mut rec, &r.created_at);

    seal(CodeKind::Response, &rec)
}

/// Reads a response code made for `w`, and checks the response like a response file.
pub fn parse_response_code(code: &str, w: &Workshop) -> Result<Response, CodeError> {
    let (rec, at) = open_record(CodeKind::Response, code, w)?;
    let mut rd = Reader { bytes: &rec, at };
    let workshop_id = w.id.clone();
    let participant_id = rd.string()?;
    let name = rd.string()?;
    let generation = match rd.varint()? {
        0 => None,
        i => Some(
            w.generations
                .get(usize::try_from(i - 1).map_err(|_| CodeError::Corrupt)?)
                .ok_or(CodeError::Corrupt)?
                .id
                .clone(),
        ),
    };
    let birth_year = match rd.varint()? {
        0 => None,
        y => Some(i32::try_from(y).map_err(|_| CodeError::Corrupt)?),
    };
    let department = Some(rd.string()?).filter(|d| !d.is_empty());
    let ratings = read_ratings(&mut rd, w)?;
    let wants = rd.take(w.skills.len().div_ceil(8))?;
    let wants_to_learn = w
        .skills
        .iter()
        .enumerate()
        .filter(|(i, _)| wants[i / 8] & (1 << (i % 8)) != 0)
        .map(|(_, s)| s.id.clone())
        .collect();
    let note = Some(rd.string()?).filter(|n| !n.is_empty());
    let updated_at = read_time(&mut rd)?;
    let created_at = read_time(&mut rd)?;
    if rd.at != rec.len() {
        return Err(CodeError::Corrupt);
    }
    let response = Response {
        format: Kind::Response.tag(),
        workshop_id,
        participant_id,
        name,
        generation,
        birth_year,
        department,
        ratings,
        wants_to_learn,
        note,
        created_at,
        updated_at,
    };
    validate::response_for(&response, w).map_err(|e| CodeError::Format(FormatError::Invalid(e)))?;
    Ok(response)
}

// ---- times in the binary record ----

pub(super) fn put_time(out: &mut Vec<u8>, timestamp: &str) {
    // Valid responses only have valid times; 0 marks "unreadable" defensively.
    let (secs, fraction) = unix_seconds(timestamp).unwrap_or((0, ""));
    put_varint(out, u64::try_from(secs).unwrap_or(0));
    put_string(out, fraction);
}

pub(super) fn read_time(rd: &mut Reader) -> Result<String, CodeError> {
    let secs = i64::try_from(rd.varint()?).map_err(|_| CodeError::Corrupt)?;
    let fraction = rd.string()?;
    if secs > 253_402_300_799 || !fraction.bytes().all(|b| b.is_ascii_digit()) || fraction.len() > 9
    {
        return Err(CodeError::Corrupt);
    }
    let whole = from_unix(secs);
    Ok(if fraction.is_empty() {
        whole
    } else {
        format!("{}.{fraction}Z", &whole[..19])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::model::{Lang, Text};
    use crate::document::template::{default_workshop, workshop_with_preset, GenerationPreset};

    fn response(w: &Workshop) -> Response {
        Response {
            format: Kind::Response.tag(),
            workshop_id: w.id.clone(),
            participant_id: "p-7f3a9c21".into(),
            name: "山田 太郎".into(),
            generation: Some("bubble".into()),
            birth_year: Some(1968),
            department: Some("営業1課".into()),
            ratings: w
                .skills
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.clone(), 1 + (i % 5) as u8))
                .collect(),
            wants_to_learn: vec!["ai_tools".into(), "internal_network".into()],
            note: Some("部下とのチャットを使いこなしたい".into()),
            created_at: "2026-04-10T01:12:00Z".into(),
            updated_at: "2026-04-10T01:15:42.250Z".into(),
        }
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes), 0), Ok(bytes));
        }
        assert_eq!(base64url_encode(b"Kakehashi"), "S2FrZWhhc2hp");
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn workshop_code_round_trips() {
        let w = default_workshop(Lang::Ja);
        assert_eq!(parse_workshop_code(&workshop_code(&w)), Ok(w));
    }

    #[test]
    fn response_code_round_trips_and_stays_short() {
        let w = default_workshop(Lang::Ja);
        let r = response(&w);
        let code = response_code(&r, &w);
        assert!(code.len() < 200, "{} characters: {code}", code.len());
        assert!(!code.contains(char::is_whitespace));
        assert_eq!(parse_response_code(&code, &w), Ok(r));
    }

    #[test]
    fn a_long_note_is_compressed() {
        let w = default_workshop(Lang::En);
        let mut r = response(&w);
        r.generation = None;
        r.birth_year = Some(1990);
        r.note = Some("I would like to learn more about the tools my team uses. ".repeat(10));
        let code = response_code(&r, &w);
        assert!(code.len() < 300, "{}", code.len());
        assert_eq!(parse_response_code(&code, &w), Ok(r));
    }

    #[test]
    fn a_truncated_code_is_reported_as_incomplete() {
        let w = default_workshop(Lang::Ja);
        let code = response_code(&response(&w), &w);
        for cut in [code.len() - 1, code.len() - 5, code.len() / 2, 8] {
            assert_eq!(
                parse_response_code(&code[..cut], &w),
                Err(CodeError::Truncated),
                "cut at {cut}"
            );
        }
        let wcode = workshop_code(&w);
        assert_eq!(
            parse_workshop_code(&wcode[..wcode.len() - 10]),
            Err(CodeError::Truncated)
        );
    }

    #[test]
    fn a_changed_character_fails_the_checksum() {
        let w = default_workshop(Lang::Ja);
        let code = response_code(&response(&w), &w);
        let mut chars: Vec<char> = code.chars().collect();
        let i = chars.len() - 3;
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let changed: String = chars.into_iter().collect();
        assert_eq!(
            parse_response_code(&changed, &w),
            Err(CodeError::ChecksumMismatch)
        );
    }

    #[test]
    fn codes_of_the_wrong_kind_or_workshop_are_named() {
        let w = default_workshop(Lang::Ja);
        let r = response(&w);
        assert_eq!(
            parse_response_code(&workshop_code(&w), &w),
            Err(CodeError::WrongKind {
                expected: CodeKind::Response,
                found: CodeKind::Workshop
            })
        );
        assert_eq!(
            parse_workshop_code("hello"),
            Err(CodeError::NotACode {
                expected: CodeKind::Workshop
            })
        );
        assert_eq!(parse_workshop_code("  "), Err(CodeError::Empty));
        assert_eq!(
            parse_workshop_code("KW1.abc*def"),
            Err(CodeError::BadCharacter { position: 8 })
        );
        let mut other = w.clone();
        other.id = "another".into();
        assert_eq!(
            parse_response_code(&response_code(&r, &w), &other),
            Err(CodeError::OtherWorkshop {
                expected: "another".into(),
                found: w.id.clone(),
                title: w.title.clone()
            })
        );
        let mut fewer = w.clone();
        fewer.skills.pop();
        assert_eq!(
            parse_response_code(&response_code(&r, &w), &fewer),
            Err(CodeError::SkillsChanged)
        );
    }

    #[test]
    fn share_links_carry_the_workshop_in_the_fragment() {
        let w = default_workshop(Lang::En);
        let link = share_link("https://intranet.example/kakehashi/#/console", &w);
        assert!(link.starts_with("https://intranet.example/kakehashi/#/survey?w=KW2."));
        let fragment = &link[link.find('#').unwrap()..];
        assert_eq!(
            parse_workshop_code(code_in_fragment(fragment).unwrap()),
            Ok(w)
        );
        assert_eq!(code_in_fragment("#/survey"), None);
    }

    /// A workshop code as versions before `KW2.` wrote it: the JSON deflated on its own.
    fn legacy_code(w: &Workshop) -> String {
        frame_with(
            LEGACY_WORKSHOP_CODE_PREFIX,
            &deflate(&serde_json::to_vec(w).unwrap()),
        )
    }

    /// A `KW2.` code around a hand-made body (valid framing, any content).
    fn code_with_body(body: &[u8]) -> String {
        frame(CodeKind::Workshop, body)
    }

    #[test]
    fn template_workshops_make_codes_short_enough_for_an_easy_qr_code() {
        for preset in [GenerationPreset::Japanese, GenerationPreset::International] {
            let mut w = workshop_with_preset(preset);
            assert!(
                workshop_code(&w).len() < 80,
                "{preset:?}: {}",
                workshop_code(&w)
            );
            // A facilitator's usual edits: a title, an id, a relabelled skill, the mode.
            w.id = "sales-2026-11".into();
            w.title = Text::new(
                "営業本部 世代間メンタリング 2026年11月",
                "Sales: cross-generational mentoring, Nov 2026",
            );
            w.skills[0].label.en = "Prompting AI assistants".into();
            w.matching.mode = crate::document::model::MatchingMode::Mutual;
            let code = workshop_code(&w);
            assert!(code.len() < 260, "{} characters: {code}", code.len());
            assert_eq!(parse_workshop_code(&code), Ok(w.clone()));
            // The share link's QR code (level M, as drawn) has at most 69 modules a side
            // (version 13); with the plain deflate of KW1 it had 153 (version 34).
            let link = share_link("https://intranet.example/kakehashi/", &w);
            let qr =
                qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::M)
                    .unwrap();
            assert!(
                qr.width() <= 69,
                "{preset:?}: {} modules for {} characters",
                qr.width(),
                link.len()
            );
            let legacy = format!(
                "https://intranet.example/kakehashi/#/survey?w={}",
                legacy_code(&w)
            );
            let legacy_qr =
                qrcode::QrCode::with_error_correction_level(legacy.as_bytes(), qrcode::EcLevel::M)
                    .unwrap();
            assert!(
                legacy_qr.width() > 2 * qr.width(),
                "{} vs {}",
                legacy_qr.width(),
                qr.width()
            );
        }
    }

    #[test]
    fn any_workshop_round_trips_even_one_unlike_the_templates() {
        let mut w = default_workshop(Lang::En);
        w.id = "x".into();
        w.title = Text::new("全く別の研修 </script> \"quotes\" 🌉", "");
        w.skills.truncate(3);
        for (i, s) in w.skills.iter_mut().enumerate() {
            s.id = format!("s{i}");
            s.label = Text::new(
                &format!("スキル{i}"),
                &format!("Skill {i} with a long, unusual name: {}", "ab".repeat(40)),
            );
        }
        w.departments = vec!["営業".into(), "開発".into()];
        assert_eq!(parse_workshop_code(&workshop_code(&w)), Ok(w));
    }

    #[test]
    fn codes_of_earlier_versions_still_open() {
        for lang in [Lang::Ja, Lang::En] {
            let w = default_workshop(lang);
            let legacy = legacy_code(&w);
            assert!(legacy.starts_with("KW1.") && legacy.len() > 1000);
            assert_eq!(parse_workshop_code(&legacy), Ok(w.clone()));
            assert_eq!(
                parse_workshop_code(&legacy[..legacy.len() - 10]),
                Err(CodeError::Truncated)
            );
            let fragment = format!("#/survey?w={legacy}");
            assert_eq!(
                parse_workshop_code(code_in_fragment(&fragment).unwrap()),
                Ok(w)
            );
        }
    }

    #[test]
    fn the_released_dictionary_never_changes() {
        // Codes already handed out decode against these exact bytes: add a new dictionary
        // version instead of editing this one.
        let (version, bytes) = DICTIONARIES[0];
        assert_eq!((version, bytes.len(), crc32(bytes)), (1, 5473, 0xcdb3_746d));
    }

    #[test]
    fn a_code_from_a_newer_version_or_with_a_damaged_body_is_an_error_not_a_panic() {
        let good = workshop_code(&default_workshop(Lang::Ja));
        let body = unframe(CodeKind::Workshop, &good).unwrap();
        let mut newer = body.clone();
        newer[0] = 2;
        assert_eq!(
            parse_workshop_code(&code_with_body(&newer)),
            Err(CodeError::NewerVersion)
        );
        assert_eq!(
            parse_workshop_code(&code_with_body(&[])),
            Err(CodeError::Corrupt)
        );
        assert_eq!(
            parse_workshop_code(&code_with_body(&[1, 0, 0])),
            Err(CodeError::Corrupt)
        );
        // Every single-byte change behind a valid frame: an error or the same workshop
        // (a change in unused bits), never a different one and never a panic.
        let w = default_workshop(Lang::Ja);
        for i in 0..body.len() {
            for flip in [0x01u8, 0x10, 0x80, 0xff] {
                let mut damaged = body.clone();
                damaged[i] ^= flip;
                match parse_workshop_code(&code_with_body(&damaged)) {
                    Ok(decoded) => assert_eq!(decoded, w, "byte {i} ^ {flip:#x}"),
                    Err(_) => {}
                }
            }
        }
    }

    #[test]
    fn local_only_addresses_are_recognised() {
        for local in [
            "http://127.0.0.1:8080/",
            "http://localhost/",
            "file:///home/a/kakehashi.html",
            "http://[::1]:8080/",
        ] {
            assert!(is_local_only_address(local), "{local}");
        }
        for reachable in ["https://intranet.example/kakehashi/", "http://10.1.2.3/k/"] {
            assert!(!is_local_only_address(reachable), "{reachable}");
        }
    }
}
