//! Printing kickoff sheets: every pair's (the panel) or one (its dialog), one A4 page
//! each. The sheets are drawn into a print sheet of their own at the end of the page's
//! `<body>`, which the print styles show alone while it is there; once drawn the page
//! prints, and the sheet goes when the browser says printing is over (`afterprint`), so
//! the board's own print view is the one a later print shows.

use super::kickoff_sheet::KickoffSheetView;
use crate::app::hooks::use_progressive;
use crate::app::{browser, Ctx};
use crate::view::kickoff::KickoffSheet;
use std::rc::Rc;
use yew::prelude::*;

/// Sheets drawn per task (a room of 2,000 has 1,000 pairs).
const BATCH: usize = 50;

#[derive(Properties, PartialEq)]
pub struct KickoffPrintProps {
    pub ctx: Ctx,
    pub sheets: Rc<Vec<Rc<KickoffSheet>>>,
    /// Printing is over: the sheet may go.
    pub on_done: Callback<()>,
}

#[function_component(KickoffPrint)]
pub fn kickoff_print(props: &KickoffPrintProps) -> Html {
    let total = props.sheets.len();
    let shown = use_progressive(Rc::as_ptr(&props.sheets), total, 0, BATCH);
    {
        let on_done = props.on_done.clone();
        use_effect_with(shown >= total, move |&drawn| {
            // Listening first: a browser may say "afterprint" before print() returns.
            let listener = drawn.then(|| {
                let window = web_sys::window()?;
                let listener = gloo::events::EventListener::new(&window, "afterprint", move |_| {
                    on_done.emit(())
                });
                browser::print();
                Some(listener)
            });
            move || drop(listener)
        });
    }
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return html! {};
    };
    let sheets = props
        .sheets
        .iter()
        .take(shown)
        .enumerate()
        .map(|(i, sheet)| {
            html! { <KickoffSheetView key={i} ctx={props.ctx.clone()} sheet={sheet.clone()} /> }
        });
    create_portal(
        html! { <div class="print-sheet kickoff-print" aria-hidden="true">{ for sheets }</div> },
        body.into(),
    )
}
