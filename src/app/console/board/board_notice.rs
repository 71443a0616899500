//! The board's message (a failed run, a refused move, what a move or a re-run did), with
//! Dismiss, and Undo when the message reports a change that set people aside.

use crate::app::hooks::Shared;
use crate::app::Ctx;
use crate::i18n::{board_message, Key};
use crate::view::people::Directory;
use crate::workflow::board::{BoardAction, BoardMessage};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BoardNoticeProps {
    pub ctx: Ctx,
    pub message: BoardMessage,
    pub directory: Shared<Directory>,
    /// A run is pending: Undo waits.
    pub busy: bool,
    pub on_action: Callback<BoardAction>,
}

#[function_component(BoardNotice)]
pub fn board_notice(props: &BoardNoticeProps) -> Html {
    let ctx = &props.ctx;
    let on = |a: BoardAction| props.on_action.reform(move |_: MouseEvent| a.clone());
    let (kind, undo) = match &props.message {
        BoardMessage::MoveSetAside { .. } => ("notice-warning", true),
        BoardMessage::SameResult => ("board-message-same", false),
        _ => ("notice-warning", false),
    };
    let directory = &props.directory.0;
    html! {
        <div class={classes!("notice", "board-message", kind)} role="status">
            <p>{ board_message(ctx.lang(), &props.message, &|id: &str| directory.name(id)) }</p>
            if undo {
                <button type="button" class="button" id="board-message-undo" disabled={props.busy}
                    onclick={on(BoardAction::Undo)}>{ ctx.t(Key::Undo) }</button>
            }
            <button type="button" class="button button-quiet" onclick={on(BoardAction::DismissMessage)}>{ ctx.t(Key::Dismiss) }</button>
        </div>
    }
}
