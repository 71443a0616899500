//! The self-assessment form. Every keystroke updates the draft in the session, which is
//! saved at once, so a reload or a closed tab loses nothing. Problems are computed by the
//! core ([`Draft::problems`]) and shown beside their fields after a submit attempt.

use super::skill_rating::SkillRating;
use crate::app::{browser, Ctx};
use crate::i18n::{birth_years, problem_text, Key};
use crate::workflow::session::Action;
use crate::workflow::survey::{DraftEdit, GenerationInput, Problem};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SurveyFormProps {
    pub ctx: Ctx,
}

/// Enter in a one-line field never submits the survey. When it only confirms an IME
/// conversion (Japanese input: `isComposing`, or the legacy key code 229) nothing else
/// happens; otherwise it moves to the next field, as people filling in forms expect.
pub fn on_enter_advance(e: KeyboardEvent) {
    if e.key() != "Enter" {
        return;
    }
    e.prevent_default();
    if e.is_composing() || e.key_code() == 229 {
        return;
    }
    let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Some(form) = target.closest("form").ok().flatten() else { return };
    let Ok(fields) = form.query_selector_all("input:not([type=hidden]):not([disabled]), select, textarea, button") else {
        return;
    };
    let fields: Vec<web_sys::HtmlElement> =
        (0..fields.length()).filter_map(|i| fields.get(i)?.dyn_into::<web_sys::HtmlElement>().ok()).collect();
    let here = fields.iter().position(|f| f.is_same_node(Some(&target)));
    if let Some(next) = here.and_then(|i| fields.get(i + 1)) {
        let _ = next.focus();
    }
}

fn focus(id: &str) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

#[function_component(SurveyForm)]
pub fn survey_form(props: &SurveyFormProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let Some(survey) = ctx.state.0.survey.clone() else { return html! {} };
    let w = &survey.workshop;
    let draft = &survey.draft;
    let problems = draft.problems(w);
    let (answered, total) = draft.progress(w);
    let problem_for = |field: &str| -> Option<String> {
        problems.iter().filter(|p| survey.attempted && p.field_id() == field).map(|p| problem_text(lang, p, w)).next()
    };

    // Every control dispatches one edit of the draft; the reducer applies it to the
    // current state (see `DraftEdit` for why not a whole draft from this render).
    let edit = |make: fn(String) -> DraftEdit| {
        let ctx = ctx.clone();
        Callback::from(move |value: String| ctx.dispatch(Action::EditDraft(make(value))))
    };
    let text_input = |cb: Callback<String>| {
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let on_name = text_input(edit(DraftEdit::Name));
    let on_birth_year = text_input(edit(DraftEdit::BirthYear));
    let on_department = text_input(edit(DraftEdit::Department));
    let on_note = {
        let cb = edit(DraftEdit::Note);
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()))
    };
    let on_generation = {
        let cb = edit(|v| DraftEdit::Generation(Some(v).filter(|v| !v.is_empty())));
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()))
    };
    let on_input_mode = |mode: GenerationInput| {
        let ctx = ctx.clone();
        Callback::from(move |_: Event| ctx.dispatch(Action::EditDraft(DraftEdit::GenerationInput(mode))))
    };
    let on_rating = {
        let ctx = ctx.clone();
        Callback::from(move |(skill, rating): (String, u8)| ctx.dispatch(Action::EditDraft(DraftEdit::Rating { skill, rating })))
    };
    let on_want = {
        let ctx = ctx.clone();
        Callback::from(move |(skill, wanted): (String, bool)| {
            ctx.dispatch(Action::EditDraft(DraftEdit::WantToLearn { skill, wanted }))
        })
    };
    let on_submit = {
        let ctx = ctx.clone();
        let first_problem = problems.first().map(Problem::field_id);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            ctx.dispatch(Action::SubmitSurvey { now: browser::now() });
            if let Some(id) = &first_problem {
                focus(id);
            }
        })
    };

    let error_line = |field: &str| match problem_for(field) {
        Some(text) => html! { <p class="field-error" id={format!("{field}-error")}>{ text }</p> },
        None => html! {},
    };
    let described = |field: &str, hint: Option<&str>| -> String {
        let mut ids: Vec<String> = hint.map(str::to_owned).into_iter().collect();
        if problem_for(field).is_some() {
            ids.push(format!("{field}-error"));
        }
        ids.join(" ")
    };
    let invalid = |field: &str| problem_for(field).is_some().then_some("true");

    let generation_options = w.generations.iter().map(|g| {
        let selected = draft.generation.as_deref() == Some(g.id.as_str());
        html! { <option value={g.id.clone()} {selected}>{ format!("{} ({})", g.label.get(lang), birth_years(lang, g)) }</option> }
    });
    let birth_year_maps = draft
        .generation_id(w)
        .filter(|_| draft.generation_input == GenerationInput::BirthYear)
        .and_then(|id| w.generations.iter().find(|g| g.id == id))
        .map(|g| ctx.msg(&crate::i18n::Msg::BirthYearMaps { generation: g.label.get(lang), years: &birth_years(lang, g) }));
    let departments = w.departments.iter().map(|d| html! { <option value={d.clone()} /> });
    let summary = (survey.attempted && !problems.is_empty()).then(|| {
        let items = problems.iter().map(|p| {
            let id = p.field_id();
            let onclick = Callback::from(move |_: MouseEvent| focus(&id));
            html! { <li><button type="button" class="link-button" {onclick}>{ problem_text(lang, p, w) }</button></li> }
        });
        html! {
            <div class="error-summary" role="alert">
                <p><strong>{ ctx.t(Key::SurveyFixBeforeSubmit) }</strong></p>
                <ul>{ for items }</ul>
            </div>
        }
    });
    let skills = w.skills.iter().map(|skill| {
        html! {
            <SkillRating
                ctx={ctx.clone()}
                skill={skill.clone()}
                scale={w.scale.clone()}
                rating={draft.ratings.get(&skill.id).copied()}
                wanted={draft.wants_to_learn.contains(&skill.id)}
                problem={problem_for(&format!("skill-{}", skill.id))}
                on_rate={on_rating.clone()}
                on_want={on_want.clone()}
            />
        }
    });
    let choose = draft.generation_input == GenerationInput::Choose;
    let percent = answered * 100 / total.max(1);
    let on_close = ctx.on(Action::CloseSurvey);

    html! {
        <form class="survey" novalidate=true onsubmit={on_submit} aria-labelledby="survey-title">
            <p class="eyebrow">{ ctx.t(Key::SurveyTitle) }</p>
            <h1 id="survey-title">{ w.title.get(lang) }</h1>
            if survey.kiosk {
                <p class="notice">{ ctx.t(Key::SurveyKioskBanner) }</p>
            }
            <p class="lead">{ ctx.t(Key::SurveyIntro) }</p>
            <div class="progress-row">
                <div class="progress" role="progressbar" aria-label={ctx.t(Key::SurveyProgress)}
                     aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={answered.to_string()}>
                    <div class="progress-fill" style={format!("width: {percent}%")}></div>
                </div>
                <span class="progress-text" data-testid="progress">{ format!("{answered} / {total} {}", ctx.t(Key::SurveyProgress)) }</span>
            </div>
            { for summary }
            <section class="card" aria-labelledby="about-you">
                <h2 id="about-you">{ ctx.t(Key::SurveyAboutYou) }</h2>
                <p class="muted">{ ctx.t(Key::SurveyRequiredNote) }</p>
                <div class="field">
                    <label for="survey-name">{ ctx.t(Key::SurveyName) }{ " *" }</label>
                    <span class="hint" id="survey-name-hint">{ ctx.t(Key::SurveyNameHint) }</span>
                    <input id="survey-name" type="text" autocomplete="nickname" required=true
                           value={draft.name.clone()} oninput={on_name} onkeydown={on_enter_advance}
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
                        <select id="survey-generation" onchange={on_generation} aria-invalid={invalid("survey-generation")}>
                            <option value="" selected={draft.generation.is_none()}>{ ctx.t(Key::SurveyGenerationPlaceholder) }</option>
                            { for generation_options }
                        </select>
                        { error_line("survey-generation") }
                    } else {
                        <label for="survey-birth-year" class="sub-label">{ ctx.t(Key::SurveyBirthYear) }</label>
                        <input id="survey-birth-year" type="text" inputmode="numeric" autocomplete="bday-year" class="short"
                               value={draft.birth_year.clone()} oninput={on_birth_year} onkeydown={on_enter_advance}
                               aria-invalid={invalid("survey-birth-year").or(invalid("survey-generation"))}
                               aria-describedby={described("survey-birth-year", Some("birth-year-maps"))} />
                        <p class="hint" id="birth-year-maps" aria-live="polite">{ birth_year_maps.unwrap_or_default() }</p>
                        { error_line("survey-birth-year") }
                        { error_line("survey-generation") }
                    }
                </fieldset>
                <div class="field">
                    <label for="survey-department">{ ctx.t(Key::SurveyDepartment) }</label>
                    <input id="survey-department" type="text" list="survey-departments" autocomplete="organization-title"
                           value={draft.department.clone()} oninput={on_department} onkeydown={on_enter_advance}
                           aria-invalid={invalid("survey-department")} aria-describedby={described("survey-department", None)} />
                    <datalist id="survey-departments">{ for departments }</datalist>
                    { error_line("survey-department") }
                </div>
            </section>
            <section class="card" aria-labelledby="skills-heading">
                <h2 id="skills-heading">{ ctx.t(Key::SurveySkillsHeading) }</h2>
                { for skills }
            </section>
            <section class="card">
                <div class="field field-wide">
                    <label for="survey-note">{ ctx.t(Key::SurveyNote) }</label>
                    <span class="hint" id="survey-note-hint">{ ctx.t(Key::SurveyNoteHint) }</span>
                    <textarea id="survey-note" rows="3" value={draft.note.clone()} oninput={on_note}
                              aria-invalid={invalid("survey-note")} aria-describedby={described("survey-note", Some("survey-note-hint"))} />
                    { error_line("survey-note") }
                </div>
            </section>
            <div class="actions">
                <button type="submit" class="button button-primary button-large">{ ctx.t(Key::SurveySubmit) }</button>
                <button type="button" class="button button-quiet" onclick={on_close}>{ ctx.t(Key::SurveyClose) }</button>
            </div>
        </form>
    }
}
