//! Growth made visible (成長の見える化, issue 11 §4): the console's section shown next to
//! the room's heatmap. With follow-up answers it shows who answered, what partners taught
//! against the rest, the change heatmap, each pair's meetings and satisfaction and who
//! grew in what, and opens the one-page programme report; before any, one sentence.
//! Every figure and word comes from [`crate::view::growth`].

pub mod chart;
pub mod pairs_table;
pub mod people_table;
pub mod report_sheet;

use crate::app::dom::focus;
use crate::app::hooks::use_toggle;
use crate::app::Ctx;
use crate::document::model::Cohort;
use crate::i18n::Key;
use crate::view::growth::view::{growth_view, notes, GrowthView};
use crate::view::growth::Growth;
use crate::view::people::Directory;
use chart::ChangeChart;
use pairs_table::PairsTable;
use people_table::PeopleTable;
use report_sheet::ReportSheet;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GrowthSectionProps {
    pub ctx: Ctx,
    pub cohort: Rc<Cohort>,
}

/// The figures and the section's parts, each shared so that a child re-renders only when
/// its own part changed.
struct Parts {
    growth: Rc<Growth>,
    directory: Rc<Directory>,
    view: Option<GrowthView>,
    heatmap: Option<Rc<crate::view::growth::chart::ChangeHeatmapView>>,
    pairs: Rc<Vec<crate::view::growth::view::PairRow>>,
    people: Rc<Vec<crate::view::growth::view::PersonRow>>,
    /// What the figures leave out, also when nothing is left to show.
    notes: Vec<String>,
}

#[function_component(GrowthSection)]
pub fn growth_section(props: &GrowthSectionProps) -> Html {
    let ctx = &props.ctx;
    let pairing = ctx.state.0.board.pairing.clone();
    // Computed again only when the answers, the board's pairs or the language change.
    let parts = use_memo(
        (props.cohort.clone(), pairing, ctx.lang()),
        |(cohort, pairing, lang)| {
            let current = pairing
                .as_deref()
                .filter(|p| p.workshop_id == cohort.workshop.id);
            let growth = Growth::of(cohort, current);
            let settings = current.map_or(&cohort.workshop.matching, |p| &p.settings);
            let directory = Directory::new(cohort, settings, *lang);
            let mut view = growth_view(cohort, &growth, &directory, *lang);
            let heatmap = view.as_ref().map(|v| Rc::new(v.heatmap.clone()));
            let pairs = Rc::new(
                view.as_mut()
                    .map(|v| std::mem::take(&mut v.pairs))
                    .unwrap_or_default(),
            );
            let people = Rc::new(
                view.as_mut()
                    .map(|v| std::mem::take(&mut v.people))
                    .unwrap_or_default(),
            );
            Parts {
                notes: notes(&growth, *lang),
                growth: Rc::new(growth),
                directory: Rc::new(directory),
                view,
                heatmap,
                pairs,
                people,
            }
        },
    );
    let open = use_toggle(false);
    // The keyboard follows: to the report's heading when it opens, back to its button
    // when it closes (never on the first render).
    let was_open = use_mut_ref(|| false);
    use_effect_with(open.is_on(), move |&is_open| {
        if std::mem::replace(&mut *was_open.borrow_mut(), is_open) != is_open {
            focus(if is_open {
                "report-title"
            } else {
                "report-open"
            });
        }
    });
    let (on_open, on_close) = (open.set(true), open.set(false));
    let body = match (&parts.view, &parts.heatmap) {
        (Some(view), Some(heatmap)) => html! {
            <>
                <p class="growth-answered">{ view.answered.clone() }</p>
                { for view.notes.iter().map(|n| html! { <p class="warning">{ n.clone() }</p> }) }
                if let Some(taught) = &view.taught {
                    <p class="growth-taught">{ taught.clone() }</p>
                }
                <p class="muted">{ ctx.t(Key::GrowthIntro) }</p>
                <ChangeChart ctx={ctx.clone()} view={heatmap.clone()} id="growth-chart" />
                <PairsTable ctx={ctx.clone()} pairs={parts.pairs.clone()} />
                <PeopleTable ctx={ctx.clone()} people={parts.people.clone()} />
                if open.is_on() {
                    <ReportSheet ctx={ctx.clone()} cohort={props.cohort.clone()} growth={parts.growth.clone()}
                                 directory={parts.directory.clone()} {on_close} />
                } else {
                    <div class="report-open">
                        <button id="report-open" type="button" class="button button-primary" onclick={on_open}>{ ctx.t(Key::ReportOpen) }</button>
                    </div>
                }
            </>
        },
        // Follow-ups from people without first answers are said to be left out.
        _ => html! {
            <>
                <p class="growth-none">{ ctx.t(Key::GrowthNone) }</p>
                { for parts.notes.iter().map(|n| html! { <p class="warning">{ n.clone() }</p> }) }
            </>
        },
    };
    html! {
        <section class="card growth-card" aria-labelledby="growth-title">
            <h2 id="growth-title">{ ctx.t(Key::GrowthTitle) }</h2>
            { body }
        </section>
    }
}
