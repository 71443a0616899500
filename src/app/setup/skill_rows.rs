//! The editor's skill list: per skill its id, names in both languages and family, buttons
//! to move it up or down or remove it, and "Add a skill". Keyboard focus follows a moved
//! skill, so that pressing "Move up" again keeps moving the same one.

use super::bilingual_cells::BilingualCells;
use super::{cell_label, dom_id, focus, input_value, row_name, FieldState};
use crate::app::Ctx;
use crate::document::model::{Skill, SkillFamily};
use crate::i18n::{Key, Msg, RowKind};
use crate::workflow::editor::{Direction, Edit, FieldProblem};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SkillRowsProps {
    pub ctx: Ctx,
    pub skills: Vec<Skill>,
    pub problems: Rc<Vec<FieldProblem>>,
    pub on_edit: Callback<Edit>,
}

/// The element to focus after a move: the same button in the skill's new row, or the
/// other arrow when the skill reached an end (a disabled button cannot hold focus).
fn after_move(to: usize, len: usize, direction: Direction) -> String {
    let base = dom_id(&format!("skills[{to}]"));
    match direction {
        Direction::Up if to == 0 => format!("{base}-down"),
        Direction::Down if to + 1 == len => format!("{base}-up"),
        Direction::Up => format!("{base}-up"),
        Direction::Down => format!("{base}-down"),
    }
}

#[function_component(SkillRows)]
pub fn skill_rows(props: &SkillRowsProps) -> Html {
    let ctx = &props.ctx;
    let len = props.skills.len();
    // (a counter, the element to focus after the next render): the counter makes a
    // second request for the same element run the effect again.
    let focus_next = use_state(|| (0u32, None::<String>));
    use_effect_with((*focus_next).clone(), |(_, id)| {
        if let Some(id) = id {
            focus(id);
        }
    });
    let edit_then_focus = {
        let on_edit = props.on_edit.clone();
        let focus_next = focus_next.clone();
        move |edit: Edit, id: String| {
            let on_edit = on_edit.clone();
            let focus_next = focus_next.clone();
            Callback::from(move |_: MouseEvent| {
                on_edit.emit(edit.clone());
                focus_next.set((focus_next.0.wrapping_add(1), Some(id.clone())));
            })
        }
    };

    let rows = props.skills.iter().enumerate().map(|(i, skill)| {
        let row = row_name(ctx, RowKind::Skill, i);
        let base = dom_id(&format!("skills[{i}]"));
        let id_state = FieldState::new(ctx, &props.problems, &format!("skills[{i}].id"));
        let label_state = FieldState::new(ctx, &props.problems, &format!("skills[{i}].label"));
        let (id_input, label_input, family_input) = (format!("{base}-id"), format!("{base}-label"), format!("{base}-family"));
        let on_text = |make: fn(usize, String) -> Edit| {
            let on_edit = props.on_edit.clone();
            Callback::from(move |e: InputEvent| on_edit.emit(make(i, input_value(e))))
        };
        let on_family = {
            let on_edit = props.on_edit.clone();
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                let family = if value == "experience" { SkillFamily::Experience } else { SkillFamily::Digital };
                on_edit.emit(Edit::SkillFamily(i, family));
            })
        };
        let move_up = Direction::Up.target(i, len).map(|to| {
            edit_then_focus(Edit::MoveSkill(i, Direction::Up), after_move(to, len, Direction::Up))
        });
        let move_down = Direction::Down.target(i, len).map(|to| {
            edit_then_focus(Edit::MoveSkill(i, Direction::Down), after_move(to, len, Direction::Down))
        });
        // After a removal, focus the next row's Remove (or the previous one's, or Add).
        let after_remove = match (i + 1 < len, i > 0) {
            (true, _) => format!("{base}-remove"),
            (false, true) => format!("{}-remove", dom_id(&format!("skills[{}]", i - 1))),
            (false, false) => dom_id("skills"),
        };
        let remove = edit_then_focus(Edit::RemoveSkill(i), after_remove);
        let up_label = ctx.msg(&Msg::SetupMoveUp { row: &row });
        let down_label = ctx.msg(&Msg::SetupMoveDown { row: &row });
        let remove_label = ctx.msg(&Msg::SetupRemoveRow { row: &row });
        html! {
            <li class="edit-row skill-row">
                <span class="row-number" aria-hidden="true">{ i + 1 }</span>
                <div class="cell cell-id">
                    { cell_label(ctx, &row, Key::SetupColId, &id_input) }
                    <input id={id_input.clone()} class="mono" value={skill.id.clone()} autocomplete="off"
                        spellcheck="false" oninput={on_text(Edit::SkillId)}
                        aria-invalid={id_state.invalid.clone()} aria-describedby={id_state.described_by.clone()} />
                </div>
                <BilingualCells ctx={ctx.clone()} row={row.clone()} id={label_input} text={skill.label.clone()}
                    invalid={label_state.invalid.clone()} described_by={label_state.described_by.clone()}
                    on_input={props.on_edit.reform(move |(lang, v)| Edit::SkillLabel(i, lang, v))} />
                <div class="cell">
                    { cell_label(ctx, &row, Key::SetupColFamily, &family_input) }
                    <select id={family_input.clone()} onchange={on_family}>
                        <option value="digital" selected={skill.family == SkillFamily::Digital}>{ ctx.t(Key::FamilyDigital) }</option>
                        <option value="experience" selected={skill.family == SkillFamily::Experience}>{ ctx.t(Key::FamilyExperience) }</option>
                    </select>
                </div>
                <div class="cell row-buttons">
                    <button type="button" id={format!("{base}-up")} class="button button-icon" aria-label={up_label.clone()}
                        title={up_label} disabled={move_up.is_none()} onclick={move_up}>{ "↑" }</button>
                    <button type="button" id={format!("{base}-down")} class="button button-icon" aria-label={down_label.clone()}
                        title={down_label} disabled={move_down.is_none()} onclick={move_down}>{ "↓" }</button>
                    <button type="button" id={format!("{base}-remove")} class="button button-remove"
                        aria-label={remove_label} onclick={remove}>{ ctx.t(Key::SetupRemove) }</button>
                </div>
                { id_state.messages() }
                { label_state.messages() }
            </li>
        }
    });

    let list_state = FieldState::new(ctx, &props.problems, "skills");
    let add = edit_then_focus(
        Edit::AddSkill,
        format!("{}-label", dom_id(&format!("skills[{len}]"))),
    );
    html! {
        <section class="edit-section" aria-labelledby="setup-skills-heading">
            <h3 id="setup-skills-heading">{ ctx.t(Key::SkillsHeading) }</h3>
            <p class="hint" id="setup-skills-hint">{ ctx.t(Key::SetupSkillsHint) }</p>
            <div class="edit-row edit-head skill-row" aria-hidden="true">
                <span>{ "#" }</span>
                <span>{ ctx.t(Key::SetupColId) }</span>
                <span>{ ctx.t(Key::SetupColJa) }</span>
                <span>{ ctx.t(Key::SetupColEn) }</span>
                <span>{ ctx.t(Key::SetupColFamily) }</span>
                <span>{ ctx.t(Key::SetupColOrder) }</span>
            </div>
            <ol class="edit-rows">{ for rows }</ol>
            { list_state.messages() }
            <button type="button" id={dom_id("skills")} class="button" onclick={add}
                aria-describedby={list_state.described_by.clone()}>{ "+ " }{ ctx.t(Key::SetupAddSkill) }</button>
        </section>
    }
}
