//! Reading the stored state: at start-up (with the migration of an earlier version's
//! state), and when another tab wrote first.

use super::backend::read_all;
use super::{idb, journal, local, yield_now, Backend, Shared, LARGE};
use crate::app::state::{AppAction, Loaded};
use crate::workflow::stored::legacy;
use crate::workflow::stored::records::{self, Loader, META};
use std::collections::BTreeMap;

/// Reads the records (or migrates an earlier version's state), one record per task.
pub(super) async fn load(storage: &Shared, left: Vec<journal::Left>) -> Loaded {
    let mut all = match read_all(storage).await {
        Ok(all) => all,
        Err(_) => return Loaded::Fresh,
    };
    let stored_version = journal::stored_version(&all);
    let refused = journal::adopt(storage, left, &mut all);
    if all.get(META).is_none() {
        // Nothing of this version yet: an earlier version's state migrates (its key is
        // never written, so it stays as it was whatever happens next).
        if let Some(raw) = local::legacy_state() {
            return match legacy::salvage(&raw) {
                Ok((state, aside)) => {
                    if !aside.is_empty() {
                        // Parts were set aside: the original is offered as a file too.
                        storage.borrow_mut().damaged = vec![(legacy::STORAGE_KEY.to_owned(), raw)];
                    }
                    Loaded::Legacy(state, aside)
                }
                Err(_) => {
                    // The key is never written: records may be stored beside it.
                    storage.borrow_mut().damaged = vec![(legacy::STORAGE_KEY.to_owned(), raw)];
                    Loaded::EarlierUnreadable
                }
            };
        }
    }
    match read_records(&all).await {
        Some(read) => {
            let mut s = storage.borrow_mut();
            s.saved = read.saved.clone();
            if refused {
                // Storage lacks what the journals held: the next save writes it all.
                s.saved.forget(stored_version);
            }
            s.damaged = read
                .damaged
                .iter()
                .filter_map(|k| Some((k.clone(), all.get(k)?.clone())))
                .collect();
            Loaded::Records(read)
        }
        None => {
            let mut s = storage.borrow_mut();
            s.read_only = true;
            s.damaged = all.into_iter().collect();
            Loaded::Unreadable
        }
    }
}

/// Feeds the records to the core's loader a line at a time (a large record has many),
/// yielding whenever a task has read about [`LARGE`] of text.
pub(super) async fn read_records(all: &BTreeMap<String, String>) -> Option<records::Loaded> {
    let mut loader = Loader::new(all.get(META).map(String::as_str)).ok()?;
    let mut since_yield = 0;
    for (key, text) in all {
        if key == META {
            continue;
        }
        for line in records::lines_of(key, text) {
            loader.feed_line(key, line);
            since_yield += line.len();
            if since_yield > LARGE {
                yield_now().await;
                since_yield = 0;
            }
        }
    }
    Some(loader.finish())
}

/// Reads what storage now holds and hands it to the reducer to replay this tab's actions
/// on; saves wait for that new state.
pub(super) async fn rebase(storage: &Shared) {
    let Ok(all) = read_all(storage).await else {
        return;
    };
    let Some(read) = read_records(&all).await else {
        return;
    };
    let dispatch = {
        let mut s = storage.borrow_mut();
        s.saved = read.saved.clone();
        s.generation = s.latest.as_ref().map_or(0, |st| st.2.generation) + 1;
        s.dispatch.clone()
    };
    if let Some(dispatch) = dispatch {
        dispatch.emit(AppAction::Rebase(Box::new(read)));
    }
}

/// A backup's content, read back to restore it.
pub async fn read_backup(storage: &Shared, id: &str) -> Option<String> {
    let key = records::backup_key(id);
    let db = match &storage.borrow().backend {
        Backend::Idb(db) => Some(db.clone()),
        Backend::Local(local) => return local.read(&key),
        Backend::None | Backend::Memory => return None,
    };
    idb::read(&db?, &key).await.ok().flatten()
}
