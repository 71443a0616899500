//! The current workshop in brief, with the button that starts editing it (a copy of it
//! becomes the session's draft).

use crate::app::Ctx;
use crate::document::model::{MatchingMode, Workshop};
use crate::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkshopCardProps {
    pub ctx: Ctx,
    pub workshop: Workshop,
    pub n_responses: usize,
    pub on_edit: Callback<MouseEvent>,
}

#[function_component(WorkshopCard)]
pub fn workshop_card(props: &WorkshopCardProps) -> Html {
    let ctx = &props.ctx;
    let w = &props.workshop;
    let mode = match w.matching.mode {
        MatchingMode::Mutual => Key::ModeMutual,
        MatchingMode::Reverse => Key::ModeReverse,
    };
    html! {
        <section class="card workshop-card" aria-labelledby="setup-current-title">
            <p class="eyebrow">{ ctx.t(Key::CurrentWorkshop) }</p>
            <h2 id="setup-current-title">{ w.title.get(ctx.lang()) }</h2>
            <dl class="facts">
                <div><dt>{ ctx.t(Key::ModeHeading) }</dt><dd>{ ctx.t(mode) }</dd></div>
                <div><dt>{ ctx.t(Key::SkillCount) }</dt><dd>{ w.skills.len() }</dd></div>
                <div><dt>{ ctx.t(Key::GenerationsHeading) }</dt><dd>{ w.generations.len() }</dd></div>
                <div><dt>{ ctx.t(Key::ResponsesCount) }</dt><dd>{ props.n_responses }</dd></div>
            </dl>
            <button type="button" id="setup-edit" class="button button-primary" onclick={props.on_edit.clone()}>
                { ctx.t(Key::SetupEdit) }
            </button>
        </section>
    }
}
