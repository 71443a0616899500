//! Component test of the matching board in headless Chromium: match a 10-person demo
//! cohort (small enough to run inline), lock a pair, re-run, and the lock holds.
#![cfg(target_arch = "wasm32")]

use kakehashi::app::App;
use kakehashi::demo::demo_cohort;
use kakehashi::model::Lang;
use kakehashi::stored::{save, StoredState, STORAGE_KEY};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

struct Mounted {
    root: Element,
    handle: yew::AppHandle<App>,
}

impl Mounted {
    fn q(&self, selector: &str) -> Element {
        self.root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
    }
    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
    }
    fn click(&self, selector: &str) {
        self.q(selector).unchecked_into::<HtmlElement>().click();
    }
    fn unmount(self) {
        self.handle.destroy();
        self.root.remove();
    }
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(60)).await;
}

async fn mount_console() -> Mounted {
    let cohort = demo_cohort(10, 2, Lang::En, "2026-11-26T09:00:00Z");
    let state = StoredState { lang: Some(Lang::En), cohort: Some(cohort), ..StoredState::default() };
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage.set_item(STORAGE_KEY, &save(&state)).unwrap();
    web_sys::window().unwrap().location().set_hash("#/console").unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    Mounted { root, handle }
}

fn members(card: &Element) -> String {
    card.get_attribute("data-members").unwrap()
}

#[wasm_bindgen_test]
async fn a_locked_pair_holds_across_a_re_run() {
    let app = mount_console().await;
    app.click("#board-run");
    settle().await;
    let cards = app.all(".pair-card");
    assert_eq!(cards.len(), 5, "10 people, 5 pairs");
    assert_eq!(app.q("#board-optimal").get_attribute("data-optimal").as_deref(), Some("true"));
    let total = app.q("#board-total").text_content().unwrap();

    // Lock the last pair, change a setting so that the re-run has a reason to differ.
    let locked = members(&cards[4]);
    cards[4].query_selector(".pair-lock").unwrap().unwrap().unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(app.all(".pair-locked").len(), 1);
    app.click("#board-run");
    settle().await;
    let locked_cards = app.all(".pair-locked");
    assert_eq!(locked_cards.len(), 1, "the lock holds");
    assert_eq!(members(&locked_cards[0]), locked);
    assert!(!app.q("#board-total").text_content().unwrap().is_empty());

    // Break it: its two people are listed without a partner; undo brings it back.
    locked_cards[0].query_selector(".pair-break").unwrap().unwrap().unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(app.all(".pair-card").len(), 4);
    assert_eq!(app.all(".unmatched-item").len(), 2);
    assert_eq!(app.q("#board-optimal").get_attribute("data-optimal").as_deref(), Some("false"));
    app.click("#board-undo");
    settle().await;
    assert_eq!(app.all(".pair-card").len(), 5);
    assert_eq!(app.all(".pair-locked").len(), 1);
    let _ = total;
    app.unmount();
}

#[wasm_bindgen_test]
async fn names_are_shown_as_text() {
    let mut cohort = demo_cohort(10, 2, Lang::En, "2026-11-26T09:00:00Z");
    cohort.responses[0].name = "<img src=x onerror=alert(1)>".into();
    let state = StoredState { lang: Some(Lang::Ja), cohort: Some(cohort), ..StoredState::default() };
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage.set_item(STORAGE_KEY, &save(&state)).unwrap();
    web_sys::window().unwrap().location().set_hash("#/console").unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    let app = Mounted { root, handle };
    app.click("#board-run");
    settle().await;
    assert!(app.all(".match-board img").is_empty(), "no element made from a name");
    let names: Vec<String> = app.all(".pair-name").iter().filter_map(|e| e.text_content()).collect();
    assert!(names.iter().any(|n| n == "<img src=x onerror=alert(1)>"));
    app.unmount();
}
