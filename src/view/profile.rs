//! One participant's ratings as a chart (the roster's "Ratings", and side by side in a
//! pair's explanation): one horizontal bar per skill on the workshop's scale, drawn by the
//! component from the positions computed here, and the same ratings as a sentence for
//! screen readers.

use crate::document::model::{Lang, Response, SkillFamily, Workshop};
use crate::i18n::{msg, Msg};

/// Layout in SVG user units; the chart scales to its container's width.
pub const WIDTH: f64 = 560.0;
const LABEL_W: f64 = 232.0;
const TRACK_X: f64 = LABEL_W + 8.0;
const TRACK_W: f64 = WIDTH - TRACK_X - 56.0;
const AXIS_H: f64 = 24.0;
const ROW_H: f64 = 30.0;
const BAR_H: f64 = 18.0;

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileView {
    pub height: f64,
    /// The scale's points along the top, with their grid line's x.
    pub axis: Vec<(u8, f64)>,
    /// Where the grid lines start and the axis labels sit.
    pub axis_y: f64,
    pub rows: Vec<BarRow>,
    /// "Ann: self-assessment. AI tools 4 (wants to learn), …".
    pub label: String,
    /// Whether any skill is marked as wanted (the legend explains the star).
    pub any_wanted: bool,
}

/// One skill's row: its label at the left, a bar up to the rating.
#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    pub skill: String,
    pub family: SkillFamily,
    pub label_x: f64,
    pub text_y: f64,
    /// `None`: not rated.
    pub bar: Option<Bar>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub rating: u8,
    pub wanted: bool,
}

pub fn profile(w: &Workshop, r: &Response, lang: Lang) -> ProfileView {
    let (min, max) = (w.scale.min, w.scale.max);
    let n_points = f64::from(max.saturating_sub(min)) + 1.0;
    // A rating of `min` still shows a short bar: point k ends at (k − min + 1) / n_points.
    let x_of =
        |point: u8| TRACK_X + TRACK_W * (f64::from(point.saturating_sub(min)) + 1.0) / n_points;
    let rows: Vec<BarRow> = w
        .skills
        .iter()
        .enumerate()
        .map(|(i, skill)| {
            let y = AXIS_H + ROW_H * i as f64;
            let bar = r.ratings.get(&skill.id).map(|&rating| Bar {
                x: TRACK_X,
                y: y + (ROW_H - BAR_H) / 2.0,
                width: x_of(rating) - TRACK_X,
                height: BAR_H,
                rating,
                wanted: r.wants_to_learn.contains(&skill.id),
            });
            BarRow {
                skill: skill.label.get(lang).to_owned(),
                family: skill.family,
                label_x: LABEL_W,
                text_y: y + ROW_H / 2.0 + 5.0,
                bar,
            }
        })
        .collect();
    let ratings = w
        .skills
        .iter()
        .filter_map(|s| {
            let rating = *r.ratings.get(&s.id)?;
            let wanted = r.wants_to_learn.contains(&s.id);
            Some(msg(
                lang,
                &Msg::ProfileRating {
                    skill: s.label.get(lang),
                    rating,
                    wanted,
                },
            ))
        })
        .collect::<Vec<_>>()
        .join(", ");
    ProfileView {
        height: AXIS_H + ROW_H * w.skills.len() as f64 + 4.0,
        axis: (min..=max).map(|p| (p, x_of(p))).collect(),
        axis_y: AXIS_H,
        label: msg(
            lang,
            &Msg::ProfileLabel {
                name: &r.name,
                ratings: &ratings,
            },
        ),
        any_wanted: !r.wants_to_learn.is_empty(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;

    #[test]
    fn bars_grow_with_the_rating_and_the_label_lists_every_rating() {
        let cohort = demo_cohort(6, 1, Lang::En, "2026-11-26T09:00:00Z");
        let (w, r) = (&cohort.workshop, &cohort.responses[0]);
        let view = profile(w, r, Lang::En);
        assert_eq!(view.rows.len(), w.skills.len());
        assert_eq!(view.axis.first().map(|a| a.0), Some(w.scale.min));
        for row in &view.rows {
            let bar = row.bar.as_ref().unwrap();
            let expected = TRACK_W * (f64::from(bar.rating - w.scale.min) + 1.0) / 5.0;
            assert!((bar.width - expected).abs() < 1e-9);
        }
        assert!(
            view.label
                .starts_with(&format!("{}: self-assessment. ", r.name)),
            "{}",
            view.label
        );
        let first = &w.skills[0];
        assert!(view
            .label
            .contains(&format!("{} {}", first.label.en, r.ratings[&first.id])));
        assert_eq!(view.any_wanted, !r.wants_to_learn.is_empty());
    }
}
