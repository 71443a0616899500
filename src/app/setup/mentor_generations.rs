//! The editor's mentor generations (reverse mode only): the people of the checked
//! generations mentor, everyone else is a mentee. A side left empty is a warning, not a
//! problem that blocks saving: the board then says why nobody is paired.

use crate::app::Ctx;
use crate::document::model::Generation;
use crate::i18n::Key;
use crate::workflow::editor::{Edit, MentorWarning};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MentorGenerationsProps {
    pub ctx: Ctx,
    pub generations: Vec<Generation>,
    pub mentor_generations: Vec<String>,
    pub warning: Option<MentorWarning>,
    pub on_edit: Callback<Edit>,
}

#[function_component(MentorGenerations)]
pub fn mentor_generations(props: &MentorGenerationsProps) -> Html {
    let ctx = &props.ctx;
    let boxes = props.generations.iter().enumerate().map(|(i, g)| {
        let id = format!("setup-mentor-{i}");
        let checked = props.mentor_generations.contains(&g.id);
        let on_edit = props.on_edit.clone();
        let onchange =
            Callback::from(move |_: Event| on_edit.emit(Edit::MentorGeneration(i, !checked)));
        html! {
            <label class="choice" for={id.clone()}>
                <input type="checkbox" id={id} {checked} {onchange} />
                { g.label.get(ctx.lang()) }
            </label>
        }
    });
    let warning = props.warning.map(|w| match w {
        MentorWarning::NoMentors => ctx.t(Key::SetupMentorsNone),
        MentorWarning::NoMentees => ctx.t(Key::SetupMentorsAll),
    });
    html! {
        <section class="edit-section">
            <fieldset class="field field-wide" aria-describedby="setup-mentors-hint">
                <legend class="legend-heading">{ ctx.t(Key::SetupMentorsHeading) }</legend>
                <p class="hint" id="setup-mentors-hint">{ ctx.t(Key::SetupMentorsHint) }</p>
                <div class="choice-row">{ for boxes }</div>
                if let Some(text) = warning {
                    <p class="warning" role="status">{ text }</p>
                }
            </fieldset>
        </section>
    }
}
