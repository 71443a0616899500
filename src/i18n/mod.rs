//! Every sentence a person reads, in one place per language: [`ja`] and [`en`] each
//! implement [`Language`], the complete list of what the app and the CLI say. A text is a
//! [`Key`] (fixed) or a [`Msg`] (a whole sentence with placeholders, plurals handled by the
//! language); errors, notices and explanations are typed values of the core that each
//! language turns into sentences.
//!
//! Adding a language means one more file and one more arm in [`language`]: the trait has
//! no default methods and every `match` in a language file is exhaustive, so a language
//! that leaves out a text does not compile. The core's error types get their `Display`
//! (the CLI's words) from the English file here ([`display`]), so the CLI and the app say
//! the same thing.
//!
//! **Architecture invariant:** the only source of sentences. It imports the typed values
//! it renders (documents, codes, matching, the workflow's notices) and nothing imports
//! it below [`crate::view`]; pure, nothing about the browser.

mod cli;
mod display;
mod en;
mod ja;
#[cfg(test)]
mod plain_words;

use crate::document::formats::FormatError;
use crate::document::model::{
    Constraint, Generation, Kind, Lang, LinkExplanation, MatchingMode, Role, RunnerUp,
    TeachingLine, UnmatchedKind, UnmatchedReason, Workshop,
};
use crate::document::programme::Weekday;
use crate::document::template::TemplateSkill;
use crate::document::validate::Invalid;
use crate::matching::suggest::Alternative;
use crate::matching::MatchError;
use crate::transport::codes::CodeError;
use crate::transport::ics::CalendarProblem;
use crate::transport::import::ImportOutcome;
use crate::transport::survey_file::SurveyFileError;
use crate::workflow::board::{BoardMessage, RunError};
use crate::workflow::session::{Notice, OpenError};
use crate::workflow::stored::records::BackupReason;
use crate::workflow::stored::recover::SetAside;
use crate::workflow::survey::Problem;

pub use cli::{Cli, IoProblem, UsageMistake};
pub use en::English;
pub use ja::Japanese;

/// Turns a participant id into the name a person knows them by.
pub type Names<'a> = &'a dyn Fn(&str) -> String;

/// Everything a language says. One implementation per language file; no default
/// methods, so nothing can silently fall back to another language.
pub trait Language: Sync {
    /// The language's own name ("日本語", "English"), shown the same in any language.
    fn own_name(&self) -> &'static str;
    /// A fixed text of the user interface.
    fn text(&self, key: Key) -> &'static str;
    /// A sentence with values in it.
    fn message(&self, msg: &Msg) -> String;
    /// Why a document was rejected.
    fn format_error(&self, error: &FormatError) -> String;
    /// What a document means that it must not; `Place::Inline` leaves out the field's
    /// location (the place on screen already shows it).
    fn invalid(&self, invalid: &Invalid, place: Place) -> String;
    /// Why a code could not be read.
    fn code_error(&self, error: &CodeError) -> String;
    /// Why a survey file could not be made.
    fn survey_file_error(&self, error: &SurveyFileError) -> String;
    /// Why the engine refused to match, naming people.
    fn match_error(&self, error: &MatchError, names: Names) -> String;
    /// Why a matching run failed (the engine, or the worker's plumbing).
    fn run_error(&self, error: &RunError, names: Names) -> String;
    fn board_message(&self, message: &BoardMessage, names: Names) -> String;
    fn notice(&self, notice: &Notice) -> String;
    /// A survey problem; `skill` is the label of the skill it concerns, if any.
    fn problem(&self, problem: &Problem, skill: &str) -> String;
    fn import_outcome(&self, outcome: &ImportOutcome) -> String;
    /// The name of a hard constraint.
    fn constraint(&self, constraint: Constraint) -> &'static str;
    /// Why someone has no partner, shown beside their name.
    fn unmatched_reason(&self, reason: &UnmatchedReason, names: Names) -> String;
    /// The same as a sentence about `who`, whose role in the matching is `role` (written
    /// into pairing files for people who read them).
    fn unmatched_sentence(
        &self,
        who: &str,
        role: Role,
        reason: &UnmatchedReason,
        names: Names,
    ) -> String;
    /// "AI tools: Aiko 5 → Ben 1 (wanted, so ×2): 8 points": whose level is which.
    fn teaching_line(
        &self,
        line: &TeachingLine,
        teacher: &str,
        learner: &str,
        skill: &str,
        want_weight: u32,
    ) -> String;
    /// "2 generations apart: +2 points. Same department (Sales).": what the generation
    /// points are for.
    fn link_facts(&self, link: &LinkExplanation) -> String;
    /// "Aiko could also pair with Chie (9 points). But then …", in words a facilitator can
    /// repeat to the participant.
    fn runner_up(&self, member: &str, partner: &str, runner_up: &RunnerUp) -> String;
    /// A generation's birth years: "1981–1996", "born 1945 or earlier".
    fn birth_years(&self, generation: &Generation) -> String;
    /// A part of the stored state set aside at start-up, and why.
    fn set_aside(&self, set_aside: &SetAside) -> String;
    /// Why an automatic backup was kept.
    fn backup_reason(&self, reason: BackupReason) -> &'static str;
    /// What the `kakehashi` command line says.
    fn cli(&self, message: &Cli) -> String;
}

/// Where an [`Invalid`] message is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// On its own: the message says which field.
    Alone,
    /// Beside its field: the field's location is left out.
    Inline,
}

/// The language's sentences.
pub fn language(lang: Lang) -> &'static dyn Language {
    match lang {
        Lang::Ja => &Japanese,
        Lang::En => &English,
    }
}

/// `lang`'s own name, for the language switch.
pub fn own_name(lang: Lang) -> &'static str {
    language(lang).own_name()
}

/// The fixed text for `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    language(lang).text(key)
}

/// A sentence with values, in `lang`.
pub fn msg(lang: Lang, msg: &Msg) -> String {
    language(lang).message(msg)
}

pub fn format_error(lang: Lang, error: &FormatError) -> String {
    language(lang).format_error(error)
}

pub fn invalid_message(lang: Lang, invalid: &Invalid) -> String {
    language(lang).invalid(invalid, Place::Alone)
}

/// A content error for display beside its own field.
pub fn invalid_inline(lang: Lang, invalid: &Invalid) -> String {
    language(lang).invalid(invalid, Place::Inline)
}

pub fn code_error(lang: Lang, error: &CodeError) -> String {
    language(lang).code_error(error)
}

pub fn match_error(lang: Lang, error: &MatchError, names: Names) -> String {
    language(lang).match_error(error, names)
}

pub fn board_message(lang: Lang, message: &BoardMessage, names: Names) -> String {
    language(lang).board_message(message, names)
}

pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    language(lang).notice(notice)
}

/// A survey problem (skill problems name the skill by its label in `lang`).
pub fn problem_text(lang: Lang, problem: &Problem, workshop: &Workshop) -> String {
    let skill = match problem {
        Problem::RatingMissing(id) => workshop
            .skill(id)
            .map_or(id.as_str(), |s| s.label.get(lang)),
        _ => "",
    };
    language(lang).problem(problem, skill)
}

pub fn import_outcome(lang: Lang, outcome: &ImportOutcome) -> String {
    language(lang).import_outcome(outcome)
}

pub fn constraint_name(lang: Lang, constraint: Constraint) -> &'static str {
    language(lang).constraint(constraint)
}

pub fn unmatched_reason(lang: Lang, reason: &UnmatchedReason, names: Names) -> String {
    language(lang).unmatched_reason(reason, names)
}

/// Why someone has no partner, as a sentence about them (`who`: their name and id).
pub fn unmatched_sentence(
    lang: Lang,
    who: &str,
    role: Role,
    reason: &UnmatchedReason,
    names: Names,
) -> String {
    language(lang).unmatched_sentence(who, role, reason, names)
}

pub fn survey_file_error(lang: Lang, error: &SurveyFileError) -> String {
    language(lang).survey_file_error(error)
}

pub fn run_error(lang: Lang, error: &RunError, names: Names) -> String {
    language(lang).run_error(error, names)
}

pub fn teaching_line(
    lang: Lang,
    teacher: &str,
    learner: &str,
    skill: &str,
    line: &TeachingLine,
    want_weight: u32,
) -> String {
    language(lang).teaching_line(line, teacher, learner, skill, want_weight)
}

pub fn link_facts(lang: Lang, link: &LinkExplanation) -> String {
    language(lang).link_facts(link)
}

pub fn runner_up(lang: Lang, member: &str, partner: &str, r: &RunnerUp) -> String {
    language(lang).runner_up(member, partner, r)
}

pub fn birth_years(lang: Lang, generation: &Generation) -> String {
    language(lang).birth_years(generation)
}

pub fn set_aside_text(lang: Lang, set_aside: &SetAside) -> String {
    language(lang).set_aside(set_aside)
}

pub fn backup_reason(lang: Lang, reason: BackupReason) -> &'static str {
    language(lang).backup_reason(reason)
}

/// Why a file or code could not be opened: "notes.json: the file is empty".
pub fn open_error_text(lang: Lang, error: &OpenError) -> String {
    match error {
        OpenError::File { name, error } => msg(
            lang,
            &Msg::FileProblem {
                file: name,
                problem: &format_error(lang, error),
            },
        ),
        OpenError::Code(error) => code_error(lang, error),
        OpenError::NotForHome { name, found } => msg(
            lang,
            &Msg::NotForHome {
                file: name,
                kind: *found,
            },
        ),
        OpenError::FollowUpSurveyForHome { name } => {
            msg(lang, &Msg::FollowUpSurveyNotForHome { file: name })
        }
    }
}

/// The browser tab's title: the view, the workshop when there is one to name, and the app.
pub fn page_title(lang: Lang, view: Key, workshop: Option<&str>) -> String {
    let view = t(lang, view);
    match workshop.filter(|w| !w.trim().is_empty()) {
        Some(workshop) => msg(lang, &Msg::PageTitleWithWorkshop { view, workshop }),
        None => msg(lang, &Msg::PageTitle { view }),
    }
}

/// The hand-back screen's title, thanking the participant by name.
pub fn thanks(lang: Lang, name: &str) -> String {
    msg(lang, &Msg::Thanks { name })
}

/// What the `kakehashi` command line says, in `lang`.
pub fn cli(lang: Lang, message: &Cli) -> String {
    language(lang).cli(message)
}

/// Sentences with values in them. Each language writes each one whole; the values are
/// placeholders, never glued to fragments.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg<'a> {
    /// The tab title without a workshop: "Home — Kakehashi 架け橋".
    PageTitle {
        view: &'a str,
    },
    /// "Survey: Spring workshop — Kakehashi 架け橋".
    PageTitleWithWorkshop {
        view: &'a str,
        workshop: &'a str,
    },
    Thanks {
        name: &'a str,
    },
    /// Above the hand-back's heading: "Your answers are complete. Thank you, Ann!"
    AnswersComplete {
        name: &'a str,
    },
    /// The hand-back's first way, naming the answer file: "Save response-Ann.json and …".
    HandBackFileBody {
        file: &'a str,
    },
    /// The button that saves the answer file: "Save response-Ann.json".
    HandBackSave {
        file: &'a str,
    },
    /// Once the answer file is saved: "Saved as response-Ann.json …".
    HandBackSaved {
        file: &'a str,
    },
    /// A Kakehashi file Home does not open, and where it belongs: "notes.json: this is
    /// a participant's answer file …".
    NotForHome {
        file: &'a str,
        kind: Kind,
    },
    /// A generation as offered in the survey: "Gen X (1965–1980)".
    GenerationOption {
        generation: &'a str,
        years: &'a str,
    },
    /// The generation a birth year falls in: "Generation: Gen X (1965–1980)".
    BirthYearMaps {
        generation: &'a str,
        years: &'a str,
    },
    /// The survey's progress: "5 of 12 answered".
    SurveyProgress {
        answered: usize,
        total: usize,
    },
    /// A count of people: "24 people", "1 person".
    People {
        n: usize,
    },
    /// An archived workshop in the list: "Spring workshop — 24 answers".
    ArchiveEntry {
        title: &'a str,
        answers: usize,
    },
    /// The roster's count: "Showing: 20 / 24".
    RosterShowing {
        shown: usize,
        total: usize,
    },
    /// "4 not shown yet".
    RosterNotShown {
        n: usize,
    },
    /// "Correct the answers of Ann".
    RosterEditTitle {
        name: &'a str,
    },
    /// "Cannot save: <why>".
    RosterEditRefused {
        reason: &'a str,
    },
    /// One skill of a profile chart, for a screen reader: "AI tools 4 (wants to learn)".
    ProfileRating {
        skill: &'a str,
        rating: u8,
        wanted: bool,
    },
    /// A profile chart's label: "Ann: self-assessment. <ratings>".
    ProfileLabel {
        name: &'a str,
        ratings: &'a str,
    },
    /// A row of the workshop editor: "Skill 3", "Generation 2", "Point 5".
    SetupRow {
        kind: RowKind,
        n: usize,
    },
    /// A field of an editor row, for screen readers: "Skill 3: Name (English)".
    SetupFieldOf {
        row: &'a str,
        column: &'a str,
    },
    SetupMoveUp {
        row: &'a str,
    },
    SetupMoveDown {
        row: &'a str,
    },
    SetupRemoveRow {
        row: &'a str,
    },
    /// "To fix before saving: 3".
    SetupProblemCount {
        n: usize,
    },
    /// The warning that saving archives answers that no longer fit.
    SetupAnswersWarning {
        n: usize,
    },
    /// "Saved: kakehashi-spring.html".
    SurveyFileSaved {
        file: &'a str,
    },
    /// A pair's heading: "Pair 3", "Trio 4".
    PairHeading {
        trio: bool,
        number: usize,
    },
    /// A score: "12 points", "1 point".
    Points {
        points: i64,
    },
    /// The print card's top line: "Spring workshop — Round 2".
    PrintWorkshopRound {
        title: &'a str,
        round: u32,
    },
    /// "Move Ann to this pair".
    MoveHere {
        name: &'a str,
    },
    /// "Show all (120)".
    ShowAll {
        n: usize,
    },
    /// A person in a list to choose from whose name someone else has too: the name with
    /// what tells them apart, "Ann Lee (Gen X, Sales)"; `id` only when that is the same
    /// too, "Ann Lee (Gen X, Sales, id p-1)". (A name nobody else has is shown alone.)
    PersonOption {
        name: &'a str,
        generation: &'a str,
        department: Option<&'a str>,
        id: Option<&'a str>,
    },
    /// Two people working together: "Ann × Ben".
    TwoPeople {
        first: &'a str,
        second: &'a str,
    },
    /// "Remove: Ann × Ben".
    RemoveEntry {
        entry: &'a str,
    },
    /// People without a partner, with their count: "Without a partner (3)".
    UnmatchedHeading {
        n: usize,
    },
    /// Why a group of `n` people has no partner, in plain words (`rules`: the rules that
    /// rule their partners out, named and joined, for [`UnmatchedKind::NoAllowedPartner`]).
    UnmatchedGroup {
        kind: UnmatchedKind,
        mode: MatchingMode,
        n: usize,
        rules: &'a str,
    },
    /// What the facilitator can do for that group.
    UnmatchedAdvice {
        kind: UnmatchedKind,
        mode: MatchingMode,
    },
    /// The people of a pair or trio: "Ann × Ben × Chie".
    Group {
        names: &'a [String],
    },
    /// A kept round in one line: "Round 1: 9 pairs, 6 without a partner".
    RoundSummary {
        round: u32,
        pairs: usize,
        unpaired: usize,
    },
    /// The board before the first result of a round after kept ones: "Round 2 has no
    /// pairs yet: press Match. Round 1 is kept in the history below."
    RoundNotMatched {
        round: u32,
        kept: u32,
    },
    /// Before a new round: "Round 1 will be kept in the history, and round 2 starts
    /// empty. Save round 1's pairs first?"
    NextRoundConfirm {
        round: u32,
        next: u32,
    },
    /// The button that keeps the round and starts the next: "Start round 2".
    NextRoundStart {
        next: u32,
    },
    /// Members of a pair who had no partner in the last round (`round`) and so came first.
    SatOutFirst {
        names: &'a [String],
        round: u32,
    },
    // Re-matching (issue 11 §5).
    /// The toolbar's button: "Re-match 2 pairs".
    RematchButton {
        n: usize,
    },
    /// On a card: members whose follow-up asks for a new partner.
    RematchAsked {
        names: &'a [String],
    },
    /// A pair named in a list: "Pair 3 (Ann × Ben)".
    NamedPair {
        heading: &'a str,
        names: &'a str,
    },
    /// Before re-matching: the pairs (each a [`Msg::NamedPair`]) and how many are kept.
    RematchConfirm {
        pairs: &'a [String],
        kept: usize,
    },
    /// On a re-matched pair's card, for a member who came from a broken pair: who was
    /// their partner, whether they asked for a new one themselves, and who else of the pair
    /// did (nobody: the facilitator marked the pair).
    RematchedWhy {
        name: &'a str,
        earlier: &'a [String],
        asked: bool,
        others_asked: &'a [String],
    },
    /// Follow-ups of another round than the board's that ask for a new partner.
    RematchOtherRound {
        round: u32,
        board_round: u32,
        names: &'a [String],
    },
    /// A way to pair more people, with the engine's figure: "With up to 2 mentees per
    /// mentor, 22 of 24 people have a partner."
    Suggestion {
        alternative: Alternative,
        paired: usize,
        people: usize,
    },
    // ---- kickoff sheets and meeting calendar (issue 11) ----
    /// A kickoff sheet's heading: "Kickoff sheet: Pair 3".
    KickoffHeading {
        pair: &'a str,
    },
    /// "What Ann teaches", "What Ann learns" (a person's lists on a kickoff sheet).
    KickoffTeaches {
        name: &'a str,
    },
    KickoffLearns {
        name: &'a str,
    },
    /// A trio's skill with the one it is taught to / learnt from: "AI tools (to Ben)".
    KickoffSkillTo {
        skill: &'a str,
        name: &'a str,
    },
    KickoffSkillFrom {
        skill: &'a str,
        name: &'a str,
    },
    /// A suggested goal for `learner`: the template skill's own goal sentence, or for
    /// another skill a general one with its label.
    KickoffGoal {
        learner: &'a str,
        skill: Option<TemplateSkill>,
        label: &'a str,
    },
    /// "6 meetings of 60 minutes, every 4 weeks".
    KickoffPlanSummary {
        meetings: u32,
        interval_weeks: u32,
        minutes: u32,
    },
    /// "First meeting: Fri 15 Jan 2027, 17:30 (Asia/Tokyo)".
    KickoffPlanFirst {
        date: &'a str,
        time: &'a str,
        zone: &'a str,
    },
    /// "Place: Room A, 5F".
    KickoffPlace {
        place: &'a str,
    },
    /// One meeting of the plan: "2. Fri 29 Jan 2027, 17:30".
    KickoffMeetingDate {
        number: u32,
        date: &'a str,
        time: &'a str,
    },
    /// A date with its weekday: "Fri 15 Jan 2027", "2027年1月15日（金）".
    CalendarDate {
        year: i32,
        month: u32,
        day: u32,
        weekday: Weekday,
    },
    /// The first agenda item: introductions and what each wants (the mentee, in reverse
    /// mode).
    KickoffAgendaIntro {
        mode: MatchingMode,
    },
    /// "A first small exercise: Ann shows Ben one thing in AI tools …".
    KickoffAgendaExercise {
        teacher: &'a str,
        learner: &'a str,
        skill: &'a str,
    },
    /// What is said in the meetings stays among the pair (or trio).
    KickoffConfidential {
        trio: bool,
    },
    /// The no-fault way out.
    KickoffWayOut {
        trio: bool,
    },
    /// A calendar event's title: "Mentoring: Ann × Ben (2 of 6)".
    CalendarSummary {
        names: &'a [String],
        number: u32,
        meetings: u32,
    },
    /// The calendar's name in a calendar app: "Spring workshop: mentoring meetings".
    CalendarName {
        title: &'a str,
    },
    /// The description of a meeting after the first.
    CalendarLater {
        number: u32,
        meetings: u32,
    },
    /// Why no calendar can be made yet, and where to fix it.
    CalendarBlocked {
        problem: &'a CalendarProblem,
    },
    /// The button that takes the browser's time zone for the programme.
    SetupUseBrowserZone {
        zone: &'a str,
    },
    /// A heatmap cell's tooltip: "Gen X × AI tools: 3.5 (4 people)".
    HeatmapCell {
        generation: &'a str,
        skill: &'a str,
        average: &'a str,
        people: usize,
    },
    /// A heatmap cell without answers: "Gen X × AI tools: No answers".
    HeatmapCellEmpty {
        generation: &'a str,
        skill: &'a str,
    },
    /// What a generation can teach, for the heatmap's summary: "Gen Z: AI tools, Social media".
    HeatmapTeaches {
        generation: &'a str,
        skills: &'a str,
    },
    /// The heatmap's label for a screen reader, with what each generation can teach.
    HeatmapSummary {
        teaches: &'a str,
    },
    /// A row header of the heatmap's table: "Gen X (4 people)".
    HeatmapRowHeader {
        generation: &'a str,
        people: usize,
    },
    /// A number of answers in a table cell: "3.5 (4)".
    AverageWithCount {
        average: &'a str,
        count: u32,
    },
    // ---- growth made visible (issue 11 §4): the growth view, the report, `kakehashi report` ----
    /// A change heatmap cell's tooltip: "Gen X × AI tools: 2.3 → 2.8 (+0.4), 5 people".
    GrowthCell {
        generation: &'a str,
        skill: &'a str,
        before: &'a str,
        after: &'a str,
        change: &'a str,
        people: usize,
    },
    /// A change heatmap cell nobody of the generation answered both surveys for.
    GrowthCellEmpty {
        generation: &'a str,
        skill: &'a str,
    },
    /// A skill with its change: "AI tools +0.8".
    GrowthSkillChange {
        skill: &'a str,
        change: &'a str,
    },
    /// A skill with its averages and change: "AI tools: 2.3 → 3.1 (+0.8)".
    GrowthSkillBeforeAfter {
        skill: &'a str,
        before: &'a str,
        after: &'a str,
        change: &'a str,
    },
    /// The change heatmap's label for a screen reader, with the largest gains.
    GrowthSummary {
        gains: &'a str,
    },
    /// A table cell of the change heatmap: "2.3 → 2.8 (+0.4)".
    GrowthBeforeAfter {
        before: &'a str,
        after: &'a str,
        change: &'a str,
    },
    /// "20 of 24 participants have answered the follow-up survey (round 1)."
    GrowthAnswered {
        answered: usize,
        participants: usize,
        rounds: &'a str,
    },
    /// Follow-up answers whose participant has no first answers, left out of the figures.
    GrowthWithoutFirstAnswers {
        n: usize,
    },
    /// A followed-up round whose pairs are not in the session.
    GrowthRoundNotFound {
        round: u32,
    },
    /// The skills partners taught against the others: the mean changes and the number of
    /// ratings behind each.
    GrowthTaughtVsOther {
        taught: &'a str,
        taught_n: u32,
        other: &'a str,
        other_n: u32,
    },
    /// One skill of one person: "AI tools 2→4 (+2)".
    GrowthPersonSkill {
        skill: &'a str,
        before: u8,
        after: u8,
        change: &'a str,
    },
    /// A pair of a given round, when several rounds were followed up: "Round 2, Pair 3".
    GrowthRoundPair {
        round: u32,
        pair: &'a str,
    },
    /// "20 of 24".
    ReportOutOf {
        n: usize,
        total: usize,
    },
    /// An average satisfaction on its 1–5 scale: "4.1 of 5".
    ReportSatisfactionValue {
        average: &'a str,
    },
    /// A generation's growth: "Gen Z (6 people): +0.3 on average, most in AI tools +0.8".
    ReportGenerationGain {
        generation: &'a str,
        people: usize,
        change: &'a str,
        best: Option<&'a str>,
    },
    /// The report's second line: the rounds followed up and the newest answer's date.
    ReportSubtitle {
        rounds: &'a str,
        date: &'a str,
    },
    /// A figure on a line of its own: "Participants: 24".
    ReportFigure {
        label: &'a str,
        value: &'a str,
    },
    /// A pair and its meetings: "Pair 3: 4 meetings".
    ReportPairMeetings {
        pair: &'a str,
        meetings: &'a str,
    },
    /// What one member said: "Ann Lee: 4 meetings, satisfaction 5, would like a new partner".
    ReportMember {
        name: &'a str,
        meetings: u32,
        satisfaction: u8,
        wants_new_partner: bool,
    },
    ReportMemberNotAnswered {
        name: &'a str,
    },
    /// A person's growth in one line: what their partner taught them and the mean changes.
    ReportPerson {
        name: &'a str,
        taught: &'a str,
        taught_mean: &'a str,
        other_mean: &'a str,
    },
    /// The roster's heading with its count: "Roster (24)".
    RosterHeading {
        total: usize,
    },
    /// The roster's time column, naming the zone: "Updated (Asia/Tokyo, UTC+9)".
    UpdatedIn {
        zone: &'a str,
    },
    /// A point of the rating scale with its label: "4 · Can teach others".
    ScaleOption {
        point: u8,
        label: &'a str,
    },
    /// An automatic backup in the list on Home: "2026-11-26 18:30 — Spring workshop, 24
    /// answers, 120 KB (before the workshop was replaced)".
    BackupEntry {
        when: &'a str,
        title: &'a str,
        answers: usize,
        kilobytes: usize,
        reason: &'a str,
    },
    /// A backup that could not be read back.
    BackupUnreadable {
        problem: &'a str,
    },
    /// An import in progress: "Importing: 350 of 2,000".
    ImportProgress {
        done: usize,
        total: usize,
    },
    /// The first line of an import's report, counting only what happened: "30 added, 2
    /// rejected; 1 name to check."
    ImportSummary {
        added: usize,
        updated: usize,
        unchanged: usize,
        rejected: usize,
        to_check: usize,
    },
    /// An answer taken whose name another participant already has, with both ids.
    ImportSameName {
        name: &'a str,
        id: &'a str,
        other_id: &'a str,
    },
    // ---- follow-up survey (issue 11 §3) ----
    /// What the follow-up survey follows up: "Round 2: 24 people in 12 pairs can answer."
    FollowUpRound {
        round: u32,
        people: usize,
        pairs: usize,
    },
    /// How many have answered it: "Follow-up answers: 3 of 24".
    FollowUpAnswers {
        answered: usize,
        total: usize,
    },
    /// Under "Who are you?": "Your partner: Ann Lee", "Your partners: Ann Lee and Bo".
    FollowUpPartner {
        names: &'a [String],
    },
    /// A name in "Who are you?" that someone else has too, told apart by the partners:
    /// "Ann Lee (with Bo)".
    FollowUpPersonOption {
        name: &'a str,
        partners: &'a str,
    },
    /// More meetings than a programme holds.
    FollowUpMeetingsTooMany {
        max: u32,
    },
    /// A follow-up survey (the workshop handed out for it) given on Home, which opens the
    /// facilitator's own workshops.
    FollowUpSurveyNotForHome {
        file: &'a str,
    },
    /// A numbered heading: "3. Workshop file".
    Numbered {
        number: usize,
        title: &'a str,
    },
    /// A file that could not be used, and why: "notes.json: the file is empty".
    FileProblem {
        file: &'a str,
        problem: &'a str,
    },
    /// A member of a pair with generation and department: "Gen X · Sales".
    MemberMeta {
        generation: &'a str,
        department: &'a str,
    },
    /// A CSV heading of one member's column: "Mentor's generation", "メンターの世代".
    CsvOf {
        person: &'a str,
        column: &'a str,
    },
    /// What one person teaches another on a print card, in words: "Ann teaches Ben: AI
    /// tools, Social media".
    PrintTeaches {
        teacher: &'a str,
        learner: &'a str,
        skills: &'a str,
    },
}

/// The rows of the workshop editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Skill,
    Generation,
    ScalePoint,
}

/// A fixed text of the user interface. Each language file gives every key a text (an
/// exhaustive `match`); a test checks that none is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    AppName,
    Tagline,
    LanguageLabel,
    SkipToContent,
    MainNavigation,
    NavHome,
    NavSetup,
    NavSurvey,
    NavConsole,
    PrivacyNote,
    HomeTitle,
    HomeIntro,
    NoWorkshopTitle,
    NoWorkshopBody,
    CurrentWorkshop,
    PresetLabel,
    PresetJapanese,
    PresetInternational,
    StartFromTemplate,
    ReplaceWithTemplate,
    ConfirmReplaceTitle,
    ConfirmReplaceBody,
    ConfirmReplace,
    Cancel,
    Undo,
    Dismiss,
    SkillsHeading,
    GenerationsHeading,
    ScaleHeading,
    ModeHeading,
    FamilyDigital,
    FamilyExperience,
    ModeMutual,
    ModeReverse,
    ResponsesCount,
    SkillCount,
    NextStepsTitle,
    NextStepSurvey,
    NextStepCollect,
    NextStepMatch,
    SurveyTitle,
    SurveyEmptyTitle,
    SurveyEmptyBody,
    ConsoleTitle,
    ConsoleEmptyTitle,
    ConsoleEmptyBody,
    ConsoleNoWorkshop,
    GoHome,
    LoadSample,
    LoadSampleHint,
    OfflineCopyTitle,
    OfflineCopyBody,
    OfflineCopyDownload,
    SessionFileTitle,
    SessionFileBody,
    SessionDownload,
    SessionOpen,
    /// What opening a session file or a workshop file on Home does.
    HomeOpenFileHint,
    ArchiveTitle,
    ArchiveBody,
    ArchiveDownload,
    // ---- survey (participant) ----
    SurveyOpenFile,
    SurveyOpenFileHint,
    SurveyPasteCode,
    SurveyPasteCodeHint,
    SurveyOpenCode,
    SurveyKioskTitle,
    SurveyKioskBody,
    SurveyStartKiosk,
    SurveyKioskBanner,
    SurveyClose,
    SurveyIntro,
    SurveyRequiredNote,
    SurveyProgress,
    SurveyAboutYou,
    SurveyName,
    SurveyNameHint,
    SurveyGenerationQuestion,
    SurveyChooseGeneration,
    SurveyEnterBirthYear,
    SurveyGenerationPlaceholder,
    SurveyBirthYear,
    SurveyDepartment,
    SurveySkillsHeading,
    SurveyWantToLearn,
    SurveyNote,
    SurveyNoteHint,
    SurveySubmit,
    SurveyFixBeforeSubmit,
    // ---- hand-back ----
    HandBackIntro,
    HandBackFile,
    HandBackCode,
    HandBackCodeBody,
    HandBackCodeLabel,
    Copy,
    Copied,
    CopyFailed,
    HandBackQr,
    HandBackQrBody,
    HandBackQrAlt,
    HandBackEdit,
    HandBackEditNote,
    HandBackNextParticipant,
    HandBackKioskSaved,
    /// The heading of the page after the answers are complete.
    HandBackOneMoreStep,
    // ---- follow-up survey (issue 11 §3) ----
    /// The follow-up survey's name: the console panel's heading and the form's eyebrow.
    FollowUpTitle,
    FollowUpIntro,
    /// The console panel before any pairing: why there is nothing to hand out yet.
    FollowUpNoPairing,
    FollowUpShowWays,
    FollowUpHideWays,
    FollowUpKioskTitle,
    FollowUpKioskBody,
    FollowUpStartKiosk,
    FollowUpFormIntro,
    FollowUpPairHeading,
    FollowUpWho,
    FollowUpWhoPlaceholder,
    FollowUpWhoHint,
    FollowUpMeetings,
    FollowUpMeetingsHint,
    FollowUpSatisfaction,
    /// The points of the satisfaction scale, 1 (not at all) to 5 (very).
    FollowUpSatisfaction1,
    FollowUpSatisfaction2,
    FollowUpSatisfaction3,
    FollowUpSatisfaction4,
    FollowUpSatisfaction5,
    FollowUpContinueQuestion,
    FollowUpContinue,
    FollowUpNewPartner,
    FollowUpSkillsHeading,
    FollowUpSkillsIntro,
    FollowUpWentWell,
    FollowUpWentWellHint,
    FollowUpComment,
    FollowUpCommentHint,
    /// The follow-up form's problems, beside their controls.
    FollowUpPersonMissing,
    FollowUpMeetingsMissing,
    FollowUpMeetingsNotANumber,
    FollowUpSatisfactionMissing,
    FollowUpContinueMissing,
    FollowUpWentWellTooLong,
    FollowUpCommentTooLong,
    // ---- console: collect ----
    ImportTitle,
    ImportFiles,
    ImportDrop,
    ImportCodes,
    ImportCodesButton,
    ImportReportTitle,
    RosterTitle,
    RosterName,
    RosterGeneration,
    RosterDepartment,
    RosterUpdated,
    // ---- notices ----
    // ---- console: roster and insights ----
    RosterShowMore,
    RosterCountsLabel,
    RosterFilterGeneration,
    RosterFilterDepartment,
    RosterFilterAll,
    RosterNoDepartment,
    RosterNoMatch,
    RosterActions,
    RosterProfile,
    RosterEdit,
    RosterDelete,
    RosterSave,
    RosterRatings,
    RosterBirthYearNote,
    HeatmapTitle,
    HeatmapIntro,
    HeatmapSummary,
    HeatmapStrongestIn,
    HeatmapLegendAverage,
    HeatmapLegendEmpty,
    HeatmapLegendStrongest,
    HeatmapGenerationColumn,
    HeatmapTableCaption,
    // ---- growth made visible (issue 11 §4) ----
    GrowthTitle,
    GrowthIntro,
    GrowthNone,
    GrowthLegend,
    GrowthLegendEmpty,
    GrowthAllGenerations,
    GrowthTableCaption,
    GrowthPeopleTitle,
    GrowthPeopleIntro,
    GrowthColPartner,
    GrowthColTaught,
    GrowthColTaughtMean,
    GrowthColOtherMean,
    GrowthColAlsoGrew,
    GrowthNoPartner,
    GrowthPairsTitle,
    GrowthPairsIntro,
    GrowthColPairMeetings,
    GrowthColMeetings,
    GrowthColSatisfaction,
    GrowthColNext,
    GrowthWantsNew,
    GrowthContinues,
    GrowthNotAnswered,
    ReportOpen,
    ReportClose,
    ReportTitle,
    ReportPrint,
    ReportCsv,
    ReportHint,
    ReportParticipants,
    ReportAnswered,
    ReportPairs,
    ReportMeetingsTotal,
    ReportMeetingsAverage,
    ReportSatisfaction,
    ReportNewPartner,
    ReportTaught,
    ReportOther,
    ReportBySkill,
    ReportByGeneration,
    ReportChangeHeading,
    CsvSection,
    CsvFigure,
    CsvValue,
    CsvName,
    CsvSkill,
    CsvPeople,
    CsvBefore,
    CsvAfter,
    CsvChange,
    CsvTaught,
    CsvMeetings,
    CsvSatisfaction,
    CsvNewPartner,
    CsvYes,
    CsvNo,
    CsvSectionTotals,
    CsvSectionChange,
    CsvSectionPeople,
    CsvSectionPairs,
    ProfileChartTitle,
    ProfileWantsToLearn,
    // ---- console: matching and export ----
    ExportTitle,
    ExportCsv,
    ExportPairing,
    ExportSession,
    ExportPrint,
    ExportHint,
    ExportRound,
    ExportWhoTeaches,
    /// "Who teaches what" in reverse mode, where the mentor teaches (教えること).
    BoardTitle,
    BoardSettings,
    BoardMode,
    BoardObjective,
    BoardObjectiveMostPairs,
    BoardObjectiveFairest,
    BoardCapacity,
    BoardSameDepartment,
    BoardRuleOff,
    BoardRuleSoft,
    BoardRuleHard,
    BoardMinDistance,
    BoardNeverPair,
    BoardNeverPairAdd,
    BoardNeverPairRemove,
    BoardNeverPairNone,
    BoardPersonA,
    BoardPersonB,
    BoardChoose,
    BoardMatch,
    BoardRerun,
    BoardNextRound,
    BoardRedo,
    BoardComputing,
    BoardTotal,
    BoardOptimal,
    ListSeparator,
    RoundsTitle,
    RoundUnpaired,
    RoundPrint,
    SuggestionsTitle,
    SuggestionsPending,
    SuggestionApply,
    BoardEdited,
    BoardRound,
    BoardPairCount,
    BoardLowest,
    BoardPoints,
    BoardPair,
    BoardTrio,
    BoardLocked,
    BoardLock,
    BoardUnlock,
    BoardBreak,
    BoardMoveLabel,
    BoardMentor,
    BoardMentee,
    BoardBreakdown,
    BoardSkillPoints,
    BoardReciprocity,
    BoardGenerationBonus,
    BoardSameDepartmentPenalty,
    BoardRepeatPenalty,
    BoardWhyNot,
    BoardOverrides,
    BoardUnmatched,
    BoardProfiles,
    BoardEmpty,
    BoardNoDepartment,
    BoardNothingToTeach,
    BoardShowAll,
    BoardModeMutualShort,
    BoardModeReverseShort,
    BoardShowDetails,
    BoardHideDetails,
    // Re-matching (issue 11 §5).
    /// The toggle on a pair's card: "Re-match this pair".
    RematchToggle,
    /// The confirmation's button: "Re-match".
    RematchGo,
    /// The tag of a pair formed by re-matching: "Re-matched".
    RematchedTag,
    /// In the confirmation, when the one marked pair's members could only be paired with
    /// each other.
    RematchAlone,
    BoardNeeds2,
    CsvPair,
    CsvMentor,
    CsvMentee,
    CsvMember1,
    CsvMember2,
    CsvMember3,
    CsvGeneration,
    CsvDepartment,
    CsvScore,
    /// The CSV's column of why someone has no partner.
    CsvReason,
    /// In the CSV, someone who answered after the pairs were made.
    CsvAnsweredLater,
    // ---- setup (workshop editor and share) ----
    // `{n}`, `{row}` and `{col}` are filled in by the setup components.
    SetupIntro,
    SetupNoWorkshop,
    SetupEdit,
    SetupEditorTitle,
    SetupEditorIntro,
    SetupTitleHeading,
    SetupTitleJa,
    SetupTitleEn,
    SetupColId,
    SetupColJa,
    SetupColEn,
    SetupColFamily,
    SetupColOrder,
    SetupSkillsHint,
    SetupRemove,
    SetupAddSkill,
    SetupColBornFrom,
    SetupColBornTo,
    SetupYearsHint,
    SetupDepartmentsHeading,
    SetupDepartmentsLabel,
    SetupDepartmentsHint,
    SetupMentorsHeading,
    SetupMentorsHint,
    SetupMentorsNone,
    SetupMentorsAll,
    SetupScaleHint,
    SetupSave,
    SetupDiscard,
    SetupConfirmDiscard,
    SetupDiscardYes,
    SetupProblemSummary,
    SetupNoProblems,
    ShareTitle,
    ShareIntro,
    ShareEditingNote,
    ShareAddressLabel,
    ShareAddressHint,
    ShareLocalWarning,
    ShareLinkHeading,
    ShareLinkBody,
    ShareLinkLabel,
    ShareCopyLink,
    ShareTryIt,
    ShareQrHeading,
    ShareQrBody,
    ShareQrLabel,
    ShareQrTooLong,
    ShareQrLarge,
    ShareQrClose,
    ShareFileHeading,
    ShareFileBody,
    ShareDownload,
    ShareDownloadFailed,
    ShareCodeHeading,
    ShareCodeBody,
    ShareCodeLabel,
    ShareSurveyFileHeading,
    ShareSurveyFileBody,
    ShareSurveyFileSave,
    ShareSurveyFilePreparing,
    ShareSurveyFileMissing,
    ShareFilePageNote,
    ShareCopyCode,
    SaveSessionFile,
    SaveUnreadableData,
    SetAsideTitle,
    BackupsTitle,
    BackupsBody,
    BackupRestore,
    LeaveParticipantView,
    ImportProgress,
    // ---- kickoff sheets and meeting calendar (issue 11) ----
    KickoffOpen,
    KickoffClose,
    KickoffPrintOne,
    KickoffPrintAll,
    KickoffCalendarOne,
    KickoffCalendarAll,
    KickoffPanelTitle,
    KickoffPanelHint,
    KickoffWanted,
    KickoffGoalsHeading,
    KickoffGoalsHint,
    KickoffOwnGoals,
    KickoffPlanHeading,
    KickoffPlanNoDate,
    KickoffPlaceOpen,
    KickoffDatesHeading,
    KickoffAgendaHeading,
    KickoffAgendaAgree,
    KickoffAgendaExerciseOpen,
    KickoffAgendaNext,
    KickoffConfidentialHeading,
    KickoffWayOutHeading,
    KickoffSignHeading,
    KickoffSignature,
    KickoffDate,
    SetupProgrammeHeading,
    SetupProgrammeHint,
    SetupMeetings,
    SetupIntervalWeeks,
    SetupMinutes,
    SetupStartsOn,
    SetupMeetingTime,
    SetupPlace,
    SetupPlaceHint,
    SetupTimeZone,
    SetupTimeZoneHint,
    // ---- plain words (issue 14, section 2) ----
    /// The heading of a pair's teaching lines in reverse mode, where only the mentor
    /// teaches (mutual mode: [`Key::ExportWhoTeaches`]).
    WhoTeachesReverse,
    /// The matching modes as a `<select>` offers them: short enough not to be cut off.
    ModeMutualChoice,
    ModeReverseChoice,
}

impl Key {
    /// Every key, for the test that no text is empty.
    pub const ALL: &'static [Key] = &[
        Key::AppName,
        Key::Tagline,
        Key::LanguageLabel,
        Key::SkipToContent,
        Key::MainNavigation,
        Key::NavHome,
        Key::NavSetup,
        Key::NavSurvey,
        Key::NavConsole,
        Key::PrivacyNote,
        Key::HomeTitle,
        Key::HomeIntro,
        Key::NoWorkshopTitle,
        Key::NoWorkshopBody,
        Key::CurrentWorkshop,
        Key::PresetLabel,
        Key::PresetJapanese,
        Key::PresetInternational,
        Key::StartFromTemplate,
        Key::ReplaceWithTemplate,
        Key::ConfirmReplaceTitle,
        Key::ConfirmReplaceBody,
        Key::ConfirmReplace,
        Key::Cancel,
        Key::Undo,
        Key::Dismiss,
        Key::SkillsHeading,
        Key::GenerationsHeading,
        Key::ScaleHeading,
        Key::ModeHeading,
        Key::FamilyDigital,
        Key::FamilyExperience,
        Key::ModeMutual,
        Key::ModeReverse,
        Key::ResponsesCount,
        Key::SkillCount,
        Key::NextStepsTitle,
        Key::NextStepSurvey,
        Key::NextStepCollect,
        Key::NextStepMatch,
        Key::SurveyTitle,
        Key::SurveyEmptyTitle,
        Key::SurveyEmptyBody,
        Key::ConsoleTitle,
        Key::ConsoleEmptyTitle,
        Key::ConsoleEmptyBody,
        Key::ConsoleNoWorkshop,
        Key::GoHome,
        Key::LoadSample,
        Key::LoadSampleHint,
        Key::OfflineCopyTitle,
        Key::OfflineCopyBody,
        Key::OfflineCopyDownload,
        Key::SessionFileTitle,
        Key::SessionFileBody,
        Key::SessionDownload,
        Key::SessionOpen,
        Key::HomeOpenFileHint,
        Key::ArchiveTitle,
        Key::ArchiveBody,
        Key::ArchiveDownload,
        Key::SurveyOpenFile,
        Key::SurveyOpenFileHint,
        Key::SurveyPasteCode,
        Key::SurveyPasteCodeHint,
        Key::SurveyOpenCode,
        Key::SurveyKioskTitle,
        Key::SurveyKioskBody,
        Key::SurveyStartKiosk,
        Key::SurveyKioskBanner,
        Key::SurveyClose,
        Key::SurveyIntro,
        Key::SurveyRequiredNote,
        Key::SurveyProgress,
        Key::SurveyAboutYou,
        Key::SurveyName,
        Key::SurveyNameHint,
        Key::SurveyGenerationQuestion,
        Key::SurveyChooseGeneration,
        Key::SurveyEnterBirthYear,
        Key::SurveyGenerationPlaceholder,
        Key::SurveyBirthYear,
        Key::SurveyDepartment,
        Key::SurveySkillsHeading,
        Key::SurveyWantToLearn,
        Key::SurveyNote,
        Key::SurveyNoteHint,
        Key::SurveySubmit,
        Key::SurveyFixBeforeSubmit,
        Key::HandBackIntro,
        Key::HandBackFile,
        Key::HandBackCode,
        Key::HandBackCodeBody,
        Key::HandBackCodeLabel,
        Key::Copy,
        Key::Copied,
        Key::CopyFailed,
        Key::HandBackQr,
        Key::HandBackQrBody,
        Key::HandBackQrAlt,
        Key::HandBackEdit,
        Key::HandBackEditNote,
        Key::HandBackNextParticipant,
        Key::HandBackKioskSaved,
        Key::HandBackOneMoreStep,
        // ---- follow-up survey (issue 11 §3) ----
        Key::FollowUpTitle,
        Key::FollowUpIntro,
        Key::FollowUpNoPairing,
        Key::FollowUpShowWays,
        Key::FollowUpHideWays,
        Key::FollowUpKioskTitle,
        Key::FollowUpKioskBody,
        Key::FollowUpStartKiosk,
        Key::FollowUpFormIntro,
        Key::FollowUpPairHeading,
        Key::FollowUpWho,
        Key::FollowUpWhoPlaceholder,
        Key::FollowUpWhoHint,
        Key::FollowUpMeetings,
        Key::FollowUpMeetingsHint,
        Key::FollowUpSatisfaction,
        Key::FollowUpSatisfaction1,
        Key::FollowUpSatisfaction2,
        Key::FollowUpSatisfaction3,
        Key::FollowUpSatisfaction4,
        Key::FollowUpSatisfaction5,
        Key::FollowUpContinueQuestion,
        Key::FollowUpContinue,
        Key::FollowUpNewPartner,
        Key::FollowUpSkillsHeading,
        Key::FollowUpSkillsIntro,
        Key::FollowUpWentWell,
        Key::FollowUpWentWellHint,
        Key::FollowUpComment,
        Key::FollowUpCommentHint,
        Key::FollowUpPersonMissing,
        Key::FollowUpMeetingsMissing,
        Key::FollowUpMeetingsNotANumber,
        Key::FollowUpSatisfactionMissing,
        Key::FollowUpContinueMissing,
        Key::FollowUpWentWellTooLong,
        Key::FollowUpCommentTooLong,
        Key::ImportTitle,
        Key::ImportFiles,
        Key::ImportDrop,
        Key::ImportCodes,
        Key::ImportCodesButton,
        Key::ImportReportTitle,
        Key::RosterTitle,
        Key::RosterName,
        Key::RosterGeneration,
        Key::RosterDepartment,
        Key::RosterUpdated,
        Key::RosterShowMore,
        Key::RosterCountsLabel,
        Key::RosterFilterGeneration,
        Key::RosterFilterDepartment,
        Key::RosterFilterAll,
        Key::RosterNoDepartment,
        Key::RosterNoMatch,
        Key::RosterActions,
        Key::RosterProfile,
        Key::RosterEdit,
        Key::RosterDelete,
        Key::RosterSave,
        Key::RosterRatings,
        Key::RosterBirthYearNote,
        Key::HeatmapTitle,
        Key::HeatmapIntro,
        Key::HeatmapSummary,
        Key::HeatmapStrongestIn,
        Key::HeatmapLegendAverage,
        Key::HeatmapLegendEmpty,
        Key::HeatmapLegendStrongest,
        Key::HeatmapGenerationColumn,
        Key::HeatmapTableCaption,
        // growth made visible (issue 11 §4)
        Key::GrowthTitle,
        Key::GrowthIntro,
        Key::GrowthNone,
        Key::GrowthLegend,
        Key::GrowthLegendEmpty,
        Key::GrowthAllGenerations,
        Key::GrowthTableCaption,
        Key::GrowthPeopleTitle,
        Key::GrowthPeopleIntro,
        Key::GrowthColPartner,
        Key::GrowthColTaught,
        Key::GrowthColTaughtMean,
        Key::GrowthColOtherMean,
        Key::GrowthColAlsoGrew,
        Key::GrowthNoPartner,
        Key::GrowthPairsTitle,
        Key::GrowthPairsIntro,
        Key::GrowthColPairMeetings,
        Key::GrowthColMeetings,
        Key::GrowthColSatisfaction,
        Key::GrowthColNext,
        Key::GrowthWantsNew,
        Key::GrowthContinues,
        Key::GrowthNotAnswered,
        Key::ReportOpen,
        Key::ReportClose,
        Key::ReportTitle,
        Key::ReportPrint,
        Key::ReportCsv,
        Key::ReportHint,
        Key::ReportParticipants,
        Key::ReportAnswered,
        Key::ReportPairs,
        Key::ReportMeetingsTotal,
        Key::ReportMeetingsAverage,
        Key::ReportSatisfaction,
        Key::ReportNewPartner,
        Key::ReportTaught,
        Key::ReportOther,
        Key::ReportBySkill,
        Key::ReportByGeneration,
        Key::ReportChangeHeading,
        Key::CsvSection,
        Key::CsvFigure,
        Key::CsvValue,
        Key::CsvName,
        Key::CsvSkill,
        Key::CsvPeople,
        Key::CsvBefore,
        Key::CsvAfter,
        Key::CsvChange,
        Key::CsvTaught,
        Key::CsvMeetings,
        Key::CsvSatisfaction,
        Key::CsvNewPartner,
        Key::CsvYes,
        Key::CsvNo,
        Key::CsvSectionTotals,
        Key::CsvSectionChange,
        Key::CsvSectionPeople,
        Key::CsvSectionPairs,
        Key::ProfileChartTitle,
        Key::ProfileWantsToLearn,
        Key::ExportTitle,
        Key::ExportCsv,
        Key::ExportPairing,
        Key::ExportSession,
        Key::ExportPrint,
        Key::ExportHint,
        Key::ExportRound,
        Key::ExportWhoTeaches,
        Key::BoardTitle,
        Key::BoardSettings,
        Key::BoardMode,
        Key::BoardObjective,
        Key::BoardObjectiveMostPairs,
        Key::BoardObjectiveFairest,
        Key::BoardCapacity,
        Key::BoardSameDepartment,
        Key::BoardRuleOff,
        Key::BoardRuleSoft,
        Key::BoardRuleHard,
        Key::BoardMinDistance,
        Key::BoardNeverPair,
        Key::BoardNeverPairAdd,
        Key::BoardNeverPairRemove,
        Key::BoardNeverPairNone,
        Key::BoardPersonA,
        Key::BoardPersonB,
        Key::BoardChoose,
        Key::BoardMatch,
        Key::BoardRerun,
        Key::BoardNextRound,
        Key::BoardRedo,
        Key::BoardComputing,
        Key::BoardTotal,
        Key::BoardOptimal,
        Key::ListSeparator,
        Key::RoundsTitle,
        Key::RoundUnpaired,
        Key::RoundPrint,
        Key::SuggestionsTitle,
        Key::SuggestionsPending,
        Key::SuggestionApply,
        Key::BoardEdited,
        Key::BoardRound,
        Key::BoardPairCount,
        Key::BoardLowest,
        Key::BoardPoints,
        Key::BoardPair,
        Key::BoardTrio,
        Key::BoardLocked,
        Key::BoardLock,
        Key::BoardUnlock,
        Key::BoardBreak,
        Key::BoardMoveLabel,
        Key::BoardMentor,
        Key::BoardMentee,
        Key::BoardBreakdown,
        Key::BoardSkillPoints,
        Key::BoardReciprocity,
        Key::BoardGenerationBonus,
        Key::BoardSameDepartmentPenalty,
        Key::BoardRepeatPenalty,
        Key::BoardWhyNot,
        Key::BoardOverrides,
        Key::BoardUnmatched,
        Key::BoardProfiles,
        Key::BoardEmpty,
        Key::BoardNoDepartment,
        Key::BoardNothingToTeach,
        Key::BoardShowAll,
        Key::RematchToggle,
        Key::RematchGo,
        Key::RematchedTag,
        Key::RematchAlone,
        Key::BoardModeMutualShort,
        Key::BoardModeReverseShort,
        Key::BoardShowDetails,
        Key::BoardHideDetails,
        Key::BoardNeeds2,
        Key::CsvPair,
        Key::CsvMentor,
        Key::CsvMentee,
        Key::CsvMember1,
        Key::CsvMember2,
        Key::CsvMember3,
        Key::CsvGeneration,
        Key::CsvDepartment,
        Key::CsvScore,
        Key::CsvReason,
        Key::CsvAnsweredLater,
        Key::SetupIntro,
        Key::SetupNoWorkshop,
        Key::SetupEdit,
        Key::SetupEditorTitle,
        Key::SetupEditorIntro,
        Key::SetupTitleHeading,
        Key::SetupTitleJa,
        Key::SetupTitleEn,
        Key::SetupColId,
        Key::SetupColJa,
        Key::SetupColEn,
        Key::SetupColFamily,
        Key::SetupColOrder,
        Key::SetupSkillsHint,
        Key::SetupRemove,
        Key::SetupAddSkill,
        Key::SetupColBornFrom,
        Key::SetupColBornTo,
        Key::SetupYearsHint,
        Key::SetupDepartmentsHeading,
        Key::SetupDepartmentsLabel,
        Key::SetupDepartmentsHint,
        Key::SetupMentorsHeading,
        Key::SetupMentorsHint,
        Key::SetupMentorsNone,
        Key::SetupMentorsAll,
        Key::SetupScaleHint,
        Key::SetupSave,
        Key::SetupDiscard,
        Key::SetupConfirmDiscard,
        Key::SetupDiscardYes,
        Key::SetupProblemSummary,
        Key::SetupNoProblems,
        Key::ShareTitle,
        Key::ShareIntro,
        Key::ShareEditingNote,
        Key::ShareAddressLabel,
        Key::ShareAddressHint,
        Key::ShareLocalWarning,
        Key::ShareLinkHeading,
        Key::ShareLinkBody,
        Key::ShareLinkLabel,
        Key::ShareCopyLink,
        Key::ShareTryIt,
        Key::ShareQrHeading,
        Key::ShareQrBody,
        Key::ShareQrLabel,
        Key::ShareQrTooLong,
        Key::ShareQrLarge,
        Key::ShareQrClose,
        Key::ShareFileHeading,
        Key::ShareFileBody,
        Key::ShareDownload,
        Key::ShareDownloadFailed,
        Key::ShareCodeHeading,
        Key::ShareCodeBody,
        Key::ShareCodeLabel,
        Key::ShareSurveyFileHeading,
        Key::ShareSurveyFileBody,
        Key::ShareSurveyFileSave,
        Key::ShareSurveyFilePreparing,
        Key::ShareSurveyFileMissing,
        Key::ShareFilePageNote,
        Key::ShareCopyCode,
        Key::SaveSessionFile,
        Key::SaveUnreadableData,
        Key::SetAsideTitle,
        Key::BackupsTitle,
        Key::BackupsBody,
        Key::BackupRestore,
        Key::LeaveParticipantView,
        Key::ImportProgress,
        Key::KickoffOpen,
        Key::KickoffClose,
        Key::KickoffPrintOne,
        Key::KickoffPrintAll,
        Key::KickoffCalendarOne,
        Key::KickoffCalendarAll,
        Key::KickoffPanelTitle,
        Key::KickoffPanelHint,
        Key::KickoffWanted,
        Key::KickoffGoalsHeading,
        Key::KickoffGoalsHint,
        Key::KickoffOwnGoals,
        Key::KickoffPlanHeading,
        Key::KickoffPlanNoDate,
        Key::KickoffPlaceOpen,
        Key::KickoffDatesHeading,
        Key::KickoffAgendaHeading,
        Key::KickoffAgendaAgree,
        Key::KickoffAgendaExerciseOpen,
        Key::KickoffAgendaNext,
        Key::KickoffConfidentialHeading,
        Key::KickoffWayOutHeading,
        Key::KickoffSignHeading,
        Key::KickoffSignature,
        Key::KickoffDate,
        Key::SetupProgrammeHeading,
        Key::SetupProgrammeHint,
        Key::SetupMeetings,
        Key::SetupIntervalWeeks,
        Key::SetupMinutes,
        Key::SetupStartsOn,
        Key::SetupMeetingTime,
        Key::SetupPlace,
        Key::SetupPlaceHint,
        Key::SetupTimeZone,
        Key::SetupTimeZoneHint,
        Key::WhoTeachesReverse,
        Key::ModeMutualChoice,
        Key::ModeReverseChoice,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A part set aside reads as one sentence with one full stop, in both languages.
    #[test]
    fn a_part_set_aside_is_one_sentence() {
        use crate::document::formats::FormatError;
        use crate::document::validate::Invalid;
        use crate::workflow::stored::recover::{Part, SetAside, Why};
        let parts = [
            SetAside {
                part: Part::Response {
                    index: 3,
                    name: Some("Aiko".into()),
                },
                why: Why::Invalid(Invalid::RatingOutOfRange {
                    skill: "ai_tools".into(),
                    rating: 9,
                    min: 1,
                    max: 5,
                }),
            },
            SetAside {
                part: Part::Language,
                why: Why::Format(FormatError::UnknownFormat { found: "fr".into() }),
            },
        ];
        for a in &parts {
            let en = set_aside_text(Lang::En, a);
            assert!(en.ends_with('.') && !en.ends_with(".."), "{en}");
            let ja = set_aside_text(Lang::Ja, a);
            assert!(
                ja.ends_with('。') && !ja.ends_with("。。") && !ja.ends_with('.'),
                "{ja}"
            );
        }
    }

    #[test]
    fn every_text_exists_in_both_languages() {
        for &key in Key::ALL {
            for lang in Lang::ALL {
                assert!(
                    !t(lang, key).trim().is_empty(),
                    "{key:?} is empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn birth_years_read_naturally_in_each_language() {
        let g = |from, to| Generation {
            id: "g".into(),
            label: crate::document::model::Text::new("世代", "Gen"),
            born_from: from,
            born_to: to,
        };
        assert_eq!(
            birth_years(Lang::En, &g(Some(1981), Some(1996))),
            "1981–1996"
        );
        assert_eq!(
            birth_years(Lang::Ja, &g(Some(1981), Some(1996))),
            "1981〜1996"
        );
        assert_eq!(
            birth_years(Lang::En, &g(None, Some(1945))),
            "born 1945 or earlier"
        );
        assert_eq!(
            birth_years(Lang::En, &g(Some(1997), None)),
            "born 1997 or later"
        );
        assert_eq!(
            birth_years(Lang::Ja, &g(None, Some(1945))),
            "1945年以前生まれ"
        );
        assert_eq!(
            birth_years(Lang::Ja, &g(Some(2013), None)),
            "2013年以降生まれ"
        );
    }

    #[test]
    fn inline_messages_drop_the_field_location() {
        let e = Invalid::EmptyLabel {
            field: "skills[3].label".into(),
        };
        assert_eq!(
            invalid_inline(Lang::En, &e),
            "The label is empty in both Japanese and English."
        );
        assert_eq!(
            invalid_inline(Lang::Ja, &e),
            "名前が日本語・英語とも空です。"
        );
        let dup = Invalid::DuplicateId {
            what: crate::document::validate::IdKind::Skill,
            id: "ai_tools".into(),
        };
        assert_eq!(
            invalid_inline(Lang::Ja, &dup),
            "スキルの ID「ai_tools」が重複しています。それぞれ別の ID にしてください。"
        );
    }

    #[test]
    fn matching_errors_name_people_in_both_languages() {
        use crate::matching::MatchError as E;
        let name = |id: &str| {
            if id == "p-1" {
                "山田".to_owned()
            } else {
                "Sato".to_owned()
            }
        };
        let errors = [
            E::TooManyParticipants {
                count: 2001,
                max: 2000,
            },
            E::SettingTooLarge {
                field: "department_penalty".into(),
                value: 9999,
                max: 1000,
            },
            E::UnknownLockedParticipant { id: "p-1".into() },
            E::LockedTwice { id: "p-1".into() },
            E::LockNotMentorMentee {
                mentor: "p-1".into(),
                mentee: "p-2".into(),
            },
            E::LockOverCapacity {
                mentor: "p-1".into(),
                locked: 3,
                capacity: 2,
            },
        ];
        for e in &errors {
            let (ja, en) = (
                match_error(Lang::Ja, e, &name),
                match_error(Lang::En, e, &name),
            );
            assert!(ja.ends_with('。') && !ja.contains("p-1"), "{ja}");
            assert!(en.ends_with('.'), "{en}");
            if !matches!(e, E::TooManyParticipants { .. } | E::SettingTooLarge { .. }) {
                assert!(
                    ja.contains("「山田」") && en.contains("'山田'"),
                    "{ja} / {en}"
                );
            }
        }
        let locked_twice = E::LockedTwice { id: "p-1".into() };
        let board = crate::workflow::board::BoardMessage::RunFailed(
            crate::workflow::board::RunError::Engine(locked_twice),
        );
        assert_eq!(board_message(Lang::Ja, &board, &name), "ペアを作れませんでした：「山田」が2つの固定ペアに入っています。どちらかの固定を外してください。");
        assert_eq!(
            board_message(Lang::En, &board, &name),
            "No pairs could be made: '山田' is in two locked pairs; unlock one of them."
        );
    }

    #[test]
    fn scale_and_setting_problems_read_in_japanese() {
        use crate::document::validate::{ScaleProblem, SettingProblem};
        let scale = Invalid::BadScale {
            problem: ScaleProblem::LabelCount {
                points: 7,
                labels: 5,
            },
        };
        assert_eq!(
            invalid_message(Lang::En, &scale),
            "field 'scale': 7 points need 7 labels, found 5."
        );
        assert_eq!(
            invalid_message(Lang::Ja, &scale),
            "評価の尺度が正しくありません：7 段階には 7 個の説明が必要ですが、5 個です。"
        );
        let setting = Invalid::BadSetting {
            field: "matching.teach_threshold".into(),
            problem: SettingProblem::OutsideScale {
                value: 9,
                min: 1,
                max: 5,
            },
        };
        assert_eq!(
            invalid_message(Lang::En, &setting),
            "setting 'matching.teach_threshold': 9 is outside the scale 1–5."
        );
        assert_eq!(
            invalid_message(Lang::Ja, &setting),
            "設定「matching.teach_threshold」が正しくありません：9 は尺度（1〜5）の外です。"
        );
    }

    #[test]
    fn page_titles_name_the_view_and_the_workshop() {
        assert_eq!(
            page_title(Lang::En, Key::NavHome, None),
            "Home — Kakehashi 架け橋"
        );
        assert_eq!(
            page_title(Lang::Ja, Key::NavSurvey, Some("リバースメンタリング")),
            "アンケート：リバースメンタリング — 架け橋 Kakehashi"
        );
        assert_eq!(
            page_title(Lang::En, Key::NavSurvey, Some(" ")),
            "Survey — Kakehashi 架け橋"
        );
    }

    #[test]
    fn japanese_errors_are_japanese() {
        let e = FormatError::Invalid(Invalid::RatingOutOfRange {
            skill: "ai_tools".into(),
            rating: 7,
            min: 1,
            max: 5,
        });
        assert_eq!(
            format_error(Lang::En, &e),
            "skill 'ai_tools' rating 7 is outside 1–5."
        );
        assert_eq!(
            format_error(Lang::Ja, &e),
            "スキル「ai_tools」の評価 7 は範囲（1〜5）の外です。"
        );
    }

    /// Issue 14, section 2: an explanation says whose level is which, what the generation
    /// points are for, and why not someone else in words to repeat to a participant.
    #[test]
    fn explanations_say_whose_level_is_which_in_plain_words() {
        use crate::document::model::Breakdown;
        let line = |points, wanted| TeachingLine {
            teacher: "p-1".into(),
            learner: "p-2".into(),
            skill: "ai_tools".into(),
            teacher_rating: 5,
            learner_rating: 1,
            wanted,
            points,
        };
        assert_eq!(
            teaching_line(Lang::Ja, "佐藤", "山田", "AIツール", &line(8, true), 2),
            "「AIツール」：佐藤さん 5 → 山田さん 1（学びたい項目なので2倍）8点"
        );
        assert_eq!(
            teaching_line(Lang::En, "Sato", "Yamada", "AI tools", &line(8, true), 2),
            "AI tools: Sato 5 → Yamada 1 (wanted, so ×2): 8 points"
        );
        assert_eq!(
            teaching_line(Lang::Ja, "佐藤", "山田", "AIツール", &line(4, false), 2),
            "「AIツール」：佐藤さん 5 → 山田さん 1：4点"
        );
        assert_eq!(
            teaching_line(Lang::En, "Sato", "Yamada", "AI tools", &line(1, false), 2),
            "AI tools: Sato 5 → Yamada 1: 1 point"
        );

        let link = |steps, bonus, department: Option<&str>, round| LinkExplanation {
            members: ["p-1".into(), "p-2".into()],
            score: 0,
            teaching: Vec::new(),
            breakdown: Breakdown {
                generation_bonus: bonus,
                ..Breakdown::default()
            },
            generation_steps: steps,
            shared_department: department.map(str::to_owned),
            earlier_round: round,
        };
        assert_eq!(
            link_facts(Lang::En, &link(2, 2, None, None)),
            "2 generations apart: +2 points."
        );
        assert_eq!(
            link_facts(Lang::En, &link(1, 1, Some("Sales"), Some(1))),
            "1 generation apart: +1 point. Same department (Sales). Partners in round 1 too."
        );
        assert_eq!(
            link_facts(Lang::En, &link(0, 0, None, None)),
            "Same generation."
        );
        assert_eq!(
            link_facts(Lang::Ja, &link(2, 2, Some("営業"), None)),
            "世代が2つ離れているので +2点。同じ部署（営業）です。"
        );
        assert_eq!(
            link_facts(Lang::Ja, &link(3, 0, None, Some(2))),
            "世代が3つ離れています。ラウンド2でも同じペアでした。"
        );

        let runner = |pair_score, total_fall, fewer_paired, exact| RunnerUp {
            member: "p-1".into(),
            partner: "p-3".into(),
            pair_score,
            total_fall,
            fewer_paired,
            exact,
        };
        let both = |r: &RunnerUp| {
            (
                runner_up(Lang::Ja, "佐藤", "田中", r),
                runner_up(Lang::En, "Sato", "Tanaka", r),
            )
        };
        assert_eq!(
            both(&runner(9, 3, 0, true)),
            (
                "佐藤さんは田中さんとも組めます（9点）。ただ、そうするとほかのペアも組み替わり、全ペアの合計点が3点下がります。".into(),
                "Sato could also pair with Tanaka (9 points). But then other pairs would change, and all the pairs together would score 3 points less.".into()
            )
        );
        assert_eq!(
            both(&runner(1, -2, 1, true)),
            (
                "佐藤さんは田中さんとも組めます（1点）。ただ、そうすると相手のいない人が1人増えます。".into(),
                "Sato could also pair with Tanaka (1 point). But then 1 more person would have no partner.".into()
            )
        );
        let (ja, en) = both(&runner(5, 1, 0, false));
        assert!(
            ja.contains("合計点が最大で1点下がります") && en.contains("score up to 1 point less"),
            "{ja} / {en}"
        );
        let (ja, en) = both(&runner(5, 0, 0, true));
        assert!(
            ja.contains("変わりません") && en.contains("equally good"),
            "{ja} / {en}"
        );
        let (ja, en) = both(&runner(5, -4, 0, true));
        assert!(
            ja.contains("4点上がりますが、いちばん点の低いペア")
                && en.contains("4 points more, but the lowest-scoring pair"),
            "{ja} / {en}"
        );
    }
}
