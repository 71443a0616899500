//! The print view: one A4 page per pair (the [`PrintCard`] view models), for the wall or
//! to hand out. Hidden on screen; when printing, it is the only thing on the page (see
//! the print styles). A large room's cards are added a hundred at a time, each batch in
//! a task of its own after the board is shown (the first too), so the result appears at
//! once.

use crate::app::hooks::use_progressive;
use crate::app::Ctx;
use crate::view::pairs::PrintCard;
use std::rc::Rc;
use yew::prelude::*;

/// Cards drawn per task.
const BATCH: usize = 100;

#[derive(Properties, PartialEq)]
pub struct PrintSheetProps {
    pub ctx: Ctx,
    pub cards: Rc<Vec<PrintCard>>,
    /// The sheet a print shows; another (a kept round's) may take its place for a print.
    #[prop_or(true)]
    pub active: bool,
    /// Print as soon as every card is drawn, then say so here.
    #[prop_or_default]
    pub print_when_drawn: Option<Callback<()>>,
}

#[function_component(PrintSheet)]
pub fn print_sheet(props: &PrintSheetProps) -> Html {
    // New cards: start again, with none drawn in the task that shows the board.
    let shown = use_progressive(Rc::as_ptr(&props.cards), props.cards.len(), 0, BATCH);
    {
        let done = (shown == props.cards.len()).then(|| props.print_when_drawn.clone()).flatten();
        use_effect_with(done, |done| {
            if let Some(done) = done {
                crate::app::browser::print();
                done.emit(());
            }
        });
    }
    // Keyed by position, so that each batch is appended rather than the whole sheet
    // patched again (an unkeyed list is reconciled from its end).
    let cards = props.cards.iter().take(shown).enumerate().map(|(i, card)| {
        let members = card.people.iter().map(|m| {
            html! {
                <li>
                    <span class="print-role">{ m.role }</span>
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
                <ul class="print-lines">{ for card.lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
                <p class="print-score">{ card.score.clone() }</p>
            </article>
        }
    });
    let class = classes!("print-sheet", (!props.active).then_some("print-sheet-aside"));
    html! { <div {class} aria-hidden="true">{ for cards }</div> }
}
