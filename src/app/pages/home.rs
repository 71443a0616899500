//! Facilitator home: the current workshop, or a start from the template; a session or
//! workshop file to open (one action: the core tells which it is).

use crate::app::workshop_summary::WorkshopSummary;
use crate::app::{browser, Ctx};
use crate::document::model::Cohort;
use crate::document::template::GenerationPreset;
use crate::i18n::{open_error_text, Key, Msg};
use crate::view::export::session_json;
use crate::view::files;
use crate::workflow::session::{Action, OpenPlace, Session};
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
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            preset.set(if value == "ja" {
                GenerationPreset::Japanese
            } else {
                GenerationPreset::International
            });
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

    let on_sample = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::LoadSample {
                now: browser::now(),
            });
        })
    };
    let on_open_file = browser::on_file(ctx, Action::OpenHomeFile);
    // The file is made when the button is pressed, from the state as it is then.
    let download = |pick: fn(&Session, usize) -> Option<Cohort>, index: usize| {
        let state = ctx.state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(cohort) = pick(&state.0, index) {
                let file = files::session(&cohort.workshop);
                let _ = browser::download(&file.name, file.mime, session_json(&cohort).as_bytes());
            }
        })
    };
    let download_session = download(|s, _| s.session_file(), 0);
    let download_archived = |i: usize| download(|s, i| s.archive.get(i).map(|c| (**c).clone()), i);
    let open_error = session
        .open_failure_at(OpenPlace::Home)
        .map(|e| open_error_text(ctx.lang(), e));
    let session_files = html! {
        <section class="card" aria-labelledby="session-file">
            <h2 id="session-file">{ ctx.t(Key::SessionFileTitle) }</h2>
            <p>{ ctx.t(Key::SessionFileBody) }</p>
            if session.cohort.is_some() {
                <button type="button" class="button" onclick={download_session}>{ ctx.t(Key::SessionDownload) }</button>
            }
            <div class="field">
                <label for="open-session">{ ctx.t(Key::SessionOpen) }</label>
                <span class="hint" id="open-session-hint">{ ctx.t(Key::HomeOpenFileHint) }</span>
                <input id="open-session" type="file" accept=".json,application/json" onchange={on_open_file}
                       aria-describedby={if open_error.is_some() { "open-session-hint open-session-error" } else { "open-session-hint" }} />
                if let Some(text) = open_error {
                    <p class="field-error" role="alert" id="open-session-error">{ text }</p>
                }
            </div>
            <button type="button" class="button" onclick={on_sample}>{ ctx.t(Key::LoadSample) }</button>
            <p class="hint">{ ctx.t(Key::LoadSampleHint) }</p>
        </section>
    };
    let archive = (!session.archive.is_empty()).then(|| {
        let items = session.archive.iter().enumerate().rev().map(|(i, c)| {
            html! {
                <li>
                    <span>{ ctx.msg(&Msg::ArchiveEntry { title: c.workshop.title.get(ctx.lang()), answers: c.responses.len() }) }</span>
                    <button type="button" class="button" onclick={download_archived(i)}>{ ctx.t(Key::ArchiveDownload) }</button>
                </li>
            }
        });
        html! {
            <section class="card" aria-labelledby="archive">
                <h2 id="archive">{ ctx.t(Key::ArchiveTitle) }</h2>
                <p>{ ctx.t(Key::ArchiveBody) }</p>
                <ul class="plain-list archive-list">{ for items }</ul>
            </section>
        }
    });

    // The served app offers its single-file edition, which the build puts beside it; a
    // page opened from a file already is one.
    let offline_copy = (!browser::is_file_page()).then(|| {
        html! {
            <section class="card" aria-labelledby="offline-copy">
                <h2 id="offline-copy">{ ctx.t(Key::OfflineCopyTitle) }</h2>
                <p>{ ctx.t(Key::OfflineCopyBody) }</p>
                <a class="button" id="offline-copy-download" href="./kakehashi.html" download="kakehashi.html">
                    { ctx.t(Key::OfflineCopyDownload) }
                </a>
            </section>
        }
    });

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
            <>
            <section class="card empty-state" aria-labelledby="no-workshop">
                <h2 id="no-workshop">{ ctx.t(Key::NoWorkshopTitle) }</h2>
                <p>{ ctx.t(Key::NoWorkshopBody) }</p>
                { preset_picker }
                <button type="button" class="button button-primary" onclick={start.clone()}>
                    { ctx.t(Key::StartFromTemplate) }
                </button>
            </section>
            { session_files }
            </>
        },
        Some(cohort) => html! {
            <>
                <WorkshopSummary ctx={ctx.clone()} workshop={cohort.workshop.clone()} n_responses={cohort.responses.len()} />
                <section class="card" aria-labelledby="next-steps">
                    <h2 id="next-steps">{ ctx.t(Key::NextStepsTitle) }</h2>
                    <ol class="steps">
                        <li><a href="#/setup">{ ctx.t(Key::NextStepSurvey) }</a></li>
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
                { session_files }
            </>
        },
    };

    html! {
        <>
            <h1>{ ctx.t(Key::HomeTitle) }</h1>
            <p class="lead">{ ctx.t(Key::HomeIntro) }</p>
            { body }
            { for archive }
            <crate::app::backups::Backups ctx={ctx.clone()} />
            { for offline_copy }
        </>
    }
}
