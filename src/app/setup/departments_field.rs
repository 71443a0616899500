//! The editor's departments: the list the survey offers (participants may also type their
//! own), one per line in a text area. The draft takes the lines when the area loses focus
//! or Save is pressed, not per keystroke: blank lines are dropped, and dropping one under
//! the cursor while typing would swallow every new line.

use super::{dom_id, FieldState};
use crate::app::Ctx;
use crate::i18n::Key;
use crate::workflow::editor::{control_field, Edit, FieldProblem};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DepartmentsFieldProps {
    pub ctx: Ctx,
    pub departments: Vec<String>,
    pub problems: Rc<Vec<FieldProblem>>,
    pub on_edit: Callback<Edit>,
}

#[function_component(DepartmentsField)]
pub fn departments_field(props: &DepartmentsFieldProps) -> Html {
    let ctx = &props.ctx;
    // Every line's problems show under the one text area.
    let own: Vec<FieldProblem> = props
        .problems
        .iter()
        .filter(|p| control_field(&p.field) == "departments")
        .map(|p| FieldProblem {
            field: "departments".into(),
            invalid: p.invalid.clone(),
        })
        .collect();
    let mut state = FieldState::new(ctx, &own, "departments");
    state.texts.dedup();
    let on_change = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(Edit::Departments(area.value()));
        })
    };
    let id = dom_id("departments");
    let described_by = match &state.described_by {
        Some(problem) => format!("{id}-hint {problem}"),
        None => format!("{id}-hint"),
    };
    html! {
        <section class="edit-section" aria-labelledby="setup-departments-heading">
            <h3 id="setup-departments-heading">{ ctx.t(Key::SetupDepartmentsHeading) }</h3>
            <div class="field field-wide">
                <label for={id.clone()}>{ ctx.t(Key::SetupDepartmentsLabel) }</label>
                <p class="hint" id={format!("{id}-hint")}>{ ctx.t(Key::SetupDepartmentsHint) }</p>
                <textarea id={id.clone()} rows="4" lang="ja" value={props.departments.join("\n")} onchange={on_change}
                    aria-invalid={state.invalid.clone()} aria-describedby={described_by} />
                { state.messages() }
            </div>
        </section>
    }
}
