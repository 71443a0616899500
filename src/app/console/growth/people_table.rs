//! Who grew in what: a row per person who answered both surveys, with their partner,
//! each skill their partner taught them before and after, the mean changes in the skills
//! taught and in the others, and what else rose. Folded away by default (a large room has
//! hundreds of rows). Renders [`crate::view::growth::view::PersonRow`]s.

use crate::app::Ctx;
use crate::i18n::Key;
use crate::view::growth::view::PersonRow;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PeopleTableProps {
    pub ctx: Ctx,
    pub people: Rc<Vec<PersonRow>>,
}

fn list(items: &[String]) -> Html {
    if items.is_empty() {
        return html! { <span aria-hidden="true">{ "–" }</span> };
    }
    html! { <ul class="growth-skills">{ for items.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul> }
}

#[function_component(PeopleTable)]
pub fn people_table(props: &PeopleTableProps) -> Html {
    let ctx = &props.ctx;
    let rows = props.people.iter().map(|p| {
        html! {
            <tr key={p.participant_id.clone()} data-participant={p.participant_id.clone()}>
                <th scope="row">
                    <span class="growth-member">{ p.name.clone() }</span>
                    <span class="growth-generation">{ p.generation.clone() }</span>
                </th>
                <td>{ p.partners.clone() }</td>
                <td>{ list(&p.taught) }</td>
                <td class="growth-number">{ p.taught_mean.clone() }</td>
                <td class="growth-number">{ p.other_mean.clone() }</td>
                <td>{ list(&p.also_grew) }</td>
            </tr>
        }
    });
    html! {
        <details class="growth-part growth-people">
            <summary><h3 id="growth-people-title">{ ctx.t(Key::GrowthPeopleTitle) }</h3></summary>
            <p class="hint">{ ctx.t(Key::GrowthPeopleIntro) }</p>
            <div class="table-scroll">
                <table class="roster" aria-labelledby="growth-people-title">
                    <thead>
                        <tr>
                            <th scope="col">{ ctx.t(Key::RosterName) }</th>
                            <th scope="col">{ ctx.t(Key::GrowthColPartner) }</th>
                            <th scope="col">{ ctx.t(Key::GrowthColTaught) }</th>
                            <th scope="col">{ ctx.t(Key::GrowthColTaughtMean) }</th>
                            <th scope="col">{ ctx.t(Key::GrowthColOtherMean) }</th>
                            <th scope="col">{ ctx.t(Key::GrowthColAlsoGrew) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </details>
    }
}
