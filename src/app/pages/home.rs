//! Facilitator home: the current workshop, or a start from the template.

use crate::app::workshop_summary::WorkshopSummary;
use crate::app::Ctx;
use crate::i18n::Key;
use crate::session::Action;
use crate::template::GenerationPreset;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    pub ctx: Ctx,
}

#[function_component(HomePage)]
pub fn home_page(props: &HomePageProps) -> Html {
    let ctx = &props.ctx;
    let session = &ctx.state.0;
    let preset = use_state(|| GenerationPreset::for_lang(ctx.lang()));
    let confirming = use_state(|| false);

    let on_preset = {
        let preset = preset.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            preset.set(if value == "ja" { GenerationPreset::Japanese } else { GenerationPreset::International });
        })
    };
    let start = {
        let ctx = ctx.clone();
        let preset = *preset;
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            ctx.dispatch(Action::StartFromTemplate(preset));
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };

    let preset_picker = html! {
        <div class="field">
            <label for="preset">{ ctx.t(Key::PresetLabel) }</label>
            <select id="preset" onchange={on_preset}>
                <option value="ja" selected={*preset == GenerationPreset::Japanese}>{ ctx.t(Key::PresetJapanese) }</option>
                <option value="intl" selected={*preset == GenerationPreset::International}>{ ctx.t(Key::PresetInternational) }</option>
            </select>
        </div>
    };

    let body = match &session.cohort {
        None => html! {
            <section class="card empty-state" aria-labelledby="no-workshop">
                <h2 id="no-workshop">{ ctx.t(Key::NoWorkshopTitle) }</h2>
                <p>{ ctx.t(Key::NoWorkshopBody) }</p>
                { preset_picker }
                <button type="button" class="button button-primary" onclick={start.clone()}>
                    { ctx.t(Key::StartFromTemplate) }
                </button>
            </section>
        },
        Some(cohort) => html! {
            <>
                <WorkshopSummary ctx={ctx.clone()} workshop={cohort.workshop.clone()} n_responses={cohort.responses.len()} />
                <section class="card" aria-labelledby="next-steps">
                    <h2 id="next-steps">{ ctx.t(Key::NextStepsTitle) }</h2>
                    <ol class="steps">
                        <li><a href="#/survey">{ ctx.t(Key::NextStepSurvey) }</a></li>
                        <li><a href="#/console">{ ctx.t(Key::NextStepCollect) }</a></li>
                        <li>{ ctx.t(Key::NextStepMatch) }</li>
                    </ol>
                </section>
                <section class="card" aria-labelledby="start-over">
                    <h2 id="start-over">{ ctx.t(Key::ReplaceWithTemplate) }</h2>
                    { preset_picker }
                    if *confirming {
                        <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-body">
                            <p id="confirm-title"><strong>{ ctx.t(Key::ConfirmReplaceTitle) }</strong></p>
                            <p id="confirm-body">{ ctx.t(Key::ConfirmReplaceBody) }</p>
                            <button type="button" class="button button-danger" onclick={start}>{ ctx.t(Key::ConfirmReplace) }</button>
                            <button type="button" class="button" onclick={cancel}>{ ctx.t(Key::Cancel) }</button>
                        </div>
                    } else {
                        <button type="button" class="button" onclick={ask}>{ ctx.t(Key::ReplaceWithTemplate) }</button>
                    }
                </section>
            </>
        },
    };

    html! {
        <>
            <h1>{ ctx.t(Key::HomeTitle) }</h1>
            <p class="lead">{ ctx.t(Key::HomeIntro) }</p>
            { body }
        </>
    }
}
