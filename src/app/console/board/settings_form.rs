//! The settings of the next run, with labels: mode, objective, mentor capacity, the
//! same-department rule, the minimum generation distance and the never-pair list. Every
//! change is one [`SettingsEdit`], applied (and kept in bounds) by the core.

use super::never_pair_editor::NeverPairEditor;
use crate::app::hooks::Shared;
use crate::app::Ctx;
use crate::document::model::{MatchingMode, MatchingSettings, Objective, Strictness};
use crate::document::validate::{MAX_MENTOR_CAPACITY, MAX_MIN_GENERATION_DISTANCE};
use crate::i18n::Key;
use crate::view::people::Directory;
use crate::workflow::board::SettingsEdit;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsFormProps {
    pub ctx: Ctx,
    pub settings: MatchingSettings,
    pub directory: Shared<Directory>,
    pub disabled: bool,
    pub on_edit: Callback<SettingsEdit>,
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

fn number_value(e: &Event) -> Option<u32> {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
        .trim()
        .parse()
        .ok()
}

#[function_component(SettingsForm)]
pub fn settings_form(props: &SettingsFormProps) -> Html {
    let ctx = &props.ctx;
    let s = &props.settings;
    // A callback that reads the control's value into an edit (none: the value is not one).
    let edit = |read: fn(&Event) -> Option<SettingsEdit>| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            if let Some(edit) = read(&e) {
                on_edit.emit(edit);
            }
        })
    };
    let on_mode = edit(|e| {
        Some(SettingsEdit::Mode(if select_value(e) == "reverse" {
            MatchingMode::Reverse
        } else {
            MatchingMode::Mutual
        }))
    });
    let on_objective = edit(|e| {
        Some(SettingsEdit::Objective(if select_value(e) == "fairest" {
            Objective::Fairest
        } else {
            Objective::MostPairs
        }))
    });
    let on_capacity = edit(|e| number_value(e).map(SettingsEdit::MentorCapacity));
    let on_department = edit(|e| {
        Some(SettingsEdit::SameDepartment(
            match select_value(e).as_str() {
                "hard" => Strictness::Hard,
                "soft" => Strictness::Soft,
                _ => Strictness::Off,
            },
        ))
    });
    let on_distance = edit(|e| number_value(e).map(SettingsEdit::MinGenerationDistance));
    let strictness = s.same_department.strictness;
    let option = |value: &'static str, key: Key, selected: bool| {
        html! { <option {value} {selected}>{ ctx.t(key) }</option> }
    };
    html! {
        <details class="board-settings" open=true>
            <summary>{ ctx.t(Key::BoardSettings) }</summary>
            <fieldset class="board-settings-grid" disabled={props.disabled}>
                <legend class="visually-hidden">{ ctx.t(Key::BoardSettings) }</legend>
                <div class="field">
                    <label for="board-mode">{ ctx.t(Key::BoardMode) }</label>
                    <select id="board-mode" onchange={on_mode}>
                        { option("mutual", Key::ModeMutualChoice, s.mode == MatchingMode::Mutual) }
                        { option("reverse", Key::ModeReverseChoice, s.mode == MatchingMode::Reverse) }
                    </select>
                </div>
                <div class="field">
                    <label for="board-objective">{ ctx.t(Key::BoardObjective) }</label>
                    <select id="board-objective" onchange={on_objective}>
                        { option("most_pairs", Key::BoardObjectiveMostPairs, s.objective == Objective::MostPairs) }
                        { option("fairest", Key::BoardObjectiveFairest, s.objective == Objective::Fairest) }
                    </select>
                </div>
                <div class="field">
                    <label for="board-capacity">{ ctx.t(Key::BoardCapacity) }</label>
                    <input id="board-capacity" type="number" min="1" max={MAX_MENTOR_CAPACITY.to_string()}
                        value={s.mentor_capacity.to_string()} disabled={s.mode != MatchingMode::Reverse} onchange={on_capacity} />
                </div>
                <div class="field">
                    <label for="board-department">{ ctx.t(Key::BoardSameDepartment) }</label>
                    <select id="board-department" onchange={on_department}>
                        { option("off", Key::BoardRuleOff, strictness == Strictness::Off) }
                        { option("soft", Key::BoardRuleSoft, strictness == Strictness::Soft) }
                        { option("hard", Key::BoardRuleHard, strictness == Strictness::Hard) }
                    </select>
                </div>
                <div class="field">
                    <label for="board-distance">{ ctx.t(Key::BoardMinDistance) }</label>
                    <input id="board-distance" type="number" min="0" max={MAX_MIN_GENERATION_DISTANCE.to_string()}
                        value={s.min_generation_distance.to_string()} onchange={on_distance} />
                </div>
                <NeverPairEditor ctx={ctx.clone()} never_pair={s.never_pair.clone()}
                    directory={props.directory.clone()} on_edit={props.on_edit.clone()} />
            </fieldset>
        </details>
    }
}
