//! What the app keeps in browser storage between visits, as one versioned document
//! (`kakehashi/app-state@1`), and how a stored text is read back.
//!
//! Reading never loses data: text that cannot be read (a newer version, corruption) is
//! reported as [`Loaded::Unreadable`] with the raw text, so the shell can keep a backup
//! copy and tell the user, instead of overwriting it with a fresh state. Pure: the shell
//! does the actual storage I/O.

use crate::workflow::board::Board;
use crate::document::model::{Cohort, Lang, Workshop};
use crate::workflow::survey::SurveyState;
use serde::{Deserialize, Serialize};

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
    Unreadable { raw: String, reason: String },
}

pub fn load(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Fresh };
    let unreadable = |reason: String| Loaded::Unreadable { raw: raw.to_owned(), reason };
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
    fn nothing_stored_is_a_first_visit() {
        assert_eq!(load(None), Loaded::Fresh);
    }

    #[test]
    fn unreadable_state_is_kept_not_dropped() {
        for raw in ["{not json", r#"{"format":"kakehashi/app-state@9"}"#, r#"{"format":"kakehashi/app-state@1","lang":"fr"}"#] {
            match load(Some(raw)) {
                Loaded::Unreadable { raw: kept, .. } => assert_eq!(kept, raw),
                other => panic!("{raw}: {other:?}"),
            }
        }
    }
}
