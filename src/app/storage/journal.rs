//! The journal of a page going away: when the page is hidden or unloaded, what its save
//! has not stored yet is written synchronously to `localStorage`; the next page to start
//! writes it into storage before reading. The rules are the core's
//! ([`crate::workflow::stored::journal`]).

use super::backend::{commit, put};
use super::Shared;
use crate::workflow::stored::journal::Journal;
use crate::workflow::stored::records;
use gloo::events::EventListener;

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
    let Some(window) = web_sys::window() else { return Vec::new() };
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
    let Some(state) = s.latest.clone().filter(|st| !s.stopped && !st.0.loading) else { return };
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

/// Writes every journal left by pages that went away into storage, then removes them. A
/// journal that cannot be written (storage refused it) is left for the next start.
pub(super) async fn replay(storage: &Shared) {
    let Some(local) = local() else { return };
    let keys: Vec<String> = (0..local.length().unwrap_or(0))
        .filter_map(|i| local.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for key in keys {
        let Some(journal) = local.get_item(&key).ok().flatten().and_then(|t| Journal::from_text(&t)) else {
            let _ = local.remove_item(&key);
            continue;
        };
        if put(storage, &journal.unversioned).await.is_err() {
            continue;
        }
        // A newer version stored meanwhile stands: the facilitator's part is then dropped.
        if commit(storage, journal.base, journal.versioned, journal.deletes).await.is_err() {
            continue;
        }
        let _ = local.remove_item(&key);
    }
}
