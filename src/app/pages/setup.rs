//! Set up and share: edit the workshop, then hand the survey to participants.
//!
//! While a draft exists (`session.workshop_draft`) the editor shows it; otherwise a card
//! shows the current workshop with a button that starts editing. The share panel always
//! shares the saved workshop.

use crate::app::setup::editor::WorkshopEditor;
use crate::app::setup::share_panel::SharePanel;
use crate::app::setup::workshop_card::WorkshopCard;
use crate::app::Ctx;
use crate::i18n::Key;
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SetupPageProps {
    pub ctx: Ctx,
}

#[function_component(SetupPage)]
pub fn setup_page(props: &SetupPageProps) -> Html {
    let ctx = &props.ctx;
    let session = &ctx.state.0;
    let editing = session.workshop_draft.is_some();
    // When editing starts or ends, the button pressed disappears: focus moves to the
    // editor's heading, or back to "Edit the workshop". Not on the first render.
    let first = use_mut_ref(|| true);
    use_effect_with(editing, move |&editing| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            crate::app::dom::focus(if editing {
                "setup-editor-title"
            } else {
                "setup-edit"
            });
        }
    });
    let workshop_part = match (&session.workshop_draft, &session.cohort) {
        (Some(draft), _) => html! {
            <WorkshopEditor ctx={ctx.clone()} draft={draft.clone()} n_not_fitting={session.answers_not_fitting(draft)} />
        },
        (None, Some(cohort)) => html! {
            <WorkshopCard ctx={ctx.clone()} workshop={cohort.workshop.clone()} n_responses={cohort.responses.len()}
                on_edit={ctx.on(Action::BeginWorkshopEdit)} />
        },
        (None, None) => html! {
            <section class="card empty-state" aria-labelledby="setup-empty">
                <h2 id="setup-empty">{ ctx.t(Key::NoWorkshopTitle) }</h2>
                <p>{ ctx.t(Key::SetupNoWorkshop) }</p>
                <a class="button button-primary" href="#/">{ ctx.t(Key::GoHome) }</a>
            </section>
        },
    };
    html! {
        <>
            <h1>{ ctx.t(Key::NavSetup) }</h1>
            <p class="lead">{ ctx.t(Key::SetupIntro) }</p>
            { workshop_part }
            if let Some(cohort) = &session.cohort {
                <SharePanel ctx={ctx.clone()} workshop={cohort.workshop.clone()} {editing} />
            }
        </>
    }
}
