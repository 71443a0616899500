//! What every browser component test needs: a page with stored state, the app mounted
//! into it, and the DOM driven as a user would (click, type, press Enter). Included by
//! each `tests/web*.rs` with `mod support;` (wasm32 only).
#![allow(dead_code)] // each test file uses its own part of this

use kakehashi::app::App;
use kakehashi::workflow::stored::{self, StoredState, STORAGE_KEY};
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Lets Yew render what the last event scheduled.
pub async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(40)).await;
}

/// Waits until `done` holds (renders and storage writes follow a dispatch), at most 3 s.
pub async fn eventually(done: impl Fn() -> bool, what: &str) {
    for _ in 0..150 {
        if done() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting until {what}");
}

/// Replaces everything in storage with `state` (the raw text, so broken states can be
/// tested too) and goes to `hash`.
pub fn prepare_raw(raw: &str, hash: &str) {
    storage().clear().unwrap();
    storage().set_item(STORAGE_KEY, raw).unwrap();
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
}

pub fn prepare(state: &StoredState, hash: &str) {
    prepare_raw(&stored::save(state), hash);
}

/// The state the app saved.
pub fn stored_state() -> StoredState {
    match stored::load(storage().get_item(STORAGE_KEY).unwrap().as_deref()) {
        stored::Loaded::Ok(state) => state,
        _ => panic!("the stored state does not load"),
    }
}

/// A mounted app; `unmount` destroys it so that tests do not see each other's apps.
pub struct Mounted {
    pub root: Element,
    handle: yew::AppHandle<App>,
}

/// Mounts a fresh app (reading whatever storage and the hash hold now) in a new element.
pub async fn mount() -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    Mounted { root, handle }
}

impl Mounted {
    pub fn q(&self, selector: &str) -> Element {
        self.root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
    }
    pub fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).unwrap().is_some()
    }
    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
    }
    pub fn text(&self, selector: &str) -> String {
        self.q(selector).text_content().unwrap_or_default()
    }
    pub fn texts(&self, selector: &str) -> Vec<String> {
        self.all(selector).iter().map(|e| e.text_content().unwrap_or_default()).collect()
    }
    /// The current value of an input, textarea or select.
    pub fn value(&self, selector: &str) -> String {
        js_sys::Reflect::get(&self.q(selector), &"value".into()).ok().and_then(|v| v.as_string()).unwrap_or_default()
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
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.q(selector).dispatch_event(&event).unwrap();
    }
    pub fn focused_id(&self) -> String {
        document().active_element().map(|e| e.id()).unwrap_or_default()
    }
    pub fn unmount(self) {
        self.handle.destroy();
        self.root.remove();
    }
}

fn bubble(target: &web_sys::EventTarget, name: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    target.dispatch_event(&web_sys::Event::new_with_event_init_dict(name, &init).unwrap()).unwrap();
}
