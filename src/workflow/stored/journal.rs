//! What a page that is going away has not stored yet.
//!
//! IndexedDB writes are asynchronous: a participant who picks an answer and reloads at
//! once (or closes the laptop) may leave before the write is done. So when the page is
//! hidden or unloaded, the shell writes what its save would write, synchronously, to a
//! journal (a `localStorage` entry of its own), and the next page to start — a reload of
//! this one or any other tab — writes the journal into storage before it reads. Replaying
//! follows the store's own rules: survey drafts and the language always; the facilitator's
//! records only if storage still holds the version they were planned on. Nothing in a
//! journal is ever dropped: if storage refuses it (full), the next page shows it read over
//! the stored records ([`overlay`]) and its next save writes it all; if another tab stored
//! a newer version since, the journal's session is kept as a backup ([`unsaved_session`]).
//! Replaying twice, or after the page's own save completed after all, changes nothing.

use super::records::{self, MemoryStore, Plan};
use crate::document::model::Cohort;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format of a journal entry.
pub const FORMAT: &str = "kakehashi/journal@1";

/// A plan written out in full: what to write, and against which version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journal {
    pub format: String,
    /// The version the facilitator's records were planned on.
    pub base: u64,
    /// Records written whatever the version (survey drafts, the language).
    pub unversioned: Vec<(String, String)>,
    /// The facilitator's records, `meta` last.
    pub versioned: Vec<(String, String)>,
    pub deletes: Vec<String>,
}

impl Journal {
    /// The journal of a plan not yet stored; `None` when it writes nothing. With
    /// `facilitator: false` (a participant's tab, or a state that could not be read) only
    /// the unversioned records are kept.
    pub fn of(plan: &Plan, facilitator: bool) -> Option<Journal> {
        let texts = |ws: &[super::records::Write]| {
            ws.iter()
                .map(|w| (w.key.clone(), w.text()))
                .collect::<Vec<_>>()
        };
        let journal = Journal {
            format: FORMAT.into(),
            base: plan.base,
            unversioned: texts(&plan.unversioned),
            versioned: if facilitator {
                texts(&plan.versioned)
            } else {
                Vec::new()
            },
            deletes: if facilitator {
                plan.deletes.clone()
            } else {
                Vec::new()
            },
        };
        (!journal.is_empty()).then_some(journal)
    }

    pub fn is_empty(&self) -> bool {
        self.unversioned.is_empty() && self.versioned.is_empty() && self.deletes.is_empty()
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A journal read back; `None` for anything else (it is then left alone).
    pub fn from_text(text: &str) -> Option<Journal> {
        serde_json::from_str::<Journal>(text)
            .ok()
            .filter(|j| j.format == FORMAT)
    }

    /// Whether the facilitator's part applies to a store at `stored` version.
    pub fn applies_to(&self, stored: u64) -> bool {
        stored == self.base
    }
}

impl MemoryStore {
    /// Replays a journal as the shell does: the unversioned records always, the
    /// facilitator's only against the version they were planned on. Returns whether the
    /// facilitator's part was written.
    pub fn replay(&mut self, journal: &Journal) -> bool {
        for (k, v) in &journal.unversioned {
            self.records.insert(k.clone(), v.clone());
        }
        if journal.versioned.is_empty() && journal.deletes.is_empty()
            || !journal.applies_to(self.version())
        {
            return false;
        }
        for (k, v) in &journal.versioned {
            self.records.insert(k.clone(), v.clone());
        }
        for k in &journal.deletes {
            self.records.remove(k);
        }
        true
    }
}

/// Puts a journal's records over what storage holds: what the page that went away showed.
pub fn overlay(records: &mut BTreeMap<String, String>, journal: &Journal) {
    for (k, v) in journal.unversioned.iter().chain(&journal.versioned) {
        records.insert(k.clone(), v.clone());
    }
    for k in &journal.deletes {
        records.remove(k);
    }
}

/// The session (a `cohort` with its rounds and pairing) a journal's facilitator part
/// held, when it can no longer be written because storage moved on to a newer version:
/// `None` when it held none or the same session storage now holds.
pub fn unsaved_session(stored: &BTreeMap<String, String>, journal: &Journal) -> Option<Cohort> {
    if journal.versioned.is_empty() {
        return None;
    }
    let session = |records: &BTreeMap<String, String>| {
        let f = records::load(records).ok()?.facilitator;
        let cohort = f.cohort.as_ref()?;
        Some(Cohort {
            pairing: f.board.pairing_for(cohort).cloned(),
            ..(**cohort).clone()
        })
    };
    let mut theirs = stored.clone();
    overlay(&mut theirs, journal);
    let unsaved = session(&theirs)?;
    (Some(&unsaved) != session(stored).as_ref() && !unsaved.responses.is_empty()).then_some(unsaved)
}
