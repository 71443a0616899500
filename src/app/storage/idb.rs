//! A small IndexedDB store of text records (database `kakehashi`, object store
//! `records`, keys and values strings), over web-sys: open, read everything, read one,
//! write one, and commit a plan in one transaction that first checks the stored version.
//! Every request is wrapped in a promise; nothing here panics on a browser's refusal.

use js_sys::{Array, Promise};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB: &str = "kakehashi";
const STORE: &str = "records";

/// The outcome of a versioned commit.
pub enum Committed {
    Yes,
    /// Storage holds another version than the one planned against.
    Conflict,
}

/// Waits for a request's success (its result) or failure (its error).
async fn request(req: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |e: web_sys::Event| {
            let result = e
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.result().ok());
            let _ = resolve.call1(&JsValue::NULL, &result.unwrap_or(JsValue::UNDEFINED));
        });
        let failed = Closure::once_into_js(move |e: web_sys::Event| {
            let error = e
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.error().ok().flatten());
            let _ = reject.call1(
                &JsValue::NULL,
                &error.map(JsValue::from).unwrap_or(JsValue::NULL),
            );
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(failed.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// Waits for a transaction to complete (its writes are stored) or to fail.
async fn done(tx: &IdbTransaction) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let tx_for_error = tx.clone();
        let failed = Closure::once_into_js(move || {
            let error = tx_for_error
                .error()
                .map(JsValue::from)
                .unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        let aborted = failed.clone();
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onerror(Some(failed.unchecked_ref()));
        tx.set_onabort(Some(aborted.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ())
}

/// Opens (creating on first use) the database.
pub async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let req = factory.open_with_u32(DB, 1)?;
    let upgrade = Closure::once_into_js(move |e: web_sys::Event| {
        let db = e
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db = request(&req).await?;
    db.dyn_into::<IdbDatabase>().map_err(JsValue::from)
}

fn tx(db: &IdbDatabase, mode: IdbTransactionMode) -> Result<IdbTransaction, JsValue> {
    db.transaction_with_str_and_mode(STORE, mode)
}

/// Every record, key → text.
pub async fn read_all(db: &IdbDatabase) -> Result<BTreeMap<String, String>, JsValue> {
    let tx = tx(db, IdbTransactionMode::Readonly)?;
    let store = tx.object_store(STORE)?;
    let keys = request(&store.get_all_keys()?).await?;
    let values = request(&store.get_all()?).await?;
    let (keys, values): (Array, Array) = (keys.dyn_into()?, values.dyn_into()?);
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
        .collect())
}

/// One record's text, if stored.
pub async fn read(db: &IdbDatabase, key: &str) -> Result<Option<String>, JsValue> {
    let tx = tx(db, IdbTransactionMode::Readonly)?;
    let value = request(&tx.object_store(STORE)?.get(&JsValue::from_str(key))?).await?;
    Ok(value.as_string())
}

/// Writes records whatever is stored (survey drafts, the language, copies set aside).
pub async fn write(db: &IdbDatabase, records: &[(String, String)]) -> Result<(), JsValue> {
    if records.is_empty() {
        return Ok(());
    }
    let tx = tx(db, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(STORE)?;
    for (key, text) in records {
        store.put_with_key(&JsValue::from_str(text), &JsValue::from_str(key))?;
    }
    done(&tx).await
}

/// The facilitator's records in one transaction: it reads `meta` first and writes only
/// if the stored version is `base`; else it writes nothing and reports the version.
pub async fn commit(
    db: &IdbDatabase,
    base: u64,
    records: Vec<(String, String)>,
    deletes: Vec<String>,
) -> Result<Committed, JsValue> {
    let tx = tx(db, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(STORE)?;
    let get = store.get(&JsValue::from_str(crate::workflow::stored::records::META))?;
    let conflict = Rc::new(Cell::new(false));
    // The writes go in from the read's success handler, inside the same transaction:
    // no other tab's transaction on this store can run between the read and the writes.
    let on_read = {
        let (store, conflict) = (store.clone(), conflict.clone());
        Closure::once_into_js(move |e: web_sys::Event| {
            let meta = e
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.result().ok());
            let stored = meta
                .and_then(|m| m.as_string())
                .map_or(0, |m: String| crate::app::storage::version_of(&m));
            if stored != base {
                conflict.set(true);
                return;
            }
            for (key, text) in &records {
                let _ = store.put_with_key(&JsValue::from_str(text), &JsValue::from_str(key));
            }
            for key in &deletes {
                let _ = store.delete(&JsValue::from_str(key));
            }
        })
    };
    get.set_onsuccess(Some(on_read.unchecked_ref()));
    done(&tx).await?;
    Ok(if conflict.get() {
        Committed::Conflict
    } else {
        Committed::Yes
    })
}

/// Deletes the database (the tests' clean slate).
pub async fn delete_all() -> Result<(), JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let req = factory.delete_database(DB)?;
    request(&req).await.map(|_| ())
}
