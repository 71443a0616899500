//! Who has answered: one row per participant.

use crate::app::Ctx;
use crate::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RosterProps {
    pub ctx: Ctx,
}

#[function_component(Roster)]
pub fn roster(props: &RosterProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let Some(cohort) = &ctx.state.0.cohort else { return html! {} };
    let w = &cohort.workshop;
    let rows = cohort.responses.iter().map(|r| {
        let generation = r
            .generation_id(w)
            .and_then(|id| w.generations.iter().find(|g| g.id == id))
            .map(|g| g.label.get(lang).to_owned())
            .unwrap_or_default();
        html! {
            <tr>
                <td>{ r.name.clone() }</td>
                <td>{ generation }</td>
                <td>{ r.department.clone().unwrap_or_default() }</td>
                <td class="nowrap">{ r.updated_at.replace('T', " ").trim_end_matches('Z').to_owned() }</td>
            </tr>
        }
    });
    html! {
        <section class="card" aria-labelledby="roster-title">
            <h2 id="roster-title">{ ctx.t(Key::RosterTitle) }{ format!(" ({})", cohort.responses.len()) }</h2>
            <div class="table-scroll">
                <table class="roster">
                    <thead>
                        <tr>
                            <th scope="col">{ ctx.t(Key::RosterName) }</th>
                            <th scope="col">{ ctx.t(Key::RosterGeneration) }</th>
                            <th scope="col">{ ctx.t(Key::RosterDepartment) }</th>
                            <th scope="col">{ ctx.t(Key::RosterUpdated) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
