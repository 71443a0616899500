//! The participant's survey form as a view model: the progress line, the generations to
//! choose from (with their birth years), the generation a typed birth year falls in, and
//! every problem worded and tied to the control it concerns (shown once the participant
//! tried to submit).

use crate::document::model::{Lang, Workshop};
use crate::i18n::{birth_years, msg, problem_text, Msg};
use crate::view::people::Choice;
use crate::workflow::survey::{GenerationInput, SurveyState};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyView {
    pub answered: usize,
    pub total: usize,
    /// 0–100, for the progress bar's width.
    pub percent: usize,
    /// "5 / 14 answered".
    pub progress: String,
    pub generations: Vec<Choice>,
    /// "Generation: Gen Z (1997–2012)" under a typed birth year.
    pub birth_year_maps: Option<String>,
    /// Every problem as (control id, sentence), in the form's order; empty until the
    /// participant tried to submit.
    pub problems: Vec<(String, String)>,
    /// The control the first problem concerns (focused after a refused submit).
    pub first_problem: Option<String>,
}

impl SurveyView {
    /// The problem shown beside the control `field`, if any.
    pub fn problem(&self, field: &str) -> Option<&str> {
        self.problems.iter().find(|(f, _)| f == field).map(|(_, text)| text.as_str())
    }
}

pub fn survey(s: &SurveyState, lang: Lang) -> SurveyView {
    let w: &Workshop = &s.workshop;
    let draft = &s.draft;
    let (answered, total) = draft.progress(w);
    let problems = draft.problems(w);
    let generations = w
        .generations
        .iter()
        .map(|g| Choice {
            value: g.id.clone(),
            label: msg(lang, &Msg::GenerationOption { generation: g.label.get(lang), years: &birth_years(lang, g) }),
        })
        .collect();
    let birth_year_maps = draft
        .generation_id(w)
        .filter(|_| draft.generation_input == GenerationInput::BirthYear)
        .and_then(|id| w.generations.iter().find(|g| g.id == id))
        .map(|g| msg(lang, &Msg::BirthYearMaps { generation: g.label.get(lang), years: &birth_years(lang, g) }));
    SurveyView {
        answered,
        total,
        percent: answered * 100 / total.max(1),
        progress: msg(lang, &Msg::SurveyProgress { answered, total }),
        generations,
        birth_year_maps,
        first_problem: problems.first().map(|p| p.field_id()),
        problems: if s.attempted {
            problems.iter().map(|p| (p.field_id(), problem_text(lang, p, w))).collect()
        } else {
            Vec::new()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::template::{workshop_with_preset, GenerationPreset};
    use crate::workflow::survey::DraftEdit;

    #[test]
    fn problems_show_after_a_submit_attempt_beside_their_control() {
        let w = workshop_with_preset(GenerationPreset::Japanese);
        let mut s = SurveyState::new(w.clone(), "p-1".into(), false);
        let view = survey(&s, Lang::Ja);
        assert!(view.problems.is_empty(), "nothing is shown before a submit attempt");
        assert_eq!(view.first_problem.as_deref(), Some("survey-name"));
        assert_eq!((view.answered, view.total, view.percent), (0, 2 + w.skills.len(), 0));
        s.attempted = true;
        let view = survey(&s, Lang::Ja);
        assert_eq!(view.problem("survey-name"), Some("表示名を入力してください。"));
        let first_skill = format!("skill-{}", w.skills[0].id);
        assert_eq!(view.problem(&first_skill), Some(format!("評価を選んでください： {}", w.skills[0].label.ja).as_str()));
    }

    #[test]
    fn a_typed_birth_year_names_its_generation() {
        let w = workshop_with_preset(GenerationPreset::International);
        let mut s = SurveyState::new(w, "p-1".into(), false);
        s.draft.apply(DraftEdit::GenerationInput(GenerationInput::BirthYear));
        s.draft.apply(DraftEdit::BirthYear("１９９８".into()));
        let view = survey(&s, Lang::En);
        assert_eq!(view.birth_year_maps.as_deref(), Some("Generation: Gen Z (1997–2012)"));
        assert_eq!(view.generations[0].label, "Silent Generation (born 1945 or earlier)");
        assert_eq!(view.progress, "1 / 14 answered");
    }
}
