//! The follow-up form's first section, "You and your pair": who is answering (a list of
//! the people paired in the round, with their partner shown once chosen), how many times
//! they met, how satisfied they are with their partner (a radio group, keyboard operable
//! like the skill ratings) and whether to continue or have a new partner. Each control
//! dispatches one edit; what it shows is the core's [`crate::view::followup::form`].

use crate::app::dom::on_enter_advance;
use crate::app::Ctx;
use crate::i18n::Key;
use crate::view::followup::FormView;
use crate::workflow::followup::{FollowUpDraft, FollowUpEdit};
use crate::workflow::session::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FollowUpPairProps {
    pub ctx: Ctx,
    pub draft: FollowUpDraft,
    pub view: Rc<FormView>,
}

#[function_component(FollowUpPair)]
pub fn followup_pair(props: &FollowUpPairProps) -> Html {
    let ctx = &props.ctx;
    let (draft, view) = (&props.draft, &props.view);
    let on_person = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let person = Some(value).filter(|v| !v.is_empty());
            ctx.dispatch(Action::EditFollowUp(FollowUpEdit::Person(person)))
        })
    };
    let on_meetings = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            let value = crate::app::dom::input_value(e);
            ctx.dispatch(Action::EditFollowUp(FollowUpEdit::MeetingsHeld(value)))
        })
    };
    let choose = |edit: FollowUpEdit| ctx.on_event::<Event>(Action::EditFollowUp(edit));
    let error_line = |field: &str| match view.problem(field) {
        Some(text) => {
            html! { <p class="field-error" id={format!("{field}-error")}>{ text.to_owned() }</p> }
        }
        None => html! {},
    };
    let described = |field: &str, hint: Option<&str>| -> Option<String> {
        let mut ids: Vec<String> = hint.map(str::to_owned).into_iter().collect();
        if view.problem(field).is_some() {
            ids.push(format!("{field}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let invalid = |field: &str| view.problem(field).is_some().then_some("true");
    let people = view.people.iter().map(|p| {
        let selected = draft.person.as_deref() == Some(p.value.as_str());
        html! { <option value={p.value.clone()} {selected}>{ p.label.clone() }</option> }
    });
    let satisfaction = view.satisfaction.iter().map(|&(point, label)| {
        // The first radio carries the group's id, so a problem link can focus the group.
        let id = if point == 1 { "followup-satisfaction".to_owned() } else { format!("followup-satisfaction-{point}") };
        html! {
            <label class="scale-option" for={id.clone()}>
                <input type="radio" id={id} name="followup-satisfaction" value={point.to_string()}
                       checked={draft.satisfaction == Some(point)} onchange={choose(FollowUpEdit::Satisfaction(point))}
                       onkeydown={on_enter_advance} />
                <span class="scale-number">{ point }</span>
                <span class="scale-text">{ label }</span>
            </label>
        }
    });
    let next = |id: &'static str, key: Key, new_partner: bool| {
        html! {
            <label class="choice" for={id}>
                <input type="radio" {id} name="followup-continue" checked={draft.wants_new_partner == Some(new_partner)}
                       onchange={choose(FollowUpEdit::WantsNewPartner(new_partner))} onkeydown={on_enter_advance} />
                { ctx.t(key) }
            </label>
        }
    };

    html! {
        <section class="card" aria-labelledby="followup-pair-heading">
            <h2 id="followup-pair-heading">{ ctx.t(Key::FollowUpPairHeading) }</h2>
            <p class="muted">{ ctx.t(Key::SurveyRequiredNote) }</p>
            <div class="field">
                <label for="followup-person">{ ctx.t(Key::FollowUpWho) }{ " *" }</label>
                <span class="hint" id="followup-person-hint">{ ctx.t(Key::FollowUpWhoHint) }</span>
                <select id="followup-person" onchange={on_person} aria-invalid={invalid("followup-person")}
                        aria-describedby={described("followup-person", Some("followup-person-hint followup-partner"))}>
                    <option value="" selected={draft.person.is_none()}>{ ctx.t(Key::FollowUpWhoPlaceholder) }</option>
                    { for people }
                </select>
                <p class="hint followup-partner" id="followup-partner" aria-live="polite">{ view.partner.clone().unwrap_or_default() }</p>
                { error_line("followup-person") }
            </div>
            <div class="field">
                <label for="followup-meetings">{ ctx.t(Key::FollowUpMeetings) }{ " *" }</label>
                <span class="hint" id="followup-meetings-hint">{ ctx.t(Key::FollowUpMeetingsHint) }</span>
                <input id="followup-meetings" type="text" inputmode="numeric" class="short" autocomplete="off"
                       value={draft.meetings_held.clone()} oninput={on_meetings} onkeydown={on_enter_advance}
                       aria-invalid={invalid("followup-meetings")}
                       aria-describedby={described("followup-meetings", Some("followup-meetings-hint"))} />
                { error_line("followup-meetings") }
            </div>
            <fieldset class={classes!("skill-rating", view.problem("followup-satisfaction").map(|_| "has-error"))}
                      aria-describedby={described("followup-satisfaction", None)}>
                <legend><span class="skill-name">{ ctx.t(Key::FollowUpSatisfaction) }{ " *" }</span></legend>
                <div class="scale-options">{ for satisfaction }</div>
                { error_line("followup-satisfaction") }
            </fieldset>
            <fieldset class="field" aria-describedby={described("followup-continue", None)}>
                <legend>{ ctx.t(Key::FollowUpContinueQuestion) }{ " *" }</legend>
                <div class="choice-row">
                    { next("followup-continue", Key::FollowUpContinue, false) }
                    { next("followup-new-partner", Key::FollowUpNewPartner, true) }
                </div>
                { error_line("followup-continue") }
            </fieldset>
        </section>
    }
}
