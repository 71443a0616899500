//! Component tests of the set-up view in headless Chromium (wasm-bindgen-test): the whole
//! app is mounted on `#/setup` with a workshop in storage and driven through the DOM.
#![cfg(target_arch = "wasm32")]

mod support;

use kakehashi::document::model::Kind;
use kakehashi::document::model::{Cohort, Lang, Response};
use kakehashi::document::template::{workshop_with_preset, GenerationPreset};
use kakehashi::workflow::stored::records::Loaded as Records;
use kakehashi::workflow::stored::StoredState;
use support::{eventually, eventually_stored, mount, stored};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Stores an English session with the international template and opens `#/setup`.
async fn prepare() {
    prepare_with_answers(0).await;
}

/// As [`prepare`], with `n` participants' answers collected.
async fn prepare_with_answers(n: usize) {
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
    let cohort = Cohort {
        format: Kind::Cohort.tag(),
        workshop,
        responses,
        rounds: vec![],
        pairing: None,
    };
    support::prepare(
        &StoredState {
            lang: Some(Lang::En),
            cohort: Some(cohort),
            ..StoredState::default()
        },
        "#/setup",
    )
    .await;
}

#[wasm_bindgen_test]
async fn a_duplicate_skill_id_is_shown_beside_the_field_and_save_is_disabled() {
    prepare().await;
    let app = mount().await;
    app.appears("h1").await;
    assert_eq!(app.text("h1"), "Set up & share");
    app.click("#setup-edit");
    app.appears("#setup-save").await;
    assert_eq!(
        app.attr("#setup-save", "disabled"),
        None,
        "the template can be saved as it is"
    );

    app.type_into("#setup-skills-2-id", "ai_tools");
    app.appears("#setup-skills-2-id-problem").await;
    assert_eq!(
        app.attr("#setup-skills-2-id", "aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        app.attr("#setup-skills-2-id", "aria-describedby")
            .as_deref(),
        Some("setup-skills-2-id-problem")
    );
    assert!(
        app.text("#setup-skills-2-id-problem")
            .contains("'ai_tools'"),
        "{}",
        app.text("#setup-skills-2-id-problem")
    );
    assert!(
        app.has("#setup-skills-0-id-problem"),
        "the first skill with the id too"
    );
    assert_eq!(app.attr("#setup-skills-1-id", "aria-invalid"), None);
    assert!(
        app.attr("#setup-save", "disabled").is_some(),
        "Save is disabled while problems exist"
    );
    assert!(
        app.text("#setup-save-status").ends_with(": 1"),
        "one problem, shown at two fields: {}",
        app.text("#setup-save-status")
    );

    // The draft is in storage as typed, and the message follows the UI language.
    eventually_stored(
        |s| {
            s.facilitator
                .workshop_draft
                .as_ref()
                .is_some_and(|d| d.skills[2].id == "ai_tools")
        },
        "the draft is stored",
    )
    .await;
    app.click("[data-lang=ja]");
    eventually(
        || app.attr("[data-lang=ja]", "aria-pressed").as_deref() == Some("true"),
        "Japanese is pressed",
    )
    .await;
    assert!(
        app.text("#setup-skills-2-id-problem").contains("重複"),
        "{}",
        app.text("#setup-skills-2-id-problem")
    );

    // Fixing the id clears the problem and enables Save again.
    app.type_into("#setup-skills-2-id", "social");
    app.disappears("#setup-skills-2-id-problem").await;
    assert!(!app.has("#setup-skills-2-id-problem"));
    assert_eq!(app.attr("#setup-save", "disabled"), None);
    app.unmount();
}

#[wasm_bindgen_test]
async fn editing_a_label_and_saving_updates_the_workshop() {
    prepare().await;
    let app = mount().await;
    app.click("#setup-edit");
    app.appears("#setup-skills-0-label-en").await;
    app.type_into("#setup-skills-0-label-en", "Prompting");
    let typed = |s: &Records| {
        s.facilitator
            .workshop_draft
            .as_ref()
            .is_some_and(|d| d.skills[0].label.en == "Prompting")
    };
    eventually_stored(typed, "the draft with the new label is stored").await;
    app.unmount();

    // A reload keeps the draft: the editor comes back with the edit.
    let app = mount().await;
    app.appears("#setup-skills-0-label-en").await;
    assert_eq!(app.value("#setup-skills-0-label-en"), "Prompting");
    app.click("#setup-save");
    app.appears("#setup-edit").await;
    eventually_stored(
        |s| s.facilitator.workshop_draft.is_none(),
        "the draft is saved",
    )
    .await;
    let state = stored().await;
    assert_eq!(state.facilitator.workshop_draft, None);
    assert_eq!(
        state.facilitator.cohort.clone().unwrap().workshop.skills[0]
            .label
            .en,
        "Prompting"
    );
    assert!(app.has("#setup-edit"), "the editor closed");
    assert_eq!(app.text(".notice p"), "The workshop was saved.");
    app.unmount();
}

#[wasm_bindgen_test]
async fn moving_and_removing_skills_and_discarding() {
    prepare().await;
    let app = mount().await;
    app.click("#setup-edit");
    app.appears("#setup-skills-1-up").await;
    assert!(app.attr("#setup-skills-0-up", "disabled").is_some());
    app.click("#setup-skills-1-up");
    let moved = |s: &Records| {
        s.facilitator
            .workshop_draft
            .as_ref()
            .is_some_and(|d| d.skills[0].id == "smartphone_apps" && d.skills[1].id == "ai_tools")
    };
    eventually_stored(moved, "the second skill is first").await;
    // Focus is moved by an effect after the render.
    eventually(
        || app.focused_id() == "setup-skills-0-down",
        "focus follows the moved skill",
    )
    .await;
    // Focus followed the moved skill; at the top its Up is disabled, so Down holds it.
    assert_eq!(Some(app.focused_id().as_str()), Some("setup-skills-0-down"));

    app.click("#setup-skills-0-remove");
    eventually_stored(
        |s| {
            s.facilitator
                .workshop_draft
                .as_ref()
                .is_some_and(|d| d.skills.len() == 11)
        },
        "a skill is removed",
    )
    .await;

    app.click("#setup-discard");
    app.appears("#setup-discard-yes").await;
    app.click("#setup-discard-yes");
    eventually_stored(
        |s| s.facilitator.workshop_draft.is_none(),
        "the draft is discarded",
    )
    .await;
    assert_eq!(
        stored()
            .await
            .facilitator
            .cohort
            .clone()
            .unwrap()
            .workshop
            .skills
            .len(),
        12,
        "discarding leaves the workshop as it was"
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn the_share_panel_shows_the_link_its_qr_code_and_the_code() {
    prepare().await;
    let app = mount().await;
    let link = app.value("#share-link");
    assert!(link.contains("#/survey?w=KW2."), "{link}");
    assert!(app.has(".qr-share[role=img] svg"), "the QR code is drawn");
    assert_eq!(
        app.attr(".qr-share", "aria-label").as_deref(),
        Some("QR code of the share link")
    );
    let code = app.value("#share-code");
    assert!(code.starts_with("KW2.") && link.ends_with(&code));

    let before = link.clone();
    app.type_into("#share-address", "https://intranet.example/kakehashi/");
    eventually(
        || app.value("#share-link") != before,
        "the link follows the typed address",
    )
    .await;
    let link = app.value("#share-link");
    assert!(
        link.starts_with("https://intranet.example/kakehashi/#/survey?w=KW2."),
        "{link}"
    );
    assert!(!app.has("#share-address-warning"));
    let kept = |s: &Records| {
        s.facilitator.public_base.as_deref() == Some("https://intranet.example/kakehashi/")
    };
    eventually_stored(kept, "the address is stored").await;
    app.type_into("#share-address", "file:///home/me/kakehashi.html");
    app.appears("#share-address-warning").await;
    assert!(app.has("#share-address-warning"), "a file:// address warns");
    app.unmount();
}

#[wasm_bindgen_test]
async fn removing_a_skill_warns_that_answers_no_longer_fit_and_saving_archives_them() {
    prepare_with_answers(2).await;
    let app = mount().await;
    app.click("#setup-edit");
    app.appears("#setup-skills-0-label-en").await;
    assert!(
        !app.has("#setup-answers-warning"),
        "the answers fit the unchanged workshop"
    );
    app.type_into("#setup-skills-0-label-en", "Prompting");
    // The draft is stored after the render the new name caused.
    let typed = |s: &Records| {
        s.facilitator
            .workshop_draft
            .as_ref()
            .is_some_and(|d| d.skills[0].label.en == "Prompting")
    };
    eventually_stored(typed, "the draft with the new label is stored").await;
    assert!(
        !app.has("#setup-answers-warning"),
        "a new name fits every answer"
    );

    app.click("#setup-skills-11-remove");
    app.appears("#setup-answers-warning").await;
    let warning = app.text("#setup-answers-warning");
    assert!(
        warning.contains("2 of the answers") && warning.contains("archive"),
        "{warning}"
    );
    let described = app
        .attr("#setup-save", "aria-describedby")
        .unwrap_or_default();
    assert!(
        described.contains("setup-answers-warning"),
        "Save points to the warning: {described}"
    );

    app.click("#setup-save");
    app.appears(".notice").await;
    eventually_stored(
        |s| s.facilitator.workshop_draft.is_none(),
        "the draft is saved",
    )
    .await;
    let state = stored().await;
    assert_eq!(state.facilitator.cohort.clone().unwrap().responses.len(), 0);
    assert_eq!(
        state.facilitator.archive.last().unwrap().responses.len(),
        2,
        "the answers are archived, not dropped"
    );
    assert!(app.has(".notice button"), "Undo is offered");
    app.unmount();
}

/// Sets or clears what the single file's loader publishes (scripts/single-file.mjs).
fn set_single_file(html: Option<&str>) {
    let global = js_sys::global();
    let value = match html {
        Some(html) => {
            let single = js_sys::Object::new();
            js_sys::Reflect::set(&single, &"html".into(), &html.into()).unwrap();
            js_sys::Reflect::set(&single, &"workerUrl".into(), &wasm_bindgen::JsValue::NULL)
                .unwrap();
            single.into()
        }
        None => wasm_bindgen::JsValue::UNDEFINED,
    };
    js_sys::Reflect::set(&global, &"kakehashiSingleFile".into(), &value).unwrap();
}

#[wasm_bindgen_test]
async fn the_single_file_saves_a_survey_file_of_the_saved_workshop() {
    set_single_file(Some(
        r#"<!doctype html><html><head><script type="application/json" id="kakehashi-workshop"></script></head><body></body></html>"#,
    ));
    prepare().await;
    let app = mount().await;
    assert_eq!(
        app.text("#share-survey-file-heading"),
        "3. Survey file",
        "after the link and its QR code"
    );
    app.click(".share-survey-file button");
    app.appears(".share-survey-file-status p").await;
    assert_eq!(
        app.text(".share-survey-file-status"),
        "Saved: kakehashi-reverse-mentoring.html"
    );
    app.unmount();
    set_single_file(None);
}

#[wasm_bindgen_test]
async fn a_served_app_without_the_single_file_beside_it_says_where_to_save_from() {
    set_single_file(None);
    prepare().await;
    let app = mount().await;
    app.click(".share-survey-file button");
    // The test runner serves no kakehashi.html: the fetch gets a 404.
    eventually(
        || {
            app.text(".share-survey-file-status")
                .contains("kakehashi.html")
        },
        "the missing-file message",
    )
    .await;
    assert_eq!(
        app.text(".share-survey-file-status"),
        "The single-file edition (kakehashi.html) is not next to this page, so a survey file cannot be made here. Open kakehashi.html and save it from there."
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn departments_one_per_line_and_mentor_generations_are_edited_and_saved() {
    set_single_file(None);
    prepare().await;
    let app = mount().await;
    app.click("#setup-edit");
    app.appears("#setup-departments").await;

    // Departments: typed one per line; a name listed twice is shown under the area.
    app.change("#setup-departments", "営業部\n開発部\n営業部\n");
    app.appears("#setup-departments-problem").await;
    assert_eq!(
        app.attr("#setup-departments", "aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        app.text("#setup-departments-problem"),
        "The department '営業部' is listed twice; list each once."
    );
    assert!(app.attr("#setup-save", "disabled").is_some());
    app.change("#setup-departments", " 営業部 \n\n開発部\n");
    app.disappears("#setup-departments-problem").await;
    assert!(!app.has("#setup-departments-problem"));

    // Reverse mode: the template's mentors are checked; with none, a warning (not a block).
    let checked = |i: usize| {
        app.q(&format!("#setup-mentor-{i}"))
            .unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    };
    let n = app.all("[id^=setup-mentor-]").len();
    assert_eq!(n, 5, "one box per generation");
    let generations = workshop_with_preset(GenerationPreset::International).generations;
    for i in 0..n {
        if checked(i) {
            app.click(&format!("#setup-mentor-{i}"));
            let id = &generations[i].id;
            eventually_stored(
                |s| {
                    s.facilitator
                        .workshop_draft
                        .as_ref()
                        .is_some_and(|d| !d.matching.mentor_generations.contains(id))
                },
                &format!("generation {i} no longer mentors"),
            )
            .await;
        }
    }
    app.appears(".edit-section .warning").await;
    assert_eq!(
        app.text(".edit-section .warning"),
        "No generation mentors: check at least one."
    );
    app.click("#setup-mentor-4");
    app.disappears(".edit-section .warning").await;
    assert!(!app.has(".edit-section .warning"));
    assert_eq!(app.attr("#setup-save", "disabled"), None);

    app.click("#setup-save");
    eventually_stored(
        |s| s.facilitator.workshop_draft.is_none(),
        "the draft is saved",
    )
    .await;
    let workshop = stored()
        .await
        .facilitator
        .cohort
        .clone()
        .unwrap()
        .workshop
        .clone();
    assert_eq!(workshop.departments, ["営業部", "開発部"]);
    assert_eq!(
        workshop.matching.mentor_generations,
        [workshop.generations[4].id.clone()]
    );
    app.unmount();
}
