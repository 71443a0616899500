//! One pair (or trio, or mentor–mentee pair) as a card: its members with generation and
//! department, its score, the strongest "who teaches whom" lines, the full explanation
//! behind a toggle, and the card's edits: Lock/Unlock, Break, "Move … to this pair".
//! Names are user input and are only ever rendered as text.

use super::directory::Directory;
use super::pair_details::PairDetails;
use crate::app::Ctx;
use crate::workflow::board::BoardAction;
use crate::i18n::{teaching_line, Key};
use crate::document::model::{MatchingMode, Pair};
use yew::prelude::*;

/// Teaching lines shown on the closed card.
const TOP_LINES: usize = 3;

#[derive(Properties, PartialEq)]
pub struct PairCardProps {
    pub ctx: Ctx,
    /// 1-based position, for the heading.
    pub index: usize,
    pub pair: Pair,
    pub mode: MatchingMode,
    pub want_weight: u32,
    pub directory: Directory,
    /// The person chosen to be moved, if any.
    pub mover: Option<String>,
    /// A run is pending: edits wait.
    pub busy: bool,
    pub on_action: Callback<BoardAction>,
}

#[function_component(PairCard)]
pub fn pair_card(props: &PairCardProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let pair = &props.pair;
    let dir = &props.directory;
    let trio = pair.members.len() == 3;
    let heading = format!("{} {}", ctx.t(if trio { Key::BoardTrio } else { Key::BoardPair }), props.index);
    let heading_id = format!("pair-{}", props.index);

    let members = pair.members.iter().enumerate().map(|(i, id)| {
        let role = match props.mode {
            MatchingMode::Reverse => Some(ctx.t(if i == 0 { Key::BoardMentor } else { Key::BoardMentee })),
            MatchingMode::Mutual => None,
        };
        let (name, generation, department) = match dir.person(id) {
            Some(p) => (
                p.name.clone(),
                p.generation.clone(),
                p.department.clone().unwrap_or_else(|| ctx.t(Key::BoardNoDepartment).to_owned()),
            ),
            None => (id.clone(), String::new(), String::new()),
        };
        html! {
            <li class="pair-member">
                if let Some(role) = role { <span class="pair-role">{ role }</span> }
                <span class="pair-name">{ name }</span>
                <span class="pair-meta">{ format!("{generation} · {department}") }</span>
            </li>
        }
    });

    let mut lines: Vec<_> = pair.explanation.links.iter().flat_map(|l| &l.teaching).collect();
    lines.sort_by(|a, b| b.points.cmp(&a.points).then(a.skill.cmp(&b.skill)));
    let top = lines.iter().take(TOP_LINES).map(|l| {
        let text = teaching_line(lang, &dir.name(&l.teacher), &dir.name(&l.learner), &dir.skill_label(&l.skill, lang), l, props.want_weight);
        html! { <li>{ text }</li> }
    });

    let members_key = pair.members.clone();
    let act = |make: fn(Vec<String>) -> BoardAction| {
        let members = members_key.clone();
        props.on_action.reform(move |_: MouseEvent| make(members.clone()))
    };
    let lock = if pair.locked {
        html! { <button type="button" class="button pair-unlock" disabled={props.busy}
            onclick={act(|members| BoardAction::Unlock { members })}>{ ctx.t(Key::BoardUnlock) }</button> }
    } else {
        html! { <button type="button" class="button pair-lock" disabled={props.busy}
            onclick={act(|members| BoardAction::Lock { members })}>{ ctx.t(Key::BoardLock) }</button> }
    };
    let move_here = props.mover.as_ref().filter(|m| !pair.members.contains(m)).map(|person| {
        let (person, into) = (person.clone(), members_key.clone());
        let label = match lang {
            crate::document::model::Lang::Ja => format!("{}さんをこの組へ移す", dir.name(&person)),
            crate::document::model::Lang::En => format!("Move {} to this pair", dir.name(&person)),
        };
        let onclick = props.on_action.reform(move |_: MouseEvent| BoardAction::Move { person: person.clone(), into: into.clone() });
        html! { <button type="button" class="button pair-move" disabled={props.busy} {onclick}>{ label }</button> }
    });

    html! {
        <li class={classes!("pair-card", pair.locked.then_some("pair-locked"))}
            aria-labelledby={heading_id.clone()} data-members={pair.members.join("+")}>
            <div class="pair-head">
                <h3 id={heading_id}>{ heading }</h3>
                if pair.locked { <span class="tag tag-locked">{ ctx.t(Key::BoardLocked) }</span> }
                <span class="pair-score"><strong>{ pair.score }</strong>{ " " }{ ctx.t(Key::BoardPoints) }</span>
            </div>
            <ul class="pair-members">{ for members }</ul>
            if lines.is_empty() {
                <p class="hint">{ ctx.t(Key::BoardNothingToTeach) }</p>
            } else {
                <ul class="pair-teaching">{ for top }</ul>
            }
            <PairDetails ctx={ctx.clone()} pair={pair.clone()} want_weight={props.want_weight} directory={dir.clone()} />
            <div class="pair-actions">
                { lock }
                <button type="button" class="button pair-break" disabled={props.busy}
                    onclick={act(|members| BoardAction::Break { members })}>{ ctx.t(Key::BoardBreak) }</button>
                { for move_here }
            </div>
        </li>
    }
}
