//! The few browser facts the shell needs, each behind a function that never panics:
//! storage, the browser's language, the URL fragment, `<html lang>`.

use super::Route;
use crate::workflow::session::{Action, UserFile};
use crate::document::model::Lang;
use crate::workflow::stored::{self, Loaded, StoredState, BACKUP_KEY_PREFIX, STORAGE_KEY};
use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

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

/// The browser tab's title (also what a screen reader announces after a view changes).
pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
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
    crate::view::time::Zone { name, offset_minutes }
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
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

pub fn current_fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Replaces the fragment without adding a history entry (e.g. to drop a consumed link).
pub fn replace_fragment(fragment: &str) {
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
        }
    }
}

/// Offers `contents` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, contents: &[u8]) -> Result<(), ()> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(())?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").map_err(|_| ())?.dyn_into().map_err(|_| ())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoked later, not at once: a browser may still be reading a large file (a survey
    // file is ~1 MB) after click() returns, as FileSaver.js found for Firefox.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Copies text to the clipboard; `done(true)` on success.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else { return done(false) };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Reads every file of a file list; calls `done` once with (file name, bytes) in order.
/// Files that cannot be read arrive as an empty byte list (then rejected as empty).
pub fn read_files(files: web_sys::FileList, done: impl FnOnce(Vec<(String, Vec<u8>)>) + 'static) {
    let files: Vec<gloo::file::File> =
        (0..files.length()).filter_map(|i| files.get(i)).map(gloo::file::File::from).collect();
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in files {
            let bytes = gloo::file::futures::read_as_bytes(&file).await.unwrap_or_default();
            read.push((file.name(), bytes));
        }
        done(read);
    });
}

/// A callback for a file input: reads the first chosen file and dispatches the action
/// `make` builds from it (the core decides what the file is), then clears the input so
/// the same file can be chosen again.
pub fn on_file(ctx: &super::Ctx, make: impl Fn(UserFile) -> Action + 'static) -> yew::Callback<web_sys::Event> {
    let ctx = ctx.clone();
    let make = std::rc::Rc::new(make);
    yew::Callback::from(move |e: web_sys::Event| {
        use wasm_bindgen::JsCast;
        let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(files) = input.files() else { return };
        let (ctx, make) = (ctx.clone(), make.clone());
        read_files(files, move |read| {
            if let Some((name, bytes)) = read.into_iter().next() {
                ctx.dispatch(make(UserFile { name, bytes }));
            }
        });
        input.set_value("");
    })
}

/// Opens the browser's print dialog (the print styles show only the pair cards).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Whether this page was opened from a file (`file://`), as the single-file edition is:
/// a link to it only works on this computer.
pub fn is_file_page() -> bool {
    web_sys::window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "file:")
}

/// What the single-file edition's loader publishes as `globalThis.kakehashiSingleFile`
/// (see `scripts/single-file.mjs`); absent when the app is served as separate files.
fn single_file_field(name: &str) -> Option<wasm_bindgen::JsValue> {
    let global = js_sys::global();
    let single = js_sys::Reflect::get(&global, &"kakehashiSingleFile".into()).ok()?;
    if single.is_undefined() || single.is_null() {
        return None;
    }
    js_sys::Reflect::get(&single, &name.into()).ok()
}

/// The single file's own HTML as it was loaded, to save a copy of it.
pub fn single_file_html() -> Option<String> {
    single_file_field("html")?.as_string()
}

/// Where to start the matching worker: the single file's Blob URL (a `file://` page may
/// not start a worker from a file), the worker next to the page when served, or `None`
/// when no worker can start here.
pub fn worker_url(served_url: &str) -> Option<String> {
    match single_file_field("workerUrl") {
        Some(url) => url.as_string(),
        None if is_file_page() => None,
        None => Some(served_url.to_owned()),
    }
}

/// The text of the page's embedded-workshop slot (a survey file for participants), if
/// the page has the slot (only the single-file edition does).
pub fn survey_file_slot() -> Option<String> {
    let document = web_sys::window()?.document()?;
    document.get_element_by_id(crate::transport::survey_file::SLOT_ID)?.text_content()
}

/// Fetches a file next to this page as text (the served app's copy of the single file).
pub fn fetch_text(url: &str, done: impl FnOnce(Result<String, ()>) + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else { return done(Err(())) };
    let request = window.fetch_with_str(url);
    wasm_bindgen_futures::spawn_local(async move {
        let text = async {
            let response: web_sys::Response = JsFuture::from(request).await.ok()?.dyn_into().ok()?;
            if !response.ok() {
                return None;
            }
            JsFuture::from(response.text().ok()?).await.ok()?.as_string()
        };
        done(text.await.ok_or(()));
    });
}
