//! The print view: one A4 page per pair (the [`PrintCard`] view models), for the wall or
//! to hand out. Hidden on screen; when printing, it is the only thing on the page (see
//! the print styles).

use crate::app::Ctx;
use crate::i18n::Key;
use crate::view::pairs::PrintCard;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintSheetProps {
    pub ctx: Ctx,
    pub cards: Vec<PrintCard>,
}

#[function_component(PrintSheet)]
pub fn print_sheet(props: &PrintSheetProps) -> Html {
    let ctx = &props.ctx;
    let cards = props.cards.iter().map(|card| {
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
            <article class="print-card">
                <p class="print-workshop">{ card.workshop.clone() }</p>
                <h2>{ card.heading.clone() }</h2>
                <ul class="print-members">{ for members }</ul>
                <h3>{ ctx.t(Key::ExportWhoTeaches) }</h3>
                <ul class="print-lines">{ for card.lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
                <p class="print-score">{ card.score.clone() }</p>
            </article>
        }
    });
    html! { <div class="print-sheet" aria-hidden="true">{ for cards }</div> }
}
