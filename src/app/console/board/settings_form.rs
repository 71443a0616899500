//! The settings of the next run, with labels: mode, objective, mentor capacity, the
//! same-department rule, the minimum generation distance and the never-pair list. Every
//! change is emitted as the whole new settings.

use super::directory::Directory;
use super::never_pair_editor::NeverPairEditor;
use crate::app::Ctx;
use crate::i18n::Key;
use crate::document::model::{MatchingMode, MatchingSettings, Objective, Strictness};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsFormProps {
    pub ctx: Ctx,
    pub settings: MatchingSettings,
    pub directory: Directory,
    pub disabled: bool,
    pub on_change: Callback<MatchingSettings>,
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()
}

fn number_value(e: &Event) -> Option<u32> {
    e.target_unchecked_into::<web_sys::HtmlInputElement>().value().trim().parse().ok()
}

#[function_component(SettingsForm)]
pub fn settings_form(props: &SettingsFormProps) -> Html {
    let ctx = &props.ctx;
    let s = &props.settings;
    // A callback that applies `edit` to a copy of the settings.
    let change = |edit: fn(&mut MatchingSettings, &Event)| {
        let (settings, on_change) = (s.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let mut next = settings.clone();
            edit(&mut next, &e);
            on_change.emit(next);
        })
    };
    let on_mode = change(|s, e| {
        s.mode = if select_value(e) == "reverse" { MatchingMode::Reverse } else { MatchingMode::Mutual };
    });
    let on_objective = change(|s, e| {
        s.objective = if select_value(e) == "fairest" { Objective::Fairest } else { Objective::MostPairs };
    });
    let on_capacity = change(|s, e| {
        if let Some(v) = number_value(e).filter(|v| *v >= 1) {
            s.mentor_capacity = v.min(50);
        }
    });
    let on_department = change(|s, e| {
        s.same_department.strictness = match select_value(e).as_str() {
            "hard" => Strictness::Hard,
            "soft" => Strictness::Soft,
            _ => Strictness::Off,
        };
    });
    let on_distance = change(|s, e| {
        if let Some(v) = number_value(e) {
            s.min_generation_distance = v.min(10);
        }
    });
    let on_never = {
        let (settings, on_change) = (s.clone(), props.on_change.clone());
        Callback::from(move |never_pair: Vec<[String; 2]>| {
            on_change.emit(MatchingSettings { never_pair, ..settings.clone() });
        })
    };
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
                        { option("mutual", Key::ModeMutual, s.mode == MatchingMode::Mutual) }
                        { option("reverse", Key::ModeReverse, s.mode == MatchingMode::Reverse) }
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
                    <input id="board-capacity" type="number" min="1" max="50" value={s.mentor_capacity.to_string()}
                        disabled={s.mode != MatchingMode::Reverse} onchange={on_capacity} />
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
                    <input id="board-distance" type="number" min="0" max="10"
                        value={s.min_generation_distance.to_string()} onchange={on_distance} />
                </div>
                <NeverPairEditor ctx={ctx.clone()} never_pair={s.never_pair.clone()}
                    directory={props.directory.clone()} on_change={on_never} />
            </fieldset>
        </details>
    }
}
