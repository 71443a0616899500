//! The follow-up survey's form (issue 11 §3): you and your pair, the same skills on the
//! same scale as the first survey, what went well and a comment. Like the first survey,
//! every keystroke is one edit of the draft in the session (saved at once), problems are
//! worded beside their controls after a first attempt, and the first is focused. What it
//! shows is the core's [`crate::view::followup::form`].

use super::followup_pair::FollowUpPair;
use super::skill_rating::SkillRating;
use crate::app::dom::focus;
use crate::app::{browser, Ctx};
use crate::i18n::Key;
use crate::view::followup::{form as form_view, FormView};
use crate::workflow::followup::FollowUpEdit;
use crate::workflow::session::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FollowUpFormProps {
    pub ctx: Ctx,
}

/// A free text of the form (what went well, the comment), with its hint and problem.
fn text_field(
    ctx: &Ctx,
    view: &FormView,
    (id, label, hint): (&'static str, Key, Key),
    value: &str,
    make: fn(String) -> FollowUpEdit,
) -> Html {
    let on_input = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value();
            ctx.dispatch(Action::EditFollowUp(make(value)))
        })
    };
    let problem = view.problem(id).map(str::to_owned);
    let described = match problem {
        Some(_) => format!("{id}-hint {id}-error"),
        None => format!("{id}-hint"),
    };
    html! {
        <div class="field field-wide">
            <label for={id}>{ ctx.t(label) }</label>
            <span class="hint" id={format!("{id}-hint")}>{ ctx.t(hint) }</span>
            <textarea {id} rows="3" value={value.to_owned()} oninput={on_input}
                      aria-invalid={problem.is_some().then_some("true")} aria-describedby={described} />
            if let Some(text) = problem {
                <p class="field-error" id={format!("{id}-error")}>{ text }</p>
            }
        </div>
    }
}

#[function_component(FollowUpForm)]
pub fn followup_form(props: &FollowUpFormProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let Some(state) = ctx.state.0.survey().cloned() else {
        return html! {};
    };
    let Some(form) = state.followup.clone() else {
        return html! {};
    };
    let view = Rc::new(form_view(&state, &form, lang));
    let w = &state.workshop;
    let draft = &form.draft;

    let on_rating = {
        let ctx = ctx.clone();
        Callback::from(move |(skill, rating): (String, u8)| {
            ctx.dispatch(Action::EditFollowUp(FollowUpEdit::Rating { skill, rating }))
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
                rating={draft.ratings.get(&skill.id).copied()} wanted={false}
                problem={view.problem(&format!("skill-{}", skill.id)).map(str::to_owned)}
                on_rate={on_rating.clone()} />
        }
    });
    let went_well = (
        "followup-went-well",
        Key::FollowUpWentWell,
        Key::FollowUpWentWellHint,
    );
    let comment = (
        "followup-comment",
        Key::FollowUpComment,
        Key::FollowUpCommentHint,
    );

    html! {
        <form class="survey followup-survey" novalidate=true onsubmit={on_submit} aria-labelledby="survey-title">
            <p class="eyebrow">{ ctx.t(Key::FollowUpTitle) }</p>
            <h1 id="survey-title">{ w.title.get(lang) }</h1>
            if state.kiosk {
                <p class="notice">{ ctx.t(Key::SurveyKioskBanner) }</p>
            }
            <p class="lead">{ ctx.t(Key::FollowUpFormIntro) }</p>
            <div class="progress-row">
                <div class="progress" role="progressbar" aria-label={ctx.t(Key::SurveyProgress)}
                     aria-valuemin="0" aria-valuemax={view.total.to_string()} aria-valuenow={view.answered.to_string()}>
                    <div class="progress-fill" style={format!("width: {}%", view.percent)}></div>
                </div>
                <span class="progress-text" data-testid="progress">{ view.progress.clone() }</span>
            </div>
            { for summary }
            <FollowUpPair ctx={ctx.clone()} draft={draft.clone()} view={view.clone()} />
            <section class="card" aria-labelledby="skills-heading">
                <h2 id="skills-heading">{ ctx.t(Key::FollowUpSkillsHeading) }</h2>
                <p class="muted">{ ctx.t(Key::FollowUpSkillsIntro) }</p>
                { for skills }
            </section>
            <section class="card">
                { text_field(ctx, &view, went_well, &draft.went_well, FollowUpEdit::WentWell) }
                { text_field(ctx, &view, comment, &draft.comment, FollowUpEdit::Comment) }
            </section>
            <div class="actions">
                <button type="submit" class="button button-primary button-large">{ ctx.t(Key::SurveySubmit) }</button>
                <button type="button" class="button button-quiet" onclick={ctx.on(Action::CloseSurvey)}>{ ctx.t(Key::SurveyClose) }</button>
            </div>
        </form>
    }
}
