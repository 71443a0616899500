//! The self-assessment form. Every keystroke updates the draft in the session, which is
//! saved at once, so a reload or a closed tab loses nothing. What it shows (progress,
//! generations, problems worded beside their fields after a submit attempt) is the
//! core's [`crate::view::survey`].

use super::about_you::AboutYou;
use super::skill_rating::SkillRating;
use crate::app::dom::focus;
use crate::app::{browser, Ctx};
use crate::i18n::Key;
use crate::view::survey::survey;
use crate::workflow::session::Action;
use crate::workflow::survey::DraftEdit;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SurveyFormProps {
    pub ctx: Ctx,
}

#[function_component(SurveyForm)]
pub fn survey_form(props: &SurveyFormProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let Some(state) = ctx.state.0.survey().cloned() else {
        return html! {};
    };
    let view = Rc::new(survey(&state, lang));
    let w = &state.workshop;

    let on_note = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value();
            ctx.dispatch(Action::EditDraft(DraftEdit::Note(value)))
        })
    };
    let on_rating = {
        let ctx = ctx.clone();
        Callback::from(move |(skill, rating): (String, u8)| {
            ctx.dispatch(Action::EditDraft(DraftEdit::Rating { skill, rating }))
        })
    };
    let on_want = {
        let ctx = ctx.clone();
        Callback::from(move |(skill, wanted): (String, bool)| {
            ctx.dispatch(Action::EditDraft(DraftEdit::WantToLearn { skill, wanted }))
        })
    };
    let on_submit = {
        let ctx = ctx.clone();
        let first_problem = view.first_problem.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            ctx.dispatch(Action::SubmitSurvey {
                now: browser::now(),
            });
            if let Some(id) = &first_problem {
                focus(id);
            }
        })
    };
    let summary = (!view.problems.is_empty()).then(|| {
        let items = view.problems.iter().map(|(field, text)| {
            let id = field.clone();
            let onclick = Callback::from(move |_: MouseEvent| focus(&id));
            html! { <li><button type="button" class="link-button" {onclick}>{ text.clone() }</button></li> }
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
            <SkillRating ctx={ctx.clone()} skill={skill.clone()} scale={w.scale.clone()}
                rating={state.draft.ratings.get(&skill.id).copied()} wanted={state.draft.wants_to_learn.contains(&skill.id)}
                problem={view.problem(&format!("skill-{}", skill.id)).map(str::to_owned)}
                on_rate={on_rating.clone()} on_want={on_want.clone()} />
        }
    });
    let note_problem = view.problem("survey-note").map(str::to_owned);
    let note_described = if note_problem.is_some() {
        "survey-note-hint survey-note-error"
    } else {
        "survey-note-hint"
    };

    html! {
        <form class="survey" novalidate=true onsubmit={on_submit} aria-labelledby="survey-title">
            <p class="eyebrow">{ ctx.t(Key::SurveyTitle) }</p>
            <h1 id="survey-title">{ w.title.get(lang) }</h1>
            if state.kiosk {
                <p class="notice">{ ctx.t(Key::SurveyKioskBanner) }</p>
            }
            <p class="lead">{ ctx.t(Key::SurveyIntro) }</p>
            <div class="progress-row">
                <div class="progress" role="progressbar" aria-label={ctx.t(Key::SurveyProgress)}
                     aria-valuemin="0" aria-valuemax={view.total.to_string()} aria-valuenow={view.answered.to_string()}>
                    <div class="progress-fill" style={format!("width: {}%", view.percent)}></div>
                </div>
                <span class="progress-text" data-testid="progress">{ view.progress.clone() }</span>
            </div>
            { for summary }
            <AboutYou ctx={ctx.clone()} draft={state.draft.clone()} departments={w.departments.clone()} view={view.clone()} />
            <section class="card" aria-labelledby="skills-heading">
                <h2 id="skills-heading">{ ctx.t(Key::SurveySkillsHeading) }</h2>
                { for skills }
            </section>
            <section class="card">
                <div class="field field-wide">
                    <label for="survey-note">{ ctx.t(Key::SurveyNote) }</label>
                    <span class="hint" id="survey-note-hint">{ ctx.t(Key::SurveyNoteHint) }</span>
                    <textarea id="survey-note" rows="3" value={state.draft.note.clone()} oninput={on_note}
                              aria-invalid={note_problem.is_some().then_some("true")} aria-describedby={note_described} />
                    if let Some(text) = note_problem {
                        <p class="field-error" id="survey-note-error">{ text }</p>
                    }
                </div>
            </section>
            <div class="actions">
                <button type="submit" class="button button-primary button-large">{ ctx.t(Key::SurveySubmit) }</button>
                <button type="button" class="button button-quiet" onclick={ctx.on(Action::CloseSurvey)}>{ ctx.t(Key::SurveyClose) }</button>
            </div>
        </form>
    }
}
