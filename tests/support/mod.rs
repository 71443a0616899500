//! What every browser component test needs: a page with stored state, the app mounted
//! into it, and the DOM driven as a user would (click, type, press Enter). Included by
//! each `tests/web*.rs` with `mod support;` (wasm32 only).
#![allow(dead_code)] // each test file uses its own part of this

use kakehashi::app::{storage as app_storage, App};
use kakehashi::workflow::stored::records::{self, Loaded as Records};
use kakehashi::workflow::stored::{legacy, StoredState, STORAGE_KEY};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// How long [`eventually`] waits before it fails the test: far beyond any render here
/// (a passing test waits a few milliseconds), so only a real failure ever reaches it.
const WAIT_LIMIT_MS: f64 = 10_000.0;
/// How often [`eventually`] looks again.
const POLL: Duration = Duration::from_millis(5);

/// Waits until `done` holds: Yew renders on a later task than the event that caused it,
/// and effects (storage writes, focus, the tab's title) run after the render. Looks every
/// few milliseconds; after 10 s fails the test naming `what` was awaited.
///
/// Once it holds, lets Yew finish what is already scheduled (`yew::scheduler::flush`, no
/// timer): its scheduler may hand the browser a turn between a render and that render's
/// effects, and a test that acted in that gap would race them (seen: a click landing
/// before the effect that focuses the editor's heading, which then took the focus from
/// the effect of the click).
pub async fn eventually(done: impl Fn() -> bool, what: &str) {
    poll_until(|| std::future::ready(done()), what).await
}

/// [`eventually`] for a condition that must itself wait (read IndexedDB, say).
async fn poll_until<F: std::future::Future<Output = bool>>(check: impl Fn() -> F, what: &str) {
    let start = js_sys::Date::now();
    loop {
        if check().await {
            yew::scheduler::flush().await;
            return;
        }
        let waited = js_sys::Date::now() - start;
        if waited > WAIT_LIMIT_MS {
            panic!("timed out after {waited:.0} ms waiting until {what}");
        }
        yew::platform::time::sleep(POLL).await;
    }
}

/// Records whether an element matching a selector was ever added to the DOM since
/// [`Mounted::watch_for`], even if it was removed again before any poll could see it:
/// a small room is matched on the page, so the board shows its "computing" state and
/// the result in one pass of Yew's scheduler. Stops watching when dropped.
pub struct Appeared {
    seen: Rc<Cell<bool>>,
    observer: web_sys::MutationObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Appeared {
    pub fn seen(&self) -> bool {
        self.seen.get()
    }
}

impl Drop for Appeared {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Replaces everything in storage (the records, `localStorage`, `sessionStorage`) with `raw`, an earlier
/// version's state (which the app then migrates, so broken states can be tested too),
/// and goes to `hash`.
pub async fn prepare_raw(raw: &str, hash: &str) {
    app_storage::clear_all().await;
    storage().clear().unwrap();
    // What a tab showed before a reload (the survey it had open) is the tab's own.
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    storage().set_item(STORAGE_KEY, raw).unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
}

pub async fn prepare(state: &StoredState, hash: &str) {
    prepare_raw(&legacy::save(state), hash).await;
}

/// The records the app stored.
pub async fn stored_records() -> BTreeMap<String, String> {
    app_storage::stored_records().await
}

/// The state the app stored, read back as the app would.
pub async fn stored() -> Records {
    records::load(&stored_records().await).expect("the stored state reads back")
}

/// Waits until the stored records satisfy `done` (each look reads storage afresh).
pub async fn eventually_records(done: impl Fn(&BTreeMap<String, String>) -> bool, what: &str) {
    poll_until(|| async { done(&stored_records().await) }, what).await
}

/// Waits until the stored state satisfies `done` (each look reads storage afresh).
pub async fn eventually_stored(done: impl Fn(&Records) -> bool, what: &str) {
    eventually_records(|all| records::load(all).is_ok_and(|read| done(&read)), what).await;
}

/// A mounted app; `unmount` destroys it so that tests do not see each other's apps.
pub struct Mounted {
    pub root: Element,
    handle: yew::AppHandle<App>,
}

/// Mounts a fresh app (reading whatever storage and the hash hold now) in a new element,
/// and waits until it has read storage, rendered and run its first effects: the page's
/// heading is drawn and the tab's title, cleared here (an earlier test's app set it), is
/// set again.
pub async fn mount() -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    document().set_title("");
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    let app = Mounted { root, handle };
    eventually(
        || app.has("header.top-bar") && app.has("main h1") && !document().title().is_empty(),
        "the app is mounted (storage read, the page drawn, the tab title set)",
    )
    .await;
    app
}

impl Mounted {
    pub fn q(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
    }
    pub fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).unwrap().is_some()
    }
    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().unchecked_into())
            .collect()
    }
    pub fn text(&self, selector: &str) -> String {
        self.q(selector).text_content().unwrap_or_default()
    }
    pub fn texts(&self, selector: &str) -> Vec<String> {
        self.all(selector)
            .iter()
            .map(|e| e.text_content().unwrap_or_default())
            .collect()
    }
    /// The current value of an input, textarea or select.
    pub fn value(&self, selector: &str) -> String {
        js_sys::Reflect::get(&self.q(selector), &"value".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }
    pub fn attr(&self, selector: &str, name: &str) -> Option<String> {
        self.q(selector).get_attribute(name)
    }
    pub fn click(&self, selector: &str) {
        self.q(selector).unchecked_into::<HtmlElement>().click();
    }
    /// Types into a text field as a user would: the value changes and `input` fires.
    pub fn type_into(&self, selector: &str, value: &str) {
        let input: HtmlInputElement = self.q(selector).unchecked_into();
        input.set_value(value);
        bubble(&input, "input");
    }
    /// Sets a field's value and fires `change`, as choosing an option or leaving a field does.
    pub fn change(&self, selector: &str, value: &str) {
        let field = self.q(selector);
        js_sys::Reflect::set(&field, &"value".into(), &value.into()).unwrap();
        bubble(&field, "change");
    }
    pub fn press_enter(&self, selector: &str, composing: bool) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Enter");
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_is_composing(composing);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.q(selector).dispatch_event(&event).unwrap();
    }
    /// Waits until an element matching `selector` is in the app.
    pub async fn appears(&self, selector: &str) {
        eventually(|| self.has(selector), &format!("{selector} appears")).await;
    }
    /// Waits until no element matches `selector`: for something the last action removes
    /// (never for something that was not there before, which proves nothing).
    pub async fn disappears(&self, selector: &str) {
        eventually(|| !self.has(selector), &format!("{selector} is gone")).await;
    }
    /// Waits until the element matching `selector` has the text `expected`.
    pub async fn shows(&self, selector: &str, expected: &str) {
        let what = format!("{selector} reads {expected:?}");
        eventually(
            || {
                self.root
                    .query_selector(selector)
                    .unwrap()
                    .is_some_and(|e| e.text_content().as_deref() == Some(expected))
            },
            &what,
        )
        .await;
    }
    /// Starts recording whether an element matching `selector` gets added to the app
    /// (see [`Appeared`]); call it before the action that should add it.
    pub fn watch_for(&self, selector: &str) -> Appeared {
        let seen = Rc::new(Cell::new(false));
        let callback = {
            let (seen, selector) = (seen.clone(), selector.to_owned());
            Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
                for record in records.iter() {
                    let added = record
                        .unchecked_into::<web_sys::MutationRecord>()
                        .added_nodes();
                    for i in 0..added.length() {
                        let Some(element) =
                            added.item(i).and_then(|n| n.dyn_into::<Element>().ok())
                        else {
                            continue;
                        };
                        if element.matches(&selector).unwrap_or(false)
                            || element.query_selector(&selector).ok().flatten().is_some()
                        {
                            seen.set(true);
                        }
                    }
                }
            })
        };
        let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        observer.observe_with_options(&self.root, &options).unwrap();
        Appeared {
            seen,
            observer,
            _callback: callback,
        }
    }
    pub fn focused_id(&self) -> String {
        document()
            .active_element()
            .map(|e| e.id())
            .unwrap_or_default()
    }
    pub fn unmount(self) {
        self.handle.destroy();
        self.root.remove();
    }
}

fn bubble(target: &web_sys::EventTarget, name: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&web_sys::Event::new_with_event_init_dict(name, &init).unwrap())
        .unwrap();
}
