//! Component tests of the participant survey in headless Chromium: validation messages,
//! progress, keyboard behaviour (including Japanese IME Enter), translations.
#![cfg(target_arch = "wasm32")]

mod support;

use kakehashi::document::model::Lang;
use kakehashi::document::template::{workshop_with_preset, GenerationPreset};
use kakehashi::workflow::followup::FollowUpForm;
use kakehashi::workflow::stored::records::Loaded as Records;
use kakehashi::workflow::stored::StoredState;
use kakehashi::workflow::survey::Draft;
use kakehashi::workflow::survey::SurveyState;
use support::{eventually, eventually_stored, mount, prepare, stored, Mounted};
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
        followup: None,
    };
    let state = StoredState {
        lang: Some(lang),
        survey: Some(survey),
        ..StoredState::default()
    };
    prepare(&state, "#/survey").await;
    let app = mount().await;
    app.appears("form.survey [data-testid=progress]").await;
    app
}

/// Whether the draft the app saved has this name: the save runs after the render of
/// every change, so once it is there, whatever the same events dispatched has been
/// rendered.
fn saved_name(name: &'static str) -> impl Fn(&Records) -> bool {
    move |s| {
        s.surveys
            .values()
            .next()
            .is_some_and(|survey| survey.draft.name == name)
    }
}

/// The survey the app saved.
async fn saved_survey() -> SurveyState {
    stored()
        .await
        .surveys
        .into_values()
        .next()
        .expect("a survey is stored")
}

#[wasm_bindgen_test]
async fn submitting_an_empty_form_lists_every_problem_and_focuses_the_first() {
    let app = mount_survey(Lang::Ja).await;
    assert!(
        !app.has(".error-summary"),
        "no errors before the first attempt"
    );
    app.click("button[type=submit]");
    app.appears(".error-summary li").await;
    assert_eq!(app.all(".error-summary li").len(), 14);
    assert_eq!(app.text("#survey-name-error"), "表示名を入力してください。");
    assert_eq!(
        app.attr("#survey-name", "aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(app.focused_id(), "survey-name");
    assert!(app
        .text(".error-summary")
        .contains("評価を選んでください： 生成AIツール"));

    // Fixing the name removes its message at once.
    app.type_into("#survey-name", "山田 太郎");
    eventually(
        || app.all(".error-summary li").len() == 13,
        "the summary drops the name's problem",
    )
    .await;
    assert!(!app.has("#survey-name-error"));
    app.unmount();
}

#[wasm_bindgen_test]
async fn progress_counts_required_answers() {
    let app = mount_survey(Lang::En).await;
    assert_eq!(app.text("[data-testid=progress]"), "0 / 14 answered");
    app.type_into("#survey-name", "Ann");
    app.shows("[data-testid=progress]", "1 / 14 answered").await;
    app.click("#skill-ai_tools-4");
    app.shows("[data-testid=progress]", "2 / 14 answered").await;
    assert_eq!(app.text("[data-testid=progress]"), "2 / 14 answered");
    assert_eq!(
        app.attr("[role=progressbar]", "aria-valuenow").as_deref(),
        Some("2")
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn enter_confirming_an_ime_conversion_neither_submits_nor_advances() {
    let app = mount_survey(Lang::Ja).await;
    app.q("#survey-name")
        .unchecked_into::<HtmlElement>()
        .focus()
        .unwrap();
    app.type_into("#survey-name", "やまだ");
    app.press_enter("#survey-name", true);
    // A submit would render with the typing: wait for the typing's render and save.
    eventually_stored(saved_name("やまだ"), "the typed name is saved").await;
    assert_eq!(app.focused_id(), "survey-name", "IME Enter keeps the focus");
    assert!(!app.has(".error-summary"), "IME Enter does not submit");
    assert!(
        !saved_survey().await.attempted,
        "no submit attempt was saved"
    );

    // A plain Enter moves on to the next field, still without submitting. The conversion
    // is confirmed first, so that the Enter is followed by a render that can be awaited.
    app.type_into("#survey-name", "山田");
    app.press_enter("#survey-name", false);
    eventually_stored(saved_name("山田"), "the confirmed name is saved").await;
    assert_eq!(app.focused_id(), "generation-input-choose");
    assert!(!app.has(".error-summary"));
    assert!(
        !saved_survey().await.attempted,
        "no submit attempt was saved"
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn full_width_birth_year_shows_its_generation_in_both_languages() {
    let app = mount_survey(Lang::Ja).await;
    app.click("#generation-input-year");
    app.appears("#survey-birth-year").await;
    app.type_into("#survey-birth-year", "１９９８");
    eventually(
        || !app.text("#birth-year-maps").is_empty(),
        "the birth year's generation is shown",
    )
    .await;
    assert!(
        app.text("#birth-year-maps").contains("Z世代"),
        "{}",
        app.text("#birth-year-maps")
    );
    assert_eq!(app.text("label[for=survey-name]"), "表示名 *");

    app.click("[data-lang=en]");
    eventually(
        || app.attr("[data-lang=en]", "aria-pressed").as_deref() == Some("true"),
        "English is pressed",
    )
    .await;
    assert!(
        app.text("#birth-year-maps").contains("Gen Z"),
        "{}",
        app.text("#birth-year-maps")
    );
    assert_eq!(app.text("label[for=survey-name]"), "Display name *");
    assert_eq!(app.text("#skill-ai_tools ~ .scale-text"), "No experience");
    app.click("button[type=submit]");
    app.appears("#survey-name-error").await;
    assert_eq!(
        app.text("#survey-name-error"),
        "Please enter a display name."
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn completing_the_answers_opens_the_step_that_remains_focused_with_the_files_name() {
    let app = mount_survey(Lang::Ja).await;
    assert_eq!(app.text("button[type=submit]"), "回答を完成させる");
    let workshop = workshop_with_preset(GenerationPreset::Japanese);
    app.type_into("#survey-name", "山田 太郎");
    app.change("#survey-generation", &workshop.generations[0].id);
    for skill in &workshop.skills {
        app.click(&format!("#skill-{}", skill.id));
    }
    app.shows("[data-testid=progress]", "14 / 14 回答済み")
        .await;
    app.click("button[type=submit]");
    app.appears("#hand-back-title").await;
    assert_eq!(
        app.text("#hand-back-title"),
        "あと1ステップ：回答をファシリテーターに渡してください"
    );
    eventually(
        || app.focused_id() == "hand-back-title",
        "the step that remains is focused",
    )
    .await;
    assert_eq!(
        app.text("#hand-back-save"),
        "response-山田 太郎.json を保存"
    );
    assert!(app
        .text("section[aria-labelledby=hb-file] p")
        .starts_with("response-山田 太郎.json を保存して"));

    app.click("[data-lang=en]");
    app.shows(
        "#hand-back-title",
        "One more step: hand your answers to the facilitator",
    )
    .await;
    assert_eq!(app.text("#hand-back-save"), "Save response-山田 太郎.json");
    app.unmount();
}

/// Mounts the app with a follow-up survey open (issue 11 §3): three people of round 1.
async fn mount_followup(lang: Lang) -> Mounted {
    use kakehashi::document::model::{FollowUpPerson, FollowUpSurvey};
    let mut workshop = workshop_with_preset(GenerationPreset::Japanese);
    let person = |id: &str, name: &str, partners: &[&str]| FollowUpPerson {
        id: id.into(),
        name: name.into(),
        partners: partners.iter().map(|p| p.to_string()).collect(),
    };
    workshop.followup = Some(FollowUpSurvey {
        round: 1,
        people: vec![
            person("p-a", "山田 太郎", &["p-b"]),
            person("p-b", "佐藤 花子", &["p-a"]),
        ],
    });
    let survey = SurveyState {
        workshop,
        participant_id: "p-test".into(),
        draft: Draft::default(),
        created_at: None,
        submitted: None,
        editing: false,
        kiosk: false,
        attempted: false,
        followup: Some(FollowUpForm::default()),
    };
    let state = StoredState {
        lang: Some(lang),
        survey: Some(survey),
        ..StoredState::default()
    };
    prepare(&state, "#/survey").await;
    let app = mount().await;
    app.appears("form.followup-survey [data-testid=progress]")
        .await;
    app
}

#[wasm_bindgen_test]
async fn the_follow_up_form_names_the_partner_and_words_its_problems() {
    let app = mount_followup(Lang::Ja).await;
    assert_eq!(app.text("[data-testid=progress]"), "0 / 16 回答済み");
    assert!(!app.has("input[id^=want-]"), "no 'want to learn' here");
    app.click("button[type=submit]");
    app.appears(".error-summary li").await;
    assert_eq!(app.all(".error-summary li").len(), 16);
    assert_eq!(app.focused_id(), "followup-person");
    assert_eq!(
        app.text("#followup-person-error"),
        "お名前を選んでください。"
    );
    assert_eq!(
        app.attr("#followup-person", "aria-invalid").as_deref(),
        Some("true")
    );

    app.change("#followup-person", "p-b");
    app.shows("#followup-partner", "あなたのパートナー：山田 太郎")
        .await;
    app.type_into("#followup-meetings", "１２回");
    app.click("#followup-satisfaction-4");
    app.click("#followup-new-partner");
    eventually(
        || app.all(".error-summary li").len() == 12,
        "only the skills are left to answer",
    )
    .await;
    assert_eq!(app.text("[data-testid=progress]"), "4 / 16 回答済み");
    eventually_stored(
        |s| {
            s.surveys.values().any(|x| {
                x.followup
                    .as_ref()
                    .is_some_and(|f| f.draft.wants_new_partner == Some(true))
            })
        },
        "the follow-up form is stored as typed",
    )
    .await;
    let saved = stored().await;
    let form = saved
        .surveys
        .values()
        .find_map(|s| s.followup.clone())
        .expect("the follow-up form is stored");
    assert_eq!(form.draft.person.as_deref(), Some("p-b"));
    assert_eq!(form.draft.satisfaction, Some(4));
    assert_eq!(form.draft.wants_new_partner, Some(true));
    app.unmount();
}
