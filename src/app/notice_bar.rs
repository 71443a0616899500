//! The one-line notice above the page, with Undo where the last action can be undone.

use super::Ctx;
use crate::i18n::{notice_text, Key};
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub ctx: Ctx,
}

#[function_component(NoticeBar)]
pub fn notice_bar(props: &NoticeBarProps) -> Html {
    let ctx = &props.ctx;
    let session = &ctx.state.0;
    let Some(notice) = &session.notice else { return html! {} };
    let warning = notice.is_warning();
    let class = classes!("notice", warning.then_some("notice-warning"));
    html! {
        <div class={class} role={if warning { "alert" } else { "status" }}>
            <p>{ notice_text(ctx.lang(), notice) }</p>
            if session.undo.is_some() {
                <button type="button" class="button" onclick={ctx.on(Action::Undo)}>{ ctx.t(Key::Undo) }</button>
            }
            <button type="button" class="button button-quiet" onclick={ctx.on(Action::DismissNotice)}>
                { ctx.t(Key::Dismiss) }
            </button>
        </div>
    }
}
