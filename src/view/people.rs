//! Who is who, for every view that names people: a participant's name, generation and
//! department by id, their role under the settings being shown, and the lists people are
//! chosen from (the never-pair pickers, the board's "person to move").
//!
//! Pure: built once per render from the cohort, in the facilitator's language.

use crate::document::model::{Cohort, Lang, MatchingSettings, Role};
use crate::i18n::{msg, Msg};
use std::collections::HashMap;

/// One participant as the views show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// The generation's label in the facilitator's language (empty if unknown).
    pub generation: String,
    /// The department, if given (blank ones are `None`).
    pub department: Option<String>,
    pub role: Role,
}

/// A person offered in a list: the value a control reports and the label it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// Everyone in a cohort, by participant id, and the workshop's skill labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directory {
    people: HashMap<String, Person>,
    skills: HashMap<String, String>,
    lang: Lang,
}

impl Default for Directory {
    /// Nobody (before there is a cohort).
    fn default() -> Self {
        Directory {
            people: HashMap::new(),
            skills: HashMap::new(),
            lang: Lang::En,
        }
    }
}

impl Directory {
    pub fn new(cohort: &Cohort, settings: &MatchingSettings, lang: Lang) -> Directory {
        let w = &cohort.workshop;
        let people = cohort
            .responses
            .iter()
            .map(|r| {
                let generation_id = r.generation_id(w);
                let generation = generation_id
                    .and_then(|id| w.generations.iter().find(|g| g.id == id))
                    .map(|g| g.label.get(lang).to_owned())
                    .unwrap_or_default();
                let person = Person {
                    name: r.name.clone(),
                    generation,
                    department: r.department.clone().filter(|d| !d.trim().is_empty()),
                    role: settings.role(generation_id),
                };
                (r.participant_id.clone(), person)
            })
            .collect();
        let skills = w
            .skills
            .iter()
            .map(|s| (s.id.clone(), s.label.get(lang).to_owned()))
            .collect();
        Directory {
            people,
            skills,
            lang,
        }
    }

    /// A participant's name; the id when they are no longer in the cohort.
    pub fn name(&self, id: &str) -> String {
        self.people
            .get(id)
            .map_or_else(|| id.to_owned(), |p| p.name.clone())
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.get(id)
    }

    /// A skill's label; the id for a skill the workshop no longer has.
    pub fn skill(&self, id: &str) -> String {
        self.skills
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    /// Everyone, sorted by name (then id), as choices: the name, and only when someone
    /// else has the same name, what tells them apart (see [`Msg::PersonOption`]).
    pub fn choices(&self) -> Vec<Choice> {
        self.choices_where(|_| true)
    }

    /// Who the board can move into another pair: everyone but the mentors (in reverse
    /// mode mentors stay with their pairs; mentees move).
    pub fn movable(&self) -> Vec<Choice> {
        self.choices_where(|p| p.role != Role::Mentor)
    }

    fn choices_where(&self, keep: impl Fn(&Person) -> bool) -> Vec<Choice> {
        let mut list: Vec<(&String, &Person)> =
            self.people.iter().filter(|(_, p)| keep(p)).collect();
        list.sort_by(|a, b| a.1.name.cmp(&b.1.name).then(a.0.cmp(b.0)));
        // A name is shown alone unless someone in the whole room shares it; then with the
        // generation and department; then, if those are the same too, with the id.
        let mut names: HashMap<&str, usize> = HashMap::new();
        let mut abouts: HashMap<(&str, &str, Option<&str>), usize> = HashMap::new();
        for p in self.people.values() {
            *names.entry(p.name.as_str()).or_default() += 1;
            *abouts.entry(about(p)).or_default() += 1;
        }
        list.into_iter()
            .map(|(id, p)| {
                let label = match (names[p.name.as_str()], abouts[&about(p)]) {
                    (1, _) => p.name.clone(),
                    (_, same) => msg(
                        self.lang,
                        &Msg::PersonOption {
                            name: &p.name,
                            generation: &p.generation,
                            department: p.department.as_deref(),
                            id: (same > 1).then_some(id.as_str()),
                        },
                    ),
                };
                Choice {
                    value: id.clone(),
                    label,
                }
            })
            .collect()
    }
}

/// What tells a person apart besides the name.
fn about(p: &Person) -> (&str, &str, Option<&str>) {
    (
        p.name.as_str(),
        p.generation.as_str(),
        p.department.as_deref(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::MatchingMode;

    #[test]
    fn people_are_named_with_their_generation_and_role() {
        let cohort = demo_cohort(12, 3, Lang::Ja, "2026-11-26T09:00:00Z");
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = MatchingMode::Reverse;
        let dir = Directory::new(&cohort, &settings, Lang::En);
        for r in &cohort.responses {
            let p = dir.person(&r.participant_id).unwrap();
            assert_eq!(p.name, r.name);
            let generation = r.generation_id(&cohort.workshop).unwrap();
            let label = cohort
                .workshop
                .generations
                .iter()
                .find(|g| g.id == generation)
                .unwrap()
                .label
                .get(Lang::En);
            assert_eq!(p.generation, label);
            let mentor = settings.mentor_generations.iter().any(|g| g == generation);
            assert_eq!(p.role, if mentor { Role::Mentor } else { Role::Mentee });
        }
        assert_eq!(
            dir.name("nobody"),
            "nobody",
            "an unknown id is shown as itself"
        );
    }

    #[test]
    fn the_movable_list_leaves_out_mentors_and_is_sorted_by_name() {
        let cohort = demo_cohort(16, 5, Lang::En, "2026-11-26T09:00:00Z");
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = MatchingMode::Reverse;
        let dir = Directory::new(&cohort, &settings, Lang::En);
        let movable = dir.movable();
        assert!(!movable.is_empty() && movable.len() < cohort.responses.len());
        assert!(movable
            .iter()
            .all(|c| dir.person(&c.value).unwrap().role == Role::Mentee));
        let names: Vec<String> = movable.iter().map(|c| dir.name(&c.value)).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
        let first = &movable[0];
        assert_eq!(
            first.label,
            dir.name(&first.value),
            "a name nobody else has is shown alone, without an id"
        );
        settings.mode = MatchingMode::Mutual;
        let everyone = Directory::new(&cohort, &settings, Lang::En);
        assert_eq!(
            everyone.movable().len(),
            cohort.responses.len(),
            "mutual mode: everyone moves"
        );
        assert_eq!(everyone.choices(), everyone.movable());
    }

    /// Issue 14, section 2: "伊藤 剛 (p010)" showed an id nobody typed. A name is shown
    /// alone; two people of one name are told apart by generation and department; an id
    /// appears only when even those are the same.
    #[test]
    fn a_list_shows_ids_only_for_people_nothing_else_tells_apart() {
        let mut cohort = demo_cohort(8, 2, Lang::Ja, "2026-11-26T09:00:00Z");
        for (i, r) in cohort.responses.iter_mut().enumerate() {
            r.name = format!("参加者{i}");
        }
        let generation = cohort.responses[0]
            .generation_id(&cohort.workshop)
            .unwrap()
            .to_owned();
        for (i, department) in [(0, "営業"), (1, "人事"), (2, "人事")] {
            let r = &mut cohort.responses[i];
            (r.name, r.generation, r.birth_year, r.department) = (
                "伊藤 剛".into(),
                Some(generation.clone()),
                None,
                Some(department.into()),
            );
        }
        let dir = Directory::new(&cohort, &cohort.workshop.matching, Lang::Ja);
        let label = |i: usize| {
            let id = &cohort.responses[i].participant_id;
            dir.choices()
                .into_iter()
                .find(|c| &c.value == id)
                .unwrap()
                .label
        };
        let gen = dir
            .person(&cohort.responses[0].participant_id)
            .unwrap()
            .generation
            .clone();
        assert_eq!(label(0), format!("伊藤 剛（{gen}・営業）"));
        assert_eq!(
            label(1),
            format!(
                "伊藤 剛（{gen}・人事・ID {}）",
                cohort.responses[1].participant_id
            )
        );
        assert_eq!(
            label(2),
            format!(
                "伊藤 剛（{gen}・人事・ID {}）",
                cohort.responses[2].participant_id
            )
        );
        assert_eq!(label(3), "参加者3");
        let en = Directory::new(&cohort, &cohort.workshop.matching, Lang::En);
        let first = en
            .choices()
            .into_iter()
            .find(|c| c.value == cohort.responses[0].participant_id)
            .unwrap();
        let gen_en = en.person(&first.value).unwrap().generation.clone();
        assert_eq!(first.label, format!("伊藤 剛 ({gen_en}, 営業)"));
    }
}
