//! `Display` for the core's error types: the English sentences of [`super::en`], so the
//! CLI (which prints errors with `{}`) and the app (which asks [`super::language`]) say
//! the same words. A CLI message follows a file name and a colon, so the final full stop
//! of the English sentence is left out there.

use super::{English, Language, Place};
use crate::document::formats::FormatError;
use crate::document::validate::Invalid;
use crate::matching::MatchError;
use crate::transport::codes::CodeError;
use crate::transport::survey_file::SurveyFileError;
use std::fmt;

/// The sentence as the CLI prints it: without its final full stop.
fn cli(f: &mut fmt::Formatter<'_>, sentence: String) -> fmt::Result {
    f.write_str(sentence.strip_suffix('.').unwrap_or(&sentence))
}

/// Names as the CLI knows people: by their ids.
fn ids(id: &str) -> String {
    id.to_owned()
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        cli(f, English.format_error(self))
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        cli(f, English.invalid(self, Place::Alone))
    }
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        cli(f, English.code_error(self))
    }
}

impl fmt::Display for SurveyFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        cli(f, English.survey_file_error(self))
    }
}

impl fmt::Display for MatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        cli(f, English.match_error(self, &ids))
    }
}
