//! Survey files for participants: copies of the single-file app (`kakehashi.html`, built
//! by `scripts/single-file.mjs`) with a workshop embedded, which open straight on that
//! workshop's survey when double-clicked. No link, code or server is involved.
//!
//! The single file carries an empty slot, [`SLOT_OPEN`]`</script>`, in its `<head>`.
//! [`embed`] fills it (replacing what an earlier copy put there) with the workshop file's
//! JSON; at start-up the app reads the slot's text back with [`read_slot`].
//!
//! This module only transforms text; it knows nothing of the browser (the app supplies
//! the file's own HTML, which the single file's loader keeps at start-up).

use crate::document::formats::{self, FormatError};
use crate::document::model::Workshop;

/// The slot's opening tag, exactly as the builder writes it and as the browser serialises
/// it back (attributes in source order, double-quoted).
pub const SLOT_OPEN: &str = r#"<script type="application/json" id="kakehashi-workshop">"#;
/// The largest single file read to make a survey file: the real one is about 1 MB
/// (docs/PERFORMANCE.md budgets 1.5 MB), so this only stops a device or a wrong file
/// from being read without end.
pub const MAX_SINGLE_FILE_BYTES: usize = 32 * 1024 * 1024;
/// The id of the slot element, for the app to find it in the page.
pub const SLOT_ID: &str = "kakehashi-workshop";

/// Why a survey file could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SurveyFileError {
    /// The app's HTML has no workshop slot: this page is not the single-file edition.
    NotSingleFile,
}

impl std::error::Error for SurveyFileError {}

/// The single file's HTML with `workshop` in its slot.
///
/// The JSON is made safe for a `<script>` element: `<` only ever occurs inside JSON
/// strings, where `\u003c` means the same, so no title can close the element early.
pub fn embed(html: &str, workshop: &Workshop) -> Result<String, SurveyFileError> {
    let start = html.find(SLOT_OPEN).ok_or(SurveyFileError::NotSingleFile)? + SLOT_OPEN.len();
    let len = html[start..]
        .find("</script>")
        .ok_or(SurveyFileError::NotSingleFile)?;
    let json = formats::to_json(workshop).replace('<', "\\u003c");
    let mut out = String::with_capacity(html.len() + json.len());
    out.push_str(&html[..start]);
    out.push_str(&json);
    out.push_str(&html[start + len..]);
    Ok(out)
}

/// The workshop in a slot's text: `None` for an empty slot (the plain single file).
pub fn read_slot(text: &str) -> Result<Option<Workshop>, FormatError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    formats::parse_workshop(text.as_bytes()).map(Some)
}

/// The name to save a workshop's survey file under, e.g. `kakehashi-ws-2026-11.html`.
/// Workshop ids are validated to ASCII letters, digits, `-`, `_` and `.`, all safe in a
/// file name on every system.
pub fn file_name(workshop: &Workshop) -> String {
    format!("kakehashi-{}.html", workshop.id.trim_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::template::{workshop_with_preset, GenerationPreset};

    const PAGE: &str = concat!(
        "<!doctype html>\n<html lang=\"ja\"><head><title>Kakehashi</title>",
        r#"<script type="application/json" id="kakehashi-workshop"></script>"#,
        r#"<script type="module">const x = "</scr" + "ipt>";</script>"#,
        "</head><body></body></html>"
    );

    fn workshop() -> Workshop {
        workshop_with_preset(GenerationPreset::Japanese)
    }

    fn slot_text(html: &str) -> &str {
        let start = html.find(SLOT_OPEN).unwrap() + SLOT_OPEN.len();
        &html[start..start + html[start..].find("</script>").unwrap()]
    }

    #[test]
    fn an_embedded_workshop_reads_back_unchanged() {
        let w = workshop();
        let copy = embed(PAGE, &w).unwrap();
        assert_eq!(read_slot(slot_text(&copy)).unwrap(), Some(w));
        assert!(copy.ends_with(r#"<script type="module">const x = "</scr" + "ipt>";</script></head><body></body></html>"#));
    }

    #[test]
    fn embedding_again_replaces_the_earlier_workshop() {
        let first = workshop();
        let mut second = workshop();
        second.id = "second".into();
        let twice = embed(&embed(PAGE, &first).unwrap(), &second).unwrap();
        assert_eq!(twice, embed(PAGE, &second).unwrap());
        assert_eq!(read_slot(slot_text(&twice)).unwrap().unwrap().id, "second");
    }

    #[test]
    fn a_title_cannot_close_the_script_element() {
        let mut w = workshop();
        w.title.en = "Bridges </script><script>alert(1)</script> <!-- & more".into();
        let copy = embed(PAGE, &w).unwrap();
        let text = slot_text(&copy);
        assert!(!text.contains('<'), "raw '<' inside the slot: {text}");
        assert_eq!(read_slot(text).unwrap(), Some(w));
    }

    #[test]
    fn a_page_without_the_slot_is_not_the_single_file() {
        let page = "<!doctype html><html><head></head><body></body></html>";
        assert_eq!(
            embed(page, &workshop()),
            Err(SurveyFileError::NotSingleFile)
        );
    }

    #[test]
    fn an_empty_slot_means_no_workshop_and_a_broken_one_an_error() {
        assert_eq!(read_slot("  \n"), Ok(None));
        assert!(matches!(
            read_slot("{\"format\": \"kakehashi/cohort@1\"}"),
            Err(FormatError::WrongKind { .. })
        ));
        assert!(read_slot("{not json").is_err());
    }

    #[test]
    fn the_file_name_carries_the_workshop_id() {
        let mut w = workshop();
        w.id = "ws-2026-11".into();
        assert_eq!(file_name(&w), "kakehashi-ws-2026-11.html");
    }
}
