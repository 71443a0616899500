//! Component tests of the participant survey in headless Chromium: validation messages,
//! progress, keyboard behaviour (including Japanese IME Enter), translations.
#![cfg(target_arch = "wasm32")]

use kakehashi::app::App;
use kakehashi::model::Lang;
use kakehashi::session::SurveyState;
use kakehashi::stored::{save, StoredState, STORAGE_KEY};
use kakehashi::survey::Draft;
use kakehashi::template::{workshop_with_preset, GenerationPreset};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

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
    fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).unwrap().is_some()
    }
    fn text(&self, selector: &str) -> String {
        self.q(selector).text_content().unwrap_or_default()
    }
    fn click(&self, selector: &str) {
        self.q(selector).unchecked_into::<HtmlElement>().click();
    }
    /// Types into a text field as a user would: the value changes and `input` fires.
    fn type_into(&self, selector: &str, value: &str) {
        let input: HtmlInputElement = self.q(selector).unchecked_into();
        input.set_value(value);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        input.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    }
    fn press_enter(&self, selector: &str, composing: bool) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Enter");
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_is_composing(composing);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.q(selector).dispatch_event(&event).unwrap();
    }
    fn focused_id(&self) -> String {
        document().active_element().map(|e| e.id()).unwrap_or_default()
    }
    fn unmount(self) {
        self.handle.destroy();
        self.root.remove();
    }
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

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
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage.set_item(STORAGE_KEY, &save(&state)).unwrap();
    web_sys::window().unwrap().location().set_hash("#/survey").unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    Mounted { root, handle }
}

#[wasm_bindgen_test]
async fn submitting_an_empty_form_lists_every_problem_and_focuses_the_first() {
    let app = mount_survey(Lang::Ja).await;
    assert!(!app.has(".error-summary"), "no errors before the first attempt");
    app.click("button[type=submit]");
    settle().await;
    assert_eq!(app.root.query_selector_all(".error-summary li").unwrap().length(), 14);
    assert_eq!(app.text("#survey-name-error"), "表示名を入力してください。");
    assert_eq!(app.q("#survey-name").get_attribute("aria-invalid").as_deref(), Some("true"));
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
    assert_eq!(app.q("[role=progressbar]").get_attribute("aria-valuenow").as_deref(), Some("2"));
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
