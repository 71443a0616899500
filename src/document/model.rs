//! The data Kakehashi works on, as serde types: a [`Workshop`] (what the facilitator sets
//! up), a [`Response`] (one participant's self-assessment), a [`Cohort`] (a workshop plus
//! its responses: a facilitator's session) and a [`Pairing`] (a matching result).
//!
//! Every top-level document carries `"format": "kakehashi/<kind>@<major>"`; the format
//! tag is checked by [`crate::document::formats`], which is the only way documents come in from
//! outside. These types hold data only: no parsing policy, no browser API, no clock.
//! See `docs/FORMATS.md` for the documented shape of each.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The five kinds of document, as named in the `format` tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Workshop,
    Response,
    Cohort,
    Pairing,
    /// A participant's answers to the follow-up survey ([`FollowUp`]).
    FollowUp,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Workshop,
        Kind::Response,
        Kind::Cohort,
        Kind::Pairing,
        Kind::FollowUp,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Workshop => "workshop",
            Kind::Response => "response",
            Kind::Cohort => "cohort",
            Kind::Pairing => "pairing",
            Kind::FollowUp => "followup",
        }
    }

    /// The major version this build reads and writes.
    pub fn current_major(self) -> u32 {
        1
    }

    /// The tag written into new documents, e.g. `kakehashi/workshop@1`.
    pub fn tag(self) -> String {
        format!("kakehashi/{}@{}", self.name(), self.current_major())
    }

    pub(crate) fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// A piece of user-facing text the facilitator writes in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

impl Text {
    pub fn new(ja: &str, en: &str) -> Self {
        Text {
            ja: ja.to_owned(),
            en: en.to_owned(),
        }
    }

    /// The text in `lang`, falling back to the other language when that one is empty.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Ja => (&self.ja, &self.en),
            Lang::En => (&self.en, &self.ja),
        };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }
}

/// The two languages of the app and of every survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Parses `ja`, `en` and browser tags such as `ja-JP` or `en-US`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The rating scale of the self-assessment: integers `min..=max`, one label per point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: u8,
    pub max: u8,
    /// `labels[i]` names the point `min + i`; there is exactly one per point.
    pub labels: Vec<Text>,
}

impl Scale {
    pub fn contains(&self, rating: u8) -> bool {
        (self.min..=self.max).contains(&rating)
    }

    pub fn label(&self, rating: u8) -> Option<&Text> {
        rating
            .checked_sub(self.min)
            .and_then(|i| self.labels.get(usize::from(i)))
    }
}

/// What kind of strength a skill is: the two sides of reverse mentoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SkillFamily {
    Digital,
    Experience,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: String,
    pub label: Text,
    pub family: SkillFamily,
}

/// A generation and the birth years it covers. `born_from: None` means "and earlier",
/// `born_to: None` "and later".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Generation {
    pub id: String,
    pub label: Text,
    #[serde(default)]
    pub born_from: Option<i32>,
    #[serde(default)]
    pub born_to: Option<i32>,
}

impl Generation {
    pub fn covers(&self, birth_year: i32) -> bool {
        self.born_from.is_none_or(|from| birth_year >= from)
            && self.born_to.is_none_or(|to| birth_year <= to)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum MatchingMode {
    /// Everyone both teaches and learns: pairs of peers across generations.
    #[default]
    Mutual,
    /// Younger mentors teach older mentees (the split is `mentor_generations`).
    Reverse,
}

/// What the matching maximises first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// As many people paired as possible, then the highest total score.
    #[default]
    MostPairs,
    /// The highest lowest-pair score first, then the total.
    Fairest,
}

/// How a constraint binds: `hard` forbids, `soft` costs `penalty` points, `off` ignores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Strictness {
    #[default]
    Off,
    Soft,
    Hard,
}

/// A rule with a strictness and the penalty it costs when soft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub strictness: Strictness,
    #[serde(default)]
    pub penalty: u32,
}

/// Every weight and constraint of the matching; see `docs/MATCHING.md`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatchingSettings {
    pub mode: MatchingMode,
    #[serde(default)]
    pub objective: Objective,
    /// A mentor can teach a skill when their rating is at least this.
    pub teach_threshold: u8,
    /// Multiplier for what is taught in a skill the mentee wants to learn.
    pub want_weight: u32,
    /// Mutual mode: points when each member has something to teach the other.
    pub reciprocity_bonus: u32,
    /// Points per step of generation distance between the two members.
    pub generation_bonus_per_step: u32,
    /// Reverse mode: the generations whose members mentor; everyone else is a mentee.
    pub mentor_generations: Vec<String>,
    /// Reverse mode: how many mentees one mentor takes at most.
    pub mentor_capacity: u32,
    /// Pairs whose members share a department.
    pub same_department: Rule,
    /// Pairs who were partners in an earlier round.
    pub repeat_partner: Rule,
    /// Pairs closer than this many generation steps are not formed (0: no limit).
    pub min_generation_distance: u32,
    /// Participant-id pairs that must never be paired.
    #[serde(default)]
    pub never_pair: Vec<[String; 2]>,
    /// Pairs the facilitator fixed; kept as they are, the rest is optimised around them.
    /// In reverse mode the mentor comes first.
    #[serde(default)]
    pub locked_pairs: Vec<[String; 2]>,
}

impl Default for MatchingSettings {
    fn default() -> Self {
        MatchingSettings {
            mode: MatchingMode::Mutual,
            objective: Objective::MostPairs,
            teach_threshold: 4,
            want_weight: 2,
            reciprocity_bonus: 3,
            generation_bonus_per_step: 1,
            mentor_generations: vec!["millennials".into(), "gen_z".into()],
            mentor_capacity: 1,
            same_department: Rule {
                strictness: Strictness::Soft,
                penalty: 2,
            },
            repeat_partner: Rule {
                strictness: Strictness::Hard,
                penalty: 0,
            },
            min_generation_distance: 0,
            never_pair: Vec::new(),
            locked_pairs: Vec::new(),
        }
    }
}

/// What someone is in a matching: a peer in mutual mode; in reverse mode a mentor (a
/// member of a mentor generation) or a mentee (everyone else).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Peer,
    Mentor,
    Mentee,
}

impl MatchingSettings {
    /// The role of a member of `generation` under these settings: the one rule of who
    /// mentors, used by the engine, the board and every view.
    pub fn role(&self, generation: Option<&str>) -> Role {
        match self.mode {
            MatchingMode::Mutual => Role::Peer,
            MatchingMode::Reverse
                if generation.is_some_and(|g| self.mentor_generations.iter().any(|m| m == g)) =>
            {
                Role::Mentor
            }
            MatchingMode::Reverse => Role::Mentee,
        }
    }
}

/// `kakehashi/workshop@1`: what a facilitator sets up and participants answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workshop {
    pub format: String,
    pub id: String,
    pub title: Text,
    /// The languages the survey is offered in.
    pub languages: Vec<Lang>,
    pub scale: Scale,
    pub skills: Vec<Skill>,
    /// Ordered from the oldest to the youngest; the distance between two generations is
    /// the difference of their positions here.
    pub generations: Vec<Generation>,
    /// Departments offered in the survey (free text is accepted too).
    #[serde(default)]
    pub departments: Vec<String>,
    pub matching: MatchingSettings,
    /// Present only in the copy of the workshop handed out for the follow-up survey: it
    /// turns the survey into the follow-up one ([`FollowUpSurvey`]). The facilitator's own
    /// workshop never carries it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followup: Option<FollowUpSurvey>,
    /// The programme after the match: how often, how long, from when and where pairs
    /// meet. Left out of the file while it is the default, so a workshop without one
    /// reads and writes as before.
    #[serde(default, skip_serializing_if = "Programme::is_default")]
    pub programme: Programme,
}

/// What the follow-up survey needs beyond the workshop: which round it follows up and who
/// may answer it (everyone paired in that round), so that a participant on a shared
/// laptop picks their own name instead of typing it, and the form can name the partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpSurvey {
    /// The round whose pairs are followed up (1, 2, …).
    pub round: u32,
    /// Everyone paired in that round, in the order of their pairs.
    pub people: Vec<FollowUpPerson>,
}

/// One person who may answer a follow-up survey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpPerson {
    /// Their participant id (the one of their first answers).
    pub id: String,
    pub name: String,
    /// The ids of their partners in that round (one, or two in a trio), each one of `people`.
    #[serde(default)]
    pub partners: Vec<String>,
}

impl FollowUpSurvey {
    pub fn person(&self, id: &str) -> Option<&FollowUpPerson> {
        self.people.iter().find(|p| p.id == id)
    }
}

/// How the pairs meet after the match (issue 11): the plan on every kickoff sheet and in
/// the meeting calendar. Dates and times are local to `time_zone`; the bounds are
/// checked in [`crate::document::validate`], the dates computed in
/// [`crate::document::programme`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Programme {
    /// How many meetings each pair has (1–24).
    pub meetings: u32,
    /// Weeks from one meeting to the next (1–26).
    pub interval_weeks: u32,
    /// How long a meeting lasts, in minutes (15–240).
    pub minutes: u32,
    /// The first meeting's date, `YYYY-MM-DD`; `None` until the facilitator sets it (the
    /// calendar needs it, the sheet says it is to be agreed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_on: Option<String>,
    /// The time of day meetings start, `HH:MM` (24-hour).
    pub time: String,
    /// Where the pairs meet; empty: online, or a place each pair agrees on.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// The IANA time zone of `starts_on` and `time` (`Asia/Tokyo`).
    pub time_zone: String,
}

impl Programme {
    pub const DEFAULT_TIME_ZONE: &'static str = "Asia/Tokyo";

    pub fn is_default(&self) -> bool {
        *self == Programme::default()
    }
}

impl Default for Programme {
    fn default() -> Self {
        Programme {
            meetings: 6,
            interval_weeks: 4,
            minutes: 60,
            starts_on: None,
            time: "16:00".into(),
            place: String::new(),
            time_zone: Programme::DEFAULT_TIME_ZONE.into(),
        }
    }
}

impl Workshop {
    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.id == id)
    }

    pub fn generation_index(&self, id: &str) -> Option<usize> {
        self.generations.iter().position(|g| g.id == id)
    }

    /// The generation a birth year falls in (the first that covers it).
    pub fn generation_for_birth_year(&self, birth_year: i32) -> Option<&Generation> {
        self.generations.iter().find(|g| g.covers(birth_year))
    }
}

/// `kakehashi/response@1`: one participant's self-assessment for one workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    pub format: String,
    pub workshop_id: String,
    /// Stable across edits: a re-submitted response replaces the older one with this id.
    pub participant_id: String,
    pub name: String,
    /// A generation id of the workshop; may be omitted when `birth_year` is given.
    #[serde(default)]
    pub generation: Option<String>,
    #[serde(default)]
    pub birth_year: Option<i32>,
    #[serde(default)]
    pub department: Option<String>,
    /// One rating per skill of the workshop, keyed by skill id.
    pub ratings: BTreeMap<String, u8>,
    /// Skill ids the participant wants to learn.
    #[serde(default)]
    pub wants_to_learn: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// RFC 3339 UTC timestamps (`2026-11-26T09:30:00Z`); the newer `updated_at` wins.
    pub created_at: String,
    pub updated_at: String,
}

impl Response {
    /// The generation id: the one given, else the one the birth year falls in.
    pub fn generation_id<'w>(&'w self, workshop: &'w Workshop) -> Option<&'w str> {
        match &self.generation {
            Some(g) => Some(g.as_str()),
            None => self
                .birth_year
                .and_then(|y| workshop.generation_for_birth_year(y))
                .map(|g| g.id.as_str()),
        }
    }
}

/// How satisfied a participant was with their partner, from 1 (not at all) to 5 (very).
pub const SATISFACTION: std::ops::RangeInclusive<u8> = 1..=5;

/// `kakehashi/followup@1`: one participant's answers to the follow-up survey, some months
/// into the programme: the same skills rated again, how the pair went, and whether they
/// would like a new partner. Tied to their first answers by `participant_id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub format: String,
    pub workshop_id: String,
    /// The id of the participant's first answers ([`Response::participant_id`]).
    pub participant_id: String,
    /// The round whose pair this follows up ([`FollowUpSurvey::round`]).
    pub round: u32,
    /// How many meetings the pair held.
    pub meetings_held: u32,
    /// Satisfaction with the partner, within [`SATISFACTION`].
    pub satisfaction: u8,
    /// "I would like a new partner" (else: continue with this one).
    #[serde(default)]
    pub wants_new_partner: bool,
    /// One rating per skill of the workshop, on its scale, keyed by skill id: the same
    /// self-assessment as the first answers.
    pub ratings: BTreeMap<String, u8>,
    /// What went well.
    #[serde(default)]
    pub went_well: Option<String>,
    /// A free comment.
    #[serde(default)]
    pub comment: Option<String>,
    /// RFC 3339 UTC timestamps; the newer `updated_at` wins.
    pub created_at: String,
    pub updated_at: String,
}

/// `kakehashi/cohort@1`: a workshop plus every response collected for it, the pairings
/// of earlier rounds (oldest first) and, in a saved session, the current pairing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cohort {
    pub format: String,
    pub workshop: Workshop,
    pub responses: Vec<Response>,
    #[serde(default)]
    pub rounds: Vec<Pairing>,
    /// The current round's pairing, not yet kept as a round: present in a saved session
    /// so that opening it restores the pairs on the console as they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pairing: Option<Pairing>,
    /// The follow-up answers collected (one per participant, the newest kept).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub followups: Vec<FollowUp>,
}

impl Cohort {
    /// The response of participant `id`, if collected.
    pub fn response(&self, id: &str) -> Option<&Response> {
        self.responses.iter().find(|r| r.participant_id == id)
    }

    /// The follow-up answers of participant `id`, if collected.
    pub fn followup(&self, id: &str) -> Option<&FollowUp> {
        self.followups.iter().find(|f| f.participant_id == id)
    }

    /// The role of participant `id` under `settings` ([`MatchingSettings::role`]).
    pub fn role(&self, settings: &MatchingSettings, id: &str) -> Role {
        settings.role(
            self.response(id)
                .and_then(|r| r.generation_id(&self.workshop)),
        )
    }
}

/// `kakehashi/pairing@1`: the result of one matching run, written by
/// [`crate::matching::match_cohort`]; see `docs/MATCHING.md` for how it is computed and
/// `docs/FORMATS.md` for a full example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pairing {
    pub format: String,
    pub workshop_id: String,
    /// 1 for the first round, then 2, 3, …
    pub round: u32,
    pub mode: MatchingMode,
    pub objective: Objective,
    /// The settings the result was computed with.
    pub settings: MatchingSettings,
    /// The sum of the scores of `pairs` (a trio counts its three pair scores).
    pub total_score: i64,
    /// The lowest score in `pairs`; `None` when there is no pair.
    #[serde(default)]
    pub min_pair_score: Option<i64>,
    /// In the order of their numbers ([`Pair::number`]). Read from a file written before
    /// pairs were numbered, each pair is numbered in its place ([`number_pairs`]).
    #[serde(deserialize_with = "numbered_pairs")]
    pub pairs: Vec<Pair>,
    #[serde(default)]
    pub unmatched: Vec<Unmatched>,
    /// The earlier rounds whose partners this round avoided (see
    /// `settings.repeat_partner`), oldest first.
    #[serde(default)]
    pub earlier_rounds: Vec<u32>,
    /// Pairs of this round who were already partners in an earlier round: possible only
    /// when the repeat-partner rule is soft or off, or the pair was locked.
    #[serde(default)]
    pub repeated_partners: Vec<[String; 2]>,
    /// True when the engine proved the result optimal for the objective.
    pub optimal: bool,
    /// The pairs of this round that were broken and re-matched (the board's
    /// "re-match"), oldest first: each as it was, and why. Their members were kept apart
    /// from each other and every other pair was kept. Absent when no pair was re-matched.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rematched: Vec<RematchedPair>,
}

/// A pair broken by re-matching ([`Pairing::rematched`]), as it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RematchedPair {
    /// Its number on the board then ([`Pair::number`]).
    pub number: u32,
    /// Its members then (two, or three in a trio; in reverse mode the mentor first).
    pub members: Vec<String>,
    /// Those of `members` whose follow-up for this round asked for a new partner; empty
    /// when the facilitator marked the pair by hand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asked: Vec<String>,
}

/// One pair (or trio, or mentor–mentee pair) of the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    /// The pair's number on the board, cards and exports: 1, 2, … in the order the engine
    /// lists its pairs, then kept for as long as the pair lasts, so that breaking or
    /// changing one pair renumbers no other. A pair formed by hand gets the next number
    /// after the highest. 0 (not numbered yet) only before [`number_pairs`].
    #[serde(default)]
    pub number: u32,
    /// Participant ids; in reverse mode the mentor first. Three ids for a trio, the one
    /// who joined the pair last.
    pub members: Vec<String>,
    /// The pair's points; for a trio the sum of its three pair scores.
    pub score: i64,
    /// The facilitator fixed this pair; the rest was optimised around it.
    #[serde(default)]
    pub locked: bool,
    pub explanation: PairExplanation,
}

/// Numbers every pair that has no number yet (0), in their order, after the highest
/// number given. Pairs read from files written before pairs were numbered are numbered
/// 1, 2, … as they are listed, which is how the board numbered them then.
pub fn number_pairs(pairs: &mut [Pair]) {
    let mut next = pairs.iter().map(|p| p.number).max().unwrap_or(0);
    for pair in pairs.iter_mut().filter(|p| p.number == 0) {
        next += 1;
        pair.number = next;
    }
}

fn numbered_pairs<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Pair>, D::Error> {
    let mut pairs = Vec::<Pair>::deserialize(deserializer)?;
    number_pairs(&mut pairs);
    Ok(pairs)
}

/// Why a pair was formed, as evidence a facilitator can check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairExplanation {
    /// One entry per two people working together: one for a pair, three for a trio. The
    /// link scores add up exactly to the pair's score.
    pub links: Vec<LinkExplanation>,
    /// The hard constraints a locked pair breaks (a lock wins over the constraints).
    #[serde(default)]
    pub overrides: Vec<Constraint>,
    /// For each member of an unlocked pair: their best other partner and what forcing
    /// that pair instead would cost the whole group.
    #[serde(default)]
    pub why_not: Vec<RunnerUp>,
    /// The members who had no partner in the latest earlier round, and so came first in
    /// this one (absent when none did).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sat_out: Vec<String>,
}

/// The score of two people together, line by line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkExplanation {
    /// The two participant ids; in reverse mode the mentor first.
    pub members: [String; 2],
    /// `breakdown.total()`.
    pub score: i64,
    /// Who teaches whom which skill; the points add up to `breakdown.skills`.
    pub teaching: Vec<TeachingLine>,
    pub breakdown: Breakdown,
    /// How many generations apart the two are.
    pub generation_steps: u32,
    /// The department both belong to, if they share one.
    #[serde(default)]
    pub shared_department: Option<String>,
    /// The latest earlier round in which the two were partners.
    #[serde(default)]
    pub earlier_round: Option<u32>,
}

/// `teacher` can teach `learner` one skill: `points` = (teacher_rating − learner_rating),
/// times the want-to-learn weight when `wanted`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeachingLine {
    pub teacher: String,
    pub learner: String,
    pub skill: String,
    pub teacher_rating: u8,
    pub learner_rating: u8,
    /// The skill is on the learner's want-to-learn list.
    pub wanted: bool,
    pub points: i64,
}

/// The parts of a link's score: bonuses are ≥ 0, penalties ≤ 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Breakdown {
    pub skills: i64,
    pub reciprocity_bonus: i64,
    pub generation_bonus: i64,
    pub same_department_penalty: i64,
    pub repeat_partner_penalty: i64,
}

impl Breakdown {
    pub fn total(&self) -> i64 {
        self.skills
            + self.reciprocity_bonus
            + self.generation_bonus
            + self.same_department_penalty
            + self.repeat_partner_penalty
    }
}

/// A reason two people may not be paired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Constraint {
    /// Same department, with the rule set to hard.
    SameDepartment,
    /// On the never-pair list.
    NeverPair,
    /// Fewer generation steps apart than the minimum.
    MinGenerationDistance,
    /// Partners in an earlier round, with the rule set to hard.
    RepeatPartner,
    /// Already in a locked pair with someone else.
    LockedElsewhere,
}

/// "Why not X?": a member's runner-up partner — the allowed partner other than the
/// chosen one with the highest pair score — and what forcing that pair would cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunnerUp {
    pub member: String,
    pub partner: String,
    /// The score of `member` with `partner`.
    pub pair_score: i64,
    /// How much lower `total_score` would be if the pair were forced (negative: higher,
    /// possible under the fairest objective).
    pub total_fall: i64,
    /// How many fewer people would have a partner if the pair were forced.
    pub fewer_paired: i64,
    /// True: the engine re-solved with the pair forced. False: `total_fall` is an upper
    /// bound from a local swap (large cohorts; see `docs/MATCHING.md`).
    pub exact: bool,
}

/// Someone the pairing leaves without a partner, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unmatched {
    pub participant_id: String,
    pub reason: UnmatchedReason,
    /// The reason as an English sentence naming them, for people who read the file:
    /// written with the pairing files Kakehashi saves (the engine and the app work with
    /// `reason`); empty, and left out, in a pairing not yet written out.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
}

/// Why someone has no partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum UnmatchedReason {
    /// There is nobody to pair with: a single participant, or (reverse mode) nobody on
    /// the other side.
    NobodyElse,
    /// Every possible partner is excluded by a hard constraint; how many by which.
    NoAllowedPartner { excluded: Vec<ExcludedCount> },
    /// Allowed partners exist, but each is paired with someone else so that more people
    /// get a partner, and no pair could take this person as a third (`allowed` lists at
    /// most 10 of them).
    PartnersTaken {
        allowed: Vec<String>,
        allowed_count: u32,
    },
    /// Reverse mode, a mentor: there were fewer mentees than mentor places, and the
    /// mentees went to mentors where they scored higher.
    NoMenteeLeft,
    /// The facilitator broke their pair, or moved their partner to another pair; a
    /// re-run pairs them again.
    SetAside,
}

/// The kind of an [`UnmatchedReason`], without its details: people are grouped by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UnmatchedKind {
    NobodyElse,
    NoAllowedPartner,
    PartnersTaken,
    NoMenteeLeft,
    SetAside,
}

impl UnmatchedReason {
    pub fn kind(&self) -> UnmatchedKind {
        match self {
            UnmatchedReason::NobodyElse => UnmatchedKind::NobodyElse,
            UnmatchedReason::NoAllowedPartner { .. } => UnmatchedKind::NoAllowedPartner,
            UnmatchedReason::PartnersTaken { .. } => UnmatchedKind::PartnersTaken,
            UnmatchedReason::NoMenteeLeft => UnmatchedKind::NoMenteeLeft,
            UnmatchedReason::SetAside => UnmatchedKind::SetAside,
        }
    }
}

/// How many possible partners one constraint excludes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExcludedCount {
    pub constraint: Constraint,
    pub count: u32,
}
