//! Japanese: every text and sentence of the app in Japanese. Whole sentences, with the
//! values where Japanese puts them; numbers are counted with their counters (人, 件, 点).

use super::{Cli, IoProblem, Key, Language, Msg, Names, Place, RowKind, UsageMistake};
use crate::document::formats::{Encoding, ForeignFile, FormatError};
use crate::document::json::{Expected, Found, JsonPart, ShapeProblem, SyntaxProblem};
use crate::document::model::{
    Constraint, Generation, Kind, LinkExplanation, MatchingMode, Role, RunnerUp, TeachingLine,
    UnmatchedKind, UnmatchedReason,
};
use crate::document::programme::Weekday;
use crate::document::template::TemplateSkill;
use crate::document::validate::{
    IdKind, Invalid, ScaleProblem, SettingProblem, MAX_MENTOR_CAPACITY,
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

/// The Japanese language.
pub struct Japanese;

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Workshop => "ワークショップ",
        Kind::Response => "回答",
        Kind::Cohort => "セッション（コホート）",
        Kind::Pairing => "ペアリング結果",
        Kind::FollowUp => "フォローアップ回答",
    }
}

fn code_name(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Workshop => "ワークショップコード",
        CodeKind::Response => "回答コード",
        CodeKind::FollowUp => "フォローアップ回答コード",
    }
}

fn id_kind(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Skill => "スキル",
        IdKind::Generation => "世代",
        IdKind::Participant => "参加者",
        IdKind::WantsToLearn => "学びたいスキル",
        IdKind::Department => "部署",
        IdKind::Language => "言語",
        IdKind::PairNumber => "ペア番号",
    }
}

fn scale_problem(problem: &ScaleProblem) -> String {
    match problem {
        ScaleProblem::MinNotBelowMax { min, max } => {
            format!("最小値 {min} は最大値 {max} より小さくしてください。")
        }
        ScaleProblem::TooManyPoints { points, max } => {
            format!("段階は {max} までです（{points} 段階になっています）。")
        }
        ScaleProblem::LabelCount { points, labels } => {
            format!("{points} 段階には {points} 個の説明が必要ですが、{labels} 個です。")
        }
    }
}

fn setting_problem(problem: &SettingProblem) -> String {
    match problem {
        SettingProblem::OutsideScale { value, min, max } => {
            format!("{value} は尺度（{min}〜{max}）の外です。")
        }
        SettingProblem::BelowOne => "1 以上にしてください。".into(),
        SettingProblem::RoundFromOne => "回は 1 から数えます。".into(),
        SettingProblem::PairSize => "ペアは 2 人（3人組なら 3 人）です。".into(),
        SettingProblem::AboveMax { value, max } => {
            format!("{value} は上限の {max} を超えています。")
        }
    }
}

/// "項目「skills[2].id」：" before a message that concerns one field, when shown alone.
/// A goal a learner can reach with a template skill, or with any other skill by its label.
fn japanese_goal(skill: Option<TemplateSkill>, label: &str) -> String {
    let Some(skill) = skill else {
        return format!("「{label}」を実際の仕事でひとつ使ってみる");
    };
    match skill {
        TemplateSkill::AiTools => "週報の下書きに生成AIツールを使ってみる",
        TemplateSkill::SmartphoneApps => {
            "毎日の手間を減らすスマートフォンアプリをひとつ入れて、1週間使ってみる"
        }
        TemplateSkill::SocialMedia => "顧客が使っている SNS をフォローし、自分でも投稿してみる",
        TemplateSkill::CollaborationTools => "資料をオンラインで共有し、一緒に編集してみる",
        TemplateSkill::DataSpreadsheets => "自分の仕事の数字を表計算で集計し、グラフにしてみる",
        TemplateSkill::OnlineMeetings => "オンライン会議を主催してみる（招待・画面共有・録画）",
        TemplateSkill::CustomerRelations => {
            "顧客との打ち合わせを一緒に準備する（何を聞き、何に耳を傾けるか）"
        }
        TemplateSkill::Negotiation => "実際の交渉を準備してみる（目標・譲れること・譲れない線）",
        TemplateSkill::LeadingPeople => "メンバーとの難しい話し合いを準備し、練習してみる",
        TemplateSkill::IndustryKnowledge => "業界の主な会社と、その成り立ちを図にまとめてみる",
        TemplateSkill::ProjectPlanning => "実際の仕事を、日付と担当者のある手順に分けてみる",
        TemplateSkill::InternalNetwork => "仕事で関わる他部署の人を2人紹介してもらい、話してみる",
    }
    .to_owned()
}

fn japanese_weekday(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "月",
        Weekday::Tuesday => "火",
        Weekday::Wednesday => "水",
        Weekday::Thursday => "木",
        Weekday::Friday => "金",
        Weekday::Saturday => "土",
        Weekday::Sunday => "日",
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
            format!("面談の回数は{min}〜{max}回にしてください（今は{value}回です）。")
        }
        ProgrammeProblem::OutsideRange {
            number: ProgrammeNumber::IntervalWeeks,
            value,
            min,
            max,
        } => {
            format!("面談の間隔は{min}〜{max}週にしてください（今は{value}週です）。")
        }
        ProgrammeProblem::OutsideRange {
            number: ProgrammeNumber::Minutes,
            value,
            min,
            max,
        } => {
            format!("1回の面談の長さは{min}〜{max}分にしてください（今は{value}分です）。")
        }
        ProgrammeProblem::NotADate { value } => {
            format!("「{value}」は 2027-01-15 のような日付ではありません（2000〜2100年の日付にしてください）。")
        }
        ProgrammeProblem::NotATime { value } => {
            format!("「{value}」は 17:30 のような時刻ではありません。")
        }
        ProgrammeProblem::NotATimeZone { value } => {
            format!("「{value}」はタイムゾーンの名前ではありません。Asia/Tokyo のように書いてください。")
        }
    }
}

fn at(field: &str, place: Place) -> String {
    match place {
        Place::Alone => format!("項目「{field}」："),
        Place::Inline => String::new(),
    }
}

impl Language for Japanese {
    fn own_name(&self) -> &'static str {
        "日本語"
    }

    fn text(&self, key: Key) -> &'static str {
        match key {
        Key::AppName => "架け橋 Kakehashi",
        Key::Tagline => "世代をつなぐメンタリング",
        Key::LanguageLabel => "表示言語",
        Key::SkipToContent => "本文へ移動",
        Key::MainNavigation => "メインメニュー",
        Key::NavHome => "ホーム",
        Key::NavSetup => "準備と共有",
        Key::NavSurvey => "アンケート",
        Key::NavConsole => "コンソール",
        Key::PrivacyNote => "データはこのブラウザの中だけに保存され、どこにも送信されません。",
        Key::HomeTitle => "ファシリテーターのホーム",
        Key::HomeIntro => "ワークショップを準備し、参加者にアンケートを配り、回答を集めてペアを提案します。サーバーは使いません。",
        Key::NoWorkshopTitle => "ワークショップはまだありません",
        Key::NoWorkshopBody => "まずテンプレートから始めましょう。リバースメンタリング用の12のスキル（デジタル6・経験6）と世代が入っています。",
        Key::CurrentWorkshop => "現在のワークショップ",
        Key::PresetLabel => "世代の区分",
        Key::PresetJapanese => "日本（団塊の世代〜Z世代）",
        Key::PresetInternational => "国際（サイレント〜Z世代）",
        Key::StartFromTemplate => "テンプレートから始める",
        Key::ReplaceWithTemplate => "テンプレートで新しく始める",
        Key::ConfirmReplaceTitle => "現在のワークショップを置き換えますか？",
        Key::ConfirmReplaceBody => "現在のワークショップと集めた回答は置き換えられます。直後なら「元に戻す」で戻せます。",
        Key::ConfirmReplace => "置き換える",
        Key::Cancel => "キャンセル",
        Key::Undo => "元に戻す",
        Key::Dismiss => "閉じる",
        Key::SkillsHeading => "スキル",
        Key::GenerationsHeading => "世代",
        Key::ScaleHeading => "評価の尺度",
        Key::ModeHeading => "マッチング方式",
        Key::FamilyDigital => "デジタル",
        Key::FamilyExperience => "経験",
        Key::ModeMutual => "相互メンタリング（互いに教え合う）",
        Key::ModeReverse => "リバースメンタリング（若手が先輩に教える）",
        Key::ResponsesCount => "集まった回答",
        Key::SkillCount => "スキル数",
        Key::NextStepsTitle => "次にすること",
        Key::NextStepSurvey => "参加者にアンケートを配る（準備と共有）",
        Key::NextStepCollect => "回答を集めて読み込む（コンソール）",
        Key::NextStepMatch => "ペアを計算し、調整して書き出す（コンソール）",
        Key::SurveyTitle => "自己評価アンケート",
        Key::SurveyEmptyTitle => "開いているアンケートはありません",
        Key::SurveyEmptyBody => "ファシリテーターから受け取ったリンクを開くか、ワークショップのファイルを開いてください。",
        Key::ConsoleTitle => "ファシリテーターのコンソール",
        Key::ConsoleEmptyTitle => "回答はまだありません",
        Key::ConsoleEmptyBody => "参加者から回答（ファイルまたは回答コード）を受け取ったら、ここで読み込みます。その後、架け橋が最適なペアを提案します。",
        Key::ConsoleNoWorkshop => "先にホームでワークショップを用意してください。",
        Key::GoHome => "ホームへ",
        Key::LoadSample => "サンプルのワークショップを読み込む（回答24人分つき）",
        Key::LoadSampleHint => "練習用に、架空の参加者の回答が入ったワークショップを作ります。",
        Key::OfflineCopyTitle => "1ファイル版（オフライン用）",
        Key::OfflineCopyBody => "架け橋全体を1つのHTMLファイル（約1 MB）として保存できます。サーバーもネットワークもない部屋でダブルクリックして使えるほか、USBメモリで渡すこともできます。",
        Key::OfflineCopyDownload => "kakehashi.html を保存",
        Key::SessionFileTitle => "セッションとワークショップのファイル",
        Key::SessionFileBody => "ワークショップと集めた回答をまとめて保存し、別のブラウザやあとで開けます。",
        Key::SessionDownload => "セッションを保存",
        Key::SessionOpen => "セッションまたはワークショップのファイルを開く",
        Key::HomeOpenFileHint => "セッションのファイルは回答ごと開きます。ワークショップのファイルは現在のワークショップになり、集めた回答のうち合うものはそのまま残ります。どちらも元に戻せます。",
        Key::ArchiveTitle => "アーカイブ",
        Key::ArchiveBody => "置き換えたワークショップと、その回答です。ファイルとして保存できます。",
        Key::ArchiveDownload => "保存",
        // ---- survey (participant) ----
        Key::SurveyOpenFile => "ワークショップのファイルを開く",
        Key::SurveyOpenFileHint => "ファシリテーターから受け取った .json ファイルを選んでください。",
        Key::SurveyPasteCode => "ワークショップコードを貼り付ける",
        Key::SurveyPasteCodeHint => "KW2. で始まるコードです。",
        Key::SurveyOpenCode => "コードで開く",
        Key::SurveyKioskTitle => "この端末で回答を集める（共用端末モード）",
        Key::SurveyKioskBody => "1台の端末を参加者で順に使う場合：送信した回答はこのブラウザの名簿に直接入り、次の人のためにフォームが空になります。",
        Key::SurveyStartKiosk => "共用端末モードで始める",
        Key::SurveyKioskBanner => "共用端末モード：回答を完成させると、この端末の名簿に保存されます。",
        Key::SurveyClose => "アンケートを閉じる",
        Key::SurveyIntro => "各スキルについて、今の自分にいちばん近いものを選んでください。正解はありません。",
        Key::SurveyRequiredNote => "* は必須です",
        Key::SurveyProgress => "回答済み",
        Key::SurveyAboutYou => "あなたについて",
        Key::SurveyName => "表示名",
        Key::SurveyNameHint => "ペア表に表示されます。ニックネームでもかまいません。",
        Key::SurveyGenerationQuestion => "世代",
        Key::SurveyChooseGeneration => "世代を選ぶ",
        Key::SurveyEnterBirthYear => "生まれ年を入力する",
        Key::SurveyGenerationPlaceholder => "選んでください",
        Key::SurveyBirthYear => "生まれ年（西暦）",
        Key::SurveyDepartment => "部署（任意）",
        Key::SurveySkillsHeading => "スキルの自己評価",
        Key::SurveyWantToLearn => "これを学びたい",
        Key::SurveyNote => "ひとこと（任意）",
        Key::SurveyNoteHint => "ファシリテーターへの希望などがあれば。",
        Key::SurveySubmit => "回答を完成させる",
        Key::SurveyFixBeforeSubmit => "回答を完成させる前に、次の点を確認してください：",
        // ---- hand-back ----
        Key::HandBackIntro => "次のどれか1つの方法で渡せば完了です。どの方法でもデータが自動で送信されることはなく、ご自身で渡します。",
        Key::HandBackFile => "1. ファイルで渡す",
        Key::HandBackCode => "2. 回答コードで渡す",
        Key::HandBackCodeBody => "このコードをコピーして、チャットなどに貼り付けて送ります。",
        Key::HandBackCodeLabel => "回答コード",
        Key::Copy => "コピー",
        Key::Copied => "コピーしました",
        Key::CopyFailed => "コピーできませんでした。コードを選択して手動でコピーしてください。",
        Key::HandBackQr => "3. QRコードで渡す",
        Key::HandBackQrBody => "ファシリテーターがスマートフォンやカメラでこのQRコードを読み取ります。",
        Key::HandBackQrAlt => "回答コードのQRコード",
        Key::HandBackEdit => "回答を修正する",
        Key::HandBackEditNote => "回答を修正したら、もう一度渡してください。新しい回答が前の回答に置き換わります。",
        Key::HandBackNextParticipant => "次の参加者へ",
        Key::HandBackKioskSaved => "回答はこの端末の名簿に保存されました。",
        Key::HandBackOneMoreStep => "あと1ステップ：回答をファシリテーターに渡してください",
        // ---- follow-up survey (issue 11 §3) ----
        Key::FollowUpTitle => "フォローアップアンケート",
        Key::FollowUpIntro => "ペアを組んで数か月たったら、各ペアの様子を聞きましょう：会った回数、パートナーへの満足度、このまま続けるか、そしてスキルの自己評価をもう一度。配り方は最初のアンケートと同じです。回答はファイルかコードで戻ってくるので、最初の回答と同じように「回答を読み込む」で読み込みます。",
        Key::FollowUpNoPairing => "まだフォローアップするペアがありません。先にペアづくりで「ペアを作る」を押してペアを作ってください。フォローアップアンケートは、そのペアの様子を聞くものです。",
        Key::FollowUpShowWays => "フォローアップアンケートを配る",
        Key::FollowUpHideWays => "配り方を閉じる",
        Key::FollowUpKioskTitle => "この端末で回答してもらう（共用端末モード）",
        Key::FollowUpKioskBody => "1台の端末を参加者で順に使う場合：各自が自分の名前を選び、フォローアップの回答はこのブラウザのセッションに直接入ります。",
        Key::FollowUpStartKiosk => "この端末でフォローアップを始める",
        Key::FollowUpFormIntro => "ペアを組んでしばらくたちました。ペアの様子を教えてください。スキルの自己評価ももう一度お願いします。正解はありません。",
        Key::FollowUpPairHeading => "あなたとペアについて",
        Key::FollowUpWho => "あなたはどなたですか？",
        Key::FollowUpWhoPlaceholder => "お名前を選んでください",
        Key::FollowUpWhoHint => "このラウンドでペアを組んだ全員が並んでいます。",
        Key::FollowUpMeetings => "何回会いましたか？",
        Key::FollowUpMeetingsHint => "回数を数字で。まだ会っていなければ 0 です。",
        Key::FollowUpSatisfaction => "パートナーへの満足度は？",
        Key::FollowUpSatisfaction1 => "不満",
        Key::FollowUpSatisfaction2 => "やや不満",
        Key::FollowUpSatisfaction3 => "どちらともいえない",
        Key::FollowUpSatisfaction4 => "満足",
        Key::FollowUpSatisfaction5 => "とても満足",
        Key::FollowUpContinueQuestion => "次のラウンドについて",
        Key::FollowUpContinue => "このパートナーと続けたい",
        Key::FollowUpNewPartner => "新しいパートナーを希望する",
        Key::FollowUpSkillsHeading => "今のスキル",
        Key::FollowUpSkillsIntro => "最初のアンケートと同じ段階で、各スキルをもう一度評価してください。今の自分にいちばん近いものを選びます。",
        Key::FollowUpWentWell => "うまくいったこと（任意）",
        Key::FollowUpWentWellHint => "ペアでうまくいった会い方、身についたスキル、続いている習慣など。",
        Key::FollowUpComment => "ひとこと（任意）",
        Key::FollowUpCommentHint => "ファシリテーターに伝えたいことがあれば。",
        Key::FollowUpPersonMissing => "お名前を選んでください。",
        Key::FollowUpMeetingsMissing => "会った回数を入力してください（まだ会っていなければ 0）。",
        Key::FollowUpMeetingsNotANumber => "会った回数は整数で入力してください（例：6）。",
        Key::FollowUpSatisfactionMissing => "パートナーへの満足度を選んでください。",
        Key::FollowUpContinueMissing => "このパートナーと続けるか、新しいパートナーを希望するかを選んでください。",
        Key::FollowUpWentWellTooLong => "「うまくいったこと」は2000文字以内にしてください。",
        Key::FollowUpCommentTooLong => "ひとことは2000文字以内にしてください。",
        // ---- console: collect ----
        Key::ImportTitle => "回答を読み込む",
        Key::ImportFiles => "回答ファイルを選ぶ（複数可）",
        Key::ImportDrop => "ここに response.json ファイルをドロップ",
        Key::ImportCodes => "回答コードを貼り付ける（1行に1つ）",
        Key::ImportCodesButton => "コードを読み込む",
        Key::ImportReportTitle => "読み込み結果",
        Key::RosterTitle => "名簿",
        Key::RosterName => "名前",
        Key::RosterGeneration => "世代",
        Key::RosterDepartment => "部署",
        Key::RosterUpdated => "更新日時",
        // ---- notices ----
        // ---- console: roster and insights ----
        Key::RosterShowMore => "さらに表示",
        Key::RosterCountsLabel => "世代ごとの人数",
        Key::RosterFilterGeneration => "世代で絞り込む",
        Key::RosterFilterDepartment => "部署で絞り込む",
        Key::RosterFilterAll => "すべて",
        Key::RosterNoDepartment => "（部署なし）",
        Key::RosterNoMatch => "条件に合う参加者はいません。",
        Key::RosterActions => "操作",
        Key::RosterProfile => "評価を見る",
        Key::RosterEdit => "修正",
        Key::RosterDelete => "削除",
        Key::RosterSave => "保存",
        Key::RosterRatings => "自己評価",
        Key::RosterBirthYearNote => "この参加者は生まれ年を答えています。世代は生まれ年と合っている必要があります。",
        Key::HeatmapTitle => "会場の見える化：世代×スキルの平均自己評価",
        Key::HeatmapIntro => "色が濃いほど自己評価が高い世代です。太い枠は、そのスキルで最も評価が高い世代：ほかの世代に教えられます。",
        Key::HeatmapSummary => "世代×スキルの平均自己評価のヒートマップ。",
        Key::HeatmapStrongestIn => "教えられるスキル",
        Key::HeatmapLegendAverage => "平均",
        Key::HeatmapLegendEmpty => "回答なし",
        Key::HeatmapLegendStrongest => "そのスキルで最も高い世代",
        Key::HeatmapGenerationColumn => "世代",
        Key::HeatmapTableCaption => "世代×スキルの平均自己評価（回答者数）",
        // ---- growth made visible (issue 11 §4) ----
        Key::GrowthTitle => "成長の見える化：最初の回答からの自己評価の変化",
        Key::GrowthIntro => "各マスは、両方のアンケートに答えた人の世代ごとの平均の変化です（フォローアップの評価 − 最初の評価、評価段階の点数）。青は以前より高く、オレンジは以前より低くなったことを表します。変化の下に、前と後の平均を示します。",
        Key::GrowthNone => "フォローアップ回答はまだ届いていません。参加者がフォローアップアンケートに答えると、ここに成長が表示されます。",
        Key::GrowthLegend => "変化",
        Key::GrowthLegendEmpty => "両方に答えた人なし",
        Key::GrowthAllGenerations => "全世代",
        Key::GrowthTableCaption => "世代×スキルごとの前と後の平均自己評価と、その変化",
        Key::GrowthPeopleTitle => "だれが何で成長したか",
        Key::GrowthPeopleIntro => "一人ひとりについて、ペアの相手が教える予定だったスキル（ペアの説明から）の前と後を、ほかのスキルと比べて示します。",
        Key::GrowthColPartner => "ペアの相手",
        Key::GrowthColTaught => "相手が教えたスキル",
        Key::GrowthColTaughtMean => "教わったスキルの変化",
        Key::GrowthColOtherMean => "ほかのスキルの変化",
        Key::GrowthColAlsoGrew => "ほかに伸びたスキル",
        Key::GrowthNoPartner => "そのラウンドではペアなし",
        Key::GrowthPairsTitle => "ペアごとの面談回数と満足度",
        Key::GrowthPairsIntro => "フォローアップアンケートでの各メンバーの回答です。二人の面談回数が違うときは、多いほうをペアの回数とします。",
        Key::GrowthColPairMeetings => "ペアの面談回数",
        Key::GrowthColMeetings => "面談回数",
        Key::GrowthColSatisfaction => "満足度（1〜5）",
        Key::GrowthColNext => "次のラウンド",
        Key::GrowthWantsNew => "新しい相手を希望",
        Key::GrowthContinues => "このまま継続",
        Key::GrowthNotAnswered => "未回答",
        Key::ReportOpen => "プログラム報告書を開く",
        Key::ReportClose => "報告書を閉じる",
        Key::ReportTitle => "プログラム報告書",
        Key::ReportPrint => "印刷・PDFで保存",
        Key::ReportCsv => "すべての数値を保存（CSV）",
        Key::ReportHint => "報告書はA4用紙1枚に収まります。開いている間にページを印刷すると、報告書が印刷されます。",
        Key::ReportParticipants => "参加者",
        Key::ReportAnswered => "フォローアップ回答",
        Key::ReportPairs => "ペア数",
        Key::ReportMeetingsTotal => "面談回数（合計）",
        Key::ReportMeetingsAverage => "1ペアあたりの面談回数",
        Key::ReportSatisfaction => "平均満足度",
        Key::ReportNewPartner => "新しい相手を希望した人",
        Key::ReportTaught => "相手が教えたスキルの変化",
        Key::ReportOther => "ほかのスキルの変化",
        Key::ReportBySkill => "伸びが大きかったスキル",
        Key::ReportByGeneration => "世代ごとの成長",
        Key::ReportChangeHeading => "世代×スキルの変化",
        Key::CsvSection => "区分",
        Key::CsvFigure => "項目",
        Key::CsvValue => "値",
        Key::CsvName => "名前",
        Key::CsvSkill => "スキル",
        Key::CsvPeople => "人数",
        Key::CsvBefore => "前",
        Key::CsvAfter => "後",
        Key::CsvChange => "変化",
        Key::CsvTaught => "相手が教えた",
        Key::CsvMeetings => "面談回数",
        Key::CsvSatisfaction => "満足度",
        Key::CsvNewPartner => "新しい相手を希望",
        Key::CsvYes => "はい",
        Key::CsvNo => "いいえ",
        Key::CsvSectionTotals => "全体",
        Key::CsvSectionChange => "世代×スキルの変化",
        Key::CsvSectionPeople => "個人×スキル",
        Key::CsvSectionPairs => "ペアのメンバー",
        Key::ProfileChartTitle => "自己評価",
        Key::ProfileWantsToLearn => "学びたい",
        // ---- console: matching and export ----
        Key::ExportTitle => "結果を渡す",
        Key::ExportCsv => "ペア一覧を保存（CSV・Excel用）",
        Key::ExportPairing => "ペアリング結果を保存（JSON）",
        Key::ExportSession => "セッションを保存（回答とペア）",
        Key::ExportPrint => "ペアカードを印刷",
        Key::ExportHint => "印刷すると、1ペアずつA4 1枚のカードになります。壁に貼ったり、参加者に配ったりできます。",
        Key::ExportRound => "ラウンド",
        Key::ExportWhoTeaches => "教え合うこと",
        Key::BoardTitle => "ペアづくり",
        Key::BoardSettings => "マッチングの設定",
        Key::BoardMode => "方式",
        Key::BoardObjective => "優先すること",
        Key::BoardObjectiveMostPairs => "できるだけ多くの人をペアに",
        Key::BoardObjectiveFairest => "いちばん低いペアの点を上げる",
        Key::BoardCapacity => "メンター1人あたりのメンティー数（リバース）",
        Key::BoardSameDepartment => "同じ部署どうし",
        Key::BoardRuleOff => "気にしない",
        Key::BoardRuleSoft => "なるべく避ける（減点）",
        Key::BoardRuleHard => "組ませない",
        Key::BoardMinDistance => "世代の差の最小値（0は制限なし）",
        Key::BoardNeverPair => "組ませない2人",
        Key::BoardNeverPairAdd => "追加",
        Key::BoardNeverPairRemove => "削除",
        Key::BoardNeverPairNone => "指定なし",
        Key::BoardPersonA => "1人目",
        Key::BoardPersonB => "2人目",
        Key::BoardChoose => "選んでください",
        Key::BoardMatch => "ペアを作る",
        Key::BoardRerun => "再計算（固定したペアは残す）",
        Key::BoardNextRound => "次のラウンドへ",
        Key::BoardRedo => "やり直す",
        Key::BoardComputing => "計算中…",
        Key::BoardTotal => "合計点",
        Key::BoardOptimal => "これ以上よい組み合わせはありません",
        Key::ListSeparator => "、",
        Key::RoundsTitle => "これまでのラウンド",
        Key::RoundUnpaired => "ペアのいない人：",
        Key::RoundPrint => "このラウンドを印刷",
        Key::SuggestionsTitle => "もっと多くの人をペアにするには",
        Key::SuggestionsPending => "ほかの設定で何人がペアになるか計算しています…",
        Key::SuggestionApply => "この設定で組み直す",
        Key::BoardEdited => "手で調整済み（最適とは限りません）",
        Key::BoardRound => "ラウンド",
        Key::BoardPairCount => "組数",
        Key::BoardLowest => "最低点",
        Key::BoardPoints => "点",
        Key::BoardPair => "ペア",
        Key::BoardTrio => "3人組",
        Key::BoardLocked => "固定中",
        Key::BoardLock => "固定する",
        Key::BoardUnlock => "固定を外す",
        Key::BoardBreak => "解消する",
        Key::BoardMoveLabel => "移す人（選ぶと各組に「この組へ移す」ボタンが出ます）",
        Key::BoardMentor => "メンター",
        Key::BoardMentee => "メンティー",
        Key::BoardBreakdown => "点数の内訳",
        Key::BoardSkillPoints => "スキル",
        Key::BoardReciprocity => "教え合いボーナス",
        Key::BoardGenerationBonus => "世代の差",
        Key::BoardSameDepartmentPenalty => "同じ部署",
        Key::BoardRepeatPenalty => "以前のラウンドと同じ相手",
        Key::BoardWhyNot => "ほかの候補との比較",
        Key::BoardOverrides => "このペアが優先したルール",
        Key::BoardUnmatched => "ペアのいない人",
        Key::BoardProfiles => "2人のプロフィール",
        Key::BoardEmpty => "「ペアを作る」を押すと、集まった回答からペアを提案します。",
        Key::BoardNoDepartment => "部署なし",
        Key::BoardNothingToTeach => "教えられるスキルはありません",
        Key::BoardShowAll => "すべて表示",
        Key::BoardModeMutualShort => "相互",
        Key::BoardModeReverseShort => "リバース",
        Key::BoardShowDetails => "説明を開く",
        Key::BoardHideDetails => "説明を閉じる",
        // Re-matching (issue 11 §5).
        Key::RematchToggle => "このペアを組み直す",
        Key::RematchGo => "組み直す",
        Key::RematchedTag => "組み直し",
        Key::RematchAlone => "ほかの人はみな残すペアに入っているため、このペアのメンバーはお互いとしか組めず、相手がいなくなります。ほかのペアにもチェックを入れると、相手を入れ替えられます。",
        Key::BoardNeeds2 => "ペアを作るには2人以上の回答が必要です。",
        Key::CsvPair => "ペア",
        Key::CsvMentor => "メンター",
        Key::CsvMentee => "メンティー",
        Key::CsvMember1 => "メンバー1",
        Key::CsvMember2 => "メンバー2",
        Key::CsvMember3 => "メンバー3",
        Key::CsvGeneration => "世代",
        Key::CsvDepartment => "部署",
        Key::CsvScore => "点",
        Key::CsvReason => "ペアにならなかった理由",
        Key::CsvAnsweredLater => "ペアを作った後に回答しました。再計算すると組み合わせに入ります。",
        // ---- setup (workshop editor and share) ----
        // `{n}`, `{row}` and `{col}` are filled in by the setup components.
        Key::SetupIntro => "ワークショップの内容を整えてから、参加者にアンケートを届けます。",
        Key::SetupNoWorkshop => "まだワークショップがありません。ホームでテンプレートから始めてください。",
        Key::SetupEdit => "ワークショップを編集する",
        Key::SetupEditorTitle => "ワークショップの編集",
        Key::SetupEditorIntro => "変更は入力するたびに下書きとしてこのブラウザに保存されます。共有されるワークショップは「保存する」を押すまで変わりません。",
        Key::SetupTitleHeading => "タイトル",
        Key::SetupTitleJa => "タイトル（日本語）",
        Key::SetupTitleEn => "タイトル（英語）",
        Key::SetupColId => "ID",
        Key::SetupColJa => "名前（日本語）",
        Key::SetupColEn => "名前（英語）",
        Key::SetupColFamily => "分類",
        Key::SetupColOrder => "並べ替え・削除",
        Key::SetupSkillsHint => "ID は回答ファイルの中で使われる名前です（半角英数字と _ - .、例：ai_tools）。名前はどちらかの言語があれば使えます。",
        Key::SetupRemove => "削除",
        Key::SetupAddSkill => "スキルを追加",
        Key::SetupColBornFrom => "生まれ年（から）",
        Key::SetupColBornTo => "生まれ年（まで）",
        Key::SetupYearsHint => "生まれ年を空欄にすると、その側は区切りなし（「〜年以前」「〜年以降」）になります。1 つの年は 1 つの世代にだけ入れてください。",
        Key::SetupDepartmentsHeading => "部署",
        Key::SetupDepartmentsLabel => "アンケートで選べる部署（1行に1つ）",
        Key::SetupDepartmentsHint => "参加者はこの中から選ぶか、自由に入力できます。空欄なら自由入力だけです。ペアづくりの「同じ部署どうし」の条件に使われます。",
        Key::SetupMentorsHeading => "メンターになる世代（リバースメンタリング）",
        Key::SetupMentorsHint => "チェックした世代の人がメンターになり、それ以外の世代の人がメンティーになります。",
        Key::SetupMentorsNone => "メンターになる世代がありません。少なくとも1つチェックしてください。",
        Key::SetupMentorsAll => "すべての世代がメンターです。メンティーになる世代を1つ以上残してください。",
        Key::SetupScaleHint => "アンケートでは各スキルについて、この中から 1 つを選びます。",
        Key::SetupSave => "保存する",
        Key::SetupDiscard => "変更を破棄",
        Key::SetupConfirmDiscard => "編集中の変更をすべて破棄しますか？この操作は元に戻せません。",
        Key::SetupDiscardYes => "破棄する",
        Key::SetupProblemSummary => "次の点を直すと保存できます：",
        Key::SetupNoProblems => "問題はありません。保存できます。",
        Key::ShareTitle => "アンケートを共有する",
        Key::ShareIntro => "どの方法でもデータはどこにも送信されません。リンクではワークショップの内容が「#」より後ろに入っていて、ブラウザはこの部分をサーバーに送りません。",
        Key::ShareEditingNote => "共有されるのは保存済みのワークショップです。編集中の変更は、保存すると反映されます。",
        Key::ShareAddressLabel => "参加者が開くアプリのアドレス",
        Key::ShareAddressHint => "社内の静的サーバーなど、参加者のパソコンやスマートフォンから開けるアドレスです。空欄にすると、このページのアドレスを使います。",
        Key::ShareLocalWarning => "このアドレス（127.0.0.1、localhost、file://）は、このパソコンの中でしか開けません。参加者に配る前に、参加者が開けるアドレスを入力するか、ファイルかコードで共有してください。",
        Key::ShareLinkHeading => "リンク",
        Key::ShareLinkBody => "チャットやメールで送ります。開くとアンケートが表示されます。",
        Key::ShareLinkLabel => "共有リンク",
        Key::ShareCopyLink => "共有リンクをコピー",
        Key::ShareTryIt => "このブラウザでアンケートを試す",
        Key::ShareQrHeading => "QRコード",
        Key::ShareQrBody => "スクリーンに映して、参加者にスマートフォンのカメラで読み取ってもらいます。",
        Key::ShareQrLabel => "共有リンクのQRコード",
        Key::ShareQrTooLong => "ワークショップが大きすぎてQRコードにできません。リンク、ファイル、コードで共有してください。",
        Key::ShareQrLarge => "画面いっぱいに表示",
        Key::ShareQrClose => "元の大きさに戻す",
        Key::ShareFileHeading => "ワークショップのファイル",
        Key::ShareFileBody => "ワークショップのファイルを配ります。参加者はアンケート画面の「ワークショップのファイルを開く」で開きます。",
        Key::ShareDownload => "ワークショップのファイルを保存",
        Key::ShareDownloadFailed => "ファイルを保存できませんでした。ブラウザのダウンロード設定を確認してください。",
        Key::ShareCodeHeading => "ワークショップコード",
        Key::ShareCodeBody => "すでにアプリを持っている参加者（1ファイル版など）は、アンケート画面の「ワークショップコードを貼り付ける」にこのコードを貼り付けます。",
        Key::ShareCodeLabel => "ワークショップコード",
        Key::ShareSurveyFileHeading => "アンケートファイル",
        Key::ShareSurveyFileBody => "このワークショップ入りのアプリを、1つのHTMLファイルとして保存します。メールやUSBメモリで配ると、参加者はダブルクリックするだけでアンケートを開けます。リンク、コード、サーバーは要りません。参加者は回答をファイルかコードで返します。",
        Key::ShareSurveyFileSave => "参加者用のアンケートファイルを保存",
        Key::ShareSurveyFilePreparing => "アンケートファイルを準備しています…",
        Key::ShareSurveyFileMissing => "このページの隣に1ファイル版（kakehashi.html）がないため、ここではアンケートファイルを作れません。kakehashi.html を開いて、そこから保存してください。",
        Key::ShareFilePageNote => "このページはファイルから開いているため、リンクとそのQRコードはこのパソコンでしか開けません。参加者には、アンケートファイル、ワークショップのファイル、ワークショップコードのどれかを配ってください。参加者は回答をファイルか回答コード（QRコードでも表示できます）で返します。アプリを置いたウェブのアドレスがあれば、上に入力するとリンクとQRコードも使えます。",
        Key::ShareCopyCode => "ワークショップコードをコピー",
        Key::SaveSessionFile => "セッションをファイルに保存",
        Key::SaveUnreadableData => "読めなかったデータをファイルに保存",
        Key::SetAsideTitle => "別に保管した部分",
        Key::BackupsTitle => "自動バックアップ",
        Key::BackupsBody => "ワークショップの置き換えや回答の上書きの前に、それまでの状態を自動で保存しています（新しいもの5件）。元に戻すと、今の状態もバックアップに残ります。",
        Key::BackupRestore => "この状態に戻す",
        Key::LeaveParticipantView => "ファシリテーターの方：すべての画面を開く",
        Key::ImportProgress => "読み込みの進み具合",
        // ---- kickoff sheets and meeting calendar (issue 11) ----
        Key::KickoffOpen => "キックオフシート",
        Key::KickoffClose => "閉じる",
        Key::KickoffPrintOne => "このシートを印刷",
        Key::KickoffPrintAll => "キックオフシートを印刷（全ペア）",
        Key::KickoffCalendarOne => "カレンダーに追加（.ics）",
        Key::KickoffCalendarAll => "全ペアの面談カレンダー（.ics）",
        Key::KickoffPanelTitle => "キックオフシートと面談カレンダー",
        Key::KickoffPanelHint => "各ペアのシートには、面談の予定、教える内容と学ぶ内容から考えた目標の案、自分たちの目標と署名の欄があります。カレンダーのファイルはふだんのカレンダーアプリに取り込めます。もう一度取り込むと、予定は二重にならずに更新されます。",
        Key::KickoffWanted => "学びたい",
        Key::KickoffGoalsHeading => "目標の案",
        Key::KickoffGoalsHint => "2〜3個を選ぶか書き換えるか、下の欄に自分たちの目標を書いてください。",
        Key::KickoffOwnGoals => "私たちの目標",
        Key::KickoffPlanHeading => "面談の予定",
        Key::KickoffPlanNoDate => "初回：日にちは相談して決めてください（まだ決まっていません）。",
        Key::KickoffPlaceOpen => "場所：オンライン、または相談して決めた場所",
        Key::KickoffDatesHeading => "面談の日程",
        Key::KickoffAgendaHeading => "初回の進め方",
        Key::KickoffAgendaAgree => "目標を2〜3個決め、会い方（場所、対面かオンラインか、連絡の取り方）を決める。",
        Key::KickoffAgendaExerciseOpen => "最初の小さな練習：それぞれが、ふだん仕事で使っているものをひとつ見せ合う。",
        Key::KickoffAgendaNext => "別れる前に、次回の日時を決める。",
        Key::KickoffConfidentialHeading => "守秘",
        Key::KickoffWayOutHeading => "合わないときは",
        Key::KickoffSignHeading => "合意",
        Key::KickoffSignature => "署名",
        Key::KickoffDate => "日付",
        Key::SetupProgrammeHeading => "マッチング後の面談の予定",
        Key::SetupProgrammeHint => "各ペアのキックオフシートと面談カレンダーに使います。",
        Key::SetupMeetings => "面談の回数",
        Key::SetupIntervalWeeks => "面談の間隔（週）",
        Key::SetupMinutes => "1回の長さ（分）",
        Key::SetupStartsOn => "初回の日付",
        Key::SetupMeetingTime => "開始時刻",
        Key::SetupPlace => "場所",
        Key::SetupPlaceHint => "空欄なら、オンラインまたは各ペアが決めた場所になります。",
        Key::SetupTimeZone => "タイムゾーン",
        Key::SetupTimeZoneHint => "Asia/Tokyo のような名前です（日付と開始時刻はこのタイムゾーンの時刻です）。",
        // ---- plain words (issue 14, section 2) ----
        Key::WhoTeachesReverse => "教えること",
        Key::ModeMutualChoice => "相互（互いに教え合う）",
        Key::ModeReverseChoice => "リバース（若手が先輩に教える）",
        }
    }

    fn message(&self, msg: &Msg) -> String {
        match *msg {
            Msg::PageTitle { view } => format!("{view} — 架け橋 Kakehashi"),
            Msg::PageTitleWithWorkshop { view, workshop } => format!("{view}：{workshop} — 架け橋 Kakehashi"),
            Msg::Thanks { name } => format!("{name}さん、ご回答ありがとうございました"),
            Msg::AnswersComplete { name } => format!("{name}さん、回答が完成しました。ありがとうございます。"),
            Msg::HandBackFileBody { file } => format!("{file} を保存して、メールやチャット、共有フォルダでファシリテーターに渡します。"),
            Msg::HandBackSave { file } => format!("{file} を保存"),
            Msg::HandBackSaved { file } => {
                format!("{file} として保存しました（ふつうは「ダウンロード」フォルダにあります）。このファイルをファシリテーターに送ってください。")
            }
            Msg::NotForHome { file, kind: Kind::Response } => format!(
                "{file}：これは参加者の回答ファイルです。回答ファイルはコンソールで読み込んでください。ここで開けるのはセッションのファイルとワークショップのファイルです。"
            ),
            Msg::NotForHome { file, kind: Kind::Pairing } => format!(
                "{file}：これはペアリング結果のファイル（コンソールで保存したペア）です。ここで開けるのはセッションのファイルとワークショップのファイルです。"
            ),
            Msg::NotForHome { file, kind: Kind::FollowUp } => format!(
                "{file}：これは参加者のフォローアップ回答ファイルです。コンソールの「回答を読み込む」で読み込んでください。ここで開けるのはセッションのファイルとワークショップのファイルです。"
            ),
            Msg::NotForHome { file, kind } => format!(
                "{file}：これは{}のファイルです。ここで開けるのはセッションのファイルとワークショップのファイルです。",
                kind_name(kind)
            ),
            Msg::GenerationOption { generation, years } => format!("{generation}（{years}）"),
            Msg::BirthYearMaps { generation, years } => format!("世代：{generation}（{years}）"),
            Msg::SurveyProgress { answered, total } => format!("{answered} / {total} 回答済み"),
            Msg::People { n } => format!("{n}人"),
            Msg::ArchiveEntry { title, answers } => format!("{title} — {answers}件の回答"),
            Msg::RosterShowing { shown, total } => format!("表示中：{shown} / {total}"),
            Msg::RosterNotShown { n } => format!("{n}件は未表示"),
            Msg::RosterEditTitle { name } => format!("回答を修正：{name}"),
            Msg::RosterEditRefused { reason } => format!("保存できません：{reason}"),
            Msg::ProfileRating { skill, rating, wanted: true } => format!("{skill} {rating} (学びたい)"),
            Msg::ProfileRating { skill, rating, wanted: false } => format!("{skill} {rating}"),
            Msg::ProfileLabel { name, ratings } => format!("{name}: 自己評価. {ratings}"),
            Msg::SetupRow { kind: RowKind::Skill, n } => format!("スキル {n}"),
            Msg::SetupRow { kind: RowKind::Generation, n } => format!("世代 {n}"),
            Msg::SetupRow { kind: RowKind::ScalePoint, n } => format!("{n} 点"),
            Msg::SetupFieldOf { row, column } => format!("{row}：{column}"),
            Msg::SetupMoveUp { row } => format!("{row}を上へ移動"),
            Msg::SetupMoveDown { row } => format!("{row}を下へ移動"),
            Msg::SetupRemoveRow { row } => format!("{row}を削除"),
            Msg::SetupProblemCount { n } => format!("保存する前に直す点：{n} 件"),
            Msg::SetupAnswersWarning { n } => format!(
                "注意：集めた回答のうち {n} 件は、編集後のワークショップに合わなくなります。保存すると、それらの回答は前の版のワークショップと一緒にアーカイブに保管されます（削除はされず、直後なら「元に戻す」で戻せます）。"
            ),
            Msg::SurveyFileSaved { file } => format!("保存しました：{file}"),
            Msg::PairHeading { trio: false, number } => format!("ペア {number}"),
            Msg::PairHeading { trio: true, number } => format!("3人組 {number}"),
            Msg::Points { points } => format!("{points} 点"),
            Msg::PrintWorkshopRound { title, round } => format!("{title} — ラウンド {round}"),
            Msg::MoveHere { name } => format!("{name}さんをこの組へ移す"),
            Msg::ShowAll { n } => format!("すべて表示（{n}）"),
            Msg::PersonOption { name, generation, department, id } => {
                let about: Vec<String> = [Some(generation.to_owned()), department.map(str::to_owned), id.map(|id| format!("ID {id}"))]
                    .into_iter()
                    .flatten()
                    .filter(|s| !s.trim().is_empty())
                    .collect();
                match about.is_empty() {
                    true => name.to_owned(),
                    false => format!("{name}（{}）", about.join("・")),
                }
            }
            Msg::TwoPeople { first, second } => format!("{first} × {second}"),
            Msg::RemoveEntry { entry } => format!("削除：{entry}"),
            Msg::UnmatchedHeading { n } => format!("ペアのいない人（{n}）"),
            Msg::UnmatchedGroup { kind, mode, n, rules } => match (kind, mode) {
                (UnmatchedKind::NobodyElse, MatchingMode::Reverse) => format!("{n}人は、相手側（メンターまたはメンティー）に誰もいないため組めません。"),
                (UnmatchedKind::NobodyElse, MatchingMode::Mutual) => format!("{n}人は、ほかに参加者がいないため組めません。"),
                (UnmatchedKind::NoAllowedPartner, _) => format!("{n}人は、設定したルール（{rules}）で相手の候補が全員外れています。"),
                (UnmatchedKind::PartnersTaken, MatchingMode::Reverse) => {
                    format!("{n}人は、メンターの枠が埋まっているため組めませんでした（メンター1人あたりのメンティー数が足りません）。")
                }
                (UnmatchedKind::PartnersTaken, MatchingMode::Mutual) => {
                    format!("{n}人は、組める相手がみな別の人とペアになりました（人数が奇数のときなど）。")
                }
                (UnmatchedKind::NoMenteeLeft, _) => format!("{n}人のメンターには、担当するメンティーが残っていません（メンターの方が多いため）。"),
                (UnmatchedKind::SetAside, _) => format!("{n}人は、ペアを解消したため今は相手がいません。"),
            },
            Msg::UnmatchedAdvice { kind, mode } => match (kind, mode) {
                (UnmatchedKind::NobodyElse, MatchingMode::Reverse) => "相互メンタリングにするか、相手側の参加者を増やしてください。".into(),
                (UnmatchedKind::NobodyElse, MatchingMode::Mutual) => "参加者が2人以上になると組めます。".into(),
                (UnmatchedKind::NoAllowedPartner, _) => "上の設定でそのルールをゆるめるか、「組ませない2人」から外してください。".into(),
                (UnmatchedKind::PartnersTaken, MatchingMode::Reverse) => "メンター1人あたりのメンティー数を増やすか、上の提案を使ってください。".into(),
                (UnmatchedKind::PartnersTaken, MatchingMode::Mutual) => "「ペアに移す」で、どこかのペアに加えて3人組にできます。".into(),
                (UnmatchedKind::NoMenteeLeft, _) => "次のラウンドで担当してもらうか、相互メンタリングにしてください。".into(),
                (UnmatchedKind::SetAside, _) => "「再計算」でまた組まれます。「ペアに移す」で自分で入れることもできます。".into(),
            },
            Msg::Group { names } => names.join(" × "),
            Msg::RoundSummary { round, pairs, unpaired: 0 } => format!("ラウンド{round}：{pairs}組、全員ペア"),
            Msg::RoundSummary { round, pairs, unpaired } => format!("ラウンド{round}：{pairs}組、ペアのいない人{unpaired}人"),
            Msg::RoundNotMatched { round, kept } => {
                format!("ラウンド{round}のペアはまだありません。「ペアを作る」を押してください。ラウンド{kept}までのペアは下の「これまでのラウンド」にあります。")
            }
            Msg::NextRoundConfirm { round, next } => format!(
                "ラウンド{round}のペアは「これまでのラウンド」に残り、ラウンド{next}を新しく始めます。先にラウンド{round}のペアを保存しますか？"
            ),
            Msg::NextRoundStart { next } => format!("ラウンド{next}を始める"),
            // Re-matching (issue 11 §5).
            Msg::RematchButton { n } => format!("{n} 組を組み直す"),
            Msg::RematchAsked { names } => {
                let names: Vec<String> = names.iter().map(|n| format!("{n}さん")).collect();
                format!("{}がフォローアップで新しい相手を希望しています。", names.join("と"))
            }
            Msg::NamedPair { heading, names } => format!("{heading}（{names}）"),
            Msg::RematchConfirm { pairs, kept } => {
                let kept = match kept {
                    0 => "ほかのペアはありません。".to_owned(),
                    n => format!("ほかの {n} 組はそのまま残し、固定します。"),
                };
                format!(
                    "{}を組み直しますか？ メンバーは、この中の人や相手のいない人と新しいペアになります（今の相手とは組みません）。{kept}「元に戻す」ですべて元に戻せます。",
                    pairs.join("、")
                )
            }
            Msg::RematchedWhy { name, earlier, asked, others_asked } => {
                let earlier: Vec<String> = earlier.iter().map(|n| format!("{n}さん")).collect();
                let earlier = earlier.join("と");
                match (asked, others_asked) {
                    (true, _) => format!("{name}さんが新しい相手を希望しました（前の相手：{earlier}）。"),
                    (false, []) => format!("ファシリテーターが組み直しました（{name}さんの前の相手：{earlier}）。"),
                    (false, askers) => {
                        let askers: Vec<String> = askers.iter().map(|n| format!("{n}さん")).collect();
                        format!("{}が新しい相手を希望したため、{name}さんも新しい相手と組みます（前の相手：{earlier}）。", askers.join("と"))
                    }
                }
            }
            Msg::RematchOtherRound { round, board_round, names } => {
                let names: Vec<String> = names.iter().map(|n| format!("{n}さん")).collect();
                format!(
                    "{}がラウンド{round}のフォローアップで新しい相手を希望していますが、ボードはラウンド{board_round}なので、どのペアにも印は付きません。",
                    names.join("、")
                )
            }
            Msg::SatOutFirst { names, round } => {
                let names: Vec<String> = names.iter().map(|n| format!("{n}さん")).collect();
                format!("{}はラウンド{round}で相手がいなかったので、今回は優先して組みました。", names.join("と"))
            }
            Msg::Suggestion { alternative, paired, people } => match alternative {
                Alternative::MentorCapacity { capacity } => {
                    format!("メンター1人につきメンティー{capacity}人までにすると、{people}人中{paired}人がペアになります。")
                }
                Alternative::EveryMentee { capacity } => format!(
                    "メンティーをできるだけ全員ペアに：メンター1人につきメンティー{capacity}人まで（これより少ないと組めないメンティーが出ます）にすると、{people}人中{paired}人がペアになります。"
                ),
                Alternative::MutualMode => format!("相互メンタリング（互いに教え合う）にすると、{people}人中{paired}人がペアになります。"),
                Alternative::AllowSameDepartment => format!("同じ部署どうしも認める（減点あり）と、{people}人中{paired}人がペアになります。"),
                Alternative::NoMinimumGenerationDistance => format!("世代の近さの制限をなくすと、{people}人中{paired}人がペアになります。"),
            },
            Msg::HeatmapCell { generation, skill, average, people } => {
                format!("{generation} × {skill}：{average}（{people}人）")
            }
            Msg::HeatmapCellEmpty { generation, skill } => format!("{generation} × {skill}：回答なし"),
            Msg::HeatmapTeaches { generation, skills } => format!("{generation}：{skills}"),
            Msg::HeatmapSummary { teaches } => {
                format!("世代×スキルの平均自己評価のヒートマップ。教えられるスキル — {teaches}")
            }
            Msg::HeatmapRowHeader { generation, people } => format!("{generation}（{people}人）"),
            Msg::AverageWithCount { average, count } => format!("{average}（{count}）"),
            Msg::MemberMeta { generation, department } => format!("{generation} · {department}"),
            Msg::CsvOf { person, column } => format!("{person}の{column}"),
            // ---- kickoff sheets and meeting calendar (issue 11) ----
            Msg::KickoffHeading { pair } => format!("キックオフシート：{pair}"),
            Msg::KickoffTeaches { name } => format!("{name}さんが教えること"),
            Msg::KickoffLearns { name } => format!("{name}さんが学ぶこと"),
            Msg::KickoffSkillTo { skill, name } => format!("{skill}（{name}さんへ）"),
            Msg::KickoffSkillFrom { skill, name } => format!("{skill}（{name}さんから）"),
            Msg::KickoffGoal { learner, skill, label } => format!("{learner}さん：{}", japanese_goal(skill, label)),
            Msg::KickoffPlanSummary { meetings, interval_weeks, minutes } => {
                if interval_weeks == 1 {
                    format!("毎週、1回{minutes}分の面談を{meetings}回")
                } else {
                    format!("{interval_weeks}週間ごとに、1回{minutes}分の面談を{meetings}回")
                }
            }
            Msg::KickoffPlanFirst { date, time, zone } => format!("初回：{date} {time}（{zone}）"),
            Msg::KickoffPlace { place } => format!("場所：{place}"),
            Msg::KickoffMeetingDate { number, date, time } => format!("第{number}回　{date} {time}"),
            Msg::CalendarDate { year, month, day, weekday } => {
                format!("{year}年{month}月{day}日（{}）", japanese_weekday(weekday))
            }
            Msg::KickoffAgendaIntro { mode: MatchingMode::Mutual } => {
                "自己紹介：仕事のことと、この面談でそれぞれが得たいことを話す。".into()
            }
            Msg::KickoffAgendaIntro { mode: MatchingMode::Reverse } => {
                "自己紹介：仕事のことを話し、メンティーは学びたいことを、メンターは見せられることを伝える。".into()
            }
            Msg::KickoffAgendaExercise { teacher, learner, skill } => format!(
                "最初の小さな練習：{teacher}さんが{learner}さんに「{skill}」をひとつ見せ、{learner}さんがその場でやってみる。"
            ),
            Msg::KickoffConfidential { trio } => format!(
                "面談で話したことは、全員が同意しない限り、{}の間だけにとどめます。",
                if trio { "3人" } else { "2人" }
            ),
            Msg::KickoffWayOut { trio } => format!(
                "{}がうまくいかないと感じたら、ファシリテーターに伝えてください。理由を言う必要はなく、別の相手と組み直します。誰の責任でもありません。",
                if trio { "この3人組" } else { "このペア" }
            ),
            Msg::CalendarSummary { names, number, meetings } => {
                let names: Vec<String> = names.iter().map(|n| format!("{n}さん")).collect();
                format!("メンタリング：{}（第{number}回／全{meetings}回）", names.join(" × "))
            }
            Msg::CalendarName { title } => format!("{title}：メンタリングの面談"),
            Msg::CalendarLater { number, meetings } => format!(
                "全{meetings}回のうち第{number}回の面談です。目標を振り返り、前回からうまくいったことと、次に試すことを話しましょう。"
            ),
            Msg::CalendarBlocked { problem: CalendarProblem::NoStartDate } => {
                "カレンダーを作るには初回の日付が必要です。「準備と共有」の「ワークショップを編集する」で、「マッチング後の面談の予定」に設定してください。".into()
            }
            Msg::CalendarBlocked { problem: CalendarProblem::UnknownTimeZone { zone } } => format!(
                "このブラウザーはタイムゾーン「{zone}」を知りません。「準備と共有」の「ワークショップを編集する」で、「マッチング後の面談の予定」のタイムゾーンを変えてください。"
            ),
            Msg::SetupUseBrowserZone { zone } => format!("このブラウザーのタイムゾーン（{zone}）にする"),
            Msg::PrintTeaches { teacher, learner, skills } => format!("{teacher}さんが{learner}さんに教えること：{skills}"),
            Msg::FileProblem { file, problem } => format!("{file}: {problem}"),
            // ---- follow-up survey (issue 11 §3) ----
            Msg::FollowUpRound { round, people, pairs } => {
                format!("ラウンド{round}のフォローアップ：{pairs}組の{people}人が回答できます。")
            }
            Msg::FollowUpAnswers { answered, total } => format!("フォローアップの回答：{total}人中{answered}人"),
            Msg::FollowUpPartner { names } if names.is_empty() => "パートナーはこのアンケートに載っていません。".into(),
            Msg::FollowUpPartner { names } => format!("あなたのパートナー：{}", names.join("、")),
            Msg::FollowUpPersonOption { name, partners } => format!("{name}（ペア：{partners}）"),
            Msg::FollowUpMeetingsTooMany { max } => {
                format!("会った回数を確かめてください。数えられるのは{max}回までです（2年間、毎週会った回数）。")
            }
            Msg::FollowUpSurveyNotForHome { file } => format!(
                "{file}：これは参加者に配るフォローアップアンケートで、準備するワークショップではありません。今のワークショップは変わっていません。回答するには「アンケート」で開いてください。"
            ),
            Msg::Numbered { number, title } => format!("{number}. {title}"),
            Msg::ImportSummary { added, updated, unchanged, rejected, to_check } => {
                let parts: Vec<String> = [(added, "追加"), (updated, "更新"), (unchanged, "変更なし"), (rejected, "読み込めない")]
                    .iter()
                    .filter(|(n, _)| *n > 0)
                    .map(|(n, what)| format!("{what} {n}件"))
                    .collect();
                let parts = if parts.is_empty() { "読み込んだものはありません".to_owned() } else { parts.join("、") };
                match to_check {
                    0 => format!("{parts}。"),
                    n => format!("{parts}。確認が必要な名前 {n}件。"),
                }
            }
            Msg::ImportSameName { name, id, other_id } => format!(
                "「{name}」という名前の参加者がすでにいます（ID {other_id}、この回答は ID {id}）。同じ人が2回答えたのか、同じ名前の別の人かを確かめてください。必要なら名簿でどちらかを削除できます。"
            ),
            Msg::ImportProgress { done, total } => format!("読み込み中：{done} / {total}"),
            Msg::BackupEntry { when, title, answers, kilobytes, reason } => {
                format!("{when}　{title}（回答{answers}件、{kilobytes} KB、{reason}）")
            }
            Msg::BackupUnreadable { problem } => format!("このバックアップを読めませんでした：{problem}"),
            Msg::ScaleOption { point, label } => format!("{point} · {label}"),
            // ---- growth made visible (issue 11 §4) ----
            Msg::GrowthCell { generation, skill, before, after, change, people } => {
                format!("{generation} × {skill}：{before} → {after}（{change}）、{people}人")
            }
            Msg::GrowthCellEmpty { generation, skill } => {
                format!("{generation} × {skill}：両方のアンケートに答えた人はいません")
            }
            Msg::GrowthSkillChange { skill, change } => format!("{skill} {change}"),
            Msg::GrowthSkillBeforeAfter { skill, before, after, change } => {
                format!("{skill}：{before} → {after}（{change}）")
            }
            Msg::GrowthSummary { gains } if gains.is_empty() => {
                "世代×スキルの自己評価の変化（フォローアップ − 最初の回答）のヒートマップ。上がったスキルはありません。".to_owned()
            }
            Msg::GrowthSummary { gains } => {
                format!("世代×スキルの自己評価の変化（フォローアップ − 最初の回答）のヒートマップ。伸びが大きかったスキル：{gains}。")
            }
            Msg::GrowthBeforeAfter { before, after, change } => format!("{before} → {after}（{change}）"),
            Msg::GrowthAnswered { answered, participants, rounds } => {
                format!("参加者{participants}人中{answered}人がフォローアップアンケート（ラウンド{rounds}）に答えました。")
            }
            Msg::GrowthWithoutFirstAnswers { n } => format!(
                "最初の回答がない人のフォローアップ回答{n}件は集計に含めていません。含めるには、その人たちの最初の回答を取り込んでください。"
            ),
            Msg::GrowthRoundNotFound { round } => format!(
                "ラウンド{round}のペアがこのセッションにないため、ペアの相手と教えた内容は表示できません。そのペアを含むセッションファイルを開いてください。"
            ),
            Msg::GrowthTaughtVsOther { taught, taught_n, other, other_n } => format!(
                "ペアの相手が教えたスキルでは平均{taught}（{taught_n}件）、ほかのスキルでは平均{other}（{other_n}件）変化しました。"
            ),
            Msg::GrowthPersonSkill { skill, before, after, change } => format!("{skill} {before}→{after}（{change}）"),
            Msg::GrowthRoundPair { round, pair } => format!("ラウンド{round}・{pair}"),
            Msg::ReportOutOf { n, total } => format!("{total}人中{n}人"),
            Msg::ReportSatisfactionValue { average } => format!("{average}（5段階）"),
            Msg::ReportGenerationGain { generation, people, change, best } => match best {
                Some(best) => format!("{generation}（{people}人）：平均{change}、最も伸びたのは{best}"),
                None => format!("{generation}（{people}人）：平均{change}"),
            },
            Msg::ReportSubtitle { rounds, date } => format!("ラウンド{rounds}・{date}までのフォローアップ回答"),
            Msg::ReportFigure { label, value } => format!("{label}：{value}"),
            Msg::ReportPairMeetings { pair, meetings } => format!("{pair}：面談{meetings}回"),
            Msg::ReportMember { name, meetings, satisfaction, wants_new_partner } => format!(
                "{name}：面談{meetings}回、満足度{satisfaction}、{}",
                if wants_new_partner { "新しい相手を希望" } else { "このまま継続" }
            ),
            Msg::ReportMemberNotAnswered { name } => format!("{name}：未回答"),
            Msg::ReportPerson { name, taught, other_mean, .. } if taught.is_empty() => {
                format!("{name}：相手が教えたスキルなし、スキルの変化{other_mean}")
            }
            Msg::ReportPerson { name, taught, taught_mean, other_mean } => {
                format!("{name}：教わったスキル（{taught}）の変化{taught_mean}、ほかのスキルの変化{other_mean}")
            }
            Msg::RosterHeading { total } => format!("名簿 ({total})"),
            Msg::UpdatedIn { zone } => format!("更新日時（{zone}）"),
        }
    }

    fn format_error(&self, error: &FormatError) -> String {
        match error {
            FormatError::TooLarge { size, limit } => format!(
                "ファイルが大きすぎます（{} KB、上限 {} KB）。架け橋のファイルか確認してください。",
                size.div_ceil(1024),
                limit / 1024
            ),
            FormatError::NotUtf8 { offset } => {
                format!("UTF-8 のテキストではありません（{offset} バイト目）。UTF-8 の JSON として保存してください。")
            }
            FormatError::Empty => "ファイルが空です。".into(),
            FormatError::TooDeep { limit } => {
                format!("JSON の入れ子が {limit} 段を超えています。架け橋のファイルではありません。")
            }
            FormatError::Syntax { line, column, problem } => {
                format!("JSON として読めません（{line} 行 {column} 列）。{}", syntax_problem(problem))
            }
            FormatError::NoFormatTag => "\"format\" 欄がありません。架け橋のファイルではありません。".into(),
            FormatError::UnknownFormat { found } => format!("形式「{found}」は架け橋の形式ではありません。"),
            FormatError::WrongKind { expected, found } => format!(
                "これは{}のファイルです。ここでは{}のファイルが必要です。",
                kind_name(*found),
                kind_name(*expected)
            ),
            FormatError::UnsupportedVersion { kind, found, supported } => format!(
                "{}形式のバージョン {found} には対応していません（この版はバージョン {supported} を読めます）。対応する版の架け橋で開いてください。",
                kind_name(*kind)
            ),
            FormatError::Shape { path, problem } => format!("項目「{path}」の形式が違います。{}", shape_problem(problem)),
            FormatError::Invalid(invalid) => self.invalid(invalid, Place::Alone),
            FormatError::WrongEncoding { encoding } => format!(
                "ファイルが UTF-8 ではなく {} で保存されています。テキストエディタの「名前を付けて保存」で文字コードを UTF-8 にして保存し直してください。",
                match encoding {
                    Encoding::Utf16 => "UTF-16",
                    Encoding::Utf32 => "UTF-32",
                }
            ),
            FormatError::DuplicateKey { path } => format!(
                "キー「{path}」が同じオブジェクトの中で 2 回指定されています。どちらが読まれるかは決まっていないので、1 つだけにしてください。"
            ),
            FormatError::NotKakehashi { looks_like } => format!(
                "架け橋のファイルではありません（{}のようです）。架け橋で保存した .json ファイルを選んでください。",
                match looks_like {
                    ForeignFile::Image => "画像",
                    ForeignFile::Pdf => "PDF",
                    ForeignFile::ZipOrOffice => "ZIP や Excel のファイル",
                    ForeignFile::OlderOffice => "Excel や Word のファイル",
                    ForeignFile::WebPage => "ウェブページ（HTML）",
                }
            ),
        }
    }

    fn invalid(&self, invalid: &Invalid, place: Place) -> String {
        use Invalid::*;
        match invalid {
            BadId { field, id } => {
                format!("{}ID「{id}」は 1〜64 文字の英数字・「_」「-」「.」で書いてください。", at(field, place))
            }
            DuplicateId { what: what @ (IdKind::Department | IdKind::Language | IdKind::PairNumber), id } => {
                format!("{}「{id}」が 2 回入っています。1 回だけにしてください。", id_kind(*what))
            }
            DuplicateId { what, id } => {
                format!("{}の ID「{id}」が重複しています。それぞれ別の ID にしてください。", id_kind(*what))
            }
            EmptyLabel { field } => format!("{}名前が日本語・英語とも空です。", at(field, place)),
            EmptyField { field } => format!("項目「{field}」を入力してください。"),
            TooLong { field, max_chars } => format!("項目「{field}」が {max_chars} 文字を超えています。"),
            EmptyList { field } => format!("項目「{field}」には少なくとも 1 つ必要です。"),
            TooMany { field, max } => format!("項目「{field}」は {max} 個までです。"),
            BadScale { problem } => format!("評価の尺度が正しくありません：{}", scale_problem(problem)),
            BadYearRange { generation } => format!("世代「{generation}」の生まれ年の範囲が逆になっています。"),
            OverlappingGenerations { first, second } => format!(
                "世代「{first}」と「{second}」の生まれ年が重なっています。1 つの年は 1 つの世代にだけ入れてください。"
            ),
            UnknownGeneration { field, id } => {
                format!("{}世代「{id}」はこのワークショップにありません。", at(field, place))
            }
            UnknownSkill { field, id } => format!("{}スキル「{id}」はこのワークショップにありません。", at(field, place)),
            RatingOutOfRange { skill, rating, min, max } => {
                format!("スキル「{skill}」の評価 {rating} は範囲（{min}〜{max}）の外です。")
            }
            MissingRating { skill } => format!("スキル「{skill}」の評価がありません。すべてのスキルに評価が必要です。"),
            NoGeneration => "世代も生まれ年もありません。どちらかが必要です。".into(),
            BadBirthYear { year } => format!("生まれ年 {year} はこのワークショップのどの世代にも入りません。"),
            GenerationMismatch { birth_year, generation, expected } => {
                format!("生まれ年 {birth_year} は世代「{expected}」ですが、世代欄は「{generation}」です。")
            }
            BadTimestamp { field, value } => format!(
                "{}「{value}」は 2026-11-26T09:30:00Z のような UTC の日時ではありません。",
                at(field, place)
            ),
            // Named by its title, the name people know it by (not its id).
            OtherWorkshop { title, .. } => match title.get(crate::document::model::Lang::Ja) {
                t if t.trim().is_empty() => "これは別のワークショップのもので、今のワークショップのものではありません。".into(),
                t => format!("これは別のワークショップのものです（今のワークショップは「{t}」です）。"),
            },
            SelfPair { field, id } => format!("{}「{id}」を自分自身と組むことはできません。", at(field, place)),
            NestedFormat { field, expected, found } => {
                format!("{}形式「{found}」ではなく「{expected}」が必要です。", at(field, place))
            }
            BadSetting { field, problem } => {
                format!("設定「{field}」が正しくありません：{}", setting_problem(problem))
            }
            // The participant id is nobody's word for a person: the position says which.
            InResponse { index, inner, .. } => format!("{}件目の回答：{}", index + 1, self.invalid(inner, Place::Alone)),
            InFollowUp { index, inner, .. } => {
                format!("{}件目のフォローアップ回答：{}", index + 1, self.invalid(inner, Place::Alone))
            }
            UnknownParticipant { field, id } => {
                format!("{}「{id}」は一覧にない参加者です。ID を確かめてください。", at(field, place))
            }
            Invisible { field } => format!("{}見える文字がありません。空白や見えない文字だけになっています。", at(field, place)),
            // ---- kickoff (issue 11) ----
            BadProgramme { field, problem } => format!("{}{}", at(field, place), programme_problem(problem)),
        }
    }

    fn code_error(&self, error: &CodeError) -> String {
        match error {
            CodeError::Empty => "コードが入力されていません。".into(),
            CodeError::NotACode { expected } => {
                let prefix = match expected {
                    CodeKind::Workshop => WORKSHOP_CODE_PREFIX,
                    CodeKind::Response => RESPONSE_CODE_PREFIX,
                    CodeKind::FollowUp => FOLLOWUP_CODE_PREFIX,
                };
                format!("架け橋の{}ではありません（{prefix} で始まるはずです）。", code_name(*expected))
            }
            CodeError::WrongKind { expected, found } => {
                format!("これは{}です。ここでは{}が必要です。", code_name(*found), code_name(*expected))
            }
            CodeError::BadCharacter { position } => {
                format!("コードに使えない文字が入っています（{position} 文字目）。もう一度コピーしてください。")
            }
            CodeError::Truncated => "コードが途中で切れています。もう一度、最後までコピーしてください。".into(),
            CodeError::ChecksumMismatch => {
                "コードのチェックサムが合いません。書き換わったか打ち間違いがあります。もう一度コピーしてください。".into()
            }
            CodeError::TooLong => "コードが長すぎます。架け橋のコードではありません。".into(),
            CodeError::Corrupt => "コードが壊れていて読めません。もう一度送ってもらってください。".into(),
            CodeError::Format(e) => self.format_error(e),
            CodeError::OtherWorkshop { title, .. } => match title.get(crate::document::model::Lang::Ja) {
                t if t.trim().is_empty() => "この回答コードは別のワークショップのもので、今のワークショップのものではありません。".into(),
                t => format!("この回答コードは別のワークショップのものです（今のワークショップは「{t}」です）。"),
            },
            CodeError::SkillsChanged => {
                "この回答は、スキル一覧が違う版のワークショップで作られました。もう一度回答してもらってください。".into()
            }
            CodeError::NewerVersion => {
                "このコードは新しい版の架け橋で作られました。ワークショップのファイルを開くか、新しい版のアプリを使ってください。".into()
            }
        }
    }

    fn survey_file_error(&self, error: &SurveyFileError) -> String {
        match error {
            SurveyFileError::NotSingleFile => {
                "このページは1ファイル版（kakehashi.html）ではありません。".into()
            }
        }
    }

    fn match_error(&self, error: &MatchError, names: Names) -> String {
        match error {
            MatchError::Invalid(invalid) => self.invalid(invalid, Place::Alone),
            MatchError::TooManyParticipants { count, max } => {
                format!("参加者が{count}人で、1回のペアづくりで扱える{max}人を超えています。グループを分けてください。")
            }
            MatchError::SettingTooLarge { field, value, max } => {
                format!("設定「matching.{field}」の値 {value} が上限の {max} を超えています。")
            }
            MatchError::UnknownLockedParticipant { id } => format!(
                "固定したペアの「{}」はこの参加者の中にいません。固定を外すか、その人の回答を読み込んでください。",
                names(id)
            ),
            MatchError::LockedTwice { id } => {
                format!("「{}」が2つの固定ペアに入っています。どちらかの固定を外してください。", names(id))
            }
            MatchError::LockNotMentorMentee { mentor, mentee } => format!(
                "固定ペア「{}」と「{}」は、メンター（メンター側の世代の人）とメンティーの組でなければなりません。",
                names(mentor),
                names(mentee)
            ),
            MatchError::LockOverCapacity { mentor, locked, capacity } => format!(
                "メンター「{}」に固定したメンティーが{locked}人いますが、受け持てるのは{capacity}人までです。固定を外すか、受け持ち人数を増やしてください。",
                names(mentor)
            ),
            MatchError::UnknownParticipant { list: PairList::LockedPairs, id, closest: Some(closest), .. } => format!(
                "固定したペアの「{id}」はこの参加者の中にいません。「{closest}」のことですか？ 違う場合は、固定を外すか、その人の回答を読み込んでください。"
            ),
            MatchError::UnknownParticipant { list: PairList::LockedPairs, id, closest: None, .. } => format!(
                "固定したペアの「{id}」はこの参加者の中にいません。固定を外すか、その人の回答を読み込んでください。"
            ),
            MatchError::UnknownParticipant { list: PairList::NeverPair, index, id, closest: Some(closest) } => format!(
                "組ませない2人の {} 番目にある「{id}」はこの参加者の中にいないため、この指定は働きません。「{closest}」のことですか？ 違う場合は、この指定を外してください。",
                index + 1
            ),
            MatchError::UnknownParticipant { list: PairList::NeverPair, index, id, closest: None } => format!(
                "組ませない2人の {} 番目にある「{id}」はこの参加者の中にいないため、この指定は働きません。直すか、この指定を外してください。",
                index + 1
            ),
        }
    }

    fn run_error(&self, error: &RunError, names: Names) -> String {
        match error {
            RunError::Engine(e) => self.match_error(e, names),
            // The detail is the parser's English: the English view shows it for a bug report.
            RunError::Plumbing { stage: PlumbingStage::Request, .. } => {
                "計算の依頼を読めませんでした（アプリの内部のやり取りの問題です）。ページを再読み込みしてください。".into()
            }
            RunError::Plumbing { stage: PlumbingStage::ReplyWrite, .. } => {
                "計算結果を書けませんでした（アプリの内部のやり取りの問題です）。ページを再読み込みしてください。".into()
            }
            RunError::Plumbing { stage: PlumbingStage::ReplyRead, .. } => {
                "計算結果を読めませんでした（アプリの内部のやり取りの問題です）。ページを再読み込みしてください。".into()
            }
        }
    }

    fn board_message(&self, message: &BoardMessage, names: Names) -> String {
        match message {
            BoardMessage::RunFailed(e) => format!("ペアを作れませんでした：{}", self.run_error(e, names)),
            BoardMessage::WorkerUnavailable => "この環境ではバックグラウンド計算が使えないため、ページ上で計算しました。大人数では少し待つことがあります。".into(),
            BoardMessage::Cancelled => "計算を中止しました。前の結果はそのままです。".into(),
            BoardMessage::GroupFull => "3人組にはこれ以上加えられません。".into(),
            BoardMessage::MoveMentees => "リバースモードではメンティーを移します。メンターはペアに残ります。".into(),
            BoardMessage::NothingToUndo => "戻せる操作はありません。".into(),
            BoardMessage::MoveSetAside { moved, dissolved, set_aside } => {
                let moved = names(moved);
                let people: Vec<String> = set_aside.iter().map(|id| format!("{}さん", names(id))).collect();
                let pairs: Vec<String> = dissolved.iter().map(|n| format!("ペア {n}")).collect();
                let (people, pairs) = (people.join("、"), pairs.join("と"));
                match (dissolved.is_empty(), set_aside.is_empty()) {
                    (false, false) => format!("{moved}さんを移したため、{pairs}は解消され、{people}は今、相手がいません。「元に戻す」で元に戻せます。"),
                    (true, _) => format!("{moved}さんを移したため、{people}は今、相手がいません。「元に戻す」で元に戻せます。"),
                    (false, true) => format!("{moved}さんを移したため、{pairs}は解消されました。「元に戻す」で元に戻せます。"),
                }
            }
            BoardMessage::SameResult => "再計算しても同じペアになりました。この設定では、これよりよい組み合わせはありません。".into(),
            BoardMessage::RematchNothingMarked => "組み直すペアに印がありません。カードの「このペアを組み直す」にチェックを入れてください（このラウンドのフォローアップで新しい相手を希望した人のペアには、最初からチェックが入っています）。".into(),
            BoardMessage::Rematched(o) => {
                let pairs: Vec<String> = o.broken.iter().map(|n| format!("ペア {n}")).collect();
                let mut out = format!("{}を組み直しました。", pairs.join("と"));
                let with: Vec<String> = o
                    .new_pairs
                    .iter()
                    .map(|members| {
                        let members: Vec<String> = members.iter().map(|m| format!("{}さん", names(m))).collect();
                        members.join("と")
                    })
                    .collect();
                if !with.is_empty() {
                    out.push_str(&format!("新しいペア：{}。", with.join("、")));
                }
                for (id, reason) in &o.unpaired {
                    out.push_str(&format!(
                        "{}さんには新しい相手が見つかりませんでした：{}",
                        names(id),
                        self.unmatched_reason(reason, names)
                    ));
                }
                if !o.unpaired.is_empty() {
                    out.push_str("（前の相手は、この組み直しに限り「組ませない2人」に入っています。）新しい相手と組ませるには、元に戻してから、ほかのペアにもチェックを入れて組み直してください。相手を入れ替えられます。");
                }
                if o.kept > 0 {
                    out.push_str(&format!("ほかの {} 組はそのまま残し、固定しました。", o.kept));
                }
                out.push_str("「元に戻す」で元に戻せます。");
                out
            }
        }
    }

    fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::SampleLoaded => "サンプルのワークショップ（架空の24人の回答つき）を読み込みました。コンソールでペアを作れます。".into(),
            Notice::WorkshopReplaced => "テンプレートから新しいワークショップを作りました。".into(),
            Notice::Restored => "元に戻しました。".into(),
            Notice::StorageUnreadable => "このブラウザに保存されているデータは、この版の架け橋では読めません（新しい版で保存されたか、壊れています）。データはそのまま残し、上書きはしません。このページでの作業はページを閉じるまで有効です。残すにはセッションをファイルに保存してください。".into(),
            Notice::EarlierStateUnreadable => "以前の版の架け橋がこのブラウザに保存したデータを読めません（壊れているか、新しい版で保存されました）。データはそのまま残し、上書きはしません。控えを残すにはファイルに保存してください。これからの作業は、そのデータとは別に保存されます。".into(),
            Notice::StorageRecovered => "このブラウザに保存されていたデータの一部を読めませんでした。その部分は削除せずに別に保管し、ほかはすべて表示しています。".into(),
            Notice::StorageFailed(StorageProblem::Full) => "ブラウザの保存領域がいっぱいのため、最新の変更を保存できませんでした。画面の内容はこのページを閉じるまで失われません。今すぐセッションをファイルに保存し、ほかのサイトのデータを消すなどして空きを作ってから再読み込みしてください。".into(),
            Notice::StorageFailed(StorageProblem::Unavailable) => "このブラウザはこのページのデータを保存しません（プライベートブラウズ、または保存が無効）。画面の内容はこのページを閉じるまで失われません。残すにはセッションをファイルに保存してください。".into(),
            Notice::StorageFailed(StorageProblem::TooLarge) => "このセッションは、このブラウザがこのページに用意する保存領域（約 5 MB）より大きいため保存できません。画面の内容はこのページを閉じるまで失われません。残すにはセッションをファイルに保存してください。".into(),
            Notice::ChangedElsewhere => "別のタブまたはウィンドウでこのワークショップが変更されました。最新の回答とペアを表示しています。".into(),
            Notice::UnsavedKept => "閉じたページが最後の変更を保存しきれず、その後ほかのタブでこのワークショップが変更されました。その変更はホームの自動バックアップに残しています。足りないものがあれば、そこから元に戻してください。".into(),
            Notice::BackupRestored => "バックアップを元に戻しました。戻す前の状態もバックアップに残しています。".into(),
            Notice::WorkshopSaved => "ワークショップを保存しました。".into(),
            Notice::AnswersArchived(n) => format!(
                "編集後のワークショップに合わない回答{n}件は、前の版のワークショップと一緒にアーカイブに保管しました。"
            ),
            Notice::LinkBroken(e) => format!(
                "リンクを開けませんでした：{} ファシリテーターにリンクをもう一度送ってもらうか、ワークショップのファイルを開いてください。",
                self.code_error(e)
            ),
            Notice::SurveyFileBroken(e) => format!(
                "このアンケートファイルに入っているワークショップを読めませんでした：{} ファシリテーターにアンケートファイルをもう一度送ってもらうか、ワークショップのファイルを開いてください。",
                self.format_error(e)
            ),
            Notice::KioskSaved(name) => format!("名簿に保存しました：{name}"),
            Notice::SurveyClosed => "アンケートを閉じました。".into(),
            Notice::ResponseEdited => "回答を修正しました。".into(),
            Notice::ResponseDeleted(name) => format!("{name}さんの回答を削除しました。"),
            Notice::WorkshopOpened { file, kept, archived } => match (kept, archived) {
                (0, 0) => format!("{file} を開きました。これが現在のワークショップです。"),
                (_, 0) => format!("{file} を開きました。これが現在のワークショップです。集めた回答{kept}件はこのワークショップに合うので、そのまま使えます。"),
                (0, _) => format!(
                    "{file} を開きました。これが現在のワークショップです。これまでの回答{archived}件はこのワークショップに合わないため、前のワークショップと一緒にアーカイブに保管しました。"
                ),
                _ => format!(
                    "{file} を開きました。これが現在のワークショップです。合う回答{kept}件はそのまま使えます。合わない回答{archived}件は、前のワークショップと一緒にアーカイブに保管しました。"
                ),
            },
        }
    }

    fn problem(&self, problem: &Problem, skill: &str) -> String {
        match problem {
            Problem::NameMissing => "表示名を入力してください。".into(),
            Problem::NameTooLong => "表示名は100文字以内にしてください。".into(),
            Problem::GenerationMissing => "世代を選ぶか、生まれ年を入力してください。".into(),
            Problem::BirthYearNotANumber => "生まれ年は数字で入力してください（例：1985）。".into(),
            Problem::BirthYearOutOfRange => {
                "この生まれ年はワークショップのどの世代にも入りません。世代を選んでください。"
                    .into()
            }
            Problem::RatingMissing(_) => format!("評価を選んでください： {skill}"),
            Problem::NoteTooLong => "ひとことは2000文字以内にしてください。".into(),
            Problem::DepartmentTooLong => "部署名は100文字以内にしてください。".into(),
        }
    }

    fn import_outcome(&self, outcome: &ImportOutcome) -> String {
        match outcome {
            ImportOutcome::Added(name) => format!("追加: {name}"),
            ImportOutcome::Updated(name) => format!("更新（新しい回答に置き換え）: {name}"),
            ImportOutcome::AlreadyNewer(name) => {
                format!("変更なし（同じか新しい回答が既にあります）: {name}")
            }
            ImportOutcome::RejectedFile(e) => format!("読み込めません: {}", self.format_error(e)),
            ImportOutcome::RejectedCode(e) => format!("読み込めません: {}", self.code_error(e)),
            // ---- follow-up answers (issue 11 §3) ----
            ImportOutcome::FollowUpAdded(name) => format!("フォローアップ追加: {name}"),
            ImportOutcome::FollowUpUpdated(name) => {
                format!("フォローアップ更新（新しい回答に置き換え）: {name}")
            }
            ImportOutcome::FollowUpAlreadyNewer(name) => {
                format!("フォローアップ変更なし（同じか新しい回答が既にあります）: {name}")
            }
            ImportOutcome::RejectedFollowUp(FollowUpRejection::NoPairing) => {
                "読み込めません: フォローアップの回答ですが、このセッションではまだペアを作っていません。ペアづくりでペアを作ってから、もう一度読み込んでください。".into()
            }
            ImportOutcome::RejectedFollowUp(FollowUpRejection::NotInCohort { participant_id }) => format!(
                "読み込めません: このワークショップに最初の回答がない人のフォローアップ回答です（参加者 ID {participant_id}）。先に最初の回答を読み込むか、ワークショップが合っているか確かめてください。"
            ),
            ImportOutcome::RejectedFollowUp(FollowUpRejection::UnknownRound { round, latest }) => format!(
                "読み込めません: ラウンド{round}のフォローアップ回答ですが、このセッションのペアはラウンド{latest}までです。セッションが合っているか確かめてください。"
            ),
        }
    }

    fn constraint(&self, constraint: Constraint) -> &'static str {
        match constraint {
            Constraint::SameDepartment => "同じ部署",
            Constraint::NeverPair => "組ませない2人",
            Constraint::MinGenerationDistance => "世代が近すぎる",
            Constraint::RepeatPartner => "以前のラウンドと同じ相手",
            Constraint::LockedElsewhere => "ほかの人と固定済み",
        }
    }

    fn unmatched_reason(&self, reason: &UnmatchedReason, names: Names) -> String {
        match reason {
            UnmatchedReason::NobodyElse => "組める相手がいません（相手側の人がいません）。".into(),
            UnmatchedReason::NoAllowedPartner { excluded } => {
                let list: Vec<String> = excluded
                    .iter()
                    .map(|e| format!("{}: {}", self.constraint(e.constraint), e.count))
                    .collect();
                format!("条件により、組める相手がいません（{}）。", list.join("、"))
            }
            UnmatchedReason::PartnersTaken {
                allowed,
                allowed_count,
            } => {
                let listed: Vec<String> = allowed.iter().map(|id| names(id)).collect();
                let more = (*allowed_count as usize).saturating_sub(listed.len());
                if more > 0 {
                    format!("組める相手（{} ほか{more}人）は、より多くの人がペアになるよう別の人と組んでいます。", listed.join("、"))
                } else {
                    format!(
                        "組める相手（{}）は、より多くの人がペアになるよう別の人と組んでいます。",
                        listed.join("、")
                    )
                }
            }
            UnmatchedReason::NoMenteeLeft => {
                "メンティーが足りず、ほかのメンターの方が高い点になりました。".into()
            }
            UnmatchedReason::SetAside => {
                "ファシリテーターがペアを解消しました。再計算でまた組まれます。".into()
            }
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
            (UnmatchedReason::NobodyElse, Role::Peer) => {
                format!("{who}さんのほかに参加者がいません。")
            }
            (UnmatchedReason::NobodyElse, Role::Mentor) => {
                format!("{who}さんはメンターですが、メンティーがいません。")
            }
            (UnmatchedReason::NobodyElse, Role::Mentee) => {
                format!("{who}さんはメンティーですが、メンターがいません。")
            }
            _ => format!("{who}さん：{}", self.unmatched_reason(reason, names)),
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
        let (tr, lr, pts) = (line.teacher_rating, line.learner_rating, line.points);
        // Whose level is which: the teacher's rating beside the teacher, the learner's beside
        // the learner.
        if line.wanted {
            format!("「{skill}」：{teacher}さん {tr} → {learner}さん {lr}（学びたい項目なので{want_weight}倍）{pts}点")
        } else {
            format!("「{skill}」：{teacher}さん {tr} → {learner}さん {lr}：{pts}点")
        }
    }

    fn link_facts(&self, link: &LinkExplanation) -> String {
        // Each fact a sentence; the generation points said with the distance they are for.
        let mut facts = vec![
            match (link.generation_steps, link.breakdown.generation_bonus) {
                (0, _) => "同じ世代です。".to_owned(),
                (steps, 0) => format!("世代が{steps}つ離れています。"),
                (steps, bonus) => format!("世代が{steps}つ離れているので +{bonus}点。"),
            },
        ];
        if let Some(d) = &link.shared_department {
            facts.push(format!("同じ部署（{d}）です。"));
        }
        if let Some(r) = link.earlier_round {
            facts.push(format!("ラウンド{r}でも同じペアでした。"));
        }
        facts.concat()
    }

    fn runner_up(&self, member: &str, partner: &str, r: &RunnerUp) -> String {
        // What a facilitator can say to the participant: who else was possible, and what
        // the room would lose.
        let could = format!(
            "{member}さんは{partner}さんとも組めます（{}点）。",
            r.pair_score
        );
        let bound = if r.exact { "" } else { "最大で" };
        let but = match (r.fewer_paired, r.total_fall) {
            (k, _) if k > 0 => format!("ただ、そうすると相手のいない人が{k}人増えます。"),
            (_, fall) if fall > 0 => {
                format!("ただ、そうするとほかのペアも組み替わり、全ペアの合計点が{bound}{fall}点下がります。")
            }
            (_, 0) => "そうしても全ペアの合計点は変わりません。どちらも同じくらいよい組み合わせです。".to_owned(),
            (_, fall) => format!(
                "そうすると全ペアの合計点は{}点上がりますが、いちばん点の低いペアの点が下がります。",
                -fall
            ),
        };
        format!("{could}{but}")
    }

    fn set_aside(&self, a: &SetAside) -> String {
        let part = match &a.part {
            Part::Language => "選んだ表示言語".to_owned(),
            Part::Cohort => "現在のワークショップと回答".to_owned(),
            Part::Response {
                index,
                name: Some(name),
            } => format!("回答 {}（{name}）", index + 1),
            Part::Response { index, name: None } => format!("回答 {}", index + 1),
            Part::FollowUp { index } => format!("フォローアップ回答 {}", index + 1),
            Part::AnswerLine { from } => format!("回答 {} 件目から1行に保存された回答", from + 1),
            Part::Round(i) => format!("ラウンド {} のペア", i + 1),
            Part::Archived(i) => format!("アーカイブのワークショップ {}", i + 1),
            Part::Draft => "編集中のワークショップ".to_owned(),
            // The workshop's id is nobody's word for it (its title is not readable here).
            Part::Survey(_) => "アンケートの下書き".to_owned(),
            Part::Board => "ペアづくりの状態".to_owned(),
            Part::Backups => "バックアップの一覧".to_owned(),
            Part::Record(key) => format!("保存データ「{key}」"),
        };
        let why = match &a.why {
            Why::Format(e) => self.format_error(e),
            Why::Invalid(e) => self.invalid(e, Place::Alone),
        };
        format!("{part}：{why}")
    }

    fn backup_reason(&self, reason: BackupReason) -> &'static str {
        match reason {
            BackupReason::Replaced => "ワークショップを置き換える前",
            BackupReason::Edited => "編集で回答をアーカイブに移す前",
            BackupReason::Import => "読み込みで回答を置き換える前",
            BackupReason::Migration => "以前の版のデータを移す前",
            BackupReason::Restore => "バックアップに戻す前",
            BackupReason::Unsaved => "閉じたページが保存しきれなかった変更",
        }
    }

    fn birth_years(&self, g: &Generation) -> String {
        match (g.born_from, g.born_to) {
            (Some(from), Some(to)) => format!("{from}〜{to}"),
            (None, Some(to)) => format!("{to}年以前生まれ"),
            (Some(from), None) => format!("{from}年以降生まれ"),
            (None, None) => String::new(),
        }
    }
    fn cli(&self, message: &Cli) -> String {
        match message {
            Cli::Usage => format!(
                "\
kakehashi — メンタリング・ワークショップのファイルとペアづくり（架け橋）

使い方:
    kakehashi validate FILE...          架け橋の JSON ファイルを検査します（1 つでも不合格なら
                                        終了コード 1）
    kakehashi template [--lang ja|en]   組み込みのリバースメンタリング用ワークショップを出力します
    kakehashi demo --participants N [--seed S] [--lang ja|en] [--now TIME]
                   [--responses-dir DIR] [--followups] [-o FILE]
                                        練習用の架空のコホートを書き出します（TIME の例:
                                        2026-11-26T09:30:00Z、省略時は現在時刻）。
                                        --responses-dir を付けると、ワークショップと参加者
                                        ごとの回答ファイルも書き出します。--followups を
                                        付けると、TIME の3か月前にペアを組み、フォロー
                                        アップ回答まで入ったセッションを書き出します
                                        （成長の見える化と kakehashi report の練習用）
    kakehashi scores COHORT [--mode mutual|reverse] [-o FILE]
                                        すべての組の点数を出力します（null: 組めない組）
    kakehashi match COHORT [--mode mutual|reverse] [--capacity K]
                   [--objective most-pairs|fairest] [-o FILE]
                                        最適なペアを出力します（設定はコホートのワーク
                                        ショップのもので、オプションで上書きできます。
                                        K: 1〜{MAX_MENTOR_CAPACITY}）
    kakehashi bench [--sizes 100,500,1000,2000] [--seed S]
                                        練習用のコホートで採点とペアづくりの時間を測ります
                                        （--release でビルドしてください）
    kakehashi survey-file WORKSHOP [--app FILE] [-o FILE]
                                        参加者用のアンケートファイルを書き出します。1 ファイル
                                        版（--app、省略時は dist/kakehashi.html）にワーク
                                        ショップ（またはコホートのワークショップ）を入れた
                                        ものです。出力の名前は省略時
                                        kakehashi-<ワークショップ ID>.html です
    kakehashi report COHORT [--csv FILE]
                                        フォローアップ回答のあるセッションのプログラム
                                        報告書を出力します（世代×スキルの成長、面談回数、
                                        満足度、ペアごとの回答）。--csv を付けると、すべて
                                        の数値を Excel 用の CSV にも書き出します
    kakehashi help                      この説明を表示します

LC_ALL、LC_MESSAGES または LANG が ja で始まるとき、メッセージは日本語になります。
"
            ),
            Cli::Mistake(mistake) => usage_mistake(mistake),
            Cli::AtPath { path, problem } => format!("{path}: {problem}"),
            Cli::CannotRead(problem) => format!("読めません。{}", io_problem(problem)),
            Cli::CannotReadApp(problem) => format!(
                "読めません。{}（`trunk build --release` で作るか、--app FILE で指定してください。）",
                io_problem(problem)
            ),
            Cli::CannotWrite(problem) => format!("書き込めません。{}", io_problem(problem)),
            Cli::CannotCreate(problem) => format!("作れません。{}", io_problem(problem)),
            Cli::CannotWriteOutput(problem) => format!("出力を書き込めません。{}", io_problem(problem)),
            Cli::NotAWorkshop { found } => format!(
                "これは{}のファイルです。ワークショップ（またはコホート）のファイルを指定してください。",
                kind_name(*found)
            ),
            Cli::Valid { path, summary } => format!("OK    {path}: {summary}"),
            Cli::Failed { path, problem } => format!("FAIL  {path}: {problem}"),
            Cli::ResponseFor { name, workshop } => format!("「{name}」さんの回答（ワークショップ「{workshop}」）"),
            Cli::ResponseAlone { name, workshop } => format!(
                "「{name}」さんの回答（形式のみ検査しました。評価とスキルも検査するには、ワークショップ「{workshop}」のファイルも指定してください）"
            ),
            Cli::FollowUpFor { participant, workshop } => {
                format!("参加者「{participant}」のフォローアップ回答（ワークショップ「{workshop}」）")
            }
            Cli::FollowUpAlone { participant, workshop } => format!(
                "参加者「{participant}」のフォローアップ回答（形式のみ検査しました。評価とスキルも検査するには、ワークショップ「{workshop}」のファイルも指定してください）"
            ),
            Cli::WorkshopSummary { id, skills, generations } => {
                format!("ワークショップ「{id}」（スキル {skills} 個、世代 {generations} 個）")
            }
            Cli::CohortSummary { workshop, responses } => {
                format!("ワークショップ「{workshop}」のコホート（回答 {responses} 件）")
            }
            Cli::PairingSummary { workshop, pairs } => {
                format!("ワークショップ「{workshop}」のペアリング結果（{pairs} 組）")
            }
            Cli::WroteReportCsv { path } => format!("{path} に報告書のすべての数値を書き出しました。"),
            Cli::WroteResponses { n, dir } => {
                format!("{dir} に workshop.json と回答ファイル {n} 件を書き出しました。")
            }
            Cli::DebugBuildNote => {
                "注意：これはデバッグビルドです。時間は `cargo run --release -- bench` で測ってください。".into()
            }
            Cli::BenchHeader => [
                (6, "人数"),
                (7, "モード"),
                (11, "行列"),
                (10, "採点_秒"),
                (10, "解法_秒"),
                (11, "ペア化_秒"),
                (11, "合計点"),
                (6, "ペア数"),
                (10, "公平_秒"),
            ]
            .iter()
            .enumerate()
            .map(|(i, (width, title))| if i == 1 { pad_right(title, *width) } else { pad_left(title, *width) })
            .collect::<Vec<_>>()
            .join("  "),
            Cli::BenchFailed { n, mode, problem } => format!("{n:>6}  {mode:<7}  {problem}"),
        }
    }
}

/// Columns a text takes in a terminal: two for the wide (CJK, full-width) characters.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c {
            '\u{1100}'..='\u{115f}'
            | '\u{2e80}'..='\u{a4cf}'
            | '\u{ac00}'..='\u{d7a3}'
            | '\u{f900}'..='\u{faff}'
            | '\u{fe30}'..='\u{fe4f}'
            | '\u{ff00}'..='\u{ff60}'
            | '\u{ffe0}'..='\u{ffe6}' => 2,
            _ => 1,
        })
        .sum()
}

fn pad_left(text: &str, width: usize) -> String {
    format!(
        "{}{text}",
        " ".repeat(width.saturating_sub(display_width(text)))
    )
}

fn pad_right(text: &str, width: usize) -> String {
    format!(
        "{text}{}",
        " ".repeat(width.saturating_sub(display_width(text)))
    )
}

/// Why a file could not be used, as a sentence that follows 「読めません。」 and the like.
fn io_problem(problem: &IoProblem) -> String {
    match problem {
        IoProblem::NotFound => "ファイルまたはフォルダがありません。".into(),
        IoProblem::PermissionDenied => "アクセスが許可されていません。".into(),
        IoProblem::IsADirectory => "ファイルではなくフォルダです。".into(),
        IoProblem::NotADirectory => "パスの途中がフォルダではなくファイルです。".into(),
        IoProblem::StorageFull => "ディスクがいっぱいです。".into(),
        IoProblem::Other(message) => format!("システムからの説明：{message}"),
    }
}

fn usage_mistake(mistake: &UsageMistake) -> String {
    match mistake {
        UsageMistake::UnknownCommand(command) => format!("「{command}」というコマンドはありません。"),
        UsageMistake::UnknownOption(option) => format!("「{option}」というオプションはありません。"),
        UsageMistake::NeedsValue(flag) => format!("{flag} には値が必要です。"),
        UsageMistake::GivenTwice(flag) => format!("{flag} が 2 回指定されています。"),
        UsageMistake::NotWholeNumber { flag, value } => {
            format!("{flag} は整数で指定してください（「{value}」ではなく）。")
        }
        UsageMistake::LangChoice(value) => format!("--lang は ja か en で指定してください（「{value}」ではなく）。"),
        UsageMistake::ModeChoice(value) => {
            format!("--mode は mutual か reverse で指定してください（「{value}」ではなく）。")
        }
        UsageMistake::ObjectiveChoice(value) => {
            format!("--objective は most-pairs か fairest で指定してください（「{value}」ではなく）。")
        }
        UsageMistake::ValidateNeedsFile => "validate にはファイル（FILE）を 1 つ以上指定してください。".into(),
        UsageMistake::NeedsFile { command, what } => format!("{command} には {what} ファイルが必要です。"),
        UsageMistake::TakesOneFile { command, what } => format!("{command} に指定できる {what} ファイルは 1 つです。"),
        UsageMistake::DemoTakesNoFile(extra) => {
            format!("demo はファイル引数をとりません（「{extra}」）。-o FILE を使ってください。")
        }
        UsageMistake::DemoNeedsParticipants => "demo には --participants N が必要です。".into(),
        UsageMistake::ParticipantsAtMost { max } => format!("--participants は {max} 以下にしてください。"),
        UsageMistake::NowNotUtc(value) => format!(
            "--now は 2026-11-26T09:30:00Z のような UTC の日時で指定してください（「{value}」ではなく）。"
        ),
        UsageMistake::SizesNotNumbers(value) => {
            format!("--sizes は 100,500 のように数字で指定してください（「{value}」ではなく）。")
        }
        UsageMistake::SizeAboveMaximum { size, max } => format!("大きさ {size} は上限の {max} を超えています。"),
        UsageMistake::CapacityOutOfRange { value, max } => format!(
            "--capacity は 1 から {max}（1 人のメンターが受け持てる最大人数）までで指定してください（{value} ではなく）。"
        ),
    }
}

fn json_part(part: JsonPart) -> &'static str {
    match part {
        JsonPart::String => "文字列",
        JsonPart::List => "配列",
        JsonPart::Object => "オブジェクト",
        JsonPart::Value => "値",
    }
}

/// Why the text is not JSON, as a sentence.
fn syntax_problem(problem: &SyntaxProblem) -> String {
    match problem {
        SyntaxProblem::EndedInside(part) => format!(
            "{}の途中でファイルが終わっています。ファイルが途中で切れていないか確認してください。",
            json_part(*part)
        ),
        SyntaxProblem::TrailingCharacters => "文書の終わりのあとに、まだ文字があります。".into(),
        SyntaxProblem::TrailingComma => "閉じかっこの直前にコンマがあります。".into(),
        SyntaxProblem::InvalidEscape => {
            "文字列の中のバックスラッシュ（\\）の書き方が JSON にないものか、途中で切れています。"
                .into()
        }
        SyntaxProblem::InvalidUnicodeEscape => {
            "文字列の中の \\u の書き方が、どの文字も表していません。".into()
        }
        SyntaxProblem::ControlCharacterInString => {
            "文字列の中にタブや改行がそのまま入っています。\\t や \\n と書いてください。".into()
        }
        SyntaxProblem::ExpectedValue => "値がないか、余計な文字があります。".into(),
        SyntaxProblem::ExpectedCommaOrEnd(JsonPart::Object) => {
            "コンマ（,）か閉じかっこ（}）がありません。".into()
        }
        SyntaxProblem::ExpectedCommaOrEnd(_) => "コンマ（,）か閉じかっこ（]）がありません。".into(),
        SyntaxProblem::ExpectedColon => "キーのあとにコロン（:）がありません。".into(),
        SyntaxProblem::KeyMustBeString => {
            "キーがダブルクォートで囲んだ文字列になっていません。".into()
        }
        SyntaxProblem::InvalidNumber => "数値の書き方が JSON の書き方ではありません。".into(),
        SyntaxProblem::NumberOutOfRange => "数値が大きすぎます。".into(),
        SyntaxProblem::ExpectedLiteral => {
            "「true」「false」「null」のどれでもない語があります。".into()
        }
        // serde_json's own words are English: not quoted into a Japanese sentence.
        SyntaxProblem::Other(_) => "JSON の書き方に誤りがあります。".into(),
    }
}

fn found(found: &Found) -> String {
    match found {
        Found::Text(quoted) => format!("文字列 {quoted}"),
        Found::Integer(n) => format!("整数 {n}"),
        Found::Decimal(n) => format!("小数 {n}"),
        Found::Boolean(b) => format!("真偽値「{b}」"),
        Found::Null => "空の値「null」".into(),
        Found::List => "配列".into(),
        Found::Object => "オブジェクト".into(),
        // serde's own words are English: not quoted into a Japanese sentence.
        Found::Other(_) => "この値".into(),
    }
}

/// "「a」「b」「c」のどれか".
fn choices(names: &[String]) -> String {
    let quoted: String = names.iter().map(|n| format!("「{n}」")).collect();
    if names.len() > 1 {
        format!("{quoted}のどれか")
    } else {
        quoted
    }
}

fn expected(expected: &Expected) -> String {
    match expected {
        Expected::WholeNumber { min, max } => format!("{min}〜{max} の整数"),
        Expected::Text => "文字列".into(),
        Expected::Boolean => "「true」か「false」".into(),
        Expected::List { length: Some(n) } => format!("要素が {n} 個の配列"),
        Expected::List { length: None } => "配列".into(),
        Expected::Object => "オブジェクト".into(),
        Expected::OneOf(names) => choices(names),
        Expected::Other(_) => "別の形の値".into(),
    }
}

/// Why the JSON does not have the document's shape, as a sentence.
fn shape_problem(problem: &ShapeProblem) -> String {
    match problem {
        ShapeProblem::MissingField { field } => format!("欄「{field}」がありません。"),
        ShapeProblem::UnknownField { field, allowed } if allowed.is_empty() => {
            format!("欄「{field}」はこの形式にありません。")
        }
        ShapeProblem::UnknownField { field, allowed } => {
            format!(
                "欄「{field}」はこの形式にありません。ここで使える欄は{}です。",
                choices(allowed)
            )
        }
        ShapeProblem::UnknownVariant { found, allowed } => {
            format!(
                "「{found}」はここでは使えません。{}にしてください。",
                choices(allowed)
            )
        }
        ShapeProblem::InvalidType {
            found: f,
            expected: e,
        }
        | ShapeProblem::InvalidValue {
            found: f,
            expected: e,
        } => {
            format!("{}ではなく、{}が必要です。", found(f), expected(e))
        }
        ShapeProblem::InvalidLength {
            length,
            expected: e,
        } => {
            format!(
                "要素が {length} 個の配列ではなく、{}が必要です。",
                expected(e)
            )
        }
        ShapeProblem::FormatTagNotString => {
            "\"kakehashi/workshop@1\" のような文字列にしてください。".into()
        }
        ShapeProblem::Other(_) => "値の形が、架け橋のファイルの形と違います。".into(),
    }
}
