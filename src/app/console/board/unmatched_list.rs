//! The people the pairing leaves without a partner, each with the reason in words.

use super::directory::Directory;
use crate::app::Ctx;
use crate::i18n::{unmatched_reason, Key};
use crate::document::model::Unmatched;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnmatchedListProps {
    pub ctx: Ctx,
    pub unmatched: Vec<Unmatched>,
    pub directory: Directory,
}

#[function_component(UnmatchedList)]
pub fn unmatched_list(props: &UnmatchedListProps) -> Html {
    let ctx = &props.ctx;
    if props.unmatched.is_empty() {
        return html! {};
    }
    let dir = props.directory.clone();
    let name = move |id: &str| dir.name(id);
    let rows = props.unmatched.iter().map(|u| {
        let person = props.directory.person(&u.participant_id);
        let meta = person.map(|p| p.generation.clone()).unwrap_or_default();
        html! {
            <li class="unmatched-item">
                <span class="pair-name">{ props.directory.name(&u.participant_id) }</span>
                <span class="pair-meta">{ meta }</span>
                <span class="unmatched-reason">{ unmatched_reason(ctx.lang(), &u.reason, &name) }</span>
            </li>
        }
    });
    html! {
        <section class="board-unmatched" aria-labelledby="board-unmatched-title">
            <h3 id="board-unmatched-title">{ format!("{} ({})", ctx.t(Key::BoardUnmatched), props.unmatched.len()) }</h3>
            <ul class="plain-list">{ for rows }</ul>
        </section>
    }
}
