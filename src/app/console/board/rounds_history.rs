//! The rounds kept so far ([`RoundView`] view models), newest first: each with its pairs,
//! who had no partner, its files (CSV, JSON) and its print view. Printing a round draws
//! its cards in a print sheet of its own, prints, and hands the page back to the board's.

use super::print_sheet::PrintSheet;
use crate::app::{browser, Ctx};
use crate::document::model::Cohort;
use crate::i18n::Key;
use crate::view::export::{pairing_json, pairs_csv};
use crate::view::files;
use crate::view::pairs::print_view;
use crate::view::people::Directory;
use crate::view::rounds::{kept_round, RoundView};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RoundsHistoryProps {
    pub ctx: Ctx,
    pub cohort: Rc<Cohort>,
    pub rounds: Rc<Vec<RoundView>>,
    pub directory: Rc<Directory>,
    /// The round being printed, if any (the board's own sheet stands aside meanwhile).
    pub printing: Option<u32>,
    pub on_print: Callback<Option<u32>>,
}

#[function_component(RoundsHistory)]
pub fn rounds_history(props: &RoundsHistoryProps) -> Html {
    let ctx = &props.ctx;
    if props.rounds.is_empty() {
        return html! {};
    }
    let lang = ctx.lang();
    let save = |round: u32, json: bool| {
        let cohort = props.cohort.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(p) = kept_round(&cohort, round) else {
                return;
            };
            let w = &cohort.workshop;
            let (file, text) = if json {
                (files::pairing(w, round), pairing_json(&cohort, p))
            } else {
                (files::pairs_csv(w, round), pairs_csv(&cohort, p, lang))
            };
            let _ = browser::download(&file.name, file.mime, text.as_bytes());
        })
    };
    let items = props.rounds.iter().map(|r| {
        let round = r.round;
        let print = props.on_print.reform(move |_: MouseEvent| Some(round));
        html! {
            <li key={round} class="round-item">
                <details>
                    <summary>{ r.summary.clone() }</summary>
                    <ol class="round-pairs">{ for r.pairs.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ol>
                    if !r.unpaired.is_empty() {
                        <p class="round-unpaired"><strong>{ ctx.t(Key::RoundUnpaired) }</strong>{ " " }{ r.unpaired.join(ctx.t(Key::ListSeparator)) }</p>
                    }
                    <div class="export-buttons">
                        <button type="button" class="button" onclick={save(round, false)}>{ ctx.t(Key::ExportCsv) }</button>
                        <button type="button" class="button" onclick={save(round, true)}>{ ctx.t(Key::ExportPairing) }</button>
                        <button type="button" class="button" onclick={print}>{ ctx.t(Key::RoundPrint) }</button>
                    </div>
                </details>
            </li>
        }
    });
    // The printed round's cards, made when it is asked for.
    let printed = props.printing.and_then(|round| kept_round(&props.cohort, round)).map(|p| {
        let title = props.cohort.workshop.title.get(lang);
        let view = Rc::new(print_view(title, p, &props.directory, lang));
        let done = props.on_print.reform(|_: ()| None);
        html! { <PrintSheet ctx={ctx.clone()} {view} active={true} print_when_drawn={Some(done)} /> }
    });
    html! {
        <section class="rounds-history" aria-labelledby="rounds-title">
            <h3 id="rounds-title">{ ctx.t(Key::RoundsTitle) }</h3>
            <ul class="plain-list">{ for items }</ul>
            { for printed }
        </section>
    }
}
