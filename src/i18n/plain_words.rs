//! Issue 14, section 2: no English inside Japanese. Every fixed text, every sentence with
//! values and every typed error, notice and explanation is built here in Japanese, and
//! none may hold a word of the Latin alphabet but the few a Japanese facilitator reads as
//! Japanese (product and format names, units), ids and numbers.
//!
//! [`every_message`] builds each `Msg` variant at least once; [`msg_variant`] is an
//! exhaustive `match`, so a new variant does not compile until it has a number here, and
//! the test fails until it has a sample.

use super::*;
use crate::document::formats::{Encoding, ForeignFile};
use crate::document::json::{Expected, Found, JsonPart, ShapeProblem, SyntaxProblem};
use crate::document::model::{Breakdown, ExcludedCount, Kind, Text};
use crate::document::validate::{IdKind, ScaleProblem, SettingProblem};
use crate::matching::PairList;
use crate::transport::codes::CodeKind;
use crate::transport::import::FollowUpRejection;
use crate::workflow::board::PlumbingStage;
use crate::workflow::session::StorageProblem;
use crate::workflow::stored::recover::{Part, Why};

/// Latin-alphabet words a Japanese sentence may hold: names of the product, of file
/// formats and of things people know by those letters, and units.
const ALLOWED: &[&str] = &[
    "Kakehashi",
    "CSV",
    "JSON",
    "QR",
    "Excel",
    "Word",
    "PDF",
    "ZIP",
    "HTML",
    "USB",
    "UTF",
    "ID",
    "KB",
    "MB",
    "AI",
    "SNS",
    "IT",
    "UTC",
    "Z",
    "X",
    "Y",
    "KW",
    "KR",
    "localhost",
    "file",
    "json",
    "html",
];

/// `text` without what it quotes: 「…」 and "…" hold the data the sentence is about (a
/// name, a field or a value as the file writes it), not words of the sentence; nor the
/// file names in it ("response-山田.json"), which are the file's own.
fn unquoted(text: &str) -> String {
    let text: Vec<&str> = text
        .split([' ', '　'])
        .map(|chunk| {
            if [".json", ".html", ".csv"].iter().any(|e| chunk.contains(e)) {
                ""
            } else {
                chunk
            }
        })
        .collect();
    let text = text.join(" ");
    let (mut out, mut depth, mut in_double) = (String::new(), 0usize, false);
    for c in text.chars() {
        match c {
            '「' => depth += 1,
            '」' => depth = depth.saturating_sub(1),
            '"' if depth == 0 => in_double = !in_double,
            _ if depth == 0 && !in_double => out.push(c),
            _ => {}
        }
    }
    out
}

/// The words of `text` in the Latin alphabet that are neither allowed nor part of an id:
/// a run of letters, digits and `_ - . / @ [ ] : # \` is an id (or a number, a file
/// name, a time, an escape such as `\n`) when it holds a digit or one of `_ . / @ [ # \`;
/// otherwise each word in it must be on the list. Quoted data is left out.
pub(super) fn english_words(text: &str) -> Vec<String> {
    let is_part = |c: char| c.is_ascii_alphanumeric() || "_-./@[]:#\\".contains(c);
    let mut found = Vec::new();
    let text = unquoted(text);
    for token in text
        .split(|c: char| !is_part(c))
        .filter(|t| t.chars().any(|c| c.is_ascii_alphabetic()))
    {
        // A sentence's full stop is not part of a word; a leading dot is a file's extension.
        let token = token.trim_end_matches(|c: char| ".:-".contains(c));
        if token
            .chars()
            .any(|c| c.is_ascii_digit() || "_./@[#\\".contains(c))
        {
            continue;
        }
        for word in token
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
        {
            if !ALLOWED.contains(&word) {
                found.push(word.to_owned());
            }
        }
    }
    found
}

/// Fails with every Japanese text that holds an English word (one example a word).
fn assert_japanese(texts: impl IntoIterator<Item = String>) {
    let mut bad: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    for t in texts {
        for word in english_words(&t) {
            bad.entry(word).or_insert_with(|| t.clone());
        }
    }
    let lines: Vec<String> = bad.iter().map(|(w, t)| format!("{w:?} in: {t}")).collect();
    assert!(
        bad.is_empty(),
        "English inside Japanese:\n{}",
        lines.join("\n")
    );
}

#[test]
fn the_checker_tells_ids_from_english() {
    assert_eq!(
        english_words("スキル「ai_tools」の評価 7"),
        Vec::<String>::new()
    );
    assert_eq!(
        english_words(
            "項目「skills[3].label」：kakehashi/workshop@1、response.json、2026-11-26T09:30:00Z"
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        english_words("架け橋 Kakehashi の JSON ファイル（UTF-8、12 KB）"),
        Vec::<String>::new()
    );
    assert_eq!(
        english_words("EOF while parsing a string"),
        ["EOF", "while", "parsing", "a", "string"].map(String::from)
    );
    assert_eq!(
        english_words("JSON 読み取りの説明：expected value"),
        ["expected", "value"].map(String::from)
    );
    assert_eq!(
        english_words("欄「name」か \"format\" 欄、\\n と書いて"),
        Vec::<String>::new()
    );
    assert_eq!(
        english_words("response-山田.json を保存"),
        Vec::<String>::new()
    );
}

/// The number of [`Msg`] variants; [`msg_variant`] numbers them from 0.
const MSG_VARIANTS: usize = 117;

/// Each variant's number: an exhaustive match, so that a new variant needs one here.
fn msg_variant(m: &Msg) -> usize {
    match m {
        Msg::PageTitle { .. } => 0,
        Msg::PageTitleWithWorkshop { .. } => 1,
        Msg::Thanks { .. } => 2,
        Msg::AnswersComplete { .. } => 3,
        Msg::HandBackFileBody { .. } => 4,
        Msg::HandBackSave { .. } => 5,
        Msg::HandBackSaved { .. } => 6,
        Msg::NotForHome { .. } => 7,
        Msg::GenerationOption { .. } => 8,
        Msg::BirthYearMaps { .. } => 9,
        Msg::SurveyProgress { .. } => 10,
        Msg::People { .. } => 11,
        Msg::ArchiveEntry { .. } => 12,
        Msg::RosterShowing { .. } => 13,
        Msg::RosterNotShown { .. } => 14,
        Msg::RosterEditTitle { .. } => 15,
        Msg::RosterEditRefused { .. } => 16,
        Msg::ProfileRating { .. } => 17,
        Msg::ProfileLabel { .. } => 18,
        Msg::SetupRow { .. } => 19,
        Msg::SetupFieldOf { .. } => 20,
        Msg::SetupMoveUp { .. } => 21,
        Msg::SetupMoveDown { .. } => 22,
        Msg::SetupRemoveRow { .. } => 23,
        Msg::SetupProblemCount { .. } => 24,
        Msg::SetupAnswersWarning { .. } => 25,
        Msg::SurveyFileSaved { .. } => 26,
        Msg::PairHeading { .. } => 27,
        Msg::Points { .. } => 28,
        Msg::PrintWorkshopRound { .. } => 29,
        Msg::MoveHere { .. } => 30,
        Msg::ShowAll { .. } => 31,
        Msg::PersonOption { .. } => 32,
        Msg::TwoPeople { .. } => 33,
        Msg::RemoveEntry { .. } => 34,
        Msg::UnmatchedHeading { .. } => 35,
        Msg::UnmatchedGroup { .. } => 36,
        Msg::UnmatchedAdvice { .. } => 37,
        Msg::Group { .. } => 38,
        Msg::RoundSummary { .. } => 39,
        Msg::RoundNotMatched { .. } => 40,
        Msg::NextRoundConfirm { .. } => 41,
        Msg::NextRoundStart { .. } => 42,
        Msg::SatOutFirst { .. } => 43,
        Msg::Suggestion { .. } => 44,
        Msg::HeatmapCell { .. } => 45,
        Msg::HeatmapCellEmpty { .. } => 46,
        Msg::HeatmapTeaches { .. } => 47,
        Msg::HeatmapSummary { .. } => 48,
        Msg::HeatmapRowHeader { .. } => 49,
        Msg::AverageWithCount { .. } => 50,
        Msg::RosterHeading { .. } => 51,
        Msg::UpdatedIn { .. } => 52,
        Msg::ScaleOption { .. } => 53,
        Msg::BackupEntry { .. } => 54,
        Msg::BackupUnreadable { .. } => 55,
        Msg::ImportProgress { .. } => 56,
        Msg::ImportSummary { .. } => 57,
        Msg::ImportSameName { .. } => 58,
        Msg::Numbered { .. } => 59,
        Msg::FileProblem { .. } => 60,
        Msg::MemberMeta { .. } => 61,
        Msg::CsvOf { .. } => 62,
        Msg::PrintTeaches { .. } => 63,
        // Re-matching (issue 11 §5).
        Msg::RematchButton { .. } => 64,
        Msg::RematchAsked { .. } => 65,
        Msg::NamedPair { .. } => 66,
        Msg::RematchConfirm { .. } => 67,
        Msg::RematchedWhy { .. } => 68,
        Msg::RematchOtherRound { .. } => 69,
        // ---- kickoff sheets and meeting calendar (issue 11) ----
        Msg::KickoffHeading { .. } => 70,
        Msg::KickoffTeaches { .. } => 71,
        Msg::KickoffLearns { .. } => 72,
        Msg::KickoffSkillTo { .. } => 73,
        Msg::KickoffSkillFrom { .. } => 74,
        Msg::KickoffGoal { .. } => 75,
        Msg::KickoffPlanSummary { .. } => 76,
        Msg::KickoffPlanFirst { .. } => 77,
        Msg::KickoffPlace { .. } => 78,
        Msg::KickoffMeetingDate { .. } => 79,
        Msg::CalendarDate { .. } => 80,
        Msg::KickoffAgendaIntro { .. } => 81,
        Msg::KickoffAgendaExercise { .. } => 82,
        Msg::KickoffConfidential { .. } => 83,
        Msg::KickoffWayOut { .. } => 84,
        Msg::CalendarSummary { .. } => 85,
        Msg::CalendarName { .. } => 86,
        Msg::CalendarLater { .. } => 87,
        Msg::CalendarBlocked { .. } => 88,
        Msg::SetupUseBrowserZone { .. } => 89,
        // ---- follow-up survey (issue 11 §3) ----
        Msg::FollowUpRound { .. } => 90,
        Msg::FollowUpAnswers { .. } => 91,
        Msg::FollowUpPartner { .. } => 92,
        Msg::FollowUpPersonOption { .. } => 93,
        Msg::FollowUpMeetingsTooMany { .. } => 94,
        Msg::FollowUpSurveyNotForHome { .. } => 95,
        // growth made visible (issue 11 §4)
        Msg::GrowthCell { .. } => 96,
        Msg::GrowthCellEmpty { .. } => 97,
        Msg::GrowthSkillChange { .. } => 98,
        Msg::GrowthSkillBeforeAfter { .. } => 99,
        Msg::GrowthSummary { .. } => 100,
        Msg::GrowthBeforeAfter { .. } => 101,
        Msg::GrowthAnswered { .. } => 102,
        Msg::GrowthWithoutFirstAnswers { .. } => 103,
        Msg::GrowthRoundNotFound { .. } => 104,
        Msg::GrowthTaughtVsOther { .. } => 105,
        Msg::GrowthPersonSkill { .. } => 106,
        Msg::GrowthRoundPair { .. } => 107,
        Msg::ReportOutOf { .. } => 108,
        Msg::ReportSatisfactionValue { .. } => 109,
        Msg::ReportGenerationGain { .. } => 110,
        Msg::ReportSubtitle { .. } => 111,
        Msg::ReportFigure { .. } => 112,
        Msg::ReportPairMeetings { .. } => 113,
        Msg::ReportMember { .. } => 114,
        Msg::ReportMemberNotAnswered { .. } => 115,
        Msg::ReportPerson { .. } => 116,
    }
}

const KINDS: [UnmatchedKind; 5] = [
    UnmatchedKind::NobodyElse,
    UnmatchedKind::NoAllowedPartner,
    UnmatchedKind::PartnersTaken,
    UnmatchedKind::NoMenteeLeft,
    UnmatchedKind::SetAside,
];
const MODES: [MatchingMode; 2] = [MatchingMode::Mutual, MatchingMode::Reverse];

/// Every message, with values of the kinds the app fills in (Japanese names and labels,
/// ids as the documents have them), counts of 0, 1 and more.
fn every_message() -> Vec<Msg<'static>> {
    let mut all = vec![
        Msg::PageTitle { view: "ホーム" },
        Msg::PageTitleWithWorkshop {
            view: "アンケート",
            workshop: "春のワークショップ",
        },
        Msg::Thanks { name: "山田" },
        Msg::GenerationOption {
            generation: "Z世代",
            years: "1997〜2012",
        },
        Msg::BirthYearMaps {
            generation: "Z世代",
            years: "1997〜2012",
        },
        Msg::ArchiveEntry {
            title: "春のワークショップ",
            answers: 1,
        },
        Msg::RosterShowing {
            shown: 20,
            total: 24,
        },
        Msg::RosterEditTitle { name: "山田" },
        Msg::RosterEditRefused {
            reason: "表示名を入力してください。",
        },
        Msg::ProfileRating {
            skill: "AIツール",
            rating: 4,
            wanted: true,
        },
        Msg::ProfileRating {
            skill: "AIツール",
            rating: 4,
            wanted: false,
        },
        Msg::ProfileLabel {
            name: "山田",
            ratings: "AIツール 4",
        },
        Msg::SetupRow {
            kind: RowKind::Skill,
            n: 3,
        },
        Msg::SetupRow {
            kind: RowKind::Generation,
            n: 2,
        },
        Msg::SetupRow {
            kind: RowKind::ScalePoint,
            n: 5,
        },
        Msg::SetupFieldOf {
            row: "スキル 3",
            column: "名前（英語）",
        },
        Msg::SetupMoveUp { row: "スキル 3" },
        Msg::SetupMoveDown { row: "スキル 3" },
        Msg::SetupRemoveRow { row: "スキル 3" },
        Msg::SurveyFileSaved {
            file: "kakehashi-spring.html",
        },
        Msg::PairHeading {
            trio: false,
            number: 3,
        },
        Msg::PairHeading {
            trio: true,
            number: 4,
        },
        Msg::PrintWorkshopRound {
            title: "春のワークショップ",
            round: 2,
        },
        Msg::MoveHere { name: "山田" },
        Msg::PersonOption {
            name: "伊藤 剛",
            generation: "Z世代",
            department: Some("営業"),
            id: None,
        },
        Msg::PersonOption {
            name: "伊藤 剛",
            generation: "Z世代",
            department: None,
            id: Some("p010"),
        },
        Msg::TwoPeople {
            first: "山田",
            second: "佐藤",
        },
        Msg::RemoveEntry {
            entry: "山田 × 佐藤",
        },
        Msg::HeatmapCell {
            generation: "Z世代",
            skill: "AIツール",
            average: "3.5",
            people: 4,
        },
        Msg::HeatmapCellEmpty {
            generation: "Z世代",
            skill: "AIツール",
        },
        Msg::HeatmapTeaches {
            generation: "Z世代",
            skills: "AIツール、SNS",
        },
        Msg::HeatmapSummary {
            teaches: "Z世代：AIツール",
        },
        Msg::HeatmapRowHeader {
            generation: "Z世代",
            people: 1,
        },
        Msg::AverageWithCount {
            average: "3.5",
            count: 4,
        },
        Msg::UpdatedIn {
            zone: "Asia/Tokyo, UTC+9",
        },
        Msg::ScaleOption {
            point: 4,
            label: "人に教えられる",
        },
        Msg::BackupEntry {
            when: "2026-11-26 18:30",
            title: "春のワークショップ",
            answers: 1,
            kilobytes: 120,
            reason: "置き換える前",
        },
        Msg::BackupUnreadable {
            problem: "ファイルが空です。",
        },
        Msg::Numbered {
            number: 3,
            title: "ワークショップのファイル",
        },
        Msg::FileProblem {
            file: "response.json",
            problem: "ファイルが空です。",
        },
        Msg::MemberMeta {
            generation: "Z世代",
            department: "営業",
        },
        Msg::AnswersComplete { name: "山田" },
        Msg::HandBackFileBody {
            file: "response-山田.json",
        },
        Msg::HandBackSave {
            file: "response-山田.json",
        },
        Msg::HandBackSaved {
            file: "response-山田.json",
        },
        Msg::Group {
            names: Box::leak(
                vec!["山田".to_owned(), "佐藤".to_owned(), "田中".to_owned()].into_boxed_slice(),
            ),
        },
        Msg::RoundNotMatched { round: 2, kept: 1 },
        Msg::NextRoundConfirm { round: 1, next: 2 },
        Msg::NextRoundStart { next: 2 },
        Msg::SatOutFirst {
            names: Box::leak(vec!["山田".to_owned()].into_boxed_slice()),
            round: 1,
        },
        Msg::SatOutFirst {
            names: Box::leak(vec!["山田".to_owned(), "佐藤".to_owned()].into_boxed_slice()),
            round: 1,
        },
        Msg::ImportSameName {
            name: "山田",
            id: "p-1",
            other_id: "p-2",
        },
        Msg::CsvOf {
            person: "メンター",
            column: "世代",
        },
        Msg::PrintTeaches {
            teacher: "山田",
            learner: "佐藤",
            skills: "AIツール、SNS",
        }, // growth made visible (issue 11 §4)
        Msg::GrowthCell {
            generation: "X世代",
            skill: "AIツール",
            before: "2.3",
            after: "2.8",
            change: "+0.4",
            people: 5,
        },
        Msg::GrowthCellEmpty {
            generation: "X世代",
            skill: "AIツール",
        },
        Msg::GrowthSkillChange {
            skill: "AIツール",
            change: "+0.8",
        },
        Msg::GrowthSkillBeforeAfter {
            skill: "AIツール",
            before: "2.3",
            after: "3.1",
            change: "+0.8",
        },
        Msg::GrowthSummary { gains: "" },
        Msg::GrowthSummary {
            gains: "AIツール +0.8、SNS +0.5",
        },
        Msg::GrowthBeforeAfter {
            before: "2.3",
            after: "2.8",
            change: "\u{2212}0.4",
        },
        Msg::GrowthRoundNotFound { round: 2 },
        Msg::GrowthTaughtVsOther {
            taught: "+0.9",
            taught_n: 1,
            other: "+0.1",
            other_n: 240,
        },
        Msg::GrowthPersonSkill {
            skill: "AIツール",
            before: 2,
            after: 4,
            change: "+2",
        },
        Msg::GrowthRoundPair {
            round: 2,
            pair: "ペア3",
        },
        Msg::ReportSatisfactionValue { average: "4.1" },
        Msg::ReportGenerationGain {
            generation: "Z世代",
            people: 1,
            change: "+0.3",
            best: Some("AIツール +0.8"),
        },
        Msg::ReportGenerationGain {
            generation: "Z世代",
            people: 6,
            change: "0.0",
            best: None,
        },
        Msg::ReportSubtitle {
            rounds: "1",
            date: "2027-03-01",
        },
        Msg::ReportFigure {
            label: "参加者",
            value: "24",
        },
        Msg::ReportPairMeetings {
            pair: "ペア3",
            meetings: "4",
        },
        Msg::ReportMemberNotAnswered { name: "山田" },
        Msg::ReportPerson {
            name: "山田",
            taught: "AIツール 2→4（+2）",
            taught_mean: "+2.0",
            other_mean: "+0.1",
        },
        Msg::ReportPerson {
            name: "山田",
            taught: "",
            taught_mean: "–",
            other_mean: "+0.1",
        },
    ];
    for kind in Kind::ALL {
        all.push(Msg::NotForHome {
            file: "notes.json",
            kind,
        });
    }
    for n in [0, 1, 2] {
        all.push(Msg::RoundSummary {
            round: 1,
            pairs: n,
            unpaired: n,
        });
        all.push(Msg::ImportSummary {
            added: n,
            updated: n,
            unchanged: n,
            rejected: n,
            to_check: n,
        });
    }
    for n in [0, 1, 2, 24] {
        all.extend([
            Msg::SurveyProgress {
                answered: n,
                total: 12,
            },
            Msg::People { n },
            Msg::RosterNotShown { n },
            Msg::SetupProblemCount { n },
            Msg::SetupAnswersWarning { n },
            Msg::ShowAll { n },
            Msg::UnmatchedHeading { n },
            Msg::RosterHeading { total: n },
            Msg::GrowthWithoutFirstAnswers { n },
            Msg::ReportOutOf { n, total: 24 },
            Msg::GrowthAnswered {
                answered: n,
                participants: n.max(1),
                rounds: "1",
            },
            Msg::ReportMember {
                name: "山田",
                meetings: n as u32,
                satisfaction: 4,
                wants_new_partner: n % 2 == 1,
            },
            Msg::ImportProgress {
                done: n,
                total: 2000,
            },
        ]);
        for kind in KINDS {
            for mode in MODES {
                all.push(Msg::UnmatchedGroup {
                    kind,
                    mode,
                    n,
                    rules: "同じ部署、組ませない2人",
                });
            }
        }
    }
    for points in [-1, 0, 1, 12] {
        all.push(Msg::Points { points });
    }
    // ---- follow-up survey (issue 11 §3) ----
    let partners: &'static [String] =
        Box::leak(Box::new(["佐藤 花子".to_owned(), "伊藤 剛".to_owned()]));
    for n in [0, 1, 2, 24] {
        all.push(Msg::FollowUpRound {
            round: 2,
            people: n,
            pairs: n,
        });
        all.push(Msg::FollowUpAnswers {
            answered: n,
            total: 24,
        });
    }
    all.extend([
        Msg::FollowUpPartner { names: &[] },
        Msg::FollowUpPartner {
            names: &partners[..1],
        },
        Msg::FollowUpPartner { names: partners },
        Msg::FollowUpPersonOption {
            name: "山田 太郎",
            partners: "佐藤 花子",
        },
        Msg::FollowUpMeetingsTooMany { max: 104 },
        Msg::FollowUpSurveyNotForHome {
            file: "kakehashi-workshop-spring-followup-round2.json",
        },
    ]);
    for kind in KINDS {
        for mode in MODES {
            all.push(Msg::UnmatchedAdvice { kind, mode });
        }
    }
    // Re-matching (issue 11 §5).
    let names = |list: &[&str]| -> &'static [String] {
        Box::leak(
            list.iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        )
    };
    for n in [0, 1, 2] {
        all.push(Msg::RematchButton { n: n.max(1) });
        all.push(Msg::RematchConfirm {
            pairs: names(&["ペア 3（山田 × 佐藤）", "3人組 5（田中 × 鈴木 × 高橋）"]),
            kept: n,
        });
    }
    all.extend([
        Msg::RematchAsked {
            names: names(&["山田"]),
        },
        Msg::RematchAsked {
            names: names(&["山田", "佐藤"]),
        },
        Msg::NamedPair {
            heading: "ペア 3",
            names: "山田 × 佐藤",
        },
        Msg::RematchOtherRound {
            round: 1,
            board_round: 2,
            names: names(&["山田", "佐藤"]),
        },
    ]);
    for (asked, others) in [(false, &[][..]), (true, &[][..]), (false, &["佐藤"][..])] {
        all.push(Msg::RematchedWhy {
            name: "山田",
            earlier: names(&["佐藤"]),
            asked,
            others_asked: names(others),
        });
    }
    for alternative in [
        Alternative::MentorCapacity { capacity: 1 },
        Alternative::MentorCapacity { capacity: 2 },
        Alternative::MutualMode,
        Alternative::AllowSameDepartment,
        Alternative::NoMinimumGenerationDistance,
    ] {
        all.push(Msg::Suggestion {
            alternative,
            paired: 22,
            people: 24,
        });
    }
    // ---- kickoff sheets and meeting calendar (issue 11) ----
    use crate::document::programme::Weekday;
    use crate::document::template::TemplateSkill;
    use crate::transport::ics::CalendarProblem;
    all.extend([
        Msg::KickoffHeading { pair: "ペア 3" },
        Msg::KickoffTeaches { name: "山田" },
        Msg::KickoffLearns { name: "山田" },
        Msg::KickoffSkillTo {
            skill: "生成AIツール",
            name: "佐藤",
        },
        Msg::KickoffSkillFrom {
            skill: "生成AIツール",
            name: "佐藤",
        },
        Msg::KickoffGoal {
            learner: "山田",
            skill: None,
            label: "料理",
        },
        Msg::KickoffPlanSummary {
            meetings: 6,
            interval_weeks: 4,
            minutes: 60,
        },
        Msg::KickoffPlanSummary {
            meetings: 1,
            interval_weeks: 1,
            minutes: 15,
        },
        Msg::KickoffPlanFirst {
            date: "2027年1月15日（金）",
            time: "17:30",
            zone: "Asia/Tokyo",
        },
        Msg::KickoffPlace {
            place: "本社 5階 第1会議室",
        },
        Msg::KickoffMeetingDate {
            number: 2,
            date: "2027年1月29日（金）",
            time: "17:30",
        },
        Msg::KickoffAgendaExercise {
            teacher: "佐藤",
            learner: "山田",
            skill: "生成AIツール",
        },
        Msg::CalendarSummary {
            names: Box::leak(vec!["山田".to_owned(), "佐藤".to_owned()].into_boxed_slice()),
            number: 2,
            meetings: 6,
        },
        Msg::CalendarName {
            title: "春のワークショップ",
        },
        Msg::CalendarLater {
            number: 2,
            meetings: 6,
        },
        Msg::CalendarBlocked {
            problem: &CalendarProblem::NoStartDate,
        },
        Msg::CalendarBlocked {
            problem: Box::leak(Box::new(CalendarProblem::UnknownTimeZone {
                zone: "Mars/Olympus".into(),
            })),
        },
        Msg::SetupUseBrowserZone {
            zone: "Europe/Berlin",
        },
    ]);
    for skill in TemplateSkill::ALL {
        all.push(Msg::KickoffGoal {
            learner: "山田",
            skill: Some(skill),
            label: "",
        });
    }
    for weekday in [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ] {
        all.push(Msg::CalendarDate {
            year: 2027,
            month: 1,
            day: 15,
            weekday,
        });
    }
    for mode in MODES {
        all.push(Msg::KickoffAgendaIntro { mode });
    }
    for trio in [false, true] {
        all.extend([
            Msg::KickoffConfidential { trio },
            Msg::KickoffWayOut { trio },
        ]);
    }
    all
}

fn syntax_problems() -> Vec<SyntaxProblem> {
    let mut all = vec![
        SyntaxProblem::TrailingCharacters,
        SyntaxProblem::TrailingComma,
        SyntaxProblem::InvalidEscape,
        SyntaxProblem::InvalidUnicodeEscape,
        SyntaxProblem::ControlCharacterInString,
        SyntaxProblem::ExpectedValue,
        SyntaxProblem::ExpectedColon,
        SyntaxProblem::KeyMustBeString,
        SyntaxProblem::InvalidNumber,
        SyntaxProblem::NumberOutOfRange,
        SyntaxProblem::ExpectedLiteral,
        SyntaxProblem::Other("recursion limit exceeded".into()),
    ];
    for part in [
        JsonPart::String,
        JsonPart::List,
        JsonPart::Object,
        JsonPart::Value,
    ] {
        all.push(SyntaxProblem::EndedInside(part));
        all.push(SyntaxProblem::ExpectedCommaOrEnd(part));
    }
    all
}

fn shape_problems() -> Vec<ShapeProblem> {
    let found = [
        Found::Text("\"4\"".into()),
        Found::Integer("7".into()),
        Found::Decimal("1.5".into()),
        Found::Boolean(true),
        Found::Null,
        Found::List,
        Found::Object,
        Found::Other("unit variant".into()),
    ];
    let expected = [
        Expected::WholeNumber { min: 0, max: 255 },
        Expected::Text,
        Expected::Boolean,
        Expected::List { length: Some(2) },
        Expected::List { length: None },
        Expected::Object,
        Expected::OneOf(vec!["mutual".into(), "reverse".into()]),
        Expected::Other("string or map".into()),
    ];
    let mut all = vec![
        ShapeProblem::MissingField {
            field: "name".into(),
        },
        ShapeProblem::UnknownField {
            field: "nmae".into(),
            allowed: vec![],
        },
        ShapeProblem::UnknownField {
            field: "nmae".into(),
            allowed: vec!["name".into(), "workshop_id".into()],
        },
        ShapeProblem::UnknownVariant {
            found: "sideways".into(),
            allowed: vec!["mutual".into(), "reverse".into()],
        },
        ShapeProblem::FormatTagNotString,
        ShapeProblem::Other("duplicate field `name`".into()),
    ];
    for f in &found {
        for e in &expected {
            all.push(ShapeProblem::InvalidType {
                found: f.clone(),
                expected: e.clone(),
            });
            all.push(ShapeProblem::InvalidValue {
                found: f.clone(),
                expected: e.clone(),
            });
        }
    }
    for e in &expected {
        all.push(ShapeProblem::InvalidLength {
            length: 3,
            expected: e.clone(),
        });
    }
    all
}

fn format_errors() -> Vec<FormatError> {
    let mut all = vec![
        FormatError::TooLarge {
            size: 9_000_000,
            limit: 8 * 1024 * 1024,
        },
        FormatError::NotUtf8 { offset: 12 },
        FormatError::Empty,
        FormatError::TooDeep { limit: 32 },
        FormatError::NoFormatTag,
        FormatError::UnknownFormat {
            found: "acme/survey@1".into(),
        },
        FormatError::DuplicateKey {
            path: "matching.teach_threshold".into(),
        },
        FormatError::WrongEncoding {
            encoding: Encoding::Utf16,
        },
        FormatError::WrongEncoding {
            encoding: Encoding::Utf32,
        },
    ];
    let kinds = [Kind::Workshop, Kind::Response, Kind::Cohort, Kind::Pairing];
    for expected in kinds {
        for found in kinds {
            all.push(FormatError::WrongKind { expected, found });
        }
        all.push(FormatError::UnsupportedVersion {
            kind: expected,
            found: 2,
            supported: 1,
        });
    }
    for looks_like in [
        ForeignFile::Image,
        ForeignFile::Pdf,
        ForeignFile::ZipOrOffice,
        ForeignFile::OlderOffice,
        ForeignFile::WebPage,
    ] {
        all.push(FormatError::NotKakehashi { looks_like });
    }
    all.extend(
        syntax_problems()
            .into_iter()
            .map(|problem| FormatError::Syntax {
                line: 1,
                column: 200,
                problem,
            }),
    );
    all.extend(
        shape_problems()
            .into_iter()
            .map(|problem| FormatError::Shape {
                path: "ratings.ai_tools".into(),
                problem,
            }),
    );
    all.extend(invalids().into_iter().map(FormatError::Invalid));
    all
}

fn invalids() -> Vec<Invalid> {
    let s = |v: &str| v.to_owned();
    let mut all = vec![
        Invalid::BadId {
            field: s("skills[2].id"),
            id: s("ai tools"),
        },
        Invalid::EmptyLabel {
            field: s("skills[3].label"),
        },
        Invalid::EmptyField { field: s("name") },
        Invalid::TooLong {
            field: s("name"),
            max_chars: 100,
        },
        Invalid::EmptyList { field: s("skills") },
        Invalid::TooMany {
            field: s("skills"),
            max: 60,
        },
        Invalid::BadScale {
            problem: ScaleProblem::MinNotBelowMax { min: 5, max: 1 },
        },
        Invalid::BadScale {
            problem: ScaleProblem::TooManyPoints {
                points: 12,
                max: 10,
            },
        },
        Invalid::BadScale {
            problem: ScaleProblem::LabelCount {
                points: 7,
                labels: 5,
            },
        },
        Invalid::BadYearRange {
            generation: s("gen_z"),
        },
        Invalid::OverlappingGenerations {
            first: s("gen_y"),
            second: s("gen_z"),
        },
        Invalid::UnknownGeneration {
            field: s("generation"),
            id: s("gen_q"),
        },
        Invalid::UnknownSkill {
            field: s("ratings.cooking"),
            id: s("cooking"),
        },
        Invalid::RatingOutOfRange {
            skill: s("ai_tools"),
            rating: 7,
            min: 1,
            max: 5,
        },
        Invalid::MissingRating {
            skill: s("ai_tools"),
        },
        Invalid::NoGeneration,
        Invalid::BadBirthYear { year: 1850 },
        Invalid::GenerationMismatch {
            birth_year: 1990,
            generation: s("gen_z"),
            expected: s("gen_y"),
        },
        Invalid::BadTimestamp {
            field: s("updated_at"),
            value: s("2026-11-26T18:00:00+09:00"),
        },
        Invalid::OtherWorkshop {
            expected: s("sample-workshop"),
            found: s("another"),
            title: Text::new("春のワークショップ", "Spring"),
        },
        Invalid::OtherWorkshop {
            expected: s("sample-workshop"),
            found: s("another"),
            title: Text::default(),
        },
        Invalid::SelfPair {
            field: s("matching.never_pair[0]"),
            id: s("p-1"),
        },
        Invalid::NestedFormat {
            field: s("workshop.format"),
            expected: s("kakehashi/workshop@1"),
            found: s("kakehashi/response@1"),
        },
        Invalid::InResponse {
            index: 2,
            participant: s("p-1"),
            inner: Box::new(Invalid::NoGeneration),
        },
        Invalid::InFollowUp {
            index: 2,
            participant: s("p-1"),
            inner: Box::new(Invalid::MissingRating {
                skill: s("ai_tools"),
            }),
        },
        Invalid::UnknownParticipant {
            field: s("followup.people[0].partners[0]"),
            id: s("p-9"),
        },
    ];
    for what in [
        IdKind::Skill,
        IdKind::Generation,
        IdKind::Participant,
        IdKind::WantsToLearn,
        IdKind::Department,
        IdKind::Language,
    ] {
        all.push(Invalid::DuplicateId {
            what,
            id: s("ai_tools"),
        });
    }
    for problem in [
        SettingProblem::OutsideScale {
            value: 9,
            min: 1,
            max: 5,
        },
        SettingProblem::BelowOne,
        SettingProblem::RoundFromOne,
        SettingProblem::PairSize,
        SettingProblem::AboveMax { value: 20, max: 10 },
    ] {
        all.push(Invalid::BadSetting {
            field: s("matching.teach_threshold"),
            problem,
        });
    }
    // ---- kickoff (issue 11) ----
    use crate::document::validate::{ProgrammeNumber, ProgrammeProblem};
    for problem in [
        ProgrammeProblem::OutsideRange {
            number: ProgrammeNumber::Meetings,
            value: 30,
            min: 1,
            max: 24,
        },
        ProgrammeProblem::OutsideRange {
            number: ProgrammeNumber::IntervalWeeks,
            value: 0,
            min: 1,
            max: 26,
        },
        ProgrammeProblem::OutsideRange {
            number: ProgrammeNumber::Minutes,
            value: 10,
            min: 15,
            max: 240,
        },
        ProgrammeProblem::NotADate {
            value: s("2027-02-30"),
        },
        ProgrammeProblem::NotATime { value: s("25:00") },
        ProgrammeProblem::NotATimeZone {
            value: s("Tokyo time"),
        },
    ] {
        all.push(Invalid::BadProgramme {
            field: s("programme.meetings"),
            problem,
        });
    }
    all
}

fn code_errors() -> Vec<CodeError> {
    let mut all = vec![
        CodeError::Empty,
        CodeError::BadCharacter { position: 8 },
        CodeError::Truncated,
        CodeError::ChecksumMismatch,
        CodeError::TooLong,
        CodeError::Corrupt,
        CodeError::Format(FormatError::Empty),
        CodeError::OtherWorkshop {
            expected: "sample-workshop".into(),
            found: "another".into(),
            title: Text::new("春のワークショップ", ""),
        },
        CodeError::OtherWorkshop {
            expected: "sample-workshop".into(),
            found: "another".into(),
            title: Text::default(),
        },
        CodeError::SkillsChanged,
        CodeError::NewerVersion,
    ];
    for expected in CodeKind::ALL {
        all.push(CodeError::NotACode { expected });
        for found in CodeKind::ALL {
            all.push(CodeError::WrongKind { expected, found });
        }
    }
    all
}

fn match_errors() -> Vec<MatchError> {
    let mut all = vec![
        MatchError::Invalid(Invalid::NoGeneration),
        MatchError::TooManyParticipants {
            count: 5001,
            max: 5000,
        },
        MatchError::SettingTooLarge {
            field: "department_penalty".into(),
            value: 9999,
            max: 1000,
        },
        MatchError::UnknownLockedParticipant { id: "p-1".into() },
        MatchError::LockedTwice { id: "p-1".into() },
        MatchError::LockNotMentorMentee {
            mentor: "p-1".into(),
            mentee: "p-2".into(),
        },
        MatchError::LockOverCapacity {
            mentor: "p-1".into(),
            locked: 3,
            capacity: 2,
        },
    ];
    for list in [PairList::NeverPair, PairList::LockedPairs] {
        for closest in [None, Some("p-2".to_owned())] {
            all.push(MatchError::UnknownParticipant {
                list,
                index: 0,
                id: "p-9".into(),
                closest,
            });
        }
    }
    all
}

fn reasons() -> Vec<UnmatchedReason> {
    vec![
        UnmatchedReason::NobodyElse,
        UnmatchedReason::NoAllowedPartner {
            excluded: [
                Constraint::SameDepartment,
                Constraint::NeverPair,
                Constraint::MinGenerationDistance,
                Constraint::RepeatPartner,
                Constraint::LockedElsewhere,
            ]
            .into_iter()
            .map(|constraint| ExcludedCount {
                constraint,
                count: 1,
            })
            .collect(),
        },
        UnmatchedReason::PartnersTaken {
            allowed: vec!["p-1".into(), "p-2".into()],
            allowed_count: 2,
        },
        UnmatchedReason::PartnersTaken {
            allowed: vec!["p-1".into()],
            allowed_count: 5,
        },
        UnmatchedReason::NoMenteeLeft,
        UnmatchedReason::SetAside,
    ]
}

/// Everything the app says in `lang` that this test can build.
fn everything_in(lang: Lang) -> Vec<String> {
    let ja = language(lang);
    let names = |id: &str| match id {
        "p-1" => "山田".to_owned(),
        "p-2" => "佐藤".to_owned(),
        _ => "田中".to_owned(),
    };
    let mut all: Vec<String> = Key::ALL.iter().map(|&k| ja.text(k).to_owned()).collect();
    all.extend(every_message().iter().map(|m| ja.message(m)));
    for e in format_errors() {
        all.push(ja.format_error(&e));
        all.push(ja.import_outcome(&ImportOutcome::RejectedFile(e.clone())));
        all.push(ja.notice(&Notice::SurveyFileBroken(e.clone())));
        all.push(ja.set_aside(&SetAside {
            part: Part::Cohort,
            why: Why::Format(e),
        }));
    }
    for e in invalids() {
        all.push(ja.invalid(&e, Place::Alone));
        all.push(ja.invalid(&e, Place::Inline));
    }
    for e in code_errors() {
        all.push(ja.code_error(&e));
        all.push(ja.import_outcome(&ImportOutcome::RejectedCode(e.clone())));
        all.push(ja.notice(&Notice::LinkBroken(e)));
    }
    for e in match_errors() {
        all.push(ja.match_error(&e, &names));
        all.push(ja.board_message(&BoardMessage::RunFailed(RunError::Engine(e)), &names));
    }
    for stage in [
        PlumbingStage::Request,
        PlumbingStage::ReplyWrite,
        PlumbingStage::ReplyRead,
    ] {
        // serde_json's English words of a broken reply stay out of the Japanese sentence.
        let e = RunError::Plumbing {
            stage,
            detail: "EOF while parsing a value at line 1 column 0".into(),
        };
        all.push(ja.run_error(&e, &names));
    }
    for m in [
        BoardMessage::WorkerUnavailable,
        BoardMessage::Cancelled,
        BoardMessage::GroupFull,
        BoardMessage::MoveMentees,
        BoardMessage::NothingToUndo,
        BoardMessage::RematchNothingMarked,
        BoardMessage::Rematched(crate::workflow::rematch::RematchOutcome {
            broken: vec![3, 5],
            new_pairs: vec![vec!["p-1".into(), "p-2".into()]],
            unpaired: vec![("p-3".into(), UnmatchedReason::NobodyElse)],
            kept: 4,
        }),
    ] {
        all.push(ja.board_message(&m, &names));
    }
    for n in [
        Notice::WorkshopReplaced,
        Notice::SampleLoaded,
        Notice::Restored,
        Notice::StorageUnreadable,
        Notice::EarlierStateUnreadable,
        Notice::StorageRecovered,
        Notice::StorageFailed(StorageProblem::Full),
        Notice::StorageFailed(StorageProblem::Unavailable),
        Notice::StorageFailed(StorageProblem::TooLarge),
        Notice::ChangedElsewhere,
        Notice::BackupRestored,
        Notice::UnsavedKept,
        Notice::WorkshopSaved,
        Notice::AnswersArchived(1),
        Notice::KioskSaved("山田".into()),
        Notice::SurveyClosed,
        Notice::ResponseEdited,
        Notice::ResponseDeleted("山田".into()),
    ] {
        all.push(ja.notice(&n));
    }
    for p in [
        Problem::NameMissing,
        Problem::NameTooLong,
        Problem::GenerationMissing,
        Problem::BirthYearNotANumber,
        Problem::BirthYearOutOfRange,
        Problem::RatingMissing("ai_tools".into()),
        Problem::NoteTooLong,
        Problem::DepartmentTooLong,
    ] {
        all.push(ja.problem(&p, "AIツール"));
    }
    for o in [
        ImportOutcome::Added("山田".into()),
        ImportOutcome::Updated("山田".into()),
        ImportOutcome::AlreadyNewer("山田".into()),
        ImportOutcome::FollowUpAdded("山田".into()),
        ImportOutcome::FollowUpUpdated("山田".into()),
        ImportOutcome::FollowUpAlreadyNewer("山田".into()),
        ImportOutcome::RejectedFollowUp(FollowUpRejection::NoPairing),
        ImportOutcome::RejectedFollowUp(FollowUpRejection::NotInCohort {
            participant_id: "p-1".into(),
        }),
        ImportOutcome::RejectedFollowUp(FollowUpRejection::UnknownRound {
            round: 3,
            latest: 2,
        }),
    ] {
        all.push(ja.import_outcome(&o));
    }
    for r in reasons() {
        all.push(ja.unmatched_reason(&r, &names));
        for role in [Role::Peer, Role::Mentor, Role::Mentee] {
            all.push(ja.unmatched_sentence("山田", role, &r, &names));
        }
    }
    let line = |wanted| TeachingLine {
        teacher: "p-1".into(),
        learner: "p-2".into(),
        skill: "ai_tools".into(),
        teacher_rating: 5,
        learner_rating: 1,
        wanted,
        points: 8,
    };
    all.push(ja.teaching_line(&line(true), "佐藤", "山田", "AIツール", 2));
    all.push(ja.teaching_line(&line(false), "佐藤", "山田", "AIツール", 2));
    for (steps, bonus) in [(0, 0), (1, 1), (2, 0)] {
        all.push(ja.link_facts(&LinkExplanation {
            members: ["p-1".into(), "p-2".into()],
            score: 3,
            teaching: vec![],
            breakdown: Breakdown {
                generation_bonus: bonus,
                ..Breakdown::default()
            },
            generation_steps: steps,
            shared_department: Some("営業".into()),
            earlier_round: Some(1),
        }));
    }
    for (total_fall, fewer_paired, exact) in [
        (3, 0, true),
        (3, 0, false),
        (0, 0, true),
        (-2, 0, true),
        (-2, 1, true),
    ] {
        let r = RunnerUp {
            member: "p-1".into(),
            partner: "p-2".into(),
            pair_score: 9,
            total_fall,
            fewer_paired,
            exact,
        };
        all.push(ja.runner_up("山田", "佐藤", &r));
    }
    for (from, to) in [
        (Some(1981), Some(1996)),
        (None, Some(1945)),
        (Some(2013), None),
    ] {
        let g = Generation {
            id: "g".into(),
            label: Text::new("世代", "Gen"),
            born_from: from,
            born_to: to,
        };
        all.push(ja.birth_years(&g));
    }
    for part in [
        Part::Language,
        Part::Cohort,
        Part::Response {
            index: 3,
            name: Some("山田".into()),
        },
        Part::Response {
            index: 3,
            name: None,
        },
        Part::FollowUp { index: 3 },
        Part::AnswerLine { from: 10 },
        Part::Round(0),
        Part::Archived(1),
        Part::Draft,
        Part::Survey("sample-workshop".into()),
        Part::Board,
        Part::Backups,
        Part::Record("cohort".into()),
    ] {
        all.push(ja.set_aside(&SetAside {
            part,
            why: Why::Invalid(Invalid::NoGeneration),
        }));
    }
    for r in [
        BackupReason::Replaced,
        BackupReason::Edited,
        BackupReason::Import,
        BackupReason::Migration,
        BackupReason::Restore,
        BackupReason::Unsaved,
    ] {
        all.push(ja.backup_reason(r).to_owned());
    }
    all.push(ja.survey_file_error(&SurveyFileError::NotSingleFile));
    for c in [
        Constraint::SameDepartment,
        Constraint::NeverPair,
        Constraint::MinGenerationDistance,
        Constraint::RepeatPartner,
        Constraint::LockedElsewhere,
    ] {
        all.push(ja.constraint(c).to_owned());
    }
    all
}

#[test]
fn every_msg_variant_has_a_sample() {
    let covered: std::collections::BTreeSet<usize> =
        every_message().iter().map(msg_variant).collect();
    let missing: Vec<usize> = (0..MSG_VARIANTS).filter(|i| !covered.contains(i)).collect();
    assert!(
        missing.is_empty(),
        "Msg variants numbered {missing:?} have no sample in every_message()"
    );
}

#[test]
fn no_english_inside_japanese() {
    let all = everything_in(Lang::Ja);
    // Workshop ids ("sample-workshop", "another" above) are nobody's words for a workshop:
    // it is named by its title.
    let ids: Vec<&String> = all
        .iter()
        .filter(|t| t.contains("sample-workshop") || t.contains("another"))
        .collect();
    assert!(ids.is_empty(), "workshop ids shown: {ids:?}");
    assert_japanese(all);
}

/// English counts agree with their nouns: "1 point", "1 person", "1 answer".
#[test]
fn english_says_one_in_the_singular() {
    let plurals = [
        "points",
        "people",
        "persons",
        "answers",
        "generations",
        "mentees",
        "items",
        "steps",
        "pairs",
        "skills",
    ];
    let bad: Vec<String> = everything_in(Lang::En)
        .into_iter()
        .filter(|t| {
            plurals.iter().any(|p| {
                t.contains(&format!(" 1 {p}"))
                    || t.starts_with(&format!("1 {p}"))
                    || t.contains(&format!("(1 {p}"))
            })
        })
        .collect();
    assert!(
        bad.is_empty(),
        "a count of 1 with a plural noun:\n{}",
        bad.join("\n")
    );
    let en = language(Lang::En);
    assert_eq!(en.message(&Msg::Points { points: 1 }), "1 point");
    assert_eq!(en.message(&Msg::People { n: 1 }), "1 person");
    assert_eq!(
        en.message(&Msg::ArchiveEntry {
            title: "Spring",
            answers: 1
        }),
        "Spring — 1 answer"
    );
    assert!(en
        .notice(&Notice::AnswersArchived(1))
        .starts_with("1 answer no longer fits"));
    let one = Msg::Suggestion {
        alternative: Alternative::MutualMode,
        paired: 1,
        people: 3,
    };
    assert!(en.message(&one).ends_with("1 of 3 people has a partner."));
}

/// Every field of a session file (a cohort with a pairing) given a value of each wrong
/// kind: serde's words for what it found and expected are all Japanese in Japanese.
#[test]
fn no_english_in_any_wrong_value_of_a_session_file() {
    use crate::demo::demo_cohort;
    use crate::matching::match_cohort;
    use serde_json::{json, Value};
    let mut cohort = demo_cohort(6, 1, Lang::Ja, "2026-11-26T09:00:00Z");
    cohort.pairing = Some(match_cohort(&cohort, &cohort.workshop.matching).unwrap());
    let value: Value = serde_json::from_str(&crate::document::formats::to_json(&cohort)).unwrap();
    // Every path to a value (objects' keys and the first item of each list).
    fn paths(v: &Value, here: Vec<Value>, out: &mut Vec<Vec<Value>>) {
        out.push(here.clone());
        match v {
            Value::Object(m) => m
                .iter()
                .for_each(|(k, v)| paths(v, [here.clone(), vec![json!(k)]].concat(), out)),
            Value::Array(a) => a
                .iter()
                .take(1)
                .for_each(|v| paths(v, [here.clone(), vec![json!(0)]].concat(), out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    paths(&value, vec![], &mut all);
    let wrong = [
        json!(null),
        json!(true),
        json!(-3),
        json!(1.5),
        json!("x"),
        json!([]),
        json!({}),
        json!(70000),
    ];
    let mut messages = Vec::new();
    for path in all.iter().filter(|p| !p.is_empty()) {
        for w in &wrong {
            let mut v = value.clone();
            let mut at = &mut v;
            for step in path {
                at = match step {
                    Value::String(k) => &mut at[k.as_str()],
                    _ => &mut at[0],
                };
            }
            *at = w.clone();
            if let Err(e) = crate::document::formats::parse_cohort(
                serde_json::to_string(&v).unwrap().as_bytes(),
            ) {
                messages.push(format_error(Lang::Ja, &e));
            }
        }
    }
    assert!(messages.len() > 500, "{}", messages.len());
    assert_japanese(messages);
}
