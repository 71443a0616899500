//! The names of the files Kakehashi offers to save, and their types: one place, so the
//! app, the CLI and the page's own words agree on what a file is called.

use crate::document::model::{Response, Workshop};

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
    FileName { name: format!("kakehashi-session-{}.json", w.id), mime: JSON }
}

/// The workshop for participants: `kakehashi-workshop-<workshop>.json`.
pub fn workshop(w: &Workshop) -> FileName {
    FileName { name: format!("kakehashi-workshop-{}.json", w.id), mime: JSON }
}

/// A round's pairing: `kakehashi-pairing-<workshop>-round<n>.json`.
pub fn pairing(w: &Workshop, round: u32) -> FileName {
    FileName { name: format!("kakehashi-pairing-{}-round{round}.json", w.id), mime: JSON }
}

/// A round's pairs for Excel: `kakehashi-pairs-<workshop>-round<n>.csv`.
pub fn pairs_csv(w: &Workshop, round: u32) -> FileName {
    FileName { name: format!("kakehashi-pairs-{}-round{round}.csv", w.id), mime: CSV }
}

/// The single-file app with the workshop inside: `kakehashi-<workshop>.html`.
pub fn survey_file(w: &Workshop) -> FileName {
    FileName { name: crate::transport::survey_file::file_name(w), mime: HTML }
}

/// A participant's answers: `response-<participant>.json`.
pub fn response(r: &Response) -> FileName {
    FileName { name: format!("response-{}.json", r.participant_id), mime: JSON }
}

/// What this version could not read of the stored state, as it was:
/// `kakehashi-unreadable-data-<time>.json` (the time without `:`, safe in file names).
pub fn unreadable(now: &str) -> FileName {
    FileName { name: format!("kakehashi-unreadable-data-{}.json", now.replace(':', "")), mime: JSON }
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
        assert_eq!(workshop(&w).name, "kakehashi-workshop-reverse-mentoring.json");
        assert_eq!(pairing(&w, 2).name, "kakehashi-pairing-reverse-mentoring-round2.json");
        assert_eq!((pairs_csv(&w, 1).name.as_str(), pairs_csv(&w, 1).mime), ("kakehashi-pairs-reverse-mentoring-round1.csv", CSV));
        assert_eq!(survey_file(&w).name, "kakehashi-reverse-mentoring.html");
    }
}
