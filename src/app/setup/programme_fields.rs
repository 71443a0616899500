//! The editor's "Programme after the match" section (issue 11): how many meetings, how
//! often, how long, the first date, the start time, the place and the time zone, each
//! with its problems beside it. Every field is taken as it is typed (`input`), so the
//! draft always holds what the field shows: a render while typing in another field never
//! puts an old value back. A number field that holds no number shows empty (the draft
//! keeps 0, which is out of every range and reported). The browser's own time zone is
//! offered when it is not the programme's.

use super::{dom_id, FieldState};
use crate::app::Ctx;
use crate::document::model::Programme;
use crate::document::programme as plan;
use crate::i18n::{Key, Msg};
use crate::workflow::editor::{Edit, FieldProblem};
use crate::workflow::programme::{number, ProgrammeEdit};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgrammeFieldsProps {
    pub ctx: Ctx,
    pub programme: Programme,
    pub problems: Rc<Vec<FieldProblem>>,
    pub on_edit: Callback<Edit>,
}

/// What a field's control emits, from the text it holds.
type MakeEdit = fn(String) -> ProgrammeEdit;

#[function_component(ProgrammeFields)]
pub fn programme_fields(props: &ProgrammeFieldsProps) -> Html {
    let ctx = &props.ctx;
    let p = &props.programme;
    let edit = |make: MakeEdit| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            on_edit.emit(Edit::Programme(make(crate::app::dom::input_value(e))))
        })
    };
    // One labelled control with its hint and problems. `kind` is the input type; `range`
    // bounds a number field.
    let field = |name: &str,
                 label: Key,
                 hint: Option<Key>,
                 kind: &'static str,
                 value: String,
                 range: Option<(u32, u32)>,
                 make: MakeEdit| {
        let path = format!("programme.{name}");
        let state = FieldState::new(ctx, &props.problems, &path);
        let id = dom_id(&path);
        let hint_id = format!("{id}-hint");
        let described_by = match (hint.is_some(), &state.described_by) {
            (true, Some(problem)) => Some(format!("{hint_id} {problem}")),
            (true, None) => Some(hint_id.clone()),
            (false, problem) => problem.as_ref().map(|p| p.to_string()),
        };
        let (min, max) = range.map_or((None, None), |(a, b)| {
            (Some(a.to_string()), Some(b.to_string()))
        });
        html! {
            <div class="field programme-field">
                <label for={id.clone()}>{ ctx.t(label) }</label>
                if let Some(hint) = hint { <p class="hint" id={hint_id}>{ ctx.t(hint) }</p> }
                <input {id} type={kind} {value} {min} {max} autocomplete="off" oninput={edit(make)}
                    aria-invalid={state.invalid.clone()} aria-describedby={described_by} />
                { state.messages() }
            </div>
        }
    };
    let range = |r: std::ops::RangeInclusive<u32>| Some((*r.start(), *r.end()));
    let shown = |n: u32| if n == 0 { String::new() } else { n.to_string() };
    let browser_zone = ctx.zone.name.clone();
    let use_browser_zone = (!browser_zone.is_empty() && browser_zone != p.time_zone).then(|| {
        let on_edit = props.on_edit.clone();
        let zone = browser_zone.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            on_edit.emit(Edit::Programme(ProgrammeEdit::TimeZone(zone.clone())))
        });
        html! {
            <button type="button" class="button" id="setup-programme-browser-zone" {onclick}>
                { ctx.msg(&Msg::SetupUseBrowserZone { zone: &browser_zone }) }
            </button>
        }
    });
    html! {
        <section class="edit-section programme-section" aria-labelledby="setup-programme-heading">
            <h3 id="setup-programme-heading">{ ctx.t(Key::SetupProgrammeHeading) }</h3>
            <p class="hint">{ ctx.t(Key::SetupProgrammeHint) }</p>
            <div class="programme-grid">
                { field("meetings", Key::SetupMeetings, None, "number", shown(p.meetings), range(plan::MEETINGS),
                    |v| ProgrammeEdit::Meetings(number(&v))) }
                { field("interval_weeks", Key::SetupIntervalWeeks, None, "number", shown(p.interval_weeks),
                    range(plan::INTERVAL_WEEKS), |v| ProgrammeEdit::IntervalWeeks(number(&v))) }
                { field("minutes", Key::SetupMinutes, None, "number", shown(p.minutes), range(plan::MINUTES),
                    |v| ProgrammeEdit::Minutes(number(&v))) }
                { field("starts_on", Key::SetupStartsOn, None, "date", p.starts_on.clone().unwrap_or_default(), None,
                    ProgrammeEdit::StartsOn) }
                { field("time", Key::SetupMeetingTime, None, "time", p.time.clone(), None, ProgrammeEdit::Time) }
            </div>
            { field("place", Key::SetupPlace, Some(Key::SetupPlaceHint), "text", p.place.clone(), None, ProgrammeEdit::Place) }
            { field("time_zone", Key::SetupTimeZone, Some(Key::SetupTimeZoneHint), "text", p.time_zone.clone(), None,
                ProgrammeEdit::TimeZone) }
            { for use_browser_zone }
        </section>
    }
}
