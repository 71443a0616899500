//! Keeping the session in the browser: IndexedDB where there is one, else
//! `localStorage`, else nothing (the user is told, and offered the session file).
//!
//! At start-up the records are read one per task ([`load`]) and handed to the reducer;
//! an earlier version's `localStorage` state is migrated (and its key left as it was).
//! After every change a save is planned by the core ([`records::plan`]): only the records
//! the change touched, each serialised in a task of its own, then committed in one
//! transaction that checks the stored version. If another tab wrote first, the newer
//! state is read and the reducer replays this tab's pending actions on it
//! ([`AppAction::Rebase`]); other tabs hear of each write on a `BroadcastChannel` (and on
//! focus) and follow. Nothing here decides what is kept: the core does.

mod idb;
mod local;

use super::state::{AppAction, AppState, Loaded};
use crate::workflow::session::{Action, StorageProblem};
use crate::workflow::stored::records::{self, Loader, Plan, Saved, Write, META};
use crate::workflow::stored::legacy;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::IdbDatabase;
use yew::prelude::*;

/// Records over this size are serialised in a task of their own.
const LARGE: usize = 64 * 1024;
const CHANNEL: &str = "kakehashi";

pub use records::version_of;

enum Backend {
    /// Not opened yet.
    None,
    Idb(IdbDatabase),
    Local(local::LocalRecords),
    /// Nothing is kept: the browser refused both.
    Memory,
}

/// The storage service of one tab.
pub struct Storage {
    backend: Backend,
    saved: Saved,
    /// The latest state the app rendered.
    latest: Option<Rc<AppState>>,
    dispatch: Option<Callback<AppAction>>,
    /// A load or a save is in flight.
    busy: bool,
    /// The state changed while busy: save again after.
    again: bool,
    /// Saves wait until this generation of the state (after a load or a rebase).
    generation: u64,
    /// The stored state could not be read: never write the facilitator's records.
    read_only: bool,
    /// Records that held something unreadable (as they were), copied aside before the
    /// first write and offered to the user as a file.
    damaged: Vec<(String, String)>,
    /// `damaged` is copied aside.
    copied: bool,
    /// The last problem reported, to tell the user once and again when it is gone.
    problem: Option<StorageProblem>,
    /// Another tab announced a write while this one was busy: look after.
    follow: bool,
    channel: Option<web_sys::BroadcastChannel>,
    /// The channel's and the window's listeners, dropped by [`stop`].
    listeners: Vec<Closure<dyn FnMut(web_sys::Event)>>,
    /// Set by [`stop`]: the page's app is gone, nothing more is read or written.
    stopped: bool,
}

pub type Shared = Rc<RefCell<Storage>>;

impl Storage {
    pub fn new() -> Shared {
        Rc::new(RefCell::new(Storage {
            backend: Backend::None,
            saved: Saved::default(),
            latest: None,
            dispatch: None,
            busy: true,
            again: false,
            generation: 1,
            read_only: false,
            damaged: Vec::new(),
            copied: false,
            problem: None,
            follow: false,
            channel: None,
            listeners: Vec::new(),
            stopped: false,
        }))
    }
}

/// Yields to the browser (a task boundary), so a long job never blocks the page.
async fn yield_now() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}

/// Starts the service: opens the store, reads it, hands it to the reducer, and listens
/// for other tabs' writes.
pub fn start(storage: &Shared, dispatch: Callback<AppAction>) {
    storage.borrow_mut().dispatch = Some(dispatch);
    let storage = storage.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if storage.borrow().stopped {
            return;
        }
        let backend = match idb::open().await {
            Ok(db) => Backend::Idb(db),
            Err(_) => match local::LocalRecords::open() {
                Some(local) => Backend::Local(local),
                None => Backend::Memory,
            },
        };
        if storage.borrow().stopped {
            if let Backend::Idb(db) = &backend {
                db.close();
            }
            return;
        }
        let memory = matches!(backend, Backend::Memory);
        storage.borrow_mut().backend = backend;
        let loaded = load(&storage).await;
        listen(&storage);
        let dispatch = storage.borrow().dispatch.clone();
        if let Some(dispatch) = dispatch {
            dispatch.emit(AppAction::Loaded(Box::new(loaded)));
            if memory {
                report(&storage, Some(StorageProblem::Unavailable));
            }
        }
        storage.borrow_mut().busy = false;
    });
}

async fn read_all(storage: &Shared) -> Result<BTreeMap<String, String>, JsValue> {
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

/// Reads the records (or migrates an earlier version's state), one record per task.
async fn load(storage: &Shared) -> Loaded {
    let all = match read_all(storage).await {
        Ok(all) => all,
        Err(_) => return Loaded::Fresh,
    };
    if all.get(META).is_none() {
        // Nothing of this version yet: an earlier version's state migrates (its key is
        // never written, so it stays as it was whatever happens next).
        if let Some(raw) = local::legacy_state() {
            return match legacy::salvage(&raw) {
                Ok((state, aside)) => Loaded::Legacy(state, aside),
                Err(_) => {
                    // The key is never written: records may be stored beside it.
                    storage.borrow_mut().damaged = vec![(legacy::STORAGE_KEY.to_owned(), raw)];
                    Loaded::Unreadable
                }
            };
        }
    }
    match read_records(&all).await {
        Some(read) => {
            let mut s = storage.borrow_mut();
            s.saved = read.saved.clone();
            s.damaged = read.damaged.iter().filter_map(|k| Some((k.clone(), all.get(k)?.clone()))).collect();
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

/// Feeds the records to the core's loader, a large one per task.
async fn read_records(all: &BTreeMap<String, String>) -> Option<records::Loaded> {
    let mut loader = Loader::new(all.get(META).map(String::as_str)).ok()?;
    let mut since_yield = 0;
    for (key, text) in all {
        if key == META {
            continue;
        }
        loader.feed(key, text);
        since_yield += text.len();
        if since_yield > LARGE {
            yield_now().await;
            since_yield = 0;
        }
    }
    Some(loader.finish())
}

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
async fn save(storage: Shared) {
    loop {
        storage.borrow_mut().again = false;
        let (state, generation) = {
            let s = storage.borrow();
            (s.latest.clone(), s.generation)
        };
        let Some(state) = state.filter(|st| st.2.generation >= generation && !st.0.loading) else { break };
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
            break;
        }
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
async fn write(storage: &Shared, plan: Plan, upto: u64) -> bool {
    // Copies of unreadable records go first: nothing is written over them before. If
    // they cannot be kept, nothing is written over them at all.
    let (copied, damaged) = {
        let s = storage.borrow();
        (s.copied, s.damaged.clone())
    };
    if !copied && !damaged.is_empty() {
        let stamp = storage.borrow().latest.as_ref().map(|s| s.0.now.clone()).unwrap_or_default();
        let copies: Vec<(String, String)> =
            damaged.iter().map(|(k, v)| (format!("unreadable/{stamp}/{k}"), v.clone())).collect();
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
    let (base, deletes) = (plan.base, plan.deletes.clone());
    let outcome = commit(storage, base, versioned, deletes).await;
    match outcome {
        Ok(true) => {
            let version = {
                let mut s = storage.borrow_mut();
                let saved = std::mem::take(&mut s.saved);
                s.saved = plan.committed();
                let _ = saved;
                s.saved.version
            };
            report(storage, None);
            let dispatch = storage.borrow().dispatch.clone();
            if let Some(dispatch) = dispatch {
                dispatch.emit(AppAction::Committed { upto });
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

/// Each write's text, a large one per task.
async fn texts(writes: &[Write]) -> Vec<(String, String)> {
    let mut out = Vec::with_capacity(writes.len());
    for w in writes {
        let text = w.text();
        let large = text.len() > LARGE;
        out.push((w.key.clone(), text));
        if large {
            yield_now().await;
        }
    }
    out
}

/// What a browser's refusal to store means for the user.
fn problem_of(error: &JsValue, bytes: usize, local: bool) -> StorageProblem {
    let name = error.dyn_ref::<web_sys::DomException>().map(|e| e.name()).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" if local && bytes > local::BUDGET => StorageProblem::TooLarge,
        "QuotaExceededError" => StorageProblem::Full,
        _ => StorageProblem::Unavailable,
    }
}

async fn put(storage: &Shared, records: &[(String, String)]) -> Result<(), StorageProblem> {
    if records.is_empty() {
        return Ok(());
    }
    let bytes = records.iter().map(|(_, v)| v.len()).sum();
    let db = match &storage.borrow().backend {
        Backend::Idb(db) => Some(db.clone()),
        Backend::Local(local) => return local.write(records).map_err(|e| problem_of(&e, bytes, true)),
        Backend::None | Backend::Memory => return Err(StorageProblem::Unavailable),
    };
    match db {
        Some(db) => idb::write(&db, records).await.map_err(|e| problem_of(&e, bytes, false)),
        None => Err(StorageProblem::Unavailable),
    }
}

/// Commits the facilitator's records if storage still holds `base`: `Ok(false)` when it
/// does not.
async fn commit(storage: &Shared, base: u64, records: Vec<(String, String)>, deletes: Vec<String>) -> Result<bool, StorageProblem> {
    if records.is_empty() && deletes.is_empty() {
        return Ok(true);
    }
    let bytes = records.iter().map(|(_, v)| v.len()).sum();
    let db = match &storage.borrow().backend {
        Backend::Idb(db) => Some(db.clone()),
        Backend::Local(local) => {
            return local.commit(base, &records, &deletes).map_err(|e| problem_of(&e, bytes, true));
        }
        Backend::None | Backend::Memory => return Err(StorageProblem::Unavailable),
    };
    let Some(db) = db else { return Err(StorageProblem::Unavailable) };
    match idb::commit(&db, base, records, deletes).await {
        Ok(idb::Committed::Yes) => Ok(true),
        Ok(idb::Committed::Conflict) => Ok(false),
        Err(e) => Err(problem_of(&e, bytes, false)),
    }
}

/// Reads what storage now holds and hands it to the reducer to replay this tab's actions
/// on; saves wait for that new state.
async fn rebase(storage: &Shared) {
    let Ok(all) = read_all(storage).await else { return };
    let Some(read) = read_records(&all).await else { return };
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

/// Tells the user of a storage problem once, and that it is gone when a write works.
fn report(storage: &Shared, problem: Option<StorageProblem>) {
    let (changed, dispatch) = {
        let mut s = storage.borrow_mut();
        let changed = s.problem != problem;
        s.problem = problem;
        (changed, s.dispatch.clone())
    };
    if let (true, Some(dispatch)) = (changed, dispatch) {
        let action = match problem {
            Some(p) => Action::StorageFailed(p),
            None => Action::StorageRecovered,
        };
        dispatch.emit(AppAction::Do(action));
    }
}

/// Tells other tabs of this browser that a new version is stored.
fn announce(storage: &Shared, version: u64) {
    if let Some(channel) = &storage.borrow().channel {
        let _ = channel.post_message(&JsValue::from_f64(version as f64));
    }
}

/// Follows other tabs: on their announcement, or when this tab is shown again, reads the
/// stored version and, when it is newer and this tab is idle, the newer state.
fn listen(storage: &Shared) {
    let check = {
        let storage = storage.clone();
        move |_: web_sys::Event| {
            let storage = storage.clone();
            wasm_bindgen_futures::spawn_local(async move { follow_now(&storage).await });
        }
    };
    let mut s = storage.borrow_mut();
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let on_message = Closure::<dyn FnMut(web_sys::Event)>::new(check.clone());
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        s.listeners.push(on_message);
        s.channel = Some(channel);
    }
    if let Some(window) = web_sys::window() {
        let on_focus = Closure::<dyn FnMut(web_sys::Event)>::new(check);
        let _ = window.add_event_listener_with_callback("focus", on_focus.as_ref().unchecked_ref());
        s.listeners.push(on_focus);
    }
    if let Backend::Idb(db) = &s.backend {
        // Another connection wants to delete or upgrade the database: let it.
        let closing = db.clone();
        let on_version = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| closing.close());
        db.set_onversionchange(Some(on_version.as_ref().unchecked_ref()));
        s.listeners.push(on_version);
    }
}

/// Stops the service when the app is unmounted: closes the database and the channel and
/// removes the listeners (a test mounts many apps in one page).
pub fn stop(storage: &Shared) {
    let mut s = storage.borrow_mut();
    s.stopped = true;
    if let Some(channel) = s.channel.take() {
        channel.set_onmessage(None);
        channel.close();
    }
    if let Some(window) = web_sys::window() {
        for l in &s.listeners {
            let _ = window.remove_event_listener_with_callback("focus", l.as_ref().unchecked_ref());
        }
    }
    s.listeners.clear();
    if let Backend::Idb(db) = &s.backend {
        db.set_onversionchange(None);
        db.close();
    }
    s.backend = Backend::None;
    s.dispatch = None;
}

/// The version storage holds now (0 when none or unreadable).
async fn stored_version(storage: &Shared) -> u64 {
    let db = match &storage.borrow().backend {
        Backend::Idb(db) => Some(db.clone()),
        Backend::Local(local) => return local.read(META).map_or(0, |m| version_of(&m)),
        Backend::None | Backend::Memory => return 0,
    };
    match db {
        Some(db) => idb::read(&db, META).await.ok().flatten().map_or(0, |m| version_of(&m)),
        None => 0,
    }
}

/// Reads the stored state when another tab stored a newer one and this tab is idle.
async fn follow_now(storage: &Shared) {
    {
        let mut s = storage.borrow_mut();
        if s.busy {
            s.follow = true;
            return;
        }
        s.busy = true;
    }
    let stored = stored_version(storage).await;
    if stored > storage.borrow().saved.version {
        rebase(storage).await;
    }
    storage.borrow_mut().busy = false;
}

/// The raw texts kept aside because this version could not read them, for the user to
/// save as a file (nothing else reads them).
pub fn unreadable(storage: &Shared) -> Vec<(String, String)> {
    storage.borrow().damaged.clone()
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
        Err(_) => local::LocalRecords::open().map(|l| l.read_all()).unwrap_or_default(),
    }
}
