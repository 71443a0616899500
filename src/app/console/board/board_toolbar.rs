//! The board's buttons (Match or Re-run, Next round, Undo, Redo), the "computing" state
//! with its Cancel, and the result's summary: round, pairs, total, lowest, optimal.

use crate::app::Ctx;
use crate::workflow::board::BoardAction;
use crate::i18n::Key;
use crate::document::model::Pairing;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BoardToolbarProps {
    pub ctx: Ctx,
    pub pairing: Option<Pairing>,
    pub computing: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    /// At least two people answered.
    pub enough: bool,
    pub on_action: Callback<BoardAction>,
}

#[function_component(BoardToolbar)]
pub fn board_toolbar(props: &BoardToolbarProps) -> Html {
    let ctx = &props.ctx;
    let on = |a: BoardAction| props.on_action.reform(move |_: MouseEvent| a.clone());
    let run_label = if props.pairing.is_some() { Key::BoardRerun } else { Key::BoardMatch };
    let summary = props.pairing.as_ref().map(|p| {
        let (state_class, state_key) = if p.optimal {
            ("board-optimal", Key::BoardOptimal)
        } else {
            ("board-edited", Key::BoardEdited)
        };
        html! {
            <dl class="facts board-summary">
                <div><dt>{ ctx.t(Key::BoardRound) }</dt><dd>{ p.round }</dd></div>
                <div><dt>{ ctx.t(Key::BoardPairCount) }</dt><dd>{ p.pairs.len() }</dd></div>
                <div><dt>{ ctx.t(Key::BoardTotal) }</dt><dd id="board-total" data-total={p.total_score.to_string()}>{ p.total_score }</dd></div>
                if let Some(min) = p.min_pair_score {
                    <div><dt>{ ctx.t(Key::BoardLowest) }</dt><dd>{ min }</dd></div>
                }
                <div><dt>{ ctx.t(Key::BoardMode) }</dt><dd>{ ctx.t(match p.mode {
                    crate::document::model::MatchingMode::Mutual => Key::BoardModeMutualShort,
                    crate::document::model::MatchingMode::Reverse => Key::BoardModeReverseShort,
                }) }</dd></div>
                <div><dt class="visually-hidden">{ ctx.t(Key::BoardOptimal) }</dt>
                    <dd class={classes!("board-state", state_class)} id="board-optimal" data-optimal={p.optimal.to_string()}>{ ctx.t(state_key) }</dd></div>
            </dl>
        }
    });
    html! {
        <>
            <div class="actions board-actions">
                <button type="button" class="button button-primary button-large" id="board-run"
                    disabled={props.computing || !props.enough} onclick={on(BoardAction::StartRun)}>
                    { ctx.t(run_label) }
                </button>
                <button type="button" class="button" id="board-next-round"
                    disabled={props.computing || props.pairing.is_none()} onclick={on(BoardAction::NextRound)}>
                    { ctx.t(Key::BoardNextRound) }
                </button>
                <button type="button" class="button" id="board-undo"
                    disabled={props.computing || !props.can_undo} onclick={on(BoardAction::Undo)}>
                    { ctx.t(Key::Undo) }
                </button>
                <button type="button" class="button" id="board-redo"
                    disabled={props.computing || !props.can_redo} onclick={on(BoardAction::Redo)}>
                    { ctx.t(Key::BoardRedo) }
                </button>
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
