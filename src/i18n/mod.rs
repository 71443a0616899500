//! The one translation table of the app: every text a user reads, in Japanese and
//! English, side by side. Components call [`t`] with a [`Key`]; error values from the core
//! are turned into sentences by [`format_error`]. A missing translation is a compile
//! error (the macro needs both), an empty one a test failure.
//!
//! Pure: knows the two languages, nothing about the browser.

use crate::transport::codes::{CodeError, CodeKind};
use crate::document::formats::FormatError;
use crate::document::model::Kind;
use crate::transport::import::ImportOutcome;
use crate::document::model::{Generation, Lang, Workshop};
use crate::workflow::session::Notice;
use crate::workflow::survey::Problem;
use crate::document::validate::Invalid;

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
    NavSetup => "準備と共有", "Set up & share";
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
    WorkshopRestored => "元に戻しました。", "Undone: the previous state is back.";
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

    LoadSample => "サンプルのワークショップを読み込む（回答24人分つき）", "Load the sample workshop (with 24 answers)";
    LoadSampleHint => "練習用に、架空の参加者の回答が入ったワークショップを作ります。", "Creates a workshop with made-up participants' answers, to rehearse with.";
    OfflineCopyTitle => "1ファイル版（オフライン用）", "Offline copy";
    OfflineCopyBody => "架け橋全体を1つのHTMLファイル（約1 MB）として保存できます。サーバーもネットワークもない部屋でダブルクリックして使えるほか、USBメモリで渡すこともできます。",
        "Save the whole of Kakehashi as one HTML file (about 1 MB): double-click it in a room without a server or network, or pass it on by USB stick.";
    OfflineCopyDownload => "kakehashi.html を保存", "Download kakehashi.html";
    SessionFileTitle => "セッションのファイル", "Session file";
    SessionFileBody => "ワークショップと集めた回答をまとめて保存し、別のブラウザやあとで開けます。", "Save the workshop with every answer collected, to open it in another browser or later.";
    SessionDownload => "セッションを保存", "Save the session";
    SessionOpen => "セッションのファイルを開く", "Open a session file";
    ArchiveTitle => "アーカイブ", "Archive";
    ArchiveBody => "置き換えたワークショップと、その回答です。ファイルとして保存できます。", "Workshops you replaced, with their answers. You can save each as a file.";
    ArchiveDownload => "保存", "Save";
    ArchiveAnswers => "件の回答", "answers";

    // ---- survey (participant) ----
    SurveyOpenFile => "ワークショップのファイルを開く", "Open workshop file";
    SurveyOpenFileHint => "ファシリテーターから受け取った .json ファイルを選んでください。", "Choose the .json file your facilitator gave you.";
    SurveyPasteCode => "ワークショップコードを貼り付ける", "Paste a workshop code";
    SurveyPasteCodeHint => "KW2. で始まるコードです。", "It starts with KW2.";
    SurveyOpenCode => "コードで開く", "Open with the code";
    SurveyKioskTitle => "この端末で回答を集める（共用端末モード）", "Collect answers on this laptop (shared-laptop mode)";
    SurveyKioskBody => "1台の端末を参加者で順に使う場合：送信した回答はこのブラウザの名簿に直接入り、次の人のためにフォームが空になります。",
        "When participants take turns on one laptop: each submission goes straight into this browser's roster and the form clears for the next person.";
    SurveyStartKiosk => "共用端末モードで始める", "Start shared-laptop mode";
    SurveyKioskBanner => "共用端末モード：送信するとこの端末の名簿に保存されます。", "Shared-laptop mode: submitting saves your answers in this laptop's roster.";
    SurveyClose => "アンケートを閉じる", "Close the survey";
    SurveyIntro => "各スキルについて、今の自分にいちばん近いものを選んでください。正解はありません。",
        "For each skill, choose what describes you best today. There are no right answers.";
    SurveyRequiredNote => "* は必須です", "* required";
    SurveyProgress => "回答済み", "answered";
    SurveyAboutYou => "あなたについて", "About you";
    SurveyName => "表示名", "Display name";
    SurveyNameHint => "ペア表に表示されます。ニックネームでもかまいません。", "Shown on the pair list. A nickname is fine.";
    SurveyGenerationQuestion => "世代", "Generation";
    SurveyChooseGeneration => "世代を選ぶ", "Choose my generation";
    SurveyEnterBirthYear => "生まれ年を入力する", "Enter my birth year";
    SurveyGenerationPlaceholder => "選んでください", "Please choose";
    SurveyBirthYear => "生まれ年（西暦）", "Birth year";
    SurveyBirthYearMaps => "世代：", "Generation:";
    SurveyDepartment => "部署（任意）", "Department (optional)";
    SurveySkillsHeading => "スキルの自己評価", "Rate your skills";
    SurveyWantToLearn => "これを学びたい", "I want to learn this";
    SurveyNote => "ひとこと（任意）", "Note (optional)";
    SurveyNoteHint => "ファシリテーターへの希望などがあれば。", "Anything your facilitator should know.";
    SurveySubmit => "回答を送信する", "Submit my answers";
    SurveyFixBeforeSubmit => "送信する前に、次の点を確認してください：", "Before submitting, please check:";
    ProblemNameMissing => "表示名を入力してください。", "Please enter a display name.";
    ProblemNameTooLong => "表示名は100文字以内にしてください。", "Please keep the display name under 100 characters.";
    ProblemGenerationMissing => "世代を選ぶか、生まれ年を入力してください。", "Please choose your generation or enter your birth year.";
    ProblemBirthYearNotANumber => "生まれ年は数字で入力してください（例：1985）。", "Please enter the birth year as a number (e.g. 1985).";
    ProblemBirthYearOutOfRange => "この生まれ年はワークショップのどの世代にも入りません。世代を選んでください。",
        "This birth year is in none of the workshop's generations; please choose your generation instead.";
    ProblemRatingMissing => "評価を選んでください：", "Please choose a rating for:";
    ProblemNoteTooLong => "ひとことは2000文字以内にしてください。", "Please keep the note under 2,000 characters.";
    ProblemDepartmentTooLong => "部署名は100文字以内にしてください。", "Please keep the department under 100 characters.";

    // ---- hand-back ----
    HandBackIntro => "次のいずれかの方法で、回答をファシリテーターに渡してください。どの方法でもデータはどこにも送信されません。",
        "Hand your answers to your facilitator in one of these ways. None of them sends your data anywhere.";
    HandBackFile => "1. ファイルで渡す", "1. As a file";
    HandBackFileBody => "response.json を保存して、メールやチャット、共有フォルダで渡します。", "Save response.json and send it by email, chat or a shared folder.";
    HandBackDownload => "response.json を保存", "Save response.json";
    HandBackCode => "2. 回答コードで渡す", "2. As an answer code";
    HandBackCodeBody => "このコードをコピーして、チャットなどに貼り付けて送ります。", "Copy this code and paste it into a chat message.";
    HandBackCodeLabel => "回答コード", "Answer code";
    Copy => "コピー", "Copy";
    Copied => "コピーしました", "Copied";
    CopyFailed => "コピーできませんでした。コードを選択して手動でコピーしてください。", "Could not copy; select the code and copy it by hand.";
    HandBackQr => "3. QRコードで渡す", "3. As a QR code";
    HandBackQrBody => "ファシリテーターがスマートフォンやカメラでこのQRコードを読み取ります。", "Your facilitator scans this QR code with a phone or webcam.";
    HandBackQrAlt => "回答コードのQRコード", "QR code of the answer code";
    HandBackEdit => "回答を修正する", "Edit my answers";
    HandBackEditNote => "修正して再送信すると、新しい回答が前の回答に置き換わります。", "If you edit and submit again, the new answers replace the earlier ones.";
    HandBackNextParticipant => "次の参加者へ", "Next participant";
    HandBackKioskSaved => "回答はこの端末の名簿に保存されました。", "Your answers are saved in this laptop's roster.";

    // ---- console: collect ----
    ImportTitle => "回答を読み込む", "Import answers";
    ImportFiles => "回答ファイルを選ぶ（複数可）", "Choose answer files (several at once)";
    ImportDrop => "ここに response.json ファイルをドロップ", "Drop response.json files here";
    ImportCodes => "回答コードを貼り付ける（1行に1つ）", "Paste answer codes (one per line)";
    ImportCodesButton => "コードを読み込む", "Import codes";
    ImportReportTitle => "読み込み結果", "Import results";
    ImportAdded => "追加", "Added";
    ImportUpdated => "更新（新しい回答に置き換え）", "Updated (newer answers replaced the earlier ones)";
    ImportAlreadyNewer => "変更なし（同じか新しい回答が既にあります）", "Unchanged (the same or newer answers are already here)";
    ImportRejected => "読み込めません", "Rejected";
    RosterTitle => "名簿", "Roster";
    RosterName => "名前", "Name";
    RosterGeneration => "世代", "Generation";
    RosterDepartment => "部署", "Department";
    RosterUpdated => "更新日時", "Updated";

    // ---- notices ----
    WorkshopSaved => "ワークショップを保存しました。", "The workshop was saved.";
    AnswersArchivedPrefix => "編集後のワークショップに合わない回答", "Answers that no longer fit the edited workshop:";
    AnswersArchivedSuffix => "件は、前の版のワークショップと一緒にアーカイブに保管しました。", "kept in the archive with the previous version of the workshop.";
    LinkBrokenPrefix => "リンクを開けませんでした：", "The link could not be opened:";
    LinkBrokenAdvice => "ファシリテーターにリンクをもう一度送ってもらうか、ワークショップのファイルを開いてください。",
        "Ask your facilitator to send the link again, or open the workshop file instead.";
    SurveyFileBrokenPrefix => "このアンケートファイルに入っているワークショップを読めませんでした：", "The workshop inside this survey file could not be read:";
    SurveyFileBrokenAdvice => "ファシリテーターにアンケートファイルをもう一度送ってもらうか、ワークショップのファイルを開いてください。",
        "Ask your facilitator to send the survey file again, or open the workshop file instead.";
    KioskSavedPrefix => "名簿に保存しました：", "Saved to the roster:";
    SurveyClosed => "アンケートを閉じました。", "The survey was closed.";
    ResponseEdited => "回答を修正しました。", "The answers were corrected.";

    StorageUnreadable => "保存されていたデータをこの版では読めませんでした。消さずに別の場所に保管してあります。",
        "The data saved in this browser could not be read by this version. It was kept aside, not deleted.";
    StorageUnavailable => "このブラウザには保存できません（プライベートモードまたは容量不足）。ページを閉じると作業が失われます。",
        "This browser cannot save (private mode or storage full). Work will be lost when the page is closed.";

    // ---- console: roster and insights ----
    RosterShowMore => "さらに表示", "Show more";
    RosterNotShown => "件は未表示", "not shown yet";
    RosterCountsLabel => "世代ごとの人数", "Participants per generation";
    RosterFilterGeneration => "世代で絞り込む", "Filter by generation";
    RosterFilterDepartment => "部署で絞り込む", "Filter by department";
    RosterFilterAll => "すべて", "All";
    RosterNoDepartment => "（部署なし）", "(no department)";
    RosterShowing => "表示中", "Showing";
    RosterNoMatch => "条件に合う参加者はいません。", "No participant matches these filters.";
    RosterActions => "操作", "Actions";
    RosterProfile => "評価を見る", "Ratings";
    RosterEdit => "修正", "Edit";
    RosterDelete => "削除", "Delete";
    RosterSave => "保存", "Save";
    RosterEditTitle => "回答を修正：", "Correct the answers of";
    RosterRatings => "自己評価", "Self-assessment";
    RosterEditRefused => "保存できません：", "Cannot save:";
    RosterBirthYearNote => "この参加者は生まれ年を答えています。世代は生まれ年と合っている必要があります。",
        "This participant gave a birth year: the generation must match it.";
    HeatmapTitle => "会場の見える化：世代×スキルの平均自己評価", "See the room: average self-assessment by generation and skill";
    HeatmapIntro => "色が濃いほど自己評価が高い世代です。太い枠は、そのスキルで最も評価が高い世代：ほかの世代に教えられます。",
        "The darker the cell, the higher the generation rates itself. A thick frame marks the generation that rates itself highest in a skill: it can teach the others.";
    HeatmapSummary => "世代×スキルの平均自己評価のヒートマップ。", "Heatmap of the average self-assessment per generation and skill.";
    HeatmapStrongestIn => "教えられるスキル", "Can teach";
    HeatmapLegendAverage => "平均", "Average";
    HeatmapLegendEmpty => "回答なし", "No answers";
    HeatmapLegendStrongest => "そのスキルで最も高い世代", "Highest generation in the skill";
    HeatmapPeople => "人", "people";
    HeatmapGenerationColumn => "世代", "Generation";
    HeatmapTableCaption => "世代×スキルの平均自己評価（回答者数）", "Average self-assessment per generation and skill (number of answers)";
    ProfileChartTitle => "自己評価", "self-assessment";
    ProfileWantsToLearn => "学びたい", "wants to learn";

    // ---- console: matching and export ----
    ExportTitle => "結果を渡す", "Hand out the result";
    ExportCsv => "ペア一覧を保存（CSV・Excel用）", "Save the pairs (CSV for Excel)";
    ExportPairing => "ペアリング結果を保存（JSON）", "Save the pairing (JSON)";
    ExportSession => "セッションを保存（回答とペア）", "Save the session (answers and pairs)";
    ExportPrint => "ペアカードを印刷", "Print the pair cards";
    ExportHint => "印刷すると、1ペアずつA4 1枚のカードになります。壁に貼ったり、参加者に配ったりできます。",
        "Printing gives one A4 card per pair, for the wall or to hand out.";
    ExportRound => "ラウンド", "Round";
    ExportWhoTeaches => "教え合うこと", "Who teaches what";
    BoardTitle => "ペアづくり", "Pairs";
    BoardSettings => "マッチングの設定", "Matching settings";
    BoardMode => "方式", "Mode";
    BoardObjective => "優先すること", "Objective";
    BoardObjectiveMostPairs => "できるだけ多くの人をペアに", "Pair as many people as possible";
    BoardObjectiveFairest => "いちばん低いペアの点を上げる", "Raise the lowest pair score";
    BoardCapacity => "メンター1人あたりのメンティー数（リバース）", "Mentees per mentor (reverse)";
    BoardSameDepartment => "同じ部署どうし", "Same department";
    BoardRuleOff => "気にしない", "Allowed";
    BoardRuleSoft => "なるべく避ける（減点）", "Avoid (penalty)";
    BoardRuleHard => "組ませない", "Never";
    BoardMinDistance => "世代の差の最小値（0は制限なし）", "Minimum generation distance (0: no limit)";
    BoardNeverPair => "組ませない2人", "Never pair these two";
    BoardNeverPairAdd => "追加", "Add";
    BoardNeverPairRemove => "削除", "Remove";
    BoardNeverPairNone => "指定なし", "Nobody listed";
    BoardPersonA => "1人目", "First person";
    BoardPersonB => "2人目", "Second person";
    BoardChoose => "選んでください", "Choose…";
    BoardMatch => "ペアを作る", "Match";
    BoardRerun => "再計算（固定したペアは残す）", "Re-run (locked pairs stay)";
    BoardNextRound => "次のラウンドへ", "Next round";
    BoardRedo => "やり直す", "Redo";
    BoardComputing => "計算中…", "Computing…";
    BoardTotal => "合計点", "Total score";
    BoardOptimal => "最適（証明済み）", "Proven optimal";
    BoardEdited => "手で調整済み（最適とは限りません）", "Adjusted by hand (not necessarily optimal)";
    BoardRound => "ラウンド", "Round";
    BoardPairCount => "組数", "Pairs";
    BoardLowest => "最低点", "Lowest pair score";
    BoardPoints => "点", "points";
    BoardPair => "ペア", "Pair";
    BoardTrio => "3人組", "Trio";
    BoardLocked => "固定中", "Locked";
    BoardLock => "固定する", "Lock";
    BoardUnlock => "固定を外す", "Unlock";
    BoardBreak => "解消する", "Break";
    BoardMoveLabel => "移す人（選ぶと各組に「この組へ移す」ボタンが出ます）", "Person to move (then press “Move … to this pair” on a card)";
    BoardMove => "移す", "Move";
    BoardMentor => "メンター", "Mentor";
    BoardMentee => "メンティー", "Mentee";
    BoardBreakdown => "点数の内訳", "How the score adds up";
    BoardSkillPoints => "スキル", "Skills";
    BoardReciprocity => "教え合いボーナス", "Teaching both ways";
    BoardGenerationBonus => "世代の差", "Generation distance";
    BoardSameDepartmentPenalty => "同じ部署", "Same department";
    BoardRepeatPenalty => "以前のラウンドと同じ相手", "Partners in an earlier round";
    BoardWhyNot => "ほかの候補との比較", "Why not someone else?";
    BoardOverrides => "このペアが優先したルール", "Rules this pair overrides";
    BoardUnmatched => "ペアのいない人", "Without a partner";
    BoardProfiles => "2人のプロフィール", "Both profiles";
    BoardEmpty => "「ペアを作る」を押すと、集まった回答からペアを提案します。", "Press Match to get suggested pairs from the answers.";
    BoardEarlierRounds => "これまでのラウンド", "Earlier rounds";
    BoardNoDepartment => "部署なし", "no department";
    BoardNothingToTeach => "教えられるスキルはありません", "No skill to teach";
    BoardEditTools => "調整", "Adjust";
    BoardShowAll => "すべて表示", "Show all";
    BoardModeMutualShort => "相互", "Mutual";
    BoardModeReverseShort => "リバース", "Reverse";
    BoardShowDetails => "説明を開く", "Show the explanation";
    BoardHideDetails => "説明を閉じる", "Hide the explanation";
    BoardNeeds2 => "ペアを作るには2人以上の回答が必要です。", "Matching needs answers from at least two people.";
    CsvPair => "ペア", "Pair";
    CsvMentor => "メンター", "Mentor";
    CsvMentee => "メンティー", "Mentee";
    CsvMember1 => "メンバー1", "Member 1";
    CsvMember2 => "メンバー2", "Member 2";
    CsvMember3 => "メンバー3（3人組）", "Member 3 (trio)";
    CsvGeneration => "世代", "Generation";
    CsvDepartment => "部署", "Department";
    CsvScore => "スコア", "Score";
    CsvTeaching => "教え合うこと", "Who teaches what";

    // ---- setup (workshop editor and share) ----
    // `{n}`, `{row}` and `{col}` are filled in by the setup components.
    SetupIntro => "ワークショップの内容を整えてから、参加者にアンケートを届けます。",
        "Adjust the workshop, then get the survey to participants.";
    SetupNoWorkshop => "まだワークショップがありません。ホームでテンプレートから始めてください。",
        "There is no workshop yet. Start from the template on the Home view.";
    SetupEdit => "ワークショップを編集する", "Edit the workshop";
    SetupEditorTitle => "ワークショップの編集", "Editing the workshop";
    SetupEditorIntro => "変更は入力するたびに下書きとしてこのブラウザに保存されます。共有されるワークショップは「保存する」を押すまで変わりません。",
        "Your changes are kept as a draft in this browser as you type. The shared workshop only changes when you press Save.";
    SetupTitleHeading => "タイトル", "Title";
    SetupTitleJa => "タイトル（日本語）", "Title (Japanese)";
    SetupTitleEn => "タイトル（英語）", "Title (English)";
    SetupFieldOf => "{row}：{col}", "{row}: {col}";
    SetupColId => "ID", "ID";
    SetupColJa => "名前（日本語）", "Name (Japanese)";
    SetupColEn => "名前（英語）", "Name (English)";
    SetupColFamily => "分類", "Family";
    SetupColOrder => "並べ替え・削除", "Order, remove";
    SetupSkillRow => "スキル {n}", "Skill {n}";
    SetupSkillsHint => "ID は回答ファイルの中で使われる名前です（半角英数字と _ - .、例：ai_tools）。名前はどちらかの言語があれば使えます。",
        "The ID names the skill inside answer files (letters, digits, _ - ., e.g. ai_tools). A name in one language is enough; the other falls back to it.";
    SetupMoveUp => "{row}を上へ移動", "Move {row} up";
    SetupMoveDown => "{row}を下へ移動", "Move {row} down";
    SetupRemove => "削除", "Remove";
    SetupRemoveRow => "{row}を削除", "Remove {row}";
    SetupAddSkill => "スキルを追加", "Add a skill";
    SetupGenerationRow => "世代 {n}", "Generation {n}";
    SetupColBornFrom => "生まれ年（から）", "Born from";
    SetupColBornTo => "生まれ年（まで）", "Born until";
    SetupYearsHint => "生まれ年を空欄にすると、その側は区切りなし（「〜年以前」「〜年以降」）になります。1 つの年は 1 つの世代にだけ入れてください。",
        "Leave a year empty for an open end (“and earlier”, “and later”). Each birth year may belong to one generation only.";
    SetupScaleRow => "{n} 点", "Point {n}";
    SetupDepartmentsHeading => "部署", "Departments";
    SetupDepartmentsLabel => "アンケートで選べる部署（1行に1つ）", "Departments offered in the survey (one per line)";
    SetupDepartmentsHint => "参加者はこの中から選ぶか、自由に入力できます。空欄なら自由入力だけです。ペアづくりの「同じ部署どうし」の条件に使われます。",
        "Participants pick one of these or type their own; leave it empty for free text only. Matching uses departments for its same-department rule.";
    SetupMentorsHeading => "メンターになる世代（リバースメンタリング）", "Generations who mentor (reverse mentoring)";
    SetupMentorsHint => "チェックした世代の人がメンターになり、それ以外の世代の人がメンティーになります。", "People of the checked generations mentor; everyone else is a mentee.";
    SetupMentorsNone => "メンターになる世代がありません。少なくとも1つチェックしてください。", "No generation mentors: check at least one.";
    SetupMentorsAll => "すべての世代がメンターです。メンティーになる世代を1つ以上残してください。", "Every generation mentors: leave at least one to be mentees.";
    SetupScaleHint => "アンケートでは各スキルについて、この中から 1 つを選びます。", "In the survey, participants choose one of these points for each skill.";
    SetupSave => "保存する", "Save";
    SetupDiscard => "変更を破棄", "Discard changes";
    SetupConfirmDiscard => "編集中の変更をすべて破棄しますか？この操作は元に戻せません。", "Discard every unsaved change? This cannot be undone.";
    SetupDiscardYes => "破棄する", "Discard";
    SetupProblemCount => "保存する前に直す点：{n} 件", "To fix before saving: {n}";
    SetupProblemSummary => "次の点を直すと保存できます：", "Fix these to save:";
    SetupNoProblems => "問題はありません。保存できます。", "No problems: ready to save.";
    SetupAnswersWarning => "注意：集めた回答のうち {n} 件は、編集後のワークショップに合わなくなります。保存すると、それらの回答は前の版のワークショップと一緒にアーカイブに保管されます（削除はされず、直後なら「元に戻す」で戻せます）。",
        "Warning: {n} of the answers collected no longer fit the edited workshop. When you save, they will be kept in the archive with the previous version of the workshop (nothing is deleted, and you can undo right after).";

    ShareTitle => "アンケートを共有する", "Share the survey";
    ShareIntro => "どの方法でもデータはどこにも送信されません。リンクではワークショップの内容が「#」より後ろに入っていて、ブラウザはこの部分をサーバーに送りません。",
        "None of these ways sends data anywhere: a link carries the workshop after its “#”, which browsers never send to a server.";
    ShareEditingNote => "共有されるのは保存済みのワークショップです。編集中の変更は、保存すると反映されます。",
        "What is shared is the saved workshop: your unsaved changes are included once you save them.";
    ShareAddressLabel => "参加者が開くアプリのアドレス", "Address where participants open the app";
    ShareAddressHint => "社内の静的サーバーなど、参加者のパソコンやスマートフォンから開けるアドレスです。空欄にすると、このページのアドレスを使います。",
        "An address participants' computers and phones can reach, such as an intranet static host. Leave it empty to use this page's address.";
    ShareLocalWarning => "このアドレス（127.0.0.1、localhost、file://）は、このパソコンの中でしか開けません。参加者に配る前に、参加者が開けるアドレスを入力するか、ファイルかコードで共有してください。",
        "This address (127.0.0.1, localhost or file://) only works on this computer. Before you share the link, enter an address participants can reach, or share the file or the code instead.";
    ShareLinkHeading => "リンク", "Link";
    ShareLinkBody => "チャットやメールで送ります。開くとアンケートが表示されます。", "Send it by chat or email: opening it shows the survey.";
    ShareLinkLabel => "共有リンク", "Share link";
    ShareCopyLink => "共有リンクをコピー", "Copy the share link";
    ShareTryIt => "このブラウザでアンケートを試す", "Try the survey in this browser";
    ShareQrHeading => "QRコード", "QR code";
    ShareQrBody => "スクリーンに映して、参加者にスマートフォンのカメラで読み取ってもらいます。", "Project it and let participants scan it with their phone's camera.";
    ShareQrLabel => "共有リンクのQRコード", "QR code of the share link";
    ShareQrTooLong => "ワークショップが大きすぎてQRコードにできません。リンク、ファイル、コードで共有してください。",
        "The workshop is too large for a QR code; share the link, the file or the code instead.";
    ShareQrLarge => "画面いっぱいに表示", "Show large";
    ShareQrClose => "元の大きさに戻す", "Close large view";
    ShareFileHeading => "ワークショップのファイル", "Workshop file";
    ShareFileBody => "ワークショップのファイルを配ります。参加者はアンケート画面の「ワークショップのファイルを開く」で開きます。",
        "Hand out the workshop file; participants open it with “Open workshop file” on the Survey view.";
    ShareDownload => "ワークショップのファイルを保存", "Download workshop file";
    ShareDownloadFailed => "ファイルを保存できませんでした。ブラウザのダウンロード設定を確認してください。", "The file could not be saved; check the browser's download settings.";
    ShareCodeHeading => "ワークショップコード", "Workshop code";
    ShareCodeBody => "すでにアプリを持っている参加者（1ファイル版など）は、アンケート画面の「ワークショップコードを貼り付ける」にこのコードを貼り付けます。",
        "Participants who already have the app (e.g. the single-file edition) paste this code into “Paste a workshop code” on the Survey view.";
    ShareCodeLabel => "ワークショップコード", "Workshop code";
    ShareSurveyFileHeading => "アンケートファイル", "Survey file";
    ShareSurveyFileBody => "このワークショップ入りのアプリを、1つのHTMLファイルとして保存します。メールやUSBメモリで配ると、参加者はダブルクリックするだけでアンケートを開けます。リンク、コード、サーバーは要りません。参加者は回答をファイルかコードで返します。",
        "Saves the whole app as one HTML file with this workshop inside. Send it by email or on a USB stick: participants double-click it and the survey opens, with no link, code or server. They hand back their answers as a file or a code.";
    ShareSurveyFileSave => "参加者用のアンケートファイルを保存", "Save survey file for participants";
    ShareSurveyFilePreparing => "アンケートファイルを準備しています…", "Preparing the survey file…";
    ShareSurveyFileSaved => "保存しました：", "Saved:";
    ShareSurveyFileMissing => "このページの隣に1ファイル版（kakehashi.html）がないため、ここではアンケートファイルを作れません。kakehashi.html を開いて、そこから保存してください。",
        "The single-file edition (kakehashi.html) is not next to this page, so a survey file cannot be made here. Open kakehashi.html and save it from there.";
    ShareFilePageNote => "このページはファイルから開いているため、リンクとそのQRコードはこのパソコンでしか開けません。参加者には、アンケートファイル、ワークショップのファイル、ワークショップコードのどれかを配ってください。参加者は回答をファイルか回答コード（QRコードでも表示できます）で返します。アプリを置いたウェブのアドレスがあれば、上に入力するとリンクとQRコードも使えます。",
        "This page was opened from a file, so a link to it, and its QR code, would only work on this computer. Give participants the survey file, the workshop file or the workshop code instead; they hand back their answers as a file or an answer code, which they can also show as a QR code. If the app is also on a web server, enter its address above to get a link and a QR code too.";
    ShareCopyCode => "ワークショップコードをコピー", "Copy the workshop code";
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
        DuplicateId { what: what @ ("department" | "language"), id } => {
            let what = if *what == "department" { "部署" } else { "言語" };
            format!("{what}「{id}」が 2 回入っています。1 回だけにしてください。")
        }
        DuplicateId { what, id } => {
            let what = match *what {
                "skill" => "スキル",
                "generation" => "世代",
                "participant" => "参加者",
                "wants_to_learn skill" => "学びたいスキル",
                other => other,
            };
            format!("{what}の ID「{id}」が重複しています。それぞれ別の ID にしてください。")
        }
        EmptyLabel { field } => format!("項目「{field}」：名前が日本語・英語とも空です。"),
        EmptyField { field } => format!("項目「{field}」を入力してください。"),
        TooLong { field, max_chars } => format!("項目「{field}」が {max_chars} 文字を超えています。"),
        EmptyList { field } => format!("項目「{field}」には少なくとも 1 つ必要です。"),
        TooMany { field, max } => format!("項目「{field}」は {max} 個までです。"),
        BadScale { problem } => format!("評価の尺度が正しくありません：{}", scale_problem_ja(problem)),
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
        BadSetting { field, problem } => format!("設定「{field}」が正しくありません：{}", setting_problem_ja(problem)),
        InResponse { index, participant, inner } => {
            format!("回答 {}（{participant}）：{}", index + 1, invalid_message(lang, inner))
        }
    }
}

fn scale_problem_ja(problem: &crate::document::validate::ScaleProblem) -> String {
    use crate::document::validate::ScaleProblem as P;
    match problem {
        P::MinNotBelowMax { min, max } => format!("最小値 {min} は最大値 {max} より小さくしてください。"),
        P::TooManyPoints { points, max } => format!("段階は {max} までです（{points} 段階になっています）。"),
        P::LabelCount { points, labels } => {
            format!("{points} 段階には {points} 個の説明が必要ですが、{labels} 個です。")
        }
    }
}

fn setting_problem_ja(problem: &crate::document::validate::SettingProblem) -> String {
    use crate::document::validate::SettingProblem as P;
    match problem {
        P::OutsideScale { value, min, max } => format!("{value} は尺度（{min}〜{max}）の外です。"),
        P::BelowOne => "1 以上にしてください。".into(),
        P::RoundFromOne => "回は 1 から数えます。".into(),
        P::PairSize => "ペアは 2 人（3人組なら 3 人）です。".into(),
    }
}

/// A content error for display beside its own field: the same sentence without the
/// "field '…':" that locates it (the place on screen already does).
pub fn invalid_inline(lang: Lang, invalid: &Invalid) -> String {
    use Invalid::*;
    let full = invalid_message(lang, invalid);
    let field = match invalid {
        BadId { field, .. } | EmptyLabel { field } | TooLong { field, .. } | EmptyList { field }
        | TooMany { field, .. } | UnknownGeneration { field, .. } | UnknownSkill { field, .. }
        | BadTimestamp { field, .. } | SelfPair { field, .. } | NestedFormat { field, .. } => field,
        _ => return full,
    };
    let prefix = match lang {
        Lang::Ja => format!("項目「{field}」："),
        Lang::En => format!("field '{field}': "),
    };
    match full.strip_prefix(&prefix) {
        Some(rest) => rest.to_owned(),
        None => full,
    }
}

/// A generation's birth years as shown to people: "1981–1996" / "1981〜1996", or for an
/// open end "born until 1945" / "1945年以前生まれ".
pub fn birth_years(lang: Lang, g: &Generation) -> String {
    let born = |key: Key, year: i32| match lang {
        Lang::Ja => format!("{year}{}", t(lang, key)),
        Lang::En => format!("{} {year}", t(lang, key)),
    };
    match (g.born_from, g.born_to) {
        (Some(from), Some(to)) => format!("{from}{}{to}", t(lang, Key::YearsSeparator)),
        (None, Some(to)) => born(Key::BornUntil, to),
        (Some(from), None) => born(Key::BornFrom, from),
        (None, None) => String::new(),
    }
}

/// A code error as a sentence in `lang`, saying what to do.
pub fn code_error(lang: Lang, error: &CodeError) -> String {
    if lang == Lang::En {
        return error.to_string();
    }
    let what = |k: &CodeKind| match k {
        CodeKind::Workshop => "ワークショップコード",
        CodeKind::Response => "回答コード",
    };
    match error {
        CodeError::Empty => "コードが入力されていません。".into(),
        CodeError::NotACode { expected } => {
            let prefix = match expected {
                CodeKind::Workshop => crate::transport::codes::WORKSHOP_CODE_PREFIX,
                CodeKind::Response => crate::transport::codes::RESPONSE_CODE_PREFIX,
            };
            format!("架け橋の{}ではありません（{prefix} で始まるはずです）。", what(expected))
        }
        CodeError::WrongKind { expected, found } => {
            format!("これは{}です。ここでは{}が必要です。", what(found), what(expected))
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
        CodeError::Format(e) => format_error(lang, e),
        CodeError::OtherWorkshop { expected, found } => format!(
            "この回答はワークショップ「{found}」のもので、現在のワークショップ「{expected}」のものではありません。"
        ),
        CodeError::SkillsChanged => {
            "この回答は、スキル一覧が違う版のワークショップで作られました。もう一度回答してもらってください。".into()
        }
        CodeError::NewerVersion => {
            "このコードは新しい版の架け橋で作られました。ワークショップのファイルを開くか、新しい版のアプリを使ってください。".into()
        }
    }
}

/// A notice as a sentence in `lang`.
pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::WorkshopReplaced => t(lang, Key::WorkshopReplaced).into(),
        Notice::Restored => t(lang, Key::WorkshopRestored).into(),
        Notice::StorageUnreadable => t(lang, Key::StorageUnreadable).into(),
        Notice::StorageUnavailable => t(lang, Key::StorageUnavailable).into(),
        Notice::WorkshopSaved => t(lang, Key::WorkshopSaved).into(),
        Notice::AnswersArchived(n) => match lang {
            Lang::Ja => format!("{}{n}{}", t(lang, Key::AnswersArchivedPrefix), t(lang, Key::AnswersArchivedSuffix)),
            Lang::En => format!("{} {n}, {}", t(lang, Key::AnswersArchivedPrefix), t(lang, Key::AnswersArchivedSuffix)),
        },
        Notice::LinkBroken(e) => format!(
            "{} {} {}",
            t(lang, Key::LinkBrokenPrefix),
            code_error(lang, e),
            t(lang, Key::LinkBrokenAdvice)
        ),
        Notice::SurveyFileBroken(e) => format!(
            "{} {} {}",
            t(lang, Key::SurveyFileBrokenPrefix),
            format_error(lang, e),
            t(lang, Key::SurveyFileBrokenAdvice)
        ),
        Notice::KioskSaved(name) => match lang {
            Lang::Ja => format!("{}{name}", t(lang, Key::KioskSavedPrefix)),
            Lang::En => format!("{} {name}", t(lang, Key::KioskSavedPrefix)),
        },
        Notice::SurveyClosed => t(lang, Key::SurveyClosed).into(),
        Notice::ResponseEdited => t(lang, Key::ResponseEdited).into(),
        Notice::ResponseDeleted(name) => match lang {
            Lang::Ja => format!("{name}さんの回答を削除しました。"),
            Lang::En => format!("{name}'s answers were deleted."),
        },
    }
}

/// A survey problem as a sentence in `lang` (skill problems name the skill).
pub fn problem_text(lang: Lang, problem: &Problem, workshop: &Workshop) -> String {
    match problem {
        Problem::NameMissing => t(lang, Key::ProblemNameMissing).into(),
        Problem::NameTooLong => t(lang, Key::ProblemNameTooLong).into(),
        Problem::GenerationMissing => t(lang, Key::ProblemGenerationMissing).into(),
        Problem::BirthYearNotANumber => t(lang, Key::ProblemBirthYearNotANumber).into(),
        Problem::BirthYearOutOfRange => t(lang, Key::ProblemBirthYearOutOfRange).into(),
        Problem::RatingMissing(skill) => {
            let label = workshop.skill(skill).map_or(skill.as_str(), |s| s.label.get(lang));
            format!("{} {label}", t(lang, Key::ProblemRatingMissing))
        }
        Problem::NoteTooLong => t(lang, Key::ProblemNoteTooLong).into(),
        Problem::DepartmentTooLong => t(lang, Key::ProblemDepartmentTooLong).into(),
    }
}

/// The hand-back screen's title, thanking the participant by name.
pub fn thanks(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Ja => format!("{name}さん、ご回答ありがとうございました"),
        Lang::En => format!("Thank you, {name}!"),
    }
}

/// One import outcome as a sentence in `lang`.
pub fn import_outcome(lang: Lang, outcome: &ImportOutcome) -> String {
    match outcome {
        ImportOutcome::Added(name) => format!("{}: {name}", t(lang, Key::ImportAdded)),
        ImportOutcome::Updated(name) => format!("{}: {name}", t(lang, Key::ImportUpdated)),
        ImportOutcome::AlreadyNewer(name) => format!("{}: {name}", t(lang, Key::ImportAlreadyNewer)),
        ImportOutcome::RejectedFile(e) => format!("{}: {}", t(lang, Key::ImportRejected), format_error(lang, e)),
        ImportOutcome::RejectedCode(e) => format!("{}: {}", t(lang, Key::ImportRejected), code_error(lang, e)),
    }
}

// ---- console: matching (explanations of pairs) ----

/// Why the engine refused to match, as a sentence in `lang` that says what to change;
/// `name` turns a participant id into the name the facilitator knows.
pub fn match_error(lang: Lang, error: &crate::matching::MatchError, name: &dyn Fn(&str) -> String) -> String {
    use crate::matching::MatchError as E;
    match (error, lang) {
        (E::Invalid(invalid), _) => invalid_message(lang, invalid),
        (E::TooManyParticipants { count, max }, Lang::Ja) => {
            format!("参加者が{count}人で、1回のペアづくりで扱える{max}人を超えています。グループを分けてください。")
        }
        (E::TooManyParticipants { count, max }, Lang::En) => {
            format!("{count} participants is more than the {max} one pairing can handle; split the group.")
        }
        (E::SettingTooLarge { field, value, max }, Lang::Ja) => {
            format!("設定「matching.{field}」の値 {value} が上限の {max} を超えています。")
        }
        (E::SettingTooLarge { field, value, max }, Lang::En) => {
            format!("Setting 'matching.{field}': {value} is larger than the maximum {max}.")
        }
        (E::UnknownLockedParticipant { id }, Lang::Ja) => format!(
            "固定したペアの「{}」はこの参加者の中にいません。固定を外すか、その人の回答を読み込んでください。",
            name(id)
        ),
        (E::UnknownLockedParticipant { id }, Lang::En) => format!(
            "A locked pair names '{}', who is not among these participants; unlock the pair or import their answers.",
            name(id)
        ),
        (E::LockedTwice { id }, Lang::Ja) => {
            format!("「{}」が2つの固定ペアに入っています。どちらかの固定を外してください。", name(id))
        }
        (E::LockedTwice { id }, Lang::En) => format!("'{}' is in two locked pairs; unlock one of them.", name(id)),
        (E::LockNotMentorMentee { mentor, mentee }, Lang::Ja) => format!(
            "固定ペア「{}」と「{}」は、メンター（メンター側の世代の人）とメンティーの組でなければなりません。",
            name(mentor),
            name(mentee)
        ),
        (E::LockNotMentorMentee { mentor, mentee }, Lang::En) => format!(
            "The locked pair '{}' and '{}' must be a mentor (from a mentor generation) and a mentee.",
            name(mentor),
            name(mentee)
        ),
        (E::LockOverCapacity { mentor, locked, capacity }, Lang::Ja) => format!(
            "メンター「{}」に固定したメンティーが{locked}人いますが、受け持てるのは{capacity}人までです。固定を外すか、受け持ち人数を増やしてください。",
            name(mentor)
        ),
        (E::LockOverCapacity { mentor, locked, capacity }, Lang::En) => format!(
            "Mentor '{}' has {locked} locked mentees but takes at most {capacity}; unlock some or raise the capacity.",
            name(mentor)
        ),
    }
}

/// The browser tab's title: the view, the workshop when there is one to name, and the app.
pub fn page_title(lang: Lang, view: Key, workshop: Option<&str>) -> String {
    let separator = match lang {
        Lang::Ja => "：",
        Lang::En => ": ",
    };
    match workshop.filter(|w| !w.trim().is_empty()) {
        Some(w) => format!("{}{separator}{w} — {}", t(lang, view), t(lang, Key::AppName)),
        None => format!("{} — {}", t(lang, view), t(lang, Key::AppName)),
    }
}

/// A board message as a sentence in `lang`.
pub fn board_message(lang: Lang, message: &crate::workflow::board::BoardMessage) -> String {
    use crate::workflow::board::BoardMessage as M;
    match (message, lang) {
        (M::RunFailed(e), Lang::Ja) => format!("ペアを作れませんでした：{}", e.get(lang)),
        (M::RunFailed(e), Lang::En) => format!("No pairs could be made: {}", e.get(lang)),
        (M::WorkerUnavailable, Lang::Ja) => "この環境ではバックグラウンド計算が使えないため、ページ上で計算しました。大人数では少し待つことがあります。".into(),
        (M::WorkerUnavailable, Lang::En) => "Background computing is not available here, so the pairs were computed on the page itself; with many people it may pause briefly.".into(),
        (M::Cancelled, Lang::Ja) => "計算を中止しました。前の結果はそのままです。".into(),
        (M::Cancelled, Lang::En) => "Computing cancelled: the previous result is kept.".into(),
        (M::GroupFull, Lang::Ja) => "3人組にはこれ以上加えられません。".into(),
        (M::GroupFull, Lang::En) => "A trio takes nobody more.".into(),
        (M::MoveMentees, Lang::Ja) => "リバースモードではメンティーを移します。メンターはペアに残ります。".into(),
        (M::MoveMentees, Lang::En) => "In reverse mode, move mentees: mentors stay with their pairs.".into(),
        (M::NothingToUndo, Lang::Ja) => "戻せる操作はありません。".into(),
        (M::NothingToUndo, Lang::En) => "Nothing to undo or redo.".into(),
    }
}

/// The name of a hard constraint.
pub fn constraint_name(lang: Lang, c: crate::document::model::Constraint) -> &'static str {
    use crate::document::model::Constraint as C;
    match (c, lang) {
        (C::SameDepartment, Lang::Ja) => "同じ部署",
        (C::SameDepartment, Lang::En) => "same department",
        (C::NeverPair, Lang::Ja) => "組ませない2人",
        (C::NeverPair, Lang::En) => "never-pair list",
        (C::MinGenerationDistance, Lang::Ja) => "世代が近すぎる",
        (C::MinGenerationDistance, Lang::En) => "too close in generation",
        (C::RepeatPartner, Lang::Ja) => "以前のラウンドと同じ相手",
        (C::RepeatPartner, Lang::En) => "partner in an earlier round",
        (C::LockedElsewhere, Lang::Ja) => "ほかの人と固定済み",
        (C::LockedElsewhere, Lang::En) => "locked with someone else",
    }
}

/// "Aiko teaches Ben AI tools (5 → 1, wanted ×2): 8 points".
pub fn teaching_line(lang: Lang, teacher: &str, learner: &str, skill: &str, line: &crate::document::model::TeachingLine, want_weight: u32) -> String {
    let (tr, lr, pts) = (line.teacher_rating, line.learner_rating, line.points);
    match (lang, line.wanted) {
        (Lang::Ja, true) => format!("{teacher}さん → {learner}さん：「{skill}」（{tr} → {lr}、学びたい ×{want_weight}）{pts}点"),
        (Lang::Ja, false) => format!("{teacher}さん → {learner}さん：「{skill}」（{tr} → {lr}）{pts}点"),
        (Lang::En, true) => format!("{teacher} teaches {learner} {skill} ({tr} → {lr}, wanted ×{want_weight}): {pts} points"),
        (Lang::En, false) => format!("{teacher} teaches {learner} {skill} ({tr} → {lr}): {pts} points"),
    }
}

/// "2 generations apart", "same department: Sales", "partners in round 1".
pub fn link_facts(lang: Lang, link: &crate::document::model::LinkExplanation) -> String {
    let mut facts = vec![match lang {
        Lang::Ja => format!("世代の差 {}", link.generation_steps),
        Lang::En => format!("{} generation step(s) apart", link.generation_steps),
    }];
    if let Some(d) = &link.shared_department {
        facts.push(match lang {
            Lang::Ja => format!("同じ部署（{d}）"),
            Lang::En => format!("same department ({d})"),
        });
    }
    if let Some(r) = link.earlier_round {
        facts.push(match lang {
            Lang::Ja => format!("ラウンド{r}でも同じペア"),
            Lang::En => format!("partners in round {r}"),
        });
    }
    facts.join(match lang { Lang::Ja => "・", Lang::En => "; " })
}

/// "Why not Chie? Aiko with Chie would score 30; the total would fall by 4."
pub fn runner_up(lang: Lang, member: &str, partner: &str, r: &crate::document::model::RunnerUp) -> String {
    let bound = if r.exact { "" } else { match lang { Lang::Ja => "（最大で）", Lang::En => " at most" } };
    let fall = match (lang, r.total_fall) {
        (Lang::Ja, f) if f >= 0 => format!("合計点は{bound}{f}点下がります"),
        (Lang::Ja, f) => format!("合計点は{}点上がります", -f),
        (Lang::En, f) if f >= 0 => format!("the total would fall by{bound} {f}"),
        (Lang::En, f) => format!("the total would rise by {}", -f),
    };
    let fewer = match (lang, r.fewer_paired) {
        (_, 0) => String::new(),
        (Lang::Ja, k) => format!("、ペアのいない人が{k}人増えます"),
        (Lang::En, k) => format!(", and {k} more people would have no partner"),
    };
    match lang {
        Lang::Ja => format!("{member}さんと{partner}さんなら{}点。ただしこの組にすると{fall}{fewer}。", r.pair_score),
        Lang::En => format!("Why not {member} with {partner}? They would score {}, but {fall}{fewer}.", r.pair_score),
    }
}

/// Why someone has no partner, as a sentence; `name` looks up a participant's name.
pub fn unmatched_reason(lang: Lang, reason: &crate::document::model::UnmatchedReason, name: &dyn Fn(&str) -> String) -> String {
    use crate::document::model::UnmatchedReason as U;
    match (reason, lang) {
        (U::NobodyElse, Lang::Ja) => "組める相手がいません（相手側の人がいません）。".into(),
        (U::NobodyElse, Lang::En) => "There is nobody to pair with (nobody on the other side).".into(),
        (U::NoAllowedPartner { excluded }, _) => {
            let list: Vec<String> = excluded
                .iter()
                .map(|e| format!("{}: {}", constraint_name(lang, e.constraint), e.count))
                .collect();
            match lang {
                Lang::Ja => format!("条件により、組める相手がいません（{}）。", list.join("、")),
                Lang::En => format!("Every possible partner is ruled out ({}).", list.join(", ")),
            }
        }
        (U::PartnersTaken { allowed, allowed_count }, _) => {
            let names: Vec<String> = allowed.iter().map(|id| name(id)).collect();
            let more = (*allowed_count as usize).saturating_sub(names.len());
            match lang {
                Lang::Ja if more > 0 => format!("組める相手（{} ほか{more}人）は、より多くの人がペアになるよう別の人と組んでいます。", names.join("、")),
                Lang::Ja => format!("組める相手（{}）は、より多くの人がペアになるよう別の人と組んでいます。", names.join("、")),
                Lang::En if more > 0 => format!("Everyone allowed ({} and {more} more) is paired elsewhere so that more people have a partner.", names.join(", ")),
                Lang::En => format!("Everyone allowed ({}) is paired elsewhere so that more people have a partner.", names.join(", ")),
            }
        }
        (U::NoMenteeLeft, Lang::Ja) => "メンティーが足りず、ほかのメンターの方が高い点になりました。".into(),
        (U::NoMenteeLeft, Lang::En) => "There were fewer mentees than mentor places; they scored higher with other mentors.".into(),
        (U::SetAside, Lang::Ja) => "ファシリテーターがペアを解消しました。再計算でまた組まれます。".into(),
        (U::SetAside, Lang::En) => "The facilitator took them out of their pair; a re-run pairs them again.".into(),
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
    fn birth_years_read_naturally_in_each_language() {
        let g = |from, to| Generation { id: "g".into(), label: crate::document::model::Text::new("世代", "Gen"), born_from: from, born_to: to };
        assert_eq!(birth_years(Lang::En, &g(Some(1981), Some(1996))), "1981–1996");
        assert_eq!(birth_years(Lang::Ja, &g(Some(1981), Some(1996))), "1981〜1996");
        assert_eq!(birth_years(Lang::En, &g(None, Some(1945))), "born until 1945");
        assert_eq!(birth_years(Lang::Ja, &g(None, Some(1945))), "1945年以前生まれ");
        assert_eq!(birth_years(Lang::Ja, &g(Some(2013), None)), "2013年以降生まれ");
    }

    #[test]
    fn inline_messages_drop_the_field_location() {
        let e = Invalid::EmptyLabel { field: "skills[3].label".into() };
        assert_eq!(invalid_inline(Lang::En, &e), "the label is empty in both Japanese and English");
        assert_eq!(invalid_inline(Lang::Ja, &e), "名前が日本語・英語とも空です。");
        let dup = Invalid::DuplicateId { what: "skill", id: "ai_tools".into() };
        assert_eq!(invalid_inline(Lang::Ja, &dup), "スキルの ID「ai_tools」が重複しています。それぞれ別の ID にしてください。");
    }

    #[test]
    fn matching_errors_name_people_in_both_languages() {
        use crate::matching::MatchError as E;
        let name = |id: &str| if id == "p-1" { "山田".to_owned() } else { "Sato".to_owned() };
        let errors = [
            E::TooManyParticipants { count: 2001, max: 2000 },
            E::SettingTooLarge { field: "department_penalty", value: 9999, max: 1000 },
            E::UnknownLockedParticipant { id: "p-1".into() },
            E::LockedTwice { id: "p-1".into() },
            E::LockNotMentorMentee { mentor: "p-1".into(), mentee: "p-2".into() },
            E::LockOverCapacity { mentor: "p-1".into(), locked: 3, capacity: 2 },
        ];
        for e in &errors {
            let (ja, en) = (match_error(Lang::Ja, e, &name), match_error(Lang::En, e, &name));
            assert!(ja.ends_with('。') && !ja.contains("p-1"), "{ja}");
            assert!(en.ends_with('.'), "{en}");
            if !matches!(e, E::TooManyParticipants { .. } | E::SettingTooLarge { .. }) {
                assert!(ja.contains("「山田」") && en.contains("'山田'"), "{ja} / {en}");
            }
        }
        let board = crate::workflow::board::BoardMessage::RunFailed(crate::document::model::Text::new("固定を外してください。", "unlock one of them."));
        assert_eq!(board_message(Lang::Ja, &board), "ペアを作れませんでした：固定を外してください。");
        assert_eq!(board_message(Lang::En, &board), "No pairs could be made: unlock one of them.");
    }

    #[test]
    fn scale_and_setting_problems_read_in_japanese() {
        use crate::document::validate::{ScaleProblem, SettingProblem};
        let scale = Invalid::BadScale { problem: ScaleProblem::LabelCount { points: 7, labels: 5 } };
        assert_eq!(invalid_message(Lang::En, &scale), "field 'scale': 7 points need 7 labels, found 5");
        assert_eq!(invalid_message(Lang::Ja, &scale), "評価の尺度が正しくありません：7 段階には 7 個の説明が必要ですが、5 個です。");
        let setting = Invalid::BadSetting {
            field: "matching.teach_threshold".into(),
            problem: SettingProblem::OutsideScale { value: 9, min: 1, max: 5 },
        };
        assert_eq!(invalid_message(Lang::En, &setting), "setting 'matching.teach_threshold': 9 is outside the scale 1–5");
        assert_eq!(
            invalid_message(Lang::Ja, &setting),
            "設定「matching.teach_threshold」が正しくありません：9 は尺度（1〜5）の外です。"
        );
    }

    #[test]
    fn page_titles_name_the_view_and_the_workshop() {
        assert_eq!(page_title(Lang::En, Key::NavHome, None), "Home — Kakehashi 架け橋");
        assert_eq!(
            page_title(Lang::Ja, Key::NavSurvey, Some("リバースメンタリング")),
            "アンケート：リバースメンタリング — 架け橋 Kakehashi"
        );
        assert_eq!(page_title(Lang::En, Key::NavSurvey, Some(" ")), "Survey — Kakehashi 架け橋");
    }

    #[test]
    fn japanese_errors_are_japanese() {
        let e = FormatError::Invalid(Invalid::RatingOutOfRange { skill: "ai_tools".into(), rating: 7, min: 1, max: 5 });
        assert_eq!(format_error(Lang::En, &e), "skill 'ai_tools' rating 7 is outside 1–5");
        assert_eq!(format_error(Lang::Ja, &e), "スキル「ai_tools」の評価 7 は範囲（1〜5）の外です。");
    }
}
