//! The editor's generations: names in both languages and the birth years each covers (an
//! empty year is an open end). Generation ids and their order stay as they are: answers
//! and the reverse-mode mentor list refer to them.

use super::bilingual_cells::BilingualCells;
use super::{cell_label, dom_id, input_value, row_name, FieldState};
use crate::app::Ctx;
use crate::document::model::Generation;
use crate::i18n::{Key, RowKind};
use crate::workflow::editor::{Edit, FieldProblem};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GenerationRowsProps {
    pub ctx: Ctx,
    pub generations: Vec<Generation>,
    pub problems: Rc<Vec<FieldProblem>>,
    pub on_edit: Callback<Edit>,
}

/// A year field's value: empty is an open end; anything that is not a year (a number
/// input reports it as empty while half typed) is not sent.
fn year(value: &str) -> Option<Option<i32>> {
    let value = value.trim();
    if value.is_empty() {
        Some(None)
    } else {
        value.parse().ok().map(Some)
    }
}

#[function_component(GenerationRows)]
pub fn generation_rows(props: &GenerationRowsProps) -> Html {
    let ctx = &props.ctx;
    let rows = props.generations.iter().enumerate().map(|(i, g)| {
        let row = row_name(ctx, RowKind::Generation, i);
        let base = dom_id(&format!("generations[{i}]"));
        let label_state = FieldState::new(ctx, &props.problems, &format!("generations[{i}].label"));
        let years_state = FieldState::new(ctx, &props.problems, &format!("generations[{i}].years"));
        let (label_input, from_input, to_input) = (format!("{base}-label"), format!("{base}-years"), format!("{base}-years-to"));
        let on_year = |make: fn(usize, Option<i32>) -> Edit| {
            let on_edit = props.on_edit.clone();
            Callback::from(move |e: InputEvent| {
                if let Some(y) = year(&input_value(e)) {
                    on_edit.emit(make(i, y));
                }
            })
        };
        let year_cell = |column: Key, id: &str, value: Option<i32>, make: fn(usize, Option<i32>) -> Edit| {
            html! {
                <div class="cell cell-year">
                    { cell_label(ctx, &row, column, id) }
                    <input id={id.to_owned()} type="number" inputmode="numeric" min="1900" max="2100" step="1"
                        value={value.map(|y| y.to_string()).unwrap_or_default()} oninput={on_year(make)}
                        aria-invalid={years_state.invalid.clone()} aria-describedby={years_state.described_by.clone()} />
                </div>
            }
        };
        html! {
            <li class="edit-row generation-row">
                <span class="row-number" aria-hidden="true">{ i + 1 }</span>
                <BilingualCells ctx={ctx.clone()} row={row.clone()} id={label_input} text={g.label.clone()}
                    invalid={label_state.invalid.clone()} described_by={label_state.described_by.clone()}
                    on_input={props.on_edit.reform(move |(lang, v)| Edit::GenerationLabel(i, lang, v))} />
                { year_cell(Key::SetupColBornFrom, &from_input, g.born_from, Edit::BornFrom) }
                { year_cell(Key::SetupColBornTo, &to_input, g.born_to, Edit::BornTo) }
                <code class="row-id">{ &g.id }</code>
                { label_state.messages() }
                { years_state.messages() }
            </li>
        }
    });
    html! {
        <section class="edit-section" aria-labelledby="setup-generations-heading">
            <h3 id="setup-generations-heading">{ ctx.t(Key::GenerationsHeading) }</h3>
            <p class="hint">{ ctx.t(Key::SetupYearsHint) }</p>
            <div class="edit-row edit-head generation-row" aria-hidden="true">
                <span>{ "#" }</span>
                <span>{ ctx.t(Key::SetupColJa) }</span>
                <span>{ ctx.t(Key::SetupColEn) }</span>
                <span>{ ctx.t(Key::SetupColBornFrom) }</span>
                <span>{ ctx.t(Key::SetupColBornTo) }</span>
                <span>{ ctx.t(Key::SetupColId) }</span>
            </div>
            <ol class="edit-rows">{ for rows }</ol>
        </section>
    }
}
