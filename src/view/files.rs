//! The names of the files Kakehashi offers to save, and their types: one place, so the
//! app, the CLI and the page's own words agree on what a file is called.

use crate::document::model::{Response, Workshop};
use unicode_segmentation::UnicodeSegmentation;

pub const JSON: &str = "application/json";
pub const CSV: &str = "text/csv;charset=utf-8";
pub const HTML: &str = "text/html";

/// A file to offer: its name and MIME type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileName {
    pub name: String,
    pub mime: &'static str,
}

/// The whole session (workshop, answers, pairs): `kakehashi-session-<workshop>.json`.
pub fn session(w: &Workshop) -> FileName {
    FileName {
        name: format!("kakehashi-session-{}.json", w.id),
        mime: JSON,
    }
}

/// The workshop for participants: `kakehashi-workshop-<workshop>.json`; the copy handed
/// out for the follow-up survey adds which one it is, `…-followup-round<n>.json`, so that
/// a participant given both files tells them apart.
pub fn workshop(w: &Workshop) -> FileName {
    FileName {
        name: format!("kakehashi-workshop-{}{}.json", w.id, followup_part(w)),
        mime: JSON,
    }
}

/// `-followup-round<n>` for the copy of a workshop handed out for its follow-up survey.
fn followup_part(w: &Workshop) -> String {
    w.followup
        .as_ref()
        .map_or_else(String::new, |f| format!("-followup-round{}", f.round))
}

/// A round's pairing: `kakehashi-pairing-<workshop>-round<n>.json`.
pub fn pairing(w: &Workshop, round: u32) -> FileName {
    FileName {
        name: format!("kakehashi-pairing-{}-round{round}.json", w.id),
        mime: JSON,
    }
}

/// A round's pairs for Excel: `kakehashi-pairs-<workshop>-round<n>.csv`.
pub fn pairs_csv(w: &Workshop, round: u32) -> FileName {
    FileName {
        name: format!("kakehashi-pairs-{}-round{round}.csv", w.id),
        mime: CSV,
    }
}

/// Every figure of the growth view and the programme report, for Excel:
/// `kakehashi-growth-<workshop>.csv`.
pub fn growth_csv(w: &Workshop) -> FileName {
    FileName {
        name: format!("kakehashi-growth-{}.csv", w.id),
        mime: CSV,
    }
}

/// One pair's meetings: `kakehashi-calendar-<workshop>-round<n>-pair<k>.ics`.
pub fn pair_calendar(w: &Workshop, round: u32, pair: u32) -> FileName {
    FileName {
        name: format!("kakehashi-calendar-{}-round{round}-pair{pair}.ics", w.id),
        mime: crate::transport::ics::MIME,
    }
}

/// Every pair's meetings: `kakehashi-calendar-<workshop>-round<n>.ics`.
pub fn all_pairs_calendar(w: &Workshop, round: u32) -> FileName {
    FileName {
        name: format!("kakehashi-calendar-{}-round{round}.ics", w.id),
        mime: crate::transport::ics::MIME,
    }
}

/// The single-file app with the workshop inside: `kakehashi-<workshop>.html`, and
/// `kakehashi-<workshop>-followup-round<n>.html` for the follow-up survey.
pub fn survey_file(w: &Workshop) -> FileName {
    let name = crate::transport::survey_file::file_name(w);
    let name = match name.strip_suffix(".html") {
        Some(stem) => format!("{stem}{}.html", followup_part(w)),
        None => name,
    };
    FileName { name, mime: HTML }
}

/// A participant's answers, named after the person so that the facilitator sees whose
/// file it is: `response-<name>.json` (the name made safe for file systems, see
/// [`safe_file_name_part`]), or `response.json` when nothing of the name is left.
pub fn response(r: &Response) -> FileName {
    let name = match safe_file_name_part(&r.name) {
        part if part.is_empty() => "response.json".to_owned(),
        part => format!("response-{part}.json"),
    };
    FileName { name, mime: JSON }
}

/// A participant's follow-up answers, named after the person like their answers:
/// `followup-<name>.json`, or `followup.json` when nothing of the name is left.
pub fn followup(name: &str) -> FileName {
    let name = match safe_file_name_part(name) {
        part if part.is_empty() => "followup.json".to_owned(),
        part => format!("followup-{part}.json"),
    };
    FileName { name, mime: JSON }
}

/// The marks and overrides that change the direction text is shown in.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The most characters (as a person counts them) of a name taken into a file name.
pub const MAX_NAME_IN_FILE_NAME: usize = 40;

/// `text` as a part of a file name that every file system and browser keeps as it is:
/// spaces (the ideographic one too) become one plain space, characters Windows, macOS or
/// Linux refuse (`<>:"/\|?*`) become `_`, control characters and the bidirectional
/// controls go (they could make a name read backwards), leading and trailing dots and
/// spaces go (Windows drops trailing ones, Unix hides a leading dot), and it is cut at
/// [`MAX_NAME_IN_FILE_NAME`] characters, never inside one.
pub fn safe_file_name_part(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else if matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*') {
            out.push('_');
        } else if !c.is_control() && !is_bidi_control(c) {
            out.push(c);
        }
    }
    let cut: String = out.graphemes(true).take(MAX_NAME_IN_FILE_NAME).collect();
    cut.trim_matches(|c| c == ' ' || c == '.').to_owned()
}

/// What this version could not read of the stored state, as it was:
/// `kakehashi-unreadable-data-<time>.json` (the time without `:`, safe in file names).
pub fn unreadable(now: &str) -> FileName {
    FileName {
        name: format!("kakehashi-unreadable-data-{}.json", now.replace(':', "")),
        mime: JSON,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::model::Lang;
    use crate::document::template::default_workshop;

    #[test]
    fn names_carry_the_workshop_and_the_round() {
        let w = default_workshop(Lang::En);
        assert_eq!(session(&w).name, "kakehashi-session-reverse-mentoring.json");
        assert_eq!(
            workshop(&w).name,
            "kakehashi-workshop-reverse-mentoring.json"
        );
        assert_eq!(
            pairing(&w, 2).name,
            "kakehashi-pairing-reverse-mentoring-round2.json"
        );
        assert_eq!(
            (pairs_csv(&w, 1).name.as_str(), pairs_csv(&w, 1).mime),
            ("kakehashi-pairs-reverse-mentoring-round1.csv", CSV)
        );
        assert_eq!(survey_file(&w).name, "kakehashi-reverse-mentoring.html");
        assert_eq!(
            (growth_csv(&w).name.as_str(), growth_csv(&w).mime),
            ("kakehashi-growth-reverse-mentoring.csv", CSV)
        );
        assert_eq!(
            pair_calendar(&w, 1, 3).name,
            "kakehashi-calendar-reverse-mentoring-round1-pair3.ics"
        );
        assert_eq!(
            all_pairs_calendar(&w, 2).name,
            "kakehashi-calendar-reverse-mentoring-round2.ics"
        );
        assert_eq!(
            all_pairs_calendar(&w, 2).mime,
            "text/calendar;charset=utf-8"
        );
        let handed_out = Workshop {
            followup: Some(crate::document::model::FollowUpSurvey {
                round: 2,
                people: vec![],
            }),
            ..w
        };
        assert_eq!(
            workshop(&handed_out).name,
            "kakehashi-workshop-reverse-mentoring-followup-round2.json"
        );
        assert_eq!(
            survey_file(&handed_out).name,
            "kakehashi-reverse-mentoring-followup-round2.html"
        );
    }

    #[test]
    fn a_follow_up_answer_file_is_named_after_the_person() {
        assert_eq!(followup("山田\u{3000}太郎").name, "followup-山田 太郎.json");
        assert_eq!(followup("a/b").name, "followup-a_b.json");
        assert_eq!(followup("...").name, "followup.json");
        assert_eq!(followup("Ann").mime, JSON);
    }

    fn response_named(name: &str) -> Response {
        let w = default_workshop(Lang::Ja);
        Response {
            format: crate::document::model::Kind::Response.tag(),
            workshop_id: w.id,
            participant_id: "p-32a8ff35fe39".into(),
            name: name.into(),
            generation: Some("gen_z".into()),
            birth_year: None,
            department: None,
            ratings: Default::default(),
            wants_to_learn: Default::default(),
            note: None,
            created_at: "2026-11-26T09:00:00Z".into(),
            updated_at: "2026-11-26T09:00:00Z".into(),
        }
    }

    #[test]
    fn an_answer_file_is_named_after_the_person_never_their_id() {
        assert_eq!(
            response(&response_named("山田\u{3000}太郎")).name,
            "response-山田 太郎.json"
        );
        assert_eq!(
            response(&response_named("  Ann   Lee ")).name,
            "response-Ann Lee.json"
        );
        assert_eq!(response(&response_named("Ann Lee")).mime, JSON);
        // Characters file systems refuse, hidden-file dots, controls and bidi overrides.
        assert_eq!(
            response(&response_named("a/b\\c:d*e?f\"g<h>i|j")).name,
            "response-a_b_c_d_e_f_g_h_i_j.json"
        );
        assert_eq!(
            response(&response_named("..Ann.")).name,
            "response-Ann.json"
        );
        assert_eq!(
            response(&response_named("Ann\u{202e}\u{2066}\u{7}Lee")).name,
            "response-AnnLee.json"
        );
        // Nothing usable left: the plain name.
        assert_eq!(response(&response_named("...")).name, "response.json");
        assert!(!response(&response_named("山田"))
            .name
            .contains("p-32a8ff35fe39"));
    }

    #[test]
    fn a_long_name_is_cut_between_characters_a_person_sees() {
        let long = "👩🏽‍💻".repeat(60);
        let part = safe_file_name_part(&long);
        assert_eq!(part.graphemes(true).count(), MAX_NAME_IN_FILE_NAME);
        assert!(
            part.graphemes(true).all(|g| g == "👩🏽‍💻"),
            "no emoji is cut in two"
        );
        let cut = safe_file_name_part(&format!("{} x", "a".repeat(MAX_NAME_IN_FILE_NAME - 1)));
        assert_eq!(
            cut,
            "a".repeat(MAX_NAME_IN_FILE_NAME - 1),
            "no trailing space after the cut"
        );
        assert!(
            safe_file_name_part(&"漢".repeat(100)).len() <= 255,
            "within a file system's 255 bytes"
        );
    }
}
