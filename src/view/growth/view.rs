//! The console's growth section (成長の見える化) as a view model: who answered, the
//! change heatmap, what partners taught set against the rest, who grew in what, and each
//! pair's meetings and satisfaction, in the facilitator's language and by name.
//!
//! Pure: computed from [`Growth`]; the components in `src/app/console/growth/` only
//! render it.

use crate::document::model::{Cohort, Lang};
use crate::i18n::{msg, t, Key, Msg};
use crate::view::growth::chart::{change_heatmap, ChangeHeatmapView};
use crate::view::growth::{Change, Growth, PairFigures, PersonFigures};
use crate::view::people::Directory;

/// The whole section; `None` from [`growth_view`] when no follow-up has come in.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthView {
    /// "20 of 24 participants have answered the follow-up survey (round 1)."
    pub answered: String,
    /// What the figures leave out, and why (answers of unknown people, a round whose
    /// pairs are not in the session).
    pub notes: Vec<String>,
    /// The skills partners taught against the others, in one sentence.
    pub taught: Option<String>,
    pub heatmap: ChangeHeatmapView,
    pub people: Vec<PersonRow>,
    pub pairs: Vec<PairRow>,
}

/// One participant who answered both surveys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRow {
    pub participant_id: String,
    pub name: String,
    pub generation: String,
    /// Their partners by name ("Ann × Ben"), or the words for having none.
    pub partners: String,
    /// Each skill their partner taught them, before and after: "AI tools 2→4 (+2)".
    pub taught: Vec<String>,
    /// The other skills in which they rose: "Negotiation 3→4 (+1)".
    pub also_grew: Vec<String>,
    /// The mean change in the skills taught and in the others ("+1.5", "–" for none).
    pub taught_mean: String,
    pub other_mean: String,
}

/// One pair of a followed-up round, a row per member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairRow {
    /// `round/number`, unique.
    pub key: String,
    /// "Pair 3", "Trio 4"; with the round when several rounds were followed up.
    pub heading: String,
    /// The pair's meetings (the higher count of its members), "–" when nobody answered.
    pub meetings: String,
    pub members: Vec<MemberRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRow {
    pub name: String,
    /// Their own count of meetings, "–" when they have not answered.
    pub meetings: String,
    /// 1–5, "–" when they have not answered.
    pub satisfaction: String,
    /// "Would like a new partner", "Continue", or "Not answered yet".
    pub next: &'static str,
    pub wants_new_partner: bool,
}

/// A mean change for a table cell: `+0.4`, or "–" when there is nothing to average.
pub fn mean_text(change: Option<Change>) -> String {
    change.map_or_else(|| "–".to_owned(), Change::display)
}

/// A whole-point change: `+2`, `−1`, `0`.
pub fn points_change(change: i64) -> String {
    match change {
        c if c > 0 => format!("+{c}"),
        c if c < 0 => format!("\u{2212}{}", -c),
        _ => "0".to_owned(),
    }
}

/// "20 of 24 participants have answered the follow-up survey (round 1)."
pub fn answered_sentence(growth: &Growth, lang: Lang) -> String {
    let rounds: Vec<String> = growth.totals.rounds.iter().map(u32::to_string).collect();
    msg(
        lang,
        &Msg::GrowthAnswered {
            answered: growth.totals.answered,
            participants: growth.totals.participants,
            rounds: &rounds.join(t(lang, Key::ListSeparator)),
        },
    )
}

/// What the figures leave out, one sentence each.
pub fn notes(growth: &Growth, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    if growth.totals.without_first_answers > 0 {
        notes.push(msg(
            lang,
            &Msg::GrowthWithoutFirstAnswers {
                n: growth.totals.without_first_answers,
            },
        ));
    }
    for &round in &growth.totals.rounds_not_found {
        notes.push(msg(lang, &Msg::GrowthRoundNotFound { round }));
    }
    notes
}

/// The skills partners taught against the others, when both can be told.
pub fn taught_sentence(growth: &Growth, lang: Lang) -> Option<String> {
    let (taught, other) = (growth.totals.taught?, growth.totals.untaught?);
    Some(msg(
        lang,
        &Msg::GrowthTaughtVsOther {
            taught: &taught.display(),
            taught_n: taught.count,
            other: &other.display(),
            other_n: other.count,
        },
    ))
}

fn person_row(p: &PersonFigures, dir: &Directory, lang: Lang) -> PersonRow {
    let skill_text = |s: &crate::view::growth::SkillDelta| {
        msg(
            lang,
            &Msg::GrowthPersonSkill {
                skill: &dir.skill(&s.skill_id),
                before: s.before,
                after: s.after,
                change: &points_change(s.change()),
            },
        )
    };
    let names: Vec<String> = p.partners.iter().map(|id| dir.name(id)).collect();
    let partners = if names.is_empty() {
        t(lang, Key::GrowthNoPartner).to_owned()
    } else {
        msg(lang, &Msg::Group { names: &names })
    };
    let person = dir.person(&p.participant_id);
    PersonRow {
        participant_id: p.participant_id.clone(),
        name: dir.name(&p.participant_id),
        generation: person.map(|p| p.generation.clone()).unwrap_or_default(),
        partners,
        taught: p
            .skills
            .iter()
            .filter(|s| s.taught)
            .map(skill_text)
            .collect(),
        also_grew: p
            .skills
            .iter()
            .filter(|s| !s.taught && s.change() > 0)
            .map(skill_text)
            .collect(),
        taught_mean: mean_text(p.taught),
        other_mean: mean_text(p.untaught),
    }
}

/// A pair's rows; `with_round` names the round in the heading.
pub fn pair_row(pair: &PairFigures, with_round: bool, dir: &Directory, lang: Lang) -> PairRow {
    let number = pair.number as usize;
    let heading = msg(
        lang,
        &Msg::PairHeading {
            trio: pair.members.len() > 2,
            number,
        },
    );
    let heading = if with_round {
        msg(
            lang,
            &Msg::GrowthRoundPair {
                round: pair.round,
                pair: &heading,
            },
        )
    } else {
        heading
    };
    let dash = || "–".to_owned();
    PairRow {
        key: format!("{}/{}", pair.round, pair.number),
        heading,
        meetings: pair.meetings().map_or_else(dash, |m| m.to_string()),
        members: pair
            .members
            .iter()
            .map(|(id, answer)| MemberRow {
                name: dir.name(id),
                meetings: answer.map_or_else(dash, |a| a.meetings_held.to_string()),
                satisfaction: answer.map_or_else(dash, |a| a.satisfaction.to_string()),
                next: t(
                    lang,
                    match answer {
                        None => Key::GrowthNotAnswered,
                        Some(a) if a.wants_new_partner => Key::GrowthWantsNew,
                        Some(_) => Key::GrowthContinues,
                    },
                ),
                wants_new_partner: answer.is_some_and(|a| a.wants_new_partner),
            })
            .collect(),
    }
}

/// The growth section of `cohort` in `lang`, or `None` when nobody has answered both
/// surveys yet (the console then says so in a sentence). `dir` names people.
pub fn growth_view(
    cohort: &Cohort,
    growth: &Growth,
    dir: &Directory,
    lang: Lang,
) -> Option<GrowthView> {
    if !growth.any() {
        return None;
    }
    let mut people: Vec<(&PersonFigures, PersonRow)> = growth
        .people
        .iter()
        .map(|p| (p, person_row(p, dir, lang)))
        .collect();
    // By pair, so that partners sit together; people without a pair last, by name.
    people.sort_by(|(a, ra), (b, rb)| {
        (a.round, a.pair_number.is_none(), a.pair_number, &ra.name).cmp(&(
            b.round,
            b.pair_number.is_none(),
            b.pair_number,
            &rb.name,
        ))
    });
    let with_round = growth.totals.rounds.len() > 1;
    Some(GrowthView {
        answered: answered_sentence(growth, lang),
        notes: notes(growth, lang),
        taught: taught_sentence(growth, lang),
        heatmap: change_heatmap(
            &cohort.workshop,
            &growth.table,
            &growth.largest_gains(),
            lang,
        ),
        people: people.into_iter().map(|(_, row)| row).collect(),
        pairs: growth
            .pairs
            .iter()
            .map(|p| pair_row(p, with_round, dir, lang))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::growth::tests::room;

    #[test]
    fn nothing_to_show_before_the_first_follow_up() {
        let (mut cohort, pairing) = room(12, 1, Lang::En);
        cohort.followups.clear();
        let growth = Growth::of(&cohort, Some(&pairing));
        let dir = Directory::new(&cohort, &pairing.settings, Lang::En);
        assert_eq!(growth_view(&cohort, &growth, &dir, Lang::En), None);
    }

    #[test]
    fn people_are_named_and_each_pair_lists_what_its_members_said() {
        let (cohort, pairing) = room(20, 4, Lang::Ja);
        let growth = Growth::of(&cohort, Some(&pairing));
        let dir = Directory::new(&cohort, &pairing.settings, Lang::Ja);
        let view = growth_view(&cohort, &growth, &dir, Lang::Ja).unwrap();
        assert_eq!(view.people.len(), cohort.followups.len());
        for row in &view.people {
            let r = cohort.response(&row.participant_id).unwrap();
            assert_eq!(row.name, r.name, "names, not ids");
        }
        assert_eq!(view.pairs.len(), pairing.pairs.len());
        for (row, pair) in view.pairs.iter().zip(&pairing.pairs) {
            assert_eq!(row.members.len(), pair.members.len());
            for (m, id) in row.members.iter().zip(&pair.members) {
                assert_eq!(m.name, cohort.response(id).unwrap().name);
                match cohort.followup(id) {
                    None => {
                        assert_eq!((m.meetings.as_str(), m.satisfaction.as_str()), ("–", "–"));
                        assert_eq!(m.next, t(Lang::Ja, Key::GrowthNotAnswered));
                    }
                    Some(f) => {
                        assert_eq!(m.satisfaction, f.satisfaction.to_string());
                        assert_eq!(m.meetings, f.meetings_held.to_string());
                        assert_eq!(m.wants_new_partner, f.wants_new_partner);
                    }
                }
            }
            let most = pair
                .members
                .iter()
                .filter_map(|id| cohort.followup(id).map(|f| f.meetings_held))
                .max();
            assert_eq!(row.meetings, most.map_or("–".into(), |m| m.to_string()));
        }
        assert!(
            view.answered.contains(&format!(
                "{}人中{}人",
                cohort.responses.len(),
                cohort.followups.len()
            )),
            "{}",
            view.answered
        );
    }

    #[test]
    fn whole_point_changes_carry_their_sign() {
        assert_eq!(points_change(2), "+2");
        assert_eq!(points_change(-1), "\u{2212}1");
        assert_eq!(points_change(0), "0");
    }
}
