//! The participant survey. Until a workshop is opened it says how to get one.

use crate::app::Ctx;
use crate::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SurveyPageProps {
    pub ctx: Ctx,
}

#[function_component(SurveyPage)]
pub fn survey_page(props: &SurveyPageProps) -> Html {
    let ctx = &props.ctx;
    let current = ctx.state.0.cohort.as_ref().map(|c| c.workshop.title.get(ctx.lang()).to_owned());
    html! {
        <>
            <h1>{ ctx.t(Key::SurveyTitle) }</h1>
            <section class="card empty-state" aria-labelledby="survey-empty">
                <h2 id="survey-empty">{ ctx.t(Key::SurveyEmptyTitle) }</h2>
                <p>{ ctx.t(Key::SurveyEmptyBody) }</p>
                if let Some(title) = current {
                    <p class="muted">{ ctx.t(Key::SurveyPreviewNote) }{ " " }<strong>{ title }</strong></p>
                }
            </section>
        </>
    }
}
