//! Handing out the result: the pairing as JSON, the pairs as CSV for Excel, the whole
//! session (cohort + pairing) as one file, and the print view.

use crate::app::{browser, Ctx};
use crate::view::export::pairs_csv;
use crate::document::formats;
use crate::i18n::Key;
use crate::document::model::{Cohort, Pairing};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    pub ctx: Ctx,
    pub cohort: Cohort,
    pub pairing: Pairing,
    /// The session file: the cohort with this pairing.
    pub session: Cohort,
}

fn save(name: String, mime: &'static str, contents: String) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let _ = browser::download(&name, mime, contents.as_bytes());
    })
}

#[function_component(ExportPanel)]
pub fn export_panel(props: &ExportPanelProps) -> Html {
    let ctx = &props.ctx;
    let id = &props.cohort.workshop.id;
    let round = props.pairing.round;
    let on_json = save(format!("kakehashi-pairing-{id}-round{round}.json"), "application/json", formats::to_json(&props.pairing));
    let on_csv = save(
        format!("kakehashi-pairs-{id}-round{round}.csv"),
        "text/csv;charset=utf-8",
        pairs_csv(&props.cohort, &props.pairing, ctx.lang()),
    );
    let on_session = save(format!("kakehashi-session-{id}.json"), "application/json", formats::to_json(&props.session));
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    html! {
        <section class="export-panel" aria-labelledby="export-title">
            <h3 id="export-title">{ ctx.t(Key::ExportTitle) }</h3>
            <div class="export-buttons">
                <button type="button" class="button" onclick={on_csv}>{ ctx.t(Key::ExportCsv) }</button>
                <button type="button" class="button" onclick={on_json}>{ ctx.t(Key::ExportPairing) }</button>
                <button type="button" class="button" onclick={on_session}>{ ctx.t(Key::ExportSession) }</button>
                <button type="button" class="button" onclick={on_print}>{ ctx.t(Key::ExportPrint) }</button>
            </div>
            <p class="hint">{ ctx.t(Key::ExportHint) }</p>
        </section>
    }
}
