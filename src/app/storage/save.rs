//! Saving: after every change the core plans what to write; the texts are made a large
//! record per task; the unversioned records are written, then the facilitator's are
//! committed against the version they were planned on.

use super::backend::{commit, put};
use super::follow::{announce, follow_now};
use super::load::rebase;
use super::{report, yield_now, Shared, LARGE};
use crate::app::state::{AppAction, AppState};
use crate::workflow::session::Action;
use crate::workflow::stored::records::{self, Plan, Write};
use std::rc::Rc;

/// Tells the service the app rendered a new state; saves when it changed.
pub fn changed(storage: &Shared, state: Rc<AppState>) {
    let start = {
        let mut s = storage.borrow_mut();
        if s.stopped {
            return;
        }
        s.latest = Some(state);
        if s.busy {
            s.again = true;
            false
        } else {
            s.busy = true;
            true
        }
    };
    if start {
        let storage = storage.clone();
        wasm_bindgen_futures::spawn_local(async move { save(storage).await });
    }
}

/// The save loop: plans against what is known stored, writes, and goes again while the
/// state changed meanwhile.
pub(super) async fn save(storage: Shared) {
    let mut stored_all = false;
    loop {
        storage.borrow_mut().again = false;
        let (state, generation) = {
            let s = storage.borrow();
            (s.latest.clone(), s.generation)
        };
        let Some(state) = state.filter(|st| st.2.generation >= generation && !st.0.loading) else {
            break;
        };
        let plan = {
            let s = storage.borrow();
            let mut wanted = state.0.wanted();
            wanted.write_facilitator &= !s.read_only;
            records::plan(&s.saved, wanted)
        };
        if !plan.is_empty() {
            if !write(&storage, plan, state.2.next_seq).await {
                // Another tab wrote first: wait for the reducer to rebase, whose render
                // calls `changed` again.
                let mut s = storage.borrow_mut();
                s.busy = false;
                return;
            }
        }
        if !storage.borrow().again {
            stored_all = true;
            break;
        }
    }
    // A write storage refused is not stored: the journals stay until one is.
    if stored_all && storage.borrow().problem.is_none() {
        super::journal::stored(&storage);
    }
    let follow = {
        let mut s = storage.borrow_mut();
        s.busy = false;
        std::mem::take(&mut s.follow)
    };
    if follow {
        let storage = storage.clone();
        wasm_bindgen_futures::spawn_local(async move { follow_now(&storage).await });
    }
}

/// Serialises and commits a plan; returns false on a conflict (the newer state was read
/// and handed to the reducer).
pub(super) async fn write(storage: &Shared, plan: Plan, upto: u64) -> bool {
    // Copies of unreadable records go first: nothing is written over them before. If
    // they cannot be kept, nothing is written over them at all.
    let (copied, damaged) = {
        let s = storage.borrow();
        (s.copied, s.damaged.clone())
    };
    if !copied && !damaged.is_empty() {
        let stamp = storage
            .borrow()
            .latest
            .as_ref()
            .map(|s| s.0.now.clone())
            .unwrap_or_default();
        let copies: Vec<(String, String)> = damaged
            .iter()
            .map(|(k, v)| (format!("unreadable/{stamp}/{k}"), v.clone()))
            .collect();
        let kept = put(storage, &copies).await.is_ok();
        let mut s = storage.borrow_mut();
        s.copied = kept;
        s.read_only |= !kept;
    }
    let unversioned = texts(&plan.unversioned).await;
    if let Err(problem) = put(storage, &unversioned).await {
        report(storage, Some(problem));
        return true;
    }
    let versioned = texts(&plan.versioned).await;
    // A backup's size is known now that it is written out.
    let sizes: Vec<(String, usize)> = plan
        .versioned
        .iter()
        .zip(&versioned)
        .filter_map(|(w, (_, text))| Some((w.backup_id()?.to_owned(), text.len())))
        .collect();
    let (base, deletes) = (plan.base, plan.deletes.clone());
    let outcome = commit(storage, base, versioned, deletes).await;
    match outcome {
        Ok(true) => {
            let version = {
                let mut s = storage.borrow_mut();
                s.saved = plan.committed();
                s.saved.version
            };
            report(storage, None);
            let dispatch = storage.borrow().dispatch.clone();
            if let Some(dispatch) = dispatch {
                dispatch.emit(AppAction::Committed { upto });
                for (id, bytes) in sizes {
                    dispatch.emit(AppAction::Do(Action::BackupStored { id, bytes }));
                }
            }
            announce(storage, version);
            true
        }
        Ok(false) => {
            {
                let mut s = storage.borrow_mut();
                let saved = plan.unversioned_only(&s.saved);
                s.saved = saved;
            }
            rebase(storage).await;
            false
        }
        Err(problem) => {
            report(storage, Some(problem));
            true
        }
    }
}

/// Each write's text, made a line at a time (a large record has many): the page yields
/// whenever a task has made about [`LARGE`] of text.
pub(super) async fn texts(writes: &[Write]) -> Vec<(String, String)> {
    let mut out = Vec::with_capacity(writes.len());
    let mut since_yield = 0;
    for w in writes {
        let mut text = String::new();
        for line in w.lines() {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&line);
            since_yield += line.len();
            if since_yield > LARGE {
                yield_now().await;
                since_yield = 0;
            }
        }
        out.push((w.key.clone(), text));
    }
    out
}
