//! After the answers are complete: the step that remains (hand them to the facilitator)
//! and its three ways (file, code, QR code), and the way back to edit them; in
//! shared-laptop mode, the button for the next person. What it says, and the answer
//! file's name and content, are the core's [`crate::view::followup::any_hand_back`] (for the
//! first survey and the follow-up alike).
//!
//! The page opens at its top with its heading focused: the button that completed the
//! answers was at the foot of a long form, and the step that remains must not be missed.

use crate::app::copy_button::CopyButton;
use crate::app::dom::focus;
use crate::app::qr_code::QrCode;
use crate::app::{browser, Ctx};
use crate::i18n::Key;
use crate::view::followup::any_hand_back as hand_back_view;
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HandBackProps {
    pub ctx: Ctx,
}

/// Whether the answer file was saved (the browser took the download) or refused.
#[derive(Clone, Copy, PartialEq)]
enum Saved {
    Not,
    Yes,
    Failed,
}

#[function_component(HandBack)]
pub fn hand_back(props: &HandBackProps) -> Html {
    let ctx = &props.ctx;
    let saved = use_state(|| Saved::Not);
    use_effect_with((), |_| {
        focus("hand-back-title");
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    let Some(survey) = ctx.state.0.survey().cloned() else {
        return html! {};
    };
    let Some(view) = hand_back_view(&survey, ctx.lang()) else {
        return html! {};
    };
    let on_download = {
        let (file, json, saved) = (view.file.clone(), view.json.clone(), saved.clone());
        Callback::from(move |_: MouseEvent| {
            let done = browser::download(&file.name, file.mime, json.as_bytes());
            saved.set(if done.is_ok() {
                Saved::Yes
            } else {
                Saved::Failed
            });
        })
    };
    let on_next = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::NextParticipant {
                participant_id: browser::new_participant_id(),
            })
        })
    };
    html! {
        <section class="hand-back" aria-labelledby="hand-back-title">
            <p class="eyebrow">{ survey.workshop.title.get(ctx.lang()) }</p>
            if let Some(done) = &view.done {
                <p class="hand-back-done">{ done.clone() }</p>
            }
            <h1 id="hand-back-title" tabindex="-1">{ view.heading.clone() }</h1>
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
                        <p>{ view.file_body.clone() }</p>
                        <button type="button" class="button button-primary hand-back-save" id="hand-back-save"
                            onclick={on_download}>{ view.save.clone() }</button>
                        <div role="status" class="hand-back-saved">
                            { match *saved {
                                Saved::Not => html! {},
                                Saved::Yes => html! { <p class="ok">{ view.saved.clone() }</p> },
                                Saved::Failed => html! { <p class="field-error">{ ctx.t(Key::ShareDownloadFailed) }</p> },
                            } }
                        </div>
                    </section>
                    <section class="card" aria-labelledby="hb-code">
                        <h2 id="hb-code">{ ctx.t(Key::HandBackCode) }</h2>
                        <p>{ ctx.t(Key::HandBackCodeBody) }</p>
                        <label for="response-code" class="sub-label">{ ctx.t(Key::HandBackCodeLabel) }</label>
                        <textarea id="response-code" class="code" readonly=true rows="3" spellcheck="false" value={view.code.clone()} />
                        <CopyButton ctx={ctx.clone()} text={view.code.clone()} label={ctx.t(Key::HandBackCodeLabel)} />
                    </section>
                    <section class="card" aria-labelledby="hb-qr">
                        <h2 id="hb-qr">{ ctx.t(Key::HandBackQr) }</h2>
                        <p>{ ctx.t(Key::HandBackQrBody) }</p>
                        <QrCode text={view.code.clone()} label={ctx.t(Key::HandBackQrAlt)} too_long={ctx.t(Key::CopyFailed)} class="qr-response" />
                    </section>
                </div>
            }
            <p class="muted">{ ctx.t(Key::HandBackEditNote) }</p>
            <button type="button" class="button" onclick={ctx.on(Action::EditAnswers)}>{ ctx.t(Key::HandBackEdit) }</button>
        </section>
    }
}
