//! The facilitator console: collect the answers (files, drops, pasted codes) and see who
//! has answered, see the room (the generations' strengths as a heatmap), make the pairs,
//! hand out their follow-up survey, and, once its answers come in, see how people grew
//! (the growth section and its report).

use crate::app::console::{heatmap::Heatmap, import_panel::ImportPanel, roster::Roster};
use crate::app::Ctx;
use crate::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConsolePageProps {
    pub ctx: Ctx,
}

#[function_component(ConsolePage)]
pub fn console_page(props: &ConsolePageProps) -> Html {
    let ctx = &props.ctx;
    let body = match &ctx.state.0.cohort {
        None => html! {
            <section class="card empty-state" aria-labelledby="console-empty">
                <h2 id="console-empty">{ ctx.t(Key::ConsoleEmptyTitle) }</h2>
                <p>{ ctx.t(Key::ConsoleNoWorkshop) }</p>
                <a class="button button-primary" href="#/">{ ctx.t(Key::GoHome) }</a>
            </section>
        },
        Some(cohort) => html! {
            <>
                if cohort.responses.is_empty() {
                    <section class="card empty-state" aria-labelledby="console-empty">
                        <h2 id="console-empty">{ ctx.t(Key::ConsoleEmptyTitle) }</h2>
                        <p>{ ctx.t(Key::ConsoleEmptyBody) }</p>
                    </section>
                }
                <ImportPanel ctx={ctx.clone()} />
                if !cohort.responses.is_empty() {
                    <Roster ctx={ctx.clone()} />
                    <Heatmap ctx={ctx.clone()} cohort={cohort.clone()} />
                    <crate::app::console::growth::GrowthSection ctx={ctx.clone()} cohort={cohort.clone()} />
                }
                <crate::app::console::board::match_board::MatchBoard ctx={ctx.clone()} />
                <crate::app::console::followup_panel::FollowUpPanel ctx={ctx.clone()} />
            </>
        },
    };
    html! {
        <>
            <h1>{ ctx.t(Key::ConsoleTitle) }</h1>
            { body }
        </>
    }
}
