//! The change heatmap of [`crate::view::growth::chart`] drawn as SVG (for the projector
//! and the printed report), its legend, and the numbers as a visually hidden table for
//! screen readers. Every position, colour and text comes from the view model.

use crate::app::Ctx;
use crate::document::model::SkillFamily;
use crate::i18n::Key;
use crate::view::growth::chart::{ChangeCellView, ChangeHeatmapView};
use crate::view::heatmap::TextLine;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangeChartProps {
    pub ctx: Ctx,
    pub view: Rc<ChangeHeatmapView>,
    /// Tells the SVG's hatch pattern apart from another chart's on the same page.
    pub id: &'static str,
}

fn tspan(line: &TextLine) -> Html {
    html! {
        <tspan x={line.x.to_string()} y={line.y.to_string()}
               textLength={line.squeeze.map(|w| w.to_string())}
               lengthAdjust={line.squeeze.map(|_| "spacingAndGlyphs")}>{ line.text.clone() }</tspan>
    }
}

fn cell(c: &ChangeCellView, hatch: &str) -> Html {
    let rect = |fill: String| {
        html! {
            <rect x={(c.x + 2.0).to_string()} y={(c.y + 2.0).to_string()}
                  width={(c.width - 4.0).to_string()} height={(c.height - 4.0).to_string()} {fill} />
        }
    };
    let middle = (c.x + c.width / 2.0).to_string();
    match &c.shade {
        None => html! {
            <g class="heat-cell heat-cell-empty">
                <title>{ c.title.clone() }</title>
                { rect(format!("url(#{hatch})")) }
            </g>
        },
        Some(shade) => html! {
            <g class="heat-cell">
                <title>{ c.title.clone() }</title>
                { rect(shade.fill.clone()) }
                <text class="heat-value growth-value" x={middle.clone()} y={(c.y + 34.0).to_string()}
                      text-anchor="middle" fill={shade.ink.clone()} data-change={c.key.clone()}>{ shade.value.clone() }</text>
                <text class="growth-before-after" x={middle} y={(c.y + c.height - 11.0).to_string()}
                      text-anchor="middle" fill={shade.ink.clone()}>{ shade.before_after.clone() }</text>
            </g>
        },
    }
}

#[function_component(ChangeChart)]
pub fn change_chart(props: &ChangeChartProps) -> Html {
    let (ctx, view) = (&props.ctx, &props.view);
    let hatch = format!("{}-empty", props.id);
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
            <g class={classes!("heat-row", row.all.then_some("growth-row-all"))}>
                <text class="heat-generation" text-anchor="end">{ for row.name.iter().map(tspan) }</text>
                <text class="heat-count" x={row.count.x.to_string()} y={row.count.y.to_string()} text-anchor="end">
                    { row.count.text.clone() }
                </text>
                { for row.cells.iter().map(|c| cell(c, &hatch)) }
            </g>
        }
    });
    let legend = view.legend.iter().map(|p| {
        html! {
            <li><span class="heat-swatch growth-swatch" style={format!("background:{};color:{}", p.fill, p.ink)}>{ p.label.clone() }</span></li>
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
        <div class="growth-chart">
            <div class="heatmap-scroll">
                <svg class="heatmap growth-heatmap" viewBox={format!("0 0 {} {}", view.width, view.height)} role="img"
                     aria-label={view.summary.clone()} preserveAspectRatio="xMinYMin meet">
                    <defs>
                        <pattern id={hatch.clone()} width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
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
                <span class="heat-legend-title">{ ctx.t(Key::GrowthLegend) }</span>
                <ul class="heat-legend-scale">{ for legend }</ul>
                <ul class="heat-legend-marks">
                    <li><span class="heat-swatch heat-swatch-empty" /><span class="heat-legend-text">{ ctx.t(Key::GrowthLegendEmpty) }</span></li>
                </ul>
            </div>
            <table class="visually-hidden">
                <caption>{ ctx.t(Key::GrowthTableCaption) }</caption>
                <thead><tr>{ for view.table_head.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr></thead>
                <tbody>{ for table_rows }</tbody>
            </table>
        </div>
    }
}
