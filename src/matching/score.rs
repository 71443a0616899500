//! Scoring: how many points two participants earn together, which hard constraint (if
//! any) forbids them, and the line-by-line explanation of those points.
//!
//! A [`Scorer`] is prepared once per matching run from a validated cohort and settings:
//! participants sorted by id (the index space of every matrix in [`super`]), ratings in
//! one flat array, the skills each one can teach and wants to learn as bit masks (a
//! workshop has at most 60 skills), departments interned, and the never-pair list and
//! earlier partners as hash maps. Scores are integers, so optimality is exact and the
//! same on every platform. The formula is documented in `docs/MATCHING.md`:
//!
//! - m can teach skill s to e when rating_m(s) ≥ `teach_threshold`; that gives
//!   max(0, rating_m(s) − rating_e(s)) points, times `want_weight` when s is on e's
//!   want-to-learn list; gain(m→e) is the sum over skills;
//! - mutual mode: gain(a→b) + gain(b→a) + `reciprocity_bonus` when both gains are
//!   positive; reverse mode: gain(mentor→mentee);
//! - both: + `generation_bonus_per_step` × generation distance, − the soft penalties for
//!   a shared department and an earlier partnership.
//!
//! This module knows nothing about the solvers; [`super::engine`] builds on it.

use crate::document::model::{
    Breakdown, Cohort, Constraint, LinkExplanation, MatchingMode, MatchingSettings, Strictness,
    TeachingLine,
};
use std::collections::{HashMap, HashSet};

/// One participant as the scorer sees them. Indices into [`Scorer::people`] are the
/// participants sorted by id.
#[derive(Debug, Clone)]
pub struct Person<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// Position of the participant's generation in the workshop (0 = oldest).
    pub generation: usize,
    /// Interned department (trimmed, lower-cased); `None` when not given.
    pub department: Option<u32>,
    /// Reverse mode: a member of a mentor generation.
    pub is_mentor: bool,
    /// Had no partner in the latest earlier round: comes first in this one (see
    /// `docs/MATCHING.md`, "Those who sat out come first").
    pub sat_out: bool,
    /// Bit s set: rating(s) ≥ the teach threshold.
    teach_mask: u64,
    /// Bit s set: skill s is on the want-to-learn list.
    want_mask: u64,
}

pub struct Scorer<'a> {
    pub settings: &'a MatchingSettings,
    pub people: Vec<Person<'a>>,
    /// The workshop's skill ids, in its order (bit s of the masks is `skill_ids[s]`).
    skill_ids: Vec<&'a str>,
    /// `ratings[p * n_skills + s]`: participant p's rating of skill s.
    ratings: Vec<u8>,
    /// Interned department names, for explanations.
    departments: Vec<String>,
    /// Never-pair list as (smaller index, larger index).
    never: HashSet<(usize, usize)>,
    /// Earlier partners as (smaller index, larger index) → the latest round together.
    earlier: HashMap<(usize, usize), u32>,
}

impl<'a> Scorer<'a> {
    /// Prepares the scorer. The cohort must be valid (see [`crate::document::validate::cohort`]):
    /// every response rates every skill and has a known generation.
    pub fn new(cohort: &'a Cohort, settings: &'a MatchingSettings) -> Scorer<'a> {
        let workshop = &cohort.workshop;
        let skill_ids: Vec<&str> = workshop.skills.iter().map(|s| s.id.as_str()).collect();
        let n_skills = skill_ids.len();
        let mut responses: Vec<_> = cohort.responses.iter().collect();
        responses.sort_by(|a, b| a.participant_id.cmp(&b.participant_id));

        let mut departments: Vec<String> = Vec::new();
        let mut department_index: HashMap<String, u32> = HashMap::new();
        let mut ratings = Vec::with_capacity(responses.len() * n_skills);
        let mut people = Vec::with_capacity(responses.len());
        for r in responses {
            let (mut teach_mask, mut want_mask) = (0u64, 0u64);
            for (s, skill) in skill_ids.iter().enumerate() {
                let rating = r.ratings.get(*skill).copied().unwrap_or(workshop.scale.min);
                ratings.push(rating);
                if rating >= settings.teach_threshold {
                    teach_mask |= 1 << s;
                }
                if r.wants_to_learn.iter().any(|w| w == skill) {
                    want_mask |= 1 << s;
                }
            }
            let generation_id = r.generation_id(workshop);
            let generation = generation_id
                .and_then(|g| workshop.generation_index(g))
                .unwrap_or(0);
            let is_mentor =
                generation_id.is_some_and(|g| settings.mentor_generations.iter().any(|m| m == g));
            let department = r
                .department
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(|d| {
                    let key = d.to_lowercase();
                    let next = departments.len() as u32;
                    *department_index.entry(key).or_insert_with(|| {
                        departments.push(d.to_owned());
                        next
                    })
                });
            people.push(Person {
                id: &r.participant_id,
                name: &r.name,
                generation,
                department,
                is_mentor,
                sat_out: false,
                teach_mask,
                want_mask,
            });
        }
        if let Some(latest) = cohort.rounds.iter().max_by_key(|r| r.round) {
            for person in &mut people {
                person.sat_out = latest
                    .unmatched
                    .iter()
                    .any(|u| u.participant_id == person.id);
            }
        }

        let index: HashMap<&str, usize> =
            people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        let key = |a: &str, b: &str| -> Option<(usize, usize)> {
            let (i, j) = (*index.get(a)?, *index.get(b)?);
            (i != j).then_some((i.min(j), i.max(j)))
        };
        // Ids on the never-pair list that are not in the cohort are ignored: a
        // participant may have left since the list was written.
        let never = settings
            .never_pair
            .iter()
            .filter_map(|[a, b]| key(a, b))
            .collect();
        let mut earlier = HashMap::new();
        for round in &cohort.rounds {
            for pair in &round.pairs {
                for (x, a) in pair.members.iter().enumerate() {
                    for b in &pair.members[x + 1..] {
                        if let Some(k) = key(a, b) {
                            let latest = earlier.entry(k).or_insert(round.round);
                            *latest = (*latest).max(round.round);
                        }
                    }
                }
            }
        }
        Scorer {
            settings,
            people,
            skill_ids,
            ratings,
            departments,
            never,
            earlier,
        }
    }

    pub fn len(&self) -> usize {
        self.people.len()
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    fn row(&self, p: usize) -> &[u8] {
        let n = self.skill_ids.len();
        &self.ratings[p * n..(p + 1) * n]
    }

    /// gain(m→e): what `m` can teach `e`, in points.
    pub fn gain(&self, m: usize, e: usize) -> i64 {
        let (rm, re) = (self.row(m), self.row(e));
        let want_weight = i64::from(self.settings.want_weight);
        let wants = self.people[e].want_mask;
        let mut mask = self.people[m].teach_mask;
        let mut total = 0;
        while mask != 0 {
            let s = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let diff = i64::from(rm[s]) - i64::from(re[s]);
            if diff > 0 {
                total += if wants & (1 << s) != 0 {
                    diff * want_weight
                } else {
                    diff
                };
            }
        }
        total
    }

    pub fn generation_steps(&self, a: usize, b: usize) -> u32 {
        self.people[a]
            .generation
            .abs_diff(self.people[b].generation) as u32
    }

    fn shared_department(&self, a: usize, b: usize) -> bool {
        matches!((self.people[a].department, self.people[b].department), (Some(x), Some(y)) if x == y)
    }

    /// The latest earlier round in which `a` and `b` were partners.
    pub fn earlier_round(&self, a: usize, b: usize) -> Option<u32> {
        if self.earlier.is_empty() {
            return None;
        }
        self.earlier.get(&(a.min(b), a.max(b))).copied()
    }

    /// The hard constraint that forbids pairing `a` and `b`, checked in a fixed order
    /// (never-pair list, department, generation distance, earlier partner); `None` when
    /// they may be paired. Roles (reverse mode) are not checked here.
    pub fn forbidden_by(&self, a: usize, b: usize) -> Option<Constraint> {
        let s = self.settings;
        if !self.never.is_empty() && self.never.contains(&(a.min(b), a.max(b))) {
            return Some(Constraint::NeverPair);
        }
        if s.same_department.strictness == Strictness::Hard && self.shared_department(a, b) {
            return Some(Constraint::SameDepartment);
        }
        if self.generation_steps(a, b) < s.min_generation_distance {
            return Some(Constraint::MinGenerationDistance);
        }
        if s.repeat_partner.strictness == Strictness::Hard && self.earlier_round(a, b).is_some() {
            return Some(Constraint::RepeatPartner);
        }
        None
    }

    /// Every hard constraint that forbids pairing `a` and `b` (for a locked pair's
    /// overrides).
    pub fn all_forbidding(&self, a: usize, b: usize) -> Vec<Constraint> {
        let s = self.settings;
        let mut all = Vec::new();
        if self.never.contains(&(a.min(b), a.max(b))) {
            all.push(Constraint::NeverPair);
        }
        if s.same_department.strictness == Strictness::Hard && self.shared_department(a, b) {
            all.push(Constraint::SameDepartment);
        }
        if self.generation_steps(a, b) < s.min_generation_distance {
            all.push(Constraint::MinGenerationDistance);
        }
        if s.repeat_partner.strictness == Strictness::Hard && self.earlier_round(a, b).is_some() {
            all.push(Constraint::RepeatPartner);
        }
        all
    }

    /// The score of `a` with `b` ignoring hard constraints (`a` the mentor in reverse
    /// mode). Equal to `self.explain(a, b).score`.
    pub fn raw_score(&self, a: usize, b: usize) -> i64 {
        let s = self.settings;
        let mut score = match s.mode {
            MatchingMode::Mutual => {
                let (ab, ba) = (self.gain(a, b), self.gain(b, a));
                ab + ba
                    + if ab > 0 && ba > 0 {
                        i64::from(s.reciprocity_bonus)
                    } else {
                        0
                    }
            }
            MatchingMode::Reverse => self.gain(a, b),
        };
        score += i64::from(s.generation_bonus_per_step) * i64::from(self.generation_steps(a, b));
        if s.same_department.strictness == Strictness::Soft && self.shared_department(a, b) {
            score -= i64::from(s.same_department.penalty);
        }
        if s.repeat_partner.strictness == Strictness::Soft && self.earlier_round(a, b).is_some() {
            score -= i64::from(s.repeat_partner.penalty);
        }
        score
    }

    /// The score of `a` with `b`, or `None` when a hard constraint forbids the pair.
    pub fn score(&self, a: usize, b: usize) -> Option<i64> {
        match self.forbidden_by(a, b) {
            Some(_) => None,
            None => Some(self.raw_score(a, b)),
        }
    }

    fn teaching(&self, teacher: usize, learner: usize, lines: &mut Vec<TeachingLine>) -> i64 {
        let (rt, rl) = (self.row(teacher), self.row(learner));
        let mut total = 0;
        for (s, skill) in self.skill_ids.iter().enumerate() {
            let diff = i64::from(rt[s]) - i64::from(rl[s]);
            if self.people[teacher].teach_mask & (1 << s) == 0 || diff <= 0 {
                continue;
            }
            let wanted = self.people[learner].want_mask & (1 << s) != 0;
            let points = if wanted {
                diff * i64::from(self.settings.want_weight)
            } else {
                diff
            };
            total += points;
            lines.push(TeachingLine {
                teacher: self.people[teacher].id.to_owned(),
                learner: self.people[learner].id.to_owned(),
                skill: (*skill).to_owned(),
                teacher_rating: rt[s],
                learner_rating: rl[s],
                wanted,
                points,
            });
        }
        total
    }

    /// The explanation of `a` with `b` (`a` the mentor in reverse mode), ignoring hard
    /// constraints: its breakdown sums to [`Scorer::raw_score`].
    pub fn explain(&self, a: usize, b: usize) -> LinkExplanation {
        let s = self.settings;
        let mut teaching = Vec::new();
        let mut breakdown = Breakdown::default();
        let ab = self.teaching(a, b, &mut teaching);
        breakdown.skills = ab;
        if s.mode == MatchingMode::Mutual {
            let ba = self.teaching(b, a, &mut teaching);
            breakdown.skills += ba;
            if ab > 0 && ba > 0 {
                breakdown.reciprocity_bonus = i64::from(s.reciprocity_bonus);
            }
        }
        let steps = self.generation_steps(a, b);
        breakdown.generation_bonus = i64::from(s.generation_bonus_per_step) * i64::from(steps);
        let shared = self.shared_department(a, b);
        if s.same_department.strictness == Strictness::Soft && shared {
            breakdown.same_department_penalty = -i64::from(s.same_department.penalty);
        }
        let earlier_round = self.earlier_round(a, b);
        if s.repeat_partner.strictness == Strictness::Soft && earlier_round.is_some() {
            breakdown.repeat_partner_penalty = -i64::from(s.repeat_partner.penalty);
        }
        let shared_department = if shared {
            self.people[a]
                .department
                .map(|d| self.departments[d as usize].clone())
        } else {
            None
        };
        LinkExplanation {
            members: [self.people[a].id.to_owned(), self.people[b].id.to_owned()],
            score: breakdown.total(),
            teaching,
            breakdown,
            generation_steps: steps,
            shared_department,
            earlier_round,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::model::Kind;
    use crate::document::model::{Lang, Response, Rule};
    use crate::document::template::default_workshop;
    use std::collections::BTreeMap;

    fn person(id: &str, generation: &str, dept: &str, ratings: &[u8], wants: &[&str]) -> Response {
        let w = default_workshop(Lang::En);
        Response {
            format: Kind::Response.tag(),
            workshop_id: w.id.clone(),
            participant_id: id.into(),
            name: id.to_uppercase(),
            generation: Some(generation.into()),
            birth_year: None,
            department: Some(dept.into()),
            ratings: w
                .skills
                .iter()
                .zip(ratings)
                .map(|(s, r)| (s.id.clone(), *r))
                .collect::<BTreeMap<_, _>>(),
            wants_to_learn: wants.iter().map(|s| (*s).to_owned()).collect(),
            note: None,
            created_at: "2026-11-26T09:30:00Z".into(),
            updated_at: "2026-11-26T09:30:00Z".into(),
        }
    }

    /// The worked example of docs/MATCHING.md.
    fn example() -> Cohort {
        //                         ai sm so co da om | cu ne le in pr ne
        let aiko = person(
            "aiko",
            "gen_z",
            "Sales",
            &[5, 5, 4, 3, 2, 4, 1, 2, 1, 2, 2, 1],
            &["negotiation"],
        );
        let ben = person(
            "ben",
            "boomers",
            "sales ",
            &[1, 2, 2, 3, 4, 3, 5, 4, 4, 5, 3, 5],
            &["ai_tools", "social_media"],
        );
        Cohort {
            format: Kind::Cohort.tag(),
            workshop: default_workshop(Lang::En),
            responses: vec![ben, aiko],
            rounds: vec![],
            pairing: None,
            followups: vec![],
        }
    }

    #[test]
    fn worked_example_mutual() {
        let cohort = example();
        let settings = MatchingSettings {
            mode: MatchingMode::Mutual,
            ..MatchingSettings::default()
        };
        let scorer = Scorer::new(&cohort, &settings);
        let (aiko, ben) = (0, 1); // sorted by id
                                  // aiko→ben: ai_tools 5−1=4 wanted ×2 = 8, smartphone_apps 5−2 = 3, social_media
                                  // 4−2 = 2 wanted ×2 = 4, online_meetings 4−3 = 1: 16.
        assert_eq!(scorer.gain(aiko, ben), 16);
        // ben→aiko: data 4−2 = 2, customer 5−1 = 4, negotiation 4−2 = 2 wanted ×2 = 4,
        // leading 4−1 = 3, industry 5−2 = 3, network 5−1 = 4: 20.
        assert_eq!(scorer.gain(ben, aiko), 20);
        // 16 + 20 + reciprocity 3 + 3 generation steps × 1 − same department 2 = 40.
        assert_eq!(scorer.score(aiko, ben), Some(40));
        let e = scorer.explain(aiko, ben);
        assert_eq!(e.score, 40);
        assert_eq!(
            e.teaching.iter().map(|t| t.points).sum::<i64>(),
            e.breakdown.skills
        );
        assert_eq!(e.shared_department.as_deref(), Some("Sales"));
        assert_eq!(e.generation_steps, 3);
    }

    #[test]
    fn reverse_counts_only_what_the_mentor_teaches() {
        let cohort = example();
        let settings = MatchingSettings {
            mode: MatchingMode::Reverse,
            ..MatchingSettings::default()
        };
        let scorer = Scorer::new(&cohort, &settings);
        assert!(scorer.people[0].is_mentor && !scorer.people[1].is_mentor);
        // 16 + 3 steps − 2 same department.
        assert_eq!(scorer.score(0, 1), Some(17));
        assert_eq!(scorer.explain(0, 1).breakdown.reciprocity_bonus, 0);
    }

    #[test]
    fn hard_constraints_forbid_and_soft_ones_cost() {
        let mut cohort = example();
        let mut settings = MatchingSettings {
            mode: MatchingMode::Mutual,
            ..MatchingSettings::default()
        };
        settings.same_department = Rule {
            strictness: Strictness::Hard,
            penalty: 0,
        };
        assert_eq!(
            Scorer::new(&cohort, &settings).forbidden_by(0, 1),
            Some(Constraint::SameDepartment)
        );
        settings.same_department = Rule {
            strictness: Strictness::Off,
            penalty: 9,
        };
        assert_eq!(Scorer::new(&cohort, &settings).score(0, 1), Some(42));
        settings.min_generation_distance = 4;
        assert_eq!(
            Scorer::new(&cohort, &settings).forbidden_by(0, 1),
            Some(Constraint::MinGenerationDistance)
        );
        settings.min_generation_distance = 3;
        settings.never_pair = vec![["ben".into(), "aiko".into()], ["ben".into(), "gone".into()]];
        assert_eq!(
            Scorer::new(&cohort, &settings).forbidden_by(1, 0),
            Some(Constraint::NeverPair)
        );
        settings.never_pair.clear();

        let mut round = crate::document::model::Pairing {
            format: Kind::Pairing.tag(),
            workshop_id: cohort.workshop.id.clone(),
            round: 1,
            mode: MatchingMode::Mutual,
            objective: Default::default(),
            settings: settings.clone(),
            total_score: 0,
            min_pair_score: None,
            pairs: vec![],
            unmatched: vec![],
            earlier_rounds: vec![],
            repeated_partners: vec![],
            optimal: true,
            rematched: vec![],
        };
        round.pairs.push(crate::document::model::Pair {
            number: 1,
            members: vec!["aiko".into(), "ben".into()],
            score: 0,
            locked: false,
            explanation: crate::document::model::PairExplanation {
                links: vec![],
                overrides: vec![],
                why_not: vec![],
                sat_out: vec![],
            },
        });
        cohort.rounds.push(round);
        settings.repeat_partner = Rule {
            strictness: Strictness::Hard,
            penalty: 0,
        };
        assert_eq!(
            Scorer::new(&cohort, &settings).forbidden_by(0, 1),
            Some(Constraint::RepeatPartner)
        );
        settings.repeat_partner = Rule {
            strictness: Strictness::Soft,
            penalty: 5,
        };
        let scorer = Scorer::new(&cohort, &settings);
        assert_eq!(scorer.score(0, 1), Some(37));
        let e = scorer.explain(0, 1);
        assert_eq!(
            (e.earlier_round, e.breakdown.repeat_partner_penalty, e.score),
            (Some(1), -5, 37)
        );
    }
}
