//! Surveys a page is opened on: a share link's workshop code in the address, or the
//! workshop in a survey file's slot. Each is read once, through an action.

use super::{browser, AppAction, AppState, Route};
use crate::transport::codes;
use crate::transport::survey_file;
use crate::workflow::session::Action;
use yew::prelude::*;

/// If the fragment carries a workshop code, opens that survey (or reports the broken
/// link) and drops the code from the address bar, so a reload keeps the draft instead
/// of re-reading the link.
pub fn open_linked_survey(state: &UseReducerHandle<AppState>) {
    let fragment = browser::current_fragment();
    let Some(code) = codes::code_in_fragment(&fragment) else {
        return;
    };
    state.dispatch(AppAction::Do(Action::OpenLink {
        code: code.to_owned(),
        participant_id: browser::new_participant_id(),
    }));
    browser::replace_fragment(Route::Survey.fragment());
}

/// A survey file for participants (the single file with a workshop in its slot) opens
/// that workshop's survey, keeping a draft already begun. The page goes to the survey
/// when it was opened without a view in its address (a double-click), not on a reload
/// of another view; returns whether it did.
pub fn open_embedded_survey(state: &UseReducerHandle<AppState>) -> bool {
    let Some(slot) = browser::survey_file_slot().filter(|text| !text.trim().is_empty()) else {
        return false;
    };
    let readable = survey_file::read_slot(&slot).is_ok();
    state.dispatch(AppAction::Do(Action::OpenEmbeddedSurvey {
        slot,
        participant_id: browser::new_participant_id(),
    }));
    let fresh_open = readable && browser::current_fragment().is_empty();
    if fresh_open {
        browser::replace_fragment(Route::Survey.fragment());
    }
    fresh_open
}
