//! The automatic backups on Home: each with its time (in the facilitator's zone), its
//! workshop, answers, size and why it was kept, and a button that restores it (the
//! state it replaces is backed up in turn, and the restore can be undone).

use super::{storage, Ctx};
use crate::i18n::{backup_reason, Key, Msg};
use crate::view::time;
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackupsProps {
    pub ctx: Ctx,
}

#[function_component(Backups)]
pub fn backups(props: &BackupsProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let list = &ctx.state.0.backups;
    if list.is_empty() {
        return html! {};
    }
    let items = list.iter().rev().map(|b| {
        let info = &b.info;
        let text = ctx.msg(&Msg::BackupEntry {
            when: &time::local(&info.created_at, &ctx.zone),
            title: info.title.get(lang),
            answers: info.answers,
            kilobytes: info.bytes.div_ceil(1024),
            reason: backup_reason(lang, info.reason),
        });
        let onclick = {
            let (ctx, id) = (ctx.clone(), info.id.clone());
            Callback::from(move |_: MouseEvent| {
                let (ctx, id) = (ctx.clone(), id.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let text = storage::read_backup(&ctx.storage.0, &id).await;
                    ctx.dispatch(Action::OpenBackup { id, text });
                });
            })
        };
        html! {
            <li class="backup-item">
                <span>{ text }</span>
                <button type="button" class="button" {onclick}>{ ctx.t(Key::BackupRestore) }</button>
            </li>
        }
    });
    html! {
        <section class="card" aria-labelledby="backups-title">
            <h2 id="backups-title">{ ctx.t(Key::BackupsTitle) }</h2>
            <p>{ ctx.t(Key::BackupsBody) }</p>
            <ul class="plain-list backup-list">{ for items }</ul>
        </section>
    }
}
