//! "See the room" (見える化): what the facilitator projects after collecting the answers.
//! [`RoomAverages`] is the average self-assessment per generation × skill with the number
//! of answers behind each cell; [`Average`] keeps the exact sum and count and rounds to one
//! decimal with integer arithmetic, so the app, the CLI and the tests print the same digits
//! on every platform. [`heat_colour`] is the heatmap's colour scale, checked here for
//! contrast; [`strongest_generation`] names, per skill, the generation that can teach it.
//!
//! Pure: reads a [`Cohort`], knows nothing about the browser or about SVG.

use crate::document::model::{Cohort, Response, SkillFamily, Workshop};

/// The ratings of one group in one skill: their exact sum and how many there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Average {
    pub sum: u32,
    pub count: u32,
}

impl Average {
    /// The mean as a float, for colours and positions only (never for printed digits).
    pub fn value(self) -> f64 {
        f64::from(self.sum) / f64::from(self.count)
    }

    /// The mean in tenths, rounded half up: 3.25 → 33. Integer arithmetic, so every
    /// platform prints the same digits.
    pub fn tenths(self) -> u32 {
        (self.sum * 20 + self.count) / (2 * self.count)
    }

    /// The mean with one decimal, as printed in the heatmap: `"3.4"`.
    pub fn display(self) -> String {
        let t = self.tenths();
        format!("{}.{}", t / 10, t % 10)
    }
}

/// One column of the heatmap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillColumn {
    pub skill_id: String,
    pub family: SkillFamily,
}

/// One row of the heatmap: a generation of the workshop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerationRow {
    pub generation_id: String,
    /// How many participants belong to the generation.
    pub n_participants: usize,
    /// `cells[j]` is the average in `columns[j]`; `None` when nobody of the generation
    /// answered (an empty cell, not a zero).
    pub cells: Vec<Option<Average>>,
}

/// The average self-assessment per generation × skill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomAverages {
    /// Skills grouped by family, digital first, each family in workshop order.
    pub columns: Vec<SkillColumn>,
    /// Every generation of the workshop, oldest first (workshop order), even when empty.
    pub rows: Vec<GenerationRow>,
}

impl RoomAverages {
    /// Computes the table for a cohort. Responses whose generation cannot be resolved
    /// (impossible after validation) are left out rather than guessed.
    pub fn of(cohort: &Cohort) -> RoomAverages {
        let w = &cohort.workshop;
        let columns: Vec<SkillColumn> = [SkillFamily::Digital, SkillFamily::Experience]
            .into_iter()
            .flat_map(|family| {
                w.skills
                    .iter()
                    .filter(move |s| s.family == family)
                    .map(|s| SkillColumn {
                        skill_id: s.id.clone(),
                        family: s.family,
                    })
            })
            .collect();
        let rows = w
            .generations
            .iter()
            .map(|g| {
                let members: Vec<&Response> = cohort
                    .responses
                    .iter()
                    .filter(|r| r.generation_id(w) == Some(g.id.as_str()))
                    .collect();
                let cells = columns
                    .iter()
                    .map(|c| {
                        average_of(
                            members
                                .iter()
                                .filter_map(|r| r.ratings.get(&c.skill_id).copied()),
                        )
                    })
                    .collect();
                GenerationRow {
                    generation_id: g.id.clone(),
                    n_participants: members.len(),
                    cells,
                }
            })
            .collect();
        RoomAverages { columns, rows }
    }

    /// The number of families that have at least one column, with their column ranges,
    /// in column order: what the heatmap draws as group headers.
    pub fn family_spans(&self) -> Vec<(SkillFamily, std::ops::Range<usize>)> {
        let mut spans: Vec<(SkillFamily, std::ops::Range<usize>)> = Vec::new();
        for (j, c) in self.columns.iter().enumerate() {
            match spans.last_mut() {
                Some((family, range)) if *family == c.family => range.end = j + 1,
                _ => spans.push((c.family, j..j + 1)),
            }
        }
        spans
    }
}

fn average_of(ratings: impl Iterator<Item = u8>) -> Option<Average> {
    let (sum, count) = ratings.fold((0u32, 0u32), |(s, n), r| (s + u32::from(r), n + 1));
    (count > 0).then_some(Average { sum, count })
}

/// The row index of the generation with the highest average in column `column`: the
/// one that can teach the others this skill. `None` when fewer than two generations have
/// answers (nobody to teach) or when the best is tied (no single teacher to point at).
pub fn strongest_generation(room: &RoomAverages, column: usize) -> Option<usize> {
    let mut rated: Vec<(usize, Average)> = room
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| row.cells[column].map(|a| (i, a)))
        .collect();
    if rated.len() < 2 {
        return None;
    }
    // Compare sum_a / count_a with sum_b / count_b exactly, by cross-multiplying.
    rated.sort_by(|(_, a), (_, b)| {
        (u64::from(b.sum) * u64::from(a.count)).cmp(&(u64::from(a.sum) * u64::from(b.count)))
    });
    let (best, top) = rated[0];
    let (_, second) = rated[1];
    let tied = u64::from(top.sum) * u64::from(second.count)
        == u64::from(second.sum) * u64::from(top.count);
    (!tied).then_some(best)
}

/// Participants per generation in workshop order (generations without anyone included),
/// for the roster's counts.
pub fn generation_counts(cohort: &Cohort) -> Vec<(String, usize)> {
    let w: &Workshop = &cohort.workshop;
    w.generations
        .iter()
        .map(|g| {
            (
                g.id.clone(),
                cohort
                    .responses
                    .iter()
                    .filter(|r| r.generation_id(w) == Some(g.id.as_str()))
                    .count(),
            )
        })
        .collect()
}

/// An sRGB colour as `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG 2 contrast ratio with `other` (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// The dark text colour of the app (`--ink`).
pub const INK: Rgb = Rgb(0x1d, 0x23, 0x30);
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

/// The heatmap's colours: a single-hue blue ramp (from ColorBrewer "Blues"), which reads
/// the same to the common colour-vision deficiencies and in greyscale, because only
/// lightness changes. It is split in two at the middle of the scale: a continuous ramp
/// necessarily passes through mid-blues on which neither dark nor white text reaches
/// 4.5:1 (at best about 4:1), so the light half ends where dark text still reads well
/// and the dark half starts where white text does. The jump sits at the scale's midpoint.
const LIGHT_HALF: [Rgb; 3] = [
    Rgb(0xf7, 0xfb, 0xff),
    Rgb(0xc6, 0xdb, 0xef),
    Rgb(0x6b, 0xae, 0xd6),
];
const DARK_HALF: [Rgb; 3] = [
    Rgb(0x2c, 0x6f, 0xae),
    Rgb(0x08, 0x51, 0x9c),
    Rgb(0x08, 0x30, 0x6b),
];

fn ramp(stops: &[Rgb; 3], t: f64) -> Rgb {
    let x = t.clamp(0.0, 1.0) * 2.0;
    let i = (x.floor() as usize).min(1);
    let f = x - i as f64;
    let (a, b) = (stops[i], stops[i + 1]);
    let mix = |p: u8, q: u8| (f64::from(p) + (f64::from(q) - f64::from(p)) * f).round() as u8;
    Rgb(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// The fill for `fraction` (0: the scale's lowest point, 1: its highest) and the text
/// colour with the better contrast on it (ink or white).
pub fn heat_colour(fraction: f64) -> (Rgb, Rgb) {
    let fraction = fraction.clamp(0.0, 1.0);
    let fill = if fraction < 0.5 {
        ramp(&LIGHT_HALF, fraction * 2.0)
    } else {
        ramp(&DARK_HALF, fraction * 2.0 - 1.0)
    };
    let text = if fill.contrast(INK) >= fill.contrast(WHITE) {
        INK
    } else {
        WHITE
    };
    (fill, text)
}

/// Where `average` sits on the workshop's scale, 0 to 1.
pub fn scale_fraction(workshop: &Workshop, average: f64) -> f64 {
    let (min, max) = (f64::from(workshop.scale.min), f64::from(workshop.scale.max));
    if max > min {
        ((average - min) / (max - min)).clamp(0.0, 1.0)
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::Lang;

    #[test]
    fn averages_round_half_up_in_tenths() {
        assert_eq!(Average { sum: 13, count: 4 }.display(), "3.3"); // 3.25
        assert_eq!(Average { sum: 10, count: 3 }.display(), "3.3"); // 3.333…
        assert_eq!(Average { sum: 11, count: 3 }.display(), "3.7"); // 3.666…
        assert_eq!(Average { sum: 5, count: 1 }.display(), "5.0");
    }

    #[test]
    fn every_cell_is_the_mean_of_its_generation_and_counts_add_up() {
        let cohort = demo_cohort(40, 3, Lang::En, "2026-11-26T09:00:00Z");
        let room = RoomAverages::of(&cohort);
        let w = &cohort.workshop;
        assert_eq!(room.rows.len(), w.generations.len());
        assert_eq!(room.columns.len(), w.skills.len());
        assert_eq!(
            room.rows.iter().map(|r| r.n_participants).sum::<usize>(),
            40
        );
        for row in &room.rows {
            for (column, cell) in room.columns.iter().zip(&row.cells) {
                let ratings: Vec<u32> = cohort
                    .responses
                    .iter()
                    .filter(|r| r.generation_id(w) == Some(&row.generation_id))
                    .map(|r| u32::from(r.ratings[&column.skill_id]))
                    .collect();
                match cell {
                    None => assert!(ratings.is_empty()),
                    Some(a) => {
                        assert_eq!(
                            (a.sum, a.count as usize),
                            (ratings.iter().sum(), ratings.len())
                        );
                        let expected = ratings.iter().sum::<u32>() as f64 / ratings.len() as f64;
                        assert!((a.value() - expected).abs() < 1e-12);
                    }
                }
            }
        }
    }

    #[test]
    fn a_generation_without_participants_has_empty_cells_not_zeros() {
        let mut cohort = demo_cohort(12, 1, Lang::En, "2026-11-26T09:00:00Z");
        let w = cohort.workshop.clone();
        cohort
            .responses
            .retain(|r| r.generation_id(&w) != Some("silent"));
        let room = RoomAverages::of(&cohort);
        let silent = room
            .rows
            .iter()
            .find(|r| r.generation_id == "silent")
            .unwrap();
        assert_eq!(silent.n_participants, 0);
        assert!(silent.cells.iter().all(Option::is_none));
        assert_eq!(
            generation_counts(&cohort)
                .iter()
                .find(|(g, _)| g == "silent")
                .unwrap()
                .1,
            0
        );
    }

    #[test]
    fn columns_are_grouped_digital_first_and_rows_follow_the_workshop() {
        let cohort = demo_cohort(5, 2, Lang::Ja, "2026-11-26T09:00:00Z");
        let room = RoomAverages::of(&cohort);
        let ids: Vec<&str> = room.rows.iter().map(|r| r.generation_id.as_str()).collect();
        let expected: Vec<&str> = cohort
            .workshop
            .generations
            .iter()
            .map(|g| g.id.as_str())
            .collect();
        assert_eq!(ids, expected);
        let spans = room.family_spans();
        assert_eq!(
            spans,
            vec![
                (SkillFamily::Digital, 0..6),
                (SkillFamily::Experience, 6..12)
            ]
        );
    }

    #[test]
    fn the_strongest_generation_needs_a_clear_lead_and_someone_to_teach() {
        let cell = |sum, count| Some(Average { sum, count });
        let room = |cells: Vec<Option<Average>>| RoomAverages {
            columns: vec![SkillColumn {
                skill_id: "s".into(),
                family: SkillFamily::Digital,
            }],
            rows: cells
                .into_iter()
                .enumerate()
                .map(|(i, c)| GenerationRow {
                    generation_id: format!("g{i}"),
                    n_participants: 1,
                    cells: vec![c],
                })
                .collect(),
        };
        assert_eq!(
            strongest_generation(&room(vec![cell(9, 2), None, cell(13, 3)]), 0),
            Some(0)
        ); // 4.5 > 4.33
        assert_eq!(
            strongest_generation(&room(vec![cell(8, 2), cell(12, 3)]), 0),
            None,
            "4.0 = 4.0 is a tie"
        );
        assert_eq!(
            strongest_generation(&room(vec![cell(5, 1), None]), 0),
            None,
            "nobody to teach"
        );
    }

    #[test]
    fn every_heat_colour_keeps_its_number_readable() {
        for step in 0..=100 {
            let (fill, text) = heat_colour(f64::from(step) / 100.0);
            assert!(
                fill.contrast(text) >= 4.5,
                "step {step}: {} on {} is {:.2}:1",
                text.hex(),
                fill.hex(),
                fill.contrast(text)
            );
        }
        let (low, _) = heat_colour(0.0);
        let (high, _) = heat_colour(1.0);
        assert!(
            low.luminance() > high.luminance(),
            "higher averages are darker"
        );
    }
}
