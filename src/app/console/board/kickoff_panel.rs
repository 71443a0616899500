//! After the match (issue 11): the programme every kickoff sheet plans, "Print the
//! kickoff sheets" (one A4 page per pair) and "Calendar for all pairs (.ics)". The
//! calendar is made when it is asked for, with "now" and, for a zone the core does not
//! know, the browser's offsets for it; a calendar that cannot be made yet says why and
//! where to fix it.

use super::kickoff_print::KickoffPrint;
use crate::app::hooks::Shared;
use crate::app::{browser, Ctx};
use crate::document::model::{Cohort, Pairing};
use crate::document::programme::OffsetAt;
use crate::i18n::{Key, Msg};
use crate::transport::ics::CalendarProblem;
use crate::view::calendar::all_pairs_calendar;
use crate::view::files::{self, FileName};
use crate::view::kickoff::{kickoff_sheets, plan_lines};
use crate::view::people::Directory;
use std::rc::Rc;
use yew::prelude::*;

/// Makes a calendar with "now" and the browser's offsets for `zone`, and offers it as
/// `file`; the problem, if it could not be made.
pub fn save_calendar(
    file: FileName,
    zone: &str,
    make: impl Fn(&str, OffsetAt) -> Result<String, CalendarProblem>,
) -> Option<CalendarProblem> {
    let offsets = browser::zone_offsets(zone);
    match make(&browser::now(), &offsets) {
        Ok(text) => {
            let _ = browser::download(&file.name, file.mime, text.as_bytes());
            None
        }
        Err(problem) => Some(problem),
    }
}

#[derive(Properties, PartialEq)]
pub struct KickoffPanelProps {
    pub ctx: Ctx,
    pub cohort: Rc<Cohort>,
    pub pairing: Rc<Pairing>,
    pub directory: Shared<Directory>,
}

#[function_component(KickoffPanel)]
pub fn kickoff_panel(props: &KickoffPanelProps) -> Html {
    let ctx = &props.ctx;
    let printing = use_state(|| None::<Rc<Vec<Rc<crate::view::kickoff::KickoffSheet>>>>);
    let problem = use_state(|| None::<CalendarProblem>);
    let w = &props.cohort.workshop;
    let on_calendar = {
        let (cohort, pairing, dir, lang, problem) = (
            props.cohort.clone(),
            props.pairing.clone(),
            props.directory.clone(),
            ctx.lang(),
            problem.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let w = &cohort.workshop;
            let file = files::all_pairs_calendar(w, pairing.round);
            problem.set(save_calendar(
                file,
                &w.programme.time_zone,
                |now, offsets| all_pairs_calendar(&pairing, w, &dir, lang, now, offsets),
            ));
        })
    };
    // The sheets are made when printing is asked for.
    let on_print = {
        let (cohort, pairing, dir, lang, printing) = (
            props.cohort.clone(),
            props.pairing.clone(),
            props.directory.clone(),
            ctx.lang(),
            printing.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let sheets = kickoff_sheets(&pairing, &cohort.workshop, &dir, lang)
                .into_iter()
                .map(Rc::new)
                .collect();
            printing.set(Some(Rc::new(sheets)));
        })
    };
    let print = (*printing).clone().map(|sheets| {
        let done = {
            let printing = printing.clone();
            Callback::from(move |_| printing.set(None))
        };
        html! { <KickoffPrint ctx={ctx.clone()} {sheets} on_done={done} /> }
    });
    html! {
        <section class="kickoff-panel" aria-labelledby="kickoff-panel-title">
            <h3 id="kickoff-panel-title">{ ctx.t(Key::KickoffPanelTitle) }</h3>
            <ul class="kickoff-plan-summary">{ for plan_lines(&w.programme, ctx.lang()).into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            <p class="hint">{ ctx.t(Key::KickoffPanelHint) }</p>
            if let Some(problem) = &*problem {
                <p class="field-error" role="alert" id="kickoff-calendar-problem">{ ctx.msg(&Msg::CalendarBlocked { problem }) }</p>
            }
            <div class="export-buttons">
                <button type="button" class="button" id="kickoff-print-all" onclick={on_print}>{ ctx.t(Key::KickoffPrintAll) }</button>
                <button type="button" class="button" id="kickoff-calendar-all" onclick={on_calendar}>{ ctx.t(Key::KickoffCalendarAll) }</button>
            </div>
            { for print }
        </section>
    }
}
