//! The roster as the facilitator looks at it: which responses show, in which order.
//! A [`RosterQuery`] (sort column and direction, generation and department filters) is
//! applied to a cohort by [`RosterQuery::rows`], which returns indices into
//! `cohort.responses`, so the app renders without sorting or filtering anything itself.
//!
//! Pure: no browser, no clock. The query is view state and is not persisted.

use crate::document::model::{Cohort, Lang, Response, Workshop};
use crate::view::time::{self, Zone};
use std::cmp::Ordering;

/// A sortable column of the roster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    /// By the workshop's generation order (oldest first), not alphabetically.
    Generation,
    Department,
    Updated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

/// Which department a filter keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DepartmentFilter {
    Any,
    /// Responses that gave no department.
    None,
    Named(String),
}

/// How the roster is shown. The default is the order the answers came in, unfiltered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterQuery {
    /// `None`: the order the answers came in.
    pub sort: Option<(SortKey, Direction)>,
    /// A generation id, or `None` for every generation.
    pub generation: Option<String>,
    pub department: DepartmentFilter,
}

impl Default for RosterQuery {
    fn default() -> Self {
        RosterQuery {
            sort: None,
            generation: None,
            department: DepartmentFilter::Any,
        }
    }
}

impl RosterQuery {
    /// The query after a click on `key`'s header: ascending first, then toggling.
    pub fn sorted_by(&self, key: SortKey) -> RosterQuery {
        let direction = match self.sort {
            Some((k, Direction::Ascending)) if k == key => Direction::Descending,
            _ => Direction::Ascending,
        };
        RosterQuery {
            sort: Some((key, direction)),
            ..self.clone()
        }
    }

    /// The direction `key` is sorted in, if it is the sort column.
    pub fn direction_of(&self, key: SortKey) -> Option<Direction> {
        self.sort.filter(|(k, _)| *k == key).map(|(_, d)| d)
    }

    fn keeps(&self, w: &Workshop, r: &Response) -> bool {
        let generation_ok = self
            .generation
            .as_deref()
            .is_none_or(|g| r.generation_id(w) == Some(g));
        let department_ok = match &self.department {
            DepartmentFilter::Any => true,
            DepartmentFilter::None => department_of(r).is_none(),
            DepartmentFilter::Named(d) => department_of(r) == Some(d.as_str()),
        };
        generation_ok && department_ok
    }

    /// The indices into `cohort.responses` to show, in order. Ties keep the order the
    /// answers came in, so sorting is stable from click to click.
    pub fn rows(&self, cohort: &Cohort) -> Vec<usize> {
        let w = &cohort.workshop;
        let mut rows: Vec<usize> = (0..cohort.responses.len())
            .filter(|&i| self.keeps(w, &cohort.responses[i]))
            .collect();
        if let Some((key, direction)) = self.sort {
            rows.sort_by(|&a, &b| {
                let order = compare(w, key, &cohort.responses[a], &cohort.responses[b]);
                match direction {
                    Direction::Ascending => order,
                    Direction::Descending => order.reverse(),
                }
            });
        }
        rows
    }
}

/// A response's department, with blank treated as none.
pub fn department_of(r: &Response) -> Option<&str> {
    r.department
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
}

/// Every department named in the cohort, sorted, each once: the department filter's options.
pub fn departments(cohort: &Cohort) -> Vec<String> {
    let mut all: Vec<String> = cohort
        .responses
        .iter()
        .filter_map(department_of)
        .map(str::to_owned)
        .collect();
    all.sort();
    all.dedup();
    all
}

/// Compares two responses by `key`; missing values sort last in ascending order.
fn compare(w: &Workshop, key: SortKey, a: &Response, b: &Response) -> Ordering {
    fn missing_last<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) => a.cmp(&b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    match key {
        SortKey::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
        SortKey::Generation => missing_last(
            a.generation_id(w).and_then(|g| w.generation_index(g)),
            b.generation_id(w).and_then(|g| w.generation_index(g)),
        ),
        SortKey::Department => missing_last(department_of(a), department_of(b)),
        SortKey::Updated => a.updated_at.cmp(&b.updated_at),
    }
}

/// One participant's row of the roster, as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterRow {
    pub participant_id: String,
    pub name: String,
    pub generation: String,
    pub department: String,
    /// When the answers were last updated, in the facilitator's time zone.
    pub updated: String,
}

/// The row of `r` in `lang`, its time in `zone`.
pub fn row(w: &Workshop, r: &Response, zone: &Zone, lang: Lang) -> RosterRow {
    RosterRow {
        participant_id: r.participant_id.clone(),
        name: r.name.clone(),
        generation: generation_label(w, r.generation_id(w), lang),
        department: r.department.clone().unwrap_or_default(),
        updated: time::local(&r.updated_at, zone),
    }
}

/// A generation's label in `lang` (empty when unknown).
pub fn generation_label(w: &Workshop, id: Option<&str>, lang: Lang) -> String {
    id.and_then(|id| w.generations.iter().find(|g| g.id == id))
        .map(|g| g.label.get(lang).to_owned())
        .unwrap_or_default()
}

/// How many answered per generation, in the workshop's order: (id, label, count).
pub fn generation_chips(cohort: &Cohort, lang: Lang) -> Vec<(String, String, usize)> {
    crate::view::insights::generation_counts(cohort)
        .into_iter()
        .map(|(id, n)| {
            let label = generation_label(&cohort.workshop, Some(&id), lang);
            (id, label, n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::Lang;

    fn cohort() -> Cohort {
        demo_cohort(20, 7, Lang::En, "2026-11-26T09:00:00Z")
    }

    #[test]
    fn a_second_click_reverses_and_another_column_starts_ascending() {
        let q = RosterQuery::default().sorted_by(SortKey::Name);
        assert_eq!(q.direction_of(SortKey::Name), Some(Direction::Ascending));
        let q = q.sorted_by(SortKey::Name);
        assert_eq!(q.direction_of(SortKey::Name), Some(Direction::Descending));
        let q = q.sorted_by(SortKey::Updated);
        assert_eq!(
            (
                q.direction_of(SortKey::Name),
                q.direction_of(SortKey::Updated)
            ),
            (None, Some(Direction::Ascending))
        );
    }

    #[test]
    fn generations_sort_in_workshop_order_not_alphabetically() {
        let c = cohort();
        let rows = RosterQuery::default()
            .sorted_by(SortKey::Generation)
            .rows(&c);
        let positions: Vec<usize> = rows
            .iter()
            .map(|&i| {
                c.workshop
                    .generation_index(c.responses[i].generation_id(&c.workshop).unwrap())
                    .unwrap()
            })
            .collect();
        assert!(positions.windows(2).all(|p| p[0] <= p[1]), "{positions:?}");
        assert_eq!(rows.len(), c.responses.len());
    }

    #[test]
    fn names_sort_ignoring_case_and_descending_reverses() {
        let c = cohort();
        let up = RosterQuery::default().sorted_by(SortKey::Name).rows(&c);
        let names: Vec<String> = up
            .iter()
            .map(|&i| c.responses[i].name.to_lowercase())
            .collect();
        assert!(names.windows(2).all(|n| n[0] <= n[1]));
        let down = RosterQuery::default()
            .sorted_by(SortKey::Name)
            .sorted_by(SortKey::Name)
            .rows(&c);
        let names_down: Vec<String> = down
            .iter()
            .map(|&i| c.responses[i].name.to_lowercase())
            .collect();
        let mut reversed = names.clone();
        reversed.reverse();
        assert_eq!(names_down, reversed);
    }

    #[test]
    fn filters_combine_and_blank_departments_count_as_none() {
        let mut c = cohort();
        c.responses[0].department = Some("  ".into());
        let i = (1..c.responses.len())
            .find(|&i| department_of(&c.responses[i]).is_some())
            .unwrap();
        let gen = c.responses[i]
            .generation_id(&c.workshop)
            .unwrap()
            .to_owned();
        let dept = department_of(&c.responses[i]).unwrap().to_owned();
        let q = RosterQuery {
            generation: Some(gen.clone()),
            department: DepartmentFilter::Named(dept.clone()),
            ..RosterQuery::default()
        };
        let rows = q.rows(&c);
        assert!(rows.contains(&i));
        for &i in &rows {
            assert_eq!(
                c.responses[i].generation_id(&c.workshop),
                Some(gen.as_str())
            );
            assert_eq!(department_of(&c.responses[i]), Some(dept.as_str()));
        }
        let none = RosterQuery {
            department: DepartmentFilter::None,
            ..RosterQuery::default()
        }
        .rows(&c);
        assert!(none.contains(&0));
        assert!(!departments(&c).iter().any(|d| d.trim().is_empty()));
    }

    #[test]
    fn a_row_shows_the_generation_label_and_the_local_time() {
        let cohort = crate::demo::demo_cohort(4, 2, Lang::Ja, "2026-11-26T09:00:00Z");
        let r = &Response {
            updated_at: "2026-11-26T09:00:00Z".into(),
            ..cohort.responses[0].clone()
        };
        let zone = Zone {
            name: "Asia/Tokyo".into(),
            offset_minutes: 540,
        };
        let row = row(&cohort.workshop, r, &zone, Lang::Ja);
        assert_eq!(row.updated, "2026-11-26 18:00");
        let id = r.generation_id(&cohort.workshop).unwrap();
        assert_eq!(
            row.generation,
            cohort
                .workshop
                .generations
                .iter()
                .find(|g| g.id == id)
                .unwrap()
                .label
                .ja
        );
        let chips = generation_chips(&cohort, Lang::En);
        assert_eq!(chips.len(), cohort.workshop.generations.len());
        assert_eq!(chips.iter().map(|c| c.2).sum::<usize>(), 4);
    }
}
