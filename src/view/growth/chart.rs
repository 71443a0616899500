//! The change heatmap (成長の見える化) as a view model: every position, line, colour and
//! text of the SVG the console draws for the projector and the report prints, from a
//! [`GrowthTable`]. Laid out like the room's heatmap ([`crate::view::heatmap`]): rows are
//! the generations (oldest first) and a last row for everyone, columns the skills grouped
//! by family. Each cell prints its change in large type (`+0.4`) with the averages before
//! and after under it (`2.3→2.8`), on a diverging scale: blue for a rise, orange for a
//! fall, the darker the larger, with the number in ink or white, whichever reads better
//! (at least 4.5:1, tested below).
//!
//! Pure: the component only draws what [`change_heatmap`] returns.

use crate::document::model::{Lang, SkillFamily, Workshop};
use crate::i18n::{msg, t, Key, Msg};
use crate::view::growth::{CellGrowth, Change, GrowthTable};
use crate::view::heatmap::{
    text_width, wrap, wrap_generation, FamilyBand, SkillHeader, TableRow, TextLine, SKILL_LINE_W,
};
use crate::view::insights::{heat_colour, ramp, Rgb, INK, WHITE};

/// Layout in SVG user units, as the room's heatmap.
const LABEL_W: f64 = 214.0;
const COL_W: f64 = 78.0;
const FAMILY_GAP: f64 = 14.0;
const FAMILY_H: f64 = 32.0;
const HEADER_H: f64 = 86.0;
const ROW_H: f64 = 66.0;
/// The space above the row of every generation together.
const ALL_GAP: f64 = 12.0;
const SKILL_FONT: f64 = 15.0;

/// The whole picture and its accessible equivalents.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeHeatmapView {
    pub width: f64,
    pub height: f64,
    pub families: Vec<FamilyBand>,
    pub skills: Vec<SkillHeader>,
    /// The generations, then everyone together (`all: true`).
    pub rows: Vec<ChangeRowView>,
    /// What a screen reader hears instead of the picture: the largest gains.
    pub summary: String,
    /// Five shades from the largest fall to the largest rise the scale shows.
    pub legend: Vec<LegendShade>,
    /// The numbers as a table for screen readers.
    pub table_head: Vec<String>,
    pub table_rows: Vec<TableRow>,
}

/// A shade of the legend with the change it stands for (`+1.0`).
#[derive(Debug, Clone, PartialEq)]
pub struct LegendShade {
    pub fill: String,
    pub ink: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRowView {
    pub name: Vec<TextLine>,
    /// "5 people", under the name: how many answered both surveys.
    pub count: TextLine,
    pub cells: Vec<ChangeCellView>,
    /// The row of every generation together.
    pub all: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChangeCellView {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The tooltip: "Gen X × AI tools: 2.3 → 2.8 (+0.4), 5 people".
    pub title: String,
    /// `generation/skill` (`all/skill` for everyone), for tests to find a cell.
    pub key: String,
    /// `None`: nobody of the generation answered both surveys (drawn hatched).
    pub shade: Option<ChangeShade>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChangeShade {
    pub fill: String,
    pub ink: String,
    /// The change, `+0.4`.
    pub value: String,
    /// Before and after, `2.3→2.8`.
    pub before_after: String,
}

/// Oranges (ColorBrewer), split like the room's blues: dark text on the light half, white
/// on the dark half, the jump in the middle where neither would reach 4.5:1.
const FALL_LIGHT: [Rgb; 3] = [
    Rgb(0xff, 0xf5, 0xeb),
    Rgb(0xfd, 0xd0, 0xa2),
    Rgb(0xfd, 0x8d, 0x3c),
];
const FALL_DARK: [Rgb; 3] = [
    Rgb(0xc2, 0x41, 0x00),
    Rgb(0xa6, 0x36, 0x03),
    Rgb(0x7f, 0x27, 0x04),
];

/// The fill and text colour for a change at `fraction` of the largest the scale shows
/// (−1: the largest fall, 0: none, 1: the largest rise). A rise takes the room heatmap's
/// blues, a fall oranges: the two hues every common colour-vision deficiency tells apart.
pub fn change_colour(fraction: f64) -> (Rgb, Rgb) {
    let f = fraction.clamp(-1.0, 1.0);
    if f >= 0.0 {
        return heat_colour(f);
    }
    let f = -f;
    let fill = if f < 0.5 {
        ramp(&FALL_LIGHT, f * 2.0)
    } else {
        ramp(&FALL_DARK, f * 2.0 - 1.0)
    };
    let ink = if fill.contrast(INK) >= fill.contrast(WHITE) {
        INK
    } else {
        WHITE
    };
    (fill, ink)
}

/// The largest change the colours tell apart, in tenths of a point: half the scale's
/// span (two points on a 1–5 scale), at least one point. A larger change takes the
/// darkest shade.
pub fn change_limit_tenths(workshop: &Workshop) -> i64 {
    let span = i64::from(workshop.scale.max.saturating_sub(workshop.scale.min));
    (span * 5).max(10)
}

/// A number of tenths as a change is printed: `+1.0`, `−0.5`, `0.0`.
pub fn tenths_display(tenths: i64) -> String {
    Change {
        sum: tenths,
        count: 10,
    }
    .display()
}

/// Where a change sits on the colour scale, −1 to 1.
fn fraction(change: Change, limit_tenths: i64) -> f64 {
    change.value() * 10.0 / limit_tenths as f64
}

fn shade(cell: &CellGrowth, limit_tenths: i64) -> ChangeShade {
    let (fill, ink) = change_colour(fraction(cell.change, limit_tenths));
    ChangeShade {
        fill: fill.hex(),
        ink: ink.hex(),
        value: cell.change.display(),
        before_after: format!("{}\u{2192}{}", cell.before.display(), cell.after.display()),
    }
}

/// The change heatmap of `table` in `lang`; `largest` are the columns of the largest
/// gains ([`crate::view::growth::Growth::largest_gains`]), for the summary.
pub fn change_heatmap(
    workshop: &Workshop,
    table: &GrowthTable,
    largest: &[usize],
    lang: Lang,
) -> ChangeHeatmapView {
    let w = workshop;
    let limit = change_limit_tenths(w);
    let columns = &table.columns;
    // Family spans, in column order.
    let mut spans: Vec<(SkillFamily, std::ops::Range<usize>)> = Vec::new();
    for (j, c) in columns.iter().enumerate() {
        match spans.last_mut() {
            Some((family, range)) if *family == c.family => range.end = j + 1,
            _ => spans.push((c.family, j..j + 1)),
        }
    }
    let col_x: Vec<f64> = (0..columns.len())
        .map(|j| {
            let gaps = spans
                .iter()
                .filter(|(_, r)| r.start <= j && r.start > 0)
                .count();
            LABEL_W + COL_W * j as f64 + FAMILY_GAP * gaps as f64
        })
        .collect();
    let width = col_x.last().map_or(LABEL_W, |x| x + COL_W) + 4.0;
    let top = FAMILY_H + HEADER_H;
    let height = top + ROW_H * (table.rows.len() + 1) as f64 + ALL_GAP + 4.0;
    let skill_label = |id: &str| {
        w.skill(id)
            .map_or_else(|| id.to_owned(), |s| s.label.get(lang).to_owned())
    };
    let generation_label = |id: &str| {
        w.generations
            .iter()
            .find(|g| g.id == id)
            .map_or_else(|| id.to_owned(), |g| g.label.get(lang).to_owned())
    };
    let everyone = t(lang, Key::GrowthAllGenerations);

    let families = spans
        .iter()
        .map(|(family, range)| {
            let x = col_x[range.start];
            FamilyBand {
                family: *family,
                x,
                width: col_x[range.end - 1] + COL_W - x,
                label: t(
                    lang,
                    match family {
                        SkillFamily::Digital => Key::FamilyDigital,
                        SkillFamily::Experience => Key::FamilyExperience,
                    },
                ),
            }
        })
        .collect();

    let line_h = SKILL_FONT + 3.0;
    let skills = columns
        .iter()
        .enumerate()
        .map(|(j, column)| {
            let lines = wrap(&skill_label(&column.skill_id));
            let first_y = top - 8.0 - line_h * lines.len().saturating_sub(1) as f64;
            let x = col_x[j] + COL_W / 2.0;
            SkillHeader {
                lines: lines
                    .into_iter()
                    .enumerate()
                    .map(|(k, text)| TextLine {
                        squeeze: (text_width(&text) > SKILL_LINE_W).then_some(SKILL_LINE_W),
                        text,
                        x,
                        y: first_y + line_h * k as f64,
                    })
                    .collect(),
            }
        })
        .collect();

    // The generations' rows, then everyone's.
    let mut sources: Vec<(String, &str, usize, &[Option<CellGrowth>], bool)> = table
        .rows
        .iter()
        .map(|r| {
            (
                generation_label(&r.generation_id),
                r.generation_id.as_str(),
                r.n_people,
                r.cells.as_slice(),
                false,
            )
        })
        .collect();
    let n_everyone = table.rows.iter().map(|r| r.n_people).sum::<usize>();
    let n_all = table
        .all
        .iter()
        .flatten()
        .map(|c| c.change.count as usize)
        .max()
        .unwrap_or(0)
        .max(n_everyone);
    sources.push((
        everyone.to_owned(),
        "all",
        n_all,
        table.all.as_slice(),
        true,
    ));

    let rows = sources
        .iter()
        .enumerate()
        .map(|(i, (name, key, n, cells, all))| {
            let y = top + ROW_H * i as f64 + if *all { ALL_GAP } else { 0.0 };
            let name_lines = wrap_generation(name);
            let lift = if name_lines.len() > 1 { 8.0 } else { 0.0 };
            let name_view = name_lines
                .into_iter()
                .take(2)
                .enumerate()
                .map(|(k, text)| TextLine {
                    text,
                    x: LABEL_W - 12.0,
                    y: y + 24.0 + 20.0 * k as f64 - lift,
                    squeeze: None,
                })
                .collect();
            let count = TextLine {
                text: msg(lang, &Msg::People { n: *n }),
                x: LABEL_W - 12.0,
                y: y + ROW_H - 10.0,
                squeeze: None,
            };
            let cells = cells
                .iter()
                .enumerate()
                .map(|(j, cell)| {
                    let skill = skill_label(&columns[j].skill_id);
                    let title = match cell {
                        None => msg(
                            lang,
                            &Msg::GrowthCellEmpty {
                                generation: name,
                                skill: &skill,
                            },
                        ),
                        Some(c) => msg(
                            lang,
                            &Msg::GrowthCell {
                                generation: name,
                                skill: &skill,
                                before: &c.before.display(),
                                after: &c.after.display(),
                                change: &c.change.display(),
                                people: c.change.count as usize,
                            },
                        ),
                    };
                    ChangeCellView {
                        x: col_x[j],
                        y,
                        width: COL_W,
                        height: ROW_H,
                        title,
                        key: format!("{key}/{}", columns[j].skill_id),
                        shade: cell.as_ref().map(|c| shade(c, limit)),
                    }
                })
                .collect();
            ChangeRowView {
                name: name_view,
                count,
                cells,
                all: *all,
            }
        })
        .collect();

    let gains: Vec<String> = largest
        .iter()
        .take(3)
        .filter_map(|&j| {
            table.all[j].map(|c| {
                msg(
                    lang,
                    &Msg::GrowthSkillChange {
                        skill: &skill_label(&columns[j].skill_id),
                        change: &c.change.display(),
                    },
                )
            })
        })
        .collect();
    let summary = msg(
        lang,
        &Msg::GrowthSummary {
            gains: &gains.join(t(lang, Key::ListSeparator)),
        },
    );

    let legend = [-limit, -limit / 2, 0, limit / 2, limit]
        .into_iter()
        .map(|tenths| {
            let (fill, ink) = change_colour(tenths as f64 / limit as f64);
            LegendShade {
                fill: fill.hex(),
                ink: ink.hex(),
                label: tenths_display(tenths),
            }
        })
        .collect();

    let mut table_head = vec![t(lang, Key::HeatmapGenerationColumn).to_owned()];
    table_head.extend(columns.iter().map(|c| skill_label(&c.skill_id)));
    let table_rows = sources
        .iter()
        .map(|(name, _, n, cells, _)| TableRow {
            header: msg(
                lang,
                &Msg::HeatmapRowHeader {
                    generation: name,
                    people: *n,
                },
            ),
            cells: cells
                .iter()
                .map(|cell| {
                    cell.map_or_else(
                        || "–".to_owned(),
                        |c| {
                            msg(
                                lang,
                                &Msg::GrowthBeforeAfter {
                                    before: &c.before.display(),
                                    after: &c.after.display(),
                                    change: &c.change.display(),
                                },
                            )
                        },
                    )
                })
                .collect(),
        })
        .collect();

    ChangeHeatmapView {
        width,
        height,
        families,
        skills,
        rows,
        summary,
        legend,
        table_head,
        table_rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::model::Lang;
    use crate::view::growth::tests::room;
    use crate::view::growth::Growth;

    #[test]
    fn every_change_colour_keeps_its_number_readable() {
        for step in -100..=100 {
            let (fill, ink) = change_colour(f64::from(step) / 100.0);
            assert!(
                fill.contrast(ink) >= 4.5,
                "step {step}: {} on {} is {:.2}:1",
                ink.hex(),
                fill.hex(),
                fill.contrast(ink)
            );
        }
        let (rise, _) = change_colour(1.0);
        let (fall, _) = change_colour(-1.0);
        let (none, _) = change_colour(0.0);
        assert!(rise.luminance() < none.luminance() && fall.luminance() < none.luminance());
        // Two hues: blue has more blue than red, orange more red than blue.
        assert!(rise.2 > rise.0 && fall.0 > fall.2);
    }

    #[test]
    fn every_cell_prints_its_change_and_the_last_row_is_everyone() {
        let (cohort, pairing) = room(40, 2, Lang::En);
        let growth = Growth::of(&cohort, Some(&pairing));
        let view = change_heatmap(
            &cohort.workshop,
            &growth.table,
            &growth.largest_gains(),
            Lang::En,
        );
        assert_eq!(view.rows.len(), cohort.workshop.generations.len() + 1);
        assert!(view.rows.last().unwrap().all);
        for (row, source) in view.rows.iter().zip(&growth.table.rows) {
            for (cell, data) in row.cells.iter().zip(&source.cells) {
                match (&cell.shade, data) {
                    (Some(shade), Some(c)) => {
                        assert_eq!(shade.value, c.change.display());
                        assert!(cell.title.contains(&c.before.display()));
                    }
                    (None, None) => assert!(cell.title.contains("nobody answered both")),
                    other => panic!("{other:?}"),
                }
                assert!(cell.key.starts_with(&format!("{}/", source.generation_id)));
            }
        }
        let all = view.rows.last().unwrap();
        assert!(all.cells.iter().all(|c| c.key.starts_with("all/")));
        assert_eq!(all.name[0].text, "All generations");
        assert_eq!(view.legend.len(), 5);
        assert_eq!(
            view.legend
                .iter()
                .map(|p| p.label.as_str())
                .collect::<Vec<_>>(),
            ["\u{2212}2.0", "\u{2212}1.0", "0.0", "+1.0", "+2.0"]
        );
        assert!(view.summary.contains("Largest gains"), "{}", view.summary);
        assert_eq!(view.table_rows.len(), view.rows.len());
        assert!(view.height > view.rows.last().unwrap().cells[0].y + ROW_H);
    }
}
