//! Handing out the result: the pairing as JSON, the pairs as CSV for Excel, the whole
//! session (cohort + pairing) as one file, and the print view. The files and their names
//! come from the core ([`crate::view::export`], [`crate::view::files`]).

use crate::app::{browser, Ctx};
use crate::document::model::{Cohort, Pairing};
use crate::i18n::Key;
use crate::view::export::{pairing_json, pairs_csv, session_json};
use crate::view::files::{self, FileName};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    pub ctx: Ctx,
    pub cohort: Rc<Cohort>,
    /// Shared with the board: compared by pointer, never copied to render.
    pub pairing: Rc<Pairing>,
}

/// A callback that saves a file made when the button is pressed (not at every render).
fn save(file: FileName, contents: impl Fn() -> String + 'static) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let _ = browser::download(&file.name, file.mime, contents().as_bytes());
    })
}

#[function_component(ExportPanel)]
pub fn export_panel(props: &ExportPanelProps) -> Html {
    let ctx = &props.ctx;
    let (w, round) = (&props.cohort.workshop, props.pairing.round);
    let on_json = {
        let (cohort, pairing) = (props.cohort.clone(), props.pairing.clone());
        save(files::pairing(w, round), move || {
            pairing_json(&cohort, &pairing)
        })
    };
    let on_csv = {
        let (cohort, pairing, lang) = (props.cohort.clone(), props.pairing.clone(), ctx.lang());
        save(files::pairs_csv(w, round), move || {
            pairs_csv(&cohort, &pairing, lang)
        })
    };
    let on_session = {
        // The session file (the cohort with this pairing) is made when it is asked for.
        let (cohort, pairing) = (props.cohort.clone(), props.pairing.clone());
        save(files::session(w), move || {
            session_json(&Cohort {
                pairing: Some((*pairing).clone()),
                ..(*cohort).clone()
            })
        })
    };
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
