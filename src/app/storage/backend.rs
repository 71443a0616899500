//! The backend's operations: read everything, read the stored version, write records
//! whatever the version, and commit the facilitator's records against a version; and what
//! a browser's refusal means for the user.

use super::{idb, local, Backend, Shared};
use crate::workflow::session::StorageProblem;
use crate::workflow::stored::records::{version_of, META};
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};

pub(super) async fn read_all(storage: &Shared) -> Result<BTreeMap<String, String>, JsValue> {
    let db = match &storage.borrow().backend {
        Backend::Idb(db) => Some(db.clone()),
        Backend::Local(local) => return Ok(local.read_all()),
        Backend::None | Backend::Memory => return Ok(BTreeMap::new()),
    };
    match db {
        Some(db) => idb::read_all(&db).await,
        None => Ok(BTreeMap::new()),
    }
}

/// The version storage holds now (0 when none or unreadable).
pub(super) async fn stored_version(storage: &Shared) -> u64 {
    let db = match &storage.borrow().backend {
        Backend::Idb(db) => Some(db.clone()),
        Backend::Local(local) => return local.read(META).map_or(0, |m| version_of(&m)),
        Backend::None | Backend::Memory => return 0,
    };
    match db {
        Some(db) => idb::read(&db, META)
            .await
            .ok()
            .flatten()
            .map_or(0, |m| version_of(&m)),
        None => 0,
    }
}

pub(super) async fn put(
    storage: &Shared,
    records: &[(String, String)],
) -> Result<(), StorageProblem> {
    if records.is_empty() {
        return Ok(());
    }
    let bytes = records.iter().map(|(_, v)| v.len()).sum();
    let db = match &storage.borrow().backend {
        Backend::Idb(db) => Some(db.clone()),
        Backend::Local(local) => {
            return local
                .write(records)
                .map_err(|e| problem_of(&e, bytes, true))
        }
        Backend::None | Backend::Memory => return Err(StorageProblem::Unavailable),
    };
    match db {
        Some(db) => idb::write(&db, records)
            .await
            .map_err(|e| problem_of(&e, bytes, false)),
        None => Err(StorageProblem::Unavailable),
    }
}

/// Commits the facilitator's records if storage still holds `base`: `Ok(false)` when it
/// does not.
pub(super) async fn commit(
    storage: &Shared,
    base: u64,
    records: Vec<(String, String)>,
    deletes: Vec<String>,
) -> Result<bool, StorageProblem> {
    if records.is_empty() && deletes.is_empty() {
        return Ok(true);
    }
    let bytes = records.iter().map(|(_, v)| v.len()).sum();
    let db = match &storage.borrow().backend {
        Backend::Idb(db) => Some(db.clone()),
        Backend::Local(local) => {
            return local
                .commit(base, &records, &deletes)
                .map_err(|e| problem_of(&e, bytes, true));
        }
        Backend::None | Backend::Memory => return Err(StorageProblem::Unavailable),
    };
    let Some(db) = db else {
        return Err(StorageProblem::Unavailable);
    };
    match idb::commit(&db, base, records, deletes).await {
        Ok(idb::Committed::Yes) => Ok(true),
        Ok(idb::Committed::Conflict) => Ok(false),
        Err(e) => Err(problem_of(&e, bytes, false)),
    }
}

/// What a browser's refusal to store means for the user.
pub(super) fn problem_of(error: &JsValue, bytes: usize, local: bool) -> StorageProblem {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" if local && bytes > local::BUDGET => StorageProblem::TooLarge,
        "QuotaExceededError" => StorageProblem::Full,
        _ => StorageProblem::Unavailable,
    }
}

/// Deletes everything stored (the component tests' clean slate).
pub async fn clear_all() {
    let _ = idb::delete_all().await;
    local::clear();
}

/// Everything stored now, read through a connection of its own (the component tests'
/// view of storage).
pub async fn stored_records() -> BTreeMap<String, String> {
    match idb::open().await {
        Ok(db) => {
            let all = idb::read_all(&db).await.unwrap_or_default();
            db.close();
            all
        }
        Err(_) => local::LocalRecords::open()
            .map(|l| l.read_all())
            .unwrap_or_default(),
    }
}
