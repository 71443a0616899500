//! The participant's survey form as a view model: the progress line, the generations to
//! choose from (with their birth years), the generation a typed birth year falls in, and
//! every problem worded and tied to the control it concerns (shown once the participant
//! tried to submit); and the page after it ([`hand_back`]): the step that remains, and
//! the answer file under the one name the page shows and the download offers.

use crate::document::model::{Lang, Workshop};
use crate::i18n::{birth_years, msg, problem_text, t, Key, Msg};
use crate::transport::codes;
use crate::view::files::{self, FileName};
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
        self.problems
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, text)| text.as_str())
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
            label: msg(
                lang,
                &Msg::GenerationOption {
                    generation: g.label.get(lang),
                    years: &birth_years(lang, g),
                },
            ),
        })
        .collect();
    let birth_year_maps = draft
        .generation_id(w)
        .filter(|_| draft.generation_input == GenerationInput::BirthYear)
        .and_then(|id| w.generations.iter().find(|g| g.id == id))
        .map(|g| {
            msg(
                lang,
                &Msg::BirthYearMaps {
                    generation: g.label.get(lang),
                    years: &birth_years(lang, g),
                },
            )
        });
    SurveyView {
        answered,
        total,
        percent: answered * 100 / total.max(1),
        progress: msg(lang, &Msg::SurveyProgress { answered, total }),
        generations,
        birth_year_maps,
        first_problem: problems.first().map(|p| p.field_id()),
        problems: if s.attempted {
            problems
                .iter()
                .map(|p| (p.field_id(), problem_text(lang, p, w)))
                .collect()
        } else {
            Vec::new()
        },
    }
}

/// The page after the answers are complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandBackView {
    /// The page's heading, focused when it opens: "One more step: hand your answers to the
    /// facilitator"; on a shared laptop, where nothing remains to do, the thanks.
    pub heading: String,
    /// Above the heading, that the answers are complete (not on a shared laptop).
    pub done: Option<String>,
    /// The answer file, named as the page says it.
    pub file: FileName,
    /// "Save response-Ann Lee.json and send it to your facilitator …".
    pub file_body: String,
    /// The button: "Save response-Ann Lee.json".
    pub save: String,
    /// Shown once the file is saved, with its name.
    pub saved: String,
    /// The answer code (for the code and its QR code).
    pub code: String,
    /// The answer file's content, as saved.
    pub json: String,
}

/// The hand-back page of `s`, once its answers are complete (`None` before).
/// A follow-up survey's is [`crate::view::followup::hand_back`]; the page shows
/// [`crate::view::followup::any_hand_back`], which tells them apart.
pub fn hand_back(s: &SurveyState, lang: Lang) -> Option<HandBackView> {
    let response = s.submitted.as_ref()?;
    let file = files::response(response);
    let thanks = msg(
        lang,
        &Msg::Thanks {
            name: &response.name,
        },
    );
    let (heading, done) = if s.kiosk {
        (thanks, None)
    } else {
        (
            t(lang, Key::HandBackOneMoreStep).to_owned(),
            Some(msg(
                lang,
                &Msg::AnswersComplete {
                    name: &response.name,
                },
            )),
        )
    };
    Some(HandBackView {
        heading,
        done,
        file_body: msg(lang, &Msg::HandBackFileBody { file: &file.name }),
        save: msg(lang, &Msg::HandBackSave { file: &file.name }),
        saved: msg(lang, &Msg::HandBackSaved { file: &file.name }),
        code: codes::response_code(response, &s.workshop),
        json: crate::document::formats::to_json(response),
        file,
    })
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
        assert!(
            view.problems.is_empty(),
            "nothing is shown before a submit attempt"
        );
        assert_eq!(view.first_problem.as_deref(), Some("survey-name"));
        assert_eq!(
            (view.answered, view.total, view.percent),
            (0, 2 + w.skills.len(), 0)
        );
        s.attempted = true;
        let view = survey(&s, Lang::Ja);
        assert_eq!(
            view.problem("survey-name"),
            Some("表示名を入力してください。")
        );
        let first_skill = format!("skill-{}", w.skills[0].id);
        assert_eq!(
            view.problem(&first_skill),
            Some(format!("評価を選んでください： {}", w.skills[0].label.ja).as_str())
        );
    }

    #[test]
    fn a_typed_birth_year_names_its_generation() {
        let w = workshop_with_preset(GenerationPreset::International);
        let mut s = SurveyState::new(w, "p-1".into(), false);
        s.draft
            .apply(DraftEdit::GenerationInput(GenerationInput::BirthYear));
        s.draft.apply(DraftEdit::BirthYear("１９９８".into()));
        let view = survey(&s, Lang::En);
        assert_eq!(
            view.birth_year_maps.as_deref(),
            Some("Generation: Gen Z (1997–2012)")
        );
        assert_eq!(
            view.generations[0].label,
            "Silent Generation (born 1945 or earlier)"
        );
        assert_eq!(view.progress, "1 / 14 answered");
    }

    fn completed(name: &str, kiosk: bool) -> SurveyState {
        let w = workshop_with_preset(GenerationPreset::Japanese);
        let mut s = SurveyState::new(w.clone(), "p-32a8ff35fe39".into(), kiosk);
        for edit in [
            DraftEdit::Name(name.into()),
            DraftEdit::Generation(Some(w.generations[0].id.clone())),
        ] {
            s.draft.apply(edit);
        }
        for skill in &w.skills {
            s.draft.apply(DraftEdit::Rating {
                skill: skill.id.clone(),
                rating: w.scale.min,
            });
        }
        let response = s
            .draft
            .to_response(&w, &s.participant_id, None, "2026-11-26T09:00:00Z")
            .unwrap();
        s.submitted = Some(response);
        s
    }

    #[test]
    fn the_hand_back_names_the_step_that_remains_and_the_file_as_it_is_saved() {
        let s = completed("山田 太郎", false);
        let view = hand_back(&s, Lang::Ja).unwrap();
        assert_eq!(
            view.heading,
            "あと1ステップ：回答をファシリテーターに渡してください"
        );
        assert_eq!(
            view.done.as_deref(),
            Some("山田 太郎さん、回答が完成しました。ありがとうございます。")
        );
        assert_eq!(view.file.name, "response-山田 太郎.json");
        assert_eq!(view.save, "response-山田 太郎.json を保存");
        assert!(
            view.file_body.contains("response-山田 太郎.json"),
            "{}",
            view.file_body
        );
        assert!(
            view.saved.contains("response-山田 太郎.json"),
            "{}",
            view.saved
        );
        assert!(view.code.starts_with("KR1."));
        for text in [&view.heading, &view.file_body, &view.save, &view.saved] {
            assert!(
                !text.contains("p-32a8ff35fe39") && !text.contains("response.json"),
                "{text}"
            );
        }

        let view = hand_back(&completed("Ann Lee", false), Lang::En).unwrap();
        assert_eq!(
            view.heading,
            "One more step: hand your answers to the facilitator"
        );
        assert_eq!(view.save, "Save response-Ann Lee.json");
        assert_eq!(view.file.name, "response-Ann Lee.json");
    }

    #[test]
    fn a_shared_laptop_thanks_the_person_and_nothing_is_shown_before_completing() {
        let view = hand_back(&completed("Ann", true), Lang::En).unwrap();
        assert_eq!(
            (view.heading.as_str(), view.done),
            ("Thank you, Ann!", None)
        );
        let w = workshop_with_preset(GenerationPreset::Japanese);
        assert_eq!(
            hand_back(&SurveyState::new(w, "p-1".into(), false), Lang::Ja),
            None
        );
    }
}
