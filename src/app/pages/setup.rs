//! Set up and share: edit the workshop, then hand the survey to participants.

use crate::app::Ctx;
use crate::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SetupPageProps {
    pub ctx: Ctx,
}

#[function_component(SetupPage)]
pub fn setup_page(props: &SetupPageProps) -> Html {
    let ctx = &props.ctx;
    html! {
        <>
            <h1>{ ctx.t(Key::NavSetup) }</h1>
        </>
    }
}
