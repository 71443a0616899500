//! The ways to get the saved workshop's survey to participants, none of which sends data
//! anywhere: a link (with the workshop in its fragment), its QR code, a survey file (the
//! single-file app with the workshop inside), the workshop file, and the workshop code.
//! The link is based on the app's public address, a setting that defaults to this page's
//! address and warns when only this computer can open it. A page opened from a file
//! (the single-file edition) shows no link to itself: it says why and offers the rest.
//! The console's follow-up panel hands out the follow-up survey with the same panel,
//! under its own heading.

use super::qr_panel::QrPanel;
use super::survey_file_way::SurveyFileWay;
use crate::app::copy_button::CopyButton;
use crate::app::{browser, Ctx};
use crate::document::formats;
use crate::document::model::Workshop;
use crate::i18n::Key;
use crate::view::files;
use crate::view::share::{numbered, share};
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub ctx: Ctx,
    /// The saved workshop (never the draft being edited).
    pub workshop: Workshop,
    /// A draft is being edited: say that it is not what is shared.
    pub editing: bool,
    /// The panel's heading (the first survey's: "Share the survey").
    #[prop_or(Key::ShareTitle)]
    pub title: Key,
}

fn select_all(e: FocusEvent) {
    use wasm_bindgen::JsCast;
    if let Some(target) = e.target() {
        if let Ok(input) = target.clone().dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        } else if let Ok(area) = target.dyn_into::<web_sys::HtmlTextAreaElement>() {
            area.select();
        }
    }
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let ctx = &props.ctx;
    let workshop = &props.workshop;
    let page_base = use_memo((), |_| browser::page_base());
    // The field's own text: while it is cleared to type a new address, the session's
    // setting is already "none" (this page's address) but the field stays empty.
    let address = {
        let stored = ctx.state.0.public_base.clone();
        let page_base = page_base.clone();
        use_state(move || stored.unwrap_or_else(|| (*page_base).clone()))
    };
    let download_failed = use_state(|| false);

    let view = {
        let (typed, page_base) = ((*address).clone(), (*page_base).clone());
        use_memo(
            (workshop.clone(), typed, page_base),
            |(w, typed, page_base)| share(w, typed, page_base, browser::is_file_page()),
        )
    };
    let on_address = {
        let ctx = ctx.clone();
        let address = address.clone();
        Callback::from(move |e: InputEvent| {
            let value = super::input_value(e);
            address.set(value.clone());
            ctx.dispatch(Action::SetPublicBase(value));
        })
    };
    let on_download = {
        let workshop = workshop.clone();
        let download_failed = download_failed.clone();
        Callback::from(move |_: MouseEvent| {
            let file = files::workshop(&workshop);
            let json = formats::to_json(&workshop);
            download_failed.set(browser::download(&file.name, file.mime, json.as_bytes()).is_err());
        })
    };
    let warn = view.local_only && !view.no_link;
    let address_help = if warn {
        "share-address-hint share-address-warning"
    } else {
        "share-address-hint"
    };
    let lang = ctx.lang();

    html! {
        <section class="card share-panel" aria-labelledby="share-title">
            <h2 id="share-title">{ ctx.t(props.title) }</h2>
            <p class="muted">{ ctx.t(Key::ShareIntro) }</p>
            if props.editing {
                <p class="note">{ ctx.t(Key::ShareEditingNote) }</p>
            }
            <div class="field field-wide">
                <label for="share-address">{ ctx.t(Key::ShareAddressLabel) }</label>
                <input id="share-address" type="url" class="mono" value={(*address).clone()} autocomplete="url"
                    spellcheck="false" oninput={on_address} aria-describedby={address_help} />
                <p class="hint" id="share-address-hint">{ ctx.t(Key::ShareAddressHint) }</p>
                if warn {
                    <p class="warning" id="share-address-warning">{ ctx.t(Key::ShareLocalWarning) }</p>
                }
            </div>

            <div class={classes!("share-ways", view.no_link.then_some("share-ways-offline"))}>
                if view.no_link {
                    <div class="share-way share-offline-note">
                        <p class="note">{ ctx.t(Key::ShareFilePageNote) }</p>
                        <a class="button" href={view.try_here.clone()}>{ ctx.t(Key::ShareTryIt) }</a>
                    </div>
                } else {
                    <section class="share-way share-link" aria-labelledby="share-link-heading">
                        <h3 id="share-link-heading">{ numbered(lang, 1, ctx.t(Key::ShareLinkHeading)) }</h3>
                        <p>{ ctx.t(Key::ShareLinkBody) }</p>
                        <label class="sub-label" for="share-link">{ ctx.t(Key::ShareLinkLabel) }</label>
                        <input id="share-link" class="mono share-link-field" readonly=true value={view.link.clone()}
                            onfocus={select_all} />
                        <div class="actions-inline">
                            <CopyButton ctx={ctx.clone()} text={AttrValue::from(view.link.clone())} label={ctx.t(Key::ShareCopyLink)} />
                            <a class="button" href={view.try_here.clone()}>{ ctx.t(Key::ShareTryIt) }</a>
                        </div>
                    </section>

                    <QrPanel ctx={ctx.clone()} link={AttrValue::from(view.link.clone())} number={2} />
                }

                <SurveyFileWay ctx={ctx.clone()} workshop={workshop.clone()} number={view.survey_file_number} />

                <section class="share-way share-file" aria-labelledby="share-file-heading">
                    <h3 id="share-file-heading">{ numbered(lang, view.file_heading_number, ctx.t(Key::ShareFileHeading)) }</h3>
                    <p>{ ctx.t(Key::ShareFileBody) }</p>
                    <button type="button" class="button" onclick={on_download}>{ ctx.t(Key::ShareDownload) }</button>
                    if *download_failed {
                        <p class="field-error" role="alert">{ ctx.t(Key::ShareDownloadFailed) }</p>
                    }
                </section>

                <section class="share-way share-code" aria-labelledby="share-code-heading">
                    <h3 id="share-code-heading">{ numbered(lang, view.code_heading_number, ctx.t(Key::ShareCodeHeading)) }</h3>
                    <p>{ ctx.t(Key::ShareCodeBody) }</p>
                    <label class="sub-label" for="share-code">{ ctx.t(Key::ShareCodeLabel) }</label>
                    <textarea id="share-code" class="code" readonly=true rows="4" value={view.code.clone()} onfocus={select_all} />
                    <CopyButton ctx={ctx.clone()} text={AttrValue::from(view.code.clone())} label={ctx.t(Key::ShareCopyCode)} />
                </section>
            </div>
        </section>
    }
}
