//! A read-only summary of a workshop: title, mode, scale, skills and generations.

use super::Ctx;
use crate::document::model::{MatchingMode, SkillFamily, Workshop};
use crate::i18n::{birth_years, Key};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkshopSummaryProps {
    pub ctx: Ctx,
    pub workshop: Workshop,
    pub n_responses: usize,
}

#[function_component(WorkshopSummary)]
pub fn workshop_summary(props: &WorkshopSummaryProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let w = &props.workshop;
    let mode = match w.matching.mode {
        MatchingMode::Mutual => Key::ModeMutual,
        MatchingMode::Reverse => Key::ModeReverse,
    };
    let skills = w.skills.iter().map(|s| {
        let (family_class, family) = match s.family {
            SkillFamily::Digital => ("tag tag-digital", Key::FamilyDigital),
            SkillFamily::Experience => ("tag tag-experience", Key::FamilyExperience),
        };
        html! { <li><span class={family_class}>{ ctx.t(family) }</span>{ s.label.get(lang) }</li> }
    });
    let generations = w.generations.iter().map(|g| {
        html! { <li><strong>{ g.label.get(lang) }</strong><span class="muted">{ birth_years(lang, g) }</span></li> }
    });
    let scale = (w.scale.min..=w.scale.max).map(|point| {
        let label = w
            .scale
            .label(point)
            .map(|l| l.get(lang))
            .unwrap_or_default();
        html! { <li><span class="scale-point">{ point }</span>{ label }</li> }
    });
    html! {
        <section class="card workshop-summary" aria-labelledby="current-workshop-title">
            <p class="eyebrow">{ ctx.t(Key::CurrentWorkshop) }</p>
            <h2 id="current-workshop-title">{ w.title.get(lang) }</h2>
            <dl class="facts">
                <div><dt>{ ctx.t(Key::ModeHeading) }</dt><dd>{ ctx.t(mode) }</dd></div>
                <div><dt>{ ctx.t(Key::SkillCount) }</dt><dd>{ w.skills.len() }</dd></div>
                <div><dt>{ ctx.t(Key::ResponsesCount) }</dt><dd data-testid="response-count">{ props.n_responses }</dd></div>
            </dl>
            <div class="columns">
                <div>
                    <h3>{ ctx.t(Key::SkillsHeading) }</h3>
                    <ul class="plain-list skill-list">{ for skills }</ul>
                </div>
                <div>
                    <h3>{ ctx.t(Key::GenerationsHeading) }</h3>
                    <ul class="plain-list generation-list">{ for generations }</ul>
                    <h3>{ ctx.t(Key::ScaleHeading) }</h3>
                    <ul class="plain-list scale-list">{ for scale }</ul>
                </div>
            </div>
        </section>
    }
}
