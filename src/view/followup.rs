//! The follow-up survey (issue 11 §3) as view models: the console's panel that hands it
//! out ([`panel`]: which round it follows up, how many have answered, the survey to share,
//! or why there is nothing to hand out yet), the participant's form ([`form`]: who is
//! answering, their partner, the satisfaction scale, progress and every problem worded
//! beside its control) and its hand-back ([`hand_back`], the same page as the first
//! survey's, with the follow-up answers' file and code).

use crate::document::model::{Cohort, FollowUp, Lang, Workshop, SATISFACTION};
use crate::i18n::{msg, problem_text, t, Key, Msg};
use crate::transport::followup_code::followup_code;
use crate::view::files;
use crate::view::people::Choice;
use crate::view::survey::HandBackView;
use crate::workflow::board::Board;
use crate::workflow::followup::{followed_pairing, handed_out, FollowUpForm, FollowUpProblem};
use crate::workflow::survey::{Problem, SurveyState};

/// What the console's follow-up panel shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelView {
    /// The follow-up survey to hand out (the workshop with its `followup` part); `None`
    /// before any pairing, when there is no pair to follow up.
    pub survey: Option<Workshop>,
    /// "Follows up round 2: 24 people in 12 pairs can answer.", or why there is nothing
    /// to hand out yet.
    pub status: String,
    /// "Follow-up answers: 3 of 24" (once there is a survey to hand out).
    pub answers: Option<String>,
}

/// The console's follow-up panel for `cohort` and its board (the pairing followed up is
/// [`followed_pairing`]'s). Answers are counted for that round, among the people who may
/// answer it.
pub fn panel(cohort: &Cohort, board: &Board, lang: Lang) -> PanelView {
    let Some(pairing) = followed_pairing(cohort, board) else {
        return PanelView {
            survey: None,
            status: t(lang, Key::FollowUpNoPairing).to_owned(),
            answers: None,
        };
    };
    let survey = handed_out(cohort, pairing);
    let people = survey.followup.as_ref().map_or(&[][..], |f| &f.people);
    let answered = cohort
        .followups
        .iter()
        .filter(|f| f.round == pairing.round && people.iter().any(|p| p.id == f.participant_id))
        .count();
    PanelView {
        status: msg(
            lang,
            &Msg::FollowUpRound {
                round: pairing.round,
                people: people.len(),
                pairs: pairing.pairs.len(),
            },
        ),
        answers: Some(msg(
            lang,
            &Msg::FollowUpAnswers {
                answered,
                total: people.len(),
            },
        )),
        survey: Some(survey),
    }
}

/// The participant's follow-up form as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormView {
    pub answered: usize,
    pub total: usize,
    /// 0–100, for the progress bar's width.
    pub percent: usize,
    /// "5 / 16 answered".
    pub progress: String,
    /// "Who are you?": everyone who may answer, by name; a name two people share is told
    /// apart by their partners.
    pub people: Vec<Choice>,
    /// "Your partner: Ann Lee", once the participant said who they are.
    pub partner: Option<String>,
    /// The satisfaction scale: each point with its label.
    pub satisfaction: Vec<(u8, &'static str)>,
    /// Every problem as (control id, sentence), in the form's order; empty until the
    /// participant tried to complete the answers.
    pub problems: Vec<(String, String)>,
    /// The control the first problem concerns (focused after a refused submit).
    pub first_problem: Option<String>,
}

impl FormView {
    /// The problem shown beside the control `field`, if any.
    pub fn problem(&self, field: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, text)| text.as_str())
    }
}

/// The label of a point of the satisfaction scale.
fn satisfaction_label(point: u8) -> Key {
    match point {
        1 => Key::FollowUpSatisfaction1,
        2 => Key::FollowUpSatisfaction2,
        3 => Key::FollowUpSatisfaction3,
        4 => Key::FollowUpSatisfaction4,
        _ => Key::FollowUpSatisfaction5,
    }
}

/// A problem of the follow-up form, worded.
pub fn problem_words(lang: Lang, problem: &FollowUpProblem, w: &Workshop) -> String {
    let key = match problem {
        FollowUpProblem::PersonMissing => Key::FollowUpPersonMissing,
        FollowUpProblem::MeetingsMissing => Key::FollowUpMeetingsMissing,
        FollowUpProblem::MeetingsNotANumber => Key::FollowUpMeetingsNotANumber,
        FollowUpProblem::MeetingsTooMany { max } => {
            return msg(lang, &Msg::FollowUpMeetingsTooMany { max: *max })
        }
        FollowUpProblem::SatisfactionMissing => Key::FollowUpSatisfactionMissing,
        FollowUpProblem::ContinueMissing => Key::FollowUpContinueMissing,
        // The same words as the first survey's.
        FollowUpProblem::RatingMissing(skill) => {
            return problem_text(lang, &Problem::RatingMissing(skill.clone()), w)
        }
        FollowUpProblem::WentWellTooLong => Key::FollowUpWentWellTooLong,
        FollowUpProblem::CommentTooLong => Key::FollowUpCommentTooLong,
    };
    t(lang, key).to_owned()
}

/// The follow-up form of `s` (a survey whose workshop is a follow-up one), and `form`, its
/// draft.
pub fn form(s: &SurveyState, form: &FollowUpForm, lang: Lang) -> FormView {
    let w = &s.workshop;
    let draft = &form.draft;
    let people = w.followup.as_ref().map_or(&[][..], |f| &f.people);
    let name_of = |id: &str| {
        people
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_owned(), |p| p.name.clone())
    };
    let choices = people
        .iter()
        .map(|p| {
            let shared = people.iter().filter(|o| o.name == p.name).count() > 1;
            let partners: Vec<String> = p.partners.iter().map(|id| name_of(id)).collect();
            let label = if shared {
                msg(
                    lang,
                    &Msg::FollowUpPersonOption {
                        name: &p.name,
                        partners: &partners.join(t(lang, Key::ListSeparator)),
                    },
                )
            } else {
                p.name.clone()
            };
            Choice {
                value: p.id.clone(),
                label,
            }
        })
        .collect();
    let partner = draft.person(w).map(|p| {
        let names: Vec<String> = p.partners.iter().map(|id| name_of(id)).collect();
        msg(lang, &Msg::FollowUpPartner { names: &names })
    });
    let (answered, total) = draft.progress(w);
    let problems = draft.problems(w);
    FormView {
        answered,
        total,
        percent: answered * 100 / total.max(1),
        progress: msg(lang, &Msg::SurveyProgress { answered, total }),
        people: choices,
        partner,
        satisfaction: SATISFACTION
            .map(|point| (point, t(lang, satisfaction_label(point))))
            .collect(),
        first_problem: problems.first().map(FollowUpProblem::field_id),
        problems: if s.attempted {
            problems
                .iter()
                .map(|p| (p.field_id(), problem_words(lang, p, w)))
                .collect()
        } else {
            Vec::new()
        },
    }
}

/// The hand-back page of any survey once its answers are complete: the follow-up
/// survey's ([`hand_back`]) or the first survey's ([`crate::view::survey::hand_back`]).
pub fn any_hand_back(s: &SurveyState, lang: Lang) -> Option<HandBackView> {
    match &s.followup {
        Some(form) => hand_back(s, form, lang),
        None => crate::view::survey::hand_back(s, lang),
    }
}

/// The hand-back page of a follow-up survey once its answers are complete (`None`
/// before): the same page as the first survey's, with the follow-up answers' file
/// (`followup-<name>.json`) and their `KF1.` code.
pub fn hand_back(s: &SurveyState, form: &FollowUpForm, lang: Lang) -> Option<HandBackView> {
    let answers: &FollowUp = form.submitted.as_ref()?;
    let name = s
        .workshop
        .followup
        .as_ref()
        .and_then(|f| f.person(&answers.participant_id))
        .map_or(answers.participant_id.as_str(), |p| p.name.as_str());
    let file = files::followup(name);
    let thanks = msg(lang, &Msg::Thanks { name });
    let (heading, done) = if s.kiosk {
        (thanks, None)
    } else {
        (
            t(lang, Key::HandBackOneMoreStep).to_owned(),
            Some(msg(lang, &Msg::AnswersComplete { name })),
        )
    };
    Some(HandBackView {
        heading,
        done,
        file_body: msg(lang, &Msg::HandBackFileBody { file: &file.name }),
        save: msg(lang, &Msg::HandBackSave { file: &file.name }),
        saved: msg(lang, &Msg::HandBackSaved { file: &file.name }),
        code: followup_code(answers, &s.workshop),
        json: crate::document::formats::to_json(answers),
        file,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::formats;
    use crate::document::model::{FollowUpPerson, FollowUpSurvey};
    use crate::document::template::default_workshop;
    use crate::workflow::followup::FollowUpEdit;
    use crate::workflow::session::{Action, Session};
    use crate::workflow::stored::Loaded;

    const NOW: &str = "2026-11-26T09:00:00Z";

    fn sample() -> Session {
        let mut s = Session::restore(Loaded::Fresh, Lang::En);
        s.apply(Action::LoadSample { now: NOW.into() });
        s
    }

    fn pair(s: &mut Session) {
        use crate::workflow::board::BoardAction;
        let cohort = s.cohort.clone().unwrap();
        s.apply(Action::Board(BoardAction::StartRun));
        let run = s.board.computing.unwrap();
        let pairing = crate::matching::match_cohort(&cohort, &s.board.run_input(&cohort)).unwrap();
        s.apply(Action::Board(BoardAction::ResultReady { run, pairing }));
    }

    #[test]
    fn before_any_pairing_the_panel_says_so_and_offers_nothing() {
        let s = sample();
        let view = panel(s.cohort.as_ref().unwrap(), &s.board, Lang::Ja);
        assert_eq!(view.survey, None);
        assert_eq!(view.answers, None);
        assert!(view.status.contains("ペアを作る"), "{}", view.status);
        let en = panel(s.cohort.as_ref().unwrap(), &s.board, Lang::En);
        assert!(en
            .status
            .starts_with("There are no pairs to follow up yet."));
    }

    #[test]
    fn the_panel_names_the_round_and_counts_the_answers_in() {
        let mut s = sample();
        pair(&mut s);
        let cohort = s.cohort.clone().unwrap();
        let view = panel(&cohort, &s.board, Lang::En);
        let survey = view.survey.clone().unwrap();
        let people = &survey.followup.as_ref().unwrap().people;
        let pairing = s.board.pairing.clone().unwrap();
        let paired: usize = pairing.pairs.iter().map(|p| p.members.len()).sum();
        assert_eq!(people.len(), paired, "everyone paired, nobody else");
        assert!((2..=24).contains(&paired));
        assert_eq!(
            view.status,
            format!(
                "Follows up round 1: {paired} people in {} pairs can answer.",
                pairing.pairs.len()
            )
        );
        assert_eq!(
            view.answers,
            Some(format!("Follow-up answers: 0 of {paired}"))
        );
        // Three answers in, one of them for another round: two count.
        let mut with = (*cohort).clone();
        for (i, p) in people.iter().take(3).enumerate() {
            with.followups.push(FollowUp {
                format: crate::document::model::Kind::FollowUp.tag(),
                workshop_id: with.workshop.id.clone(),
                participant_id: p.id.clone(),
                round: if i == 2 { 2 } else { 1 },
                meetings_held: 3,
                satisfaction: 4,
                wants_new_partner: false,
                ratings: with
                    .workshop
                    .skills
                    .iter()
                    .map(|k| (k.id.clone(), 3))
                    .collect(),
                went_well: None,
                comment: None,
                created_at: NOW.into(),
                updated_at: NOW.into(),
            });
        }
        let ja = panel(&with, &s.board, Lang::Ja);
        assert_eq!(
            ja.answers,
            Some(format!("フォローアップの回答：{paired}人中2人"))
        );
        assert_eq!(
            ja.status,
            format!(
                "ラウンド1のフォローアップ：{}組の{paired}人が回答できます。",
                pairing.pairs.len()
            )
        );
    }

    fn survey_state() -> SurveyState {
        let mut w = default_workshop(Lang::Ja);
        let person = |id: &str, name: &str, partners: &[&str]| FollowUpPerson {
            id: id.into(),
            name: name.into(),
            partners: partners.iter().map(|p| p.to_string()).collect(),
        };
        w.followup = Some(FollowUpSurvey {
            round: 1,
            people: vec![
                person("p-a", "山田 太郎", &["p-b"]),
                person("p-b", "佐藤 花子", &["p-a"]),
                person("p-c", "山田 太郎", &["p-d", "p-e"]),
                person("p-d", "Ann Lee", &["p-c", "p-e"]),
                person("p-e", "Bo", &["p-c", "p-d"]),
            ],
        });
        SurveyState::new(w, "p-browser".into(), false)
    }

    fn apply(s: &mut SurveyState, edit: FollowUpEdit) {
        s.followup.as_mut().unwrap().draft.apply(edit);
    }

    #[test]
    fn who_are_you_lists_everyone_and_tells_a_shared_name_apart_by_the_partners() {
        let mut s = survey_state();
        let view = form(&s, s.followup.as_ref().unwrap(), Lang::Ja);
        let labels: Vec<&str> = view.people.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "山田 太郎（ペア：佐藤 花子）",
                "佐藤 花子",
                "山田 太郎（ペア：Ann Lee、Bo）",
                "Ann Lee",
                "Bo"
            ]
        );
        assert_eq!(view.partner, None);
        assert_eq!(view.progress, "0 / 16 回答済み");
        assert_eq!(view.satisfaction.len(), 5);
        assert_eq!(view.satisfaction[0], (1, "不満"));
        assert_eq!(view.satisfaction[4], (5, "とても満足"));
        apply(&mut s, FollowUpEdit::Person(Some("p-d".into())));
        let view = form(&s, s.followup.as_ref().unwrap(), Lang::En);
        assert_eq!(
            view.partner.as_deref(),
            Some("Your partners: 山田 太郎 and Bo")
        );
        apply(&mut s, FollowUpEdit::Person(Some("p-b".into())));
        let view = form(&s, s.followup.as_ref().unwrap(), Lang::Ja);
        assert_eq!(
            view.partner.as_deref(),
            Some("あなたのパートナー：山田 太郎")
        );
        assert_eq!(view.progress, "1 / 16 回答済み");
    }

    #[test]
    fn problems_show_after_a_submit_attempt_in_the_participants_language() {
        let mut s = survey_state();
        let view = form(&s, s.followup.as_ref().unwrap(), Lang::Ja);
        assert!(view.problems.is_empty());
        assert_eq!(view.first_problem.as_deref(), Some("followup-person"));
        s.attempted = true;
        apply(&mut s, FollowUpEdit::MeetingsHeld("二回".into()));
        let view = form(&s, s.followup.as_ref().unwrap(), Lang::Ja);
        assert_eq!(
            view.problem("followup-person"),
            Some("お名前を選んでください。")
        );
        assert_eq!(
            view.problem("followup-meetings"),
            Some("会った回数は整数で入力してください（例：6）。")
        );
        assert_eq!(
            view.problem("followup-satisfaction"),
            Some("パートナーへの満足度を選んでください。")
        );
        assert!(view.problem("followup-continue").is_some());
        let skill = &s.workshop.skills[0];
        assert_eq!(
            view.problem(&format!("skill-{}", skill.id)),
            Some(format!("評価を選んでください： {}", skill.label.ja).as_str())
        );
        apply(&mut s, FollowUpEdit::MeetingsHeld("200".into()));
        let view = form(&s, s.followup.as_ref().unwrap(), Lang::En);
        assert_eq!(
            view.problem("followup-meetings"),
            Some("Please check the number of meetings: at most 104 are counted (one a week for two years).")
        );
    }

    #[test]
    fn the_hand_back_offers_the_follow_up_file_and_code() {
        let mut s = survey_state();
        for edit in [
            FollowUpEdit::Person(Some("p-b".into())),
            FollowUpEdit::MeetingsHeld("4".into()),
            FollowUpEdit::Satisfaction(5),
            FollowUpEdit::WantsNewPartner(false),
        ] {
            apply(&mut s, edit);
        }
        let skills: Vec<String> = s.workshop.skills.iter().map(|k| k.id.clone()).collect();
        for skill in skills {
            apply(&mut s, FollowUpEdit::Rating { skill, rating: 3 });
        }
        assert_eq!(hand_back(&s, s.followup.as_ref().unwrap(), Lang::Ja), None);
        let answers = s
            .followup
            .as_ref()
            .unwrap()
            .draft
            .to_followup(&s.workshop, None, NOW)
            .unwrap();
        s.followup.as_mut().unwrap().submitted = Some(answers.clone());
        let view = hand_back(&s, s.followup.as_ref().unwrap(), Lang::Ja).unwrap();
        assert_eq!(
            view.heading,
            "あと1ステップ：回答をファシリテーターに渡してください"
        );
        assert_eq!(view.file.name, "followup-佐藤 花子.json");
        assert_eq!(view.save, "followup-佐藤 花子.json を保存");
        assert!(view.code.starts_with("KF1."), "{}", view.code);
        assert_eq!(
            formats::parse_followup(view.json.as_bytes(), &s.workshop),
            Ok(answers)
        );
        assert!(!view.heading.contains("p-b") && !view.file.name.contains("p-b"));
        // The hand-back of the survey page is this one for a follow-up survey.
        assert_eq!(any_hand_back(&s, Lang::Ja), Some(view));
        s.kiosk = true;
        let kiosk = hand_back(&s, s.followup.as_ref().unwrap(), Lang::En).unwrap();
        assert_eq!(
            (kiosk.heading.as_str(), kiosk.done),
            ("Thank you, 佐藤 花子!", None)
        );
    }
}
