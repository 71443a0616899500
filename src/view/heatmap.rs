//! The room's heatmap (見える化) as a view model: every position, label line, colour and
//! text of the SVG the console draws for the projector, computed from
//! [`RoomAverages`]. Rows are the workshop's generations (oldest first), columns the
//! skills grouped by family; each cell carries its average in large type on a
//! single-hue scale, and a thick frame marks the generation that can teach a skill.
//!
//! Skill labels are broken into lines here, by the rules of the language: between
//! words, between Japanese script runs ("オンライン|共同作業|ツール"), never before a small
//! kana or "ー". Pure: the component only draws what [`heatmap`] returns.

use crate::document::model::{Cohort, Lang, SkillFamily};
use crate::i18n::{msg, t, Key, Msg};
use crate::view::insights::{heat_colour, scale_fraction, strongest_generation, RoomAverages};

/// Layout in SVG user units; the picture scales to the card's width (about 1:1 at 1280 px).
const LABEL_W: f64 = 214.0;
const COL_W: f64 = 78.0;
const FAMILY_GAP: f64 = 14.0;
const FAMILY_H: f64 = 32.0;
const HEADER_H: f64 = 86.0;
const ROW_H: f64 = 66.0;
const SKILL_FONT: f64 = 15.0;
/// How wide a skill label line may be, in SVG units (the column less a margin).
pub const SKILL_LINE_W: f64 = COL_W - 6.0;

/// The whole picture and its accessible equivalents.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatmapView {
    pub width: f64,
    pub height: f64,
    pub families: Vec<FamilyBand>,
    pub skills: Vec<SkillHeader>,
    pub rows: Vec<RowView>,
    /// What a screen reader hears instead of the picture: who can teach what.
    pub summary: String,
    /// The scale's points with their shades, for the legend.
    pub legend: Vec<LegendPoint>,
    /// The numbers as a table for screen readers: the column headers (generation first).
    pub table_head: Vec<String>,
    pub table_rows: Vec<TableRow>,
}

/// The band over a family's columns ("Digital", "Experience").
#[derive(Debug, Clone, PartialEq)]
pub struct FamilyBand {
    pub family: SkillFamily,
    pub x: f64,
    pub width: f64,
    pub label: &'static str,
}

/// A skill's label over its column, line by line.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillHeader {
    pub lines: Vec<TextLine>,
}

/// One line of text placed at (`x`, `y`); `squeeze` is the width to fit it into when it is
/// a little wider than its column (a long Latin word, "プロジェクト").
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub squeeze: Option<f64>,
}

/// A generation's row.
#[derive(Debug, Clone, PartialEq)]
pub struct RowView {
    pub name: Vec<TextLine>,
    /// "24 people", under the name.
    pub count: TextLine,
    pub cells: Vec<CellView>,
}

/// One generation × skill cell.
#[derive(Debug, Clone, PartialEq)]
pub struct CellView {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The tooltip: "Gen X × AI tools: 3.5 (4 people)".
    pub title: String,
    /// `generation/skill`, for tests to find a cell.
    pub key: String,
    /// `None`: nobody of the generation answered (drawn hatched).
    pub shade: Option<Shade>,
}

/// A cell's fill, the colour of its number, the number, and whether the generation is the
/// strongest in the skill.
#[derive(Debug, Clone, PartialEq)]
pub struct Shade {
    pub fill: String,
    pub ink: String,
    pub value: String,
    pub strongest: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LegendPoint {
    pub point: u8,
    pub fill: String,
    pub ink: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub header: String,
    pub cells: Vec<String>,
}

/// The heatmap of `cohort` in `lang`.
pub fn heatmap(cohort: &Cohort, lang: Lang) -> HeatmapView {
    let w = &cohort.workshop;
    let room = RoomAverages::of(cohort);
    let spans = room.family_spans();
    // x of column j: families after the first are shifted by a gap.
    let col_x: Vec<f64> = (0..room.columns.len())
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
    let height = top + ROW_H * room.rows.len() as f64 + 4.0;
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
    let strongest: Vec<Option<usize>> = (0..room.columns.len())
        .map(|j| strongest_generation(&room, j))
        .collect();

    let families = spans
        .iter()
        .map(|(family, range)| {
            let x = col_x[range.start];
            let label = t(
                lang,
                match family {
                    SkillFamily::Digital => Key::FamilyDigital,
                    SkillFamily::Experience => Key::FamilyExperience,
                },
            );
            FamilyBand {
                family: *family,
                x,
                width: col_x[range.end - 1] + COL_W - x,
                label,
            }
        })
        .collect();

    let line_h = SKILL_FONT + 3.0;
    let skills = room
        .columns
        .iter()
        .enumerate()
        .map(|(j, column)| {
            let lines = wrap(&skill_label(&column.skill_id));
            let first_y = top - 8.0 - line_h * lines.len().saturating_sub(1) as f64;
            let x = col_x[j] + COL_W / 2.0;
            let lines = lines
                .into_iter()
                .enumerate()
                .map(|(k, text)| {
                    let squeeze = (text_width(&text) > SKILL_LINE_W).then_some(SKILL_LINE_W);
                    TextLine {
                        text,
                        x,
                        y: first_y + line_h * k as f64,
                        squeeze,
                    }
                })
                .collect();
            SkillHeader { lines }
        })
        .collect();

    let rows = room
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let y = top + ROW_H * i as f64;
            let name_lines = wrap_generation(&generation_label(&row.generation_id));
            let lift = if name_lines.len() > 1 { 8.0 } else { 0.0 };
            let name = name_lines
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
                text: msg(
                    lang,
                    &Msg::People {
                        n: row.n_participants,
                    },
                ),
                x: LABEL_W - 12.0,
                y: y + ROW_H - 10.0,
                squeeze: None,
            };
            let cells = row
                .cells
                .iter()
                .enumerate()
                .map(|(j, cell)| {
                    let (generation, skill) = (
                        generation_label(&row.generation_id),
                        skill_label(&room.columns[j].skill_id),
                    );
                    let title = match cell {
                        None => msg(
                            lang,
                            &Msg::HeatmapCellEmpty {
                                generation: &generation,
                                skill: &skill,
                            },
                        ),
                        Some(a) => msg(
                            lang,
                            &Msg::HeatmapCell {
                                generation: &generation,
                                skill: &skill,
                                average: &a.display(),
                                people: a.count as usize,
                            },
                        ),
                    };
                    let shade = cell.map(|average| {
                        let (fill, ink) = heat_colour(scale_fraction(w, average.value()));
                        Shade {
                            fill: fill.hex(),
                            ink: ink.hex(),
                            value: average.display(),
                            strongest: strongest[j] == Some(i),
                        }
                    });
                    CellView {
                        x: col_x[j],
                        y,
                        width: COL_W,
                        height: ROW_H,
                        title,
                        key: format!("{}/{}", row.generation_id, room.columns[j].skill_id),
                        shade,
                    }
                })
                .collect();
            RowView { name, count, cells }
        })
        .collect();

    let teaches = room
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let skills: Vec<String> = (0..room.columns.len())
                .filter(|&j| strongest[j] == Some(i))
                .map(|j| skill_label(&room.columns[j].skill_id))
                .collect();
            (!skills.is_empty()).then(|| {
                msg(
                    lang,
                    &Msg::HeatmapTeaches {
                        generation: &generation_label(&row.generation_id),
                        skills: &skills.join(", "),
                    },
                )
            })
        })
        .collect::<Vec<_>>()
        .join("; ");
    let summary = msg(lang, &Msg::HeatmapSummary { teaches: &teaches });

    let legend = (w.scale.min..=w.scale.max)
        .map(|point| {
            let (fill, ink) = heat_colour(scale_fraction(w, f64::from(point)));
            let label = w
                .scale
                .label(point)
                .map(|l| l.get(lang).to_owned())
                .unwrap_or_default();
            LegendPoint {
                point,
                fill: fill.hex(),
                ink: ink.hex(),
                label,
            }
        })
        .collect();

    let mut table_head = vec![t(lang, Key::HeatmapGenerationColumn).to_owned()];
    table_head.extend(room.columns.iter().map(|c| skill_label(&c.skill_id)));
    let table_rows = room
        .rows
        .iter()
        .map(|row| TableRow {
            header: msg(
                lang,
                &Msg::HeatmapRowHeader {
                    generation: &generation_label(&row.generation_id),
                    people: row.n_participants,
                },
            ),
            cells: row
                .cells
                .iter()
                .map(|cell| {
                    cell.map_or_else(
                        || "–".to_owned(),
                        |a| {
                            msg(
                                lang,
                                &Msg::AverageWithCount {
                                    average: &a.display(),
                                    count: a.count,
                                },
                            )
                        },
                    )
                })
                .collect(),
        })
        .collect();

    HeatmapView {
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

/// The width of `text` at the skill labels' size, estimated: a Japanese character is one
/// em, a Latin one a little over half.
fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.57 } else { 0.9 })
        .sum::<f64>()
        * SKILL_FONT
}

/// The script of a character, for finding where Japanese may break: between kanji,
/// hiragana and katakana runs, never inside a Latin word.
fn script(c: char) -> u8 {
    match c {
        ' ' => 0,
        c if c.is_ascii() => 1,
        '\u{3040}'..='\u{309f}' => 2,
        '\u{30a0}'..='\u{30ff}' => 3,
        _ => 4,
    }
}

/// Splits a label into pieces a line may break between: words with their trailing
/// space, and Japanese script runs (punctuation such as "・" stays with what precedes it).
fn break_pieces(text: &str) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    let mut previous = None;
    for c in text.chars() {
        let kind = script(c);
        let punctuation = matches!(c, '・' | '、' | '。' | '）' | ')');
        let joins = match previous {
            None => false,
            Some(_) if punctuation || kind == 0 => true,
            Some(prev) => prev == kind,
        };
        match pieces.last_mut() {
            Some(piece) if joins => piece.push(c),
            _ => pieces.push(c.to_string()),
        }
        if !punctuation {
            previous = Some(kind);
        }
    }
    pieces
}

/// Characters a Japanese line may not start with (small kana and the long vowel mark).
const NO_LINE_START: [char; 20] = [
    'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ッ', 'ャ', 'ュ', 'ョ', 'ヮ', 'ー', 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ',
    'っ', 'ゃ', 'ゅ', 'ょ',
];

/// Breaks a label into lines at most [`SKILL_LINE_W`] wide where it can. A piece a little
/// wider than a line is kept whole (and squeezed when drawn); a much longer Japanese run
/// is split between characters, but never before a small kana or "ー".
pub fn wrap(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let push = |line: &mut String, piece: &str, lines: &mut Vec<String>| {
        if !line.trim().is_empty()
            && text_width(line.trim_end()) + text_width(piece.trim_end()) > SKILL_LINE_W
        {
            lines.push(line.trim_end().to_owned());
            line.clear();
        }
        line.push_str(piece);
    };
    for piece in break_pieces(text) {
        if text_width(piece.trim_end()) > SKILL_LINE_W * 1.35 && !piece.is_ascii() {
            for c in piece.chars() {
                if NO_LINE_START.contains(&c) {
                    line.push(c);
                } else {
                    push(&mut line, &c.to_string(), &mut lines);
                }
            }
        } else {
            push(&mut line, &piece, &mut lines);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// A generation's name on at most two lines of the row header (split at the space nearest
/// the middle when it is long, as "Employment Ice Age / generation").
pub fn wrap_generation(label: &str) -> Vec<String> {
    if label.chars().count() <= 20 {
        return vec![label.to_owned()];
    }
    let middle = label.len() / 2;
    match label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(middle))
    {
        Some(i) => vec![label[..i].to_owned(), label[i + 1..].to_owned()],
        None => vec![label.to_owned()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::template::{workshop_with_preset, GenerationPreset};

    #[test]
    fn japanese_labels_break_between_script_runs_and_never_before_a_small_kana() {
        assert_eq!(
            wrap("オンライン共同作業ツール"),
            ["オンライン", "共同作業", "ツール"]
        );
        for label in workshop_with_preset(GenerationPreset::Japanese)
            .skills
            .iter()
            .map(|s| s.label.ja.as_str())
        {
            for line in wrap(label) {
                let first = line.chars().next().unwrap();
                assert!(
                    !NO_LINE_START.contains(&first),
                    "{label}: a line starts with {first}"
                );
            }
            assert_eq!(
                wrap(label).concat(),
                label.replace(' ', ""),
                "{label}: nothing lost"
            );
        }
    }

    #[test]
    fn english_labels_break_between_words_and_keep_a_long_word_whole() {
        assert_eq!(wrap("Generative AI tools"), ["Generative", "AI tools"]);
        assert_eq!(wrap("Smartphones"), ["Smartphones"]);
        assert!(
            text_width("Smartphones") > SKILL_LINE_W,
            "squeezed when drawn"
        );
        assert_eq!(
            wrap_generation("Employment Ice Age generation"),
            ["Employment Ice", "Age generation"]
        );
        assert_eq!(wrap_generation("Gen Z"), ["Gen Z"]);
    }

    #[test]
    fn every_cell_shows_its_average_and_the_strongest_generation_is_marked() {
        let cohort = demo_cohort(30, 4, Lang::En, "2026-11-26T09:00:00Z");
        let room = RoomAverages::of(&cohort);
        let view = heatmap(&cohort, Lang::En);
        assert_eq!(view.rows.len(), cohort.workshop.generations.len());
        assert_eq!(view.skills.len(), cohort.workshop.skills.len());
        for (i, row) in view.rows.iter().enumerate() {
            assert_eq!(
                row.count.text,
                msg(
                    Lang::En,
                    &Msg::People {
                        n: room.rows[i].n_participants
                    }
                )
            );
            for (j, cell) in row.cells.iter().enumerate() {
                match (&cell.shade, room.rows[i].cells[j]) {
                    (Some(shade), Some(average)) => {
                        assert_eq!(shade.value, average.display());
                        assert_eq!(shade.strongest, strongest_generation(&room, j) == Some(i));
                    }
                    (None, None) => assert!(cell.title.ends_with("No answers")),
                    (shade, average) => panic!("{shade:?} vs {average:?}"),
                }
                assert_eq!(
                    cell.key,
                    format!(
                        "{}/{}",
                        room.rows[i].generation_id, room.columns[j].skill_id
                    )
                );
            }
        }
        assert!(view.width > LABEL_W && view.height > FAMILY_H + HEADER_H);
        assert_eq!(view.legend.len(), 5);
        assert_eq!(view.table_head.len(), cohort.workshop.skills.len() + 1);
        assert!(view
            .summary
            .starts_with("Heatmap of the average self-assessment"));
    }

    #[test]
    fn a_count_of_one_is_one_person() {
        assert_eq!(msg(Lang::En, &Msg::People { n: 1 }), "1 person");
        assert_eq!(msg(Lang::Ja, &Msg::People { n: 1 }), "1人");
    }
}
