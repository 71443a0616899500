//! Opening a survey without a link: a workshop file or a pasted workshop code; and, on the
//! facilitator's laptop, the shared-laptop (kiosk) mode. Each is one action; the core
//! reads the file or code, and a problem is kept in the session and shown here.

use crate::app::{browser, Ctx};
use crate::i18n::{open_error_text, Key};
use crate::workflow::session::{Action, OpenPlace};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpenPanelProps {
    pub ctx: Ctx,
}

#[function_component(OpenPanel)]
pub fn open_panel(props: &OpenPanelProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let code = use_state(String::new);
    let error = ctx
        .state
        .0
        .open_failure_at(OpenPlace::Survey)
        .map(|e| open_error_text(lang, e));

    let on_file = browser::on_file(ctx, |file| Action::OpenWorkshopFile {
        file,
        participant_id: browser::new_participant_id(),
    });
    let on_code_input = {
        let code = code.clone();
        Callback::from(move |e: InputEvent| {
            code.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let on_open_code = {
        let (ctx, code) = (ctx.clone(), code.clone());
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::OpenWorkshopCode {
                code: (*code).clone(),
                participant_id: browser::new_participant_id(),
            })
        })
    };
    let kiosk = ctx.state.0.cohort.as_ref().map(|c| {
        let (ctx, workshop) = (ctx.clone(), c.workshop.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let participant_id = browser::new_participant_id();
            ctx.dispatch(Action::OpenSurvey {
                workshop: workshop.clone(),
                participant_id,
                kiosk: true,
            })
        });
        (c.workshop.title.get(lang).to_owned(), onclick)
    });

    html! {
        <>
            <section class="card empty-state" aria-labelledby="survey-empty">
                <h2 id="survey-empty">{ ctx.t(Key::SurveyEmptyTitle) }</h2>
                <p>{ ctx.t(Key::SurveyEmptyBody) }</p>
                if let Some(error) = error {
                    <p class="field-error" role="alert" id="open-error">{ error }</p>
                }
                <div class="columns">
                    <div class="field">
                        <label for="open-file">{ ctx.t(Key::SurveyOpenFile) }</label>
                        <span class="hint" id="open-file-hint">{ ctx.t(Key::SurveyOpenFileHint) }</span>
                        <input id="open-file" type="file" accept=".json,application/json"
                               aria-describedby="open-file-hint" onchange={on_file} />
                    </div>
                    <div class="field">
                        <label for="open-code">{ ctx.t(Key::SurveyPasteCode) }</label>
                        <span class="hint" id="open-code-hint">{ ctx.t(Key::SurveyPasteCodeHint) }</span>
                        <textarea id="open-code" rows="3" spellcheck="false" aria-describedby="open-code-hint"
                                  value={(*code).clone()} oninput={on_code_input} />
                        <div>
                            <button type="button" class="button button-primary" onclick={on_open_code}>
                                { ctx.t(Key::SurveyOpenCode) }
                            </button>
                        </div>
                    </div>
                </div>
            </section>
            if let Some((title, onclick)) = kiosk {
                <section class="card" aria-labelledby="kiosk-title">
                    <h2 id="kiosk-title">{ ctx.t(Key::SurveyKioskTitle) }</h2>
                    <p>{ ctx.t(Key::SurveyKioskBody) }</p>
                    <p><strong>{ title }</strong></p>
                    <button type="button" class="button" {onclick}>{ ctx.t(Key::SurveyStartKiosk) }</button>
                </section>
            }
        </>
    }
}
