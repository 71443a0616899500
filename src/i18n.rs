//! The one translation table of the app: every text a user reads, in Japanese and
//! English, side by side. Components call [`t`] with a [`Key`]; error values from the core
//! are turned into sentences by [`format_error`]. A missing translation is a compile
//! error (the macro needs both), an empty one a test failure.
//!
//! Pure: knows the two languages, nothing about the browser.

use crate::formats::{FormatError, Kind};
use crate::model::Lang;
use crate::validate::Invalid;

macro_rules! texts {
    ($($key:ident => $ja:expr, $en:expr;)*) => {
        /// A text of the user interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }

        /// The text for `key` in `lang`.
        pub fn t(lang: Lang, key: Key) -> &'static str {
            match (lang, key) {
                $((Lang::Ja, Key::$key) => $ja, (Lang::En, Key::$key) => $en,)*
            }
        }
    };
}

texts! {
    AppName => "架け橋 Kakehashi", "Kakehashi 架け橋";
    Tagline => "世代をつなぐメンタリング", "Mentoring across generations";
    LanguageLabel => "表示言語", "Language";
    SkipToContent => "本文へ移動", "Skip to content";
    MainNavigation => "メインメニュー", "Main navigation";
    NavHome => "ホーム", "Home";
    NavSurvey => "アンケート", "Survey";
    NavConsole => "コンソール", "Console";
    PrivacyNote => "データはこのブラウザの中だけに保存され、どこにも送信されません。",
        "Your data stays in this browser: nothing is sent anywhere.";

    HomeTitle => "ファシリテーターのホーム", "Facilitator home";
    HomeIntro => "ワークショップを準備し、参加者にアンケートを配り、回答を集めてペアを提案します。サーバーは使いません。",
        "Set up a workshop, hand the survey to participants, collect their answers and get suggested pairs. No server involved.";
    NoWorkshopTitle => "ワークショップはまだありません", "No workshop yet";
    NoWorkshopBody => "まずテンプレートから始めましょう。リバースメンタリング用の12のスキル（デジタル6・経験6）と世代が入っています。",
        "Start from the template: it has 12 skills for reverse mentoring (6 digital, 6 from experience) and the generations.";
    CurrentWorkshop => "現在のワークショップ", "Current workshop";
    PresetLabel => "世代の区分", "Generations";
    PresetJapanese => "日本の世代（団塊の世代〜Z世代）", "Japanese generations (Dankai to Gen Z)";
    PresetInternational => "国際的な5世代（サイレント〜Z世代）", "International five (Silent to Gen Z)";
    StartFromTemplate => "テンプレートから始める", "Start from the template";
    ReplaceWithTemplate => "テンプレートで新しく始める", "Start over from the template";
    ConfirmReplaceTitle => "現在のワークショップを置き換えますか？", "Replace the current workshop?";
    ConfirmReplaceBody => "現在のワークショップと集めた回答は置き換えられます。直後なら「元に戻す」で戻せます。",
        "The current workshop and the answers collected for it will be replaced. You can undo right after.";
    ConfirmReplace => "置き換える", "Replace";
    Cancel => "キャンセル", "Cancel";
    Undo => "元に戻す", "Undo";
    Dismiss => "閉じる", "Dismiss";
    WorkshopReplaced => "テンプレートから新しいワークショップを作りました。", "A new workshop was created from the template.";
    WorkshopRestored => "元のワークショップに戻しました。", "The previous workshop is back.";
    SkillsHeading => "スキル", "Skills";
    GenerationsHeading => "世代", "Generations";
    ScaleHeading => "評価の尺度", "Rating scale";
    ModeHeading => "マッチング方式", "Matching mode";
    FamilyDigital => "デジタル", "Digital";
    FamilyExperience => "経験", "Experience";
    ModeMutual => "相互メンタリング（互いに教え合う）", "Mutual mentoring (each teaches the other)";
    ModeReverse => "リバースメンタリング（若手が先輩に教える）", "Reverse mentoring (younger mentor older)";
    ResponsesCount => "集まった回答", "Answers collected";
    SkillCount => "スキル数", "Skills";
    BornUntil => "年以前生まれ", "born until";
    BornFrom => "年以降生まれ", "born from";
    YearsSeparator => "〜", "–";
    NextStepsTitle => "次にすること", "What comes next";
    NextStepSurvey => "参加者にアンケートを配る（アンケート画面）", "Hand the survey to participants (Survey view)";
    NextStepCollect => "回答を集めて読み込む（コンソール）", "Collect and import their answers (Console)";
    NextStepMatch => "ペアを計算し、調整して書き出す（コンソール）", "Compute, adjust and export the pairs (Console)";

    SurveyTitle => "自己評価アンケート", "Self-assessment survey";
    SurveyEmptyTitle => "開いているアンケートはありません", "No survey is open";
    SurveyEmptyBody => "ファシリテーターから受け取ったリンクを開くか、ワークショップのファイルを開いてください。",
        "Open the link your facilitator shared with you, or open the workshop file they gave you.";
    SurveyPreviewNote => "このブラウザのワークショップ：", "The workshop in this browser:";

    ConsoleTitle => "ファシリテーターのコンソール", "Facilitator console";
    ConsoleEmptyTitle => "回答はまだありません", "No answers yet";
    ConsoleEmptyBody => "参加者から回答（ファイルまたは回答コード）を受け取ったら、ここで読み込みます。その後、架け橋が最適なペアを提案します。",
        "When participants hand in their answers (a file or an answer code), import them here. Kakehashi then suggests the best pairs.";
    ConsoleNoWorkshop => "先にホームでワークショップを用意してください。", "First set up a workshop on the Home view.";
    GoHome => "ホームへ", "Go to Home";

    StorageUnreadable => "保存されていたデータをこの版では読めませんでした。消さずに別の場所に保管してあります。",
        "The data saved in this browser could not be read by this version. It was kept aside, not deleted.";
    StorageUnavailable => "このブラウザには保存できません（プライベートモードまたは容量不足）。ページを閉じると作業が失われます。",
        "This browser cannot save (private mode or storage full). Work will be lost when the page is closed.";
}

/// Whether `lang` reads "1–5" with a Japanese or an English range dash; shared by messages.
fn range(lang: Lang, min: impl std::fmt::Display, max: impl std::fmt::Display) -> String {
    match lang {
        Lang::Ja => format!("{min}〜{max}"),
        Lang::En => format!("{min}–{max}"),
    }
}

fn kind_name(lang: Lang, kind: Kind) -> &'static str {
    match (lang, kind) {
        (Lang::Ja, Kind::Workshop) => "ワークショップ",
        (Lang::Ja, Kind::Response) => "回答",
        (Lang::Ja, Kind::Cohort) => "セッション（コホート）",
        (Lang::Ja, Kind::Pairing) => "ペアリング結果",
        (Lang::En, k) => k.name(),
    }
}

/// A format error as a sentence in `lang`, saying what is wrong and what to do.
pub fn format_error(lang: Lang, error: &FormatError) -> String {
    if lang == Lang::En {
        return error.to_string();
    }
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
        FormatError::Syntax { line, column, message } => {
            format!("JSON として読めません（{line} 行 {column} 列：{message}）。ファイルが途中で切れていないか確認してください。")
        }
        FormatError::NoFormatTag => {
            "\"format\" 欄がありません。架け橋のファイルではありません。".into()
        }
        FormatError::UnknownFormat { found } => {
            format!("形式「{found}」は架け橋の形式ではありません。")
        }
        FormatError::WrongKind { expected, found } => format!(
            "これは{}のファイルです。ここでは{}のファイルが必要です。",
            kind_name(lang, *found),
            kind_name(lang, *expected)
        ),
        FormatError::UnsupportedVersion { kind, found, supported } => format!(
            "{}形式のバージョン {found} には対応していません（この版はバージョン {supported} を読めます）。対応する版の架け橋で開いてください。",
            kind_name(lang, *kind)
        ),
        FormatError::Shape { path, message } => format!("項目「{path}」の形式が違います：{message}"),
        FormatError::Invalid(invalid) => invalid_message(lang, invalid),
    }
}

/// A content error as a sentence in `lang`.
pub fn invalid_message(lang: Lang, invalid: &Invalid) -> String {
    use Invalid::*;
    if lang == Lang::En {
        return invalid.to_string();
    }
    match invalid {
        BadId { field, id } => format!(
            "項目「{field}」：ID「{id}」は 1〜64 文字の英数字・「_」「-」「.」で書いてください。"
        ),
        DuplicateId { what, id } => format!("ID「{id}」（{what}）が重複しています。それぞれ別の ID にしてください。"),
        EmptyLabel { field } => format!("項目「{field}」：名前が日本語・英語とも空です。"),
        EmptyField { field } => format!("項目「{field}」を入力してください。"),
        TooLong { field, max_chars } => format!("項目「{field}」が {max_chars} 文字を超えています。"),
        EmptyList { field } => format!("項目「{field}」には少なくとも 1 つ必要です。"),
        TooMany { field, max } => format!("項目「{field}」は {max} 個までです。"),
        BadScale { reason } => format!("評価の尺度が正しくありません：{reason}"),
        BadYearRange { generation } => format!("世代「{generation}」の生まれ年の範囲が逆になっています。"),
        OverlappingGenerations { first, second } => format!(
            "世代「{first}」と「{second}」の生まれ年が重なっています。1 つの年は 1 つの世代にだけ入れてください。"
        ),
        UnknownGeneration { field, id } => {
            format!("項目「{field}」：世代「{id}」はこのワークショップにありません。")
        }
        UnknownSkill { field, id } => format!("項目「{field}」：スキル「{id}」はこのワークショップにありません。"),
        RatingOutOfRange { skill, rating, min, max } => format!(
            "スキル「{skill}」の評価 {rating} は範囲（{}）の外です。",
            range(lang, min, max)
        ),
        MissingRating { skill } => format!("スキル「{skill}」の評価がありません。すべてのスキルに評価が必要です。"),
        NoGeneration => "世代も生まれ年もありません。どちらかが必要です。".into(),
        BadBirthYear { year } => format!("生まれ年 {year} はこのワークショップのどの世代にも入りません。"),
        GenerationMismatch { birth_year, generation, expected } => format!(
            "生まれ年 {birth_year} は世代「{expected}」ですが、世代欄は「{generation}」です。"
        ),
        BadTimestamp { field, value } => format!(
            "項目「{field}」：「{value}」は 2026-11-26T09:30:00Z のような UTC の日時ではありません。"
        ),
        OtherWorkshop { expected, found } => format!(
            "これはワークショップ「{found}」の回答で、現在のワークショップ「{expected}」のものではありません。"
        ),
        SelfPair { field, id } => format!("項目「{field}」：「{id}」を自分自身と組むことはできません。"),
        NestedFormat { field, expected, found } => {
            format!("項目「{field}」：形式「{found}」ではなく「{expected}」が必要です。")
        }
        BadSetting { field, reason } => format!("設定「{field}」が正しくありません：{reason}"),
        InResponse { index, participant, inner } => {
            format!("回答 {}（{participant}）：{}", index + 1, invalid_message(lang, inner))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        for &key in Key::ALL {
            for lang in Lang::ALL {
                assert!(!t(lang, key).trim().is_empty(), "{key:?} is empty in {lang:?}");
            }
        }
    }

    #[test]
    fn japanese_errors_are_japanese() {
        let e = FormatError::Invalid(Invalid::RatingOutOfRange { skill: "ai_tools".into(), rating: 7, min: 1, max: 5 });
        assert_eq!(format_error(Lang::En, &e), "skill 'ai_tools' rating 7 is outside 1–5");
        assert_eq!(format_error(Lang::Ja, &e), "スキル「ai_tools」の評価 7 は範囲（1〜5）の外です。");
    }
}
