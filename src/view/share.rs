//! "Share the survey" as a view model: the link participants open (built on the address
//! the facilitator typed, else this page's), whether only this computer can open it,
//! whether this page is itself a file (then no link to it is offered), the workshop code
//! and the "try it here" link, and the numbering of the ways shown.

use crate::document::model::{Lang, Workshop};
use crate::i18n::{msg, Msg};
use crate::transport::codes;

/// What the share panel shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareView {
    /// The share link (participants open it; the workshop rides after its `#`).
    pub link: String,
    pub code: String,
    /// `#/survey?w=…`: opens the survey in this browser.
    pub try_here: String,
    /// The address is one only this computer can open (localhost, 127.0.0.1, file://).
    pub local_only: bool,
    /// This page is a file and no other address was typed: no link or QR code is offered.
    pub no_link: bool,
    /// The numbered headings of the ways without a link: survey file, workshop file, code.
    pub survey_file_number: usize,
    pub file_heading_number: usize,
    pub code_heading_number: usize,
}

/// The share view of `workshop`: `typed` is the address field's text, `page_base` this
/// page's address without its fragment, `file_page` whether it was opened from a file.
pub fn share(workshop: &Workshop, typed: &str, page_base: &str, file_page: bool) -> ShareView {
    let base = match typed.trim() {
        "" => page_base,
        typed => typed,
    };
    let code = codes::workshop_code(workshop);
    let no_link = base == page_base && file_page;
    // The ways are numbered as shown: the link and its QR code come first when there is one.
    let first = if no_link { 1 } else { 3 };
    ShareView {
        link: codes::share_link(base, workshop),
        try_here: format!("#/survey?{}={code}", codes::LINK_PARAM),
        code,
        local_only: codes::is_local_only_address(base),
        no_link,
        survey_file_number: first,
        file_heading_number: first + 1,
        code_heading_number: first + 2,
    }
}

/// A way's heading with its number: "3. Workshop file".
pub fn numbered(lang: Lang, number: usize, title: &str) -> String {
    msg(lang, &Msg::Numbered { number, title })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::template::default_workshop;

    #[test]
    fn a_served_page_offers_its_own_address_and_warns_when_only_this_computer_can_open_it() {
        let w = default_workshop(Lang::En);
        let v = share(&w, "", "http://127.0.0.1:8080/", false);
        assert!(
            v.link.starts_with("http://127.0.0.1:8080/#/survey?w=KW2."),
            "{}",
            v.link
        );
        assert!(v.local_only && !v.no_link);
        assert_eq!(
            (
                v.survey_file_number,
                v.file_heading_number,
                v.code_heading_number
            ),
            (3, 4, 5)
        );
        let v = share(
            &w,
            " https://intranet.example/kakehashi/ ",
            "http://127.0.0.1:8080/",
            false,
        );
        assert!(
            v.link
                .starts_with("https://intranet.example/kakehashi/#/survey?w="),
            "{}",
            v.link
        );
        assert!(!v.local_only);
        assert_eq!(v.try_here, format!("#/survey?w={}", v.code));
    }

    #[test]
    fn a_page_opened_from_a_file_offers_no_link_to_itself_until_an_address_is_typed() {
        let w = default_workshop(Lang::Ja);
        let v = share(&w, "", "file:///home/a/kakehashi.html", true);
        assert!(v.no_link && v.local_only);
        assert_eq!(v.survey_file_number, 1);
        let v = share(
            &w,
            "https://intranet.example/",
            "file:///home/a/kakehashi.html",
            true,
        );
        assert!(!v.no_link && !v.local_only);
        assert_eq!(numbered(Lang::En, 4, "Workshop file"), "4. Workshop file");
    }
}
