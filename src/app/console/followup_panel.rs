//! The console's follow-up survey panel (issue 11 §3): which round it follows up, how many
//! follow-up answers are in, and, once opened, the same ways to hand it out as the first
//! survey (the set-up view's share panel, given the follow-up copy of the workshop), or
//! the shared-laptop mode on this computer. Before any pairing it says why there is
//! nothing to hand out, and offers nothing. What it shows is the core's
//! [`crate::view::followup::panel`]; the answers come back through the import panel.

use crate::app::hooks::{use_toggle, Shared};
use crate::app::setup::share_panel::SharePanel;
use crate::app::{browser, Ctx};
use crate::i18n::Key;
use crate::view::followup::panel;
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FollowUpPanelProps {
    pub ctx: Ctx,
}

#[function_component(FollowUpPanel)]
pub fn followup_panel(props: &FollowUpPanelProps) -> Html {
    let ctx = &props.ctx;
    let session = &ctx.state.0;
    let open = use_toggle(false);
    let cohort = session.cohort.clone().map(Shared);
    // Computed again only when the answers, the rounds or the board's pairing change.
    let view = use_memo(
        (
            cohort,
            session.board.pairing.clone().map(Shared),
            ctx.lang(),
        ),
        |(cohort, _, lang)| {
            let board = &ctx.state.0.board;
            cohort.as_ref().map(|c| panel(c, board, *lang))
        },
    );
    let Some(view) = view.as_ref() else {
        return html! {};
    };
    let kiosk = view.survey.clone().map(|workshop| {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::OpenSurvey {
                workshop: workshop.clone(),
                participant_id: browser::new_participant_id(),
                kiosk: true,
            })
        })
    });
    let toggle_label = if open.is_on() {
        Key::FollowUpHideWays
    } else {
        Key::FollowUpShowWays
    };

    html! {
        <>
            <section class="card followup-panel" aria-labelledby="followup-title">
                <h2 id="followup-title">{ ctx.t(Key::FollowUpTitle) }</h2>
                <p class="muted">{ ctx.t(Key::FollowUpIntro) }</p>
                <p class="followup-status" id="followup-status">{ view.status.clone() }</p>
                if let Some(answers) = &view.answers {
                    <p class="followup-answers" id="followup-answers" role="status"><strong>{ answers.clone() }</strong></p>
                }
                if let Some(on_kiosk) = kiosk {
                    <div class="actions-inline">
                        <button type="button" id="followup-hand-out" class="button button-primary"
                            aria-expanded={open.is_on().to_string()} onclick={open.flip()}>
                            { ctx.t(toggle_label) }
                        </button>
                    </div>
                    <h3>{ ctx.t(Key::FollowUpKioskTitle) }</h3>
                    <p>{ ctx.t(Key::FollowUpKioskBody) }</p>
                    <a class="button" href="#/survey" onclick={on_kiosk}>{ ctx.t(Key::FollowUpStartKiosk) }</a>
                }
            </section>
            if let (true, Some(survey)) = (open.is_on(), &view.survey) {
                <div id="followup-ways">
                    <SharePanel ctx={ctx.clone()} workshop={survey.clone()} editing={false} title={Key::FollowUpShowWays} />
                </div>
            }
        </>
    }
}
