//! The print view: one A4 page per pair, for the wall or to hand out. Hidden on screen;
//! when printing, it is the only thing on the page (see the print styles).

use super::directory::Directory;
use crate::app::Ctx;
use crate::i18n::{teaching_line, Key};
use crate::document::model::{MatchingMode, Pairing};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintSheetProps {
    pub ctx: Ctx,
    pub title: AttrValue,
    pub pairing: Pairing,
    pub directory: Directory,
}

#[function_component(PrintSheet)]
pub fn print_sheet(props: &PrintSheetProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let dir = &props.directory;
    let p = &props.pairing;
    let cards = p.pairs.iter().enumerate().map(|(i, pair)| {
        let members = pair.members.iter().enumerate().map(|(k, id)| {
            let role = match p.mode {
                MatchingMode::Reverse => ctx.t(if k == 0 { Key::BoardMentor } else { Key::BoardMentee }),
                MatchingMode::Mutual => "",
            };
            let (name, meta) = match dir.person(id) {
                Some(person) => (person.name.clone(), format!("{} · {}", person.generation, person.department.clone().unwrap_or_default())),
                None => (id.clone(), String::new()),
            };
            html! {
                <li>
                    <span class="print-role">{ role }</span>
                    <span class="print-name">{ name }</span>
                    <span class="print-meta">{ meta }</span>
                </li>
            }
        });
        let lines = pair.explanation.links.iter().flat_map(|l| &l.teaching).map(|line| {
            let skill = dir.skill_label(&line.skill, lang);
            html! { <li>{ teaching_line(lang, &dir.name(&line.teacher), &dir.name(&line.learner), &skill, line, p.settings.want_weight) }</li> }
        });
        html! {
            <article class="print-card">
                <p class="print-workshop">{ props.title.clone() }{ format!(" — {} {}", ctx.t(Key::ExportRound), p.round) }</p>
                <h2>{ format!("{} {}", ctx.t(if pair.members.len() == 3 { Key::BoardTrio } else { Key::BoardPair }), i + 1) }</h2>
                <ul class="print-members">{ for members }</ul>
                <h3>{ ctx.t(Key::ExportWhoTeaches) }</h3>
                <ul class="print-lines">{ for lines }</ul>
                <p class="print-score">{ format!("{} {}", ctx.t(Key::CsvScore), pair.score) }</p>
            </article>
        }
    });
    html! { <div class="print-sheet" aria-hidden="true">{ for cards }</div> }
}
