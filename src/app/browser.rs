//! The few browser facts the shell needs, each behind a function that never panics:
//! storage, the browser's language, the URL fragment, `<html lang>`.

use super::Route;
use crate::model::Lang;
use crate::stored::{self, Loaded, StoredState, BACKUP_KEY_PREFIX, STORAGE_KEY};
use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the stored state. Unreadable data is copied to a backup key first, so that
/// saving the fresh state afterwards cannot destroy it.
pub fn load_state() -> Loaded {
    let raw = LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten();
    let loaded = stored::load(raw.as_deref());
    if let (Loaded::Unreadable { raw, .. }, Some(storage)) = (&loaded, local_storage()) {
        let key = format!("{BACKUP_KEY_PREFIX}{}", js_sys::Date::now() as u64);
        let _ = storage.set_item(&key, raw);
    }
    loaded
}

pub fn save_state(state: &StoredState) -> Result<(), ()> {
    let storage = local_storage().ok_or(())?;
    storage.set_item(STORAGE_KEY, &stored::save(state)).map_err(|_| ())
}

/// The browser's preferred language among ours; English when it prefers neither.
pub fn language() -> Lang {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return Lang::En };
    let languages = navigator.languages();
    languages
        .iter()
        .filter_map(|v| v.as_string())
        .chain(navigator.language())
        .find_map(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}

pub fn current_route() -> Route {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    Route::from_fragment(&hash)
}

pub fn on_hash_change(mut callback: impl FnMut() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| callback()))
}

pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}
