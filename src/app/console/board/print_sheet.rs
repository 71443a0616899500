//! The print view: one A4 page per pair (the [`PrintCard`] view models), for the wall or
//! to hand out, then a last page with the people without a partner, for the facilitator.
//! Hidden on screen; when printing, it is the only thing on the page (see the print
//! styles). A large room's cards are added a hundred at a time, each batch in a task of
//! its own after the board is shown (the first too), so the result appears at once.

use crate::app::hooks::use_progressive;
use crate::app::Ctx;
use crate::i18n::Key;
use crate::view::pairs::{PrintUnmatched, PrintView};
use std::rc::Rc;
use yew::prelude::*;

/// Cards drawn per task.
const BATCH: usize = 100;

#[derive(Properties, PartialEq)]
pub struct PrintSheetProps {
    pub ctx: Ctx,
    pub view: Rc<PrintView>,
    /// The sheet a print shows; another (a kept round's) may take its place for a print.
    #[prop_or(true)]
    pub active: bool,
    /// Print as soon as every page is drawn, then say so here.
    #[prop_or_default]
    pub print_when_drawn: Option<Callback<()>>,
}

fn unmatched_page(page: &PrintUnmatched) -> Html {
    let groups = page.groups.iter().map(|g| {
        let people = g.people.iter().map(|u| {
            html! {
                <li>
                    <span class="print-name">{ u.name.clone() }</span>
                    <span class="print-meta">{ u.generation.clone() }</span>
                </li>
            }
        });
        html! {
            <section class="print-unmatched-group">
                <p>{ g.sentence.clone() }</p>
                <ul class="print-members">{ for people }</ul>
            </section>
        }
    });
    html! {
        <article key="unmatched" class="print-card print-unmatched">
            <p class="print-workshop">{ page.workshop.clone() }</p>
            <h2>{ page.heading.clone() }</h2>
            { for groups }
        </article>
    }
}

#[function_component(PrintSheet)]
pub fn print_sheet(props: &PrintSheetProps) -> Html {
    let cards = &props.view.cards;
    // New cards: start again, with none drawn in the task that shows the board.
    let shown = use_progressive(Rc::as_ptr(&props.view), cards.len(), 0, BATCH);
    {
        let done = (shown >= cards.len())
            .then(|| props.print_when_drawn.clone())
            .flatten();
        use_effect_with(done, |done| {
            if let Some(done) = done {
                crate::app::browser::print();
                done.emit(());
            }
        });
    }
    // Keyed by position, so that each batch is appended rather than the whole sheet
    // patched again (an unkeyed list is reconciled from its end).
    let drawn = cards.iter().take(shown).enumerate().map(|(i, card)| {
        let members = card.people.iter().map(|m| {
            html! {
                <li>
                    if !m.role.is_empty() { <span class="print-role">{ m.role }</span> }
                    <span class="print-name">{ m.name.clone() }</span>
                    <span class="print-meta">{ m.meta.clone() }</span>
                </li>
            }
        });
        html! {
            <article key={i} class="print-card">
                <p class="print-workshop">{ card.workshop.clone() }</p>
                <h2>{ card.heading.clone() }</h2>
                <ul class="print-members">{ for members }</ul>
                <h3>{ card.teaching_heading }</h3>
                if card.lines.is_empty() {
                    <p>{ props.ctx.t(Key::BoardNothingToTeach) }</p>
                } else {
                    <ul class="print-lines">{ for card.lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
                }
            </article>
        }
    });
    // The last page follows once every card is drawn.
    let last = props
        .view
        .unmatched
        .as_ref()
        .filter(|_| shown >= cards.len())
        .map(unmatched_page);
    let class = classes!(
        "print-sheet",
        (!props.active).then_some("print-sheet-aside")
    );
    html! { <div {class} aria-hidden="true">{ for drawn }{ for last }</div> }
}
