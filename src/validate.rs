//! The meaning checks of every document, after serde has checked its shape.
//!
//! A document that passes here can be trusted by the rest of the core: ids are unique
//! and well-formed, every rating lies on the scale, every skill is rated, every
//! generation is known. The checks return the first problem found as an [`Invalid`]
//! variant, which names the field and says what to change. Pure: no I/O, no clock.

use crate::formats::Kind;
use crate::model::{Cohort, Pairing, Response, Text, Workshop};
use std::collections::BTreeSet;
use std::fmt;

pub const MAX_ID_CHARS: usize = 64;
pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_NOTE_CHARS: usize = 2000;
pub const MAX_SKILLS: usize = 60;
pub const MAX_SCALE_POINTS: usize = 10;
pub const BIRTH_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// A well-formed document whose content does not make sense.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// An id that is empty, too long or uses characters other than `A-Z a-z 0-9 _ - .`.
    BadId { field: String, id: String },
    /// Two entries share one id (`what` is "skill", "generation", "participant", …).
    DuplicateId { what: &'static str, id: String },
    /// A label empty in both languages.
    EmptyLabel { field: String },
    /// A required text field is empty.
    EmptyField { field: String },
    /// A text longer than allowed.
    TooLong { field: String, max_chars: usize },
    /// A list that must not be empty is.
    EmptyList { field: String },
    /// A list that is longer than allowed.
    TooMany { field: String, max: usize },
    /// The scale's bounds or labels do not fit together.
    BadScale { reason: String },
    /// A generation's years run backwards.
    BadYearRange { generation: String },
    /// Two generations claim the same birth year.
    OverlappingGenerations { first: String, second: String },
    /// A reference to a generation id the workshop does not have.
    UnknownGeneration { field: String, id: String },
    /// A reference to a skill id the workshop does not have.
    UnknownSkill { field: String, id: String },
    /// A rating outside the workshop's scale.
    RatingOutOfRange { skill: String, rating: u8, min: u8, max: u8 },
    /// A skill of the workshop without a rating.
    MissingRating { skill: String },
    /// Neither generation nor birth year given.
    NoGeneration,
    /// A birth year outside [`BIRTH_YEARS`] or in no generation of the workshop.
    BadBirthYear { year: i32 },
    /// The birth year falls in another generation than the one given.
    GenerationMismatch { birth_year: i32, generation: String, expected: String },
    /// A timestamp that is not RFC 3339 UTC, e.g. `2026-11-26T09:30:00Z`.
    BadTimestamp { field: String, value: String },
    /// The response answers another workshop.
    OtherWorkshop { expected: String, found: String },
    /// A pair of participant ids that names one person twice.
    SelfPair { field: String, id: String },
    /// The format tag of a nested document does not match its place.
    NestedFormat { field: String, expected: String, found: String },
    /// A setting outside its meaningful range.
    BadSetting { field: String, reason: String },
    /// A problem inside the response at `index` of a cohort.
    InResponse { index: usize, participant: String, inner: Box<Invalid> },
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Invalid::*;
        match self {
            BadId { field, id } => write!(
                f,
                "field '{field}': id '{id}' must be 1–{MAX_ID_CHARS} characters of A–Z, a–z, 0–9, '_', '-' or '.'"
            ),
            DuplicateId { what, id } => write!(f, "two entries use the {what} id '{id}'; each needs its own"),
            EmptyLabel { field } => write!(f, "field '{field}': the label is empty in both Japanese and English"),
            EmptyField { field } => write!(f, "field '{field}' must not be empty"),
            TooLong { field, max_chars } => write!(f, "field '{field}' is longer than {max_chars} characters"),
            EmptyList { field } => write!(f, "field '{field}' needs at least one entry"),
            TooMany { field, max } => write!(f, "field '{field}' has more than {max} entries"),
            BadScale { reason } => write!(f, "field 'scale': {reason}"),
            BadYearRange { generation } => {
                write!(f, "generation '{generation}': born_from is after born_to")
            }
            OverlappingGenerations { first, second } => write!(
                f,
                "generations '{first}' and '{second}' overlap: a birth year may belong to one generation only"
            ),
            UnknownGeneration { field, id } => {
                write!(f, "field '{field}': generation '{id}' is not one of the workshop's generations")
            }
            UnknownSkill { field, id } => {
                write!(f, "field '{field}': skill '{id}' is not one of the workshop's skills")
            }
            RatingOutOfRange { skill, rating, min, max } => {
                write!(f, "skill '{skill}' rating {rating} is outside {min}–{max}")
            }
            MissingRating { skill } => write!(f, "skill '{skill}' has no rating; every skill needs one"),
            NoGeneration => write!(f, "neither 'generation' nor 'birth_year' is given; one is needed"),
            BadBirthYear { year } => {
                write!(f, "birth year {year} falls in none of the workshop's generations")
            }
            GenerationMismatch { birth_year, generation, expected } => write!(
                f,
                "birth year {birth_year} belongs to generation '{expected}', but 'generation' says '{generation}'"
            ),
            BadTimestamp { field, value } => write!(
                f,
                "field '{field}': '{value}' is not a UTC time such as 2026-11-26T09:30:00Z"
            ),
            OtherWorkshop { expected, found } => write!(
                f,
                "this answers workshop '{found}', not the current workshop '{expected}'"
            ),
            SelfPair { field, id } => write!(f, "field '{field}': '{id}' cannot be paired with themself"),
            NestedFormat { field, expected, found } => {
                write!(f, "field '{field}': format is '{found}', expected '{expected}'")
            }
            BadSetting { field, reason } => write!(f, "setting '{field}': {reason}"),
            InResponse { index, participant, inner } => {
                write!(f, "responses[{index}] ('{participant}'): {inner}")
            }
        }
    }
}

impl std::error::Error for Invalid {}

pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

fn check_id(field: impl Into<String>, id: &str) -> Result<(), Invalid> {
    if is_valid_id(id) {
        Ok(())
    } else {
        Err(Invalid::BadId { field: field.into(), id: id.chars().take(80).collect() })
    }
}

fn check_label(field: impl Into<String>, text: &Text) -> Result<(), Invalid> {
    let field = field.into();
    if text.ja.trim().is_empty() && text.en.trim().is_empty() {
        return Err(Invalid::EmptyLabel { field });
    }
    if text.ja.chars().count() > MAX_NAME_CHARS * 2 || text.en.chars().count() > MAX_NAME_CHARS * 2 {
        return Err(Invalid::TooLong { field, max_chars: MAX_NAME_CHARS * 2 });
    }
    Ok(())
}

fn check_len(field: &str, text: &str, max_chars: usize) -> Result<(), Invalid> {
    if text.chars().count() > max_chars {
        Err(Invalid::TooLong { field: field.into(), max_chars })
    } else {
        Ok(())
    }
}

fn check_tag(field: &str, found: &str, kind: Kind) -> Result<(), Invalid> {
    let expected = kind.tag();
    if found == expected {
        Ok(())
    } else {
        Err(Invalid::NestedFormat { field: field.into(), expected, found: found.into() })
    }
}

/// Returns the first id that occurs twice.
fn first_duplicate<'a>(ids: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut seen = BTreeSet::new();
    ids.into_iter().find(|id| !seen.insert(*id))
}

/// `2026-11-26T09:30:00Z`, optionally with fractional seconds: UTC only, so that the
/// newer of two timestamps is also the greater string.
pub fn is_valid_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if b.len() < 20 || !b.ends_with(b"Z") {
        return false;
    }
    let shape = digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19);
    let fraction = &b[19..b.len() - 1];
    let fraction_ok = fraction.is_empty()
        || (fraction.len() >= 2 && fraction[0] == b'.' && fraction[1..].iter().all(u8::is_ascii_digit));
    if !shape || !fraction_ok {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(99);
    (1..=12).contains(&num(5..7))
        && (1..=31).contains(&num(8..10))
        && num(11..13) < 24
        && num(14..16) < 60
        && num(17..19) < 61
}

/// Checks a workshop on its own.
pub fn workshop(w: &Workshop) -> Result<(), Invalid> {
    check_tag("format", &w.format, Kind::Workshop)?;
    check_id("id", &w.id)?;
    check_label("title", &w.title)?;
    if w.languages.is_empty() {
        return Err(Invalid::EmptyList { field: "languages".into() });
    }
    if let Some(dup) = first_duplicate(w.languages.iter().map(|l| l.code())) {
        return Err(Invalid::DuplicateId { what: "language", id: dup.into() });
    }

    let scale = &w.scale;
    if scale.min >= scale.max {
        return Err(Invalid::BadScale { reason: format!("min {} must be below max {}", scale.min, scale.max) });
    }
    let points = usize::from(scale.max - scale.min) + 1;
    if points > MAX_SCALE_POINTS {
        return Err(Invalid::BadScale { reason: format!("at most {MAX_SCALE_POINTS} points are allowed, not {points}") });
    }
    if scale.labels.len() != points {
        return Err(Invalid::BadScale {
            reason: format!("{points} points need {points} labels, found {}", scale.labels.len()),
        });
    }
    for (i, label) in scale.labels.iter().enumerate() {
        check_label(format!("scale.labels[{i}]"), label)?;
    }

    if w.skills.is_empty() {
        return Err(Invalid::EmptyList { field: "skills".into() });
    }
    if w.skills.len() > MAX_SKILLS {
        return Err(Invalid::TooMany { field: "skills".into(), max: MAX_SKILLS });
    }
    for (i, skill) in w.skills.iter().enumerate() {
        check_id(format!("skills[{i}].id"), &skill.id)?;
        check_label(format!("skills[{i}].label"), &skill.label)?;
    }
    if let Some(dup) = first_duplicate(w.skills.iter().map(|s| s.id.as_str())) {
        return Err(Invalid::DuplicateId { what: "skill", id: dup.into() });
    }

    if w.generations.is_empty() {
        return Err(Invalid::EmptyList { field: "generations".into() });
    }
    for (i, g) in w.generations.iter().enumerate() {
        check_id(format!("generations[{i}].id"), &g.id)?;
        check_label(format!("generations[{i}].label"), &g.label)?;
        if let (Some(from), Some(to)) = (g.born_from, g.born_to) {
            if from > to {
                return Err(Invalid::BadYearRange { generation: g.id.clone() });
            }
        }
    }
    if let Some(dup) = first_duplicate(w.generations.iter().map(|g| g.id.as_str())) {
        return Err(Invalid::DuplicateId { what: "generation", id: dup.into() });
    }
    for (i, a) in w.generations.iter().enumerate() {
        for b in &w.generations[i + 1..] {
            let lo = a.born_from.unwrap_or(i32::MIN).max(b.born_from.unwrap_or(i32::MIN));
            let hi = a.born_to.unwrap_or(i32::MAX).min(b.born_to.unwrap_or(i32::MAX));
            if lo <= hi {
                return Err(Invalid::OverlappingGenerations { first: a.id.clone(), second: b.id.clone() });
            }
        }
    }

    for (i, d) in w.departments.iter().enumerate() {
        let field = format!("departments[{i}]");
        if d.trim().is_empty() {
            return Err(Invalid::EmptyField { field });
        }
        check_len(&field, d, MAX_NAME_CHARS)?;
    }
    if let Some(dup) = first_duplicate(w.departments.iter().map(String::as_str)) {
        return Err(Invalid::DuplicateId { what: "department", id: dup.into() });
    }

    let m = &w.matching;
    if !scale.contains(m.teach_threshold) {
        return Err(Invalid::BadSetting {
            field: "matching.teach_threshold".into(),
            reason: format!("{} is outside the scale {}–{}", m.teach_threshold, scale.min, scale.max),
        });
    }
    if m.mentor_capacity == 0 {
        return Err(Invalid::BadSetting { field: "matching.mentor_capacity".into(), reason: "must be at least 1".into() });
    }
    for (i, g) in m.mentor_generations.iter().enumerate() {
        if w.generation_index(g).is_none() {
            return Err(Invalid::UnknownGeneration { field: format!("matching.mentor_generations[{i}]"), id: g.clone() });
        }
    }
    for (name, list) in [("never_pair", &m.never_pair), ("locked_pairs", &m.locked_pairs)] {
        for (i, [a, b]) in list.iter().enumerate() {
            let field = format!("matching.{name}[{i}]");
            check_id(&field, a)?;
            check_id(&field, b)?;
            if a == b {
                return Err(Invalid::SelfPair { field, id: a.clone() });
            }
        }
    }
    Ok(())
}

/// Checks what can be checked of a response without its workshop.
pub fn response_alone(r: &Response) -> Result<(), Invalid> {
    check_tag("format", &r.format, Kind::Response)?;
    check_id("workshop_id", &r.workshop_id)?;
    check_id("participant_id", &r.participant_id)?;
    if r.name.trim().is_empty() {
        return Err(Invalid::EmptyField { field: "name".into() });
    }
    check_len("name", &r.name, MAX_NAME_CHARS)?;
    if let Some(d) = &r.department {
        check_len("department", d, MAX_NAME_CHARS)?;
    }
    if let Some(n) = &r.note {
        check_len("note", n, MAX_NOTE_CHARS)?;
    }
    match (&r.generation, r.birth_year) {
        (None, None) => return Err(Invalid::NoGeneration),
        (Some(g), _) => check_id("generation", g)?,
        _ => {}
    }
    if let Some(year) = r.birth_year {
        if !BIRTH_YEARS.contains(&year) {
            return Err(Invalid::BadBirthYear { year });
        }
    }
    if r.ratings.is_empty() {
        return Err(Invalid::EmptyList { field: "ratings".into() });
    }
    if r.ratings.len() > MAX_SKILLS {
        return Err(Invalid::TooMany { field: "ratings".into(), max: MAX_SKILLS });
    }
    for skill in r.ratings.keys() {
        check_id(format!("ratings.{skill}"), skill)?;
    }
    for (i, skill) in r.wants_to_learn.iter().enumerate() {
        if !r.ratings.contains_key(skill) {
            return Err(Invalid::UnknownSkill { field: format!("wants_to_learn[{i}]"), id: skill.clone() });
        }
    }
    if let Some(dup) = first_duplicate(r.wants_to_learn.iter().map(String::as_str)) {
        return Err(Invalid::DuplicateId { what: "wants_to_learn skill", id: dup.into() });
    }
    for (field, value) in [("created_at", &r.created_at), ("updated_at", &r.updated_at)] {
        if !is_valid_timestamp(value) {
            return Err(Invalid::BadTimestamp { field: field.into(), value: value.chars().take(40).collect() });
        }
    }
    Ok(())
}

/// Checks a response against the workshop it answers (after [`response_alone`]).
pub fn response_for(r: &Response, w: &Workshop) -> Result<(), Invalid> {
    response_alone(r)?;
    if r.workshop_id != w.id {
        return Err(Invalid::OtherWorkshop { expected: w.id.clone(), found: r.workshop_id.clone() });
    }
    for (skill, &rating) in &r.ratings {
        if w.skill(skill).is_none() {
            return Err(Invalid::UnknownSkill { field: format!("ratings.{skill}"), id: skill.clone() });
        }
        if !w.scale.contains(rating) {
            return Err(Invalid::RatingOutOfRange {
                skill: skill.clone(),
                rating,
                min: w.scale.min,
                max: w.scale.max,
            });
        }
    }
    if let Some(missing) = w.skills.iter().find(|s| !r.ratings.contains_key(&s.id)) {
        return Err(Invalid::MissingRating { skill: missing.id.clone() });
    }
    if let Some(g) = &r.generation {
        if w.generation_index(g).is_none() {
            return Err(Invalid::UnknownGeneration { field: "generation".into(), id: g.clone() });
        }
    }
    if let Some(year) = r.birth_year {
        let by_year = w.generation_for_birth_year(year).ok_or(Invalid::BadBirthYear { year })?;
        if let Some(g) = &r.generation {
            if *g != by_year.id {
                return Err(Invalid::GenerationMismatch {
                    birth_year: year,
                    generation: g.clone(),
                    expected: by_year.id.clone(),
                });
            }
        }
    }
    Ok(())
}

/// Checks a cohort: its workshop, each response against it, unique participants, and
/// that earlier rounds belong to this workshop.
pub fn cohort(c: &Cohort) -> Result<(), Invalid> {
    check_tag("format", &c.format, Kind::Cohort)?;
    workshop(&c.workshop).map_err(|inner| match inner {
        Invalid::NestedFormat { field, expected, found } => {
            Invalid::NestedFormat { field: format!("workshop.{field}"), expected, found }
        }
        other => other,
    })?;
    for (index, r) in c.responses.iter().enumerate() {
        response_for(r, &c.workshop).map_err(|inner| Invalid::InResponse {
            index,
            participant: r.participant_id.chars().take(80).collect(),
            inner: Box::new(inner),
        })?;
    }
    if let Some(dup) = first_duplicate(c.responses.iter().map(|r| r.participant_id.as_str())) {
        return Err(Invalid::DuplicateId { what: "participant", id: dup.into() });
    }
    for p in &c.rounds {
        pairing_alone(p)?;
        if p.workshop_id != c.workshop.id {
            return Err(Invalid::OtherWorkshop { expected: c.workshop.id.clone(), found: p.workshop_id.clone() });
        }
    }
    Ok(())
}

/// Checks a pairing on its own.
pub fn pairing_alone(p: &Pairing) -> Result<(), Invalid> {
    check_tag("format", &p.format, Kind::Pairing)?;
    check_id("workshop_id", &p.workshop_id)?;
    if p.round == 0 {
        return Err(Invalid::BadSetting { field: "round".into(), reason: "rounds count from 1".into() });
    }
    for (i, pair) in p.pairs.iter().enumerate() {
        let field = format!("pairs[{i}].members");
        if !(2..=3).contains(&pair.members.len()) {
            return Err(Invalid::BadSetting { field, reason: "a pair has 2 members (3 for a trio)".into() });
        }
        for id in &pair.members {
            check_id(&field, id)?;
        }
    }
    for (i, u) in p.unmatched.iter().enumerate() {
        check_id(format!("unmatched[{i}].participant_id"), &u.participant_id)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert!(is_valid_timestamp("2026-11-26T09:30:00Z"));
        assert!(is_valid_timestamp("2026-11-26T09:30:00.123Z"));
        assert!(!is_valid_timestamp("2026-11-26T09:30:00+09:00"));
        assert!(!is_valid_timestamp("2026-13-26T09:30:00Z"));
        assert!(!is_valid_timestamp("2026-11-26 09:30:00Z"));
        assert!(!is_valid_timestamp("2026-11-26T09:30:00.Z"));
        assert!(!is_valid_timestamp("２０２６-11-26T09:30:00Z"));
    }

    #[test]
    fn ids() {
        assert!(is_valid_id("ai_tools"));
        assert!(is_valid_id("p-3f9a.1"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("has space"));
        assert!(!is_valid_id("日本"));
        assert!(!is_valid_id(&"x".repeat(65)));
    }
}
