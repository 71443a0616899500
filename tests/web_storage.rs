//! Browser journeys of what is kept, whatever storage holds (issues "nothing lost" and
//! "defences"): a large state a newer version wrote is never written over and can be
//! saved as a file; one bad value sets aside only its part; a link to another workshop
//! keeps the draft of the first; a workshop's own locked pairs hold in the app's run.
#![cfg(target_arch = "wasm32")]

mod support;

use kakehashi::demo::demo_cohort;
use kakehashi::document::model::{Cohort, Lang};
use kakehashi::document::template::default_workshop;
use kakehashi::matching::match_cohort;
use kakehashi::transport::codes;
use kakehashi::workflow::stored::{StoredState, STORAGE_KEY};
use support::{
    eventually, eventually_stored, mount, prepare, prepare_raw, storage, stored_records,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-26T09:00:00Z";

/// A 5,000-person state written by a newer version (`app-state@2`): it is kept as it was,
/// a copy goes beside the records before anything is written, the notice says so, and
/// the raw data is offered as a file. What the user does next is stored apart from it.
#[wasm_bindgen_test]
async fn a_large_state_a_newer_version_wrote_is_kept_and_offered_as_a_file() {
    let cohort = demo_cohort(5000, 1, Lang::En, NOW);
    let mut value = serde_json::to_value(StoredState {
        cohort: Some(cohort),
        ..StoredState::default()
    })
    .unwrap();
    value["format"] = "kakehashi/app-state@2".into();
    let raw = value.to_string();
    assert!(raw.len() > 2_000_000, "a large state: {} bytes", raw.len());
    prepare_raw(&raw, "#/").await;
    let app = mount().await;
    app.appears("[role=alert] #notice-save-unreadable").await;
    assert!(
        app.text("[role=alert]").contains("never written over"),
        "{}",
        app.text("[role=alert]")
    );

    app.click(".empty-state .button-primary");
    app.appears(".skill-list li").await;
    support::eventually_records(
        |r| r.contains_key("cohort"),
        "the new workshop is stored apart",
    )
    .await;
    assert_eq!(
        storage().get_item(STORAGE_KEY).unwrap().as_deref(),
        Some(raw.as_str()),
        "kept as it was"
    );
    let records = stored_records().await;
    assert!(
        records
            .iter()
            .any(|(k, v)| k.starts_with("unreadable/") && *v == raw),
        "a copy is kept beside the records"
    );
    app.unmount();
}

/// A stored state with a rating of 9 in one answer and the language "fr": everything
/// else is there, the notice lists what was set aside and why, the original is kept.
#[wasm_bindgen_test]
async fn one_bad_value_sets_aside_only_its_part() {
    let cohort = demo_cohort(12, 2, Lang::En, NOW);
    let broken_name = cohort.responses[3].name.clone();
    let mut value = serde_json::to_value(StoredState {
        cohort: Some(cohort.clone()),
        ..StoredState::default()
    })
    .unwrap();
    let skill = cohort.workshop.skills[0].id.clone();
    value["cohort"]["responses"][3]["ratings"][skill.as_str()] = 9.into();
    value["lang"] = "fr".into();
    let raw = value.to_string();
    prepare_raw(&raw, "#/console").await;
    let app = mount().await;
    app.appears("[role=alert] details.set-aside").await;
    app.shows("#roster-title", "Roster (11)").await;
    let listed = app.texts("details.set-aside li");
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert!(
        listed.iter().any(|l| l.contains(&broken_name)),
        "the answer set aside is named: {listed:?}"
    );
    assert!(
        listed.iter().any(|l| l.starts_with("The chosen language")),
        "{listed:?}"
    );
    assert!(
        app.has("#notice-save-unreadable"),
        "the original can be saved as a file"
    );
    eventually_stored(
        |s| {
            s.facilitator
                .cohort
                .as_ref()
                .is_some_and(|c| c.responses.len() == 11)
        },
        "the rest is stored",
    )
    .await;
    assert_eq!(
        storage().get_item(STORAGE_KEY).unwrap().as_deref(),
        Some(raw.as_str()),
        "the original is kept"
    );
    app.unmount();
}

fn link(w: &kakehashi::document::model::Workshop) -> String {
    format!("#/survey?{}={}", codes::LINK_PARAM, codes::workshop_code(w))
}

/// A participant's draft of one workshop survives opening a link to another workshop,
/// and comes back when the first link is opened again.
#[wasm_bindgen_test]
async fn a_link_to_another_workshop_keeps_the_first_draft() {
    let first = default_workshop(Lang::En);
    let mut second = default_workshop(Lang::En);
    second.id = "second-workshop".into();
    second.title.en = "Second workshop".into();
    prepare(
        &StoredState {
            lang: Some(Lang::En),
            ..StoredState::default()
        },
        &link(&first),
    )
    .await;
    let app = mount().await;
    app.appears("form.survey #survey-name").await;
    app.type_into("#survey-name", "Aiko Tanaka");
    eventually_stored(
        |s| {
            s.surveys
                .get(&first.id)
                .is_some_and(|d| d.draft.name == "Aiko Tanaka")
        },
        "the first draft is stored",
    )
    .await;

    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&link(&second))
        .unwrap();
    app.shows("#survey-title", "Second workshop").await;
    assert_eq!(
        app.value("#survey-name"),
        "",
        "the second survey starts empty"
    );
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&link(&first))
        .unwrap();
    eventually(
        || app.value("#survey-name") == "Aiko Tanaka",
        "the first draft is back",
    )
    .await;
    let stored = support::stored().await;
    assert!(
        stored.surveys.contains_key(&first.id) && stored.surveys.contains_key(&second.id),
        "both drafts are kept"
    );
    app.unmount();
}

/// A workshop file's `locked_pairs` hold in the app's first run, with the CLI's total.
#[wasm_bindgen_test]
async fn a_workshops_locked_pairs_hold_in_the_apps_run() {
    let plain = demo_cohort(10, 2, Lang::En, NOW);
    let free = match_cohort(&plain, &plain.workshop.matching).unwrap();
    let mentor = free.pairs[0].members[0].clone();
    let mentee = free.pairs[1].members[1].clone();
    let mut workshop = plain.workshop.clone();
    workshop.matching.locked_pairs = vec![[mentor.clone(), mentee.clone()]];
    let cohort = Cohort { workshop, ..plain };
    let cli = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
    prepare(
        &StoredState {
            lang: Some(Lang::En),
            cohort: Some(cohort),
            ..StoredState::default()
        },
        "#/console",
    )
    .await;
    let app = mount().await;
    app.appears("#board-run").await;
    app.click("#board-run");
    app.appears("#board-total").await;
    let locked = app.all(".pair-locked");
    assert_eq!(locked.len(), 1);
    assert_eq!(
        locked[0].get_attribute("data-members").unwrap(),
        format!("{mentor}+{mentee}")
    );
    assert_eq!(
        app.attr("#board-total", "data-total"),
        Some(cli.total_score.to_string()),
        "the CLI's total"
    );
    app.unmount();
}
