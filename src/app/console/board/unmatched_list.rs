//! The people the pairing leaves without a partner, grouped by reason: one sentence for
//! each group, what the facilitator can do, and the names (the [`UnmatchedGroup`] view
//! models).

use crate::app::hooks::Shared;
use crate::app::Ctx;
use crate::i18n::Msg;
use crate::view::pairs::UnmatchedGroup;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnmatchedListProps {
    pub ctx: Ctx,
    /// Shared by pointer: a room of 2,000 may leave hundreds without a partner.
    pub groups: Shared<Vec<UnmatchedGroup>>,
    /// How many of the people are drawn yet (the board draws a new result over several
    /// tasks), counted across the groups in order.
    pub drawn: usize,
}

#[function_component(UnmatchedList)]
pub fn unmatched_list(props: &UnmatchedListProps) -> Html {
    let total: usize = props.groups.0.iter().map(|g| g.people.len()).sum();
    if total == 0 {
        return html! {};
    }
    let mut left = props.drawn;
    let groups = props.groups.0.iter().enumerate().map(|(i, g)| {
        let shown = g.people.len().min(left);
        left -= shown;
        let people = g.people.iter().take(shown).enumerate().map(|(j, u)| {
            html! {
                <li key={j} class="unmatched-item">
                    <span class="pair-name">{ u.name.clone() }</span>
                    <span class="pair-meta">{ u.generation.clone() }</span>
                </li>
            }
        });
        html! {
            <li key={i} class="unmatched-group">
                <p class="unmatched-reason">{ g.sentence.clone() }</p>
                <p class="unmatched-advice">{ g.advice.clone() }</p>
                <ul class="plain-list unmatched-people">{ for people }</ul>
            </li>
        }
    });
    html! {
        <section class="board-unmatched" aria-labelledby="board-unmatched-title">
            <h3 id="board-unmatched-title">{ props.ctx.msg(&Msg::UnmatchedHeading { n: total }) }</h3>
            <ul class="plain-list unmatched-groups">{ for groups }</ul>
        </section>
    }
}
