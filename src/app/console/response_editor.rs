//! The inline form that corrects one collected response: name, department, generation
//! and every rating. Save dispatches [`Action::Correct`] with what was typed; the core
//! builds and checks the corrected response, saves it (undoable from the notice bar) or
//! keeps the form open with the reason it was refused.

use crate::app::{browser, Ctx};
use crate::document::model::{Response, Workshop};
use crate::document::validate::Invalid;
use crate::i18n::{invalid_message, Key, Msg};
use crate::workflow::session::{Action, Correction};
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResponseEditorProps {
    pub ctx: Ctx,
    pub workshop: Workshop,
    pub response: Response,
    /// Why the last save was refused, if it was.
    pub refused: Option<Invalid>,
}

#[derive(Clone, PartialEq)]
struct Fields {
    name: String,
    department: String,
    generation: String,
    ratings: BTreeMap<String, u8>,
}

fn value_of(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

#[function_component(ResponseEditor)]
pub fn response_editor(props: &ResponseEditorProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let w = &props.workshop;
    let r = &props.response;
    let resolved = r.generation_id(w).unwrap_or_default().to_owned();
    let fields = {
        let fields = Fields {
            name: r.name.clone(),
            department: r.department.clone().unwrap_or_default(),
            generation: resolved.clone(),
            ratings: r.ratings.clone(),
        };
        use_state(move || fields)
    };
    let id = |part: &str| format!("edit-{}-{part}", r.participant_id);

    let set = |update: fn(&mut Fields, String)| {
        let fields = fields.clone();
        Callback::from(move |e: Event| {
            let mut next = (*fields).clone();
            update(&mut next, value_of(&e));
            fields.set(next);
        })
    };
    let on_name = set(|f, v| f.name = v);
    let on_department = set(|f, v| f.department = v);
    let on_generation = set(|f, v| f.generation = v);

    let on_submit = {
        let (ctx, fields) = (ctx.clone(), fields.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let f = (*fields).clone();
            let correction = Correction {
                name: f.name,
                department: f.department,
                generation: f.generation,
                ratings: f.ratings,
            };
            ctx.dispatch(Action::Correct {
                correction,
                now: browser::now(),
            });
        })
    };
    let on_cancel = ctx.on(Action::StartCorrection(None));
    let refused = props.refused.as_ref().map(|invalid| {
        ctx.msg(&Msg::RosterEditRefused {
            reason: &invalid_message(lang, invalid),
        })
    });

    let generations = w.generations.iter().map(|g| {
        html! { <option value={g.id.clone()} selected={fields.generation == g.id}>{ g.label.get(lang) }</option> }
    });
    let ratings = w.skills.iter().map(|skill| {
        let select_id = id(&format!("rating-{}", skill.id));
        let current = fields.ratings.get(&skill.id).copied();
        let onchange = {
            let fields = fields.clone();
            let skill = skill.id.clone();
            Callback::from(move |e: Event| {
                if let Ok(rating) = value_of(&e).parse::<u8>() {
                    let mut next = (*fields).clone();
                    next.ratings.insert(skill.clone(), rating);
                    fields.set(next);
                }
            })
        };
        let options = (w.scale.min..=w.scale.max).map(|point| {
            let label = w.scale.label(point).map(|l| l.get(lang)).unwrap_or_default();
            html! { <option value={point.to_string()} selected={current == Some(point)}>{ ctx.msg(&Msg::ScaleOption { point, label }) }</option> }
        });
        html! {
            <div class="edit-rating">
                <label for={select_id.clone()}>{ skill.label.get(lang) }</label>
                <select id={select_id} {onchange}>{ for options }</select>
            </div>
        }
    });
    let error_id = id("error");
    let departments_id = id("departments");

    html! {
        <form class="response-editor" onsubmit={on_submit} aria-describedby={props.refused.is_some().then(|| error_id.clone())}>
            <h3>{ ctx.msg(&Msg::RosterEditTitle { name: &r.name }) }</h3>
            <div class="edit-fields">
                <div class="field">
                    <label for={id("name")}>{ ctx.t(Key::RosterName) }</label>
                    <input id={id("name")} type="text" value={fields.name.clone()} onchange={on_name} />
                </div>
                <div class="field">
                    <label for={id("department")}>{ ctx.t(Key::RosterDepartment) }</label>
                    <input id={id("department")} type="text" list={departments_id.clone()} value={fields.department.clone()} onchange={on_department} />
                    <datalist id={departments_id}>{ for w.departments.iter().map(|d| html! { <option value={d.clone()} /> }) }</datalist>
                </div>
                <div class="field">
                    <label for={id("generation")}>{ ctx.t(Key::RosterGeneration) }</label>
                    <select id={id("generation")} onchange={on_generation}>{ for generations }</select>
                    if r.birth_year.is_some() {
                        <p class="hint">{ ctx.t(Key::RosterBirthYearNote) }</p>
                    }
                </div>
            </div>
            <fieldset class="edit-ratings">
                <legend>{ ctx.t(Key::RosterRatings) }</legend>
                { for ratings }
            </fieldset>
            if let Some(message) = refused {
                <p class="field-error" id={error_id} role="alert">{ message }</p>
            }
            <div class="actions">
                <button type="submit" class="button button-primary">{ ctx.t(Key::RosterSave) }</button>
                <button type="button" class="button" onclick={on_cancel}>{ ctx.t(Key::Cancel) }</button>
            </div>
        </form>
    }
}
