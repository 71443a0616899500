//! The state as earlier versions kept it: one document (`kakehashi/app-state@1`) in one
//! `localStorage` key, read once at start-up to move it into the records of
//! [`super::records`] (the migration), and never written over: the key stays as it was.
//!
//! [`load`] is the strict reader; [`salvage`] reads what it can, setting aside the parts
//! it cannot (a rating of 9, a language of `"fr"`) so one bad value does not hide the
//! whole session. Text that cannot be read at all (a newer version, corruption) is
//! [`Loaded::Unreadable`] with the raw text, which the shell keeps.

use super::recover::{self, Part, SetAside, Why};
use crate::document::formats::FormatError;
use crate::document::model::{Cohort, Lang, Workshop};
use crate::workflow::board::Board;
use crate::workflow::survey::SurveyState;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The storage key of the app state.
pub const STORAGE_KEY: &str = "kakehashi.state";
/// Prefix of the keys under which unreadable states are kept (followed by a time).
pub const BACKUP_KEY_PREFIX: &str = "kakehashi.unreadable.";
pub const STATE_FORMAT: &str = "kakehashi/app-state@1";

/// Everything the app remembers across reloads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredState {
    pub format: String,
    /// The UI language the user chose; `None` until they choose (then the browser's).
    #[serde(default)]
    pub lang: Option<Lang>,
    /// The facilitator's current session: the workshop and its collected responses.
    #[serde(default)]
    pub cohort: Option<Cohort>,
    /// Earlier workshops with their answers, kept when replaced.
    #[serde(default)]
    pub archive: Vec<Cohort>,
    /// A workshop being edited and not yet saved.
    #[serde(default)]
    pub workshop_draft: Option<Workshop>,
    /// The address participants open the app at, for share links.
    #[serde(default)]
    pub public_base: Option<String>,
    /// A participant's survey in progress in this browser.
    #[serde(default)]
    pub survey: Option<SurveyState>,
    /// The matching board: its settings and the current pairing.
    #[serde(default)]
    pub board: Board,
}

impl Default for StoredState {
    fn default() -> Self {
        StoredState {
            format: STATE_FORMAT.into(),
            lang: None,
            cohort: None,
            archive: Vec::new(),
            workshop_draft: None,
            public_base: None,
            survey: None,
            board: Board::default(),
        }
    }
}

/// The outcome of reading the stored text.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: a first visit.
    Fresh,
    Ok(StoredState),
    /// Something is stored but this version cannot read it; keep `raw` safe.
    Unreadable {
        raw: String,
        reason: String,
    },
}

pub fn load(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Fresh };
    let unreadable = |reason: String| Loaded::Unreadable {
        raw: raw.to_owned(),
        reason,
    };
    let value: serde_json::Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => return unreadable(e.to_string()),
    };
    match value.get("format").and_then(|f| f.as_str()) {
        Some(STATE_FORMAT) => {}
        other => return unreadable(format!("unknown stored format {other:?}")),
    }
    match serde_json::from_value::<StoredState>(value) {
        Ok(state) => match stored_problem(&state) {
            Some(problem) => unreadable(problem),
            None => Loaded::Ok(state),
        },
        Err(e) => unreadable(e.to_string()),
    }
}

/// Storage is outside input too: the cohorts and the survey's workshop must be valid.
fn stored_problem(state: &StoredState) -> Option<String> {
    let cohorts = state.cohort.iter().chain(&state.archive);
    for cohort in cohorts {
        if let Err(e) = crate::document::validate::cohort(cohort) {
            return Some(e.to_string());
        }
    }
    if let Some(survey) = &state.survey {
        if let Err(e) = crate::document::validate::workshop(&survey.workshop) {
            return Some(e.to_string());
        }
    }
    None
}

/// Reads what it can of a stored text: `Ok` with the parts set aside (and why) when the
/// text is an `app-state@1` document, even with broken parts; `Err` (the reason) when it
/// is not one at all.
pub fn salvage(raw: &str) -> Result<(StoredState, Vec<SetAside>), FormatError> {
    let value: Value = serde_json::from_str(raw).map_err(|e| FormatError::syntax(&e))?;
    match value.get("format").and_then(Value::as_str) {
        Some(STATE_FORMAT) => {}
        Some(other) => {
            return Err(FormatError::UnknownFormat {
                found: other.chars().take(80).collect(),
            })
        }
        None => return Err(FormatError::NoFormatTag),
    }
    if let Loaded::Ok(state) = load(Some(raw)) {
        return Ok((state, Vec::new()));
    }
    let mut aside = Vec::new();
    let field = |name: &str| value.get(name).filter(|v| !v.is_null());
    // A part that does not deserialise is set aside with serde's reason.
    fn part<T: serde::de::DeserializeOwned>(
        v: Option<&Value>,
        part: Part,
        aside: &mut Vec<SetAside>,
    ) -> Option<T> {
        let v = v?;
        match serde_json::from_value(v.clone()) {
            Ok(t) => Some(t),
            Err(e) => {
                let why = Why::Format(FormatError::shape(String::new(), &e));
                aside.push(SetAside { part, why });
                None
            }
        }
    }
    let lang = part(field("lang"), Part::Language, &mut aside);
    let cohort = field("cohort").and_then(|c| recover::cohort(c, Part::Cohort, &mut aside));
    let archive = field("archive")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(i, c)| recover::cohort(c, Part::Archived(i), &mut aside))
        .collect();
    let workshop_draft = part(field("workshop_draft"), Part::Draft, &mut aside);
    let public_base = part(
        field("public_base"),
        Part::Record("public_base".into()),
        &mut aside,
    );
    let survey: Option<SurveyState> =
        part(field("survey"), Part::Survey(String::new()), &mut aside);
    let survey = survey.filter(|s| match crate::document::validate::workshop(&s.workshop) {
        Ok(()) => true,
        Err(e) => {
            aside.push(SetAside {
                part: Part::Survey(s.workshop.id.clone()),
                why: e.into(),
            });
            false
        }
    });
    let board: Board = part(field("board"), Part::Board, &mut aside).unwrap_or_default();
    let state = StoredState {
        lang,
        cohort,
        archive,
        workshop_draft,
        public_base,
        survey,
        board,
        ..StoredState::default()
    };
    Ok((state, aside))
}

pub fn save(state: &StoredState) -> String {
    serde_json::to_string(state).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::model::Kind;
    use crate::document::template::default_workshop;

    #[test]
    fn a_saved_state_loads_back_equal() {
        let state = StoredState {
            lang: Some(Lang::Ja),
            cohort: Some(Cohort {
                format: Kind::Cohort.tag(),
                workshop: default_workshop(Lang::Ja),
                responses: vec![],
                rounds: vec![],
                pairing: None,
            }),
            ..StoredState::default()
        };
        assert_eq!(load(Some(&save(&state))), Loaded::Ok(state));
    }

    #[test]
    fn salvage_keeps_every_readable_part_and_says_what_it_set_aside() {
        let cohort = crate::demo::demo_cohort(5, 2, Lang::Ja, "2026-11-26T09:00:00Z");
        let state = StoredState {
            lang: Some(Lang::Ja),
            cohort: Some(cohort.clone()),
            ..StoredState::default()
        };
        let mut v: Value = serde_json::from_str(&save(&state)).unwrap();
        v["lang"] = "fr".into();
        v["cohort"]["responses"][1]["ratings"]["ai_tools"] = 9.into();
        let raw = v.to_string();
        assert!(
            matches!(load(Some(&raw)), Loaded::Unreadable { .. }),
            "the strict reader refuses it"
        );
        let (read, aside) = salvage(&raw).unwrap();
        assert_eq!(read.lang, None);
        let kept = read.cohort.unwrap();
        assert_eq!(kept.workshop, cohort.workshop);
        assert_eq!(kept.responses.len(), 4);
        let parts: Vec<&Part> = aside.iter().map(|a| &a.part).collect();
        assert_eq!(
            parts,
            [
                &Part::Language,
                &Part::Response {
                    index: 1,
                    name: Some(cohort.responses[1].name.clone())
                }
            ]
        );
        assert!(salvage("{not json").is_err());
        assert!(matches!(
            salvage(r#"{"format":"kakehashi/app-state@9"}"#),
            Err(FormatError::UnknownFormat { .. })
        ));
    }

    #[test]
    fn nothing_stored_is_a_first_visit() {
        assert_eq!(load(None), Loaded::Fresh);
    }

    #[test]
    fn unreadable_state_is_kept_not_dropped() {
        for raw in [
            "{not json",
            r#"{"format":"kakehashi/app-state@9"}"#,
            r#"{"format":"kakehashi/app-state@1","lang":"fr"}"#,
        ] {
            match load(Some(raw)) {
                Loaded::Unreadable { raw: kept, .. } => assert_eq!(kept, raw),
                other => panic!("{raw}: {other:?}"),
            }
        }
    }
}
