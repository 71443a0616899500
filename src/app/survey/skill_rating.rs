//! One skill of the survey: the scale as a radio group with every point's label visible,
//! and "I want to learn this" (not in the follow-up survey, which has no `on_want`).
//! Arrow keys move within the group, as radio groups do.

use crate::app::dom::on_enter_advance;
use crate::app::Ctx;
use crate::document::model::{Scale, Skill, SkillFamily};
use crate::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SkillRatingProps {
    pub ctx: Ctx,
    pub skill: Skill,
    pub scale: Scale,
    pub rating: Option<u8>,
    pub wanted: bool,
    /// The problem to show (already translated), if any.
    pub problem: Option<String>,
    pub on_rate: Callback<(String, u8)>,
    /// "I want to learn this" is offered when there is somewhere to send it.
    #[prop_or_default]
    pub on_want: Option<Callback<(String, bool)>>,
}

#[function_component(SkillRating)]
pub fn skill_rating(props: &SkillRatingProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let skill = &props.skill;
    let group = format!("skill-{}", skill.id);
    let error_id = format!("{group}-error");
    let (family_class, family) = match skill.family {
        SkillFamily::Digital => ("tag tag-digital", Key::FamilyDigital),
        SkillFamily::Experience => ("tag tag-experience", Key::FamilyExperience),
    };
    let points = (props.scale.min..=props.scale.max).map(|point| {
        // The first radio carries the group's id, so a problem link can focus the group.
        let id = if point == props.scale.min { group.clone() } else { format!("{group}-{point}") };
        let label = props.scale.label(point).map(|l| l.get(lang).to_owned()).unwrap_or_default();
        let onchange = {
            let on_rate = props.on_rate.clone();
            let skill = skill.id.clone();
            Callback::from(move |_: Event| on_rate.emit((skill.clone(), point)))
        };
        html! {
            <label class="scale-option" for={id.clone()}>
                <input type="radio" id={id} name={group.clone()} value={point.to_string()}
                       checked={props.rating == Some(point)} {onchange} onkeydown={on_enter_advance} />
                <span class="scale-number">{ point }</span>
                <span class="scale-text">{ label }</span>
            </label>
        }
    });
    let on_want = props.on_want.clone().map(|on_want| {
        let skill = skill.id.clone();
        Callback::from(move |e: Event| {
            on_want.emit((
                skill.clone(),
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            ))
        })
    });
    let want_id = format!("want-{}", skill.id);
    html! {
        <fieldset class={classes!("skill-rating", props.problem.is_some().then_some("has-error"))}
                  aria-describedby={props.problem.is_some().then(|| error_id.clone())}>
            <legend>
                <span class={family_class}>{ ctx.t(family) }</span>
                <span class="skill-name">{ skill.label.get(lang) }</span>
                <span class="visually-hidden">{ " *" }</span>
            </legend>
            <div class="scale-options">{ for points }</div>
            if let Some(on_want) = on_want {
                <label class="choice want" for={want_id.clone()}>
                    <input type="checkbox" id={want_id} checked={props.wanted} onchange={on_want} onkeydown={on_enter_advance} />
                    { ctx.t(Key::SurveyWantToLearn) }
                </label>
            }
            if let Some(problem) = &props.problem {
                <p class="field-error" id={error_id}>{ problem }</p>
            }
        </fieldset>
    }
}
