//! The few browser facts the shell needs, each behind a function that never panics:
//! storage, the browser's language and time zone, the URL fragment, `<html lang>`, the
//! single-file edition's loader. Files in and out are in [`files`].

mod files;
mod single_file;
mod zone;

pub use files::{download, fetch_text, on_file, read_files};
pub use single_file::{is_file_page, single_file_html, survey_file_slot, worker_url};
pub use zone::offsets as zone_offsets;

use super::Route;
use crate::document::model::Lang;
use crate::workflow::session::TabView;
use gloo::events::EventListener;
use gloo::storage::{SessionStorage, Storage};
use wasm_bindgen::JsCast;

/// Yields to the browser (a task boundary), so that a long job never blocks the page:
/// input, timers and frames run between its slices.
pub async fn yield_now() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}

/// The browser's preferred language among ours; English when it prefers neither.
pub fn language() -> Lang {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::En;
    };
    let languages = navigator.languages();
    languages
        .iter()
        .filter_map(|v| v.as_string())
        .chain(navigator.language())
        .find_map(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}

/// Where this tab keeps what it shows: `sessionStorage` is the tab's own and outlives a
/// reload.
const TAB_VIEW_KEY: &str = "kakehashi.tab";

/// What this tab showed before a reload; nothing when it is new (or storage is off).
pub fn tab_view() -> TabView {
    SessionStorage::get(TAB_VIEW_KEY).unwrap_or_default()
}

/// Keeps what this tab shows for a reload (written only when it changed).
pub fn keep_tab_view(view: &TabView) {
    if tab_view() != *view {
        let _ = SessionStorage::set(TAB_VIEW_KEY, view);
    }
}

pub fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::from_fragment(&hash)
}

pub fn on_hash_change(mut callback: impl FnMut() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        callback()
    }))
}

/// Sets `<html lang>`, only when it changes: Chromium restyles and lays out the whole
/// page whenever the attribute is written, even with the value it had (about 30 ms for a
/// bare list of 3,000 lines in headless Chromium, up to 0.2 s for the console of a room
/// of 2,000), and this runs after every change of the state.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        if root.get_attribute("lang").as_deref() != Some(lang.code()) {
            let _ = root.set_attribute("lang", lang.code());
        }
    }
}

/// The browser tab's title (also what a screen reader announces after a view changes),
/// written only when it changes.
pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if document.title() != title {
            document.set_title(title);
        }
    }
}

/// The browser's time zone: its IANA name and its offset from UTC now.
pub fn time_zone() -> crate::view::time::Zone {
    let name = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options()
        .dyn_into::<js_sys::Object>()
        .ok()
        .and_then(|o| js_sys::Reflect::get(&o, &"timeZone".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    // getTimezoneOffset is minutes *behind* UTC (Tokyo: −540).
    let offset_minutes = -(js_sys::Date::new_0().get_timezone_offset() as i32);
    crate::view::time::Zone {
        name,
        offset_minutes,
    }
}

/// Now, as an RFC 3339 UTC timestamp to the second.
pub fn now() -> String {
    let secs = (js_sys::Date::now() / 1000.0).floor() as i64;
    crate::document::timestamp::from_unix(secs)
}

/// A fresh participant id (`p-` and 12 random hex digits; crypto randomness when available).
pub fn new_participant_id() -> String {
    let mut bytes = [0u8; 6];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("p-{hex}")
}

/// The address of this page without its fragment (the default base of share links).
pub fn page_base() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the fragment without adding a history entry (e.g. to drop a consumed link).
pub fn replace_fragment(fragment: &str) {
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
        }
    }
}

/// Copies text to the clipboard; `done(true)` on success.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Opens the browser's print dialog (the print styles show only the pair cards).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
