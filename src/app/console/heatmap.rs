//! See the room (見える化): the heatmap of [`crate::view::heatmap`] drawn as SVG for the
//! projector, its legend, and the numbers as a visually hidden table for screen readers.
//! Every position, colour and text comes from the view model.

use crate::app::Ctx;
use crate::document::model::{Cohort, SkillFamily};
use crate::i18n::Key;
use crate::view::heatmap::{heatmap, CellView, TextLine};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeatmapProps {
    pub ctx: Ctx,
    pub cohort: Rc<Cohort>,
}

fn tspan(line: &TextLine) -> Html {
    html! {
        <tspan x={line.x.to_string()} y={line.y.to_string()}
               textLength={line.squeeze.map(|w| w.to_string())}
               lengthAdjust={line.squeeze.map(|_| "spacingAndGlyphs")}>{ line.text.clone() }</tspan>
    }
}

fn cell(c: &CellView) -> Html {
    let rect = |inset: f64, class: Option<&'static str>, fill: Option<String>| {
        html! {
            <rect class={class} x={(c.x + inset).to_string()} y={(c.y + inset).to_string()}
                  width={(c.width - 2.0 * inset).to_string()} height={(c.height - 2.0 * inset).to_string()} fill={fill} />
        }
    };
    match &c.shade {
        None => html! {
            <g class="heat-cell heat-cell-empty">
                <title>{ c.title.clone() }</title>
                { rect(2.0, None, Some("url(#heat-empty)".into())) }
            </g>
        },
        Some(shade) => html! {
            <g class={classes!("heat-cell", shade.strongest.then_some("heat-cell-strongest"))}>
                <title>{ c.title.clone() }</title>
                { rect(2.0, None, Some(shade.fill.clone())) }
                if shade.strongest {
                    { rect(5.0, Some("heat-strongest"), None) }
                    { rect(9.5, Some("heat-strongest-inner"), None) }
                }
                <text class="heat-value" x={(c.x + c.width / 2.0).to_string()} y={(c.y + c.height / 2.0 + 10.0).to_string()}
                      text-anchor="middle" fill={shade.ink.clone()} data-cell={c.key.clone()}>{ shade.value.clone() }</text>
            </g>
        },
    }
}

#[function_component(Heatmap)]
pub fn heatmap_card(props: &HeatmapProps) -> Html {
    let ctx = &props.ctx;
    // Computed again only when the answers or the language change.
    let view = use_memo((props.cohort.clone(), ctx.lang()), |(cohort, lang)| {
        heatmap(cohort, *lang)
    });
    let families = view.families.iter().map(|band| {
        let class = match band.family {
            SkillFamily::Digital => "heat-family heat-family-digital",
            SkillFamily::Experience => "heat-family heat-family-experience",
        };
        html! {
            <g class={class}>
                <rect x={band.x.to_string()} y="0" width={band.width.to_string()} height="26" rx="6" />
                <text x={(band.x + band.width / 2.0).to_string()} y="20" text-anchor="middle">{ band.label }</text>
            </g>
        }
    });
    let skills = view.skills.iter().map(|s| html! { <text class="heat-skill" text-anchor="middle">{ for s.lines.iter().map(tspan) }</text> });
    let rows = view.rows.iter().map(|row| {
        html! {
            <g class="heat-row">
                <text class="heat-generation" text-anchor="end">{ for row.name.iter().map(tspan) }</text>
                <text class="heat-count" x={row.count.x.to_string()} y={row.count.y.to_string()} text-anchor="end">
                    { row.count.text.clone() }
                </text>
                { for row.cells.iter().map(cell) }
            </g>
        }
    });
    let legend = view.legend.iter().map(|p| {
        html! {
            <li>
                <span class="heat-swatch" style={format!("background:{};color:{}", p.fill, p.ink)}>{ p.point }</span>
                <span class="heat-legend-text">{ p.label.clone() }</span>
            </li>
        }
    });
    let table_rows = view.table_rows.iter().map(|row| {
        html! {
            <tr>
                <th scope="row">{ row.header.clone() }</th>
                { for row.cells.iter().map(|c| html! { <td>{ c.clone() }</td> }) }
            </tr>
        }
    });

    html! {
        <section class="card heatmap-card" aria-labelledby="heatmap-title">
            <h2 id="heatmap-title">{ ctx.t(Key::HeatmapTitle) }</h2>
            <p class="muted">{ ctx.t(Key::HeatmapIntro) }</p>
            <div class="heatmap-scroll">
                <svg class="heatmap" viewBox={format!("0 0 {} {}", view.width, view.height)} role="img"
                     aria-label={view.summary.clone()} preserveAspectRatio="xMinYMin meet">
                    <defs>
                        <pattern id="heat-empty" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <rect width="10" height="10" fill="#ffffff" />
                            <line x1="0" y1="0" x2="0" y2="10" stroke="#9a958a" stroke-width="2" />
                        </pattern>
                    </defs>
                    { for families }
                    { for skills }
                    { for rows }
                </svg>
            </div>
            <div class="heat-legend">
                <span class="heat-legend-title">{ ctx.t(Key::HeatmapLegendAverage) }</span>
                <ul class="heat-legend-scale">{ for legend }</ul>
                <ul class="heat-legend-marks">
                    <li><span class="heat-swatch heat-swatch-empty" /><span class="heat-legend-text">{ ctx.t(Key::HeatmapLegendEmpty) }</span></li>
                    <li><span class="heat-swatch heat-swatch-strongest" /><span class="heat-legend-text">{ ctx.t(Key::HeatmapLegendStrongest) }</span></li>
                </ul>
            </div>
            <table class="visually-hidden">
                <caption>{ ctx.t(Key::HeatmapTableCaption) }</caption>
                <thead><tr>{ for view.table_head.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr></thead>
                <tbody>{ for table_rows }</tbody>
            </table>
        </section>
    }
}
