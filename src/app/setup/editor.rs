//! The workshop editor: works on the session's draft, one [`Edit`] at a time. Every edit
//! is dispatched as `EditWorkshop(edit)` and applied to the current draft by the reducer,
//! so the draft is saved as the facilitator types and survives a reload; Save makes it
//! the current workshop.
//!
//! The core lists the draft's problems ([`crate::workflow::editor::problems`]); they are shown
//! beside their fields, summed up at the top with a way to reach each field, and Save is
//! disabled while any is left.

use super::departments_field::DepartmentsField;
use super::generation_rows::GenerationRows;
use super::mentor_generations::MentorGenerations;
use super::programme_fields::ProgrammeFields;
use super::save_bar::SaveBar;
use super::scale_rows::ScaleRows;
use super::skill_rows::SkillRows;
use super::{dom_id, focus, input_value, FieldState};
use crate::app::Ctx;
use crate::document::model::{Lang, MatchingMode, Workshop};
use crate::i18n::{invalid_message, Key};
use crate::workflow::editor::{self, shown_inline, Edit, FieldProblem};
use crate::workflow::session::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkshopEditorProps {
    pub ctx: Ctx,
    pub draft: Workshop,
    /// Collected answers the draft no longer fits (archived on save).
    pub n_not_fitting: usize,
}

#[function_component(WorkshopEditor)]
pub fn workshop_editor(props: &WorkshopEditorProps) -> Html {
    let ctx = &props.ctx;
    let draft = &props.draft;
    let problems: Rc<Vec<FieldProblem>> = use_memo(draft.clone(), editor::problems);

    // Each edit is applied by the reducer to the draft as it is then, not to the one
    // this render saw: two quick inputs in one frame both survive.
    let on_edit = {
        let ctx = ctx.clone();
        Callback::from(move |edit: Edit| ctx.dispatch(Action::EditWorkshop(edit)))
    };
    let on_title = |lang: Lang| {
        let on_edit = on_edit.clone();
        Callback::from(move |e: InputEvent| on_edit.emit(Edit::Title(lang, input_value(e))))
    };
    let on_mode = |mode: MatchingMode| {
        let on_edit = on_edit.clone();
        Callback::from(move |_: Event| on_edit.emit(Edit::Mode(mode)))
    };
    let title_state = FieldState::new(ctx, &problems, "title");
    let mode_option = |mode: MatchingMode, key: Key| {
        let id = format!(
            "setup-mode-{}",
            if mode == MatchingMode::Mutual {
                "mutual"
            } else {
                "reverse"
            }
        );
        html! {
            <label class="choice" for={id.clone()}>
                <input type="radio" id={id} name="setup-mode" checked={draft.matching.mode == mode} onchange={on_mode(mode)} />
                { ctx.t(key) }
            </label>
        }
    };

    // The summary lists every problem; one of a field with a control is a button that
    // takes the keyboard there.
    let distinct = editor::distinct(&problems);
    let summary = distinct.iter().map(|p| {
        let text = invalid_message(ctx.lang(), &p.invalid);
        if shown_inline(&p.field) {
            let id = dom_id(editor::control_field(&p.field));
            let onclick = Callback::from(move |_: MouseEvent| focus(&id));
            html! { <li><button type="button" class="link-button" {onclick}>{ text }</button></li> }
        } else {
            html! { <li>{ text }</li> }
        }
    });

    html! {
        <section class="card editor" aria-labelledby="setup-editor-title">
            <h2 id="setup-editor-title" tabindex="-1">{ ctx.t(Key::SetupEditorTitle) }</h2>
            <p class="muted">{ ctx.t(Key::SetupEditorIntro) }</p>
            if !problems.is_empty() {
                <div class="error-summary" id="setup-problem-summary">
                    <p><strong>{ ctx.t(Key::SetupProblemSummary) }</strong></p>
                    <ul>{ for summary }</ul>
                </div>
            }

            <section class="edit-section" aria-labelledby="setup-title-heading">
                <h3 id="setup-title-heading">{ ctx.t(Key::SetupTitleHeading) }</h3>
                <div class="two-fields">
                    <div class="field field-wide">
                        <label for={dom_id("title")}>{ ctx.t(Key::SetupTitleJa) }</label>
                        <input id={dom_id("title")} lang="ja" value={draft.title.ja.clone()} autocomplete="off"
                            oninput={on_title(Lang::Ja)}
                            aria-invalid={title_state.invalid.clone()} aria-describedby={title_state.described_by.clone()} />
                    </div>
                    <div class="field field-wide">
                        <label for="setup-title-en">{ ctx.t(Key::SetupTitleEn) }</label>
                        <input id="setup-title-en" lang="en" value={draft.title.en.clone()} autocomplete="off"
                            oninput={on_title(Lang::En)}
                            aria-invalid={title_state.invalid.clone()} aria-describedby={title_state.described_by.clone()} />
                    </div>
                </div>
                { title_state.messages() }
            </section>

            <SkillRows ctx={ctx.clone()} skills={draft.skills.clone()} problems={problems.clone()} on_edit={on_edit.clone()} />
            <GenerationRows ctx={ctx.clone()} generations={draft.generations.clone()} problems={problems.clone()}
                on_edit={on_edit.clone()} />
            <ScaleRows ctx={ctx.clone()} scale={draft.scale.clone()} problems={problems.clone()} on_edit={on_edit.clone()} />
            <DepartmentsField ctx={ctx.clone()} departments={draft.departments.clone()} problems={problems.clone()}
                on_edit={on_edit.clone()} />

            <section class="edit-section">
                <fieldset class="field field-wide">
                    <legend class="legend-heading">{ ctx.t(Key::ModeHeading) }</legend>
                    <div class="choice-column">
                        { mode_option(MatchingMode::Mutual, Key::ModeMutual) }
                        { mode_option(MatchingMode::Reverse, Key::ModeReverse) }
                    </div>
                </fieldset>
            </section>
            if draft.matching.mode == MatchingMode::Reverse {
                <MentorGenerations ctx={ctx.clone()} generations={draft.generations.clone()}
                    mentor_generations={draft.matching.mentor_generations.clone()}
                    warning={editor::mentor_warning(draft)} on_edit={on_edit.clone()} />
            }

            <ProgrammeFields ctx={ctx.clone()} programme={draft.programme.clone()} problems={problems.clone()}
                on_edit={on_edit.clone()} />

            <SaveBar ctx={ctx.clone()} n_problems={distinct.len()} n_not_fitting={props.n_not_fitting}
                on_save={ctx.on(Action::SaveWorkshopDraft)} on_discard={ctx.on(Action::SetWorkshopDraft(None))} />
        </section>
    }
}
