//! One kickoff sheet ([`KickoffSheet`] view model), as the pair's dialog shows it and as
//! the print view prints it, one A4 page each: the members and what each teaches and
//! learns, the suggested goals with lines for the pair's own, the plan and every date,
//! the first meeting's agenda, confidentiality, the way out, and a box per member to sign.

use crate::app::Ctx;
use crate::i18n::Key;
use crate::view::kickoff::{KickoffPerson, KickoffSheet, SkillItem};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KickoffSheetViewProps {
    pub ctx: Ctx,
    pub sheet: Rc<KickoffSheet>,
    /// The heading's id (the dialog is labelled by it); `None` in the print view.
    #[prop_or_default]
    pub heading_id: Option<AttrValue>,
}

/// Lines to write on.
fn write_lines(n: usize) -> Html {
    html! { <div class="kickoff-write" aria-hidden="true">{ for (0..n).map(|_| html! { <div class="kickoff-line"></div> }) }</div> }
}

fn skills(ctx: &Ctx, heading: &str, items: &[SkillItem]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    let items = items.iter().map(|s| {
        html! {
            <li>
                { s.text.clone() }
                if s.wanted { { " " }<span class="tag kickoff-wanted">{ ctx.t(Key::KickoffWanted) }</span> }
            </li>
        }
    });
    html! { <><h4>{ heading.to_owned() }</h4><ul class="kickoff-skills">{ for items }</ul></> }
}

fn person(ctx: &Ctx, p: &KickoffPerson) -> Html {
    html! {
        <section class="kickoff-person">
            <h3>
                if let Some(role) = p.role { <span class="pair-role">{ role }</span>{ " " } }
                <span class="kickoff-name">{ p.name.clone() }</span>
            </h3>
            if !p.meta.is_empty() { <p class="pair-meta">{ p.meta.clone() }</p> }
            { skills(ctx, &p.teaches_heading, &p.teaches) }
            { skills(ctx, &p.learns_heading, &p.learns) }
        </section>
    }
}

#[function_component(KickoffSheetView)]
pub fn kickoff_sheet_view(props: &KickoffSheetViewProps) -> Html {
    let ctx = &props.ctx;
    let s = &props.sheet;
    let list = |items: &[String]| html! { <>{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</> };
    let signers = s.signers.iter().map(|name| {
        html! {
            <div class="kickoff-sign-box">
                <p class="kickoff-name">{ name.clone() }</p>
                <p class="kickoff-sign-label">{ ctx.t(Key::KickoffSignature) }</p>
                <p class="kickoff-sign-label">{ ctx.t(Key::KickoffDate) }</p>
            </div>
        }
    });
    html! {
        <article class="kickoff-sheet" data-members={s.key.clone()}>
            <p class="print-workshop">{ s.workshop.clone() }</p>
            <h2 id={props.heading_id.clone()} tabindex={props.heading_id.as_ref().map(|_| "-1")}>{ s.heading.clone() }</h2>
            <div class="kickoff-people">{ for s.people.iter().map(|p| person(ctx, p)) }</div>
            <section class="kickoff-goals">
                <h3>{ ctx.t(Key::KickoffGoalsHeading) }</h3>
                if !s.goals.is_empty() { <ol>{ list(&s.goals) }</ol> }
                <p class="hint">{ ctx.t(Key::KickoffGoalsHint) }</p>
                <h4>{ ctx.t(Key::KickoffOwnGoals) }</h4>
                { write_lines(3) }
            </section>
            <div class="kickoff-columns">
                <section class="kickoff-plan">
                    <h3>{ ctx.t(Key::KickoffPlanHeading) }</h3>
                    <ul>{ list(&s.plan) }</ul>
                    if !s.dates.is_empty() {
                        <h4>{ ctx.t(Key::KickoffDatesHeading) }</h4>
                        <ul class="kickoff-dates">{ list(&s.dates) }</ul>
                    }
                </section>
                <section class="kickoff-agenda">
                    <h3>{ ctx.t(Key::KickoffAgendaHeading) }</h3>
                    <ol>{ list(&s.agenda) }</ol>
                </section>
            </div>
            <section class="kickoff-terms">
                <h3>{ ctx.t(Key::KickoffConfidentialHeading) }</h3>
                <p>{ s.confidential.clone() }</p>
                <h3>{ ctx.t(Key::KickoffWayOutHeading) }</h3>
                <p>{ s.way_out.clone() }</p>
            </section>
            <section class="kickoff-sign">
                <h3>{ ctx.t(Key::KickoffSignHeading) }</h3>
                <div class="kickoff-sign-boxes">{ for signers }</div>
            </section>
        </article>
    }
}
