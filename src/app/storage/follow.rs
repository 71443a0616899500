//! Following other tabs: announcing each write on a `BroadcastChannel`, and on another
//! tab's announcement (or when this tab is shown again) reading the newer state.

use super::backend::stored_version;
use super::load::rebase;
use super::{Backend, Shared, CHANNEL};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Tells other tabs of this browser that a new version is stored.
pub(super) fn announce(storage: &Shared, version: u64) {
    if let Some(channel) = &storage.borrow().channel {
        let _ = channel.post_message(&JsValue::from_f64(version as f64));
    }
}

/// Follows other tabs: on their announcement, or when this tab is shown again, reads the
/// stored version and, when it is newer and this tab is idle, the newer state.
pub(super) fn listen(storage: &Shared) {
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

/// Reads the stored state when another tab stored a newer one and this tab is idle.
pub(super) async fn follow_now(storage: &Shared) {
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
