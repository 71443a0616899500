//! The journal of a page going away: when the page is hidden or unloaded, what its save
//! has not stored yet is written synchronously to `localStorage`; the next page to start
//! writes it into storage before reading. The rules are the core's
//! ([`crate::workflow::stored::journal`]).

use super::backend::{commit, put};
use super::Shared;
use crate::app::state::AppAction;
use crate::document::model::Cohort;
use crate::workflow::session::Action;
use crate::workflow::stored::journal::{self, Journal};
use crate::workflow::stored::records::{self, META};
use gloo::events::EventListener;
use std::collections::BTreeMap;
use yew::Callback;

const PREFIX: &str = "kakehashi.journal.";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// This tab's journal key, unique to the page.
pub(super) fn new_key() -> String {
    format!("{PREFIX}{}", (js_sys::Math::random() * 1e15) as u64)
}

/// Writes the journal when the page is hidden (a tab switch, a closed laptop) or
/// unloaded (a reload, a closed tab).
pub(super) fn listen(storage: &Shared) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let on_hide = {
        let storage = storage.clone();
        EventListener::new(&window, "pagehide", move |_| keep(&storage))
    };
    let on_hidden = {
        let storage = storage.clone();
        let document = window.document();
        EventListener::new(&window, "visibilitychange", move |_| {
            if document.as_ref().is_some_and(|d| d.hidden()) {
                keep(&storage);
            }
        })
    };
    vec![on_hide, on_hidden]
}

/// Writes what is not stored yet to this tab's journal (or removes it: all is stored).
fn keep(storage: &Shared) {
    let s = storage.borrow();
    let Some(state) = s.latest.clone().filter(|st| !s.stopped && !st.0.loading) else {
        return;
    };
    let mut wanted = state.0.wanted();
    wanted.write_facilitator &= !s.read_only;
    let facilitator = wanted.write_facilitator;
    let plan = records::plan(&s.saved, wanted);
    let Some(local) = local() else { return };
    match Journal::of(&plan, facilitator) {
        // A journal too large for `localStorage` is refused: the save may still finish.
        Some(journal) => drop(local.set_item(&s.journal_key, &journal.to_text())),
        None => drop(local.remove_item(&s.journal_key)),
    }
}

/// Removes this tab's journal: everything in it is stored.
pub(super) fn clear(storage: &Shared) {
    if let Some(local) = local() {
        let _ = local.remove_item(&storage.borrow().journal_key);
    }
}

/// A journal left by a page that went away, which could not be written into storage.
pub(super) struct Left {
    pub key: String,
    pub journal: Journal,
    /// Storage refused the write (full, unavailable); else it came too late (another tab
    /// stored a newer version since).
    pub refused: bool,
}

/// Writes every journal left by pages that went away into storage, and removes those
/// written. Returns the others, for the load to show ([`Left::refused`]: read over what
/// is stored) or keep as a backup (too late); they are removed once that is stored.
pub(super) async fn replay(storage: &Shared) -> Vec<Left> {
    let Some(local) = local() else {
        return Vec::new();
    };
    let keys: Vec<String> = (0..local.length().unwrap_or(0))
        .filter_map(|i| local.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX) && *k != storage.borrow().journal_key)
        .collect();
    let mut left = Vec::new();
    for key in keys {
        let Some(journal) = local
            .get_item(&key)
            .ok()
            .flatten()
            .and_then(|t| Journal::from_text(&t))
        else {
            let _ = local.remove_item(&key);
            continue;
        };
        let written = match put(storage, &journal.unversioned).await {
            Ok(()) => {
                commit(
                    storage,
                    journal.base,
                    journal.versioned.clone(),
                    journal.deletes.clone(),
                )
                .await
            }
            Err(problem) => Err(problem),
        };
        match written {
            Ok(true) => drop(local.remove_item(&key)),
            Ok(false) => left.push(Left {
                key,
                journal,
                refused: false,
            }),
            Err(_) => left.push(Left {
                key,
                journal,
                refused: true,
            }),
        }
    }
    left
}

/// Removes journals whose content is now stored (or kept as a backup that is stored).
pub(super) fn remove(keys: &[String]) {
    if let Some(local) = local() {
        for key in keys {
            let _ = local.remove_item(key);
        }
    }
}

/// Journals read at start-up that are not stored yet: removed after the next save that
/// stores their content (read over the records, or kept as a backup).
#[derive(Default)]
pub(super) struct Leftovers {
    keys: Vec<String>,
    /// Sessions of journals that came too late, to keep as backups.
    unsaved: Vec<Cohort>,
}

/// Puts the journals storage refused over the records read (returning whether there
/// were any: the tab must then forget what it believes stored), and keeps the sessions
/// of those that came too late for [`keep_unsaved`].
pub(super) fn adopt(storage: &Shared, left: Vec<Left>, all: &mut BTreeMap<String, String>) -> bool {
    let stored = all.clone();
    let mut refused = false;
    let mut leftovers = Leftovers::default();
    for l in left {
        if l.refused {
            journal::overlay(all, &l.journal);
            refused = true;
        } else if let Some(session) = journal::unsaved_session(&stored, &l.journal) {
            leftovers.unsaved.push(session);
        }
        leftovers.keys.push(l.key);
    }
    storage.borrow_mut().leftovers = leftovers;
    refused
}

/// The stored version before any journal was put over the records.
pub(super) fn stored_version(all: &BTreeMap<String, String>) -> u64 {
    all.get(META).map_or(0, |m| records::version_of(m))
}

/// Keeps the sessions of journals that came too late as backups (with a notice).
pub(super) fn keep_unsaved(storage: &Shared, dispatch: &Callback<AppAction>) {
    let unsaved = std::mem::take(&mut storage.borrow_mut().leftovers.unsaved);
    for session in unsaved {
        dispatch.emit(AppAction::Do(Action::KeepUnsaved(session)));
    }
}

/// After a save that stored everything: the journals adopted at start-up are stored too.
pub(super) fn stored(storage: &Shared) {
    clear(storage);
    let keys = std::mem::take(&mut storage.borrow_mut().leftovers.keys);
    remove(&keys);
}
