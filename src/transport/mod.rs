//! How documents travel between people with no server: workshop and answer codes
//! ([`codes`], follow-up answer codes in [`followup_code`]) and their QR codes ([`qr`]),
//! survey files for participants ([`survey_file`]), collecting answers and follow-up
//! answers from files and codes ([`import`]), and the programme's meetings as an
//! iCalendar file ([`ics`]).
//!
//! **Architecture invariant:** imports only [`crate::document`]; knows nothing about the
//! browser, the file system or the app's state.

pub mod codes;
pub mod followup_code;
pub mod ics;
pub mod import;
pub mod qr;
pub mod survey_file;
