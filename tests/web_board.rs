//! Component test of the matching board in headless Chromium: match a 10-person demo
//! cohort (small enough to run inline), lock a pair, re-run, and the lock holds.
#![cfg(target_arch = "wasm32")]

mod support;

use kakehashi::demo::demo_cohort;
use kakehashi::document::model::Lang;
use kakehashi::workflow::stored::StoredState;
use support::{eventually, mount, prepare, Mounted};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount_console() -> Mounted {
    let cohort = demo_cohort(10, 2, Lang::En, "2026-11-26T09:00:00Z");
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
    app
}

/// Clicks Match (or Re-run) and waits until that run is over: its "computing" state was
/// shown (a 10-person room is matched on the page, so it comes and goes within one
/// render pass, too quick to poll) and is gone, with a result's total shown.
async fn run(app: &Mounted) {
    let computing = app.watch_for("#board-computing");
    app.click("#board-run");
    eventually(
        || computing.seen() && !app.has("#board-computing") && app.has("#board-total"),
        "the run is over and its result shown",
    )
    .await;
}

fn members(card: &Element) -> String {
    card.get_attribute("data-members").unwrap()
}

#[wasm_bindgen_test]
async fn a_locked_pair_holds_across_a_re_run() {
    let app = mount_console().await;
    run(&app).await;
    let cards = app.all(".pair-card");
    assert_eq!(cards.len(), 5, "10 people, 5 pairs");
    assert_eq!(
        app.q("#board-optimal")
            .get_attribute("data-optimal")
            .as_deref(),
        Some("true")
    );
    let total = app.q("#board-total").text_content().unwrap();

    // Lock the last pair, change a setting so that the re-run has a reason to differ.
    let locked = members(&cards[4]);
    cards[4]
        .query_selector(".pair-lock")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    app.appears(".pair-locked").await;
    assert_eq!(app.all(".pair-locked").len(), 1);
    run(&app).await;
    let locked_cards = app.all(".pair-locked");
    assert_eq!(locked_cards.len(), 1, "the lock holds");
    assert_eq!(members(&locked_cards[0]), locked);
    assert!(!app.q("#board-total").text_content().unwrap().is_empty());
    assert!(
        app.all(".unmatched-item").is_empty(),
        "everyone has a partner before the break"
    );

    // Break it: its two people are listed without a partner; undo brings it back.
    locked_cards[0]
        .query_selector(".pair-break")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    app.appears(".unmatched-item").await;
    assert_eq!(app.all(".pair-card").len(), 4);
    assert_eq!(app.all(".unmatched-item").len(), 2);
    assert_eq!(
        app.q("#board-optimal")
            .get_attribute("data-optimal")
            .as_deref(),
        Some("false")
    );
    app.click("#board-undo");
    app.disappears(".unmatched-item").await;
    assert_eq!(app.all(".pair-card").len(), 5);
    assert_eq!(app.all(".pair-locked").len(), 1);
    let _ = total;
    app.unmount();
}

#[wasm_bindgen_test]
async fn names_are_shown_as_text() {
    let mut cohort = demo_cohort(10, 2, Lang::En, "2026-11-26T09:00:00Z");
    cohort.responses[0].name = "<img src=x onerror=alert(1)>".into();
    prepare(
        &StoredState {
            lang: Some(Lang::Ja),
            cohort: Some(cohort),
            ..StoredState::default()
        },
        "#/console",
    )
    .await;
    let app = mount().await;
    app.appears("#board-run").await;
    run(&app).await;
    assert!(
        app.all(".match-board img").is_empty(),
        "no element made from a name"
    );
    let names: Vec<String> = app
        .all(".pair-name")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert!(names.iter().any(|n| n == "<img src=x onerror=alert(1)>"));
    app.unmount();
}

/// Each card's members and heading, in the order shown.
fn cards(app: &Mounted) -> Vec<(String, String)> {
    app.all(".pair-card")
        .iter()
        .map(|c| {
            (
                members(c),
                c.query_selector("h3")
                    .unwrap()
                    .unwrap()
                    .text_content()
                    .unwrap(),
            )
        })
        .collect()
}

/// Issue 14, section 4: a re-run that finds the same pairs says so; breaking a pair
/// renumbers no other; a move that dissolves a pair says so, naming the pair, with an
/// Undo that puts every pair back.
#[wasm_bindgen_test]
async fn the_board_says_what_a_re_run_and_a_move_did_and_numbers_stay() {
    let app = mount_console().await;
    run(&app).await;
    assert!(
        !app.has(".board-message"),
        "a first run has nothing to compare with"
    );
    run(&app).await;
    app.shows(
        ".board-message p",
        "The re-run found the same pairs: nothing better exists with these settings.",
    )
    .await;
    let before = cards(&app);
    assert_eq!(
        before.iter().map(|(_, h)| h.as_str()).collect::<Vec<_>>(),
        ["Pair 1", "Pair 2", "Pair 3", "Pair 4", "Pair 5"]
    );

    // Break pair 2: the others keep their numbers, and the message about the re-run goes.
    let broken = app.all(".pair-card")[1].clone();
    broken
        .query_selector(".pair-break")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    app.appears(".unmatched-item").await;
    let expected: Vec<(String, String)> = before
        .iter()
        .filter(|(_, h)| h != "Pair 2")
        .cloned()
        .collect();
    assert_eq!(cards(&app), expected);
    assert!(!app.has(".board-message"));
    app.click("#board-undo");
    app.disappears(".unmatched-item").await;
    assert_eq!(cards(&app), before);

    // Move someone of pair 1 (a mentee in reverse mode) into pair 3: pair 1 dissolves.
    let reverse = app.has(".pair-role");
    let from: Vec<String> = before[0].0.split('+').map(str::to_owned).collect();
    let mover = if reverse {
        from[1].clone()
    } else {
        from[0].clone()
    };
    let picker = app.q("#board-mover");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    picker
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("pointerdown", &init).unwrap())
        .unwrap();
    app.appears(&format!("#board-mover option[value='{mover}']"))
        .await;
    app.change("#board-mover", &mover);
    app.appears(&format!(
        ".pair-card[data-members='{}'] .pair-move",
        before[2].0
    ))
    .await;
    app.click(&format!(
        ".pair-card[data-members='{}'] .pair-move",
        before[2].0
    ));
    app.appears("#board-message-undo").await;
    let said = app.text(".board-message p");
    assert!(
        said.contains("dissolved pair 1") && said.ends_with("Undo puts them back."),
        "{said}"
    );
    app.click("#board-message-undo");
    app.disappears(".board-message").await;
    assert_eq!(cards(&app), before, "every pair back, with its number");
    app.unmount();
}

/// Issue 11: a pair's kickoff sheet opens in a modal dialog with the focus on its
/// heading; Close closes it and gives the focus back to the card's button.
#[wasm_bindgen_test]
async fn a_pairs_kickoff_sheet_opens_in_a_dialog_and_close_gives_focus_back() {
    let app = mount_console().await;
    run(&app).await;
    let card = app.q(".pair-card");
    let names: Vec<String> = app.texts(".pair-card:first-child .pair-name");
    app.click(".pair-card .kickoff-open");
    app.appears("dialog.kickoff-dialog[open] .kickoff-sheet")
        .await;
    assert_eq!(
        app.attr("dialog.kickoff-dialog .kickoff-sheet", "data-members"),
        Some(members(&card))
    );
    assert_eq!(
        app.texts("dialog.kickoff-dialog .kickoff-person .kickoff-name"),
        names
    );
    eventually(
        || app.focused_id().starts_with("kickoff-heading-"),
        "the focus on the sheet's heading",
    )
    .await;
    app.click("dialog.kickoff-dialog .kickoff-close");
    app.disappears("dialog.kickoff-dialog").await;
    eventually(
        || app.focused_id().starts_with("kickoff-open-"),
        "the focus back on the card's button",
    )
    .await;
}

/// Re-matching (issue 11 §5): two pairs ticked on their cards are re-matched through the
/// board's run (inline for a small room), the other three are kept and locked, the new
/// pairs say they were re-matched, and one undo puts the pairs back.
#[wasm_bindgen_test]
async fn ticked_pairs_are_re_matched_and_one_undo_puts_them_back() {
    let app = mount_console().await;
    run(&app).await;
    let before = cards(&app);
    assert!(
        !app.has("#board-rematch"),
        "no offer before a pair is ticked"
    );
    app.click("#pair-1-rematch");
    app.appears("#board-rematch").await;
    app.click("#pair-2-rematch");
    eventually(
        || app.q("#board-rematch").text_content().as_deref() == Some("Re-match 2 pairs"),
        "the offer counts the ticked pairs",
    )
    .await;
    app.click("#board-rematch");
    app.appears("#rematch-confirm-text").await;
    let computing = app.watch_for("#board-computing");
    app.click("#rematch-go");
    eventually(
        || computing.seen() && !app.has("#board-computing") && app.has(".pair-rematched"),
        "the re-match is over and its new pairs shown",
    )
    .await;
    assert_eq!(
        app.all(".pair-locked").len(),
        3,
        "the other pairs are kept, locked"
    );
    let after = cards(&app);
    for kept in &before[2..] {
        assert!(after.contains(kept), "{kept:?} is kept: {after:?}");
    }
    assert!(app
        .q(".board-message")
        .text_content()
        .unwrap()
        .starts_with("Re-matched pairs 1 and 2."));
    app.click("#board-undo");
    eventually(|| cards(&app) == before, "one undo puts the pairs back").await;
    assert!(!app.has(".pair-rematched"));
}
