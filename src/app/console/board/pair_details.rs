//! A pair's full explanation, opened on demand (a closed card renders none of it, which
//! keeps a room of 2,000 quick): every teaching line with both ratings, the breakdown
//! that sums to the score, the rules a hand-made or locked pair overrides, the "why not"
//! runner-ups, and both members' profile charts side by side.

use super::directory::Directory;
use crate::app::profile_chart::ProfileChart;
use crate::app::Ctx;
use crate::i18n::{constraint_name, link_facts, runner_up, teaching_line, Key};
use crate::document::model::{LinkExplanation, Pair};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PairDetailsProps {
    pub ctx: Ctx,
    pub pair: Pair,
    pub want_weight: u32,
    pub directory: Directory,
}

#[function_component(PairDetails)]
pub fn pair_details(props: &PairDetailsProps) -> Html {
    let ctx = &props.ctx;
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let label = if *open { Key::BoardHideDetails } else { Key::BoardShowDetails };
    html! {
        <div class="pair-details">
            <button type="button" class="button button-quiet pair-details-toggle" aria-expanded={open.to_string()} onclick={toggle}>
                { ctx.t(label) }
            </button>
            if *open { { details(props) } }
        </div>
    }
}

fn details(props: &PairDetailsProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let dir = &props.directory;
    let pair = &props.pair;
    let link = |l: &LinkExplanation| {
        let b = &l.breakdown;
        let parts = [
            (Key::BoardSkillPoints, b.skills),
            (Key::BoardReciprocity, b.reciprocity_bonus),
            (Key::BoardGenerationBonus, b.generation_bonus),
            (Key::BoardSameDepartmentPenalty, b.same_department_penalty),
            (Key::BoardRepeatPenalty, b.repeat_partner_penalty),
        ];
        let lines = l.teaching.iter().map(|t| {
            html! { <li>{ teaching_line(lang, &dir.name(&t.teacher), &dir.name(&t.learner), &dir.skill_label(&t.skill, lang), t, props.want_weight) }</li> }
        });
        html! {
            <div class="pair-link">
                if pair.members.len() == 3 {
                    <h4>{ format!("{} × {}", dir.name(&l.members[0]), dir.name(&l.members[1])) }</h4>
                }
                <p class="hint">{ link_facts(lang, l) }</p>
                if l.teaching.is_empty() {
                    <p class="hint">{ ctx.t(Key::BoardNothingToTeach) }</p>
                } else {
                    <ul class="pair-teaching">{ for lines }</ul>
                }
                <table class="breakdown">
                    <caption>{ ctx.t(Key::BoardBreakdown) }</caption>
                    <tbody>
                        { for parts.iter().filter(|(k, v)| *v != 0 || *k == Key::BoardSkillPoints).map(|(k, v)| html! {
                            <tr><th scope="row">{ ctx.t(*k) }</th><td>{ format!("{v:+}") }</td></tr>
                        }) }
                        <tr class="breakdown-total"><th scope="row">{ ctx.t(Key::BoardTotal) }</th><td>{ l.score }</td></tr>
                    </tbody>
                </table>
            </div>
        }
    };
    let overrides = &pair.explanation.overrides;
    let why_not = &pair.explanation.why_not;
    let profiles = pair.members.iter().filter_map(|id| dir.person(id)).map(|p| {
        html! {
            <figure class="pair-profile">
                <figcaption>{ p.name.clone() }</figcaption>
                <ProfileChart ctx={ctx.clone()} workshop={dir.0.workshop.clone()} response={p.response.clone()} />
            </figure>
        }
    });
    html! {
        <div class="pair-explanation">
            { for pair.explanation.links.iter().map(link) }
            if !overrides.is_empty() {
                <p class="pair-overrides"><strong>{ ctx.t(Key::BoardOverrides) }</strong>{ ": " }
                    { overrides.iter().map(|c| constraint_name(lang, *c)).collect::<Vec<_>>().join(", ") }</p>
            }
            if !why_not.is_empty() {
                <h4>{ ctx.t(Key::BoardWhyNot) }</h4>
                <ul class="pair-why-not">
                    { for why_not.iter().map(|r| html! { <li>{ runner_up(lang, &dir.name(&r.member), &dir.name(&r.partner), r) }</li> }) }
                </ul>
            }
            <h4>{ ctx.t(Key::BoardProfiles) }</h4>
            <div class="pair-profiles">{ for profiles }</div>
        </div>
    }
}
