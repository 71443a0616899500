//! One participant's ratings as horizontal bars, one per skill, on the workshop's scale:
//! shown when a roster row is opened, and side by side in the pair cards. An SVG drawn
//! with `html!` (no chart library); screen readers get the ratings as its label.

use crate::app::Ctx;
use crate::i18n::Key;
use crate::document::model::{Response, SkillFamily, Workshop};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileChartProps {
    pub ctx: Ctx,
    pub workshop: Workshop,
    pub response: Response,
}

/// Layout in SVG user units; the chart scales to its container's width.
const WIDTH: f64 = 560.0;
const LABEL_W: f64 = 232.0;
const TRACK_X: f64 = LABEL_W + 8.0;
const TRACK_W: f64 = WIDTH - TRACK_X - 56.0;
const AXIS_H: f64 = 24.0;
const ROW_H: f64 = 30.0;
const BAR_H: f64 = 18.0;

#[function_component(ProfileChart)]
pub fn profile_chart(props: &ProfileChartProps) -> Html {
    let lang = props.ctx.lang();
    let w = &props.workshop;
    let r = &props.response;
    let (min, max) = (w.scale.min, w.scale.max);
    let n_points = f64::from(max - min) + 1.0;
    // A rating of `min` still shows a short bar: point k ends at (k − min + 1) / n_points.
    let x_of = |point: u8| TRACK_X + TRACK_W * (f64::from(point.saturating_sub(min)) + 1.0) / n_points;
    let height = AXIS_H + ROW_H * w.skills.len() as f64 + 4.0;

    let grid = (min..=max).map(|point| {
        let x = x_of(point);
        html! {
            <>
                <line x1={x.to_string()} x2={x.to_string()} y1={(AXIS_H - 4.0).to_string()} y2={height.to_string()} class="profile-grid" />
                <text x={x.to_string()} y={(AXIS_H - 8.0).to_string()} text-anchor="middle" class="profile-axis">{ point }</text>
            </>
        }
    });
    let rows = w.skills.iter().enumerate().map(|(i, skill)| {
        let y = AXIS_H + ROW_H * i as f64;
        let rating = r.ratings.get(&skill.id).copied();
        let wanted = r.wants_to_learn.contains(&skill.id);
        let family = match skill.family {
            SkillFamily::Digital => "profile-bar profile-digital",
            SkillFamily::Experience => "profile-bar profile-experience",
        };
        let bar = rating.map(|rating| {
            let end = x_of(rating);
            html! {
                <>
                    <rect class={family} x={TRACK_X.to_string()} y={(y + (ROW_H - BAR_H) / 2.0).to_string()}
                          width={(end - TRACK_X).to_string()} height={BAR_H.to_string()} rx="3" />
                    <text class="profile-value" x={(end + 6.0).to_string()} y={(y + ROW_H / 2.0 + 6.0).to_string()}>{ rating }</text>
                    if wanted {
                        <text class="profile-want" x={(end + 24.0).to_string()} y={(y + ROW_H / 2.0 + 6.0).to_string()}>{ "★" }</text>
                    }
                </>
            }
        });
        html! {
            <g>
                <text class="profile-label" x={(LABEL_W).to_string()} y={(y + ROW_H / 2.0 + 5.0).to_string()} text-anchor="end">
                    { skill.label.get(lang) }
                </text>
                { for bar }

            </g>
        }
    });

    // What a screen reader hears instead of the picture: every rating, in workshop order.
    let ratings = w
        .skills
        .iter()
        .map(|s| {
            let rating = r.ratings.get(&s.id).map(u8::to_string).unwrap_or_default();
            let want = if r.wants_to_learn.contains(&s.id) { format!(" ({})", props.ctx.t(Key::ProfileWantsToLearn)) } else { String::new() };
            format!("{} {rating}{want}", s.label.get(lang))
        })
        .collect::<Vec<_>>()
        .join(", ");
    let label = format!("{}: {}. {ratings}", r.name, props.ctx.t(Key::ProfileChartTitle));

    html! {
        <figure class="profile-chart">
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-label={label} class="profile-svg"
                 preserveAspectRatio="xMinYMin meet">
                { for grid }
                { for rows }
            </svg>
            if !r.wants_to_learn.is_empty() {
                <figcaption class="profile-legend" aria-hidden="true">
                    <span class="profile-want">{ "★" }</span>{ " " }{ props.ctx.t(Key::ProfileWantsToLearn) }
                </figcaption>
            }
        </figure>
    }
}
