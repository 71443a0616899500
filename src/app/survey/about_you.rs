//! The survey's "About you" section: display name, generation (chosen, or from a birth
//! year, with the generation it falls in shown as it is typed) and department. Each
//! control dispatches one draft edit.

use crate::app::dom::on_enter_advance;
use crate::app::Ctx;
use crate::i18n::Key;
use crate::view::survey::SurveyView;
use crate::workflow::session::Action;
use crate::workflow::survey::{Draft, DraftEdit, GenerationInput};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutYouProps {
    pub ctx: Ctx,
    pub draft: Draft,
    pub departments: Vec<String>,
    pub view: Rc<SurveyView>,
}

#[function_component(AboutYou)]
pub fn about_you(props: &AboutYouProps) -> Html {
    let ctx = &props.ctx;
    let (draft, view) = (&props.draft, &props.view);
    // Every control dispatches one edit of the draft; the reducer applies it to the
    // current state (see `DraftEdit` for why not a whole draft from this render).
    let edit = |make: fn(String) -> DraftEdit| {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            ctx.dispatch(Action::EditDraft(make(value)))
        })
    };
    let on_input = |make: fn(String) -> DraftEdit| edit(make).reform(|e: InputEvent| e.into());
    let on_input_mode =
        |mode: GenerationInput| ctx.on_event(Action::EditDraft(DraftEdit::GenerationInput(mode)));
    let error_line = |field: &str| match view.problem(field) {
        Some(text) => {
            html! { <p class="field-error" id={format!("{field}-error")}>{ text.to_owned() }</p> }
        }
        None => html! {},
    };
    let described = |field: &str, hint: Option<&str>| -> String {
        let mut ids: Vec<String> = hint.map(str::to_owned).into_iter().collect();
        if view.problem(field).is_some() {
            ids.push(format!("{field}-error"));
        }
        ids.join(" ")
    };
    let invalid = |field: &str| view.problem(field).is_some().then_some("true");
    let generation_options = view.generations.iter().map(|g| {
        let selected = draft.generation.as_deref() == Some(g.value.as_str());
        html! { <option value={g.value.clone()} {selected}>{ g.label.clone() }</option> }
    });
    let choose = draft.generation_input == GenerationInput::Choose;

    html! {
        <section class="card" aria-labelledby="about-you">
            <h2 id="about-you">{ ctx.t(Key::SurveyAboutYou) }</h2>
            <p class="muted">{ ctx.t(Key::SurveyRequiredNote) }</p>
            <div class="field">
                <label for="survey-name">{ ctx.t(Key::SurveyName) }{ " *" }</label>
                <span class="hint" id="survey-name-hint">{ ctx.t(Key::SurveyNameHint) }</span>
                <input id="survey-name" type="text" autocomplete="nickname" required=true
                       value={draft.name.clone()} oninput={on_input(DraftEdit::Name)} onkeydown={on_enter_advance}
                       aria-invalid={invalid("survey-name")} aria-describedby={described("survey-name", Some("survey-name-hint"))} />
                { error_line("survey-name") }
            </div>
            <fieldset class="field" aria-describedby={described("survey-generation", None)}>
                <legend>{ ctx.t(Key::SurveyGenerationQuestion) }{ " *" }</legend>
                <div class="choice-row">
                    <label class="choice">
                        <input type="radio" name="generation-input" id="generation-input-choose" checked={choose}
                               onchange={on_input_mode(GenerationInput::Choose)} />
                        { ctx.t(Key::SurveyChooseGeneration) }
                    </label>
                    <label class="choice">
                        <input type="radio" name="generation-input" id="generation-input-year" checked={!choose}
                               onchange={on_input_mode(GenerationInput::BirthYear)} />
                        { ctx.t(Key::SurveyEnterBirthYear) }
                    </label>
                </div>
                if choose {
                    <label for="survey-generation" class="sub-label">{ ctx.t(Key::SurveyGenerationQuestion) }</label>
                    <select id="survey-generation" onchange={edit(|v| DraftEdit::Generation(Some(v).filter(|v| !v.is_empty())))}
                            aria-invalid={invalid("survey-generation")}>
                        <option value="" selected={draft.generation.is_none()}>{ ctx.t(Key::SurveyGenerationPlaceholder) }</option>
                        { for generation_options }
                    </select>
                    { error_line("survey-generation") }
                } else {
                    <label for="survey-birth-year" class="sub-label">{ ctx.t(Key::SurveyBirthYear) }</label>
                    <input id="survey-birth-year" type="text" inputmode="numeric" autocomplete="bday-year" class="short"
                           value={draft.birth_year.clone()} oninput={on_input(DraftEdit::BirthYear)} onkeydown={on_enter_advance}
                           aria-invalid={invalid("survey-birth-year").or(invalid("survey-generation"))}
                           aria-describedby={described("survey-birth-year", Some("birth-year-maps"))} />
                    <p class="hint" id="birth-year-maps" aria-live="polite">{ view.birth_year_maps.clone().unwrap_or_default() }</p>
                    { error_line("survey-birth-year") }
                    { error_line("survey-generation") }
                }
            </fieldset>
            <div class="field">
                <label for="survey-department">{ ctx.t(Key::SurveyDepartment) }</label>
                <input id="survey-department" type="text" list="survey-departments" autocomplete="organization-title"
                       value={draft.department.clone()} oninput={on_input(DraftEdit::Department)} onkeydown={on_enter_advance}
                       aria-invalid={invalid("survey-department")} aria-describedby={described("survey-department", None)} />
                <datalist id="survey-departments">{ for props.departments.iter().map(|d| html! { <option value={d.clone()} /> }) }</datalist>
                { error_line("survey-department") }
            </div>
        </section>
    }
}
