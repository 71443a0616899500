//! English: every text and sentence of the app in English. Whole sentences with their
//! values; counts agree with their nouns ("1 point", "2 points"). The CLI's messages are
//! these sentences too (see `super::display`).

use super::{Cli, IoProblem, Key, Language, Msg, Names, Place, RowKind, UsageMistake};
use crate::document::formats::{Encoding, ForeignFile, FormatError};
use crate::document::json::{Expected, Found, JsonPart, ShapeProblem, SyntaxProblem};
use crate::document::model::{
    Constraint, ExcludedCount, Generation, Kind, LinkExplanation, MatchingMode, Role, RunnerUp,
    TeachingLine, UnmatchedKind, UnmatchedReason,
};
use crate::document::programme::Weekday;
use crate::document::template::TemplateSkill;
use crate::document::validate::{
    IdKind, Invalid, ScaleProblem, SettingProblem, MAX_ID_CHARS, MAX_MENTOR_CAPACITY,
};
use crate::document::validate::{ProgrammeNumber, ProgrammeProblem};
use crate::matching::suggest::Alternative;
use crate::matching::{MatchError, PairList};
use crate::transport::codes::{
    CodeError, CodeKind, FOLLOWUP_CODE_PREFIX, RESPONSE_CODE_PREFIX, WORKSHOP_CODE_PREFIX,
};
use crate::transport::ics::CalendarProblem;
use crate::transport::import::{FollowUpRejection, ImportOutcome};
use crate::transport::survey_file::SurveyFileError;
use crate::workflow::board::{BoardMessage, PlumbingStage, RunError};
use crate::workflow::session::{Notice, StorageProblem};
use crate::workflow::stored::records::BackupReason;
use crate::workflow::stored::recover::{Part, SetAside, Why};
use crate::workflow::survey::Problem;

/// A goal a learner can reach with a template skill, or with any other skill by its label.
fn english_goal(skill: Option<TemplateSkill>, label: &str) -> String {
    let Some(skill) = skill else {
        return format!("Use {label} on one real task at work");
    };
    match skill {
        TemplateSkill::AiTools => "Use a generative AI tool to draft a weekly report",
        TemplateSkill::SmartphoneApps => {
            "Set up one smartphone app that saves time every day, and use it for a week"
        }
        TemplateSkill::SocialMedia => "Follow and post on a social network your customers use",
        TemplateSkill::CollaborationTools => "Share a document online and edit it together",
        TemplateSkill::DataSpreadsheets => {
            "Sum up real figures from your work in a spreadsheet, with a chart"
        }
        TemplateSkill::OnlineMeetings => {
            "Host an online meeting: invite, share a screen and record it"
        }
        TemplateSkill::CustomerRelations => {
            "Prepare a customer meeting together: what to ask and what to listen for"
        }
        TemplateSkill::Negotiation => {
            "Plan a real negotiation: what you want, what you can give, where you stop"
        }
        TemplateSkill::LeadingPeople => {
            "Prepare a difficult conversation with a team member, and rehearse it"
        }
        TemplateSkill::IndustryKnowledge => {
            "Map the main companies of your industry and how they came to be"
        }
        TemplateSkill::ProjectPlanning => {
            "Break a real piece of work into steps, each with a date and an owner"
        }
        TemplateSkill::InternalNetwork => "Meet two people in other departments you will work with",
    }
    .to_owned()
}

fn english_weekday(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "Mon",
        Weekday::Tuesday => "Tue",
        Weekday::Wednesday => "Wed",
        Weekday::Thursday => "Thu",
        Weekday::Friday => "Fri",
        Weekday::Saturday => "Sat",
        Weekday::Sunday => "Sun",
    }
}

/// The English language.
pub struct English;

/// `n` and the noun in the number it agrees with: "1 point", "3 points".
fn count(n: impl Into<i64>, one: &str, many: &str) -> String {
    let n = n.into();
    if n == 1 || n == -1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A kind of document as a file is called: its format name, but "follow-up" for follow-up
/// answers.
fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::FollowUp => "follow-up",
        other => other.name(),
    }
}

fn code_name(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Workshop => "workshop code",
        CodeKind::Response => "answer code",
        CodeKind::FollowUp => "follow-up answer code",
    }
}

fn code_prefix(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Workshop => WORKSHOP_CODE_PREFIX,
        CodeKind::Response => RESPONSE_CODE_PREFIX,
        CodeKind::FollowUp => FOLLOWUP_CODE_PREFIX,
    }
}

fn id_kind(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Skill => "skill",
        IdKind::Generation => "generation",
        IdKind::Participant => "participant",
        IdKind::WantsToLearn => "wants_to_learn skill",
        IdKind::Department => "department",
        IdKind::Language => "language",
        IdKind::PairNumber => "pair number",
    }
}

fn scale_problem(problem: &ScaleProblem) -> String {
    match problem {
        ScaleProblem::MinNotBelowMax { min, max } => format!("min {min} must be below max {max}"),
        ScaleProblem::TooManyPoints { points, max } => {
            format!("at most {max} points are allowed, not {points}")
        }
        ScaleProblem::LabelCount { points, labels } => {
            format!("{points} points need {points} labels, found {labels}")
        }
    }
}

fn setting_problem(problem: &SettingProblem) -> String {
    match problem {
        SettingProblem::OutsideScale { value, min, max } => {
            format!("{value} is outside the scale {min}–{max}")
        }
        SettingProblem::BelowOne => "must be at least 1".into(),
        SettingProblem::RoundFromOne => "rounds count from 1".into(),
        SettingProblem::PairSize => "a pair has 2 members (3 for a trio)".into(),
        SettingProblem::AboveMax { value, max } => format!("{value} is above the maximum {max}"),
    }
}

impl English {
    /// "never-pair list: 1, too close in generation: 2".
    fn excluded_list(&self, excluded: &[ExcludedCount]) -> String {
        let parts: Vec<String> = excluded
            .iter()
            .map(|e| format!("{}: {}", self.constraint(e.constraint), e.count))
            .collect();
        parts.join(", ")
    }

    /// What [`Language::invalid`] says, without its final full stop: a clause that may
    /// follow "responses[2] ('p-1'): ".
    fn invalid_clause(&self, invalid: &Invalid, place: Place) -> String {
        use Invalid::*;
        match invalid {
            BadId { field, id } => format!(
                "{}id '{id}' must be 1–{MAX_ID_CHARS} characters of A–Z, a–z, 0–9, '_', '-' or '.'",
                at(field, place)
            ),
            DuplicateId { what: what @ (IdKind::Department | IdKind::Language | IdKind::PairNumber), id } => {
                format!("the {} '{id}' is listed twice; list each once", id_kind(*what))
            }
            DuplicateId { what, id } => format!("two entries use the {} id '{id}'; each needs its own", id_kind(*what)),
            EmptyLabel { field } => format!("{}the label is empty in both Japanese and English", at(field, place)),
            EmptyField { field } => format!("field '{field}' must not be empty"),
            TooLong { field, max_chars } => format!("field '{field}' is longer than {max_chars} characters"),
            EmptyList { field } => format!("field '{field}' needs at least one entry"),
            TooMany { field, max } => format!("field '{field}' has more than {max} entries"),
            BadScale { problem } => format!("field 'scale': {}", scale_problem(problem)),
            BadYearRange { generation } => format!("generation '{generation}': born_from is after born_to"),
            OverlappingGenerations { first, second } => format!(
                "generations '{first}' and '{second}' overlap: a birth year may belong to one generation only"
            ),
            UnknownGeneration { field, id } => {
                format!("{}generation '{id}' is not one of the workshop's generations", at(field, place))
            }
            UnknownSkill { field, id } => format!("{}skill '{id}' is not one of the workshop's skills", at(field, place)),
            RatingOutOfRange { skill, rating, min, max } => {
                format!("skill '{skill}' rating {rating} is outside {min}–{max}")
            }
            MissingRating { skill } => format!("skill '{skill}' has no rating; every skill needs one"),
            NoGeneration => "neither 'generation' nor 'birth_year' is given; one is needed".into(),
            BadBirthYear { year } => format!("birth year {year} falls in none of the workshop's generations"),
            GenerationMismatch { birth_year, generation, expected } => format!(
                "birth year {birth_year} belongs to generation '{expected}', but 'generation' says '{generation}'"
            ),
            BadTimestamp { field, value } => {
                format!("{}'{value}' is not a UTC time such as 2026-11-26T09:30:00Z", at(field, place))
            }
            // Named by its title, the name people know it by (not its id).
            OtherWorkshop { title, .. } => match title.get(crate::document::model::Lang::En) {
                t if t.trim().is_empty() => "this belongs to another workshop, not to the current one".into(),
                t => format!("this belongs to another workshop, not to the current workshop “{t}”"),
            },
            SelfPair { field, id } => format!("{}'{id}' cannot be paired with themself", at(field, place)),
            NestedFormat { field, expected, found } => {
                format!("{}format is '{found}', expected '{expected}'", at(field, place))
            }
            BadSetting { field, problem } => format!("setting '{field}': {}", setting_problem(problem)),
            InResponse { index, participant, inner } => {
                format!("responses[{index}] ('{participant}'): {}", self.invalid_clause(inner, Place::Alone))
            }
            InFollowUp { index, participant, inner } => {
                format!("followups[{index}] ('{participant}'): {}", self.invalid_clause(inner, Place::Alone))
            }
            UnknownParticipant { field, id } => {
                format!("{}'{id}' is not one of the people listed; check the id", at(field, place))
            }
            Invisible { field } => match place {
                Place::Alone => format!("field '{field}' shows nothing: it has only spaces or invisible characters"),
                Place::Inline => "this shows nothing: it has only spaces or invisible characters".into(),
            },
            // ---- kickoff (issue 11) ----
            BadProgramme { field, problem } => format!("{}{}", at(field, place), programme_problem(problem)),
        }
    }
}

/// What is wrong with a programme setting, with the value found and what is expected.
fn programme_problem(problem: &ProgrammeProblem) -> String {
    match problem {
        ProgrammeProblem::OutsideRange {
            number: ProgrammeNumber::Meetings,
            value,
            min,
            max,
        } => {
            format!("the number of meetings must be from {min} to {max}, not {value}")
        }
        ProgrammeProblem::OutsideRange {
            number: ProgrammeNumber::IntervalWeeks,
            value,
            min,
            max,
        } => {
            format!("the weeks between two meetings must be from {min} to {max}, not {value}")
        }
        ProgrammeProblem::OutsideRange {
            number: ProgrammeNumber::Minutes,
            value,
            min,
            max,
        } => {
            format!("a meeting must last from {min} to {max} minutes, not {value}")
        }
        ProgrammeProblem::NotADate { value } => {
            format!("'{value}' is not a date such as 2027-01-15 (in the years 2000 to 2100)")
        }
        ProgrammeProblem::NotATime { value } => {
            format!("'{value}' is not a time of day such as 17:30")
        }
        ProgrammeProblem::NotATimeZone { value } => {
            format!("'{value}' is not the name of a time zone, such as Asia/Tokyo")
        }
    }
}

/// "field 'skills[2].id': " before a message that concerns one field, when shown alone.
fn at(field: &str, place: Place) -> String {
    match place {
        Place::Alone => format!("field '{field}': "),
        Place::Inline => String::new(),
    }
}

/// "Ann", "Ann and Ben", "Ann, Ben and Cal".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

impl Language for English {
    fn own_name(&self) -> &'static str {
        "English"
    }

    fn text(&self, key: Key) -> &'static str {
        match key {
        Key::AppName => "Kakehashi 架け橋",
        Key::Tagline => "Mentoring across generations",
        Key::LanguageLabel => "Language",
        Key::SkipToContent => "Skip to content",
        Key::MainNavigation => "Main navigation",
        Key::NavHome => "Home",
        Key::NavSetup => "Set up & share",
        Key::NavSurvey => "Survey",
        Key::NavConsole => "Console",
        Key::PrivacyNote => "Your data stays in this browser: nothing is sent anywhere.",
        Key::HomeTitle => "Facilitator home",
        Key::HomeIntro => "Set up a workshop, hand the survey to participants, collect their answers and get suggested pairs. No server involved.",
        Key::NoWorkshopTitle => "No workshop yet",
        Key::NoWorkshopBody => "Start from the template: it has 12 skills for reverse mentoring (6 digital, 6 from experience) and the generations.",
        Key::CurrentWorkshop => "Current workshop",
        Key::PresetLabel => "Generations",
        Key::PresetJapanese => "Japan (Dankai to Gen Z)",
        Key::PresetInternational => "International (Silent to Gen Z)",
        Key::StartFromTemplate => "Start from the template",
        Key::ReplaceWithTemplate => "Start over from the template",
        Key::ConfirmReplaceTitle => "Replace the current workshop?",
        Key::ConfirmReplaceBody => "The current workshop and the answers collected for it will be replaced. You can undo right after.",
        Key::ConfirmReplace => "Replace",
        Key::Cancel => "Cancel",
        Key::Undo => "Undo",
        Key::Dismiss => "Dismiss",
        Key::SkillsHeading => "Skills",
        Key::GenerationsHeading => "Generations",
        Key::ScaleHeading => "Rating scale",
        Key::ModeHeading => "Matching mode",
        Key::FamilyDigital => "Digital",
        Key::FamilyExperience => "Experience",
        Key::ModeMutual => "Mutual mentoring (each teaches the other)",
        Key::ModeReverse => "Reverse mentoring (younger mentor older)",
        Key::ResponsesCount => "Answers collected",
        Key::SkillCount => "Skills",
        Key::NextStepsTitle => "What comes next",
        Key::NextStepSurvey => "Hand the survey to participants (Set up & share)",
        Key::NextStepCollect => "Collect and import their answers (Console)",
        Key::NextStepMatch => "Compute, adjust and export the pairs (Console)",
        Key::SurveyTitle => "Self-assessment survey",
        Key::SurveyEmptyTitle => "No survey is open",
        Key::SurveyEmptyBody => "Open the link your facilitator shared with you, or open the workshop file they gave you.",
        Key::ConsoleTitle => "Facilitator console",
        Key::ConsoleEmptyTitle => "No answers yet",
        Key::ConsoleEmptyBody => "When participants hand in their answers (a file or an answer code), import them here. Kakehashi then suggests the best pairs.",
        Key::ConsoleNoWorkshop => "First set up a workshop on the Home view.",
        Key::GoHome => "Go to Home",
        Key::LoadSample => "Load the sample workshop (with 24 answers)",
        Key::LoadSampleHint => "Creates a workshop with made-up participants' answers, to rehearse with.",
        Key::OfflineCopyTitle => "Offline copy",
        Key::OfflineCopyBody => "Save the whole of Kakehashi as one HTML file (about 1 MB): double-click it in a room without a server or network, or pass it on by USB stick.",
        Key::OfflineCopyDownload => "Download kakehashi.html",
        Key::SessionFileTitle => "Session and workshop files",
        Key::SessionFileBody => "Save the workshop with every answer collected, to open it in another browser or later.",
        Key::SessionDownload => "Save the session",
        Key::SessionOpen => "Open a session file or a workshop file",
        Key::HomeOpenFileHint => "A session file opens with its answers. A workshop file becomes the current workshop and keeps the answers collected that still fit it. Either can be undone.",
        Key::ArchiveTitle => "Archive",
        Key::ArchiveBody => "Workshops you replaced, with their answers. You can save each as a file.",
        Key::ArchiveDownload => "Save",
        // ---- survey (participant) ----
        Key::SurveyOpenFile => "Open workshop file",
        Key::SurveyOpenFileHint => "Choose the .json file your facilitator gave you.",
        Key::SurveyPasteCode => "Paste a workshop code",
        Key::SurveyPasteCodeHint => "It starts with KW2.",
        Key::SurveyOpenCode => "Open with the code",
        Key::SurveyKioskTitle => "Collect answers on this laptop (shared-laptop mode)",
        Key::SurveyKioskBody => "When participants take turns on one laptop: each submission goes straight into this browser's roster and the form clears for the next person.",
        Key::SurveyStartKiosk => "Start shared-laptop mode",
        Key::SurveyKioskBanner => "Shared-laptop mode: completing saves your answers in this laptop's roster.",
        Key::SurveyClose => "Close the survey",
        Key::SurveyIntro => "For each skill, choose what describes you best today. There are no right answers.",
        Key::SurveyRequiredNote => "* required",
        Key::SurveyProgress => "answered",
        Key::SurveyAboutYou => "About you",
        Key::SurveyName => "Display name",
        Key::SurveyNameHint => "Shown on the pair list. A nickname is fine.",
        Key::SurveyGenerationQuestion => "Generation",
        Key::SurveyChooseGeneration => "Choose my generation",
        Key::SurveyEnterBirthYear => "Enter my birth year",
        Key::SurveyGenerationPlaceholder => "Please choose",
        Key::SurveyBirthYear => "Birth year",
        Key::SurveyDepartment => "Department (optional)",
        Key::SurveySkillsHeading => "Rate your skills",
        Key::SurveyWantToLearn => "I want to learn this",
        Key::SurveyNote => "Note (optional)",
        Key::SurveyNoteHint => "Anything your facilitator should know.",
        Key::SurveySubmit => "Complete my answers",
        Key::SurveyFixBeforeSubmit => "Before your answers are complete, please check:",
        // ---- hand-back ----
        Key::HandBackIntro => "Any one of these ways is enough. None of them sends your data anywhere: you hand it over yourself.",
        Key::HandBackFile => "1. As a file",
        Key::HandBackCode => "2. As an answer code",
        Key::HandBackCodeBody => "Copy this code and paste it into a chat message.",
        Key::HandBackCodeLabel => "Answer code",
        Key::Copy => "Copy",
        Key::Copied => "Copied",
        Key::CopyFailed => "Could not copy; select the code and copy it by hand.",
        Key::HandBackQr => "3. As a QR code",
        Key::HandBackQrBody => "Your facilitator scans this QR code with a phone or webcam.",
        Key::HandBackQrAlt => "QR code of the answer code",
        Key::HandBackEdit => "Edit my answers",
        Key::HandBackEditNote => "If you edit your answers, hand them back again: the new answers replace the earlier ones.",
        Key::HandBackNextParticipant => "Next participant",
        Key::HandBackKioskSaved => "Your answers are saved in this laptop's roster.",
        Key::HandBackOneMoreStep => "One more step: hand your answers to the facilitator",
        // ---- follow-up survey (issue 11 §3) ----
        Key::FollowUpTitle => "Follow-up survey",
        Key::FollowUpIntro => "Some months into the programme, ask each pair how it is going: how often they met, how satisfied they are with their partner, whether to continue, and their skills again. Hand it out in the same ways as the first survey; the answers come back as files or codes, which you import under “Import answers” like the first ones.",
        Key::FollowUpNoPairing => "There are no pairs to follow up yet. Make pairs on the board first (press “Match”); the follow-up survey then asks each pair how it is going.",
        Key::FollowUpShowWays => "Hand out the follow-up survey",
        Key::FollowUpHideWays => "Hide the ways to hand it out",
        Key::FollowUpKioskTitle => "Answer on this laptop (shared-laptop mode)",
        Key::FollowUpKioskBody => "When participants take turns on one laptop: each person picks their name, and their follow-up answers go straight into this browser's session.",
        Key::FollowUpStartKiosk => "Start the follow-up on this laptop",
        Key::FollowUpFormIntro => "Some time has passed since you were paired. Tell us how it is going, and rate your skills again: there are no right answers.",
        Key::FollowUpPairHeading => "You and your pair",
        Key::FollowUpWho => "Who are you?",
        Key::FollowUpWhoPlaceholder => "Choose your name",
        Key::FollowUpWhoHint => "Everyone paired in this round is listed.",
        Key::FollowUpMeetings => "How many times did you meet?",
        Key::FollowUpMeetingsHint => "A number; 0 if you have not met yet.",
        Key::FollowUpSatisfaction => "How satisfied are you with your partner?",
        Key::FollowUpSatisfaction1 => "Not satisfied",
        Key::FollowUpSatisfaction2 => "Somewhat unsatisfied",
        Key::FollowUpSatisfaction3 => "Neither",
        Key::FollowUpSatisfaction4 => "Satisfied",
        Key::FollowUpSatisfaction5 => "Very satisfied",
        Key::FollowUpContinueQuestion => "For the next round",
        Key::FollowUpContinue => "Continue with this partner",
        Key::FollowUpNewPartner => "I would like a new partner",
        Key::FollowUpSkillsHeading => "Your skills now",
        Key::FollowUpSkillsIntro => "Rate each skill again, on the same scale as the first survey: what describes you best today.",
        Key::FollowUpWentWell => "What went well? (optional)",
        Key::FollowUpWentWellHint => "A meeting, a skill, a habit that worked for your pair.",
        Key::FollowUpComment => "Comment (optional)",
        Key::FollowUpCommentHint => "Anything your facilitator should know.",
        Key::FollowUpPersonMissing => "Please choose your name.",
        Key::FollowUpMeetingsMissing => "Please enter how many times you met (0 if you have not met yet).",
        Key::FollowUpMeetingsNotANumber => "Please enter the number of meetings as a whole number (e.g. 6).",
        Key::FollowUpSatisfactionMissing => "Please choose how satisfied you are with your partner.",
        Key::FollowUpContinueMissing => "Please choose whether to continue with this partner or to have a new one.",
        Key::FollowUpWentWellTooLong => "Please keep “What went well?” under 2,000 characters.",
        Key::FollowUpCommentTooLong => "Please keep the comment under 2,000 characters.",
        // ---- console: collect ----
        Key::ImportTitle => "Import answers",
        Key::ImportFiles => "Choose answer files (several at once)",
        Key::ImportDrop => "Drop response.json files here",
        Key::ImportCodes => "Paste answer codes (one per line)",
        Key::ImportCodesButton => "Import codes",
        Key::ImportReportTitle => "Import results",
        Key::RosterTitle => "Roster",
        Key::RosterName => "Name",
        Key::RosterGeneration => "Generation",
        Key::RosterDepartment => "Department",
        Key::RosterUpdated => "Updated",
        // ---- notices ----
        // ---- console: roster and insights ----
        Key::RosterShowMore => "Show more",
        Key::RosterCountsLabel => "Participants per generation",
        Key::RosterFilterGeneration => "Filter by generation",
        Key::RosterFilterDepartment => "Filter by department",
        Key::RosterFilterAll => "All",
        Key::RosterNoDepartment => "(no department)",
        Key::RosterNoMatch => "No participant matches these filters.",
        Key::RosterActions => "Actions",
        Key::RosterProfile => "Ratings",
        Key::RosterEdit => "Edit",
        Key::RosterDelete => "Delete",
        Key::RosterSave => "Save",
        Key::RosterRatings => "Self-assessment",
        Key::RosterBirthYearNote => "This participant gave a birth year: the generation must match it.",
        Key::HeatmapTitle => "See the room: average self-assessment by generation and skill",
        Key::HeatmapIntro => "The darker the cell, the higher the generation rates itself. A thick frame marks the generation that rates itself highest in a skill: it can teach the others.",
        Key::HeatmapSummary => "Heatmap of the average self-assessment per generation and skill.",
        Key::HeatmapStrongestIn => "Can teach",
        Key::HeatmapLegendAverage => "Average",
        Key::HeatmapLegendEmpty => "No answers",
        Key::HeatmapLegendStrongest => "Highest generation in the skill",
        Key::HeatmapGenerationColumn => "Generation",
        Key::HeatmapTableCaption => "Average self-assessment per generation and skill (number of answers)",
        // ---- growth made visible (issue 11 §4) ----
        Key::GrowthTitle => "Growth: how self-assessment changed since the first answers",
        Key::GrowthIntro => "Each cell is the average change of the people of a generation who answered both surveys: the follow-up rating minus the first one, in points of the rating scale. Blue: higher than before; orange: lower. Under the change, the averages before and after.",
        Key::GrowthNone => "No follow-up answers have come in yet. When participants answer the follow-up survey, how they grew shows here.",
        Key::GrowthLegend => "Change",
        Key::GrowthLegendEmpty => "Nobody answered both surveys",
        Key::GrowthAllGenerations => "All generations",
        Key::GrowthTableCaption => "Average self-assessment before and after, and the change, by generation and skill",
        Key::GrowthPeopleTitle => "Who grew in what",
        Key::GrowthPeopleIntro => "For each person, the skills their partner was there to teach them (from the pair's explanation), before and after, set against the other skills.",
        Key::GrowthColPartner => "Partner",
        Key::GrowthColTaught => "Taught by their partner",
        Key::GrowthColTaughtMean => "Change in skills taught",
        Key::GrowthColOtherMean => "Change in other skills",
        Key::GrowthColAlsoGrew => "Also grew in",
        Key::GrowthNoPartner => "No partner in that round",
        Key::GrowthPairsTitle => "Pairs: meetings and satisfaction",
        Key::GrowthPairsIntro => "What each member said in the follow-up survey. When the two counts of meetings differ, the pair's figure is the higher one.",
        Key::GrowthColPairMeetings => "Pair's meetings",
        Key::GrowthColMeetings => "Meetings",
        Key::GrowthColSatisfaction => "Satisfaction (1–5)",
        Key::GrowthColNext => "Next round",
        Key::GrowthWantsNew => "Would like a new partner",
        Key::GrowthContinues => "Continue together",
        Key::GrowthNotAnswered => "Not answered yet",
        Key::ReportOpen => "Open the programme report",
        Key::ReportClose => "Close the report",
        Key::ReportTitle => "Programme report",
        Key::ReportPrint => "Print or save as PDF",
        Key::ReportCsv => "Save every figure (CSV)",
        Key::ReportHint => "The report fits one A4 page. While it is open, printing the page prints the report.",
        Key::ReportParticipants => "Participants",
        Key::ReportAnswered => "Answered the follow-up",
        Key::ReportPairs => "Pairs",
        Key::ReportMeetingsTotal => "Meetings held",
        Key::ReportMeetingsAverage => "Meetings per pair",
        Key::ReportSatisfaction => "Average satisfaction",
        Key::ReportNewPartner => "Asked for a new partner",
        Key::ReportTaught => "Change in skills the partner taught",
        Key::ReportOther => "Change in other skills",
        Key::ReportBySkill => "Largest gains by skill",
        Key::ReportByGeneration => "Growth by generation",
        Key::ReportChangeHeading => "Change by generation and skill",
        Key::CsvSection => "Part",
        Key::CsvFigure => "Figure",
        Key::CsvValue => "Value",
        Key::CsvName => "Name",
        Key::CsvSkill => "Skill",
        Key::CsvPeople => "People",
        Key::CsvBefore => "Before",
        Key::CsvAfter => "After",
        Key::CsvChange => "Change",
        Key::CsvTaught => "Taught by the partner",
        Key::CsvMeetings => "Meetings",
        Key::CsvSatisfaction => "Satisfaction",
        Key::CsvNewPartner => "Would like a new partner",
        Key::CsvYes => "yes",
        Key::CsvNo => "no",
        Key::CsvSectionTotals => "Totals",
        Key::CsvSectionChange => "Change by generation and skill",
        Key::CsvSectionPeople => "Person and skill",
        Key::CsvSectionPairs => "Pair member",
        Key::ProfileChartTitle => "self-assessment",
        Key::ProfileWantsToLearn => "wants to learn",
        // ---- console: matching and export ----
        Key::ExportTitle => "Hand out the result",
        Key::ExportCsv => "Save the pairs (CSV for Excel)",
        Key::ExportPairing => "Save the pairing (JSON)",
        Key::ExportSession => "Save the session (answers and pairs)",
        Key::ExportPrint => "Print the pair cards",
        Key::ExportHint => "Printing gives one A4 card per pair, for the wall or to hand out.",
        Key::ExportRound => "Round",
        Key::ExportWhoTeaches => "Who teaches what",
        Key::BoardTitle => "Pairs",
        Key::BoardSettings => "Matching settings",
        Key::BoardMode => "Mode",
        Key::BoardObjective => "What matters most",
        Key::BoardObjectiveMostPairs => "Pair as many people as possible",
        Key::BoardObjectiveFairest => "Raise the lowest pair score",
        Key::BoardCapacity => "Mentees per mentor (reverse)",
        Key::BoardSameDepartment => "Same department",
        Key::BoardRuleOff => "Allowed",
        Key::BoardRuleSoft => "Avoid (penalty)",
        Key::BoardRuleHard => "Never",
        Key::BoardMinDistance => "Minimum generation distance (0: no limit)",
        Key::BoardNeverPair => "Never pair these two",
        Key::BoardNeverPairAdd => "Add",
        Key::BoardNeverPairRemove => "Remove",
        Key::BoardNeverPairNone => "Nobody listed",
        Key::BoardPersonA => "First person",
        Key::BoardPersonB => "Second person",
        Key::BoardChoose => "Choose…",
        Key::BoardMatch => "Match",
        Key::BoardRerun => "Re-run (locked pairs stay)",
        Key::BoardNextRound => "Next round",
        Key::BoardRedo => "Redo",
        Key::BoardComputing => "Computing…",
        Key::BoardTotal => "Total score",
        Key::BoardOptimal => "No better pairing exists",
        Key::ListSeparator => ", ",
        Key::RoundsTitle => "Earlier rounds",
        Key::RoundUnpaired => "Without a partner:",
        Key::RoundPrint => "Print this round",
        Key::SuggestionsTitle => "Ways to pair more people",
        Key::SuggestionsPending => "Working out how many other settings would pair…",
        Key::SuggestionApply => "Use this and match again",
        Key::BoardEdited => "Adjusted by hand (not necessarily optimal)",
        Key::BoardRound => "Round",
        Key::BoardPairCount => "Pairs",
        Key::BoardLowest => "Lowest pair score",
        Key::BoardPoints => "points",
        Key::BoardPair => "Pair",
        Key::BoardTrio => "Trio",
        Key::BoardLocked => "Locked",
        Key::BoardLock => "Lock",
        Key::BoardUnlock => "Unlock",
        Key::BoardBreak => "Break",
        Key::BoardMoveLabel => "Person to move (then press “Move … to this pair” on a card)",
        Key::BoardMentor => "Mentor",
        Key::BoardMentee => "Mentee",
        Key::BoardBreakdown => "How the score adds up",
        Key::BoardSkillPoints => "Skills",
        Key::BoardReciprocity => "Teaching both ways",
        Key::BoardGenerationBonus => "Generation distance",
        Key::BoardSameDepartmentPenalty => "Same department",
        Key::BoardRepeatPenalty => "Partners in an earlier round",
        Key::BoardWhyNot => "Why not someone else?",
        Key::BoardOverrides => "Rules this pair overrides",
        Key::BoardUnmatched => "Without a partner",
        Key::BoardProfiles => "Both profiles",
        Key::BoardEmpty => "Press Match to get suggested pairs from the answers.",
        Key::BoardNoDepartment => "no department",
        Key::BoardNothingToTeach => "No skill to teach",
        Key::BoardShowAll => "Show all",
        Key::BoardModeMutualShort => "Mutual",
        Key::BoardModeReverseShort => "Reverse",
        Key::BoardShowDetails => "Show the explanation",
        Key::BoardHideDetails => "Hide the explanation",
        // Re-matching (issue 11 §5).
        Key::RematchToggle => "Re-match this pair",
        Key::RematchGo => "Re-match",
        Key::RematchedTag => "Re-matched",
        Key::RematchAlone => "Everyone else is in a pair that is kept, so this pair's members could only be paired with each other: they would have no partner. Tick another pair too, so that they can swap partners.",
        Key::BoardNeeds2 => "Matching needs answers from at least two people.",
        Key::CsvPair => "Pair",
        Key::CsvMentor => "Mentor",
        Key::CsvMentee => "Mentee",
        Key::CsvMember1 => "Member 1",
        Key::CsvMember2 => "Member 2",
        Key::CsvMember3 => "Member 3",
        Key::CsvGeneration => "Generation",
        Key::CsvDepartment => "Department",
        Key::CsvScore => "Points",
        Key::CsvReason => "Why without a partner",
        Key::CsvAnsweredLater => "Answered after the pairs were made: a re-run includes them.",
        // ---- setup (workshop editor and share) ----
        // `{n}`, `{row}` and `{col}` are filled in by the setup components.
        Key::SetupIntro => "Adjust the workshop, then get the survey to participants.",
        Key::SetupNoWorkshop => "There is no workshop yet. Start from the template on the Home view.",
        Key::SetupEdit => "Edit the workshop",
        Key::SetupEditorTitle => "Editing the workshop",
        Key::SetupEditorIntro => "Your changes are kept as a draft in this browser as you type. The shared workshop only changes when you press Save.",
        Key::SetupTitleHeading => "Title",
        Key::SetupTitleJa => "Title (Japanese)",
        Key::SetupTitleEn => "Title (English)",
        Key::SetupColId => "ID",
        Key::SetupColJa => "Name (Japanese)",
        Key::SetupColEn => "Name (English)",
        Key::SetupColFamily => "Family",
        Key::SetupColOrder => "Order, remove",
        Key::SetupSkillsHint => "The ID names the skill inside answer files (letters, digits, _ - ., e.g. ai_tools). A name in one language is enough; the other falls back to it.",
        Key::SetupRemove => "Remove",
        Key::SetupAddSkill => "Add a skill",
        Key::SetupColBornFrom => "Born from",
        Key::SetupColBornTo => "Born until",
        Key::SetupYearsHint => "Leave a year empty for an open end (“and earlier”, “and later”). Each birth year may belong to one generation only.",
        Key::SetupDepartmentsHeading => "Departments",
        Key::SetupDepartmentsLabel => "Departments offered in the survey (one per line)",
        Key::SetupDepartmentsHint => "Participants pick one of these or type their own; leave it empty for free text only. Matching uses departments for its same-department rule.",
        Key::SetupMentorsHeading => "Generations who mentor (reverse mentoring)",
        Key::SetupMentorsHint => "People of the checked generations mentor; everyone else is a mentee.",
        Key::SetupMentorsNone => "No generation mentors: check at least one.",
        Key::SetupMentorsAll => "Every generation mentors: leave at least one to be mentees.",
        Key::SetupScaleHint => "In the survey, participants choose one of these points for each skill.",
        Key::SetupSave => "Save",
        Key::SetupDiscard => "Discard changes",
        Key::SetupConfirmDiscard => "Discard every unsaved change? This cannot be undone.",
        Key::SetupDiscardYes => "Discard",
        Key::SetupProblemSummary => "Fix these to save:",
        Key::SetupNoProblems => "No problems: ready to save.",
        Key::ShareTitle => "Share the survey",
        Key::ShareIntro => "None of these ways sends data anywhere: a link carries the workshop after its “#”, which browsers never send to a server.",
        Key::ShareEditingNote => "What is shared is the saved workshop: your unsaved changes are included once you save them.",
        Key::ShareAddressLabel => "Address where participants open the app",
        Key::ShareAddressHint => "An address participants' computers and phones can reach, such as an intranet static host. Leave it empty to use this page's address.",
        Key::ShareLocalWarning => "This address (127.0.0.1, localhost or file://) only works on this computer. Before you share the link, enter an address participants can reach, or share the file or the code instead.",
        Key::ShareLinkHeading => "Link",
        Key::ShareLinkBody => "Send it by chat or email: opening it shows the survey.",
        Key::ShareLinkLabel => "Share link",
        Key::ShareCopyLink => "Copy the share link",
        Key::ShareTryIt => "Try the survey in this browser",
        Key::ShareQrHeading => "QR code",
        Key::ShareQrBody => "Project it and let participants scan it with their phone's camera.",
        Key::ShareQrLabel => "QR code of the share link",
        Key::ShareQrTooLong => "The workshop is too large for a QR code; share the link, the file or the code instead.",
        Key::ShareQrLarge => "Show large",
        Key::ShareQrClose => "Close large view",
        Key::ShareFileHeading => "Workshop file",
        Key::ShareFileBody => "Hand out the workshop file; participants open it with “Open workshop file” on the Survey view.",
        Key::ShareDownload => "Download workshop file",
        Key::ShareDownloadFailed => "The file could not be saved; check the browser's download settings.",
        Key::ShareCodeHeading => "Workshop code",
        Key::ShareCodeBody => "Participants who already have the app (e.g. the single-file edition) paste this code into “Paste a workshop code” on the Survey view.",
        Key::ShareCodeLabel => "Workshop code",
        Key::ShareSurveyFileHeading => "Survey file",
        Key::ShareSurveyFileBody => "Saves the whole app as one HTML file with this workshop inside. Send it by email or on a USB stick: participants double-click it and the survey opens, with no link, code or server. They hand back their answers as a file or a code.",
        Key::ShareSurveyFileSave => "Save survey file for participants",
        Key::ShareSurveyFilePreparing => "Preparing the survey file…",
        Key::ShareSurveyFileMissing => "The single-file edition (kakehashi.html) is not next to this page, so a survey file cannot be made here. Open kakehashi.html and save it from there.",
        Key::ShareFilePageNote => "This page was opened from a file, so a link to it, and its QR code, would only work on this computer. Give participants the survey file, the workshop file or the workshop code instead; they hand back their answers as a file or an answer code, which they can also show as a QR code. If the app is also on a web server, enter its address above to get a link and a QR code too.",
        Key::ShareCopyCode => "Copy the workshop code",
        Key::SaveSessionFile => "Save the session as a file",
        Key::SaveUnreadableData => "Save the unreadable data as a file",
        Key::SetAsideTitle => "What was set aside",
        Key::BackupsTitle => "Automatic backups",
        Key::BackupsBody => "Before a workshop is replaced or answers are overwritten, the state before is kept here (the last five). Restoring one keeps the present state as a backup too.",
        Key::BackupRestore => "Restore this state",
        Key::LeaveParticipantView => "Facilitator? Open the full app",
        Key::ImportProgress => "Import progress",
        // ---- kickoff sheets and meeting calendar (issue 11) ----
        Key::KickoffOpen => "Kickoff sheet",
        Key::KickoffClose => "Close",
        Key::KickoffPrintOne => "Print this sheet",
        Key::KickoffPrintAll => "Print the kickoff sheets",
        Key::KickoffCalendarOne => "Add to calendar (.ics)",
        Key::KickoffCalendarAll => "Calendar for all pairs (.ics)",
        Key::KickoffPanelTitle => "Kickoff sheets and meeting calendar",
        Key::KickoffPanelHint => "Each pair's sheet plans their meetings, suggests goals from what they teach and learn, and has room for their own goals and signatures. The calendar file opens in any calendar app; importing it again updates the meetings instead of adding them twice.",
        Key::KickoffWanted => "wants to learn",
        Key::KickoffGoalsHeading => "Suggested goals",
        Key::KickoffGoalsHint => "Choose two or three, change them, or write your own below.",
        Key::KickoffOwnGoals => "Our goals",
        Key::KickoffPlanHeading => "How we will meet",
        Key::KickoffPlanNoDate => "First meeting: a date you agree on together (none is set yet).",
        Key::KickoffPlaceOpen => "Place: online, or a place you agree on.",
        Key::KickoffDatesHeading => "All meetings",
        Key::KickoffAgendaHeading => "First meeting",
        Key::KickoffAgendaAgree => "Agree on two or three goals, and on how you will meet: where, in person or online, and how to reach each other.",
        Key::KickoffAgendaExerciseOpen => "A first small exercise: each of you shows the others one thing you use every day at work.",
        Key::KickoffAgendaNext => "Before you part, fix the date of the next meeting.",
        Key::KickoffConfidentialHeading => "Confidentiality",
        Key::KickoffWayOutHeading => "If it does not work",
        Key::KickoffSignHeading => "Our agreement",
        Key::KickoffSignature => "Signature",
        Key::KickoffDate => "Date",
        Key::SetupProgrammeHeading => "Programme after the match",
        Key::SetupProgrammeHint => "Printed on every pair's kickoff sheet and used for the meeting calendar.",
        Key::SetupMeetings => "Number of meetings",
        Key::SetupIntervalWeeks => "Weeks between meetings",
        Key::SetupMinutes => "Length of a meeting (minutes)",
        Key::SetupStartsOn => "Date of the first meeting",
        Key::SetupMeetingTime => "Start time",
        Key::SetupPlace => "Place",
        Key::SetupPlaceHint => "Leave it empty for online, or a place each pair agrees on.",
        Key::SetupTimeZone => "Time zone",
        Key::SetupTimeZoneHint => "A name such as Asia/Tokyo (the dates and the start time are in this zone).",
        // ---- plain words (issue 14, section 2) ----
        Key::WhoTeachesReverse => "What the mentor teaches",
        Key::ModeMutualChoice => "Mutual (each teaches the other)",
        Key::ModeReverseChoice => "Reverse (younger teach older)",
        }
    }

    fn message(&self, msg: &Msg) -> String {
        match *msg {
            Msg::PageTitle { view } => format!("{view} — Kakehashi 架け橋"),
            Msg::PageTitleWithWorkshop { view, workshop } => format!("{view}: {workshop} — Kakehashi 架け橋"),
            Msg::Thanks { name } => format!("Thank you, {name}!"),
            Msg::AnswersComplete { name } => format!("Your answers are complete. Thank you, {name}!"),
            Msg::HandBackFileBody { file } => format!("Save {file} and send it to your facilitator by email, chat or a shared folder."),
            Msg::HandBackSave { file } => format!("Save {file}"),
            Msg::HandBackSaved { file } => {
                format!("Saved as {file}, usually in your Downloads folder. Now send this file to your facilitator.")
            }
            Msg::NotForHome { file, kind: Kind::Response } => format!(
                "{file}: this is a participant's answer file. Import answer files on the Console; here you can open a session file or a workshop file."
            ),
            Msg::NotForHome { file, kind: Kind::Pairing } => format!(
                "{file}: this is a pairing file (pairs saved from the Console). Here you can open a session file or a workshop file."
            ),
            Msg::NotForHome { file, kind: Kind::FollowUp } => format!(
                "{file}: this is a participant's follow-up answer file. Import it on the Console under “Import answers”; here you can open a session file or a workshop file."
            ),
            Msg::NotForHome { file, kind } => {
                format!("{file}: this is a {} file. Here you can open a session file or a workshop file.", kind_name(kind))
            }
            Msg::GenerationOption { generation, years } => format!("{generation} ({years})"),
            Msg::BirthYearMaps { generation, years } => format!("Generation: {generation} ({years})"),
            Msg::SurveyProgress { answered, total } => format!("{answered} / {total} answered"),
            Msg::People { n } => count(n as i64, "person", "people"),
            Msg::ArchiveEntry { title, answers } => format!("{title} — {}", count(answers as i64, "answer", "answers")),
            Msg::RosterShowing { shown, total } => format!("Showing: {shown} / {total}"),
            Msg::RosterNotShown { n } => format!("{n} not shown yet"),
            Msg::RosterEditTitle { name } => format!("Correct the answers of {name}"),
            Msg::RosterEditRefused { reason } => format!("Cannot save: {reason}"),
            Msg::ProfileRating { skill, rating, wanted: true } => format!("{skill} {rating} (wants to learn)"),
            Msg::ProfileRating { skill, rating, wanted: false } => format!("{skill} {rating}"),
            Msg::ProfileLabel { name, ratings } => format!("{name}: self-assessment. {ratings}"),
            Msg::SetupRow { kind: RowKind::Skill, n } => format!("Skill {n}"),
            Msg::SetupRow { kind: RowKind::Generation, n } => format!("Generation {n}"),
            Msg::SetupRow { kind: RowKind::ScalePoint, n } => format!("Point {n}"),
            Msg::SetupFieldOf { row, column } => format!("{row}: {column}"),
            Msg::SetupMoveUp { row } => format!("Move {row} up"),
            Msg::SetupMoveDown { row } => format!("Move {row} down"),
            Msg::SetupRemoveRow { row } => format!("Remove {row}"),
            Msg::SetupProblemCount { n } => format!("To fix before saving: {n}"),
            Msg::SetupAnswersWarning { n: 1 } => "Warning: 1 of the answers collected no longer fits the edited workshop. When you save, it will be kept in the archive with the previous version of the workshop (nothing is deleted, and you can undo right after).".into(),
            Msg::SetupAnswersWarning { n } => format!(
                "Warning: {n} of the answers collected no longer fit the edited workshop. When you save, they will be kept in the archive with the previous version of the workshop (nothing is deleted, and you can undo right after)."
            ),
            Msg::SurveyFileSaved { file } => format!("Saved: {file}"),
            Msg::PairHeading { trio: false, number } => format!("Pair {number}"),
            Msg::PairHeading { trio: true, number } => format!("Trio {number}"),
            Msg::Points { points } => count(points, "point", "points"),
            Msg::PrintWorkshopRound { title, round } => format!("{title} — Round {round}"),
            Msg::MoveHere { name } => format!("Move {name} to this pair"),
            Msg::ShowAll { n } => format!("Show all ({n})"),
            Msg::PersonOption { name, generation, department, id } => {
                let about: Vec<String> = [Some(generation.to_owned()), department.map(str::to_owned), id.map(|id| format!("id {id}"))]
                    .into_iter()
                    .flatten()
                    .filter(|s| !s.trim().is_empty())
                    .collect();
                match about.is_empty() {
                    true => name.to_owned(),
                    false => format!("{name} ({})", about.join(", ")),
                }
            }
            Msg::TwoPeople { first, second } => format!("{first} × {second}"),
            Msg::RemoveEntry { entry } => format!("Remove: {entry}"),
            Msg::UnmatchedHeading { n } => format!("Without a partner ({n})"),
            Msg::UnmatchedGroup { kind, mode, n, rules } => {
                let (people, are, have) = if n == 1 { ("1 person".to_owned(), "is", "has") } else { (format!("{n} people"), "are", "have") };
                match (kind, mode) {
                    (UnmatchedKind::NobodyElse, MatchingMode::Reverse) => format!("{people} {have} nobody on the other side (no mentor or no mentee) to pair with."),
                    (UnmatchedKind::NobodyElse, MatchingMode::Mutual) => format!("{people} {have} nobody else to pair with."),
                    (UnmatchedKind::NoAllowedPartner, _) => format!("For {people}, the rules you set ({rules}) rule out every possible partner."),
                    (UnmatchedKind::PartnersTaken, MatchingMode::Reverse) => {
                        format!("{people} {are} left because every mentor's places are taken (too few mentees per mentor).")
                    }
                    (UnmatchedKind::PartnersTaken, MatchingMode::Mutual) => {
                        format!("{people} {are} left because everyone they could pair with is paired with someone else (an odd number, for example).")
                    }
                    (UnmatchedKind::NoMenteeLeft, _) => format!("{people} {have} no mentee left to mentor (there are more mentors than mentees)."),
                    (UnmatchedKind::SetAside, _) => format!("{people} {have} no partner since you broke their pair."),
                }
            }
            Msg::UnmatchedAdvice { kind, mode } => match (kind, mode) {
                (UnmatchedKind::NobodyElse, MatchingMode::Reverse) => "Use mutual mentoring, or add people on the other side.".into(),
                (UnmatchedKind::NobodyElse, MatchingMode::Mutual) => "Pairs can form once there are two or more people.".into(),
                (UnmatchedKind::NoAllowedPartner, _) => "Relax that rule in the settings above, or remove them from “never pair”.".into(),
                (UnmatchedKind::PartnersTaken, MatchingMode::Reverse) => "Give mentors more mentees, or use a suggestion above.".into(),
                (UnmatchedKind::PartnersTaken, MatchingMode::Mutual) => "“Move to a pair” can add them to a pair as a trio.".into(),
                (UnmatchedKind::NoMenteeLeft, _) => "Ask them to mentor in the next round, or use mutual mentoring.".into(),
                (UnmatchedKind::SetAside, _) => "Re-run to pair them again, or move them into a pair yourself.".into(),
            },
            Msg::Group { names } => names.join(" × "),
            Msg::RoundSummary { round, pairs, unpaired } => {
                let left = if unpaired == 0 { "everyone paired".to_owned() } else { format!("{unpaired} without a partner") };
                format!("Round {round}: {}, {left}", count(pairs as i64, "pair", "pairs"))
            }
            Msg::RoundNotMatched { round, kept } => format!(
                "Round {round} has no pairs yet: press Match. The pairs of the rounds up to {kept} are in “Earlier rounds” below."
            ),
            Msg::NextRoundConfirm { round, next } => format!(
                "Round {round}'s pairs stay in “Earlier rounds”, and round {next} starts afresh. Save round {round}'s pairs first?"
            ),
            Msg::NextRoundStart { next } => format!("Start round {next}"),
            // Re-matching (issue 11 §5).
            Msg::RematchButton { n } => format!("Re-match {}", count(n as i64, "pair", "pairs")),
            Msg::RematchAsked { names } => {
                format!("{} asked for a new partner in the follow-up.", and_list(names))
            }
            Msg::NamedPair { heading, names } => format!("{heading} ({names})"),
            Msg::RematchConfirm { pairs, kept } => {
                let kept = match kept {
                    0 => "No other pair is on the board.".to_owned(),
                    1 => "The other pair is kept, and locked.".to_owned(),
                    n => format!("The other {n} pairs are kept, and locked."),
                };
                format!(
                    "Re-match {}? Their members get new partners among themselves and the people without a partner, never their present partner. {kept} Undo puts everything back.",
                    and_list(pairs)
                )
            }
            Msg::RematchedWhy { name, earlier, asked, others_asked } => {
                let earlier = and_list(earlier);
                match (asked, others_asked) {
                    (true, _) => format!("{name} asked for a new partner (was with {earlier})."),
                    (false, []) => format!("The facilitator re-matched {name}'s pair (was with {earlier})."),
                    (false, askers) => format!("{} asked for a new partner, so {name} has a new one too (was with {earlier}).", and_list(askers)),
                }
            }
            Msg::RematchOtherRound { round, board_round, names } => format!(
                "{} asked for a new partner in the follow-up of round {round}; that marks no pair here, because the board shows round {board_round}.",
                and_list(names)
            ),
            Msg::SatOutFirst { names, round } => match names {
                [one] => format!("{one} had no partner in round {round}, so came first this time."),
                [a, b] => format!("{a} and {b} both had no partner in round {round}, so came first this time."),
                _ => format!("{} all had no partner in round {round}, so came first this time.", names.join(", ")),
            },
            Msg::Suggestion { alternative, paired, people } => {
                let have = if paired == 1 { "has" } else { "have" };
                match alternative {
                    Alternative::MentorCapacity { capacity } => format!(
                        "With up to {} per mentor, {paired} of {people} people {have} a partner.",
                        count(capacity, "mentee", "mentees")
                    ),
                    Alternative::EveryMentee { capacity } => format!(
                        "Pair as many mentees as possible: with up to {} per mentor (with fewer, a mentee would be left), {paired} of {people} people {have} a partner.",
                        count(capacity, "mentee", "mentees")
                    ),
                    Alternative::MutualMode => format!("With mutual mentoring (each teaches the other), {paired} of {people} people {have} a partner."),
                    Alternative::AllowSameDepartment => format!("Allowing pairs within a department (with its penalty), {paired} of {people} people {have} a partner."),
                    Alternative::NoMinimumGenerationDistance => format!("Without the minimum generation distance, {paired} of {people} people {have} a partner."),
                }
            }
            Msg::HeatmapCell { generation, skill, average, people } => {
                format!("{generation} × {skill}: {average} ({})", count(people as i64, "person", "people"))
            }
            Msg::HeatmapCellEmpty { generation, skill } => format!("{generation} × {skill}: No answers"),
            Msg::HeatmapTeaches { generation, skills } => format!("{generation}: {skills}"),
            Msg::HeatmapSummary { teaches } => {
                format!("Heatmap of the average self-assessment per generation and skill. Can teach — {teaches}")
            }
            Msg::HeatmapRowHeader { generation, people } => {
                format!("{generation} ({})", count(people as i64, "person", "people"))
            }
            Msg::AverageWithCount { average, count } => format!("{average} ({count})"),
            Msg::MemberMeta { generation, department } => format!("{generation} · {department}"),
            Msg::CsvOf { person, column } => format!("{person}'s {}", column.to_lowercase()),
            // ---- kickoff sheets and meeting calendar (issue 11) ----
            Msg::KickoffHeading { pair } => format!("Kickoff sheet: {pair}"),
            Msg::KickoffTeaches { name } => format!("What {name} teaches"),
            Msg::KickoffLearns { name } => format!("What {name} learns"),
            Msg::KickoffSkillTo { skill, name } => format!("{skill} (to {name})"),
            Msg::KickoffSkillFrom { skill, name } => format!("{skill} (from {name})"),
            Msg::KickoffGoal { learner, skill, label } => format!("{learner}: {}", english_goal(skill, label)),
            Msg::KickoffPlanSummary { meetings, interval_weeks, minutes } => format!(
                "{} of {minutes} minutes, {}",
                count(meetings, "meeting", "meetings"),
                if interval_weeks == 1 { "every week".to_owned() } else { format!("every {interval_weeks} weeks") }
            ),
            Msg::KickoffPlanFirst { date, time, zone } => format!("First meeting: {date}, {time} ({zone})"),
            Msg::KickoffPlace { place } => format!("Place: {place}"),
            Msg::KickoffMeetingDate { number, date, time } => format!("{number}. {date}, {time}"),
            Msg::CalendarDate { year, month, day, weekday } => {
                const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
                let month = MONTHS[(month.clamp(1, 12) - 1) as usize];
                format!("{} {day} {month} {year}", english_weekday(weekday))
            }
            Msg::KickoffAgendaIntro { mode: MatchingMode::Mutual } => {
                "Introduce yourselves: your work, and what each of you wants from these meetings.".into()
            }
            Msg::KickoffAgendaIntro { mode: MatchingMode::Reverse } => {
                "Introduce yourselves: your work; the mentee says what they want to learn, the mentor what they can show.".into()
            }
            Msg::KickoffAgendaExercise { teacher, learner, skill } => format!(
                "A first small exercise: {teacher} shows {learner} one thing in {skill}, and {learner} tries it there and then."
            ),
            Msg::KickoffConfidential { trio } => format!(
                "What is said in these meetings stays among {}, unless you all agree to share it.",
                if trio { "the three of you" } else { "the two of you" }
            ),
            Msg::KickoffWayOut { trio } => format!(
                "If this {} does not work for one of you, tell the facilitator: you will be paired again, and nobody has to give a reason. It is no one's fault.",
                if trio { "trio" } else { "pair" }
            ),
            Msg::CalendarSummary { names, number, meetings } => {
                format!("Mentoring: {} ({number} of {meetings})", names.join(" × "))
            }
            Msg::CalendarName { title } => format!("{title}: mentoring meetings"),
            Msg::CalendarLater { number, meetings } => format!(
                "Meeting {number} of {meetings}. Look back at your goals: what worked since last time, and what to try next."
            ),
            Msg::CalendarBlocked { problem: CalendarProblem::NoStartDate } => {
                "The calendar needs the date of the first meeting: set it in Set up & share, Edit the workshop, under Programme after the match.".into()
            }
            Msg::CalendarBlocked { problem: CalendarProblem::UnknownTimeZone { zone } } => format!(
                "This browser does not know the time zone '{zone}': choose another in Set up & share, Edit the workshop, under Programme after the match."
            ),
            Msg::SetupUseBrowserZone { zone } => format!("Use this browser's time zone ({zone})"),
            Msg::PrintTeaches { teacher, learner, skills } => format!("{teacher} teaches {learner}: {skills}"),
            Msg::FileProblem { file, problem } => format!("{file}: {problem}"),
            // ---- follow-up survey (issue 11 §3) ----
            Msg::FollowUpRound { round, people, pairs } => format!(
                "Follows up round {round}: {} in {} can answer.",
                count(people as i64, "person", "people"),
                count(pairs as i64, "pair", "pairs")
            ),
            Msg::FollowUpAnswers { answered, total } => format!("Follow-up answers: {answered} of {total}"),
            Msg::FollowUpPartner { names: [one] } => format!("Your partner: {one}"),
            Msg::FollowUpPartner { names } => match names.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("Your partners: {} and {last}", rest.join(", ")),
                _ => "Your partner is not named in this survey.".into(),
            },
            Msg::FollowUpPersonOption { name, partners } => format!("{name} (with {partners})"),
            Msg::FollowUpMeetingsTooMany { max } => {
                format!("Please check the number of meetings: at most {max} are counted (one a week for two years).")
            }
            Msg::FollowUpSurveyNotForHome { file } => format!(
                "{file}: this is a follow-up survey handed out to participants, not a workshop to set up; your workshop is unchanged. To answer it, open it under Survey."
            ),
            Msg::Numbered { number, title } => format!("{number}. {title}"),
            Msg::ImportSummary { added, updated, unchanged, rejected, to_check } => {
                let parts: Vec<String> = [(added, "added"), (updated, "updated"), (unchanged, "unchanged"), (rejected, "rejected")]
                    .iter()
                    .filter(|(n, _)| *n > 0)
                    .map(|(n, what)| format!("{n} {what}"))
                    .collect();
                let parts = if parts.is_empty() { "Nothing imported".to_owned() } else { parts.join(", ") };
                match to_check {
                    0 => format!("{parts}."),
                    1 => format!("{parts}; 1 name to check."),
                    n => format!("{parts}; {n} names to check."),
                }
            }
            Msg::ImportSameName { name, id, other_id } => format!(
                "Another participant ({other_id}) already has the name {name} (this answer: {id}). Check whether one person answered twice or two people share the name; remove one in the roster if need be."
            ),
            Msg::ImportProgress { done, total } => format!("Importing: {done} of {total}"),
            Msg::BackupEntry { when, title, answers, kilobytes, reason } => {
                format!("{when} — {title}, {}, {kilobytes} KB ({reason})", count(answers as i64, "answer", "answers"))
            }
            Msg::BackupUnreadable { problem } => format!("This backup could not be read: {problem}."),
            Msg::ScaleOption { point, label } => format!("{point} · {label}"),
            // ---- growth made visible (issue 11 §4) ----
            Msg::GrowthCell { generation, skill, before, after, change, people } => format!(
                "{generation} × {skill}: {before} → {after} ({change}), {}",
                count(people as i64, "person", "people")
            ),
            Msg::GrowthCellEmpty { generation, skill } => {
                format!("{generation} × {skill}: nobody answered both surveys")
            }
            Msg::GrowthSkillChange { skill, change } => format!("{skill} {change}"),
            Msg::GrowthSkillBeforeAfter { skill, before, after, change } => {
                format!("{skill}: {before} → {after} ({change})")
            }
            Msg::GrowthSummary { gains } if gains.is_empty() => {
                "Heatmap of the change in self-assessment per generation and skill, follow-up minus first answers. No skill rose.".to_owned()
            }
            Msg::GrowthSummary { gains } => format!(
                "Heatmap of the change in self-assessment per generation and skill, follow-up minus first answers. Largest gains: {gains}."
            ),
            Msg::GrowthBeforeAfter { before, after, change } => format!("{before} → {after} ({change})"),
            Msg::GrowthAnswered { answered, participants, rounds } => format!(
                "{answered} of {} {} answered the follow-up survey (round {rounds}).",
                count(participants as i64, "participant", "participants"),
                if answered == 1 { "has" } else { "have" }
            ),
            Msg::GrowthWithoutFirstAnswers { n } => format!(
                "{} from people who are not among the first answers {} left out: import their first answers to include them.",
                count(n as i64, "follow-up answer", "follow-up answers"),
                if n == 1 { "is" } else { "are" }
            ),
            Msg::GrowthRoundNotFound { round } => format!(
                "The pairs of round {round} are not in this session, so partners and what they taught are not shown: open the session file that has them."
            ),
            Msg::GrowthTaughtVsOther { taught, taught_n, other, other_n } => format!(
                "In the skills their partner taught them, people changed by {taught} on average ({}); in the other skills by {other} ({}).",
                count(i64::from(taught_n), "rating", "ratings"),
                count(i64::from(other_n), "rating", "ratings")
            ),
            Msg::GrowthPersonSkill { skill, before, after, change } => format!("{skill} {before}→{after} ({change})"),
            Msg::GrowthRoundPair { round, pair } => format!("Round {round}, {pair}"),
            Msg::ReportOutOf { n, total } => format!("{n} of {total}"),
            Msg::ReportSatisfactionValue { average } => format!("{average} of 5"),
            Msg::ReportGenerationGain { generation, people, change, best } => {
                let who = count(people as i64, "person", "people");
                match best {
                    Some(best) => format!("{generation} ({who}): {change} on average, most in {best}"),
                    None => format!("{generation} ({who}): {change} on average"),
                }
            }
            Msg::ReportSubtitle { rounds, date } => format!("Round {rounds} · follow-up answers up to {date}"),
            Msg::ReportFigure { label, value } => format!("{label}: {value}"),
            Msg::ReportPairMeetings { pair, meetings } => format!("{pair}: meetings {meetings}"),
            Msg::ReportMember { name, meetings, satisfaction, wants_new_partner } => format!(
                "{name}: {}, satisfaction {satisfaction}, {}",
                count(meetings, "meeting", "meetings"),
                if wants_new_partner { "would like a new partner" } else { "continue together" }
            ),
            Msg::ReportMemberNotAnswered { name } => format!("{name}: not answered yet"),
            Msg::ReportPerson { name, taught, other_mean, .. } if taught.is_empty() => {
                format!("{name}: no skill taught by a partner; change in the skills {other_mean}")
            }
            Msg::ReportPerson { name, taught, taught_mean, other_mean } => {
                format!("{name}: taught {taught}; change in skills taught {taught_mean}, in other skills {other_mean}")
            }
            Msg::RosterHeading { total } => format!("Roster ({total})"),
            Msg::UpdatedIn { zone } => format!("Updated ({zone})"),
        }
    }

    fn format_error(&self, error: &FormatError) -> String {
        match error {
            FormatError::TooLarge { size, limit } => format!(
                "the file is {} KB, larger than the {} KB limit; is it really a Kakehashi file?",
                size.div_ceil(1024),
                limit / 1024
            ),
            FormatError::NotUtf8 { offset } => {
                format!("the file is not UTF-8 text (bad byte at offset {offset}); save it as UTF-8 JSON.")
            }
            FormatError::Empty => "the file is empty.".into(),
            FormatError::TooDeep { limit } => {
                format!("the JSON is nested deeper than {limit} levels; this is not a Kakehashi file.")
            }
            FormatError::Syntax { line, column, problem } => {
                format!("not valid JSON at line {line}, column {column}: {}.", syntax_problem(problem))
            }
            FormatError::NoFormatTag => {
                "no \"format\" field: this is not a Kakehashi file (expected e.g. \"format\": \"kakehashi/response@1\").".into()
            }
            FormatError::UnknownFormat { found } => {
                format!("format \"{found}\" is not a Kakehashi format (expected \"kakehashi/<kind>@<version>\").")
            }
            FormatError::WrongKind { expected, found } => {
                format!("this is a {} file, but a {} file is expected here.", kind_name(*found), kind_name(*expected))
            }
            FormatError::UnsupportedVersion { kind, found, supported } => format!(
                "{} format version {found} is not supported (this Kakehashi reads version {supported}); open it with a matching Kakehashi version.",
                kind_name(*kind)
            ),
            FormatError::Shape { path, problem } if path.is_empty() || path == "." => format!("{}.", shape_problem(problem)),
            FormatError::Shape { path, problem } => format!("field '{path}': {}.", shape_problem(problem)),
            FormatError::Invalid(invalid) => self.invalid(invalid, Place::Alone),
            FormatError::WrongEncoding { encoding } => format!(
                "the file is {} text, not UTF-8; save it as UTF-8 (in a text editor: Save as, encoding UTF-8).",
                encoding_name(*encoding)
            ),
            FormatError::DuplicateKey { path } => format!(
                "the key '{path}' is given twice in the same object; keep only one (which one a program reads is not defined)."
            ),
            FormatError::NotKakehashi { looks_like } => format!(
                "this is not a Kakehashi file (it looks like {}); choose a .json file saved by Kakehashi.",
                match looks_like {
                    ForeignFile::Image => "an image",
                    ForeignFile::Pdf => "a PDF",
                    ForeignFile::ZipOrOffice => "a ZIP or Excel file",
                    ForeignFile::OlderOffice => "an Excel or Word file",
                    ForeignFile::WebPage => "a web page (HTML)",
                }
            ),
        }
    }

    fn invalid(&self, invalid: &Invalid, place: Place) -> String {
        let sentence = self.invalid_clause(invalid, place);
        match place {
            Place::Alone => format!("{sentence}."),
            // On its own beside a field: a sentence with its capital.
            Place::Inline => {
                let mut chars = sentence.chars();
                chars.next().map_or(String::new(), |first| {
                    format!("{}{}.", first.to_uppercase(), chars.as_str())
                })
            }
        }
    }

    fn code_error(&self, error: &CodeError) -> String {
        match error {
            CodeError::Empty => "no code was entered.".into(),
            CodeError::NotACode { expected } => format!(
                "this is not a Kakehashi {} (it should start with {}).",
                code_name(*expected),
                code_prefix(*expected)
            ),
            CodeError::WrongKind { expected, found } => {
                format!("this is {}, but {} is expected here.", a_code(*found), a_code(*expected))
            }
            CodeError::BadCharacter { position } => format!(
                "the code has a character that does not belong in it (at position {position}); copy it again."
            ),
            CodeError::Truncated => "the code is incomplete: it was cut off when copied; copy it again in full.".into(),
            CodeError::ChecksumMismatch => {
                "the code's checksum does not match: it was changed or mistyped; copy it again.".into()
            }
            CodeError::TooLong => "the code is far too long to be a Kakehashi code.".into(),
            CodeError::Corrupt => "the code is damaged and cannot be read; ask for it again.".into(),
            CodeError::Format(e) => self.format_error(e),
            CodeError::OtherWorkshop { title, .. } => match title.get(crate::document::model::Lang::En) {
                t if t.trim().is_empty() => "this answer code is for another workshop, not for the current one.".into(),
                t => format!("this answer code is for another workshop, not for the current workshop “{t}”."),
            },
            CodeError::SkillsChanged => {
                "this answer was made for another version of this workshop's skill list; ask the participant to answer again.".into()
            }
            CodeError::NewerVersion => {
                "this code was made by a newer version of Kakehashi; open the workshop file instead, or use the newer app.".into()
            }
        }
    }

    fn survey_file_error(&self, error: &SurveyFileError) -> String {
        match error {
            SurveyFileError::NotSingleFile => {
                "this page is not the single-file edition (kakehashi.html).".into()
            }
        }
    }

    fn match_error(&self, error: &MatchError, names: Names) -> String {
        match error {
            MatchError::Invalid(invalid) => self.invalid(invalid, Place::Alone),
            MatchError::TooManyParticipants { count, max } => {
                format!("{count} participants are more than the {max} that one pairing can handle; split the group.")
            }
            MatchError::SettingTooLarge { field, value, max } => {
                format!("setting 'matching.{field}': {value} is larger than the maximum {max}.")
            }
            MatchError::UnknownLockedParticipant { id } => format!(
                "a locked pair names '{}', who is not in this cohort; unlock the pair or import their answers.",
                names(id)
            ),
            MatchError::LockedTwice { id } => format!("'{}' is in two locked pairs; unlock one of them.", names(id)),
            MatchError::LockNotMentorMentee { mentor, mentee } => format!(
                "the locked pair '{}' – '{}' must name a mentor (from a mentor generation) first and a mentee second.",
                names(mentor),
                names(mentee)
            ),
            MatchError::LockOverCapacity { mentor, locked, capacity } => format!(
                "mentor '{}' has {locked} locked mentees but takes at most {capacity}; unlock some or raise the capacity.",
                names(mentor)
            ),
            MatchError::UnknownParticipant { list: PairList::LockedPairs, id, closest: Some(closest), .. } => format!(
                "a locked pair names '{id}', who is not in this cohort; did you mean '{closest}'? If not, unlock the pair or import their answers."
            ),
            MatchError::UnknownParticipant { list: PairList::LockedPairs, id, closest: None, .. } => format!(
                "a locked pair names '{id}', who is not in this cohort; unlock the pair or import their answers."
            ),
            MatchError::UnknownParticipant { list: PairList::NeverPair, index, id, closest: Some(closest) } => format!(
                "entry {} of the never-pair list names '{id}', who is not in this cohort, so the rule would not apply; did you mean '{closest}'? If not, remove the entry.",
                index + 1
            ),
            MatchError::UnknownParticipant { list: PairList::NeverPair, index, id, closest: None } => format!(
                "entry {} of the never-pair list names '{id}', who is not in this cohort, so the rule would not apply; correct or remove the entry.",
                index + 1
            ),
        }
    }

    fn run_error(&self, error: &RunError, names: Names) -> String {
        match error {
            RunError::Engine(e) => self.match_error(e, names),
            RunError::Plumbing {
                stage: PlumbingStage::Request,
                detail,
            } => {
                format!("the matching request could not be read (technical detail: {detail}); reload the page.")
            }
            RunError::Plumbing {
                stage: PlumbingStage::ReplyWrite,
                detail,
            } => {
                format!("the result could not be written (technical detail: {detail}); reload the page.")
            }
            RunError::Plumbing {
                stage: PlumbingStage::ReplyRead,
                detail,
            } => {
                format!("the matching reply could not be read (technical detail: {detail}); reload the page.")
            }
        }
    }

    fn board_message(&self, message: &BoardMessage, names: Names) -> String {
        match message {
            BoardMessage::RunFailed(e) => format!("No pairs could be made: {}", self.run_error(e, names)),
            BoardMessage::WorkerUnavailable => "Background computing is not available here, so the pairs were computed on the page itself; with many people it may pause briefly.".into(),
            BoardMessage::Cancelled => "Computing cancelled: the previous result is kept.".into(),
            BoardMessage::GroupFull => "A trio takes nobody more.".into(),
            BoardMessage::MoveMentees => "In reverse mode, move mentees: mentors stay with their pairs.".into(),
            BoardMessage::NothingToUndo => "Nothing to undo or redo.".into(),
            BoardMessage::MoveSetAside { moved, dissolved, set_aside } => {
                let moved = names(moved);
                let people: Vec<String> = set_aside.iter().map(|id| names(id)).collect();
                let pairs: Vec<String> = dissolved.iter().map(u32::to_string).collect();
                let pairs = match pairs.len() {
                    1 => format!("pair {}", pairs[0]),
                    _ => format!("pairs {}", and_list(&pairs)),
                };
                let has = if people.len() == 1 { "has" } else { "have" };
                match (dissolved.is_empty(), people.is_empty()) {
                    (false, false) => format!("Moving {moved} dissolved {pairs}: {} now {has} no partner. Undo puts them back.", and_list(&people)),
                    (true, _) => format!("Moving {moved} left {} without a partner. Undo puts them back.", and_list(&people)),
                    (false, true) => format!("Moving {moved} dissolved {pairs}. Undo puts it back."),
                }
            }
            BoardMessage::SameResult => "The re-run found the same pairs: nothing better exists with these settings.".into(),
            BoardMessage::RematchNothingMarked => "No pair is marked to be re-matched: tick “Re-match this pair” on a card. (A pair is ticked already when a member asked for a new partner in the follow-up of this round.)".into(),
            BoardMessage::Rematched(o) => {
                let pairs: Vec<String> = o.broken.iter().map(u32::to_string).collect();
                let pairs = match pairs.len() {
                    1 => format!("pair {}", pairs[0]),
                    _ => format!("pairs {}", and_list(&pairs)),
                };
                let mut out = format!("Re-matched {pairs}.");
                let with: Vec<String> = o
                    .new_pairs
                    .iter()
                    .map(|members| {
                        let members: Vec<String> = members.iter().map(|m| names(m)).collect();
                        and_list(&members)
                    })
                    .collect();
                match with.len() {
                    0 => {}
                    1 => out.push_str(&format!(" New pair: {}.", with[0])),
                    _ => out.push_str(&format!(" New pairs: {}.", with.join("; "))),
                }
                for (id, reason) in &o.unpaired {
                    out.push_str(&format!(
                        " {} could not be re-paired: {}",
                        names(id),
                        self.unmatched_reason(reason, names)
                    ));
                }
                if !o.unpaired.is_empty() {
                    out.push_str(" (Earlier partners count on the never-pair list for this re-match only.) To give them a new partner, undo, tick another pair too and re-match: then they can swap partners.");
                }
                match o.kept {
                    0 => {}
                    1 => out.push_str(" The other pair was kept and is locked now."),
                    n => out.push_str(&format!(" The other {n} pairs were kept and are locked now.")),
                }
                out.push_str(" Undo puts the pairs back as they were.");
                out
            }
        }
    }

    fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::SampleLoaded => "The sample workshop is loaded, with 24 made-up answers. Match them in the console.".into(),
            Notice::WorkshopReplaced => "A new workshop was created from the template.".into(),
            Notice::Restored => "Undone: the previous state is back.".into(),
            Notice::StorageUnreadable => "The data saved in this browser cannot be read by this version of Kakehashi (a newer version wrote it, or it is damaged). It is kept as it is, and nothing will be written over it. What you do on this page lasts until you close it: save the session as a file to keep it.".into(),
            Notice::EarlierStateUnreadable => "The data an earlier version of Kakehashi saved in this browser cannot be read (it is damaged, or a newer version wrote it). It is kept as it is and never written over: save it as a file to keep a copy. What you do from now on is saved apart from it.".into(),
            Notice::StorageRecovered => "Some of the data saved in this browser could not be read. It was set aside, not deleted, and everything else is here.".into(),
            Notice::StorageFailed(StorageProblem::Full) => "This browser's storage is full, so your latest changes could not be saved. Everything on screen is safe until you close this page: save the session as a file now, then free some space (for example other sites' data) and reload.".into(),
            Notice::StorageFailed(StorageProblem::Unavailable) => "This browser keeps no data for this page (private browsing, or storage turned off). Everything on screen is safe until you close this page: save the session as a file to keep it.".into(),
            Notice::StorageFailed(StorageProblem::TooLarge) => "This session is larger than the storage this browser offers this page (about 5 MB). Everything on screen is safe until you close this page: save the session as a file to keep it.".into(),
            Notice::ChangedElsewhere => "Another tab or window changed this workshop: this page now shows the latest answers and pairs.".into(),
            Notice::UnsavedKept => "A page closed before it could store its last changes, and this workshop has changed since in another tab. Those changes are kept as a backup on Home: restore it if something is missing here.".into(),
            Notice::BackupRestored => "The backup was restored. The state before it is kept as a backup too.".into(),
            Notice::WorkshopSaved => "The workshop was saved.".into(),
            Notice::AnswersArchived(1) => "1 answer no longer fits the edited workshop: it is kept in the archive with the previous version of the workshop.".into(),
            Notice::AnswersArchived(n) => format!(
                "{n} answers no longer fit the edited workshop: they are kept in the archive with the previous version of the workshop."
            ),
            Notice::LinkBroken(e) => format!(
                "The link could not be opened: {} Ask your facilitator to send the link again, or open the workshop file instead.",
                self.code_error(e)
            ),
            Notice::SurveyFileBroken(e) => format!(
                "The workshop inside this survey file could not be read: {} Ask your facilitator to send the survey file again, or open the workshop file instead.",
                self.format_error(e)
            ),
            Notice::KioskSaved(name) => format!("Saved to the roster: {name}"),
            Notice::SurveyClosed => "The survey was closed.".into(),
            Notice::ResponseEdited => "The answers were corrected.".into(),
            Notice::ResponseDeleted(name) => format!("{name}'s answers were deleted."),
            Notice::WorkshopOpened { file, kept, archived } => match (kept, archived) {
                (0, 0) => format!("Opened {file}: it is the current workshop now."),
                (_, 0) => format!("Opened {file}: it is the current workshop now, and every answer collected ({kept}) fits it and stays."),
                (0, _) => format!(
                    "Opened {file}: it is the current workshop now. The answers collected before ({archived}) do not fit it: they are kept in the archive with the previous workshop."
                ),
                _ => format!(
                    "Opened {file}: it is the current workshop now. The answers that fit it stay ({kept}); those that do not ({archived}) are kept in the archive with the previous workshop."
                ),
            },
        }
    }

    fn problem(&self, problem: &Problem, skill: &str) -> String {
        match problem {
            Problem::NameMissing => "Please enter a display name.".into(),
            Problem::NameTooLong => "Please keep the display name under 100 characters.".into(),
            Problem::GenerationMissing => "Please choose your generation or enter your birth year.".into(),
            Problem::BirthYearNotANumber => "Please enter the birth year as a number (e.g. 1985).".into(),
            Problem::BirthYearOutOfRange => {
                "This birth year is in none of the workshop's generations; please choose your generation instead.".into()
            }
            Problem::RatingMissing(_) => format!("Please choose a rating for: {skill}"),
            Problem::NoteTooLong => "Please keep the note under 2,000 characters.".into(),
            Problem::DepartmentTooLong => "Please keep the department under 100 characters.".into(),
        }
    }

    fn import_outcome(&self, outcome: &ImportOutcome) -> String {
        match outcome {
            ImportOutcome::Added(name) => format!("Added: {name}"),
            ImportOutcome::Updated(name) => {
                format!("Updated (newer answers replaced the earlier ones): {name}")
            }
            ImportOutcome::AlreadyNewer(name) => {
                format!("Unchanged (the same or newer answers are already here): {name}")
            }
            ImportOutcome::RejectedFile(e) => format!("Rejected: {}", self.format_error(e)),
            ImportOutcome::RejectedCode(e) => format!("Rejected: {}", self.code_error(e)),
            // ---- follow-up answers (issue 11 §3) ----
            ImportOutcome::FollowUpAdded(name) => format!("Follow-up added: {name}"),
            ImportOutcome::FollowUpUpdated(name) => {
                format!("Follow-up updated (newer answers replaced the earlier ones): {name}")
            }
            ImportOutcome::FollowUpAlreadyNewer(name) => {
                format!("Follow-up unchanged (the same or newer follow-up answers are already here): {name}")
            }
            ImportOutcome::RejectedFollowUp(FollowUpRejection::NoPairing) => {
                "Rejected: these are follow-up answers, but nobody has been paired in this session yet; make the pairs on the board, then import them again.".into()
            }
            ImportOutcome::RejectedFollowUp(FollowUpRejection::NotInCohort { participant_id }) => format!(
                "Rejected: these follow-up answers are from someone whose first answers are not in this workshop (participant id {participant_id}); import their first answers first, or check that this is the right workshop."
            ),
            ImportOutcome::RejectedFollowUp(FollowUpRejection::UnknownRound { round, latest }) => format!(
                "Rejected: these follow-up answers are for round {round}, but this session has pairs up to round {latest} only; check that this is the right session."
            ),
        }
    }

    fn constraint(&self, constraint: Constraint) -> &'static str {
        match constraint {
            Constraint::SameDepartment => "same department",
            Constraint::NeverPair => "never-pair list",
            Constraint::MinGenerationDistance => "too close in generation",
            Constraint::RepeatPartner => "partner in an earlier round",
            Constraint::LockedElsewhere => "locked with someone else",
        }
    }

    fn unmatched_reason(&self, reason: &UnmatchedReason, names: Names) -> String {
        match reason {
            UnmatchedReason::NobodyElse => "There is nobody to pair with (nobody on the other side).".into(),
            UnmatchedReason::NoAllowedPartner { excluded } => {
                format!("Every possible partner is ruled out ({}).", self.excluded_list(excluded))
            }
            UnmatchedReason::PartnersTaken { allowed, allowed_count } => {
                let listed: Vec<String> = allowed.iter().map(|id| names(id)).collect();
                let more = (*allowed_count as usize).saturating_sub(listed.len());
                if more > 0 {
                    format!("Everyone allowed ({} and {more} more) is paired elsewhere so that more people have a partner.", listed.join(", "))
                } else {
                    format!("Everyone allowed ({}) is paired elsewhere so that more people have a partner.", listed.join(", "))
                }
            }
            UnmatchedReason::NoMenteeLeft => {
                "There were fewer mentees than mentor places; they scored higher with other mentors.".into()
            }
            UnmatchedReason::SetAside => "The facilitator took them out of their pair; a re-run pairs them again.".into(),
        }
    }

    fn unmatched_sentence(
        &self,
        who: &str,
        role: Role,
        reason: &UnmatchedReason,
        names: Names,
    ) -> String {
        match (reason, role) {
            (UnmatchedReason::NobodyElse, Role::Peer) => format!("{who} is the only participant"),
            (UnmatchedReason::NobodyElse, Role::Mentor) => format!("{who} is a mentor, and there are no mentees"),
            (UnmatchedReason::NobodyElse, Role::Mentee) => format!("{who} is a mentee, and there are no mentors"),
            (UnmatchedReason::NoAllowedPartner { excluded }, _) => format!(
                "{who} cannot be paired: every possible partner is excluded ({})",
                self.excluded_list(excluded)
            ),
            (UnmatchedReason::PartnersTaken { allowed, allowed_count }, role) => {
                let listed: Vec<String> = allowed.iter().map(|id| names(id)).collect();
                let more = (*allowed_count as usize).saturating_sub(listed.len());
                let list = if more > 0 { format!("{} and {more} more", listed.join(", ")) } else { listed.join(", ") };
                match role {
                    Role::Mentee | Role::Mentor => format!(
                        "{who} has no mentor: every mentor they may have ({list}) is full with mentees of the best pairing"
                    ),
                    Role::Peer => format!(
                        "{who} has no partner: everyone they may be paired with ({list}) is in another pair of the best pairing, and no pair can take them as a third, since a hard constraint rules out one of its members"
                    ),
                }
            }
            (UnmatchedReason::NoMenteeLeft, _) => format!(
                "{who} has no mentee: each mentee they could mentor has another mentor in the best pairing"
            ),
            (UnmatchedReason::SetAside, _) => {
                format!("{who} was taken out of their pair by the facilitator; a re-run pairs them again")
            }
        }
    }

    fn teaching_line(
        &self,
        line: &TeachingLine,
        teacher: &str,
        learner: &str,
        skill: &str,
        want_weight: u32,
    ) -> String {
        let (tr, lr) = (line.teacher_rating, line.learner_rating);
        let points = count(line.points, "point", "points");
        // Whose level is which: the teacher's rating beside the teacher, the learner's beside
        // the learner.
        if line.wanted {
            format!(
                "{skill}: {teacher} {tr} → {learner} {lr} (wanted, so ×{want_weight}): {points}"
            )
        } else {
            format!("{skill}: {teacher} {tr} → {learner} {lr}: {points}")
        }
    }

    fn link_facts(&self, link: &LinkExplanation) -> String {
        // Each fact a sentence; the generation points said with the distance they are for.
        let mut facts = vec![
            match (link.generation_steps, link.breakdown.generation_bonus) {
                (0, _) => "Same generation.".to_owned(),
                (steps, 0) => format!("{} apart.", count(steps, "generation", "generations")),
                (steps, bonus) => {
                    format!(
                        "{} apart: +{}.",
                        count(steps, "generation", "generations"),
                        count(bonus, "point", "points")
                    )
                }
            },
        ];
        if let Some(d) = &link.shared_department {
            facts.push(format!("Same department ({d})."));
        }
        if let Some(r) = link.earlier_round {
            facts.push(format!("Partners in round {r} too."));
        }
        facts.join(" ")
    }

    fn runner_up(&self, member: &str, partner: &str, r: &RunnerUp) -> String {
        // What a facilitator can say to the participant: who else was possible, and what
        // the room would lose.
        let could = format!(
            "{member} could also pair with {partner} ({}).",
            count(r.pair_score, "point", "points")
        );
        let bound = if r.exact { "" } else { "up to " };
        let but = match (r.fewer_paired, r.total_fall) {
            (k, _) if k > 0 => format!("But then {} would have no partner.", count(k, "more person", "more people")),
            (_, fall) if fall > 0 => format!(
                "But then other pairs would change, and all the pairs together would score {bound}{} less.",
                count(fall, "point", "points")
            ),
            (_, 0) => "All the pairs together would score the same: it is an equally good choice.".to_owned(),
            (_, fall) => format!(
                "All the pairs together would score {} more, but the lowest-scoring pair would score less.",
                count(-fall, "point", "points")
            ),
        };
        format!("{could} {but}")
    }

    fn set_aside(&self, a: &SetAside) -> String {
        let part = match &a.part {
            Part::Language => "The chosen language".to_owned(),
            Part::Cohort => "The current workshop and its answers".to_owned(),
            Part::Response {
                index,
                name: Some(name),
            } => format!("Answer {} ({name})", index + 1),
            Part::Response { index, name: None } => format!("Answer {}", index + 1),
            Part::FollowUp { index } => format!("Follow-up answer {}", index + 1),
            Part::AnswerLine { from } => format!(
                "The answers stored from answer {} on, in one line",
                from + 1
            ),
            Part::Round(i) => format!("The pairs of round {}", i + 1),
            Part::Archived(i) => format!("Archived workshop {}", i + 1),
            Part::Draft => "The workshop being edited".to_owned(),
            Part::Survey(w) => format!("A survey draft (workshop '{w}')"),
            Part::Board => "The matching board".to_owned(),
            Part::Backups => "The list of backups".to_owned(),
            Part::Record(key) => format!("Stored record '{key}'"),
        };
        let why = match &a.why {
            Why::Format(e) => self.format_error(e),
            Why::Invalid(e) => self.invalid(e, Place::Alone),
        };
        // The reasons are sentences of their own, most with their full stop.
        let stop = if why.ends_with('.') { "" } else { "." };
        format!("{part}: {why}{stop}")
    }

    fn backup_reason(&self, reason: BackupReason) -> &'static str {
        match reason {
            BackupReason::Replaced => "before the workshop was replaced",
            BackupReason::Edited => "before an edit moved answers to the archive",
            BackupReason::Import => "before an import replaced answers",
            BackupReason::Migration => "before an earlier version's data was moved",
            BackupReason::Restore => "before a backup was restored",
            BackupReason::Unsaved => "changes a closed page had not stored",
        }
    }

    fn birth_years(&self, g: &Generation) -> String {
        match (g.born_from, g.born_to) {
            (Some(from), Some(to)) => format!("{from}–{to}"),
            (None, Some(to)) => format!("born {to} or earlier"),
            (Some(from), None) => format!("born {from} or later"),
            (None, None) => String::new(),
        }
    }
    fn cli(&self, message: &Cli) -> String {
        match message {
            Cli::Usage => format!(
                "\
kakehashi — mentoring-workshop files and matching (架け橋)

USAGE:
    kakehashi validate FILE...          check Kakehashi JSON files (exit 1 if any fails)
    kakehashi template [--lang ja|en]   print the built-in reverse-mentoring workshop
    kakehashi demo --participants N [--seed S] [--lang ja|en] [--now TIME]
                   [--responses-dir DIR] [--followups] [-o FILE]
                                        write a synthetic cohort (TIME: 2026-11-26T09:30:00Z,
                                        default now); with --responses-dir also the workshop
                                        and one response file per participant; with
                                        --followups a session paired three months before
                                        TIME, with follow-up answers (for the growth view
                                        and `kakehashi report`)
    kakehashi scores COHORT [--mode mutual|reverse] [-o FILE]
                                        print every pair's score (null: forbidden)
    kakehashi match COHORT [--mode mutual|reverse] [--capacity K]
                   [--objective most-pairs|fairest] [-o FILE]
                                        print the optimal pairing (settings from the
                                        cohort's workshop, overridden by the flags;
                                        K: 1–{MAX_MENTOR_CAPACITY})
    kakehashi bench [--sizes 100,500,1000,2000] [--seed S]
                                        time scoring and matching on demo cohorts
                                        (build with --release)
    kakehashi survey-file WORKSHOP [--app FILE] [-o FILE]
                                        write a survey file for participants: the single
                                        file (--app, default dist/kakehashi.html) with the
                                        workshop (or a cohort's workshop) inside; default
                                        output kakehashi-<workshop id>.html
    kakehashi report COHORT [--csv FILE]
                                        print the programme report of a session with
                                        follow-up answers (growth by generation and skill,
                                        meetings, satisfaction, each pair); --csv also
                                        writes every figure as CSV for Excel
    kakehashi help                      show this help

Messages are in Japanese when LC_ALL, LC_MESSAGES or LANG starts with ja.
"
            ),
            Cli::Mistake(mistake) => usage_mistake(mistake),
            Cli::AtPath { path, problem } => format!("{path}: {}", clause(problem)),
            Cli::CannotRead(problem) => format!("cannot read: {}", io_problem(problem)),
            Cli::CannotReadApp(problem) => format!(
                "cannot read: {} (`trunk build --release` makes it, or pass --app FILE)",
                io_problem(problem)
            ),
            Cli::CannotWrite(problem) => format!("cannot write: {}", io_problem(problem)),
            Cli::CannotCreate(problem) => format!("cannot create: {}", io_problem(problem)),
            Cli::CannotWriteOutput(problem) => format!("cannot write the output: {}", io_problem(problem)),
            Cli::NotAWorkshop { found } => {
                format!("this is a {} file; give a workshop (or cohort) file", kind_name(*found))
            }
            Cli::Valid { path, summary } => format!("OK    {path}: {summary}"),
            Cli::Failed { path, problem } => format!("FAIL  {path}: {}", clause(problem)),
            Cli::ResponseFor { name, workshop } => format!("response of '{name}' for workshop '{workshop}'"),
            Cli::ResponseAlone { name, workshop } => format!(
                "response of '{name}' (shape only: pass the workshop '{workshop}' file too to check ratings and skills)"
            ),
            Cli::FollowUpFor { participant, workshop } => {
                format!("follow-up answers of participant '{participant}' for workshop '{workshop}'")
            }
            Cli::FollowUpAlone { participant, workshop } => format!(
                "follow-up answers of participant '{participant}' (shape only: pass the workshop '{workshop}' file too to check ratings and skills)"
            ),
            Cli::WorkshopSummary { id, skills, generations } => format!(
                "workshop '{id}' ({}, {})",
                count(*skills as i64, "skill", "skills"),
                count(*generations as i64, "generation", "generations")
            ),
            Cli::CohortSummary { workshop, responses } => {
                format!("cohort of workshop '{workshop}' ({})", count(*responses as i64, "response", "responses"))
            }
            Cli::PairingSummary { workshop, pairs } => {
                format!("pairing of workshop '{workshop}' ({})", count(*pairs as i64, "pair", "pairs"))
            }
            Cli::WroteReportCsv { path } => format!("wrote every figure of the report to {path}"),
            Cli::WroteResponses { n, dir } => {
                format!("wrote workshop.json and {} to {dir}", count(*n as i64, "response file", "response files"))
            }
            Cli::DebugBuildNote => "note: this is a debug build; measure with `cargo run --release -- bench`".into(),
            Cli::BenchHeader => format!(
                "{:>6}  {:<7}  {:>11}  {:>10}  {:>10}  {:>11}  {:>11}  {:>6}  {:>10}",
                "n", "mode", "size", "scoring_s", "solver_s", "matching_s", "total_score", "pairs", "fairest_s"
            ),
            Cli::BenchFailed { n, mode, problem } => format!("{n:>6}  {mode:<7}  {}", clause(problem)),
        }
    }
}

/// A sentence placed after a colon in a CLI line ("cohort.json: the file is empty"): the
/// line ends without the sentence's full stop, as `super::display` does.
fn clause(sentence: &str) -> &str {
    sentence.strip_suffix('.').unwrap_or(sentence)
}

fn io_problem(problem: &IoProblem) -> String {
    match problem {
        IoProblem::NotFound => "no such file or folder".into(),
        IoProblem::PermissionDenied => "permission denied".into(),
        IoProblem::IsADirectory => "this is a folder, not a file".into(),
        IoProblem::NotADirectory => "a part of the path is a file, not a folder".into(),
        IoProblem::StorageFull => "the disk is full".into(),
        IoProblem::Other(message) => message.clone(),
    }
}

fn usage_mistake(mistake: &UsageMistake) -> String {
    match mistake {
        UsageMistake::UnknownCommand(command) => format!("unknown command '{command}'"),
        UsageMistake::UnknownOption(option) => format!("unknown option '{option}'"),
        UsageMistake::NeedsValue(flag) => format!("{flag} needs a value"),
        UsageMistake::GivenTwice(flag) => format!("{flag} is given twice"),
        UsageMistake::NotWholeNumber { flag, value } => {
            format!("{flag} must be a whole number, not '{value}'")
        }
        UsageMistake::LangChoice(value) => format!("--lang must be ja or en, not '{value}'"),
        UsageMistake::ModeChoice(value) => {
            format!("--mode must be mutual or reverse, not '{value}'")
        }
        UsageMistake::ObjectiveChoice(value) => {
            format!("--objective must be most-pairs or fairest, not '{value}'")
        }
        UsageMistake::ValidateNeedsFile => "validate needs at least one FILE".into(),
        UsageMistake::NeedsFile { command, what } => format!("{command} needs a {what} file"),
        UsageMistake::TakesOneFile { command, what } => format!("{command} takes one {what} file"),
        UsageMistake::DemoTakesNoFile(extra) => {
            format!("demo takes no file argument ('{extra}'); use -o FILE")
        }
        UsageMistake::DemoNeedsParticipants => "demo needs --participants N".into(),
        UsageMistake::ParticipantsAtMost { max } => format!("--participants must be at most {max}"),
        UsageMistake::NowNotUtc(value) => {
            format!("--now must be a UTC time such as 2026-11-26T09:30:00Z, not '{value}'")
        }
        UsageMistake::SizesNotNumbers(value) => {
            format!("--sizes must be numbers like 100,500, not '{value}'")
        }
        UsageMistake::SizeAboveMaximum { size, max } => {
            format!("size {size} is above the maximum {max}")
        }
        UsageMistake::CapacityOutOfRange { value, max } => {
            format!("--capacity must be from 1 to {max} (the most mentees one mentor takes), not {value}")
        }
    }
}

/// "an answer code", "a workshop code".
fn a_code(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Workshop => "a workshop code",
        CodeKind::Response => "an answer code",
        CodeKind::FollowUp => "a follow-up answer code",
    }
}

fn encoding_name(encoding: Encoding) -> &'static str {
    match encoding {
        Encoding::Utf16 => "UTF-16",
        Encoding::Utf32 => "UTF-32",
    }
}

fn json_part(part: JsonPart) -> &'static str {
    match part {
        JsonPart::String => "a string",
        JsonPart::List => "a list",
        JsonPart::Object => "an object",
        JsonPart::Value => "a value",
    }
}

fn syntax_problem(problem: &SyntaxProblem) -> String {
    match problem {
        SyntaxProblem::EndedInside(part) => {
            format!(
                "the file ends inside {} (was it cut off?)",
                json_part(*part)
            )
        }
        SyntaxProblem::TrailingCharacters => "there is more after the end of the document".into(),
        SyntaxProblem::TrailingComma => "a comma comes right before a closing bracket".into(),
        SyntaxProblem::InvalidEscape => {
            "a backslash escape in a string is not one JSON has, or is cut short".into()
        }
        SyntaxProblem::InvalidUnicodeEscape => "a \\u escape in a string names no character".into(),
        SyntaxProblem::ControlCharacterInString => {
            "a string holds a raw control character (a tab or a line break); write it as \\t or \\n"
                .into()
        }
        SyntaxProblem::ExpectedValue => "a value is missing, or a character is out of place".into(),
        SyntaxProblem::ExpectedCommaOrEnd(JsonPart::Object) => {
            "a ',' or a closing '}' is missing".into()
        }
        SyntaxProblem::ExpectedCommaOrEnd(_) => "a ',' or a closing ']' is missing".into(),
        SyntaxProblem::ExpectedColon => "a ':' is missing after a key".into(),
        SyntaxProblem::KeyMustBeString => "a key is not a string in double quotes".into(),
        SyntaxProblem::InvalidNumber => "a number is not written as JSON writes numbers".into(),
        SyntaxProblem::NumberOutOfRange => "a number is far too large".into(),
        SyntaxProblem::ExpectedLiteral => "a word is not true, false or null".into(),
        SyntaxProblem::Other(message) => message.clone(),
    }
}

fn found(found: &Found) -> String {
    match found {
        Found::Text(quoted) => format!("string {quoted}"),
        Found::Integer(n) => format!("integer {n}"),
        Found::Decimal(n) => format!("decimal number {n}"),
        Found::Boolean(b) => format!("boolean {b}"),
        Found::Null => "null".into(),
        Found::List => "a list".into(),
        Found::Object => "an object".into(),
        Found::Other(text) => text.clone(),
    }
}

/// "'a', 'b' or 'c'".
fn choices(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

fn expected(expected: &Expected) -> String {
    match expected {
        Expected::WholeNumber { min, max } => format!("a whole number from {min} to {max}"),
        Expected::Text => "a string".into(),
        Expected::Boolean => "true or false".into(),
        Expected::List { length: Some(n) } => {
            format!("a list of {}", count(*n as i64, "item", "items"))
        }
        Expected::List { length: None } => "a list".into(),
        Expected::Object => "an object".into(),
        Expected::OneOf(names) => choices(names),
        Expected::Other(text) => text.clone(),
    }
}

fn shape_problem(problem: &ShapeProblem) -> String {
    match problem {
        ShapeProblem::MissingField { field } => format!("missing field `{field}`"),
        ShapeProblem::UnknownField { field, allowed } if allowed.is_empty() => {
            format!("unknown field `{field}`")
        }
        ShapeProblem::UnknownField { field, allowed } => {
            format!(
                "unknown field `{field}`; the fields here are {}",
                choices(allowed)
            )
        }
        ShapeProblem::UnknownVariant { found, allowed } => {
            format!("'{found}' is not allowed here; use {}", choices(allowed))
        }
        ShapeProblem::InvalidType {
            found: f,
            expected: e,
        } => {
            format!("invalid type: {}, expected {}", found(f), expected(e))
        }
        ShapeProblem::InvalidValue {
            found: f,
            expected: e,
        } => {
            format!("invalid value: {}, expected {}", found(f), expected(e))
        }
        ShapeProblem::InvalidLength {
            length,
            expected: e,
        } => {
            format!(
                "a list of {} where {} is expected",
                count(*length as i64, "item", "items"),
                expected(e)
            )
        }
        ShapeProblem::FormatTagNotString => {
            "must be a string such as \"kakehashi/workshop@1\"".into()
        }
        ShapeProblem::Other(message) => message.clone(),
    }
}
