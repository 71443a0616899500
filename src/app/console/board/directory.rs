//! Who is who, for the board's components: a participant's name, generation label and
//! department by id, built once per render of the board. Shared by pointer, so the props
//! of a card compare cheaply.

use crate::document::model::{Cohort, Lang, MatchingMode, MatchingSettings, Response, Workshop};
use std::collections::HashMap;
use std::rc::Rc;

pub struct PersonView {
    pub name: String,
    pub generation: String,
    pub department: Option<String>,
    pub is_mentor: bool,
    pub response: Response,
}

pub struct DirectoryData {
    pub workshop: Workshop,
    pub people: HashMap<String, PersonView>,
}

/// A shared [`DirectoryData`]; equal when it is the same one.
#[derive(Clone)]
pub struct Directory(pub Rc<DirectoryData>);

impl PartialEq for Directory {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
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
                let is_mentor = settings.mode == MatchingMode::Reverse
                    && generation_id.is_some_and(|g| settings.mentor_generations.iter().any(|m| m == g));
                let view = PersonView {
                    name: r.name.clone(),
                    generation,
                    department: r.department.clone().filter(|d| !d.trim().is_empty()),
                    is_mentor,
                    response: r.clone(),
                };
                (r.participant_id.clone(), view)
            })
            .collect();
        Directory(Rc::new(DirectoryData { workshop: w.clone(), people }))
    }

    /// A participant's name; the id when they are no longer in the cohort.
    pub fn name(&self, id: &str) -> String {
        self.0.people.get(id).map_or_else(|| id.to_owned(), |p| p.name.clone())
    }

    pub fn person(&self, id: &str) -> Option<&PersonView> {
        self.0.people.get(id)
    }

    pub fn skill_label(&self, skill: &str, lang: Lang) -> String {
        self.0
            .workshop
            .skill(skill)
            .map_or_else(|| skill.to_owned(), |s| s.label.get(lang).to_owned())
    }
}
