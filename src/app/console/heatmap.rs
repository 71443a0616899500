//! See the room (見える化): the average self-assessment per generation × skill as an SVG
//! heatmap for the projector. Rows are the workshop's generations (oldest first), columns
//! the skills grouped by family; each cell is shaded on a single-hue scale and carries its
//! number in large type; a thick frame marks the generation that can teach a skill.
//!
//! Screen readers get a summary as the picture's label and the numbers as a visually
//! hidden table. All numbers and colours come from [`crate::view::insights`].

use crate::app::Ctx;
use crate::i18n::Key;
use crate::view::insights::{heat_colour, scale_fraction, strongest_generation, RoomAverages};
use crate::document::model::{Cohort, Lang, SkillFamily};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeatmapProps {
    pub ctx: Ctx,
    pub cohort: Cohort,
}

/// Layout in SVG user units; the picture scales to the card's width (about 1:1 at 1280 px).
const LABEL_W: f64 = 214.0;
const COL_W: f64 = 78.0;
const FAMILY_GAP: f64 = 14.0;
const FAMILY_H: f64 = 32.0;
const HEADER_H: f64 = 86.0;
const ROW_H: f64 = 66.0;
const SKILL_FONT: f64 = 15.0;
/// How wide a skill label line may be, in SVG units (the column less a margin).
const SKILL_LINE_W: f64 = COL_W - 6.0;

/// The width of `text` at the skill labels' size, estimated: a Japanese character is one
/// em, a Latin one a little over half.
fn text_width(text: &str) -> f64 {
    text.chars().map(|c| if c.is_ascii() { 0.57 } else { 0.9 }).sum::<f64>() * SKILL_FONT
}

/// The script of a character, for finding where Japanese may break: between kanji,
/// hiragana and katakana runs ("オンライン|共同作業|ツール"), never inside a Latin word.
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

/// Breaks a label into lines at most [`SKILL_LINE_W`] wide where it can. A piece a little
/// wider than a line (a Latin word, "プロジェクト") is kept whole and squeezed by the
/// caller with `textLength`; a much longer Japanese run is split between characters, but
/// never before a small kana or "ー" (Japanese line-breaking rules).
fn wrap(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let push = |line: &mut String, piece: &str, lines: &mut Vec<String>| {
        if !line.trim().is_empty() && text_width(line.trim_end()) + text_width(piece.trim_end()) > SKILL_LINE_W {
            lines.push(line.trim_end().to_owned());
            line.clear();
        }
        line.push_str(piece);
    };
    for piece in break_pieces(text) {
        if text_width(piece.trim_end()) > SKILL_LINE_W * 1.35 && !piece.is_ascii() {
            for c in piece.chars() {
                if "ァィゥェォッャュョヮーぁぃぅぇぉっゃゅょ".contains(c) {
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
fn wrap_generation(label: &str) -> Vec<String> {
    if label.chars().count() <= 20 {
        return vec![label.to_owned()];
    }
    let middle = label.len() / 2;
    match label.match_indices(' ').map(|(i, _)| i).min_by_key(|&i| i.abs_diff(middle)) {
        Some(i) => vec![label[..i].to_owned(), label[i + 1..].to_owned()],
        None => vec![label.to_owned()],
    }
}

fn people(_lang: Lang, ctx: &Ctx, n: usize) -> String {
    ctx.msg(&crate::i18n::Msg::People { n })
}

#[function_component(Heatmap)]
pub fn heatmap(props: &HeatmapProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let w = &props.cohort.workshop;
    let room = RoomAverages::of(&props.cohort);
    let spans = room.family_spans();

    // x of column j: families after the first are shifted by a gap.
    let col_x: Vec<f64> = (0..room.columns.len())
        .map(|j| {
            let gaps = spans.iter().filter(|(_, r)| r.start <= j && r.start > 0).count();
            LABEL_W + COL_W * j as f64 + FAMILY_GAP * gaps as f64
        })
        .collect();
    let width = col_x.last().map_or(LABEL_W, |x| x + COL_W) + 4.0;
    let top = FAMILY_H + HEADER_H;
    let height = top + ROW_H * room.rows.len() as f64 + 4.0;
    let skill_label = |id: &str| w.skill(id).map(|s| s.label.get(lang).to_owned()).unwrap_or_else(|| id.to_owned());
    let generation_label = |id: &str| {
        w.generations.iter().find(|g| g.id == id).map(|g| g.label.get(lang).to_owned()).unwrap_or_else(|| id.to_owned())
    };
    let family_key = |f: SkillFamily| match f {
        SkillFamily::Digital => Key::FamilyDigital,
        SkillFamily::Experience => Key::FamilyExperience,
    };
    let strongest: Vec<Option<usize>> = (0..room.columns.len()).map(|j| strongest_generation(&room, j)).collect();

    let family_bands = spans.iter().map(|(family, range)| {
        let x = col_x[range.start];
        let band_w = col_x[range.end - 1] + COL_W - x;
        let class = match family {
            SkillFamily::Digital => "heat-family heat-family-digital",
            SkillFamily::Experience => "heat-family heat-family-experience",
        };
        html! {
            <g class={class}>
                <rect x={x.to_string()} y="0" width={band_w.to_string()} height={(FAMILY_H - 6.0).to_string()} rx="6" />
                <text x={(x + band_w / 2.0).to_string()} y={(FAMILY_H - 12.0).to_string()} text-anchor="middle">
                    { ctx.t(family_key(*family)) }
                </text>
            </g>
        }
    });

    let skill_headers = room.columns.iter().enumerate().map(|(j, column)| {
        let lines = wrap(&skill_label(&column.skill_id));
        let line_h = SKILL_FONT + 3.0;
        let first_y = top - 8.0 - line_h * (lines.len().saturating_sub(1)) as f64;
        let x = col_x[j] + COL_W / 2.0;
        let tspans = lines.iter().enumerate().map(|(k, line)| {
            let too_wide = text_width(line) > SKILL_LINE_W;
            html! {
                <tspan x={x.to_string()} y={(first_y + line_h * k as f64).to_string()}
                       textLength={too_wide.then(|| SKILL_LINE_W.to_string())}
                       lengthAdjust={too_wide.then_some("spacingAndGlyphs")}>{ line.clone() }</tspan>
            }
        });
        html! { <text class="heat-skill" text-anchor="middle">{ for tspans }</text> }
    });

    let rows = room.rows.iter().enumerate().map(|(i, row)| {
        let y = top + ROW_H * i as f64;
        let name_lines = wrap_generation(&generation_label(&row.generation_id));
        let name = name_lines.iter().take(2).enumerate().map(|(k, line)| {
            html! { <tspan x={(LABEL_W - 12.0).to_string()} y={(y + 24.0 + 20.0 * k as f64 - if name_lines.len() > 1 { 8.0 } else { 0.0 }).to_string()}>{ line.clone() }</tspan> }
        });
        let count_y = y + ROW_H - 10.0;
        let cells = row.cells.iter().enumerate().map(|(j, cell)| {
            let x = col_x[j];
            let skill = &room.columns[j].skill_id;
            let title = format!(
                "{} × {}: {}",
                generation_label(&row.generation_id),
                skill_label(skill),
                cell.map_or_else(|| ctx.t(Key::HeatmapLegendEmpty).to_owned(), |a| format!("{} ({})", a.display(), people(lang, ctx, a.count as usize)))
            );
            match cell {
                None => html! {
                    <g class="heat-cell heat-cell-empty">
                        <title>{ title }</title>
                        <rect x={(x + 2.0).to_string()} y={(y + 2.0).to_string()} width={(COL_W - 4.0).to_string()}
                              height={(ROW_H - 4.0).to_string()} fill="url(#heat-empty)" />
                    </g>
                },
                Some(average) => {
                    let (fill, ink) = heat_colour(scale_fraction(w, average.value()));
                    let strong = strongest[j] == Some(i);
                    html! {
                        <g class={classes!("heat-cell", strong.then_some("heat-cell-strongest"))}>
                            <title>{ title }</title>
                            <rect x={(x + 2.0).to_string()} y={(y + 2.0).to_string()} width={(COL_W - 4.0).to_string()}
                                  height={(ROW_H - 4.0).to_string()} fill={fill.hex()} />
                            if strong {
                                <rect class="heat-strongest" x={(x + 5.0).to_string()} y={(y + 5.0).to_string()}
                                      width={(COL_W - 10.0).to_string()} height={(ROW_H - 10.0).to_string()} />
                                <rect class="heat-strongest-inner" x={(x + 9.5).to_string()} y={(y + 9.5).to_string()}
                                      width={(COL_W - 19.0).to_string()} height={(ROW_H - 19.0).to_string()} />
                            }
                            <text class="heat-value" x={(x + COL_W / 2.0).to_string()} y={(y + ROW_H / 2.0 + 10.0).to_string()}
                                  text-anchor="middle" fill={ink.hex()}
                                  data-cell={format!("{}/{}", row.generation_id, skill)}>{ average.display() }</text>
                        </g>
                    }
                }
            }
        });
        html! {
            <g class="heat-row">
                <text class="heat-generation" text-anchor="end">{ for name }</text>
                <text class="heat-count" x={(LABEL_W - 12.0).to_string()} y={count_y.to_string()} text-anchor="end">
                    { people(lang, ctx, row.n_participants) }
                </text>
                { for cells }
            </g>
        }
    });

    // The summary a screen reader hears instead of the picture: who can teach what.
    let teach = room
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let skills: Vec<String> = (0..room.columns.len())
                .filter(|&j| strongest[j] == Some(i))
                .map(|j| skill_label(&room.columns[j].skill_id))
                .collect();
            (!skills.is_empty()).then(|| format!("{}: {}", generation_label(&row.generation_id), skills.join(", ")))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let summary = format!("{} {} — {teach}", ctx.t(Key::HeatmapSummary), ctx.t(Key::HeatmapStrongestIn));

    let table_rows = room.rows.iter().map(|row| {
        let cells = row.cells.iter().map(|cell| {
            html! { <td>{ cell.map_or_else(|| "–".to_owned(), |a| format!("{} ({})", a.display(), a.count)) }</td> }
        });
        html! {
            <tr>
                <th scope="row">{ format!("{} ({})", generation_label(&row.generation_id), people(lang, ctx, row.n_participants)) }</th>
                { for cells }
            </tr>
        }
    });

    let legend_points = (w.scale.min..=w.scale.max).map(|point| {
        let (fill, ink) = heat_colour(scale_fraction(w, f64::from(point)));
        let label = w.scale.label(point).map(|l| l.get(lang).to_owned()).unwrap_or_default();
        html! {
            <li>
                <span class="heat-swatch" style={format!("background:{};color:{}", fill.hex(), ink.hex())}>{ point }</span>
                <span class="heat-legend-text">{ label }</span>
            </li>
        }
    });

    html! {
        <section class="card heatmap-card" aria-labelledby="heatmap-title">
            <h2 id="heatmap-title">{ ctx.t(Key::HeatmapTitle) }</h2>
            <p class="muted">{ ctx.t(Key::HeatmapIntro) }</p>
            <div class="heatmap-scroll">
                <svg class="heatmap" viewBox={format!("0 0 {width} {height}")} role="img" aria-label={summary}
                     preserveAspectRatio="xMinYMin meet">
                    <defs>
                        <pattern id="heat-empty" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <rect width="10" height="10" fill="#ffffff" />
                            <line x1="0" y1="0" x2="0" y2="10" stroke="#9a958a" stroke-width="2" />
                        </pattern>
                    </defs>
                    { for family_bands }
                    { for skill_headers }
                    { for rows }
                </svg>
            </div>
            <div class="heat-legend">
                <span class="heat-legend-title">{ ctx.t(Key::HeatmapLegendAverage) }</span>
                <ul class="heat-legend-scale">{ for legend_points }</ul>
                <ul class="heat-legend-marks">
                    <li><span class="heat-swatch heat-swatch-empty" /><span class="heat-legend-text">{ ctx.t(Key::HeatmapLegendEmpty) }</span></li>
                    <li><span class="heat-swatch heat-swatch-strongest" /><span class="heat-legend-text">{ ctx.t(Key::HeatmapLegendStrongest) }</span></li>
                </ul>
            </div>
            <table class="visually-hidden">
                <caption>{ ctx.t(Key::HeatmapTableCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ ctx.t(Key::HeatmapGenerationColumn) }</th>
                        { for room.columns.iter().map(|c| html! { <th scope="col">{ skill_label(&c.skill_id) }</th> }) }
                    </tr>
                </thead>
                <tbody>{ for table_rows }</tbody>
            </table>
        </section>
    }
}
