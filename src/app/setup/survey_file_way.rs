//! "Save survey file for participants": a copy of the single-file app with the saved
//! workshop embedded ([`crate::transport::survey_file`]), which opens straight on its survey.
//!
//! The single-file edition copies its own HTML, kept by its loader at start-up. The
//! served app has no such copy in memory, so it reads `kakehashi.html` from beside
//! itself (the release build puts it there) and embeds the workshop in that.

use crate::app::{browser, Ctx};
use crate::document::model::Workshop;
use crate::i18n::{Key, Msg};
use crate::transport::survey_file;
use yew::prelude::*;

/// The single file, next to the served app's index.html.
const SINGLE_FILE_URL: &str = "./kakehashi.html";

#[derive(Properties, PartialEq)]
pub struct SurveyFileWayProps {
    pub ctx: Ctx,
    pub workshop: Workshop,
    /// The heading's number among the ways the share panel shows.
    pub number: usize,
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Preparing,
    Saved(String),
    /// No single file to copy (a served debug build, or a damaged page).
    Missing,
    DownloadFailed,
}

fn save_copy(html: &str, workshop: &Workshop) -> Status {
    match survey_file::embed(html, workshop) {
        Ok(copy) => {
            let file = crate::view::files::survey_file(workshop);
            match browser::download(&file.name, file.mime, copy.as_bytes()) {
                Ok(()) => Status::Saved(file.name),
                Err(()) => Status::DownloadFailed,
            }
        }
        Err(survey_file::SurveyFileError::NotSingleFile) => Status::Missing,
    }
}

#[function_component(SurveyFileWay)]
pub fn survey_file_way(props: &SurveyFileWayProps) -> Html {
    let ctx = &props.ctx;
    let status = use_state(|| Status::Idle);

    let on_save = {
        let workshop = props.workshop.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(html) = browser::single_file_html() {
                status.set(save_copy(&html, &workshop));
                return;
            }
            status.set(Status::Preparing);
            let workshop = workshop.clone();
            let status = status.clone();
            browser::fetch_text(SINGLE_FILE_URL, move |html| {
                status.set(match html {
                    Ok(html) => save_copy(&html, &workshop),
                    Err(()) => Status::Missing,
                });
            });
        })
    };

    html! {
        <section class="share-way share-survey-file" aria-labelledby="share-survey-file-heading">
            <h3 id="share-survey-file-heading">{ crate::view::share::numbered(ctx.lang(), props.number, ctx.t(Key::ShareSurveyFileHeading)) }</h3>
            <p>{ ctx.t(Key::ShareSurveyFileBody) }</p>
            <button type="button" class="button button-primary" onclick={on_save}
                disabled={*status == Status::Preparing}>
                { ctx.t(Key::ShareSurveyFileSave) }
            </button>
            <div role="status" class="share-survey-file-status">
                { match &*status {
                    Status::Idle => html! {},
                    Status::Preparing => html! { <p>{ ctx.t(Key::ShareSurveyFilePreparing) }</p> },
                    Status::Saved(name) => html! {
                        <p class="ok">{ ctx.msg(&Msg::SurveyFileSaved { file: name }) }</p>
                    },
                    Status::Missing => html! { <p class="field-error">{ ctx.t(Key::ShareSurveyFileMissing) }</p> },
                    Status::DownloadFailed => html! { <p class="field-error">{ ctx.t(Key::ShareDownloadFailed) }</p> },
                } }
            </div>
        </section>
    }
}
