//! Files in and out: offering a download, reading the files a user chose, and fetching a
//! file that sits beside the served app. Each failure is reported, never a panic.

use crate::app::Ctx;
use crate::workflow::session::{Action, UserFile};

/// Offers `contents` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, contents: &[u8]) -> Result<(), ()> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(())?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
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

/// Reads every file of a file list; calls `done` once with (file name, bytes) in order.
/// Files that cannot be read arrive as an empty byte list (then rejected as empty).
pub fn read_files(files: web_sys::FileList, done: impl FnOnce(Vec<(String, Vec<u8>)>) + 'static) {
    let files: Vec<gloo::file::File> = (0..files.length())
        .filter_map(|i| files.get(i))
        .map(gloo::file::File::from)
        .collect();
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in files {
            let bytes = gloo::file::futures::read_as_bytes(&file)
                .await
                .unwrap_or_default();
            read.push((file.name(), bytes));
        }
        done(read);
    });
}

/// A callback for a file input: reads the first chosen file and dispatches the action
/// `make` builds from it (the core decides what the file is), then clears the input so
/// the same file can be chosen again.
pub fn on_file(
    ctx: &Ctx,
    make: impl Fn(UserFile) -> Action + 'static,
) -> yew::Callback<web_sys::Event> {
    let ctx = ctx.clone();
    let make = std::rc::Rc::new(make);
    yew::Callback::from(move |e: web_sys::Event| {
        use wasm_bindgen::JsCast;
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
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

/// Fetches a file next to this page as text (the served app's copy of the single file).
pub fn fetch_text(url: &str, done: impl FnOnce(Result<String, ()>) + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else {
        return done(Err(()));
    };
    let request = window.fetch_with_str(url);
    wasm_bindgen_futures::spawn_local(async move {
        let text = async {
            let response: web_sys::Response =
                JsFuture::from(request).await.ok()?.dyn_into().ok()?;
            if !response.ok() {
                return None;
            }
            JsFuture::from(response.text().ok()?)
                .await
                .ok()?
                .as_string()
        };
        done(text.await.ok_or(()));
    });
}
