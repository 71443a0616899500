//! The parts of the set-up view: the workshop editor, one component per section
//! ([`editor`] with its skill, generation and scale rows and its save bar), the current
//! workshop's card, and the share panel with its QR code.
//!
//! The editor works on the session's `workshop_draft` and emits [`crate::workflow::editor::Edit`]s;
//! the core applies them and lists the problems, which are shown beside their fields.
//! This module only holds the small rendering helpers the parts share.

mod bilingual_cells;
mod departments_field;
pub mod editor;
mod generation_rows;
mod mentor_generations;
mod programme_fields;
mod qr_panel;
mod save_bar;
mod scale_rows;
pub mod share_panel;
mod skill_rows;
mod survey_file_way;
pub mod workshop_card;

use super::Ctx;
use crate::i18n::{invalid_inline, Key, Msg, RowKind};
use crate::workflow::editor::{problems_at, FieldProblem};
use yew::prelude::*;

/// A row's name with its number: "Skill 3", "スキル 3".
fn row_name(ctx: &Ctx, kind: RowKind, index: usize) -> String {
    ctx.msg(&Msg::SetupRow { kind, n: index + 1 })
}

/// The element id of a draft field: `skills[2].id` → `setup-skills-2-id`. Its inline
/// problem is `<id>-problem`; a second control of one field adds a suffix (`-en`, `-to`).
fn dom_id(field: &str) -> String {
    let mut id = String::from("setup-");
    for c in field.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            id.push(c);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_owned()
}

use crate::app::dom::{focus, input_value};

/// What a control needs to show the problems of its field: `aria-invalid`,
/// `aria-describedby` and the messages, rendered beside it with [`FieldState::messages`].
struct FieldState {
    invalid: Option<AttrValue>,
    described_by: Option<AttrValue>,
    problem_id: String,
    texts: Vec<String>,
}

impl FieldState {
    fn new(ctx: &Ctx, problems: &[FieldProblem], field: &str) -> FieldState {
        let texts: Vec<String> = problems_at(problems, field)
            .map(|p| invalid_inline(ctx.lang(), p))
            .collect();
        let problem_id = format!("{}-problem", dom_id(field));
        FieldState {
            invalid: (!texts.is_empty()).then(|| AttrValue::from("true")),
            described_by: (!texts.is_empty()).then(|| AttrValue::from(problem_id.clone())),
            problem_id,
            texts,
        }
    }

    /// The inline messages (nothing when the field is fine).
    fn messages(&self) -> Html {
        if self.texts.is_empty() {
            return html! {};
        }
        html! {
            <div class="field-problems" id={self.problem_id.clone()}>
                { for self.texts.iter().map(|t| html! { <p class="field-error">{ t }</p> }) }
            </div>
        }
    }
}

/// The label of one cell of an editor row: "Skill 3: Name (Japanese)" to screen readers;
/// on narrow screens the column name shows above the control, on wide ones the visible
/// column header row stands in for it.
fn cell_label(ctx: &Ctx, row: &str, column: Key, for_id: &str) -> Html {
    let full = ctx.msg(&Msg::SetupFieldOf {
        row,
        column: ctx.t(column),
    });
    html! {
        <label class="cell-label" for={for_id.to_owned()}>
            <span class="visually-hidden">{ full }</span><span aria-hidden="true">{ ctx.t(column) }</span>
        </label>
    }
}
