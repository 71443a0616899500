//! Component tests of the console's roster and heatmap in headless Chromium: sorting,
//! filtering, the heatmap's numbers against averages computed here from the cohort, edit
//! (accepted and refused), and delete with undo from the notice bar.
#![cfg(target_arch = "wasm32")]

mod support;

use kakehashi::demo::demo_cohort;
use kakehashi::document::model::{Cohort, Lang};
use kakehashi::workflow::stored::StoredState;
use support::{eventually, mount, prepare, Mounted};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-26T09:00:00Z";

fn cohort() -> Cohort {
    demo_cohort(12, 1, Lang::En, NOW)
}

/// Mounts the app on the console with the 12-person demo cohort in storage.
async fn mount_console(lang: Lang, cohort: Cohort) -> Mounted {
    prepare(
        &StoredState {
            lang: Some(lang),
            cohort: Some(cohort),
            ..StoredState::default()
        },
        "#/console",
    )
    .await;
    let app = mount().await;
    app.appears("table.roster .roster-name").await;
    app
}

#[wasm_bindgen_test]
async fn sorting_by_name_orders_the_rows_and_a_second_click_reverses_them() {
    let c = cohort();
    let app = mount_console(Lang::En, c.clone()).await;
    let in_order: Vec<String> = c.responses.iter().map(|r| r.name.clone()).collect();
    assert_eq!(
        app.texts(".roster-name"),
        in_order,
        "unsorted: the order the answers came in"
    );
    assert_eq!(
        app.q("table.roster th:nth-child(1)")
            .get_attribute("aria-sort")
            .as_deref(),
        Some("none")
    );

    app.click("table.roster th:nth-child(1) .sort-button");
    app.appears("table.roster th:nth-child(1)[aria-sort=ascending]")
        .await;
    let mut expected = in_order.clone();
    expected.sort_by_key(|n| n.to_lowercase());
    assert_eq!(app.texts(".roster-name"), expected);
    assert_eq!(
        app.q("table.roster th:nth-child(1)")
            .get_attribute("aria-sort")
            .as_deref(),
        Some("ascending")
    );

    app.click("table.roster th:nth-child(1) .sort-button");
    app.appears("table.roster th:nth-child(1)[aria-sort=descending]")
        .await;
    expected.reverse();
    assert_eq!(app.texts(".roster-name"), expected);
    assert_eq!(
        app.q("table.roster th:nth-child(1)")
            .get_attribute("aria-sort")
            .as_deref(),
        Some("descending")
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn filtering_by_generation_keeps_only_that_generation() {
    let c = cohort();
    let w = &c.workshop;
    let generation = c.responses[0].generation_id(w).unwrap().to_owned();
    let label = w
        .generations
        .iter()
        .find(|g| g.id == generation)
        .unwrap()
        .label
        .en
        .clone();
    let expected: Vec<String> = c
        .responses
        .iter()
        .filter(|r| r.generation_id(w) == Some(generation.as_str()))
        .map(|r| r.name.clone())
        .collect();
    let app = mount_console(Lang::En, c.clone()).await;
    assert_eq!(app.text("[data-testid=roster-showing]"), "Showing: 12 / 12");
    app.change("#roster-generation", &generation);
    app.shows(
        "[data-testid=roster-showing]",
        &format!("Showing: {} / 12", expected.len()),
    )
    .await;
    assert_eq!(app.texts(".roster-name"), expected);
    assert!(app
        .texts("table.roster tbody td:nth-child(2)")
        .iter()
        .all(|g| *g == label));
    assert_eq!(
        app.q("[data-testid=roster-showing]")
            .text_content()
            .unwrap(),
        format!("Showing: {} / 12", expected.len())
    );

    app.change("#roster-generation", "*");
    app.shows("[data-testid=roster-showing]", "Showing: 12 / 12")
        .await;
    assert_eq!(app.all(".roster-name").len(), 12);
    app.unmount();
}

#[wasm_bindgen_test]
async fn heatmap_cells_print_the_average_of_each_generation_and_skill() {
    let c = cohort();
    let w = &c.workshop;
    let app = mount_console(Lang::Ja, c.clone()).await;
    app.appears("svg.heatmap").await;
    let mut checked = 0;
    for g in &w.generations {
        let members: Vec<_> = c
            .responses
            .iter()
            .filter(|r| r.generation_id(w) == Some(g.id.as_str()))
            .collect();
        for s in &w.skills {
            let selector = format!("text[data-cell=\"{}/{}\"]", g.id, s.id);
            if members.is_empty() {
                assert!(
                    app.all(&selector).is_empty(),
                    "{selector}: a generation without answers has no number"
                );
                continue;
            }
            let mean = members
                .iter()
                .map(|r| f64::from(r.ratings[&s.id]))
                .sum::<f64>()
                / members.len() as f64;
            let expected = format!("{:.1}", (mean * 10.0 + 0.5).floor() / 10.0);
            assert_eq!(
                app.q(&selector).text_content().unwrap(),
                expected,
                "{selector}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 24, "at least two generations answered");
    let svg = app.q("svg.heatmap");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(svg
        .get_attribute("aria-label")
        .unwrap()
        .starts_with("世代×スキルの平均自己評価のヒートマップ。"));
    app.unmount();
}

#[wasm_bindgen_test]
async fn deleting_a_participant_can_be_undone_from_the_notice_bar() {
    let c = cohort();
    let name = c.responses[0].name.clone();
    let app = mount_console(Lang::En, c).await;
    app.click("table.roster tbody tr:first-child .button-danger-outline");
    app.appears(".notice p").await;
    assert_eq!(app.all(".roster-name").len(), 11);
    assert!(!app.texts(".roster-name").contains(&name));
    assert_eq!(
        app.q(".notice p").text_content().unwrap(),
        format!("{name}'s answers were deleted.")
    );

    let undo = app
        .all(".notice button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some("Undo"))
        .expect("an Undo button");
    undo.unchecked_into::<HtmlElement>().click();
    eventually(
        || app.all(".roster-name").len() == 12,
        "the deleted row is back",
    )
    .await;
    assert_eq!(app.all(".roster-name").len(), 12);
    assert_eq!(app.texts(".roster-name")[0], name);
    app.unmount();
}

#[wasm_bindgen_test]
async fn an_edit_is_saved_and_an_edit_the_core_refuses_shows_why() {
    let c = cohort();
    let w = c.workshop.clone();
    let (i, r) = c
        .responses
        .iter()
        .enumerate()
        .find(|(_, r)| r.birth_year.is_some())
        .unwrap();
    let row = format!(
        "table.roster tbody tr[data-participant=\"{}\"]",
        r.participant_id
    );
    let other = w
        .generations
        .iter()
        .find(|g| Some(g.id.as_str()) != r.generation_id(&w))
        .unwrap()
        .id
        .clone();
    let app = mount_console(Lang::En, c.clone()).await;

    // Another generation than the birth year's: refused with the core's reason, nothing changes.
    let generation = format!("#edit-{}-generation", r.participant_id);
    app.click(&format!("{row} .roster-actions button:nth-child(2)"));
    app.appears(&generation).await;
    app.change(&generation, &other);
    app.appears(&format!("{generation} option[value=\"{other}\"][selected]"))
        .await;
    app.click(".response-editor button[type=submit]");
    app.appears(".response-editor .field-error").await;
    let error = app
        .q(".response-editor .field-error")
        .text_content()
        .unwrap();
    assert!(error.starts_with("Cannot save: "), "{error}");
    assert!(
        error.contains(&r.birth_year.unwrap().to_string()),
        "{error}"
    );

    // Back to the right generation and a corrected name: saved, the notice offers Undo.
    let own = r.generation_id(&w).unwrap().to_owned();
    app.change(&generation, &own);
    let name_field = format!("#edit-{}-name", r.participant_id);
    app.change(&name_field, "Corrected Name");
    app.appears(&format!("{generation} option[value=\"{own}\"][selected]"))
        .await;
    app.click(".response-editor button[type=submit]");
    app.appears(".notice p").await;
    assert!(app.all(".response-editor").is_empty(), "the form closes");
    assert_eq!(app.texts(".roster-name")[i], "Corrected Name");
    assert_eq!(
        app.q(".notice p").text_content().unwrap(),
        "The answers were corrected."
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn a_large_room_renders_fifty_rows_at_a_time_but_counts_everyone() {
    let big = demo_cohort(120, 4, Lang::En, NOW);
    let app = mount_console(Lang::En, big).await;
    // The rows are drawn a few dozen a task, up to the page's fifty.
    eventually(
        || app.all(".roster-name").len() == 50,
        "the first fifty rows are drawn",
    )
    .await;
    let counted: u32 = app
        .texts(".count-chip strong")
        .iter()
        .map(|n| n.parse::<u32>().unwrap())
        .sum();
    assert_eq!(counted, 120);
    assert_eq!(
        app.q(".roster-more .muted").text_content().unwrap(),
        "70 not shown yet"
    );
    app.click(".roster-more button");
    app.shows(".roster-more .muted", "20 not shown yet").await;
    eventually(
        || app.all(".roster-name").len() == 100,
        "fifty more rows are drawn",
    )
    .await;
    app.unmount();
}

/// Issue 14, section 4: the import report starts with a summary, lists the rejected item
/// first, and flags an answer whose name another participant already has, naming both
/// ids; the answer is still taken.
#[wasm_bindgen_test]
async fn the_import_report_starts_with_a_summary_and_flags_a_name_given_twice() {
    let c = cohort();
    let app = mount_console(Lang::En, c.clone()).await;
    let twin = kakehashi::document::model::Response {
        participant_id: "p-twin".into(),
        ..c.responses[3].clone()
    };
    let code = kakehashi::transport::codes::response_code(&twin, &c.workshop);
    app.type_into("#import-codes", &format!("{code}\nKR1.AAAA"));
    app.click(".card[aria-labelledby='import-title'] .button-primary");
    app.shows("#import-summary", "1 added, 1 rejected; 1 name to check.")
        .await;
    let rows = app.all(".import-report li");
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0].get_attribute("class").as_deref(),
        Some("import-rejected"),
        "the rejected first"
    );
    let warning = app.text(".import-report li.import-warned .import-warning");
    assert!(
        warning.contains(&c.responses[3].name)
            && warning.contains("p-twin")
            && warning.contains(&c.responses[3].participant_id),
        "{warning}"
    );
    assert_eq!(
        app.all("table.roster .roster-name").len(),
        c.responses.len() + 1,
        "the answer is taken"
    );
    app.unmount();
}
