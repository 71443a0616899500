//! Reading stored documents back without losing what is readable: a stored cohort with
//! one broken answer (a rating of 9, a missing field) keeps its workshop and every valid
//! answer, and the broken one is set aside with the reason; a stored language of `"fr"`
//! is set aside and the rest of the state kept. The original text stays where it was
//! (the shell keeps a copy before anything is written over it).
//!
//! The fast path is the strict reader ([`crate::document::formats`]); only when it
//! refuses does the salvage go through the document part by part.

use crate::document::formats::{self, FormatError};
use crate::document::model::{Cohort, Kind, Pairing, Response, Workshop};
use crate::document::validate::{self, Invalid};
use serde_json::Value;
use std::collections::BTreeSet;

/// What part of the stored state could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// The chosen language.
    Language,
    /// The current workshop with its answers (all of it: its workshop is unreadable).
    Cohort,
    /// One answer of the current workshop (its position, and the name if readable).
    Response { index: usize, name: Option<String> },
    /// A stored line of answers of the current workshop that is not even a list: the
    /// answers from this position on, as many as a line holds.
    AnswerLine { from: usize },
    /// An earlier round's pairing of the current workshop (its position).
    Round(usize),
    /// An archived workshop (its position in the archive).
    Archived(usize),
    /// The workshop being edited.
    Draft,
    /// A participant's survey draft (for the workshop id).
    Survey(String),
    /// The matching board (its settings, pairing or history).
    Board,
    /// A list of automatic backups.
    Backups,
    /// A whole stored record that is not what it should be (its key).
    Record(String),
}

/// Why it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    Format(FormatError),
    Invalid(Invalid),
}

impl From<FormatError> for Why {
    fn from(e: FormatError) -> Self {
        Why::Format(e)
    }
}

impl From<Invalid> for Why {
    fn from(e: Invalid) -> Self {
        Why::Invalid(e)
    }
}

/// A part set aside, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub part: Part,
    pub why: Why,
}

fn bytes(value: &Value) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

/// A cohort read from `value` as well as it can be: the strict reading when it succeeds;
/// else the workshop (without which nothing of it can be read), every response that is
/// valid for it (the first of a participant id), every readable round, and the rest set
/// aside with `part_of` naming where each was.
pub fn cohort(value: &Value, whole: Part, set_aside: &mut Vec<SetAside>) -> Option<Cohort> {
    match formats::parse_cohort(&bytes(value)) {
        Ok(c) => return Some(c),
        Err(e) if !matches!(e, FormatError::Invalid(_) | FormatError::Shape { .. }) => {
            set_aside.push(SetAside {
                part: whole,
                why: e.into(),
            });
            return None;
        }
        Err(_) => {}
    }
    let workshop = match value
        .get("workshop")
        .map(|w| formats::parse_workshop(&bytes(w)))
    {
        Some(Ok(w)) => w,
        Some(Err(e)) => {
            set_aside.push(SetAside {
                part: whole,
                why: e.into(),
            });
            return None;
        }
        None => {
            set_aside.push(SetAside {
                part: whole,
                why: Invalid::EmptyField {
                    field: "workshop".into(),
                }
                .into(),
            });
            return None;
        }
    };
    let mut seen = BTreeSet::new();
    let mut responses = Vec::new();
    for (index, r) in value
        .get("responses")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        keep_response(index, r, &workshop, &mut seen, &mut responses, set_aside);
    }
    let mut rounds = Vec::new();
    for (index, p) in value
        .get("rounds")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        match pairing(p, &workshop) {
            Ok(p) => rounds.push(p),
            Err(why) => set_aside.push(SetAside {
                part: Part::Round(index),
                why,
            }),
        }
    }
    let current = value
        .get("pairing")
        .filter(|p| !p.is_null())
        .and_then(|p| pairing(p, &workshop).ok());
    Some(Cohort {
        format: Kind::Cohort.tag(),
        workshop,
        responses,
        rounds,
        pairing: current,
    })
}

/// The response at `index` if it is valid for `workshop` and the first of its participant;
/// else it is set aside, and why.
fn keep_response(
    index: usize,
    r: &Value,
    workshop: &Workshop,
    seen: &mut BTreeSet<String>,
    responses: &mut Vec<Response>,
    set_aside: &mut Vec<SetAside>,
) {
    let name = r.get("name").and_then(Value::as_str).map(str::to_owned);
    match response(r, workshop) {
        Ok(r) if seen.insert(r.participant_id.clone()) => responses.push(r),
        Ok(r) => set_aside.push(SetAside {
            part: Part::Response { index, name },
            why: Invalid::DuplicateId {
                what: validate::IdKind::Participant,
                id: r.participant_id,
            }
            .into(),
        }),
        Err(why) => set_aside.push(SetAside {
            part: Part::Response { index, name },
            why,
        }),
    }
}

/// More answers of a cohort, from a line of a record written a slice a line (see
/// [`crate::workflow::sliced`]), as [`cohort`] reads them: each one valid for `workshop`
/// whose participant is not yet in `seen` is kept; the others are set aside, numbered on
/// from `next` (which counts every answer read). The fast path reads the line as typed
/// answers; only when one of them is refused does it go answer by answer. `Err` when the
/// line is not a list of answers at all (then none of it can be read).
pub fn more_responses(
    line: &str,
    workshop: &Workshop,
    seen: &mut BTreeSet<String>,
    next: &mut usize,
    set_aside: &mut Vec<SetAside>,
) -> Result<Vec<Response>, FormatError> {
    if let Ok(list) = serde_json::from_str::<Vec<Response>>(line) {
        let fresh = |r: &Response, i: usize| {
            !seen.contains(&r.participant_id)
                && !list[..i]
                    .iter()
                    .any(|q| q.participant_id == r.participant_id)
        };
        let valid = list
            .iter()
            .enumerate()
            .all(|(i, r)| validate::response_for(r, workshop).is_ok() && fresh(r, i));
        if valid {
            seen.extend(list.iter().map(|r| r.participant_id.clone()));
            *next += list.len();
            return Ok(list);
        }
    }
    let value: Value = serde_json::from_str(line).map_err(|e| FormatError::syntax(&e))?;
    let items = serde_json::from_value::<Vec<Value>>(value)
        .map_err(|e| FormatError::shape("responses", &e))?;
    let mut responses = Vec::new();
    for r in &items {
        keep_response(*next, r, workshop, seen, &mut responses, set_aside);
        *next += 1;
    }
    Ok(responses)
}

/// One response, checked against its workshop.
pub fn response(value: &Value, workshop: &Workshop) -> Result<Response, Why> {
    Ok(formats::parse_response(&bytes(value), workshop)?)
}

/// One pairing of the workshop.
pub fn pairing(value: &Value, workshop: &Workshop) -> Result<Pairing, Why> {
    let p = formats::parse_pairing(&bytes(value))?;
    if p.workshop_id != workshop.id {
        return Err(Invalid::OtherWorkshop {
            expected: workshop.id.clone(),
            found: p.workshop_id,
            title: workshop.title.clone(),
        }
        .into());
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::Lang;

    fn value(c: &Cohort) -> Value {
        serde_json::to_value(c).unwrap()
    }

    #[test]
    fn a_valid_cohort_is_read_whole() {
        let c = demo_cohort(6, 1, Lang::Ja, "2026-11-26T09:00:00Z");
        let mut aside = Vec::new();
        assert_eq!(cohort(&value(&c), Part::Cohort, &mut aside), Some(c));
        assert!(aside.is_empty());
    }

    #[test]
    fn one_bad_rating_sets_aside_that_answer_only() {
        let c = demo_cohort(6, 1, Lang::Ja, "2026-11-26T09:00:00Z");
        let mut v = value(&c);
        v["responses"][2]["ratings"]["ai_tools"] = 9.into();
        v["responses"][4]["name"] = Value::Null;
        let mut aside = Vec::new();
        let read = cohort(&v, Part::Cohort, &mut aside).unwrap();
        assert_eq!(read.workshop, c.workshop);
        assert_eq!(read.responses.len(), 4);
        let expected: Vec<Response> = c
            .responses
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != 2 && *i != 4)
            .map(|(_, r)| r.clone())
            .collect();
        assert_eq!(read.responses, expected, "every valid answer, in order");
        assert_eq!(aside.len(), 2);
        assert_eq!(
            aside[0].part,
            Part::Response {
                index: 2,
                name: Some(c.responses[2].name.clone())
            }
        );
        assert!(matches!(
            &aside[0].why,
            Why::Format(FormatError::Invalid(Invalid::RatingOutOfRange {
                rating: 9,
                ..
            }))
        ));
        assert_eq!(
            aside[1].part,
            Part::Response {
                index: 4,
                name: None
            }
        );
    }

    #[test]
    fn without_a_readable_workshop_the_whole_cohort_is_set_aside() {
        let c = demo_cohort(3, 1, Lang::En, "2026-11-26T09:00:00Z");
        let mut v = value(&c);
        v["workshop"]["scale"]["min"] = 9.into();
        let mut aside = Vec::new();
        assert_eq!(cohort(&v, Part::Archived(0), &mut aside), None);
        assert_eq!(aside.len(), 1);
        assert_eq!(aside[0].part, Part::Archived(0));
    }

    #[test]
    fn a_duplicate_participant_keeps_the_first_answer() {
        let c = demo_cohort(3, 1, Lang::En, "2026-11-26T09:00:00Z");
        let mut v = value(&c);
        let copy = v["responses"][0].clone();
        v["responses"].as_array_mut().unwrap().push(copy);
        let mut aside = Vec::new();
        let read = cohort(&v, Part::Cohort, &mut aside).unwrap();
        assert_eq!(read.responses, c.responses);
        assert_eq!(
            aside[0].part,
            Part::Response {
                index: 3,
                name: Some(c.responses[0].name.clone())
            }
        );
    }
}
