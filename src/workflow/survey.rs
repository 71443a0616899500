//! The participant's side: the survey form as typed ([`Draft`]), its checks in the
//! participant's language ([`Problem`]), its progress, and how a complete draft becomes a
//! [`Response`]. Pure: the participant id and the time are passed in. A follow-up
//! survey's form has its own draft ([`crate::workflow::followup`]), kept in the same
//! [`SurveyState`].

use crate::document::model::Kind;
use crate::document::model::{Response, Workshop};
use crate::document::validate::{
    fits, has_visible_text, BIRTH_YEARS, MAX_NAME_CHARS, MAX_NOTE_CHARS,
};
use crate::workflow::followup::FollowUpForm;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A participant's survey in progress (or submitted) in this browser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyState {
    pub workshop: Workshop,
    /// Stable for this participant: re-submitting replaces their earlier answers.
    pub participant_id: String,
    pub draft: Draft,
    /// When the answers were first submitted.
    #[serde(default)]
    pub created_at: Option<String>,
    /// The answers as last submitted; the hand-back screen shows them.
    #[serde(default)]
    pub submitted: Option<Response>,
    /// Showing the form again after a submission, to edit the answers.
    #[serde(default)]
    pub editing: bool,
    /// A shared laptop: submissions go into this browser's roster, then the form clears.
    #[serde(default)]
    pub kiosk: bool,
    /// A submission was attempted: show every problem, not only those of touched fields.
    #[serde(default)]
    pub attempted: bool,
    /// The follow-up survey's form (issue 11 §3), when `workshop` is the copy handed out
    /// for it (`workshop.followup`); `draft` and `submitted` are then unused. Left out of
    /// a first survey's record, which stays as earlier versions wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followup: Option<FollowUpForm>,
}

impl SurveyState {
    pub(crate) fn new(workshop: Workshop, participant_id: String, kiosk: bool) -> Self {
        SurveyState {
            participant_id,
            draft: Draft::default(),
            created_at: None,
            submitted: None,
            editing: false,
            kiosk,
            attempted: false,
            followup: workshop.followup.as_ref().map(|_| FollowUpForm::default()),
            workshop,
        }
    }

    /// Whether the hand-back screen (not the form) is showing.
    pub fn showing_hand_back(&self) -> bool {
        let followup_submitted = self
            .followup
            .as_ref()
            .is_some_and(|f| f.submitted.is_some());
        (self.submitted.is_some() || followup_submitted) && !self.editing
    }
}

/// How the participant states their generation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum GenerationInput {
    /// Chosen from the workshop's list.
    #[default]
    Choose,
    /// Derived from a birth year.
    BirthYear,
}

/// The survey form exactly as typed, saved as the participant types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub name: String,
    pub generation_input: GenerationInput,
    /// The chosen generation id (with [`GenerationInput::Choose`]).
    pub generation: Option<String>,
    /// The birth year as typed (full-width digits allowed).
    pub birth_year: String,
    pub department: String,
    pub ratings: BTreeMap<String, u8>,
    pub wants_to_learn: BTreeSet<String>,
    pub note: String,
}

/// One change to the form. Edits are applied to the current draft in the reducer, never
/// as a whole draft copied from the last render: two quick keystrokes in one frame (a
/// checkbox, then an arrow key in the next group) must both survive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftEdit {
    Name(String),
    GenerationInput(GenerationInput),
    Generation(Option<String>),
    BirthYear(String),
    Department(String),
    Rating { skill: String, rating: u8 },
    WantToLearn { skill: String, wanted: bool },
    Note(String),
}

/// Something the participant still has to fix, tied to the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NameMissing,
    NameTooLong,
    GenerationMissing,
    BirthYearNotANumber,
    /// A year outside every generation of the workshop (or outside 1900–2100).
    BirthYearOutOfRange,
    /// A skill without a rating (by skill id).
    RatingMissing(String),
    NoteTooLong,
    DepartmentTooLong,
}

impl Problem {
    /// The id of the form control the problem belongs to (for focus and `aria-describedby`).
    pub fn field_id(&self) -> String {
        match self {
            Problem::NameMissing | Problem::NameTooLong => "survey-name".into(),
            Problem::GenerationMissing => "survey-generation".into(),
            Problem::BirthYearNotANumber | Problem::BirthYearOutOfRange => {
                "survey-birth-year".into()
            }
            Problem::RatingMissing(skill) => format!("skill-{skill}"),
            Problem::NoteTooLong => "survey-note".into(),
            Problem::DepartmentTooLong => "survey-department".into(),
        }
    }
}

/// Turns full-width digits (１９９０) into ASCII and drops spaces and a trailing 年, so
/// that a Japanese IME's usual output is read as a year.
pub fn normalize_year(text: &str) -> String {
    crate::document::validate::normalize_number(text, '年')
}

impl Draft {
    pub fn apply(&mut self, edit: DraftEdit) {
        match edit {
            DraftEdit::Name(v) => self.name = v,
            DraftEdit::GenerationInput(v) => self.generation_input = v,
            DraftEdit::Generation(v) => self.generation = v,
            DraftEdit::BirthYear(v) => self.birth_year = v,
            DraftEdit::Department(v) => self.department = v,
            DraftEdit::Rating { skill, rating } => {
                self.ratings.insert(skill, rating);
            }
            DraftEdit::WantToLearn {
                skill,
                wanted: true,
            } => {
                self.wants_to_learn.insert(skill);
            }
            DraftEdit::WantToLearn {
                skill,
                wanted: false,
            } => {
                self.wants_to_learn.remove(&skill);
            }
            DraftEdit::Note(v) => self.note = v,
        }
    }

    /// The birth year, if one is typed and is a number.
    pub fn parsed_birth_year(&self) -> Option<i32> {
        normalize_year(&self.birth_year).parse().ok()
    }

    /// The generation id this draft resolves to, either chosen or from the birth year.
    pub fn generation_id<'w>(&'w self, w: &'w Workshop) -> Option<&'w str> {
        match self.generation_input {
            GenerationInput::Choose => self
                .generation
                .as_deref()
                .filter(|g| w.generation_index(g).is_some()),
            GenerationInput::BirthYear => {
                let year = self
                    .parsed_birth_year()
                    .filter(|y| BIRTH_YEARS.contains(y))?;
                w.generation_for_birth_year(year).map(|g| g.id.as_str())
            }
        }
    }

    /// Every problem, in the order of the form.
    pub fn problems(&self, w: &Workshop) -> Vec<Problem> {
        let mut problems = Vec::new();
        // The same rules as validate::response_alone: a name must show something, and
        // lengths count what a person sees.
        if !has_visible_text(&self.name) {
            problems.push(Problem::NameMissing);
        } else if !fits(self.name.trim(), MAX_NAME_CHARS) {
            problems.push(Problem::NameTooLong);
        }
        match self.generation_input {
            GenerationInput::Choose if self.generation_id(w).is_none() => {
                problems.push(Problem::GenerationMissing)
            }
            GenerationInput::BirthYear if self.birth_year.trim().is_empty() => {
                problems.push(Problem::GenerationMissing)
            }
            GenerationInput::BirthYear if self.parsed_birth_year().is_none() => {
                problems.push(Problem::BirthYearNotANumber)
            }
            GenerationInput::BirthYear if self.generation_id(w).is_none() => {
                problems.push(Problem::BirthYearOutOfRange)
            }
            _ => {}
        }
        if !fits(self.department.trim(), MAX_NAME_CHARS) {
            problems.push(Problem::DepartmentTooLong);
        }
        for skill in &w.skills {
            if !self
                .ratings
                .get(&skill.id)
                .is_some_and(|&r| w.scale.contains(r))
            {
                problems.push(Problem::RatingMissing(skill.id.clone()));
            }
        }
        if !fits(&self.note, MAX_NOTE_CHARS) {
            problems.push(Problem::NoteTooLong);
        }
        problems
    }

    /// (answered, total) over the required answers: name, generation, one rating per skill.
    pub fn progress(&self, w: &Workshop) -> (usize, usize) {
        let name = usize::from(has_visible_text(&self.name));
        let generation = usize::from(self.generation_id(w).is_some());
        let rated = w
            .skills
            .iter()
            .filter(|s| {
                self.ratings
                    .get(&s.id)
                    .is_some_and(|&r| w.scale.contains(r))
            })
            .count();
        (name + generation + rated, 2 + w.skills.len())
    }

    /// The response, if the draft has no problem. `created_at` is the first submission's
    /// time (kept when the participant edits and submits again).
    pub fn to_response(
        &self,
        w: &Workshop,
        participant_id: &str,
        created_at: Option<&str>,
        now: &str,
    ) -> Result<Response, Vec<Problem>> {
        let problems = self.problems(w);
        if !problems.is_empty() {
            return Err(problems);
        }
        let (generation, birth_year) = match self.generation_input {
            GenerationInput::Choose => (self.generation.clone(), None),
            GenerationInput::BirthYear => (None, self.parsed_birth_year()),
        };
        // A department or note that shows nothing is left out.
        let optional = |s: &str| Some(s.trim().to_owned()).filter(|s| has_visible_text(s));
        Ok(Response {
            format: Kind::Response.tag(),
            workshop_id: w.id.clone(),
            participant_id: participant_id.to_owned(),
            name: self.name.trim().to_owned(),
            generation,
            birth_year,
            department: optional(&self.department),
            ratings: w
                .skills
                .iter()
                .filter_map(|s| Some((s.id.clone(), *self.ratings.get(&s.id)?)))
                .collect(),
            wants_to_learn: w
                .skills
                .iter()
                .filter(|s| self.wants_to_learn.contains(&s.id))
                .map(|s| s.id.clone())
                .collect(),
            note: optional(&self.note),
            created_at: created_at.unwrap_or(now).to_owned(),
            updated_at: now.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::document::model::Lang;
    use crate::document::template::default_workshop;
    use crate::document::validate;

    fn complete(w: &Workshop) -> Draft {
        Draft {
            name: " 佐藤 花子 ".into(),
            generation_input: GenerationInput::BirthYear,
            birth_year: "１９９８年".into(),
            ratings: w.skills.iter().map(|s| (s.id.clone(), 3)).collect(),
            wants_to_learn: ["negotiation".to_owned()].into(),
            ..Draft::default()
        }
    }

    /// Issue 15, item 11: the form agrees with validation: an invisible name is missing,
    /// an invisible department is left out, and an emoji name counts as people see it.
    #[test]
    fn names_are_counted_as_people_see_them() {
        let w = default_workshop(Lang::Ja);
        let mut d = complete(&w);
        d.name = "\u{3000}\u{200b}".into();
        assert_eq!(d.problems(&w), vec![Problem::NameMissing]);
        d.name = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}".repeat(MAX_NAME_CHARS);
        d.department = "\u{200b}".into();
        assert!(d.problems(&w).is_empty());
        let r = d
            .to_response(&w, "p-1", None, "2026-11-26T09:30:00Z")
            .unwrap();
        assert_eq!(r.department, None);
        assert!(crate::document::validate::response_for(&r, &w).is_ok());
    }

    #[test]
    fn edits_apply_to_the_current_draft() {
        let mut d = Draft::default();
        d.apply(DraftEdit::Rating {
            skill: "ai_tools".into(),
            rating: 4,
        });
        d.apply(DraftEdit::WantToLearn {
            skill: "negotiation".into(),
            wanted: true,
        });
        d.apply(DraftEdit::Rating {
            skill: "negotiation".into(),
            rating: 2,
        });
        d.apply(DraftEdit::WantToLearn {
            skill: "negotiation".into(),
            wanted: false,
        });
        assert_eq!(d.ratings.len(), 2);
        assert!(d.wants_to_learn.is_empty());
    }

    #[test]
    fn full_width_birth_years_are_read() {
        assert_eq!(normalize_year("１９９８"), "1998");
        assert_eq!(normalize_year(" 1998 年"), "1998");
        let w = default_workshop(Lang::Ja);
        assert_eq!(complete(&w).generation_id(&w), Some("gen_z"));
    }

    #[test]
    fn an_empty_draft_lists_every_required_answer() {
        let w = default_workshop(Lang::En);
        let problems = Draft::default().problems(&w);
        assert_eq!(problems.len(), 2 + w.skills.len());
        assert_eq!(problems[0], Problem::NameMissing);
        assert_eq!(problems[1], Problem::GenerationMissing);
        assert_eq!(Draft::default().progress(&w), (0, 14));
    }

    #[test]
    fn progress_counts_answers() {
        let w = default_workshop(Lang::En);
        let mut d = Draft {
            name: "Ann".into(),
            ..Draft::default()
        };
        d.ratings.insert("ai_tools".into(), 4);
        assert_eq!(d.progress(&w), (2, 14));
        assert_eq!(complete(&w).progress(&w), (14, 14));
    }

    #[test]
    fn birth_year_problems_are_specific() {
        let w = default_workshop(Lang::En);
        let mut d = complete(&w);
        d.birth_year = "nineteen".into();
        assert!(d.problems(&w).contains(&Problem::BirthYearNotANumber));
        d.birth_year = "2030".into();
        assert!(d.problems(&w).contains(&Problem::BirthYearOutOfRange));
    }

    #[test]
    fn a_complete_draft_gives_a_valid_response_and_edits_keep_the_creation_time() {
        let w = default_workshop(Lang::Ja);
        let r = complete(&w)
            .to_response(&w, "p-1a2b3c4d", None, "2026-11-26T09:00:00Z")
            .unwrap();
        assert_eq!(validate::response_for(&r, &w), Ok(()));
        assert_eq!(
            (r.name.as_str(), r.birth_year, r.generation.as_deref()),
            ("佐藤 花子", Some(1998), None)
        );
        let mut again = complete(&w);
        again.note = "追記".into();
        let r2 = again
            .to_response(
                &w,
                &r.participant_id,
                Some(&r.created_at),
                "2026-11-26T09:10:00Z",
            )
            .unwrap();
        assert_eq!(
            (r2.created_at.as_str(), r2.updated_at.as_str()),
            ("2026-11-26T09:00:00Z", "2026-11-26T09:10:00Z")
        );
        assert_eq!(r2.participant_id, r.participant_id);
    }
}
