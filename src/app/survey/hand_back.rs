//! After submitting: the three ways to hand the answers back (file, code, QR code), and
//! the way back to edit them; in shared-laptop mode, the button for the next person.

use crate::app::copy_button::CopyButton;
use crate::app::qr_code::QrCode;
use crate::app::{browser, Ctx};
use crate::transport::codes;
use crate::document::formats;
use crate::i18n::{thanks, Key};
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HandBackProps {
    pub ctx: Ctx,
}

#[function_component(HandBack)]
pub fn hand_back(props: &HandBackProps) -> Html {
    let ctx = &props.ctx;
    let Some(survey) = ctx.state.0.survey().cloned() else { return html! {} };
    let Some(response) = survey.submitted.clone() else { return html! {} };
    let code = codes::response_code(&response, &survey.workshop);
    let on_download = {
        let response = response.clone();
        Callback::from(move |_: MouseEvent| {
            let file = crate::view::files::response(&response);
            let _ = browser::download(&file.name, file.mime, formats::to_json(&response).as_bytes());
        })
    };
    let on_next = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::NextParticipant { participant_id: browser::new_participant_id() })
        })
    };
    html! {
        <section class="hand-back" aria-labelledby="hand-back-title">
            <p class="eyebrow">{ survey.workshop.title.get(ctx.lang()) }</p>
            <h1 id="hand-back-title">{ thanks(ctx.lang(), &response.name) }</h1>
            if survey.kiosk {
                <div class="card kiosk-done">
                    <p>{ ctx.t(Key::HandBackKioskSaved) }</p>
                    <button type="button" class="button button-primary button-large" onclick={on_next}>
                        { ctx.t(Key::HandBackNextParticipant) }
                    </button>
                </div>
            } else {
                <p class="lead">{ ctx.t(Key::HandBackIntro) }</p>
                <div class="hand-back-ways">
                    <section class="card" aria-labelledby="hb-file">
                        <h2 id="hb-file">{ ctx.t(Key::HandBackFile) }</h2>
                        <p>{ ctx.t(Key::HandBackFileBody) }</p>
                        <button type="button" class="button button-primary" onclick={on_download}>{ ctx.t(Key::HandBackDownload) }</button>
                    </section>
                    <section class="card" aria-labelledby="hb-code">
                        <h2 id="hb-code">{ ctx.t(Key::HandBackCode) }</h2>
                        <p>{ ctx.t(Key::HandBackCodeBody) }</p>
                        <label for="response-code" class="sub-label">{ ctx.t(Key::HandBackCodeLabel) }</label>
                        <textarea id="response-code" class="code" readonly=true rows="3" spellcheck="false" value={code.clone()} />
                        <CopyButton ctx={ctx.clone()} text={code.clone()} label={ctx.t(Key::HandBackCodeLabel)} />
                    </section>
                    <section class="card" aria-labelledby="hb-qr">
                        <h2 id="hb-qr">{ ctx.t(Key::HandBackQr) }</h2>
                        <p>{ ctx.t(Key::HandBackQrBody) }</p>
                        <QrCode text={code} label={ctx.t(Key::HandBackQrAlt)} too_long={ctx.t(Key::CopyFailed)} class="qr-response" />
                    </section>
                </div>
            }
            <p class="muted">{ ctx.t(Key::HandBackEditNote) }</p>
            <button type="button" class="button" onclick={ctx.on(Action::EditAnswers)}>{ ctx.t(Key::HandBackEdit) }</button>
        </section>
    }
}
