//! Follow-up answer codes (issue 11 §3): one participant's follow-up answers as a one-line
//! code, `KF1.` + base64url, that a participant pastes into a chat or shows as a QR code
//! and the facilitator pastes into the console, like an answer code (`KR1.`).
//!
//! The body is a compact binary record, decoded against the workshop it answers (whose
//! skill list gives the order of the ratings), framed like every code with its length
//! and a CRC-32 ([`crate::transport::codes`]), so that a code cut off when copied is
//! *incomplete* and a mistyped one *changed*:
//!
//! ```text
//! [flag: 0 plain | 1 deflated] then the record:
//! workshop id · skills fingerprint (4 bytes) · participant id · round · meetings held ·
//! satisfaction (1 byte) · flags (bit 0: wants a new partner) · ratings (half-bytes in
//! the workshop's skill order) · what went well · comment · updated_at · created_at
//! ```
//!
//! Strings are a varint length and UTF-8 bytes (empty: none); numbers are varints; times
//! are seconds since 1970 and the fraction as written. About 60 characters for the
//! 12-skill template. Pure: no browser, no clock.

use super::codes::{
    open_record, put_ratings, put_string, put_time, put_varint, read_ratings, read_time,
    record_head, seal, CodeError, CodeKind, Reader,
};
use crate::document::formats::FormatError;
use crate::document::model::{FollowUp, Kind, Workshop};
use crate::document::validate;

/// The follow-up answers as a one-line code. `f` must be valid for `w` (it is, after the
/// form's checks); the code is decoded against the same workshop.
pub fn followup_code(f: &FollowUp, w: &Workshop) -> String {
    let mut rec = record_head(w, 96);
    put_string(&mut rec, &f.participant_id);
    put_varint(&mut rec, u64::from(f.round));
    put_varint(&mut rec, u64::from(f.meetings_held));
    rec.push(f.satisfaction);
    rec.push(u8::from(f.wants_new_partner));
    put_ratings(&mut rec, &f.ratings, w);
    put_string(&mut rec, f.went_well.as_deref().unwrap_or(""));
    put_string(&mut rec, f.comment.as_deref().unwrap_or(""));
    put_time(&mut rec, &f.updated_at);
    put_time(&mut rec, &f.created_at);

    seal(CodeKind::FollowUp, &rec)
}

/// Reads a follow-up answer code made for `w`, and checks the answers like a follow-up
/// file ([`validate::followup_for`]). Whether the participant is one of the cohort's is
/// the importer's question ([`crate::transport::import`]).
pub fn parse_followup_code(code: &str, w: &Workshop) -> Result<FollowUp, CodeError> {
    let (rec, at) = open_record(CodeKind::FollowUp, code, w)?;
    let mut rd = Reader { bytes: &rec, at };
    let workshop_id = w.id.clone();
    let participant_id = rd.string()?;
    let round = u32::try_from(rd.varint()?).map_err(|_| CodeError::Corrupt)?;
    let meetings_held = u32::try_from(rd.varint()?).map_err(|_| CodeError::Corrupt)?;
    let satisfaction = rd.byte()?;
    let wants_new_partner = match rd.byte()? {
        0 => false,
        1 => true,
        _ => return Err(CodeError::Corrupt),
    };
    let ratings = read_ratings(&mut rd, w)?;
    let went_well = Some(rd.string()?).filter(|t| !t.is_empty());
    let comment = Some(rd.string()?).filter(|t| !t.is_empty());
    let updated_at = read_time(&mut rd)?;
    let created_at = read_time(&mut rd)?;
    if rd.at != rec.len() {
        return Err(CodeError::Corrupt);
    }
    let followup = FollowUp {
        format: Kind::FollowUp.tag(),
        workshop_id,
        participant_id,
        round,
        meetings_held,
        satisfaction,
        wants_new_partner,
        ratings,
        went_well,
        comment,
        created_at,
        updated_at,
    };
    validate::followup_for(&followup, w).map_err(|e| CodeError::Format(FormatError::Invalid(e)))?;
    Ok(followup)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::model::Lang;
    use crate::document::template::default_workshop;
    use crate::transport::codes::{frame, response_code, unframe, workshop_code};

    fn followup(w: &Workshop) -> FollowUp {
        FollowUp {
            format: Kind::FollowUp.tag(),
            workshop_id: w.id.clone(),
            participant_id: "p-7f3a9c21".into(),
            round: 2,
            meetings_held: 6,
            satisfaction: 4,
            wants_new_partner: true,
            ratings: w
                .skills
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.clone(), 1 + (i % 5) as u8))
                .collect(),
            went_well: Some("毎週のランチで話せた".into()),
            comment: None,
            created_at: "2027-02-10T01:12:00Z".into(),
            updated_at: "2027-02-10T01:15:42.250Z".into(),
        }
    }

    #[test]
    fn a_followup_code_round_trips_and_stays_short() {
        let w = default_workshop(Lang::Ja);
        let f = followup(&w);
        let code = followup_code(&f, &w);
        assert!(code.starts_with("KF1."), "{code}");
        assert!(code.len() < 160, "{} characters: {code}", code.len());
        assert!(!code.contains(char::is_whitespace));
        assert_eq!(parse_followup_code(&code, &w), Ok(f.clone()));
        // Without texts, and keeping the partner: the smallest code.
        let plain = FollowUp {
            went_well: None,
            wants_new_partner: false,
            meetings_held: 0,
            ..f
        };
        assert_eq!(
            parse_followup_code(&followup_code(&plain, &w), &w),
            Ok(plain)
        );
    }

    #[test]
    fn a_long_comment_is_compressed() {
        let w = default_workshop(Lang::En);
        let mut f = followup(&w);
        f.comment = Some("We met every week and talked about the tools my team uses. ".repeat(10));
        let code = followup_code(&f, &w);
        assert!(code.len() < 300, "{}", code.len());
        assert_eq!(parse_followup_code(&code, &w), Ok(f));
    }

    #[test]
    fn a_cut_or_changed_code_says_so() {
        let w = default_workshop(Lang::Ja);
        let code = followup_code(&followup(&w), &w);
        for cut in [code.len() - 1, code.len() / 2, 6] {
            assert_eq!(
                parse_followup_code(&code[..cut], &w),
                Err(CodeError::Truncated),
                "cut at {cut}"
            );
        }
        let mut chars: Vec<char> = code.chars().collect();
        let i = chars.len() - 3;
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let changed: String = chars.into_iter().collect();
        assert_eq!(
            parse_followup_code(&changed, &w),
            Err(CodeError::ChecksumMismatch)
        );
        assert_eq!(parse_followup_code(" ", &w), Err(CodeError::Empty));
        assert_eq!(
            parse_followup_code("hello", &w),
            Err(CodeError::NotACode {
                expected: CodeKind::FollowUp
            })
        );
        assert_eq!(
            parse_followup_code("KF1.ab*c", &w),
            Err(CodeError::BadCharacter { position: 7 })
        );
    }

    #[test]
    fn codes_of_another_kind_or_workshop_or_skill_list_are_named() {
        let w = default_workshop(Lang::Ja);
        let f = followup(&w);
        assert_eq!(
            parse_followup_code(&workshop_code(&w), &w),
            Err(CodeError::WrongKind {
                expected: CodeKind::FollowUp,
                found: CodeKind::Workshop
            })
        );
        let code = followup_code(&f, &w);
        assert_eq!(
            crate::transport::codes::parse_response_code(&code, &w),
            Err(CodeError::WrongKind {
                expected: CodeKind::Response,
                found: CodeKind::FollowUp
            }),
            "an answer code is expected, a follow-up code is given"
        );
        let mut other = w.clone();
        other.id = "another".into();
        assert_eq!(
            parse_followup_code(&code, &other),
            Err(CodeError::OtherWorkshop {
                expected: "another".into(),
                found: w.id.clone(),
                title: w.title.clone()
            })
        );
        let mut fewer = w.clone();
        fewer.skills.pop();
        assert_eq!(
            parse_followup_code(&code, &fewer),
            Err(CodeError::SkillsChanged)
        );
        // A response code where a follow-up code is expected.
        let r = crate::document::model::Response {
            format: Kind::Response.tag(),
            workshop_id: w.id.clone(),
            participant_id: "p-1".into(),
            name: "A".into(),
            generation: Some(w.generations[0].id.clone()),
            birth_year: None,
            department: None,
            ratings: f.ratings.clone(),
            wants_to_learn: vec![],
            note: None,
            created_at: f.created_at.clone(),
            updated_at: f.updated_at.clone(),
        };
        assert_eq!(
            parse_followup_code(&response_code(&r, &w), &w),
            Err(CodeError::WrongKind {
                expected: CodeKind::FollowUp,
                found: CodeKind::Response
            })
        );
    }

    #[test]
    fn a_well_framed_code_with_a_bad_record_is_an_error_not_a_panic() {
        let w = default_workshop(Lang::Ja);
        let f = followup(&w);
        // Satisfaction outside 1–5 behind a valid frame: refused by validation.
        let zero = FollowUp {
            satisfaction: 0,
            ..f.clone()
        };
        assert!(matches!(
            parse_followup_code(&followup_code(&zero, &w), &w),
            Err(CodeError::Format(FormatError::Invalid(_)))
        ));
        for body in [&[][..], &[0u8][..], &[2u8, 1, 2][..], &[1u8, 0xff][..]] {
            assert_eq!(
                parse_followup_code(&frame(CodeKind::FollowUp, body), &w),
                Err(CodeError::Corrupt)
            );
        }
        // Every single-byte change behind a valid frame: an error or answers that are
        // still valid, never a panic.
        let body = unframe(CodeKind::FollowUp, &followup_code(&f, &w)).unwrap();
        for i in 0..body.len() {
            for flip in [0x01u8, 0x10, 0x80, 0xff] {
                let mut damaged = body.clone();
                damaged[i] ^= flip;
                if let Ok(read) = parse_followup_code(&frame(CodeKind::FollowUp, &damaged), &w) {
                    assert_eq!(validate::followup_for(&read, &w), Ok(()));
                }
            }
        }
    }
}
