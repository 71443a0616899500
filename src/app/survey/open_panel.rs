//! Opening a survey without a link: a workshop file or a pasted workshop code; and, on the
//! facilitator's laptop, the shared-laptop (kiosk) mode.

use crate::app::{browser, Ctx};
use crate::transport::codes::{self, CodeError};
use crate::document::formats::{self, FormatError};
use crate::document::model::Lang;
use crate::i18n::{code_error, format_error, Key};
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpenPanelProps {
    pub ctx: Ctx,
}

/// Why the chosen file or the pasted code could not be opened.
#[derive(Clone, PartialEq)]
enum OpenError {
    File(String, FormatError),
    Code(CodeError),
}

impl OpenError {
    fn text(&self, lang: Lang) -> String {
        match self {
            OpenError::File(name, e) => format!("{name}: {}", format_error(lang, e)),
            OpenError::Code(e) => code_error(lang, e),
        }
    }
}

#[function_component(OpenPanel)]
pub fn open_panel(props: &OpenPanelProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    // The last error; translated when shown, so a language switch re-translates it.
    let error = use_state(|| None::<OpenError>);
    let code = use_state(String::new);

    let open = |ctx: &Ctx, workshop, kiosk| {
        ctx.dispatch(Action::OpenSurvey { workshop, participant_id: browser::new_participant_id(), kiosk });
    };

    let on_file = {
        let ctx = ctx.clone();
        let error = error.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(files) = input.files() else { return };
            let (ctx, error) = (ctx.clone(), error.clone());
            browser::read_files(files, move |read| {
                let Some((name, bytes)) = read.into_iter().next() else { return };
                match formats::parse_workshop(&bytes) {
                    Ok(workshop) => {
                        error.set(None);
                        open(&ctx, workshop, false);
                    }
                    Err(e) => error.set(Some(OpenError::File(name, e))),
                }
            });
            input.set_value("");
        })
    };
    let on_code_input = {
        let code = code.clone();
        Callback::from(move |e: InputEvent| code.set(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()))
    };
    let on_open_code = {
        let ctx = ctx.clone();
        let error = error.clone();
        let code = code.clone();
        Callback::from(move |_: MouseEvent| match codes::parse_workshop_code(&code) {
            Ok(workshop) => {
                error.set(None);
                open(&ctx, workshop, false);
            }
            Err(e) => error.set(Some(OpenError::Code(e))),
        })
    };
    let kiosk = ctx.state.0.cohort.as_ref().map(|c| {
        let ctx = ctx.clone();
        let workshop = c.workshop.clone();
        let title = c.workshop.title.get(lang).to_owned();
        let onclick = Callback::from(move |_: MouseEvent| open(&ctx, workshop.clone(), true));
        (title, onclick)
    });

    html! {
        <>
            <section class="card empty-state" aria-labelledby="survey-empty">
                <h2 id="survey-empty">{ ctx.t(Key::SurveyEmptyTitle) }</h2>
                <p>{ ctx.t(Key::SurveyEmptyBody) }</p>
                if let Some(error) = &*error {
                    <p class="field-error" role="alert" id="open-error">{ error.text(lang) }</p>
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
