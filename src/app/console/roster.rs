//! Who has answered: counts per generation, filters by generation and department, a
//! table sortable by each column, and per row the profile, an edit form and delete.
//! Which rows show in which order is the core's [`RosterQuery`]; this only renders it.

use crate::app::console::roster_row::RosterRow;
use crate::app::hooks::use_progressive;
use crate::app::Ctx;
use crate::i18n::{Key, Msg};
use crate::view::roster::{
    departments, generation_chips, DepartmentFilter, Direction, RosterQuery, SortKey,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RosterProps {
    pub ctx: Ctx,
}

/// How many rows the roster renders at first and adds per "show more": a room of 2,000
/// stays responsive, and the counts, filters and heatmap still cover everyone.
const PAGE: usize = 50;
/// Rows drawn per task when the roster appears (or shows more): the console of a large
/// room is not drawn in one task.
const DRAWN_PER_TASK: usize = 25;

/// The department filter's `<select>` values: any, none, or `d:` and the name.
const ANY: &str = "*";
const NO_DEPARTMENT: &str = "-";

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

#[function_component(Roster)]
pub fn roster(props: &RosterProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let query = use_state(RosterQuery::default);
    let limit = use_state(|| PAGE);
    let shown = ctx
        .state
        .0
        .cohort
        .as_ref()
        .map(|c| query.rows(c))
        .unwrap_or_default();
    let drawn = use_progressive((), shown.len().min(*limit), DRAWN_PER_TASK, DRAWN_PER_TASK);
    let Some(cohort) = &ctx.state.0.cohort else {
        return html! {};
    };
    let w = &cohort.workshop;

    let header = |key: SortKey, text: &str| {
        let direction = query.direction_of(key);
        let aria_sort = match direction {
            Some(Direction::Ascending) => "ascending",
            Some(Direction::Descending) => "descending",
            None => "none",
        };
        let arrow = match direction {
            Some(Direction::Ascending) => "▲",
            Some(Direction::Descending) => "▼",
            None => "↕",
        };
        let onclick = {
            let query = query.clone();
            Callback::from(move |_: MouseEvent| query.set(query.sorted_by(key)))
        };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort-button" {onclick}>
                    { text.to_owned() }<span class="sort-arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    };

    let on_generation = {
        let query = query.clone();
        Callback::from(move |e: Event| {
            let value = select_value(&e);
            query.set(RosterQuery {
                generation: (value != ANY).then_some(value),
                ..(*query).clone()
            });
        })
    };
    let on_department = {
        let query = query.clone();
        Callback::from(move |e: Event| {
            let value = select_value(&e);
            let department = match value.as_str() {
                ANY => DepartmentFilter::Any,
                NO_DEPARTMENT => DepartmentFilter::None,
                named => {
                    DepartmentFilter::Named(named.strip_prefix("d:").unwrap_or(named).to_owned())
                }
            };
            query.set(RosterQuery {
                department,
                ..(*query).clone()
            });
        })
    };

    let counts = generation_chips(cohort, lang);
    let chips = counts.iter().map(|(_, label, n)| {
        html! {
            <li class={classes!("count-chip", (*n == 0).then_some("count-chip-empty"))}>
                <span>{ label.clone() }</span>{ " " }<strong>{ *n }</strong>
            </li>
        }
    });
    let generation_options = counts.iter().map(|(id, label, _)| {
        html! { <option value={id.clone()} selected={query.generation.as_deref() == Some(id.as_str())}>{ label.clone() }</option> }
    });
    let department_options = departments(cohort).into_iter().map(|d| {
        let selected = query.department == DepartmentFilter::Named(d.clone());
        html! { <option value={format!("d:{d}")} {selected}>{ d }</option> }
    });

    let total = cohort.responses.len();
    const N_COLUMNS: usize = 5;
    let not_shown = shown.len().saturating_sub(*limit);
    let on_show_more = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(*limit + PAGE))
    };
    let rows = shown.iter().take(drawn).map(|&i| {
        let r = &cohort.responses[i];
        html! { <RosterRow key={r.participant_id.clone()} ctx={ctx.clone()} workshop={w.clone()} response={r.clone()} n_columns={N_COLUMNS} /> }
    });

    html! {
        <section class="card" aria-labelledby="roster-title">
            <h2 id="roster-title">{ ctx.msg(&Msg::RosterHeading { total }) }</h2>
            <ul class="count-chips" aria-label={ctx.t(Key::RosterCountsLabel)}>{ for chips }</ul>
            <div class="roster-filters">
                <div class="field">
                    <label for="roster-generation">{ ctx.t(Key::RosterFilterGeneration) }</label>
                    <select id="roster-generation" onchange={on_generation}>
                        <option value={ANY} selected={query.generation.is_none()}>{ ctx.t(Key::RosterFilterAll) }</option>
                        { for generation_options }
                    </select>
                </div>
                <div class="field">
                    <label for="roster-department">{ ctx.t(Key::RosterFilterDepartment) }</label>
                    <select id="roster-department" onchange={on_department}>
                        <option value={ANY} selected={query.department == DepartmentFilter::Any}>{ ctx.t(Key::RosterFilterAll) }</option>
                        <option value={NO_DEPARTMENT} selected={query.department == DepartmentFilter::None}>{ ctx.t(Key::RosterNoDepartment) }</option>
                        { for department_options }
                    </select>
                </div>
                <p class="roster-showing" role="status" data-testid="roster-showing">
                    { ctx.msg(&Msg::RosterShowing { shown: shown.len(), total }) }
                </p>
            </div>
            <div class="table-scroll">
                <table class="roster">
                    <thead>
                        <tr>
                            { header(SortKey::Name, ctx.t(Key::RosterName)) }
                            { header(SortKey::Generation, ctx.t(Key::RosterGeneration)) }
                            { header(SortKey::Department, ctx.t(Key::RosterDepartment)) }
                            { header(SortKey::Updated, &ctx.msg(&Msg::UpdatedIn { zone: &ctx.zone.label() })) }
                            <th scope="col">{ ctx.t(Key::RosterActions) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if shown.is_empty() {
                <p class="muted">{ ctx.t(Key::RosterNoMatch) }</p>
            }
            if not_shown > 0 {
                <p class="roster-more">
                    <button type="button" class="button" onclick={on_show_more}>{ ctx.t(Key::RosterShowMore) }</button>
                    <span class="muted">{ ctx.msg(&Msg::RosterNotShown { n: not_shown }) }</span>
                </p>
            }
        </section>
    }
}
