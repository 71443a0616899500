//! The meaning checks of every document, after serde has checked its shape.
//!
//! A document that passes here can be trusted by the rest of the core: ids are unique
//! and well-formed, every rating lies on the scale, every skill is rated, every
//! generation is known. The checks return the first problem found as an [`Invalid`]
//! variant, which names the field and says what to change; for a workshop,
//! [`workshop_problems`] runs the same checks and collects every problem with its field
//! path, for the editor. Pure: no I/O, no clock.

use crate::document::model::Kind;
use crate::document::model::{
    Cohort, FollowUp, FollowUpSurvey, Generation, Pairing, Programme, Response, Text, Workshop,
    SATISFACTION,
};
use crate::document::programme::{self as plan, LocalDate, TimeOfDay};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

pub const MAX_ID_CHARS: usize = 64;
/// Names, departments (and, doubled, titles and labels): characters as a person counts
/// them ([`visible_length`]).
pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_NOTE_CHARS: usize = 2000;
/// The most code points one counted character may take on average: an emoji family is 7,
/// a flag 2. It bounds the bytes of a text whose length is counted as a person sees it
/// (a "character" stacked with a thousand combining marks is still one).
pub const MAX_CODE_POINTS_PER_CHAR: usize = 8;
pub const MAX_SKILLS: usize = 60;
pub const MAX_SCALE_POINTS: usize = 10;
pub const BIRTH_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;
/// The most mentees one mentor can take (reverse mode).
pub const MAX_MENTOR_CAPACITY: u32 = 50;
/// The largest minimum generation distance (more generations than any workshop has).
pub const MAX_MIN_GENERATION_DISTANCE: u32 = 10;

/// What kind of id or entry is listed twice ([`Invalid::DuplicateId`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdKind {
    Skill,
    Generation,
    Participant,
    /// A skill on a response's want-to-learn list.
    WantsToLearn,
    Department,
    Language,
    /// A pair's number in a pairing ([`crate::document::model::Pair::number`]).
    PairNumber,
}

/// A well-formed document whose content does not make sense. Each variant names the field
/// and says what to change; [`crate::i18n`] words it (and gives it its `Display`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Invalid {
    /// An id that is empty, too long or uses characters other than `A-Z a-z 0-9 _ - .`.
    BadId { field: String, id: String },
    /// Two entries share one id, or a department or language is listed twice.
    DuplicateId { what: IdKind, id: String },
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
    BadScale { problem: ScaleProblem },
    /// A generation's years run backwards.
    BadYearRange { generation: String },
    /// Two generations claim the same birth year.
    OverlappingGenerations { first: String, second: String },
    /// A reference to a generation id the workshop does not have.
    UnknownGeneration { field: String, id: String },
    /// A reference to a skill id the workshop does not have.
    UnknownSkill { field: String, id: String },
    /// A rating outside the workshop's scale.
    RatingOutOfRange {
        skill: String,
        rating: u8,
        min: u8,
        max: u8,
    },
    /// A skill of the workshop without a rating.
    MissingRating { skill: String },
    /// Neither generation nor birth year given.
    NoGeneration,
    /// A birth year outside [`BIRTH_YEARS`] or in no generation of the workshop.
    BadBirthYear { year: i32 },
    /// The birth year falls in another generation than the one given.
    GenerationMismatch {
        birth_year: i32,
        generation: String,
        expected: String,
    },
    /// A timestamp that is not RFC 3339 UTC, e.g. `2026-11-26T09:30:00Z`.
    BadTimestamp { field: String, value: String },
    /// The response (or pairing) belongs to another workshop: the workshop ids, and the
    /// current workshop's title, which is how people know it.
    OtherWorkshop {
        expected: String,
        found: String,
        #[serde(default)]
        title: Text,
    },
    /// A pair of participant ids that names one person twice.
    SelfPair { field: String, id: String },
    /// The format tag of a nested document does not match its place.
    NestedFormat {
        field: String,
        expected: String,
        found: String,
    },
    /// A setting outside its meaningful range.
    BadSetting {
        field: String,
        problem: SettingProblem,
    },
    /// A problem inside the response at `index` of a cohort.
    InResponse {
        index: usize,
        participant: String,
        inner: Box<Invalid>,
    },
    /// A problem inside the follow-up answers at `index` of a cohort.
    InFollowUp {
        index: usize,
        participant: String,
        inner: Box<Invalid>,
    },
    /// A reference to a participant id that the document does not list.
    UnknownParticipant { field: String, id: String },
    /// A text a person reads (a name, a department, a title or label) that is not empty
    /// but shows nothing: only spaces and invisible characters such as U+200B.
    Invisible { field: String },
    // ---- kickoff (issue 11): the programme after the match ----
    /// A setting of the workshop's `programme` that is out of its range or not a date,
    /// a time or a time zone.
    BadProgramme {
        field: String,
        problem: ProgrammeProblem,
    },
}

/// The numbers of a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProgrammeNumber {
    Meetings,
    IntervalWeeks,
    Minutes,
}

/// What is wrong with a programme setting ([`Invalid::BadProgramme`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProgrammeProblem {
    /// A number outside `min..=max`.
    OutsideRange {
        number: ProgrammeNumber,
        value: u32,
        min: u32,
        max: u32,
    },
    /// Not a real date `YYYY-MM-DD` between the years of [`plan::YEARS`].
    NotADate { value: String },
    /// Not a time of day `HH:MM`.
    NotATime { value: String },
    /// Not the name of a time zone (`Asia/Tokyo`).
    NotATimeZone { value: String },
}

impl std::error::Error for Invalid {}

/// What is wrong with a rating scale ([`Invalid::BadScale`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScaleProblem {
    MinNotBelowMax {
        min: u8,
        max: u8,
    },
    TooManyPoints {
        points: usize,
        max: usize,
    },
    /// Every point needs exactly one label.
    LabelCount {
        points: usize,
        labels: usize,
    },
}

/// Why a setting is out of its range ([`Invalid::BadSetting`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SettingProblem {
    /// A rating that must lie on the workshop's scale.
    OutsideScale { value: u8, min: u8, max: u8 },
    /// A count that must be 1 or more.
    BelowOne,
    /// A pairing's round number.
    RoundFromOne,
    /// A pair with other than 2 members (3 for a trio).
    PairSize,
    /// A number above its bound ([`MAX_MENTOR_CAPACITY`], [`MAX_MIN_GENERATION_DISTANCE`]).
    AboveMax { value: u32, max: u32 },
}

pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

fn check_id(field: impl Into<String>, id: &str) -> Result<(), Invalid> {
    if is_valid_id(id) {
        Ok(())
    } else {
        Err(Invalid::BadId {
            field: field.into(),
            id: id.chars().take(80).collect(),
        })
    }
}

/// Whether `c` shows nothing by itself: white space, controls, and the format
/// characters, fillers and selectors that render as nothing (zero-width space and
/// joiners, the bidirectional controls, the soft hyphen, the Hangul fillers, the blank
/// Braille pattern, variation selectors, tags).
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c,
            '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
            | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}'
            | '\u{2800}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}' | '\u{fff0}'..='\u{fff8}'
            | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

/// Full-width digits into ASCII, spaces (also the ideographic one) and `unit` dropped:
/// a number as a Japanese IME types it (`１９９０年`, `３回`).
pub fn normalize_number(text: &str, unit: char) -> String {
    text.chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            ' ' | '\u{3000}' => None,
            c if c == unit => None,
            c => Some(c),
        })
        .collect()
}

/// Whether a person sees anything of `text`: one character that is not [`is_invisible`].
pub fn has_visible_text(text: &str) -> bool {
    !text.chars().all(is_invisible)
}

/// How long `text` is to a person: its grapheme clusters (a flag, an emoji with its skin
/// tone, a letter with its accents, each is one).
pub fn visible_length(text: &str) -> usize {
    unicode_segmentation::UnicodeSegmentation::graphemes(text, true).count()
}

/// Whether `text` fits `max_chars` characters as a person counts them, and
/// [`MAX_CODE_POINTS_PER_CHAR`] times as many code points.
pub fn fits(text: &str, max_chars: usize) -> bool {
    text.chars().count() <= max_chars * MAX_CODE_POINTS_PER_CHAR
        && visible_length(text) <= max_chars
}

/// A text people read that may be left empty, but not filled with nothing visible.
fn check_shown(field: &str, text: &str, max_chars: usize) -> Result<(), Invalid> {
    if !text.trim().is_empty() && !has_visible_text(text) {
        return Err(Invalid::Invisible {
            field: field.into(),
        });
    }
    check_len(field, text, max_chars)
}

fn check_label(field: impl Into<String>, text: &Text) -> Result<(), Invalid> {
    let field = field.into();
    if !has_visible_text(&text.ja) && !has_visible_text(&text.en) {
        return Err(Invalid::EmptyLabel { field });
    }
    check_shown(&field, &text.ja, MAX_NAME_CHARS * 2)?;
    check_shown(&field, &text.en, MAX_NAME_CHARS * 2)
}

fn check_len(field: &str, text: &str, max_chars: usize) -> Result<(), Invalid> {
    if fits(text, max_chars) {
        Ok(())
    } else {
        Err(Invalid::TooLong {
            field: field.into(),
            max_chars,
        })
    }
}

fn check_tag(field: &str, found: &str, kind: Kind) -> Result<(), Invalid> {
    let expected = kind.tag();
    if found == expected {
        Ok(())
    } else {
        Err(Invalid::NestedFormat {
            field: field.into(),
            expected,
            found: found.into(),
        })
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
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
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
    // At most nanoseconds: a time is short, whatever it says.
    let fraction_ok = fraction.is_empty()
        || ((2..=10).contains(&fraction.len())
            && fraction[0] == b'.'
            && fraction[1..].iter().all(u8::is_ascii_digit));
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

/// One problem of a workshop and the field it belongs to (`skills[2].id`), so that an
/// editor can show it beside that field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// A path such as `title`, `skills[2].id`, `skills[2].label`, `generations[1].years`,
    /// `scale.labels[0]` or `matching.teach_threshold`.
    pub field: String,
    pub invalid: Invalid,
}

/// The most problems [`workshop_problems`] reports: enough for any editor, and a bound on
/// the work done for a hostile document (every pair of generations can overlap).
pub const MAX_REPORTED_PROBLEMS: usize = 200;

/// Collects problems up to a limit. [`workshop`] uses a limit of one, which makes it stop
/// at the first problem exactly as an early return would.
struct Found {
    problems: Vec<FieldProblem>,
    limit: usize,
}

impl Found {
    fn full(&self) -> bool {
        self.problems.len() >= self.limit
    }

    fn push(&mut self, field: impl Into<String>, invalid: Invalid) {
        if !self.full() {
            self.problems.push(FieldProblem {
                field: field.into(),
                invalid,
            });
        }
    }

    /// Records the error of a single-field check under `field`.
    fn check(&mut self, field: impl Into<String>, result: Result<(), Invalid>) {
        if let Err(invalid) = result {
            self.push(field, invalid);
        }
    }

    /// Reports every later occurrence of an id, and the first one with the second: the
    /// first report names the same id as [`first_duplicate`].
    fn duplicates<'a>(
        &mut self,
        what: IdKind,
        ids: impl IntoIterator<Item = &'a str>,
        field: impl Fn(usize) -> String,
    ) {
        let mut first_seen = std::collections::BTreeMap::new();
        let mut reported = BTreeSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            if self.full() {
                return;
            }
            match first_seen.get(id) {
                None => {
                    first_seen.insert(id, i);
                }
                Some(&first) => {
                    if reported.insert(id) {
                        self.push(
                            field(first),
                            Invalid::DuplicateId {
                                what,
                                id: id.into(),
                            },
                        );
                    }
                    self.push(
                        field(i),
                        Invalid::DuplicateId {
                            what,
                            id: id.into(),
                        },
                    );
                }
            }
        }
    }
}

/// Checks a workshop on its own: the first of [`workshop_problems`].
pub fn workshop(w: &Workshop) -> Result<(), Invalid> {
    let mut found = Found {
        problems: Vec::new(),
        limit: 1,
    };
    check_workshop(w, &mut found);
    match found.problems.pop() {
        Some(p) => Err(p.invalid),
        None => Ok(()),
    }
}

/// Every problem of a workshop (at most [`MAX_REPORTED_PROBLEMS`]), each with its field,
/// in the order [`workshop`] checks them. A duplicate id is reported at each of its
/// occurrences, two overlapping generations at both.
pub fn workshop_problems(w: &Workshop) -> Vec<FieldProblem> {
    let mut found = Found {
        problems: Vec::new(),
        limit: MAX_REPORTED_PROBLEMS,
    };
    check_workshop(w, &mut found);
    found.problems
}

/// The checks of a workshop, section by section. Within a section a check that depends on
/// an earlier one (the scale's label count on its bounds) runs only if that one passed.
fn check_workshop(w: &Workshop, found: &mut Found) {
    found.check("format", check_tag("format", &w.format, Kind::Workshop));
    found.check("id", check_id("id", &w.id));
    found.check("title", check_label("title", &w.title));
    if w.languages.is_empty() {
        found.push(
            "languages",
            Invalid::EmptyList {
                field: "languages".into(),
            },
        );
    }
    found.duplicates(
        IdKind::Language,
        w.languages.iter().map(|l| l.code()),
        |_| "languages".into(),
    );

    let scale = &w.scale;
    let points = usize::from(scale.max.saturating_sub(scale.min)) + 1;
    if scale.min >= scale.max {
        let problem = ScaleProblem::MinNotBelowMax {
            min: scale.min,
            max: scale.max,
        };
        found.push("scale", Invalid::BadScale { problem });
    } else if points > MAX_SCALE_POINTS {
        let problem = ScaleProblem::TooManyPoints {
            points,
            max: MAX_SCALE_POINTS,
        };
        found.push("scale", Invalid::BadScale { problem });
    } else if scale.labels.len() != points {
        let problem = ScaleProblem::LabelCount {
            points,
            labels: scale.labels.len(),
        };
        found.push("scale", Invalid::BadScale { problem });
    }
    for (i, label) in scale.labels.iter().enumerate() {
        if found.full() {
            return;
        }
        let field = format!("scale.labels[{i}]");
        found.check(field.clone(), check_label(field, label));
    }

    if w.skills.is_empty() {
        found.push(
            "skills",
            Invalid::EmptyList {
                field: "skills".into(),
            },
        );
    }
    if w.skills.len() > MAX_SKILLS {
        found.push(
            "skills",
            Invalid::TooMany {
                field: "skills".into(),
                max: MAX_SKILLS,
            },
        );
    }
    for (i, skill) in w.skills.iter().enumerate() {
        if found.full() {
            return;
        }
        let (id_field, label_field) = (format!("skills[{i}].id"), format!("skills[{i}].label"));
        found.check(id_field.clone(), check_id(id_field, &skill.id));
        found.check(label_field.clone(), check_label(label_field, &skill.label));
    }
    found.duplicates(IdKind::Skill, w.skills.iter().map(|s| s.id.as_str()), |i| {
        format!("skills[{i}].id")
    });

    if w.generations.is_empty() {
        found.push(
            "generations",
            Invalid::EmptyList {
                field: "generations".into(),
            },
        );
    }
    for (i, g) in w.generations.iter().enumerate() {
        if found.full() {
            return;
        }
        let (id_field, label_field) = (
            format!("generations[{i}].id"),
            format!("generations[{i}].label"),
        );
        found.check(id_field.clone(), check_id(id_field, &g.id));
        found.check(label_field.clone(), check_label(label_field, &g.label));
        if let (Some(from), Some(to)) = (g.born_from, g.born_to) {
            if from > to {
                found.push(
                    format!("generations[{i}].years"),
                    Invalid::BadYearRange {
                        generation: g.id.clone(),
                    },
                );
            }
        }
    }
    found.duplicates(
        IdKind::Generation,
        w.generations.iter().map(|g| g.id.as_str()),
        |i| format!("generations[{i}].id"),
    );
    // A range that runs backwards is reported above and overlaps nothing.
    let forwards =
        |g: &Generation| !matches!((g.born_from, g.born_to), (Some(from), Some(to)) if from > to);
    for (i, a) in w
        .generations
        .iter()
        .enumerate()
        .filter(|(_, g)| forwards(g))
    {
        for (j, b) in w
            .generations
            .iter()
            .enumerate()
            .skip(i + 1)
            .filter(|(_, g)| forwards(g))
        {
            if found.full() {
                return;
            }
            let lo = a
                .born_from
                .unwrap_or(i32::MIN)
                .max(b.born_from.unwrap_or(i32::MIN));
            let hi = a
                .born_to
                .unwrap_or(i32::MAX)
                .min(b.born_to.unwrap_or(i32::MAX));
            if lo <= hi {
                let overlap = Invalid::OverlappingGenerations {
                    first: a.id.clone(),
                    second: b.id.clone(),
                };
                found.push(format!("generations[{i}].years"), overlap.clone());
                found.push(format!("generations[{j}].years"), overlap);
            }
        }
    }

    for (i, d) in w.departments.iter().enumerate() {
        if found.full() {
            return;
        }
        let field = format!("departments[{i}]");
        if d.trim().is_empty() {
            found.push(field.clone(), Invalid::EmptyField { field });
        } else {
            found.check(field.clone(), check_shown(&field, d, MAX_NAME_CHARS));
        }
    }
    found.duplicates(
        IdKind::Department,
        w.departments.iter().map(String::as_str),
        |i| format!("departments[{i}]"),
    );
    if let Some(f) = &w.followup {
        check_followup_survey(f, found);
    }

    check_programme(&w.programme, found);

    let m = &w.matching;
    if !scale.contains(m.teach_threshold) {
        let field = "matching.teach_threshold";
        let problem = SettingProblem::OutsideScale {
            value: m.teach_threshold,
            min: scale.min,
            max: scale.max,
        };
        found.push(
            field,
            Invalid::BadSetting {
                field: field.into(),
                problem,
            },
        );
    }
    if m.mentor_capacity == 0 {
        let field = "matching.mentor_capacity";
        found.push(
            field,
            Invalid::BadSetting {
                field: field.into(),
                problem: SettingProblem::BelowOne,
            },
        );
    }
    // The same bounds as the board's fields (workflow::board clamps its edits to them).
    for (field, value, max) in [
        (
            "matching.mentor_capacity",
            m.mentor_capacity,
            MAX_MENTOR_CAPACITY,
        ),
        (
            "matching.min_generation_distance",
            m.min_generation_distance,
            MAX_MIN_GENERATION_DISTANCE,
        ),
    ] {
        if value > max {
            found.push(
                field,
                Invalid::BadSetting {
                    field: field.into(),
                    problem: SettingProblem::AboveMax { value, max },
                },
            );
        }
    }
    for (i, g) in m.mentor_generations.iter().enumerate() {
        if w.generation_index(g).is_none() {
            let field = format!("matching.mentor_generations[{i}]");
            found.push(
                field.clone(),
                Invalid::UnknownGeneration {
                    field,
                    id: g.clone(),
                },
            );
        }
    }
    for (name, list) in [
        ("never_pair", &m.never_pair),
        ("locked_pairs", &m.locked_pairs),
    ] {
        for (i, [a, b]) in list.iter().enumerate() {
            if found.full() {
                return;
            }
            let field = format!("matching.{name}[{i}]");
            found.check(field.clone(), check_id(&field, a));
            found.check(field.clone(), check_id(&field, b));
            if a == b {
                found.push(
                    field.clone(),
                    Invalid::SelfPair {
                        field,
                        id: a.clone(),
                    },
                );
            }
        }
    }
}

/// The most meetings a follow-up may say a pair held: a programme of weekly meetings for
/// two years.
pub const MAX_MEETINGS_HELD: u32 = 104;

/// The follow-up part of a handed-out workshop: a round, and people with valid, unique
/// ids and names, whose partners are among them.
fn check_followup_survey(f: &FollowUpSurvey, found: &mut Found) {
    if f.round == 0 {
        found.push(
            "followup.round",
            Invalid::BadSetting {
                field: "followup.round".into(),
                problem: SettingProblem::RoundFromOne,
            },
        );
    }
    if f.people.is_empty() {
        found.push(
            "followup.people",
            Invalid::EmptyList {
                field: "followup.people".into(),
            },
        );
    }
    for (i, p) in f.people.iter().enumerate() {
        if found.full() {
            return;
        }
        let (id_field, name_field) = (
            format!("followup.people[{i}].id"),
            format!("followup.people[{i}].name"),
        );
        found.check(id_field.clone(), check_id(id_field, &p.id));
        if p.name.trim().is_empty() {
            found.push(
                name_field.clone(),
                Invalid::EmptyField { field: name_field },
            );
        } else {
            found.check(
                name_field.clone(),
                check_shown(&name_field, &p.name, MAX_NAME_CHARS),
            );
        }
        for (j, partner) in p.partners.iter().enumerate() {
            let field = format!("followup.people[{i}].partners[{j}]");
            if partner == &p.id {
                found.push(
                    field.clone(),
                    Invalid::SelfPair {
                        field,
                        id: partner.clone(),
                    },
                );
            } else if f.person(partner).is_none() {
                found.push(
                    field.clone(),
                    Invalid::UnknownParticipant {
                        field,
                        id: partner.clone(),
                    },
                );
            }
        }
    }
    found.duplicates(
        IdKind::Participant,
        f.people.iter().map(|p| p.id.as_str()),
        |i| format!("followup.people[{i}].id"),
    );
}

/// Checks what can be checked of follow-up answers without their workshop.
pub fn followup_alone(f: &FollowUp) -> Result<(), Invalid> {
    check_tag("format", &f.format, Kind::FollowUp)?;
    check_id("workshop_id", &f.workshop_id)?;
    check_id("participant_id", &f.participant_id)?;
    if f.round == 0 {
        return Err(Invalid::BadSetting {
            field: "round".into(),
            problem: SettingProblem::RoundFromOne,
        });
    }
    if !SATISFACTION.contains(&f.satisfaction) {
        let problem = SettingProblem::OutsideScale {
            value: f.satisfaction,
            min: *SATISFACTION.start(),
            max: *SATISFACTION.end(),
        };
        return Err(Invalid::BadSetting {
            field: "satisfaction".into(),
            problem,
        });
    }
    if f.meetings_held > MAX_MEETINGS_HELD {
        let problem = SettingProblem::AboveMax {
            value: f.meetings_held,
            max: MAX_MEETINGS_HELD,
        };
        return Err(Invalid::BadSetting {
            field: "meetings_held".into(),
            problem,
        });
    }
    for (field, text) in [("went_well", &f.went_well), ("comment", &f.comment)] {
        if let Some(t) = text {
            check_len(field, t, MAX_NOTE_CHARS)?;
        }
    }
    if f.ratings.is_empty() {
        return Err(Invalid::EmptyList {
            field: "ratings".into(),
        });
    }
    if f.ratings.len() > MAX_SKILLS {
        return Err(Invalid::TooMany {
            field: "ratings".into(),
            max: MAX_SKILLS,
        });
    }
    for skill in f.ratings.keys() {
        check_id(format!("ratings.{skill}"), skill)?;
    }
    for (field, value) in [("created_at", &f.created_at), ("updated_at", &f.updated_at)] {
        if !is_valid_timestamp(value) {
            return Err(Invalid::BadTimestamp {
                field: field.into(),
                value: value.chars().take(40).collect(),
            });
        }
    }
    Ok(())
}

/// Checks follow-up answers against the workshop they answer (after [`followup_alone`]):
/// the same workshop, every skill rated on its scale. Whether the participant is one of
/// the cohort's is the importer's question ([`crate::transport`]).
pub fn followup_for(f: &FollowUp, w: &Workshop) -> Result<(), Invalid> {
    followup_alone(f)?;
    if f.workshop_id != w.id {
        return Err(Invalid::OtherWorkshop {
            expected: w.id.clone(),
            found: f.workshop_id.clone(),
            title: w.title.clone(),
        });
    }
    check_ratings(&f.ratings, w)
}

/// Every skill of `w` rated on its scale, and nothing else rated.
fn check_ratings(ratings: &BTreeMap<String, u8>, w: &Workshop) -> Result<(), Invalid> {
    for (skill, &rating) in ratings {
        if w.skill(skill).is_none() {
            return Err(Invalid::UnknownSkill {
                field: format!("ratings.{skill}"),
                id: skill.clone(),
            });
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
    match w.skills.iter().find(|s| !ratings.contains_key(&s.id)) {
        Some(missing) => Err(Invalid::MissingRating {
            skill: missing.id.clone(),
        }),
        None => Ok(()),
    }
}

/// The programme's bounds (issue 11), each problem at its own field.
fn check_programme(p: &Programme, found: &mut Found) {
    for (name, number, value, range) in [
        (
            "meetings",
            ProgrammeNumber::Meetings,
            p.meetings,
            plan::MEETINGS,
        ),
        (
            "interval_weeks",
            ProgrammeNumber::IntervalWeeks,
            p.interval_weeks,
            plan::INTERVAL_WEEKS,
        ),
        (
            "minutes",
            ProgrammeNumber::Minutes,
            p.minutes,
            plan::MINUTES,
        ),
    ] {
        if !range.contains(&value) {
            let field = format!("programme.{name}");
            let problem = ProgrammeProblem::OutsideRange {
                number,
                value,
                min: *range.start(),
                max: *range.end(),
            };
            found.push(field.clone(), Invalid::BadProgramme { field, problem });
        }
    }
    let shown = |text: &str| text.chars().take(40).collect::<String>();
    if let Some(date) = p
        .starts_on
        .as_deref()
        .filter(|d| LocalDate::parse(d).is_none())
    {
        let field = "programme.starts_on";
        found.push(
            field,
            Invalid::BadProgramme {
                field: field.into(),
                problem: ProgrammeProblem::NotADate { value: shown(date) },
            },
        );
    }
    if TimeOfDay::parse(&p.time).is_none() {
        let field = "programme.time";
        found.push(
            field,
            Invalid::BadProgramme {
                field: field.into(),
                problem: ProgrammeProblem::NotATime {
                    value: shown(&p.time),
                },
            },
        );
    }
    found.check(
        "programme.place",
        check_shown("programme.place", &p.place, plan::MAX_PLACE_CHARS),
    );
    if !plan::is_time_zone_name(&p.time_zone) {
        let field = "programme.time_zone";
        let problem = ProgrammeProblem::NotATimeZone {
            value: shown(&p.time_zone),
        };
        found.push(
            field,
            Invalid::BadProgramme {
                field: field.into(),
                problem,
            },
        );
    }
}

/// Checks what can be checked of a response without its workshop.
pub fn response_alone(r: &Response) -> Result<(), Invalid> {
    check_tag("format", &r.format, Kind::Response)?;
    check_id("workshop_id", &r.workshop_id)?;
    check_id("participant_id", &r.participant_id)?;
    if r.name.trim().is_empty() {
        return Err(Invalid::EmptyField {
            field: "name".into(),
        });
    }
    check_shown("name", &r.name, MAX_NAME_CHARS)?;
    if let Some(d) = &r.department {
        check_shown("department", d, MAX_NAME_CHARS)?;
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
        return Err(Invalid::EmptyList {
            field: "ratings".into(),
        });
    }
    if r.ratings.len() > MAX_SKILLS {
        return Err(Invalid::TooMany {
            field: "ratings".into(),
            max: MAX_SKILLS,
        });
    }
    for skill in r.ratings.keys() {
        check_id(format!("ratings.{skill}"), skill)?;
    }
    for (i, skill) in r.wants_to_learn.iter().enumerate() {
        if !r.ratings.contains_key(skill) {
            return Err(Invalid::UnknownSkill {
                field: format!("wants_to_learn[{i}]"),
                id: skill.clone(),
            });
        }
    }
    if let Some(dup) = first_duplicate(r.wants_to_learn.iter().map(String::as_str)) {
        return Err(Invalid::DuplicateId {
            what: IdKind::WantsToLearn,
            id: dup.into(),
        });
    }
    for (field, value) in [("created_at", &r.created_at), ("updated_at", &r.updated_at)] {
        if !is_valid_timestamp(value) {
            return Err(Invalid::BadTimestamp {
                field: field.into(),
                value: value.chars().take(40).collect(),
            });
        }
    }
    Ok(())
}

/// Checks a response against the workshop it answers (after [`response_alone`]).
pub fn response_for(r: &Response, w: &Workshop) -> Result<(), Invalid> {
    response_alone(r)?;
    if r.workshop_id != w.id {
        return Err(Invalid::OtherWorkshop {
            expected: w.id.clone(),
            found: r.workshop_id.clone(),
            title: w.title.clone(),
        });
    }
    check_ratings(&r.ratings, w)?;
    if let Some(g) = &r.generation {
        if w.generation_index(g).is_none() {
            return Err(Invalid::UnknownGeneration {
                field: "generation".into(),
                id: g.clone(),
            });
        }
    }
    if let Some(year) = r.birth_year {
        let by_year = w
            .generation_for_birth_year(year)
            .ok_or(Invalid::BadBirthYear { year })?;
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
        Invalid::NestedFormat {
            field,
            expected,
            found,
        } => Invalid::NestedFormat {
            field: format!("workshop.{field}"),
            expected,
            found,
        },
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
        return Err(Invalid::DuplicateId {
            what: IdKind::Participant,
            id: dup.into(),
        });
    }
    for (index, f) in c.followups.iter().enumerate() {
        followup_for(f, &c.workshop).map_err(|inner| Invalid::InFollowUp {
            index,
            participant: f.participant_id.chars().take(80).collect(),
            inner: Box::new(inner),
        })?;
    }
    if let Some(dup) = first_duplicate(c.followups.iter().map(|f| f.participant_id.as_str())) {
        return Err(Invalid::DuplicateId {
            what: IdKind::Participant,
            id: dup.into(),
        });
    }
    for p in c.rounds.iter().chain(&c.pairing) {
        pairing_alone(p)?;
        if p.workshop_id != c.workshop.id {
            return Err(Invalid::OtherWorkshop {
                expected: c.workshop.id.clone(),
                found: p.workshop_id.clone(),
                title: c.workshop.title.clone(),
            });
        }
    }
    Ok(())
}

/// Checks a pairing on its own.
pub fn pairing_alone(p: &Pairing) -> Result<(), Invalid> {
    check_tag("format", &p.format, Kind::Pairing)?;
    check_id("workshop_id", &p.workshop_id)?;
    if p.round == 0 {
        return Err(Invalid::BadSetting {
            field: "round".into(),
            problem: SettingProblem::RoundFromOne,
        });
    }
    for (i, pair) in p.pairs.iter().enumerate() {
        let field = format!("pairs[{i}].members");
        if !(2..=3).contains(&pair.members.len()) {
            return Err(Invalid::BadSetting {
                field,
                problem: SettingProblem::PairSize,
            });
        }
        for id in &pair.members {
            check_id(&field, id)?;
        }
    }
    let numbers: Vec<String> = p.pairs.iter().map(|pair| pair.number.to_string()).collect();
    if let Some(dup) = first_duplicate(numbers.iter().map(String::as_str)) {
        return Err(Invalid::DuplicateId {
            what: IdKind::PairNumber,
            id: dup.into(),
        });
    }
    for (i, u) in p.unmatched.iter().enumerate() {
        check_id(format!("unmatched[{i}].participant_id"), &u.participant_id)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn followup(w: &Workshop) -> FollowUp {
        FollowUp {
            format: Kind::FollowUp.tag(),
            workshop_id: w.id.clone(),
            participant_id: "p-1".into(),
            round: 1,
            meetings_held: 5,
            satisfaction: 4,
            wants_new_partner: false,
            ratings: w.skills.iter().map(|s| (s.id.clone(), 3)).collect(),
            went_well: None,
            comment: None,
            created_at: "2026-11-26T09:30:00Z".into(),
            updated_at: "2026-11-26T09:30:00Z".into(),
        }
    }

    #[test]
    fn follow_up_answers_are_checked_against_their_workshop() {
        use crate::document::model::Lang;
        let w = crate::document::template::default_workshop(Lang::En);
        assert_eq!(followup_for(&followup(&w), &w), Ok(()));
        let satisfied = |s| FollowUp {
            satisfaction: s,
            ..followup(&w)
        };
        assert!(
            matches!(followup_for(&satisfied(0), &w), Err(Invalid::BadSetting { field, .. }) if field == "satisfaction")
        );
        assert!(matches!(
            followup_for(&satisfied(6), &w),
            Err(Invalid::BadSetting { .. })
        ));
        let elsewhere = FollowUp {
            workshop_id: "other".into(),
            ..followup(&w)
        };
        assert!(matches!(
            followup_for(&elsewhere, &w),
            Err(Invalid::OtherWorkshop { .. })
        ));
        let mut unrated = followup(&w);
        unrated.ratings.remove("negotiation");
        assert_eq!(
            followup_for(&unrated, &w),
            Err(Invalid::MissingRating {
                skill: "negotiation".into()
            })
        );
        let many = FollowUp {
            meetings_held: MAX_MEETINGS_HELD + 1,
            ..followup(&w)
        };
        assert!(
            matches!(followup_alone(&many), Err(Invalid::BadSetting { field, .. }) if field == "meetings_held")
        );
    }

    #[test]
    fn a_follow_up_survey_names_partners_among_its_people() {
        use crate::document::model::{FollowUpPerson, Lang};
        let mut w = crate::document::template::default_workshop(Lang::En);
        let person = |id: &str, partner: &str| FollowUpPerson {
            id: id.into(),
            name: id.into(),
            partners: vec![partner.into()],
        };
        w.followup = Some(FollowUpSurvey {
            round: 1,
            people: vec![person("a", "b"), person("b", "a")],
        });
        assert_eq!(workshop(&w), Ok(()));
        w.followup = Some(FollowUpSurvey {
            round: 1,
            people: vec![person("a", "c"), person("b", "a")],
        });
        assert_eq!(
            workshop(&w),
            Err(Invalid::UnknownParticipant {
                field: "followup.people[0].partners[0]".into(),
                id: "c".into()
            })
        );
        w.followup = Some(FollowUpSurvey {
            round: 0,
            people: vec![person("a", "b"), person("b", "a")],
        });
        assert!(matches!(workshop(&w), Err(Invalid::BadSetting { .. })));
    }

    #[test]
    fn timestamps() {
        assert!(is_valid_timestamp("2026-11-26T09:30:00Z"));
        assert!(is_valid_timestamp("2026-11-26T09:30:00.123Z"));
        assert!(!is_valid_timestamp("2026-11-26T09:30:00+09:00"));
        assert!(!is_valid_timestamp("2026-13-26T09:30:00Z"));
        assert!(!is_valid_timestamp("2026-11-26 09:30:00Z"));
        assert!(!is_valid_timestamp("2026-11-26T09:30:00.Z"));
        assert!(!is_valid_timestamp("２０２６-11-26T09:30:00Z"));
        assert!(is_valid_timestamp("2026-11-26T09:30:00.123456789Z"));
        assert!(
            !is_valid_timestamp("2026-11-26T09:30:00.1234567890Z"),
            "at most nanoseconds"
        );
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

    /// Issue 11: the programme's bounds, each reported at its own field.
    #[test]
    fn the_programme_is_checked_field_by_field() {
        use crate::document::template::default_workshop;
        let mut w = default_workshop(crate::document::model::Lang::Ja);
        assert_eq!(workshop(&w), Ok(()));
        w.programme = Programme {
            meetings: 25,
            interval_weeks: 0,
            minutes: 10,
            starts_on: Some("2027-02-30".into()),
            time: "25:00".into(),
            place: "x".repeat(201),
            time_zone: "Tokyo time".into(),
        };
        let fields: Vec<(String, Invalid)> = workshop_problems(&w)
            .into_iter()
            .map(|p| (p.field, p.invalid))
            .collect();
        let bad = |field: &str, problem| {
            (
                field.to_owned(),
                Invalid::BadProgramme {
                    field: field.into(),
                    problem,
                },
            )
        };
        use ProgrammeProblem::*;
        assert_eq!(
            fields,
            [
                bad(
                    "programme.meetings",
                    OutsideRange {
                        number: ProgrammeNumber::Meetings,
                        value: 25,
                        min: 1,
                        max: 24
                    }
                ),
                bad(
                    "programme.interval_weeks",
                    OutsideRange {
                        number: ProgrammeNumber::IntervalWeeks,
                        value: 0,
                        min: 1,
                        max: 26
                    }
                ),
                bad(
                    "programme.minutes",
                    OutsideRange {
                        number: ProgrammeNumber::Minutes,
                        value: 10,
                        min: 15,
                        max: 240
                    }
                ),
                bad(
                    "programme.starts_on",
                    NotADate {
                        value: "2027-02-30".into()
                    }
                ),
                bad(
                    "programme.time",
                    NotATime {
                        value: "25:00".into()
                    }
                ),
                (
                    "programme.place".into(),
                    Invalid::TooLong {
                        field: "programme.place".into(),
                        max_chars: 200
                    }
                ),
                bad(
                    "programme.time_zone",
                    NotATimeZone {
                        value: "Tokyo time".into()
                    }
                ),
            ]
        );
        w.programme = Programme {
            starts_on: Some("2027-01-15".into()),
            place: "本社 5F 会議室A".into(),
            ..Programme::default()
        };
        assert_eq!(workshop(&w), Ok(()));
    }
}
