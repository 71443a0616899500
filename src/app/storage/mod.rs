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
//! focus) and follow. When the page is hidden or unloaded, what is not stored yet goes to
//! a journal that the next page replays first ([`journal`]). Nothing here decides what
//! is kept: the core does.

mod backend;
mod follow;
mod idb;
mod journal;
mod load;
mod local;
mod save;

use super::browser::yield_now;
use super::state::AppAction;
use crate::workflow::session::{Action, StorageProblem};
use crate::workflow::stored::records::{self, Saved};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::IdbDatabase;
use yew::prelude::*;

pub use backend::{clear_all, stored_records};
pub use load::read_backup;
pub use save::changed;

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
    latest: Option<Rc<super::state::AppState>>,
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
    /// Where this tab writes what is not stored yet when the page goes away, and the
    /// journals of pages gone that are not stored yet.
    journal_key: String,
    leftovers: journal::Leftovers,
    /// The page's hide and unload listeners (removed when dropped).
    page_listeners: Vec<gloo::events::EventListener>,
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
            journal_key: journal::new_key(),
            leftovers: journal::Leftovers::default(),
            page_listeners: Vec::new(),
        }))
    }
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
        // What pages that went away had not stored yet goes in first.
        let left = journal::replay(&storage).await;
        let loaded = load::load(&storage, left).await;
        follow::listen(&storage);
        let page_listeners = journal::listen(&storage);
        storage.borrow_mut().page_listeners = page_listeners;
        // The state read is shown in a task of its own (a large room's first render).
        yield_now().await;
        let dispatch = storage.borrow().dispatch.clone();
        if let Some(dispatch) = dispatch {
            dispatch.emit(AppAction::Loaded(Box::new(loaded)));
            journal::keep_unsaved(&storage, &dispatch);
            if memory {
                report(&storage, Some(StorageProblem::Unavailable));
            }
        }
        storage.borrow_mut().busy = false;
    });
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
    s.page_listeners.clear();
    if let Backend::Idb(db) = &s.backend {
        db.set_onversionchange(None);
        db.close();
    }
    s.backend = Backend::None;
    s.dispatch = None;
}

/// The raw texts kept aside because this version could not read them, for the user to
/// save as a file (nothing else reads them).
pub fn unreadable(storage: &Shared) -> Vec<(String, String)> {
    storage.borrow().damaged.clone()
}
