//! The follow-up survey (issue 11 §3), some months into the programme: which pairing it
//! follows up, the copy of the workshop handed out for it ([`handed_out`]), and the
//! participant's side: the form as typed ([`FollowUpDraft`], one [`FollowUpEdit`] per
//! control), its problems ([`FollowUpProblem`]) and the [`FollowUp`] a complete draft
//! becomes. Pure: the time is passed in.
//!
//! The follow-up survey travels as the workshop with its `followup` part filled in, so
//! every way the first survey travels (link, QR code, survey file, workshop file, code)
//! carries it unchanged. In a browser its form is kept under its own key
//! ([`survey_key`]), beside the first survey of the same workshop, never over it.

use crate::document::model::{
    Cohort, FollowUp, FollowUpPerson, FollowUpSurvey, Kind, Pairing, Workshop, SATISFACTION,
};
use crate::document::validate::{fits, has_visible_text, MAX_MEETINGS_HELD, MAX_NOTE_CHARS};
use crate::workflow::board::Board;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The pairing the follow-up survey asks about: the board's current pairing, or, when the
/// board has none (the facilitator kept the round and the next one is not matched yet),
/// the latest kept round. The board's pairing comes first because it is the one the pairs
/// were told about last; once "Start round N" keeps it, it is the latest round and so
/// stays the one followed up until round N is matched. `None` before any pairing.
pub fn followed_pairing<'c>(cohort: &'c Cohort, board: &'c Board) -> Option<&'c Pairing> {
    board
        .pairing_for(cohort)
        .filter(|p| !p.pairs.is_empty())
        .or_else(|| cohort.rounds.iter().rev().find(|p| !p.pairs.is_empty()))
}

/// The rounds this session has pairs of (kept rounds and the board's): the rounds a
/// follow-up answer may follow up.
pub fn paired_rounds(cohort: &Cohort, board: &Board) -> Vec<u32> {
    cohort
        .rounds
        .iter()
        .chain(board.pairing_for(cohort))
        .filter(|p| !p.pairs.is_empty())
        .map(|p| p.round)
        .collect()
}

/// The copy of the cohort's workshop handed out for the follow-up of `pairing`: the round
/// number is the pairing's; the people are everyone paired in it, once each, in the order
/// of their pairs, each with their pair or trio mates as partners (a mentor who took
/// several mentees, every one of them) and named as in their answers (their id if their
/// answers were since removed).
pub fn handed_out(cohort: &Cohort, pairing: &Pairing) -> Workshop {
    let name = |id: &str| {
        cohort
            .response(id)
            .map_or_else(|| id.to_owned(), |r| r.name.clone())
    };
    let mut people: Vec<FollowUpPerson> = Vec::new();
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    for pair in &pairing.pairs {
        for id in &pair.members {
            let i = *index.entry(id).or_insert_with(|| {
                people.push(FollowUpPerson {
                    id: id.clone(),
                    name: name(id),
                    partners: Vec::new(),
                });
                people.len() - 1
            });
            for mate in pair.members.iter().filter(|m| *m != id) {
                if !people[i].partners.contains(mate) {
                    people[i].partners.push(mate.clone());
                }
            }
        }
    }
    Workshop {
        followup: Some(FollowUpSurvey {
            round: pairing.round,
            people,
        }),
        ..cohort.workshop.clone()
    }
}

/// The key a survey's form is kept under in a browser ([`crate::workflow::session::Session::surveys`],
/// storage's `survey/<key>` records): the workshop id for the first survey, and for a
/// follow-up survey the id, `/followup/` and the round. Ids never hold a `/`, so no
/// follow-up key is ever a workshop id and the two forms of one workshop never meet.
pub fn survey_key(w: &Workshop) -> String {
    match &w.followup {
        None => w.id.clone(),
        Some(f) => format!("{}/followup/{}", w.id, f.round),
    }
}

/// A participant's follow-up form in this browser: the draft, and the answers as last
/// submitted (the hand-back shows them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FollowUpForm {
    pub draft: FollowUpDraft,
    #[serde(default)]
    pub submitted: Option<FollowUp>,
}

/// The follow-up form exactly as typed, saved as the participant types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FollowUpDraft {
    /// Who is answering: a participant id of the survey's people.
    #[serde(default)]
    pub person: Option<String>,
    /// The number of meetings as typed (full-width digits allowed).
    #[serde(default)]
    pub meetings_held: String,
    #[serde(default)]
    pub satisfaction: Option<u8>,
    /// `Some(true)`: "I would like a new partner"; `Some(false)`: continue.
    #[serde(default)]
    pub wants_new_partner: Option<bool>,
    #[serde(default)]
    pub ratings: BTreeMap<String, u8>,
    #[serde(default)]
    pub went_well: String,
    #[serde(default)]
    pub comment: String,
}

/// One change to the follow-up form, applied to the current draft in the reducer (see
/// [`crate::workflow::survey::DraftEdit`] for why never a whole draft).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUpEdit {
    Person(Option<String>),
    MeetingsHeld(String),
    Satisfaction(u8),
    WantsNewPartner(bool),
    Rating { skill: String, rating: u8 },
    WentWell(String),
    Comment(String),
}

/// Something the participant still has to fix, tied to the control it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUpProblem {
    /// "Who are you?" is not answered (or names nobody of the survey).
    PersonMissing,
    MeetingsMissing,
    MeetingsNotANumber,
    /// More meetings than a programme holds ([`MAX_MEETINGS_HELD`]).
    MeetingsTooMany {
        max: u32,
    },
    SatisfactionMissing,
    /// Neither "continue" nor "a new partner" is chosen.
    ContinueMissing,
    /// A skill without a rating (by skill id).
    RatingMissing(String),
    WentWellTooLong,
    CommentTooLong,
}

impl FollowUpProblem {
    /// The id of the form control the problem belongs to (for focus and `aria-describedby`).
    pub fn field_id(&self) -> String {
        match self {
            FollowUpProblem::PersonMissing => "followup-person".into(),
            FollowUpProblem::MeetingsMissing
            | FollowUpProblem::MeetingsNotANumber
            | FollowUpProblem::MeetingsTooMany { .. } => "followup-meetings".into(),
            FollowUpProblem::SatisfactionMissing => "followup-satisfaction".into(),
            FollowUpProblem::ContinueMissing => "followup-continue".into(),
            FollowUpProblem::RatingMissing(skill) => format!("skill-{skill}"),
            FollowUpProblem::WentWellTooLong => "followup-went-well".into(),
            FollowUpProblem::CommentTooLong => "followup-comment".into(),
        }
    }
}

/// Turns full-width digits (１２) into ASCII and drops spaces and a trailing 回, so that
/// a Japanese IME's usual output is read as a number.
pub fn normalize_count(text: &str) -> String {
    crate::document::validate::normalize_number(text, '回')
}

impl FollowUpDraft {
    pub fn apply(&mut self, edit: FollowUpEdit) {
        match edit {
            FollowUpEdit::Person(v) => self.person = v,
            FollowUpEdit::MeetingsHeld(v) => self.meetings_held = v,
            FollowUpEdit::Satisfaction(v) => self.satisfaction = Some(v),
            FollowUpEdit::WantsNewPartner(v) => self.wants_new_partner = Some(v),
            FollowUpEdit::Rating { skill, rating } => {
                self.ratings.insert(skill, rating);
            }
            FollowUpEdit::WentWell(v) => self.went_well = v,
            FollowUpEdit::Comment(v) => self.comment = v,
        }
    }

    /// The person answering, if chosen among the survey's people.
    pub fn person<'w>(&self, w: &'w Workshop) -> Option<&'w FollowUpPerson> {
        w.followup.as_ref()?.person(self.person.as_deref()?)
    }

    /// The number of meetings, if one is typed and is a number.
    pub fn parsed_meetings(&self) -> Option<u32> {
        normalize_count(&self.meetings_held).parse().ok()
    }

    /// Every problem, in the order of the form.
    pub fn problems(&self, w: &Workshop) -> Vec<FollowUpProblem> {
        let mut problems = Vec::new();
        if self.person(w).is_none() {
            problems.push(FollowUpProblem::PersonMissing);
        }
        match self.parsed_meetings() {
            _ if self.meetings_held.trim().is_empty() => {
                problems.push(FollowUpProblem::MeetingsMissing)
            }
            None => problems.push(FollowUpProblem::MeetingsNotANumber),
            Some(n) if n > MAX_MEETINGS_HELD => problems.push(FollowUpProblem::MeetingsTooMany {
                max: MAX_MEETINGS_HELD,
            }),
            Some(_) => {}
        }
        if !self.satisfaction.is_some_and(|s| SATISFACTION.contains(&s)) {
            problems.push(FollowUpProblem::SatisfactionMissing);
        }
        if self.wants_new_partner.is_none() {
            problems.push(FollowUpProblem::ContinueMissing);
        }
        for skill in &w.skills {
            if !self
                .ratings
                .get(&skill.id)
                .is_some_and(|&r| w.scale.contains(r))
            {
                problems.push(FollowUpProblem::RatingMissing(skill.id.clone()));
            }
        }
        if !fits(&self.went_well, MAX_NOTE_CHARS) {
            problems.push(FollowUpProblem::WentWellTooLong);
        }
        if !fits(&self.comment, MAX_NOTE_CHARS) {
            problems.push(FollowUpProblem::CommentTooLong);
        }
        problems
    }

    /// (answered, total) over the required answers: who, meetings, satisfaction, continue,
    /// and one rating per skill.
    pub fn progress(&self, w: &Workshop) -> (usize, usize) {
        let answered = [
            self.person(w).is_some(),
            self.parsed_meetings()
                .is_some_and(|n| n <= MAX_MEETINGS_HELD),
            self.satisfaction.is_some_and(|s| SATISFACTION.contains(&s)),
            self.wants_new_partner.is_some(),
        ]
        .into_iter()
        .filter(|&done| done)
        .count();
        let rated = w
            .skills
            .iter()
            .filter(|s| {
                self.ratings
                    .get(&s.id)
                    .is_some_and(|&r| w.scale.contains(r))
            })
            .count();
        (answered + rated, 4 + w.skills.len())
    }

    /// The follow-up answers, if the draft has no problem. `created_at` is the first
    /// submission's time (kept when the participant edits and submits again).
    pub fn to_followup(
        &self,
        w: &Workshop,
        created_at: Option<&str>,
        now: &str,
    ) -> Result<FollowUp, Vec<FollowUpProblem>> {
        let problems = self.problems(w);
        let (Some(survey), Some(person), Some(meetings_held), Some(satisfaction), Some(wants)) = (
            w.followup.as_ref(),
            self.person(w),
            self.parsed_meetings(),
            self.satisfaction,
            self.wants_new_partner,
        ) else {
            return Err(problems);
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        // A text that shows nothing is left out.
        let optional = |s: &str| Some(s.trim().to_owned()).filter(|s| has_visible_text(s));
        Ok(FollowUp {
            format: Kind::FollowUp.tag(),
            workshop_id: w.id.clone(),
            participant_id: person.id.clone(),
            round: survey.round,
            meetings_held,
            satisfaction,
            wants_new_partner: wants,
            ratings: w
                .skills
                .iter()
                .filter_map(|s| Some((s.id.clone(), *self.ratings.get(&s.id)?)))
                .collect(),
            went_well: optional(&self.went_well),
            comment: optional(&self.comment),
            created_at: created_at.unwrap_or(now).to_owned(),
            updated_at: now.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::model::{Lang, MatchingMode, Objective, Pair, PairExplanation, Response};
    use crate::document::template::default_workshop;
    use crate::document::validate;
    use std::rc::Rc;

    fn response(w: &Workshop, id: &str, name: &str) -> Response {
        Response {
            format: Kind::Response.tag(),
            workshop_id: w.id.clone(),
            participant_id: id.into(),
            name: name.into(),
            generation: Some(w.generations[0].id.clone()),
            birth_year: None,
            department: None,
            ratings: w.skills.iter().map(|s| (s.id.clone(), 3)).collect(),
            wants_to_learn: vec![],
            note: None,
            created_at: "2026-11-26T09:00:00Z".into(),
            updated_at: "2026-11-26T09:00:00Z".into(),
        }
    }

    fn pairing(w: &Workshop, round: u32, groups: &[&[&str]]) -> Pairing {
        Pairing {
            format: Kind::Pairing.tag(),
            workshop_id: w.id.clone(),
            round,
            mode: MatchingMode::Mutual,
            objective: Objective::MostPairs,
            settings: w.matching.clone(),
            total_score: 0,
            min_pair_score: None,
            pairs: groups
                .iter()
                .enumerate()
                .map(|(i, members)| Pair {
                    number: i as u32 + 1,
                    members: members.iter().map(|m| m.to_string()).collect(),
                    score: 0,
                    locked: false,
                    explanation: PairExplanation {
                        links: vec![],
                        overrides: vec![],
                        why_not: vec![],
                        sat_out: vec![],
                    },
                })
                .collect(),
            unmatched: vec![],
            earlier_rounds: vec![],
            repeated_partners: vec![],
            optimal: true,
            rematched: vec![],
        }
    }

    pub(crate) fn cohort() -> Cohort {
        let w = default_workshop(Lang::Ja);
        Cohort {
            format: Kind::Cohort.tag(),
            responses: [
                ("p-a", "山田 太郎"),
                ("p-b", "佐藤 花子"),
                ("p-c", "Ann Lee"),
                ("p-d", "Bo"),
                ("p-e", "Chie"),
            ]
            .iter()
            .map(|(id, name)| response(&w, id, name))
            .collect(),
            rounds: vec![],
            pairing: None,
            followups: vec![],
            workshop: w,
        }
    }

    #[test]
    fn the_board_pairing_is_followed_up_else_the_latest_kept_round() {
        let mut c = cohort();
        let mut board = Board::default();
        assert_eq!(followed_pairing(&c, &board), None, "before any pairing");
        assert!(paired_rounds(&c, &board).is_empty());
        c.rounds.push(pairing(&c.workshop, 1, &[&["p-a", "p-b"]]));
        c.rounds.push(pairing(&c.workshop, 2, &[&["p-a", "p-c"]]));
        assert_eq!(followed_pairing(&c, &board).map(|p| p.round), Some(2));
        board.pairing = Some(Rc::new(pairing(&c.workshop, 3, &[&["p-b", "p-c"]])));
        assert_eq!(followed_pairing(&c, &board).map(|p| p.round), Some(3));
        assert_eq!(paired_rounds(&c, &board), [1, 2, 3]);
        // A board pairing that paired nobody, or of another workshop, is not followed up.
        board.pairing = Some(Rc::new(pairing(&c.workshop, 3, &[])));
        assert_eq!(followed_pairing(&c, &board).map(|p| p.round), Some(2));
        let mut other = pairing(&c.workshop, 3, &[&["p-b", "p-c"]]);
        other.workshop_id = "another".into();
        board.pairing = Some(Rc::new(other));
        assert_eq!(followed_pairing(&c, &board).map(|p| p.round), Some(2));
    }

    /// Reverse mode with two mentees per mentor: the mentor is one person with two
    /// partners, never listed twice.
    #[test]
    fn a_mentor_of_several_mentees_is_listed_once_with_each_of_them() {
        let c = cohort();
        let p = pairing(
            &c.workshop,
            1,
            &[&["p-a", "p-b"], &["p-a", "p-c"], &["p-d", "p-e"]],
        );
        let w = handed_out(&c, &p);
        assert_eq!(validate::workshop(&w), Ok(()));
        let f = w.followup.unwrap();
        assert_eq!(f.people.len(), 5);
        assert_eq!(f.person("p-a").unwrap().partners, ["p-b", "p-c"]);
        assert_eq!(f.person("p-c").unwrap().partners, ["p-a"]);
    }

    #[test]
    fn the_handed_out_copy_names_everyone_paired_and_their_partners() {
        let mut c = cohort();
        c.responses.retain(|r| r.participant_id != "p-e");
        let p = pairing(&c.workshop, 2, &[&["p-a", "p-b"], &["p-c", "p-d", "p-e"]]);
        let w = handed_out(&c, &p);
        assert_eq!(validate::workshop(&w), Ok(()));
        let f = w.followup.as_ref().unwrap();
        assert_eq!(f.round, 2);
        let people: Vec<(&str, &str, Vec<&str>)> = f
            .people
            .iter()
            .map(|p| {
                (
                    p.id.as_str(),
                    p.name.as_str(),
                    p.partners.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            people,
            [
                ("p-a", "山田 太郎", vec!["p-b"]),
                ("p-b", "佐藤 花子", vec!["p-a"]),
                ("p-c", "Ann Lee", vec!["p-d", "p-e"]),
                ("p-d", "Bo", vec!["p-c", "p-e"]),
                ("p-e", "p-e", vec!["p-c", "p-d"]),
            ]
        );
        assert_eq!(
            Workshop {
                followup: None,
                ..w.clone()
            },
            c.workshop,
            "the rest is the workshop itself"
        );
        assert_eq!(survey_key(&c.workshop), c.workshop.id);
        assert_eq!(survey_key(&w), format!("{}/followup/2", c.workshop.id));
    }

    fn complete(w: &Workshop) -> FollowUpDraft {
        let mut d = FollowUpDraft::default();
        for edit in [
            FollowUpEdit::Person(Some("p-c".into())),
            FollowUpEdit::MeetingsHeld("１２回".into()),
            FollowUpEdit::Satisfaction(4),
            FollowUpEdit::WantsNewPartner(false),
            FollowUpEdit::WentWell(" 毎週話せた ".into()),
            FollowUpEdit::Comment("\u{3000}".into()),
        ] {
            d.apply(edit);
        }
        for s in &w.skills {
            d.apply(FollowUpEdit::Rating {
                skill: s.id.clone(),
                rating: 4,
            });
        }
        d
    }

    #[test]
    fn a_complete_draft_gives_valid_answers_and_edits_keep_the_creation_time() {
        let c = cohort();
        let w = handed_out(
            &c,
            &pairing(&c.workshop, 1, &[&["p-a", "p-b"], &["p-c", "p-d"]]),
        );
        let d = complete(&w);
        assert_eq!(d.problems(&w), vec![]);
        assert_eq!(d.progress(&w), (16, 16));
        let f = d.to_followup(&w, None, "2027-02-01T09:00:00Z").unwrap();
        assert_eq!(validate::followup_for(&f, &c.workshop), Ok(()));
        assert_eq!(
            (
                f.participant_id.as_str(),
                f.round,
                f.meetings_held,
                f.satisfaction,
                f.wants_new_partner
            ),
            ("p-c", 1, 12, 4, false)
        );
        assert_eq!(f.went_well.as_deref(), Some("毎週話せた"));
        assert_eq!(f.comment, None, "a comment that shows nothing is left out");
        let again = d
            .to_followup(&w, Some(&f.created_at), "2027-02-02T09:00:00Z")
            .unwrap();
        assert_eq!(
            (again.created_at.as_str(), again.updated_at.as_str()),
            ("2027-02-01T09:00:00Z", "2027-02-02T09:00:00Z")
        );
    }

    #[test]
    fn an_empty_draft_lists_every_required_answer_in_the_order_of_the_form() {
        let c = cohort();
        let w = handed_out(&c, &pairing(&c.workshop, 1, &[&["p-a", "p-b"]]));
        let problems = FollowUpDraft::default().problems(&w);
        assert_eq!(
            problems[..4],
            [
                FollowUpProblem::PersonMissing,
                FollowUpProblem::MeetingsMissing,
                FollowUpProblem::SatisfactionMissing,
                FollowUpProblem::ContinueMissing,
            ]
        );
        assert_eq!(problems.len(), 4 + w.skills.len());
        assert_eq!(
            problems[4],
            FollowUpProblem::RatingMissing(w.skills[0].id.clone())
        );
        assert_eq!(FollowUpDraft::default().progress(&w), (0, 16));
        assert_eq!(
            problems.iter().map(|p| p.field_id()).collect::<Vec<_>>()[..5],
            [
                "followup-person",
                "followup-meetings",
                "followup-satisfaction",
                "followup-continue",
                &format!("skill-{}", w.skills[0].id)
            ]
        );
        assert!(FollowUpDraft::default()
            .to_followup(&w, None, "2027-02-01T09:00:00Z")
            .is_err());
    }

    #[test]
    fn each_problem_is_specific() {
        let c = cohort();
        let w = handed_out(&c, &pairing(&c.workshop, 1, &[&["p-a", "p-b"]]));
        let mut d = complete(&w);
        d.person = Some("p-c".into());
        assert_eq!(
            d.problems(&w),
            [FollowUpProblem::PersonMissing],
            "not among those paired in the round"
        );
        d.person = Some("p-a".into());
        d.meetings_held = "six".into();
        assert_eq!(d.problems(&w), [FollowUpProblem::MeetingsNotANumber]);
        d.meetings_held = "-1".into();
        assert_eq!(d.problems(&w), [FollowUpProblem::MeetingsNotANumber]);
        d.meetings_held = "105".into();
        assert_eq!(
            d.problems(&w),
            [FollowUpProblem::MeetingsTooMany { max: 104 }]
        );
        d.meetings_held = "0".into();
        d.went_well = "あ".repeat(MAX_NOTE_CHARS + 1);
        d.comment = "a".repeat(MAX_NOTE_CHARS + 1);
        assert_eq!(
            d.problems(&w),
            [
                FollowUpProblem::WentWellTooLong,
                FollowUpProblem::CommentTooLong
            ]
        );
        d.went_well.clear();
        d.comment.clear();
        d.ratings.insert(w.skills[1].id.clone(), 9);
        assert_eq!(
            d.problems(&w),
            [FollowUpProblem::RatingMissing(w.skills[1].id.clone())],
            "a rating off the scale is no rating"
        );
        assert_eq!(normalize_count(" １０ 回"), "10");
    }
    // ---- the follow-up through the session: handed out, answered, handed back ----

    use crate::document::formats;
    use crate::transport::codes::{response_code, workshop_code};
    use crate::transport::followup_code::{followup_code, parse_followup_code};
    use crate::transport::import::{FollowUpRejection, ImportOutcome};
    use crate::workflow::board::BoardAction;
    use crate::workflow::session::{Action, Notice, OpenError, OpenPlace, Session, UserFile};
    use crate::workflow::stored::records::{self, MemoryStore, Saved};
    use crate::workflow::stored::Loaded;
    use crate::workflow::survey::{Draft, DraftEdit, GenerationInput};

    const NOW: &str = "2026-11-26T09:00:00Z";
    const LATER: &str = "2027-02-01T09:00:00Z";

    /// The facilitator's session with the sample and the board's pairing.
    fn facilitator() -> Session {
        let mut s = Session::restore(Loaded::Fresh, Lang::Ja);
        s.apply(Action::LoadSample { now: NOW.into() });
        pair(&mut s);
        s
    }

    fn pair(s: &mut Session) {
        let cohort = s.cohort.clone().unwrap();
        s.apply(Action::Board(BoardAction::StartRun));
        let run = s.board.computing.unwrap();
        let pairing = crate::matching::match_cohort(&cohort, &s.board.run_input(&cohort)).unwrap();
        s.apply(Action::Board(BoardAction::ResultReady { run, pairing }));
    }

    /// The follow-up survey the facilitator hands out now.
    fn survey_of(s: &Session) -> Workshop {
        let cohort = s.cohort.as_ref().unwrap();
        handed_out(cohort, followed_pairing(cohort, &s.board).unwrap())
    }

    /// A participant's browser (a fresh session).
    fn participant() -> Session {
        Session::restore(Loaded::Fresh, Lang::Ja)
    }

    /// Stores the session as the shell would and reads it back, as after a reload.
    fn reload(s: &Session) -> Session {
        let mut store = MemoryStore::default();
        let plan = records::plan(&Saved::default(), s.wanted());
        store.commit(plan, &Saved::default()).unwrap();
        let read = records::load(&store.records).unwrap();
        let mut back = Session::from_records(read, Lang::Ja);
        back.show_tab_view(s.tab_view());
        back
    }

    fn answer(p: &mut Session, w: &Workshop, person: Option<&str>, new_partner: bool) {
        let mut edits = vec![
            FollowUpEdit::MeetingsHeld("６".into()),
            FollowUpEdit::Satisfaction(if new_partner { 2 } else { 5 }),
            FollowUpEdit::WantsNewPartner(new_partner),
            FollowUpEdit::WentWell("月1回のランチ".into()),
        ];
        edits.extend(person.map(|id| FollowUpEdit::Person(Some(id.into()))));
        edits.extend(w.skills.iter().map(|sk| FollowUpEdit::Rating {
            skill: sk.id.clone(),
            rating: 4,
        }));
        for edit in edits {
            p.apply(Action::EditFollowUp(edit));
        }
    }

    fn submitted(p: &Session) -> FollowUp {
        p.survey()
            .and_then(|s| s.followup.as_ref())
            .and_then(|f| f.submitted.clone())
            .unwrap()
    }

    /// Issue 11 §3: a participant who answered the first survey in this browser opens the
    /// follow-up: it is kept beside the first survey (never over it), "Who are you?"
    /// starts on them, a reload keeps both, and the answers' code goes into the console.
    #[test]
    fn a_follow_up_is_answered_beside_the_first_survey_and_its_code_imported() {
        let mut host = Session::restore(Loaded::Fresh, Lang::Ja);
        host.apply(Action::LoadSample { now: NOW.into() });
        let first = host.cohort.as_ref().unwrap().workshop.clone();

        // The first survey, answered in the participant's browser and imported.
        let mut p = participant();
        p.apply(Action::OpenLink {
            code: workshop_code(&first),
            participant_id: "p-self".into(),
        });
        let draft = Draft {
            name: "新人 花子".into(),
            generation_input: GenerationInput::Choose,
            generation: Some(first.generations.last().unwrap().id.clone()),
            ratings: first.skills.iter().map(|sk| (sk.id.clone(), 2)).collect(),
            ..Draft::default()
        };
        p.apply(Action::EditDraft(DraftEdit::Name(draft.name.clone())));
        p.apply(Action::EditDraft(DraftEdit::Generation(
            draft.generation.clone(),
        )));
        for (skill, &rating) in &draft.ratings {
            p.apply(Action::EditDraft(DraftEdit::Rating {
                skill: skill.clone(),
                rating,
            }));
        }
        p.apply(Action::SubmitSurvey { now: NOW.into() });
        let response = p.survey().unwrap().submitted.clone().unwrap();
        host.apply(Action::ImportCodes(response_code(&response, &first)));
        pair(&mut host);

        // The follow-up, by link: its own key; the first survey's state is untouched.
        let w = survey_of(&host);
        assert!(w.followup.as_ref().unwrap().person("p-self").is_some());
        let first_state = p.survey().unwrap().clone();
        p.apply(Action::OpenLink {
            code: workshop_code(&w),
            participant_id: "p-other".into(),
        });
        assert_eq!(p.survey_open.as_deref(), Some(survey_key(&w).as_str()));
        assert_eq!(p.surveys.get(&first.id), Some(&first_state));
        let form = p.survey().unwrap().followup.clone().unwrap();
        assert_eq!(form.draft.person.as_deref(), Some("p-self"), "pre-selected");

        answer(&mut p, &w, None, true);
        let p = reload(&p);
        assert_eq!(
            p.surveys.get(&first.id),
            Some(&first_state),
            "kept by storage"
        );
        let mut p = p;
        assert_eq!(
            p.survey()
                .unwrap()
                .followup
                .as_ref()
                .unwrap()
                .draft
                .meetings_held,
            "６"
        );
        p.apply(Action::SubmitSurvey { now: LATER.into() });
        assert!(p.survey().unwrap().showing_hand_back());
        let answers = submitted(&p);
        assert_eq!(
            (
                answers.participant_id.as_str(),
                answers.meetings_held,
                answers.wants_new_partner
            ),
            ("p-self", 6, true)
        );
        assert_eq!(p.surveys.get(&first.id), Some(&first_state));

        // Handed back as a code: imported, then a newer one replaces it.
        host.apply(Action::ImportCodes(followup_code(&answers, &w)));
        assert_eq!(
            host.last_import[0].outcome,
            ImportOutcome::FollowUpAdded("新人 花子".into())
        );
        p.apply(Action::EditAnswers);
        p.apply(Action::EditFollowUp(FollowUpEdit::WantsNewPartner(false)));
        p.apply(Action::SubmitSurvey { now: LATER.into() });
        let newer = submitted(&p);
        assert!(
            newer.updated_at > answers.updated_at,
            "dated after the first"
        );
        assert_eq!(newer.created_at, answers.created_at);
        assert_eq!(
            parse_followup_code(&followup_code(&newer, &w), &first),
            Ok(newer.clone()),
            "the code decodes against the facilitator's own workshop"
        );
        host.apply(Action::ImportCodes(followup_code(&newer, &w)));
        assert_eq!(
            host.last_import[0].outcome,
            ImportOutcome::FollowUpUpdated("新人 花子".into())
        );
        assert_eq!(host.cohort.as_ref().unwrap().followups, [newer]);

        // The session file keeps them and re-imports to the same state.
        let file = host.session_file().unwrap();
        let text = formats::to_json(&file);
        let mut again = participant();
        again.apply(Action::OpenCohort(
            formats::parse_cohort(text.as_bytes()).unwrap(),
        ));
        assert_eq!(again.session_file(), Some(file));
    }

    #[test]
    fn before_any_pairing_a_follow_up_is_refused_and_nothing_changes() {
        let mut host = Session::restore(Loaded::Fresh, Lang::Ja);
        host.apply(Action::LoadSample { now: NOW.into() });
        let cohort = host.cohort.clone().unwrap();
        assert_eq!(followed_pairing(&cohort, &host.board), None);
        let mut w = cohort.workshop.clone();
        w.followup = Some(FollowUpSurvey {
            round: 1,
            people: vec![FollowUpPerson {
                id: cohort.responses[0].participant_id.clone(),
                name: cohort.responses[0].name.clone(),
                partners: vec![],
            }],
        });
        let mut p = participant();
        p.apply(Action::OpenLink {
            code: workshop_code(&w),
            participant_id: "p-x".into(),
        });
        answer(&mut p, &w, Some(&cohort.responses[0].participant_id), false);
        p.apply(Action::SubmitSurvey { now: LATER.into() });
        host.apply(Action::ImportCodes(followup_code(&submitted(&p), &w)));
        assert_eq!(
            host.last_import[0].outcome,
            ImportOutcome::RejectedFollowUp(FollowUpRejection::NoPairing)
        );
        assert_eq!(host.cohort.as_deref(), Some(&*cohort));
    }

    /// On a shared laptop nobody is pre-selected, the answers go straight into the
    /// facilitator's session, and the form clears for the next person.
    #[test]
    fn a_shared_laptop_takes_follow_ups_into_the_session() {
        let mut host = facilitator();
        let w = survey_of(&host);
        let people = w.followup.clone().unwrap().people;
        host.apply(Action::OpenSurvey {
            workshop: w.clone(),
            participant_id: "p-kiosk".into(),
            kiosk: true,
        });
        assert_eq!(
            host.survey()
                .unwrap()
                .followup
                .as_ref()
                .unwrap()
                .draft
                .person,
            None
        );
        answer(&mut host, &w, Some(&people[0].id), false);
        host.apply(Action::SubmitSurvey { now: LATER.into() });
        assert_eq!(
            host.notice,
            Some(Notice::KioskSaved(people[0].name.clone()))
        );
        assert_eq!(host.cohort.as_ref().unwrap().followups.len(), 1);
        host.apply(Action::NextParticipant {
            participant_id: "p-next".into(),
        });
        let form = host.survey().unwrap().followup.clone().unwrap();
        assert_eq!(form, FollowUpForm::default(), "cleared for the next person");
        assert!(host.survey().unwrap().kiosk);
    }

    /// A follow-up survey or a follow-up answer file given on Home says where it belongs,
    /// and changes nothing.
    #[test]
    fn follow_up_files_on_home_say_where_they_belong() {
        let mut host = facilitator();
        let w = survey_of(&host);
        let before = host.cohort.clone();
        let file = |name: &str, json: String| UserFile {
            name: name.into(),
            bytes: json.into_bytes(),
        };
        host.apply(Action::OpenHomeFile(file(
            "followup.json",
            formats::to_json(&w),
        )));
        assert_eq!(
            host.open_failure_at(OpenPlace::Home),
            Some(&OpenError::FollowUpSurveyForHome {
                name: "followup.json".into()
            })
        );
        let text =
            crate::i18n::open_error_text(Lang::En, host.open_failure_at(OpenPlace::Home).unwrap());
        assert!(
            text.starts_with("followup.json: this is a follow-up survey handed out"),
            "{text}"
        );
        let mut p = participant();
        p.apply(Action::OpenLink {
            code: workshop_code(&w),
            participant_id: "p-x".into(),
        });
        answer(
            &mut p,
            &w,
            Some(&w.followup.as_ref().unwrap().people[0].id),
            false,
        );
        p.apply(Action::SubmitSurvey { now: LATER.into() });
        host.apply(Action::OpenHomeFile(file(
            "followup-answer.json",
            formats::to_json(&submitted(&p)),
        )));
        assert_eq!(
            host.open_failure_at(OpenPlace::Home),
            Some(&OpenError::NotForHome {
                name: "followup-answer.json".into(),
                found: Kind::FollowUp
            })
        );
        let text =
            crate::i18n::open_error_text(Lang::Ja, host.open_failure_at(OpenPlace::Home).unwrap());
        assert!(text.contains("フォローアップ回答ファイル"), "{text}");
        assert_eq!(host.cohort, before);
    }
}
