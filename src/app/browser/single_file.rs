//! What differs when the app runs as the single file (`dist/kakehashi.html`) from
//! `file://`: its loader's published fields, its worker's Blob URL, and the embedded
//! workshop slot of a survey file.

/// Whether this page was opened from a file (`file://`), as the single-file edition is:
/// a link to it only works on this computer.
pub fn is_file_page() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
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
    document
        .get_element_by_id(crate::transport::survey_file::SLOT_ID)?
        .text_content()
}
