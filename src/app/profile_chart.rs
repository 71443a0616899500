//! One participant's ratings as horizontal bars ([`crate::view::profile`]): shown when a
//! roster row is opened, and side by side in a pair's explanation. An SVG drawn with
//! `html!` (no chart library); screen readers get the ratings as its label.

use crate::app::Ctx;
use crate::document::model::{Response, SkillFamily, Workshop};
use crate::i18n::Key;
use crate::view::profile::{profile, BarRow, WIDTH};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileChartProps {
    pub ctx: Ctx,
    pub workshop: Workshop,
    pub response: Response,
}

fn row(r: &BarRow) -> Html {
    let class = match r.family {
        SkillFamily::Digital => "profile-bar profile-digital",
        SkillFamily::Experience => "profile-bar profile-experience",
    };
    let bar = r.bar.as_ref().map(|b| {
        let end = b.x + b.width;
        html! {
            <>
                <rect {class} x={b.x.to_string()} y={b.y.to_string()} width={b.width.to_string()} height={b.height.to_string()} rx="3" />
                <text class="profile-value" x={(end + 6.0).to_string()} y={(r.text_y + 1.0).to_string()}>{ b.rating }</text>
                if b.wanted {
                    <text class="profile-want" x={(end + 24.0).to_string()} y={(r.text_y + 1.0).to_string()}>{ "★" }</text>
                }
            </>
        }
    });
    html! {
        <g>
            <text class="profile-label" x={r.label_x.to_string()} y={r.text_y.to_string()} text-anchor="end">{ r.skill.clone() }</text>
            { for bar }
        </g>
    }
}

#[function_component(ProfileChart)]
pub fn profile_chart(props: &ProfileChartProps) -> Html {
    let view = profile(&props.workshop, &props.response, props.ctx.lang());
    let grid = view.axis.iter().map(|&(point, x)| {
        html! {
            <>
                <line x1={x.to_string()} x2={x.to_string()} y1={(view.axis_y - 4.0).to_string()} y2={view.height.to_string()} class="profile-grid" />
                <text x={x.to_string()} y={(view.axis_y - 8.0).to_string()} text-anchor="middle" class="profile-axis">{ point }</text>
            </>
        }
    });
    html! {
        <figure class="profile-chart">
            <svg viewBox={format!("0 0 {WIDTH} {}", view.height)} role="img" aria-label={view.label.clone()} class="profile-svg"
                 preserveAspectRatio="xMinYMin meet">
                { for grid }
                { for view.rows.iter().map(row) }
            </svg>
            if view.any_wanted {
                <figcaption class="profile-legend" aria-hidden="true">
                    <span class="profile-want">{ "★" }</span>{ " " }{ props.ctx.t(Key::ProfileWantsToLearn) }
                </figcaption>
            }
        </figure>
    }
}
