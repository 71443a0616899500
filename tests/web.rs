//! Component tests in a real headless Chromium (wasm-bindgen-test): the whole app is
//! mounted into the test page and driven through the DOM, as a user would.
#![cfg(target_arch = "wasm32")]

mod support;

use kakehashi::workflow::stored::records::{COHORT, PREFS};
use kakehashi::workflow::stored::STORAGE_KEY;
use support::{document, eventually, mount, prepare_raw, storage, stored_records};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_app_mounts_and_switches_language() {
    prepare_raw(r#"{"format":"kakehashi/app-state@1","lang":"en"}"#, "#/").await;
    let app = mount().await;
    app.appears("h1").await;
    assert_eq!(app.text("h1"), "Facilitator home");
    assert_eq!(document().title(), "Home — Kakehashi 架け橋");
    assert_eq!(app.text("[data-lang=en]"), "English");
    assert_eq!(
        app.attr("[data-lang=en]", "aria-pressed").as_deref(),
        Some("true")
    );

    app.click("[data-lang=ja]");
    // The render (the button pressed) and its effects (the state saved, after which the
    // same pass sets <html lang> and the title).
    eventually(
        || app.attr("[data-lang=ja]", "aria-pressed").as_deref() == Some("true"),
        "Japanese is pressed",
    )
    .await;
    let saved_in_ja = |records: &std::collections::BTreeMap<String, String>| {
        records
            .get(PREFS)
            .is_some_and(|s| s.contains(r#""lang":"ja""#))
    };
    support::eventually_records(saved_in_ja, "the language is saved").await;
    assert_eq!(app.text("h1"), "ファシリテーターのホーム");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("ja")
    );
    assert_eq!(
        document().title(),
        "ホーム — 架け橋 Kakehashi",
        "the tab's title follows the language"
    );
    let saved = stored_records().await[PREFS].clone();
    assert!(saved.contains(r#""lang":"ja""#), "{saved}");
    app.unmount();
}

#[wasm_bindgen_test]
async fn starting_from_the_template_lists_its_skills_and_is_saved() {
    prepare_raw(r#"{"format":"kakehashi/app-state@1","lang":"en"}"#, "#/").await;
    let app = mount().await;
    app.click(".empty-state .button-primary");
    app.appears(".skill-list li").await;
    assert_eq!(app.all(".skill-list li").len(), 12);
    let saved_cohort = |records: &std::collections::BTreeMap<String, String>| {
        records
            .get(COHORT)
            .is_some_and(|s| s.contains("kakehashi/cohort@1"))
    };
    support::eventually_records(saved_cohort, "the workshop is saved").await;
    let saved = stored_records().await[COHORT].clone();
    assert!(
        saved.contains("kakehashi/cohort@1") && saved.contains("ai_tools"),
        "{saved}"
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn unreadable_storage_is_kept_aside_and_announced() {
    prepare_raw("{ this is not json", "#/").await;
    let app = mount().await;
    app.appears("[role=alert]").await;
    assert!(app.has("[role=alert]"), "a warning is shown");
    assert!(
        app.has("#notice-save-unreadable"),
        "the unreadable data can be saved as a file"
    );
    // The app works on, and what it does is stored as records; the unreadable state is
    // kept where it was, never written over, and a copy is kept beside the records.
    app.click(".empty-state .button-primary");
    app.appears(".skill-list li").await;
    support::eventually_records(
        |r| r.contains_key(COHORT),
        "the new workshop is stored apart",
    )
    .await;
    let kept = storage().get_item(STORAGE_KEY).unwrap();
    assert_eq!(
        kept.as_deref(),
        Some("{ this is not json"),
        "the unreadable data is kept as it was"
    );
    let records = stored_records().await;
    assert!(
        records
            .iter()
            .any(|(k, v)| k.starts_with("unreadable/") && v == "{ this is not json"),
        "{records:?}"
    );
    app.unmount();
}
