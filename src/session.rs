//! The facilitator's session as a state machine: the state the app shows and keeps
//! ([`Session`]), the user's intents ([`Action`]) and how each changes the state
//! ([`Session::apply`]). The Yew shell wraps this in its reducer and only renders it.
//!
//! Pure, like the rest of the core: the shell passes in what it read from the browser
//! (stored text, the browser's language) and persists [`Session::to_stored`].

use crate::formats::Kind;
use crate::model::{Cohort, Lang};
use crate::stored::{Loaded, StoredState};
use crate::template::{workshop_with_preset, GenerationPreset};

/// A one-line message shown above the page until dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    WorkshopReplaced,
    WorkshopRestored,
    /// Stored data could not be read; it was kept under a backup key.
    StorageUnreadable,
    /// Saving failed: work will not survive a reload.
    StorageUnavailable,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub lang: Lang,
    /// Whether the user picked the language (else it follows the browser's).
    pub lang_chosen: bool,
    pub cohort: Option<Cohort>,
    /// What the last destructive action replaced, for one step of undo.
    pub undo: Option<Option<Cohort>>,
    pub notice: Option<Notice>,
}

/// Everything the user can do to the session.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLang(Lang),
    /// Replace the current workshop (if any) with the built-in template.
    StartFromTemplate(GenerationPreset),
    /// Undo the last destructive action.
    Undo,
    DismissNotice,
    /// The shell could not save to storage.
    StorageFailed,
}

impl Session {
    /// The session at start-up, from what storage held and the browser's language.
    pub fn restore(loaded: Loaded, browser_lang: Lang) -> Session {
        let fresh = Session { lang: browser_lang, lang_chosen: false, cohort: None, undo: None, notice: None };
        match loaded {
            Loaded::Fresh => fresh,
            Loaded::Ok(state) => Session {
                lang: state.lang.unwrap_or(browser_lang),
                lang_chosen: state.lang.is_some(),
                cohort: state.cohort,
                ..fresh
            },
            Loaded::Unreadable { .. } => Session { notice: Some(Notice::StorageUnreadable), ..fresh },
        }
    }

    pub fn to_stored(&self) -> StoredState {
        StoredState {
            lang: self.lang_chosen.then_some(self.lang),
            cohort: self.cohort.clone(),
            ..StoredState::default()
        }
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => {
                self.lang = lang;
                self.lang_chosen = true;
            }
            Action::StartFromTemplate(preset) => {
                let workshop = workshop_with_preset(preset);
                let cohort = Cohort { format: Kind::Cohort.tag(), workshop, responses: Vec::new(), rounds: Vec::new() };
                let previous = self.cohort.replace(cohort);
                self.notice = previous.is_some().then_some(Notice::WorkshopReplaced);
                self.undo = previous.map(Some);
            }
            Action::Undo => {
                if let Some(previous) = self.undo.take() {
                    self.cohort = previous;
                    self.notice = Some(Notice::WorkshopRestored);
                }
            }
            Action::DismissNotice => {
                self.notice = None;
                self.undo = None;
            }
            Action::StorageFailed => self.notice = Some(Notice::StorageUnavailable),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored::{load, save};

    fn session() -> Session {
        Session::restore(Loaded::Fresh, Lang::En)
    }

    #[test]
    fn language_follows_the_browser_until_chosen_and_is_kept() {
        let mut s = session();
        assert_eq!(s.to_stored().lang, None);
        s.apply(Action::SetLang(Lang::Ja));
        let reloaded = Session::restore(load(Some(&save(&s.to_stored()))), Lang::En);
        assert_eq!((reloaded.lang, reloaded.lang_chosen), (Lang::Ja, true));
    }

    #[test]
    fn replacing_a_workshop_can_be_undone() {
        let mut s = session();
        s.apply(Action::StartFromTemplate(GenerationPreset::International));
        assert_eq!(s.notice, None, "a first workshop replaces nothing");
        let first = s.cohort.clone();
        s.apply(Action::StartFromTemplate(GenerationPreset::Japanese));
        assert_eq!(s.notice, Some(Notice::WorkshopReplaced));
        assert_ne!(s.cohort, first);
        s.apply(Action::Undo);
        assert_eq!(s.cohort, first);
        assert_eq!(s.notice, Some(Notice::WorkshopRestored));
    }

    #[test]
    fn unreadable_storage_starts_fresh_with_a_notice() {
        let s = Session::restore(load(Some("{broken")), Lang::Ja);
        assert_eq!((s.cohort.clone(), s.notice, s.lang), (None, Some(Notice::StorageUnreadable), Lang::Ja));
    }
}
