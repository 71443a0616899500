//! Component tests of the participant survey in headless Chromium: validation messages,
//! progress, keyboard behaviour (including Japanese IME Enter), translations.
#![cfg(target_arch = "wasm32")]

mod support;

use kakehashi::document::model::Lang;
use kakehashi::workflow::survey::SurveyState;
use kakehashi::workflow::stored::StoredState;
use kakehashi::workflow::survey::Draft;
use kakehashi::document::template::{workshop_with_preset, GenerationPreset};
use support::{mount, prepare, settle, Mounted};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app with the Japanese-preset survey open and an empty draft.
async fn mount_survey(lang: Lang) -> Mounted {
    let survey = SurveyState {
        workshop: workshop_with_preset(GenerationPreset::Japanese),
        participant_id: "p-test".into(),
        draft: Draft::default(),
        created_at: None,
        submitted: None,
        editing: false,
        kiosk: false,
        attempted: false,
    };
    let state = StoredState { lang: Some(lang), survey: Some(survey), ..StoredState::default() };
    prepare(&state, "#/survey");
    mount().await
}

#[wasm_bindgen_test]
async fn submitting_an_empty_form_lists_every_problem_and_focuses_the_first() {
    let app = mount_survey(Lang::Ja).await;
    assert!(!app.has(".error-summary"), "no errors before the first attempt");
    app.click("button[type=submit]");
    settle().await;
    assert_eq!(app.all(".error-summary li").len(), 14);
    assert_eq!(app.text("#survey-name-error"), "表示名を入力してください。");
    assert_eq!(app.attr("#survey-name", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(app.focused_id(), "survey-name");
    assert!(app.text(".error-summary").contains("評価を選んでください： 生成AIツール"));

    // Fixing the name removes its message at once.
    app.type_into("#survey-name", "山田 太郎");
    settle().await;
    assert!(!app.has("#survey-name-error"));
    app.unmount();
}

#[wasm_bindgen_test]
async fn progress_counts_required_answers() {
    let app = mount_survey(Lang::En).await;
    assert_eq!(app.text("[data-testid=progress]"), "0 / 14 answered");
    app.type_into("#survey-name", "Ann");
    settle().await;
    app.click("#skill-ai_tools-4");
    settle().await;
    assert_eq!(app.text("[data-testid=progress]"), "2 / 14 answered");
    assert_eq!(app.attr("[role=progressbar]", "aria-valuenow").as_deref(), Some("2"));
    app.unmount();
}

#[wasm_bindgen_test]
async fn enter_confirming_an_ime_conversion_neither_submits_nor_advances() {
    let app = mount_survey(Lang::Ja).await;
    app.q("#survey-name").unchecked_into::<HtmlElement>().focus().unwrap();
    app.type_into("#survey-name", "やまだ");
    app.press_enter("#survey-name", true);
    settle().await;
    assert_eq!(app.focused_id(), "survey-name", "IME Enter keeps the focus");
    assert!(!app.has(".error-summary"), "IME Enter does not submit");

    // A plain Enter moves on to the next field, still without submitting.
    app.press_enter("#survey-name", false);
    settle().await;
    assert_eq!(app.focused_id(), "generation-input-choose");
    assert!(!app.has(".error-summary"));
    app.unmount();
}

#[wasm_bindgen_test]
async fn full_width_birth_year_shows_its_generation_in_both_languages() {
    let app = mount_survey(Lang::Ja).await;
    app.click("#generation-input-year");
    settle().await;
    app.type_into("#survey-birth-year", "１９９８");
    settle().await;
    assert!(app.text("#birth-year-maps").contains("Z世代"), "{}", app.text("#birth-year-maps"));
    assert_eq!(app.text("label[for=survey-name]"), "表示名 *");

    app.click("[data-lang=en]");
    settle().await;
    assert!(app.text("#birth-year-maps").contains("Gen Z"), "{}", app.text("#birth-year-maps"));
    assert_eq!(app.text("label[for=survey-name]"), "Display name *");
    assert_eq!(app.text("#skill-ai_tools ~ .scale-text"), "No experience");
    app.click("button[type=submit]");
    settle().await;
    assert_eq!(app.text("#survey-name-error"), "Please enter a display name.");
    app.unmount();
}
