//! Component tests in a real headless Chromium (wasm-bindgen-test): the whole app is
//! mounted into the test page and driven through the DOM, as a user would.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use kakehashi::app::App;
use kakehashi::stored::STORAGE_KEY;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A mounted app; `unmount` destroys it so that tests do not see each other's apps.
struct Mounted {
    root: Element,
    handle: yew::AppHandle<App>,
}

impl Mounted {
    fn unmount(self) {
        self.handle.destroy();
        self.root.remove();
    }
}

/// Mounts a fresh app in a new element.
async fn mount() -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    Mounted { root, handle }
}

/// Lets Yew render scheduled updates.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into::<HtmlElement>().click();
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_switches_language() {
    storage().clear().unwrap();
    storage().set_item(STORAGE_KEY, r#"{"format":"kakehashi/app-state@1","lang":"en"}"#).unwrap();
    let app = mount().await;
    let root = &app.root;
    assert_eq!(text(root, "h1"), "Facilitator home");
    assert_eq!(text(root, "[data-lang=en]"), "English");
    assert_eq!(root.query_selector("[data-lang=en]").unwrap().unwrap().get_attribute("aria-pressed").as_deref(), Some("true"));

    click(root, "[data-lang=ja]");
    settle().await;
    assert_eq!(text(root, "h1"), "ファシリテーターのホーム");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("ja"));
    let saved = storage().get_item(STORAGE_KEY).unwrap().unwrap();
    assert!(saved.contains(r#""lang":"ja""#), "{saved}");
    app.unmount();
}

#[wasm_bindgen_test]
async fn starting_from_the_template_lists_its_skills_and_is_saved() {
    storage().clear().unwrap();
    storage().set_item(STORAGE_KEY, r#"{"format":"kakehashi/app-state@1","lang":"en"}"#).unwrap();
    let app = mount().await;
    let root = &app.root;
    click(root, ".empty-state .button-primary");
    settle().await;
    assert_eq!(root.query_selector_all(".skill-list li").unwrap().length(), 12);
    let saved = storage().get_item(STORAGE_KEY).unwrap().unwrap();
    assert!(saved.contains("kakehashi/cohort@1") && saved.contains("ai_tools"), "{saved}");
    app.unmount();
}

#[wasm_bindgen_test]
async fn unreadable_storage_is_kept_aside_and_announced() {
    storage().clear().unwrap();
    storage().set_item(STORAGE_KEY, "{ this is not json").unwrap();
    let app = mount().await;
    let root = &app.root;
    assert!(root.query_selector("[role=alert]").unwrap().is_some(), "a warning is shown");
    let storage = storage();
    let kept = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(kakehashi::stored::BACKUP_KEY_PREFIX))
        .filter_map(|k| storage.get_item(&k).unwrap())
        .any(|v| v == "{ this is not json");
    assert!(kept, "the unreadable data is kept under a backup key");
    app.unmount();
}
