//! Before a new round: the current round will be kept in the history and the board starts
//! afresh, so the facilitator is offered to save its pairs first, then to go on or not.

use crate::app::{browser, Ctx};
use crate::document::model::{Cohort, Pairing};
use crate::i18n::{Key, Msg};
use crate::view::export::pairs_csv;
use crate::view::files;
use crate::view::rounds::next_round;
use crate::workflow::board::BoardAction;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NextRoundConfirmProps {
    pub ctx: Ctx,
    pub cohort: Rc<Cohort>,
    pub pairing: Rc<Pairing>,
    pub on_action: Callback<BoardAction>,
    pub on_close: Callback<()>,
}

#[function_component(NextRoundConfirm)]
pub fn next_round_confirm(props: &NextRoundConfirmProps) -> Html {
    let ctx = &props.ctx;
    let round = props.pairing.round;
    let on_save = {
        let (cohort, pairing, lang) = (props.cohort.clone(), props.pairing.clone(), ctx.lang());
        Callback::from(move |_: MouseEvent| {
            let file = files::pairs_csv(&cohort.workshop, pairing.round);
            let _ = browser::download(
                &file.name,
                file.mime,
                pairs_csv(&cohort, &pairing, lang).as_bytes(),
            );
        })
    };
    let on_go = {
        let (act, close) = (props.on_action.clone(), props.on_close.clone());
        Callback::from(move |_: MouseEvent| {
            act.emit(BoardAction::NextRound);
            close.emit(());
        })
    };
    let on_cancel = props.on_close.reform(|_: MouseEvent| ());
    let next = next_round(&props.cohort).max(round + 1);
    html! {
        <div class="notice next-round-confirm" role="group" aria-labelledby="next-round-text">
            <p id="next-round-text">{ ctx.msg(&Msg::NextRoundConfirm { round, next }) }</p>
            <button type="button" class="button" id="next-round-save" onclick={on_save}>{ ctx.t(Key::ExportCsv) }</button>
            <button type="button" class="button button-primary" id="next-round-go" onclick={on_go}>{ ctx.msg(&Msg::NextRoundStart { next }) }</button>
            <button type="button" class="button button-quiet" id="next-round-cancel" onclick={on_cancel}>{ ctx.t(Key::Cancel) }</button>
        </div>
    }
}
