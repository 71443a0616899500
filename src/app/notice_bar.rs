//! The notice above the page: what was just done (with Undo where it can be undone), or
//! what went wrong with storage, with what the user can do about it: save the session
//! as a file, save the data this version could not read, and the parts set aside.

use super::{browser, storage, Ctx};
use crate::i18n::{notice_text, set_aside_text, Key};
use crate::view::export::session_json;
use crate::view::files;
use crate::workflow::session::{Action, Notice};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub ctx: Ctx,
}

#[function_component(NoticeBar)]
pub fn notice_bar(props: &NoticeBarProps) -> Html {
    let ctx = &props.ctx;
    let session = &ctx.state.0;
    let Some(notice) = &session.notice else {
        return html! {};
    };
    let warning = notice.is_warning();
    let class = classes!("notice", warning.then_some("notice-warning"));
    let save_session = (notice.offers_session_file() && session.cohort.is_some()).then(|| {
        let state = ctx.state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(file) = state.0.session_file() {
                let name = files::session(&file.workshop);
                let _ = browser::download(&name.name, name.mime, session_json(&file).as_bytes());
            }
        })
    });
    let unreadable = storage::unreadable(&ctx.storage.0);
    let save_unreadable = (matches!(
        notice,
        Notice::StorageUnreadable | Notice::EarlierStateUnreadable | Notice::StorageRecovered
    ) && !unreadable.is_empty())
    .then(|| {
        let (stamp, storage) = (session.now.clone(), ctx.storage.clone());
        Callback::from(move |_: MouseEvent| {
            let records: serde_json::Map<String, serde_json::Value> =
                storage::unreadable(&storage.0)
                    .into_iter()
                    .map(|(k, v)| (k, v.into()))
                    .collect();
            let file = files::unreadable(&stamp);
            let text = serde_json::Value::Object(records).to_string();
            let _ = browser::download(&file.name, file.mime, text.as_bytes());
        })
    });
    let set_aside = matches!(notice, Notice::StorageRecovered).then(|| {
        html! {
            <details class="set-aside">
                <summary>{ ctx.t(Key::SetAsideTitle) }</summary>
                <ul>{ for session.set_aside.iter().map(|a| html! { <li>{ set_aside_text(ctx.lang(), a) }</li> }) }</ul>
            </details>
        }
    });
    html! {
        <div class={class} role={if warning { "alert" } else { "status" }}>
            <p>{ notice_text(ctx.lang(), notice) }</p>
            { for set_aside }
            if let Some(onclick) = save_session {
                <button type="button" class="button button-primary" id="notice-save-session" {onclick}>{ ctx.t(Key::SaveSessionFile) }</button>
            }
            if let Some(onclick) = save_unreadable {
                <button type="button" class="button" id="notice-save-unreadable" {onclick}>{ ctx.t(Key::SaveUnreadableData) }</button>
            }
            if session.undo.is_some() {
                <button type="button" class="button" onclick={ctx.on(Action::Undo)}>{ ctx.t(Key::Undo) }</button>
            }
            <button type="button" class="button button-quiet" onclick={ctx.on(Action::DismissNotice)}>
                { ctx.t(Key::Dismiss) }
            </button>
        </div>
    }
}
