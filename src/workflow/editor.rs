//! Editing a workshop as pure operations. Each change a facilitator makes in the set-up
//! view is an [`Edit`]; [`apply`] turns one workshop into the next, and [`problems`] lists
//! every problem of the result with the field it belongs to (`skills[2].id`), so that the
//! editor can show each beside its field and refuse to save while any is left.
//!
//! The checks are `validate`'s own ([`validate::workshop_problems`]), not a copy: a draft
//! without problems is exactly a workshop [`validate::workshop`] accepts, which is what
//! `Session` requires to save it.
//!
//! Pure: no browser, no clock. The app's editor renders a draft and emits `Edit`s; the
//! session keeps the draft, so it survives a reload.

use crate::document::model::{Lang, MatchingMode, Skill, SkillFamily, Text, Workshop};
use crate::document::validate::{self, Invalid};
use crate::workflow::programme::{self, ProgrammeEdit};

pub use crate::document::validate::FieldProblem;

/// One change to a workshop draft. Indices count from 0 in the draft's lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Title(Lang, String),
    /// Appends a skill with a fresh id and empty labels (to be filled in).
    AddSkill,
    RemoveSkill(usize),
    MoveSkill(usize, Direction),
    SkillId(usize, String),
    SkillLabel(usize, Lang, String),
    SkillFamily(usize, SkillFamily),
    GenerationLabel(usize, Lang, String),
    /// The first birth year of a generation; `None`: open-ended ("and earlier").
    BornFrom(usize, Option<i32>),
    /// The last birth year of a generation; `None`: open-ended ("and later").
    BornTo(usize, Option<i32>),
    /// The label of the scale point `scale.min + index`.
    ScaleLabel(usize, Lang, String),
    Mode(MatchingMode),
    /// The departments offered in the survey, as typed: one per line (blank lines and
    /// spaces around a name are dropped).
    Departments(String),
    /// Reverse mode: whether the generation at this index mentors.
    MentorGeneration(usize, bool),
    // ---- kickoff (issue 11): the programme after the match ----
    Programme(ProgrammeEdit),
}

/// Reverse mode needs mentors and mentees: a warning (not a problem that blocks saving,
/// since the board then explains who is unmatched and why) when either side is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentorWarning {
    NoMentors,
    NoMentees,
}

/// The mentor-generation warning for `w`, if it is in reverse mode and one side is empty.
pub fn mentor_warning(w: &Workshop) -> Option<MentorWarning> {
    if w.matching.mode != MatchingMode::Reverse {
        return None;
    }
    let mentors = w
        .generations
        .iter()
        .filter(|g| w.matching.mentor_generations.contains(&g.id))
        .count();
    if mentors == 0 {
        Some(MentorWarning::NoMentors)
    } else if mentors == w.generations.len() {
        Some(MentorWarning::NoMentees)
    } else {
        None
    }
}

/// Where a skill moves in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    /// The index an entry at `index` moves to in a list of `len`, if it can move.
    pub fn target(self, index: usize, len: usize) -> Option<usize> {
        match self {
            Direction::Up => index.checked_sub(1).filter(|_| index < len),
            Direction::Down => Some(index + 1).filter(|&to| to < len),
        }
    }
}

/// The workshop after `edit`. An edit naming an index the workshop does not have changes
/// nothing (the view it came from was stale).
pub fn apply(w: &Workshop, edit: Edit) -> Workshop {
    let mut next = w.clone();
    match edit {
        Edit::Title(lang, value) => set_text(&mut next.title, lang, value),
        Edit::AddSkill => return add_skill(w),
        Edit::RemoveSkill(index) => return remove_skill(w, index),
        Edit::MoveSkill(index, direction) => return move_skill(w, index, direction),
        Edit::SkillId(index, value) => {
            if let Some(skill) = next.skills.get_mut(index) {
                skill.id = value;
            }
        }
        Edit::SkillLabel(index, lang, value) => {
            if let Some(skill) = next.skills.get_mut(index) {
                set_text(&mut skill.label, lang, value);
            }
        }
        Edit::SkillFamily(index, family) => {
            if let Some(skill) = next.skills.get_mut(index) {
                skill.family = family;
            }
        }
        Edit::GenerationLabel(index, lang, value) => {
            if let Some(g) = next.generations.get_mut(index) {
                set_text(&mut g.label, lang, value);
            }
        }
        Edit::BornFrom(index, year) => {
            if let Some(g) = next.generations.get_mut(index) {
                g.born_from = year;
            }
        }
        Edit::BornTo(index, year) => {
            if let Some(g) = next.generations.get_mut(index) {
                g.born_to = year;
            }
        }
        Edit::ScaleLabel(index, lang, value) => {
            if let Some(label) = next.scale.labels.get_mut(index) {
                set_text(label, lang, value);
            }
        }
        Edit::Mode(mode) => next.matching.mode = mode,
        Edit::Departments(text) => {
            next.departments = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect();
        }
        Edit::MentorGeneration(index, mentors) => {
            let Some(id) = next.generations.get(index).map(|g| g.id.clone()) else {
                return next;
            };
            let list = &mut next.matching.mentor_generations;
            list.retain(|m| *m != id);
            if mentors {
                list.push(id);
            }
            // In the order of the generations, as the template writes it.
            let position = |id: &String| {
                w.generations
                    .iter()
                    .position(|g| &g.id == id)
                    .unwrap_or(usize::MAX)
            };
            list.sort_by_key(position);
        }
        Edit::Programme(edit) => programme::apply(&mut next.programme, edit),
    }
    next
}

fn set_text(text: &mut Text, lang: Lang, value: String) {
    match lang {
        Lang::Ja => text.ja = value,
        Lang::En => text.en = value,
    }
}

/// A skill id the workshop does not use yet: `skill_13` for the 13th skill (or the next
/// free number).
pub fn new_skill_id(w: &Workshop) -> String {
    (w.skills.len() + 1..)
        .map(|n| format!("skill_{n}"))
        .find(|id| w.skill(id).is_none())
        .unwrap_or_default()
}

/// The workshop with one more skill at the end: a fresh id, empty labels (reported as a
/// problem until filled in) and the family of the last skill.
pub fn add_skill(w: &Workshop) -> Workshop {
    let mut next = w.clone();
    let family = w.skills.last().map_or(SkillFamily::Digital, |s| s.family);
    next.skills.push(Skill {
        id: new_skill_id(w),
        label: Text::default(),
        family,
    });
    next
}

/// The workshop without the skill at `index`.
pub fn remove_skill(w: &Workshop, index: usize) -> Workshop {
    let mut next = w.clone();
    if index < next.skills.len() {
        next.skills.remove(index);
    }
    next
}

/// The workshop with the skill at `index` one place up or down; unchanged at either end.
pub fn move_skill(w: &Workshop, index: usize, direction: Direction) -> Workshop {
    let mut next = w.clone();
    if let Some(to) = direction.target(index, w.skills.len()) {
        next.skills.swap(index, to);
    }
    next
}

/// Every problem of the draft, each with its field, in the order `validate` checks them
/// (see [`validate::workshop_problems`]).
pub fn problems(w: &Workshop) -> Vec<FieldProblem> {
    validate::workshop_problems(w)
}

/// The problems of one field (`skills[2].id`).
pub fn problems_at<'a>(
    problems: &'a [FieldProblem],
    field: &'a str,
) -> impl Iterator<Item = &'a Invalid> + 'a {
    problems
        .iter()
        .filter(move |p| p.field == field)
        .map(|p| &p.invalid)
}

/// The problems to sum up for the facilitator: each distinct problem once (a duplicate id
/// is one problem, though shown beside both fields), at the field of its last occurrence,
/// usually the one just edited. In the order of [`problems`].
pub fn distinct(problems: &[FieldProblem]) -> Vec<FieldProblem> {
    let mut out: Vec<FieldProblem> = Vec::with_capacity(problems.len());
    for p in problems {
        match out.iter_mut().find(|seen| seen.invalid == p.invalid) {
            Some(seen) => seen.field.clone_from(&p.field),
            None => out.push(p.clone()),
        }
    }
    out
}

/// The fields the editor has a control for, with `[]` for any index. Problems of other
/// fields (an imported workshop's departments, say) are listed apart.
const EDITABLE_FIELDS: [&str; 9] = [
    "title",
    "scale",
    "scale.labels[]",
    "skills",
    "skills[].id",
    "skills[].label",
    "generations[].label",
    "generations[].years",
    "departments[]",
];

/// The field whose control shows a problem of `field`: the departments are one text
/// area, one line each, so `departments[3]` is shown (and focused) at `departments`.
pub fn control_field(field: &str) -> &str {
    if field.starts_with("departments[") {
        "departments"
    } else {
        field
    }
}

/// Whether the editor shows a problem of `field` beside a control.
pub fn shown_inline(field: &str) -> bool {
    let mut shape = String::with_capacity(field.len());
    let mut in_index = false;
    for c in field.chars() {
        match c {
            '[' => {
                in_index = true;
                shape.push('[');
            }
            ']' => {
                in_index = false;
                shape.push(']');
            }
            c if in_index && c.is_ascii_digit() => {}
            c => shape.push(c),
        }
    }
    EDITABLE_FIELDS.contains(&shape.as_str()) || shape.starts_with("programme.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::template::{workshop_with_preset, GenerationPreset};
    use crate::document::validate::IdKind;

    fn template() -> Workshop {
        workshop_with_preset(GenerationPreset::International)
    }

    fn fields(w: &Workshop) -> Vec<String> {
        problems(w).into_iter().map(|p| p.field).collect()
    }

    #[test]
    fn the_template_has_no_problems() {
        for preset in [GenerationPreset::International, GenerationPreset::Japanese] {
            assert_eq!(problems(&workshop_with_preset(preset)), []);
        }
    }

    #[test]
    fn a_duplicate_skill_id_is_reported_at_both_skills() {
        let w = apply(&template(), Edit::SkillId(2, "ai_tools".into()));
        let dup = Invalid::DuplicateId {
            what: IdKind::Skill,
            id: "ai_tools".into(),
        };
        assert_eq!(
            problems(&w),
            [
                FieldProblem {
                    field: "skills[0].id".into(),
                    invalid: dup.clone()
                },
                FieldProblem {
                    field: "skills[2].id".into(),
                    invalid: dup
                },
            ]
        );
        assert_eq!(problems_at(&problems(&w), "skills[2].id").count(), 1);
    }

    #[test]
    fn a_duplicate_is_one_problem_in_the_summary_at_its_later_field() {
        let w = apply(
            &apply(&template(), Edit::SkillId(2, "ai_tools".into())),
            Edit::Title(Lang::En, String::new()),
        );
        let w = apply(&w, Edit::Title(Lang::Ja, String::new()));
        let summary: Vec<String> = distinct(&problems(&w))
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(summary, ["title", "skills[2].id"]);
    }

    #[test]
    fn every_problem_is_collected_not_only_the_first() {
        let mut w = template();
        w = apply(&w, Edit::SkillId(1, "has space".into()));
        w = apply(&w, Edit::SkillId(4, "ai_tools".into()));
        w = apply(&w, Edit::SkillLabel(6, Lang::Ja, String::new()));
        w = apply(&w, Edit::SkillLabel(6, Lang::En, " ".into()));
        w = apply(&w, Edit::BornTo(1, Some(1970))); // boomers now overlap gen_x (1965–1980)
        w = apply(&w, Edit::BornFrom(3, Some(1999))); // millennials 1999–1996: backwards
        w = apply(&w, Edit::ScaleLabel(0, Lang::Ja, String::new()));
        w = apply(&w, Edit::ScaleLabel(0, Lang::En, String::new()));
        w = apply(&w, Edit::Title(Lang::Ja, String::new()));
        w = apply(&w, Edit::Title(Lang::En, String::new()));
        assert_eq!(
            fields(&w),
            [
                "title",
                "scale.labels[0]",
                "skills[1].id",
                "skills[6].label",
                "skills[0].id",
                "skills[4].id",
                "generations[3].years",
                "generations[1].years",
                "generations[2].years",
            ]
        );
        let overlap = Invalid::OverlappingGenerations {
            first: "boomers".into(),
            second: "gen_x".into(),
        };
        assert_eq!(
            problems_at(&problems(&w), "generations[2].years").collect::<Vec<_>>(),
            [&overlap]
        );
    }

    #[test]
    fn validate_workshop_reports_the_first_problem() {
        let mut w = template();
        assert_eq!(validate::workshop(&w), Ok(()));
        for edit in [
            Edit::BornFrom(2, Some(1950)),
            Edit::SkillId(3, "x y".into()),
            Edit::SkillId(5, "ai_tools".into()),
            Edit::Title(Lang::Ja, String::new()),
            Edit::Title(Lang::En, String::new()),
        ] {
            w = apply(&w, edit);
            assert_eq!(
                validate::workshop(&w).err(),
                problems(&w).first().map(|p| p.invalid.clone())
            );
        }
    }

    #[test]
    fn open_ended_years_are_allowed_and_can_overlap() {
        let w = apply(&template(), Edit::BornFrom(1, None)); // boomers: until 1964, no start
        assert_eq!(w.generations[1].born_from, None);
        // Now silent (until 1945) and boomers (until 1964) share every year before 1946.
        assert_eq!(fields(&w), ["generations[0].years", "generations[1].years"]);
        let w = apply(&apply(&w, Edit::BornTo(0, None)), Edit::BornFrom(0, None));
        assert!(fields(&w).iter().all(|f| f.ends_with(".years")));
    }

    #[test]
    fn an_added_skill_has_a_fresh_id_and_asks_for_its_labels() {
        let w = apply(&template(), Edit::AddSkill);
        assert_eq!(w.skills.len(), 13);
        assert_eq!(w.skills[12].id, "skill_13");
        assert_eq!(w.skills[12].family, SkillFamily::Experience);
        assert_eq!(fields(&w), ["skills[12].label"]);
        let w = apply(&w, Edit::SkillLabel(12, Lang::En, "Storytelling".into()));
        assert_eq!(problems(&w), []);
        // A second added skill does not reuse the id, even after a removal.
        let w = apply(&apply(&w, Edit::RemoveSkill(0)), Edit::AddSkill);
        assert_eq!(w.skills[12].id, "skill_14");
    }

    #[test]
    fn skills_move_up_and_down_but_not_past_either_end() {
        let w = template();
        let up = move_skill(&w, 2, Direction::Up);
        assert_eq!(
            (up.skills[1].id.as_str(), up.skills[2].id.as_str()),
            ("social_media", "smartphone_apps")
        );
        let down = move_skill(&w, 2, Direction::Down);
        assert_eq!(down.skills[3].id, "social_media");
        assert_eq!(move_skill(&w, 0, Direction::Up), w);
        assert_eq!(move_skill(&w, 11, Direction::Down), w);
        assert_eq!(move_skill(&w, 99, Direction::Up), w);
        assert_eq!(Direction::Up.target(0, 3), None);
        assert_eq!(Direction::Down.target(1, 3), Some(2));
    }

    #[test]
    fn removing_every_skill_is_a_problem_not_a_panic() {
        let mut w = template();
        for _ in 0..12 {
            w = remove_skill(&w, 0);
        }
        assert_eq!(remove_skill(&w, 0), w);
        assert_eq!(fields(&w), ["skills"]);
    }

    #[test]
    fn stale_indices_change_nothing() {
        let w = template();
        for edit in [
            Edit::SkillId(40, "x".into()),
            Edit::SkillLabel(40, Lang::En, "x".into()),
            Edit::SkillFamily(40, SkillFamily::Digital),
            Edit::GenerationLabel(9, Lang::Ja, "x".into()),
            Edit::BornFrom(9, None),
            Edit::BornTo(9, None),
            Edit::ScaleLabel(9, Lang::En, "x".into()),
            Edit::RemoveSkill(40),
        ] {
            assert_eq!(apply(&w, edit.clone()), w, "{edit:?}");
        }
    }

    #[test]
    fn the_mode_and_labels_change() {
        let w = apply(&template(), Edit::Mode(MatchingMode::Mutual));
        assert_eq!(w.matching.mode, MatchingMode::Mutual);
        let w = apply(&w, Edit::GenerationLabel(0, Lang::En, "Silent".into()));
        assert_eq!(
            w.generations[0].label,
            Text::new("サイレント世代", "Silent")
        );
        let w = apply(&w, Edit::SkillFamily(0, SkillFamily::Experience));
        assert_eq!(w.skills[0].family, SkillFamily::Experience);
    }

    #[test]
    fn many_overlapping_generations_report_a_bounded_list() {
        let mut w = template();
        let open = w.generations[0].clone();
        w.generations = (0..1000)
            .map(|i| crate::document::model::Generation {
                id: format!("g{i}"),
                ..open.clone()
            })
            .collect();
        assert_eq!(problems(&w).len(), validate::MAX_REPORTED_PROBLEMS);
    }

    #[test]
    fn the_editor_shows_problems_of_its_own_fields_inline() {
        for field in [
            "title",
            "skills",
            "skills[3].id",
            "skills[12].label",
            "generations[0].years",
            "scale.labels[4]",
        ] {
            assert!(shown_inline(field), "{field}");
        }
        for field in [
            "id",
            "format",
            "generations[1].id",
            "matching.mentor_generations[0]",
        ] {
            assert!(!shown_inline(field), "{field}");
        }
        assert!(shown_inline("departments[2]"));
        assert_eq!(
            (
                control_field("departments[2]"),
                control_field("skills[2].id")
            ),
            ("departments", "skills[2].id")
        );
    }

    #[test]
    fn departments_are_typed_one_per_line() {
        let w = apply(
            &template(),
            Edit::Departments(" 営業部 \n\n開発部\r\n人事部\n".into()),
        );
        assert_eq!(w.departments, ["営業部", "開発部", "人事部"]);
        let twice = apply(&w, Edit::Departments("営業部\n営業部".into()));
        let problems = distinct(&problems(&twice));
        assert_eq!(problems.len(), 1, "one problem, though at both lines");
        assert_eq!(control_field(&problems[0].field), "departments");
        assert_eq!(
            problems[0].invalid.to_string(),
            "the department '営業部' is listed twice; list each once"
        );
        assert!(apply(&w, Edit::Departments(String::new()))
            .departments
            .is_empty());
    }

    #[test]
    fn mentor_generations_follow_the_checkboxes_in_generation_order() {
        let w = template();
        assert_eq!(w.matching.mode, MatchingMode::Reverse);
        assert_eq!(mentor_warning(&w), None);
        let ids: Vec<String> = w.generations.iter().map(|g| g.id.clone()).collect();
        let none = (0..ids.len()).fold(w.clone(), |w, i| {
            apply(&w, Edit::MentorGeneration(i, false))
        });
        assert_eq!(none.matching.mentor_generations, Vec::<String>::new());
        assert_eq!(mentor_warning(&none), Some(MentorWarning::NoMentors));
        let w = apply(
            &apply(&none, Edit::MentorGeneration(3, true)),
            Edit::MentorGeneration(1, true),
        );
        assert_eq!(
            w.matching.mentor_generations,
            [ids[1].clone(), ids[3].clone()]
        );
        let w = apply(&w, Edit::MentorGeneration(3, true));
        assert_eq!(
            w.matching.mentor_generations,
            [ids[1].clone(), ids[3].clone()],
            "checking twice changes nothing"
        );
        let all = (0..ids.len()).fold(w, |w, i| apply(&w, Edit::MentorGeneration(i, true)));
        assert_eq!(mentor_warning(&all), Some(MentorWarning::NoMentees));
        assert_eq!(
            mentor_warning(&apply(&all, Edit::Mode(MatchingMode::Mutual))),
            None,
            "mutual mode has no mentors"
        );
        assert!(problems(&all).is_empty(), "a warning, not a problem");
    }

    /// Native only: proptest is a native dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn lang() -> impl Strategy<Value = Lang> {
            prop_oneof![Just(Lang::Ja), Just(Lang::En)]
        }

        fn text() -> impl Strategy<Value = String> {
            prop_oneof![
                Just(String::new()),
                Just("ai_tools".to_owned()),
                Just("a b".to_owned()),
                "[a-z_]{1,8}"
            ]
        }

        fn year() -> impl Strategy<Value = Option<i32>> {
            prop_oneof![Just(None), (1930..2015i32).prop_map(Some)]
        }

        fn edit() -> impl Strategy<Value = Edit> {
            let i = 0..14usize;
            prop_oneof![
                (lang(), text()).prop_map(|(l, t)| Edit::Title(l, t)),
                Just(Edit::AddSkill),
                i.clone().prop_map(Edit::RemoveSkill),
                (
                    i.clone(),
                    prop_oneof![Just(Direction::Up), Just(Direction::Down)]
                )
                    .prop_map(|(i, d)| Edit::MoveSkill(i, d)),
                (i.clone(), text()).prop_map(|(i, t)| Edit::SkillId(i, t)),
                (i.clone(), lang(), text()).prop_map(|(i, l, t)| Edit::SkillLabel(i, l, t)),
                (0..6usize, lang(), text()).prop_map(|(i, l, t)| Edit::GenerationLabel(i, l, t)),
                (0..6usize, year()).prop_map(|(i, y)| Edit::BornFrom(i, y)),
                (0..6usize, year()).prop_map(|(i, y)| Edit::BornTo(i, y)),
                (0..5usize, lang(), text()).prop_map(|(i, l, t)| Edit::ScaleLabel(i, l, t)),
                proptest::collection::vec(text(), 0..4)
                    .prop_map(|lines| Edit::Departments(lines.join("\n"))),
                (0..6usize, any::<bool>()).prop_map(|(i, m)| Edit::MentorGeneration(i, m)),
            ]
        }

        proptest! {
            /// Whatever the facilitator does, the editor's list agrees with the validator
            /// the session saves by: no problems exactly when valid, and the same first one.
            #[test]
            fn problems_agree_with_validate(edits in proptest::collection::vec(edit(), 0..12)) {
                let w = edits.into_iter().fold(template(), |w, e| apply(&w, e));
                let problems = problems(&w);
                prop_assert_eq!(validate::workshop(&w).err(), problems.first().map(|p| p.invalid.clone()));
                for p in &problems {
                    prop_assert!(shown_inline(&p.field), "{:?}", p);
                }
            }
        }
    }
}
