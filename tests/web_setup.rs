//! Component tests of the set-up view in headless Chromium (wasm-bindgen-test): the whole
//! app is mounted on `#/setup` with a workshop in storage and driven through the DOM.
#![cfg(target_arch = "wasm32")]

use kakehashi::app::App;
use kakehashi::formats::Kind;
use kakehashi::model::{Cohort, Lang, Response};
use kakehashi::stored::{self, StoredState, STORAGE_KEY};
use kakehashi::template::{workshop_with_preset, GenerationPreset};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

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

/// Stores an English session with the international template and opens `#/setup`.
fn prepare() {
    prepare_with_answers(0);
}

/// As [`prepare`], with `n` participants' answers collected.
fn prepare_with_answers(n: usize) {
    let workshop = workshop_with_preset(GenerationPreset::International);
    let responses = (0..n)
        .map(|i| Response {
            format: Kind::Response.tag(),
            workshop_id: workshop.id.clone(),
            participant_id: format!("p-{i}"),
            name: format!("Participant {i}"),
            generation: Some("gen_x".into()),
            birth_year: None,
            department: None,
            ratings: workshop.skills.iter().map(|s| (s.id.clone(), 3)).collect(),
            wants_to_learn: vec![],
            note: None,
            created_at: "2026-11-26T09:00:00Z".into(),
            updated_at: "2026-11-26T09:00:00Z".into(),
        })
        .collect();
    let cohort = Cohort { format: Kind::Cohort.tag(), workshop, responses, rounds: vec![], pairing: None };
    let state = StoredState { lang: Some(Lang::En), cohort: Some(cohort), ..StoredState::default() };
    storage().clear().unwrap();
    storage().set_item(STORAGE_KEY, &stored::save(&state)).unwrap();
    web_sys::window().unwrap().location().set_hash("/setup").unwrap();
}

async fn mount() -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    Mounted { root, handle }
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Waits until `done` holds (renders and storage writes follow a dispatch), at most 3 s.
async fn eventually(done: impl Fn() -> bool, what: &str) {
    for _ in 0..150 {
        if done() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting until {what}");
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    find(root, selector).get_attribute(name)
}

fn click(root: &Element, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
}

/// Types `value` into an input as a user would: sets it and fires a bubbling `input`.
fn type_into(root: &Element, selector: &str, value: &str) {
    let input = find(root, selector).unchecked_into::<HtmlInputElement>();
    input.set_value(value);
    let event = document().create_event("Event").unwrap();
    event.init_event_with_bubbles_and_cancelable("input", true, false);
    input.dispatch_event(&event).unwrap();
}

fn stored_state() -> StoredState {
    match stored::load(storage().get_item(STORAGE_KEY).unwrap().as_deref()) {
        stored::Loaded::Ok(state) => state,
        _ => panic!("the stored state does not load"),
    }
}

#[wasm_bindgen_test]
async fn a_duplicate_skill_id_is_shown_beside_the_field_and_save_is_disabled() {
    prepare();
    let app = mount().await;
    let root = &app.root;
    assert_eq!(text(root, "h1"), "Set up & share");
    click(root, "#setup-edit");
    settle().await;
    assert_eq!(attr(root, "#setup-save", "disabled"), None, "the template can be saved as it is");

    type_into(root, "#setup-skills-2-id", "ai_tools");
    settle().await;
    assert_eq!(attr(root, "#setup-skills-2-id", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(attr(root, "#setup-skills-2-id", "aria-describedby").as_deref(), Some("setup-skills-2-id-problem"));
    assert!(text(root, "#setup-skills-2-id-problem").contains("'ai_tools'"), "{}", text(root, "#setup-skills-2-id-problem"));
    assert!(root.query_selector("#setup-skills-0-id-problem").unwrap().is_some(), "the first skill with the id too");
    assert_eq!(attr(root, "#setup-skills-1-id", "aria-invalid"), None);
    assert!(attr(root, "#setup-save", "disabled").is_some(), "Save is disabled while problems exist");
    assert!(text(root, "#setup-save-status").ends_with(": 1"), "one problem, shown at two fields: {}", text(root, "#setup-save-status"));

    // The draft is in storage as typed, and the message follows the UI language.
    eventually(|| stored_state().workshop_draft.is_some_and(|d| d.skills[2].id == "ai_tools"), "the draft is stored").await;
    click(root, "[data-lang=ja]");
    settle().await;
    assert!(text(root, "#setup-skills-2-id-problem").contains("重複"), "{}", text(root, "#setup-skills-2-id-problem"));

    // Fixing the id clears the problem and enables Save again.
    type_into(root, "#setup-skills-2-id", "social");
    settle().await;
    assert!(root.query_selector("#setup-skills-2-id-problem").unwrap().is_none());
    assert_eq!(attr(root, "#setup-save", "disabled"), None);
    app.unmount();
}

#[wasm_bindgen_test]
async fn editing_a_label_and_saving_updates_the_workshop() {
    prepare();
    let app = mount().await;
    let root = &app.root;
    click(root, "#setup-edit");
    settle().await;
    type_into(root, "#setup-skills-0-label-en", "Prompting");
    settle().await;
    app.unmount();

    // A reload keeps the draft: the editor comes back with the edit.
    let app = mount().await;
    let root = &app.root;
    assert_eq!(find(root, "#setup-skills-0-label-en").unchecked_into::<HtmlInputElement>().value(), "Prompting");
    click(root, "#setup-save");
    settle().await;
    eventually(|| stored_state().workshop_draft.is_none(), "the draft is saved").await;
    let state = stored_state();
    assert_eq!(state.workshop_draft, None);
    assert_eq!(state.cohort.unwrap().workshop.skills[0].label.en, "Prompting");
    assert!(root.query_selector("#setup-edit").unwrap().is_some(), "the editor closed");
    assert_eq!(text(root, ".notice p"), "The workshop was saved.");
    app.unmount();
}

#[wasm_bindgen_test]
async fn moving_and_removing_skills_and_discarding() {
    prepare();
    let app = mount().await;
    let root = &app.root;
    click(root, "#setup-edit");
    settle().await;
    assert!(attr(root, "#setup-skills-0-up", "disabled").is_some());
    click(root, "#setup-skills-1-up");
    settle().await;
    let moved = || stored_state().workshop_draft.is_some_and(|d| d.skills[0].id == "smartphone_apps" && d.skills[1].id == "ai_tools");
    eventually(moved, "the second skill is first").await;
    // Focus followed the moved skill; at the top its Up is disabled, so Down holds it.
    assert_eq!(document().active_element().map(|e| e.id()).as_deref(), Some("setup-skills-0-down"));

    click(root, "#setup-skills-0-remove");
    settle().await;
    eventually(|| stored_state().workshop_draft.is_some_and(|d| d.skills.len() == 11), "a skill is removed").await;

    click(root, "#setup-discard");
    settle().await;
    click(root, "#setup-discard-yes");
    settle().await;
    eventually(|| stored_state().workshop_draft.is_none(), "the draft is discarded").await;
    assert_eq!(stored_state().cohort.unwrap().workshop.skills.len(), 12, "discarding leaves the workshop as it was");
    app.unmount();
}

#[wasm_bindgen_test]
async fn the_share_panel_shows_the_link_its_qr_code_and_the_code() {
    prepare();
    let app = mount().await;
    let root = &app.root;
    let link = find(root, "#share-link").unchecked_into::<HtmlInputElement>().value();
    assert!(link.contains("#/survey?w=KW1."), "{link}");
    assert!(root.query_selector(".qr-share[role=img] svg").unwrap().is_some(), "the QR code is drawn");
    assert_eq!(attr(root, ".qr-share", "aria-label").as_deref(), Some("QR code of the share link"));
    let code = find(root, "#share-code").unchecked_into::<web_sys::HtmlTextAreaElement>().value();
    assert!(code.starts_with("KW1.") && link.ends_with(&code));

    type_into(root, "#share-address", "https://intranet.example/kakehashi/");
    settle().await;
    let link = find(root, "#share-link").unchecked_into::<HtmlInputElement>().value();
    assert!(link.starts_with("https://intranet.example/kakehashi/#/survey?w=KW1."), "{link}");
    assert!(root.query_selector("#share-address-warning").unwrap().is_none());
    let kept = || stored_state().public_base.as_deref() == Some("https://intranet.example/kakehashi/");
    eventually(kept, "the address is stored").await;
    type_into(root, "#share-address", "file:///home/me/kakehashi.html");
    settle().await;
    assert!(root.query_selector("#share-address-warning").unwrap().is_some(), "a file:// address warns");
    app.unmount();
}

#[wasm_bindgen_test]
async fn removing_a_skill_warns_that_answers_no_longer_fit_and_saving_archives_them() {
    prepare_with_answers(2);
    let app = mount().await;
    let root = &app.root;
    click(root, "#setup-edit");
    settle().await;
    assert!(root.query_selector("#setup-answers-warning").unwrap().is_none(), "the answers fit the unchanged workshop");
    type_into(root, "#setup-skills-0-label-en", "Prompting");
    settle().await;
    assert!(root.query_selector("#setup-answers-warning").unwrap().is_none(), "a new name fits every answer");

    click(root, "#setup-skills-11-remove");
    settle().await;
    let warning = text(root, "#setup-answers-warning");
    assert!(warning.contains("2 of the answers") && warning.contains("archive"), "{warning}");
    let described = attr(root, "#setup-save", "aria-describedby").unwrap_or_default();
    assert!(described.contains("setup-answers-warning"), "Save points to the warning: {described}");

    click(root, "#setup-save");
    eventually(|| stored_state().workshop_draft.is_none(), "the draft is saved").await;
    let state = stored_state();
    assert_eq!(state.cohort.unwrap().responses.len(), 0);
    assert_eq!(state.archive.last().unwrap().responses.len(), 2, "the answers are archived, not dropped");
    assert!(root.query_selector(".notice button").unwrap().is_some(), "Undo is offered");
    app.unmount();
}
