//! The page's foot: where the data stays, and on a participant's page (see
//! [`crate::view::frame`]) a small way for a facilitator who opened it to the whole app.

use super::{dom, Ctx};
use crate::i18n::Key;
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub ctx: Ctx,
    /// Offer the facilitator's way out of a participant's page.
    pub facilitator_link: bool,
}

#[function_component(Footer)]
pub fn footer(props: &FooterProps) -> Html {
    let ctx = &props.ctx;
    // The link sits at the page's foot; the whole app opens from the top, focus on the
    // page, whose menu is back.
    let on_leave = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::LeaveParticipantView);
            dom::focus("main");
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
        })
    };
    html! {
        <footer class="footer">
            <p>{ ctx.t(Key::PrivacyNote) }</p>
            if props.facilitator_link {
                <p class="facilitator-link">
                    <button type="button" class="link-button" id="leave-participant-view" onclick={on_leave}>
                        { ctx.t(Key::LeaveParticipantView) }
                    </button>
                </p>
            }
        </footer>
    }
}
