//! The participant survey: open a workshop, fill in the form (or the follow-up survey's),
//! hand the answers back.

use crate::app::survey::{
    followup_form::FollowUpForm, form::SurveyForm, hand_back::HandBack, open_panel::OpenPanel,
};
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
    match ctx.state.0.survey() {
        None => html! {
            <>
                <h1>{ ctx.t(Key::SurveyTitle) }</h1>
                <OpenPanel ctx={ctx.clone()} />
            </>
        },
        Some(survey) if survey.showing_hand_back() => html! { <HandBack ctx={ctx.clone()} /> },
        Some(survey) if survey.followup.is_some() => html! { <FollowUpForm ctx={ctx.clone()} /> },
        Some(_) => html! { <SurveyForm ctx={ctx.clone()} /> },
    }
}
