//! The board's buttons (Match or Re-run, Next round, Undo, Redo), the "computing" state
//! with its Cancel, and the result's [`Summary`]: round, pairs, total, lowest, optimal.

use crate::app::Ctx;
use crate::i18n::Key;
use crate::view::pairs::Summary;
use crate::workflow::board::BoardAction;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BoardToolbarProps {
    pub ctx: Ctx,
    /// The current result's summary, if there is a result.
    pub summary: Option<Summary>,
    pub computing: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    /// At least two people answered.
    pub enough: bool,
    pub on_action: Callback<BoardAction>,
    /// "Next round": asks first (see [`super::next_round`]).
    pub on_next: Callback<MouseEvent>,
}

#[function_component(BoardToolbar)]
pub fn board_toolbar(props: &BoardToolbarProps) -> Html {
    let ctx = &props.ctx;
    let on = |a: BoardAction| props.on_action.reform(move |_: MouseEvent| a.clone());
    let run_label = if props.summary.is_some() {
        Key::BoardRerun
    } else {
        Key::BoardMatch
    };
    let summary = props.summary.as_ref().map(|s| {
        let state_class = if s.optimal { "board-optimal" } else { "board-edited" };
        html! {
            <dl class="facts board-summary">
                <div><dt>{ ctx.t(Key::BoardRound) }</dt><dd>{ s.round }</dd></div>
                <div><dt>{ ctx.t(Key::BoardPairCount) }</dt><dd>{ s.pairs }</dd></div>
                <div><dt>{ ctx.t(Key::BoardTotal) }</dt><dd id="board-total" data-total={s.total.to_string()}>{ s.total }</dd></div>
                if let Some(min) = s.lowest {
                    <div><dt>{ ctx.t(Key::BoardLowest) }</dt><dd>{ min }</dd></div>
                }
                <div><dt>{ ctx.t(Key::BoardMode) }</dt><dd>{ s.mode }</dd></div>
                <div><dt class="visually-hidden">{ ctx.t(Key::BoardOptimal) }</dt>
                    <dd class={classes!("board-state", state_class)} id="board-optimal" data-optimal={s.optimal.to_string()}>{ s.state }</dd></div>
            </dl>
        }
    });
    let button = |id: &'static str, key: Key, disabled: bool, action: BoardAction| {
        html! { <button type="button" class="button" {id} {disabled} onclick={on(action)}>{ ctx.t(key) }</button> }
    };
    html! {
        <>
            <div class="actions board-actions">
                <button type="button" class="button button-primary button-large" id="board-run"
                    disabled={props.computing || !props.enough} onclick={on(BoardAction::StartRun)}>
                    { ctx.t(run_label) }
                </button>
                <button type="button" class="button" id="board-next-round" disabled={props.computing || props.summary.is_none()}
                    onclick={props.on_next.clone()}>{ ctx.t(Key::BoardNextRound) }</button>
                { button("board-undo", Key::Undo, props.computing || !props.can_undo, BoardAction::Undo) }
                { button("board-redo", Key::BoardRedo, props.computing || !props.can_redo, BoardAction::Redo) }
            </div>
            if !props.enough {
                <p class="hint">{ ctx.t(Key::BoardNeeds2) }</p>
            }
            if props.computing {
                <div class="board-computing" role="status" id="board-computing">
                    <span class="spinner" aria-hidden="true"></span>
                    <span>{ ctx.t(Key::BoardComputing) }</span>
                    <button type="button" class="button" id="board-cancel" onclick={on(BoardAction::Cancel)}>
                        { ctx.t(Key::Cancel) }
                    </button>
                </div>
            }
            { for summary }
        </>
    }
}
