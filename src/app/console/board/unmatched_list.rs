//! The people the pairing leaves without a partner, each with the reason in words (the
//! [`UnmatchedView`] view models).

use crate::app::hooks::Shared;
use crate::app::Ctx;
use crate::i18n::Msg;
use crate::view::pairs::UnmatchedView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnmatchedListProps {
    pub ctx: Ctx,
    /// Shared by pointer: a room of 2,000 may leave hundreds without a partner.
    pub people: Shared<Vec<UnmatchedView>>,
    /// How many of them are drawn yet (the board draws a new result over several tasks).
    pub drawn: usize,
}

#[function_component(UnmatchedList)]
pub fn unmatched_list(props: &UnmatchedListProps) -> Html {
    if props.people.0.is_empty() {
        return html! {};
    }
    let rows = props.people.0.iter().take(props.drawn).enumerate().map(|(i, u)| {
        html! {
            <li key={i} class="unmatched-item">
                <span class="pair-name">{ u.name.clone() }</span>
                <span class="pair-meta">{ u.generation.clone() }</span>
                <span class="unmatched-reason">{ u.reason.clone() }</span>
            </li>
        }
    });
    html! {
        <section class="board-unmatched" aria-labelledby="board-unmatched-title">
            <h3 id="board-unmatched-title">{ props.ctx.msg(&Msg::UnmatchedHeading { n: props.people.0.len() }) }</h3>
            <ul class="plain-list">{ for rows }</ul>
        </section>
    }
}
