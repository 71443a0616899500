//! One pair (or trio, or mentor–mentee pair) as a card: the [`PairCard`] view model's
//! members, score and strongest "who teaches whom" lines, the full explanation behind a
//! toggle, and the card's edits: Lock/Unlock, Break, "Move … to this pair". Names are
//! user input and are only ever rendered as text.

use super::kickoff_dialog::KickoffDialog;
use super::pair_details::PairDetails;
use super::rematch_toggle::RematchToggle;
use crate::app::hooks::Shared;
use crate::app::Ctx;
use crate::document::model::{Cohort, Pair, Pairing};
use crate::i18n::Key;
use crate::view::pairs::PairCard as Card;
use crate::view::people::Directory;
use crate::view::rematch::RematchCard;
use crate::workflow::board::BoardAction;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PairCardProps {
    pub ctx: Ctx,
    pub card: Card,
    /// The pair itself, for its explanation (computed only when opened).
    pub pair: Pair,
    pub want_weight: u32,
    pub directory: Shared<Directory>,
    /// Re-matching: the pair's mark and why it was re-matched.
    pub rematch: RematchCard,
    /// A run is pending: edits wait.
    pub busy: bool,
    pub on_action: Callback<BoardAction>,
    /// For the pair's kickoff sheet (issue 11).
    pub cohort: std::rc::Rc<Cohort>,
    pub pairing: std::rc::Rc<Pairing>,
}

#[function_component(PairCard)]
pub fn pair_card(props: &PairCardProps) -> Html {
    let ctx = &props.ctx;
    let card = &props.card;
    let heading_id = format!("pair-{}", card.number);
    let act = |make: fn(Vec<String>) -> BoardAction| {
        let members = card.members.clone();
        props
            .on_action
            .reform(move |_: MouseEvent| make(members.clone()))
    };
    let lock = if card.locked {
        html! { <button type="button" class="button pair-unlock" disabled={props.busy}
        onclick={act(|members| BoardAction::Unlock { members })}>{ ctx.t(Key::BoardUnlock) }</button> }
    } else {
        html! { <button type="button" class="button pair-lock" disabled={props.busy}
        onclick={act(|members| BoardAction::Lock { members })}>{ ctx.t(Key::BoardLock) }</button> }
    };
    let move_here = card.move_here.as_ref().map(|m| {
        let (person, into) = (m.person.clone(), card.members.clone());
        let onclick = props.on_action.reform(move |_: MouseEvent| BoardAction::Move { person: person.clone(), into: into.clone() });
        html! { <button type="button" class="button pair-move" disabled={props.busy} {onclick}>{ m.label.clone() }</button> }
    });
    let members = card.people.iter().map(|m| {
        html! {
            <li class="pair-member">
                if let Some(role) = m.role { <span class="pair-role">{ role }</span> }
                <span class="pair-name">{ m.name.clone() }</span>
                <span class="pair-meta">{ m.meta.clone() }</span>
            </li>
        }
    });

    html! {
        <li class={classes!("pair-card", card.locked.then_some("pair-locked"))}
            aria-labelledby={heading_id.clone()} data-members={card.key.clone()}>
            <div class="pair-head">
                <h3 id={heading_id}>{ card.heading.clone() }</h3>
                if card.locked { <span class="tag tag-locked">{ ctx.t(Key::BoardLocked) }</span> }
                <span class="pair-score">{ card.score.clone() }</span>
            </div>
            <ul class="pair-members">{ for members }</ul>
            if let Some(first) = &card.sat_out {
                <p class="pair-first">{ first.clone() }</p>
            }
            if card.top_lines.is_empty() {
                <p class="hint">{ ctx.t(Key::BoardNothingToTeach) }</p>
            } else {
                <ul class="pair-teaching" aria-label={card.teaching_heading}>
                    { for card.top_lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }
                </ul>
            }
            <PairDetails ctx={ctx.clone()} pair={props.pair.clone()} want_weight={props.want_weight}
                teaching_heading={card.teaching_heading}
                directory={props.directory.clone()} />
            <RematchToggle ctx={ctx.clone()} card={props.rematch.clone()} members={card.members.clone()} number={card.number}
                busy={props.busy} on_action={props.on_action.clone()} />
            <div class="pair-actions">
                { lock }
                <button type="button" class="button pair-break" disabled={props.busy}
                    onclick={act(|members| BoardAction::Break { members })}>{ ctx.t(Key::BoardBreak) }</button>
                { for move_here }
                <KickoffDialog ctx={ctx.clone()} pair={props.pair.clone()} pairing={props.pairing.clone()}
                    cohort={props.cohort.clone()} directory={props.directory.clone()} />
            </div>
        </li>
    }
}
