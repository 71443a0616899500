//! A pair's kickoff sheet on screen: the card's "Kickoff sheet" button opens it in a
//! modal dialog (the browser's `<dialog>`: focus stays inside, Escape closes), with "Add
//! to calendar (.ics)", "Print this sheet" and Close. Focus moves to the sheet's heading
//! when it opens and back to the button when it closes. The sheet is computed when it is
//! opened, not for every card at every render.

use super::kickoff_panel::save_calendar;
use super::kickoff_print::KickoffPrint;
use super::kickoff_sheet::KickoffSheetView;
use crate::app::dom::focus;
use crate::app::hooks::Shared;
use crate::app::Ctx;
use crate::document::model::{Cohort, Pair, Pairing};
use crate::i18n::{Key, Msg};
use crate::transport::ics::CalendarProblem;
use crate::view::calendar::pair_calendar;
use crate::view::files;
use crate::view::kickoff::kickoff_sheet;
use crate::view::people::Directory;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KickoffDialogProps {
    pub ctx: Ctx,
    pub pair: Pair,
    pub pairing: Rc<Pairing>,
    pub cohort: Rc<Cohort>,
    pub directory: Shared<Directory>,
}

#[function_component(KickoffDialog)]
pub fn kickoff_dialog(props: &KickoffDialogProps) -> Html {
    let ctx = &props.ctx;
    let open = use_state(|| false);
    let printing = use_state(|| false);
    let problem = use_state(|| None::<CalendarProblem>);
    let dialog = use_node_ref();
    let number = props.pair.number;
    let (opener_id, heading_id) = (
        format!("kickoff-open-{number}"),
        format!("kickoff-heading-{number}"),
    );
    // Open: shown as a modal, focus on the heading; closed again: focus back on the button.
    {
        let (dialog, opened) = (dialog.clone(), use_mut_ref(|| false));
        let (opener_id, heading_id) = (opener_id.clone(), heading_id.clone());
        use_effect_with(*open, move |&open| {
            if let (true, Some(d)) = (open, dialog.cast::<web_sys::HtmlDialogElement>()) {
                if !d.open() {
                    let _ = d.show_modal();
                }
                focus(&heading_id);
                *opened.borrow_mut() = true;
            } else if std::mem::replace(&mut *opened.borrow_mut(), false) {
                focus(&opener_id);
            }
        });
    }
    let sheet = {
        let (pair, pairing, cohort, dir, lang) = (
            props.pair.clone(),
            props.pairing.clone(),
            props.cohort.clone(),
            props.directory.clone(),
            ctx.lang(),
        );
        use_memo(
            (*open, pair, pairing, cohort, dir, lang),
            |(open, pair, pairing, cohort, dir, lang)| {
                open.then(|| Rc::new(kickoff_sheet(pair, pairing, &cohort.workshop, dir, *lang)))
            },
        )
    };
    let on_open = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };
    // Escape or Close: the dialog closes itself, then says so.
    let on_closed = {
        let (open, problem) = (open.clone(), problem.clone());
        Callback::from(move |_: Event| {
            problem.set(None);
            open.set(false);
        })
    };
    let on_close = Callback::from(|e: MouseEvent| {
        let d = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("dialog").ok().flatten());
        if let Some(d) = d.and_then(|d| d.dyn_into::<web_sys::HtmlDialogElement>().ok()) {
            d.close();
        }
    });
    let on_calendar = {
        let (pair, pairing, cohort, dir, lang, problem) = (
            props.pair.clone(),
            props.pairing.clone(),
            props.cohort.clone(),
            props.directory.clone(),
            ctx.lang(),
            problem.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let w = &cohort.workshop;
            let file = files::pair_calendar(w, pairing.round, pair.number);
            let made = |now: &str, offsets: crate::document::programme::OffsetAt| {
                pair_calendar(&pair, &pairing, w, &dir, lang, now, offsets)
            };
            problem.set(save_calendar(file, &w.programme.time_zone, made));
        })
    };
    let on_print = {
        let printing = printing.clone();
        Callback::from(move |_: MouseEvent| printing.set(true))
    };
    let body = sheet.as_ref().as_ref().map(|sheet| {
        let print = printing.then(|| {
            let done = { let printing = printing.clone(); Callback::from(move |_| printing.set(false)) };
            html! { <KickoffPrint ctx={ctx.clone()} sheets={Rc::new(vec![sheet.clone()])} on_done={done} /> }
        });
        html! {
            <dialog class="kickoff-dialog" ref={dialog.clone()} aria-labelledby={heading_id.clone()} onclose={on_closed}>
                <KickoffSheetView ctx={ctx.clone()} sheet={sheet.clone()} heading_id={AttrValue::from(heading_id.clone())} />
                if let Some(problem) = &*problem {
                    <p class="field-error" role="alert">{ ctx.msg(&Msg::CalendarBlocked { problem }) }</p>
                }
                <div class="kickoff-actions">
                    <button type="button" class="button button-primary kickoff-calendar" onclick={on_calendar}>{ ctx.t(Key::KickoffCalendarOne) }</button>
                    <button type="button" class="button kickoff-print-one" onclick={on_print}>{ ctx.t(Key::KickoffPrintOne) }</button>
                    <button type="button" class="button kickoff-close" onclick={on_close}>{ ctx.t(Key::KickoffClose) }</button>
                </div>
                { for print }
            </dialog>
        }
    });
    html! {
        <>
            <button type="button" class="button kickoff-open" id={opener_id} onclick={on_open}>{ ctx.t(Key::KickoffOpen) }</button>
            { for body }
        </>
    }
}
