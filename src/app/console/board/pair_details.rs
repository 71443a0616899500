//! A pair's full explanation, opened on demand (a closed card computes and renders none of
//! it, which keeps a room of 2,000 quick): the [`Details`](crate::view::pairs::Details)
//! view model's teaching lines, the breakdown that sums to the score, the rules a
//! hand-made or locked pair overrides, the "why not" runner-ups, and both members'
//! profile charts side by side.

use crate::app::hooks::{use_toggle, Shared};
use crate::app::profile_chart::ProfileChart;
use crate::app::Ctx;
use crate::document::model::Pair;
use crate::i18n::Key;
use crate::view::pairs::{details, LinkView};
use crate::view::people::Directory;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PairDetailsProps {
    pub ctx: Ctx,
    pub pair: Pair,
    pub want_weight: u32,
    /// "Who teaches what": 教えること in reverse mode, 教え合うこと in mutual mode.
    pub teaching_heading: &'static str,
    pub directory: Shared<Directory>,
}

fn link(ctx: &Ctx, l: &LinkView) -> Html {
    html! {
        <div class="pair-link">
            if let Some(title) = &l.title { <h4>{ title.clone() }</h4> }
            <p class="hint">{ l.facts.clone() }</p>
            if l.lines.is_empty() {
                <p class="hint">{ ctx.t(Key::BoardNothingToTeach) }</p>
            } else {
                <ul class="pair-teaching">{ for l.lines.iter().map(|t| html! { <li>{ t.clone() }</li> }) }</ul>
            }
            <table class="breakdown">
                <caption>{ ctx.t(Key::BoardBreakdown) }</caption>
                <tbody>
                    { for l.breakdown.iter().map(|(label, value)| html! {
                        <tr><th scope="row">{ *label }</th><td>{ value.clone() }</td></tr>
                    }) }
                    <tr class="breakdown-total"><th scope="row">{ ctx.t(Key::BoardTotal) }</th><td>{ l.total }</td></tr>
                </tbody>
            </table>
        </div>
    }
}

#[function_component(PairDetails)]
pub fn pair_details(props: &PairDetailsProps) -> Html {
    let ctx = &props.ctx;
    let open = use_toggle(false);
    let label = if open.is_on() {
        Key::BoardHideDetails
    } else {
        Key::BoardShowDetails
    };
    let body = open.is_on().then(|| {
        let view = details(&props.pair, props.want_weight, &props.directory, ctx.lang());
        let cohort = ctx.state.0.cohort.clone();
        let profiles = props.pair.members.iter().filter_map(|id| {
            let cohort = cohort.as_ref()?;
            let response = cohort.response(id)?;
            Some(html! {
                <figure class="pair-profile">
                    <figcaption>{ response.name.clone() }</figcaption>
                    <ProfileChart ctx={ctx.clone()} workshop={cohort.workshop.clone()} response={response.clone()} />
                </figure>
            })
        });
        html! {
            <div class="pair-explanation">
                <h4>{ props.teaching_heading }</h4>
                { for view.links.iter().map(|l| link(ctx, l)) }
                if let Some(overrides) = &view.overrides {
                    <p class="pair-overrides"><strong>{ ctx.t(Key::BoardOverrides) }</strong>{ ": " }{ overrides.clone() }</p>
                }
                if !view.why_not.is_empty() {
                    <h4>{ ctx.t(Key::BoardWhyNot) }</h4>
                    <ul class="pair-why-not">{ for view.why_not.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
                }
                <h4>{ ctx.t(Key::BoardProfiles) }</h4>
                <div class="pair-profiles">{ for profiles }</div>
            </div>
        }
    });
    html! {
        <div class="pair-details">
            <button type="button" class="button button-quiet pair-details-toggle" aria-expanded={open.is_on().to_string()}
                onclick={open.flip()}>{ ctx.t(label) }</button>
            { for body }
        </div>
    }
}
