//! The app's state as a state machine: what the app shows and keeps ([`Session`]), the
//! user's intents ([`Action`]) and how each changes the state ([`Session::apply`]). The Yew
//! shell wraps this in its reducer and only renders it.
//!
//! One browser can play both roles: the facilitator's session (`cohort`, `archive`, the
//! workshop being edited) and a participant's survey (`survey`). In kiosk mode both are
//! the same laptop and a submitted survey goes straight into the facilitator's roster.
//!
//! Nothing collected is ever dropped silently: replacing or editing a workshop moves the
//! old one with its answers to `archive`, and every destructive action can be undone once.
//! Pure, like the rest of the core: the shell passes in what it read from the browser
//! (stored text, the browser's language, the time, fresh participant ids).

use crate::document::formats::{self, Document, FormatError};
use crate::document::model::{Cohort, FollowUp, Kind, Lang, Response, Workshop};
use crate::document::template::{workshop_with_preset, GenerationPreset};
use crate::document::validate::{self, Invalid};
use crate::transport::codes::{self, CodeError};
use crate::transport::import::{self, ImportInput, ImportReport};
use crate::transport::survey_file;
use crate::workflow::board::{Board, BoardAction};
use crate::workflow::editor::{self, Edit};
use crate::workflow::followup::{self, FollowUpEdit};
use crate::workflow::stored::records::{self, Backup, BackupReason, Facilitator, Loaded as Read};
use crate::workflow::stored::recover::SetAside;
use crate::workflow::stored::{Loaded, StoredState};
use crate::workflow::survey::{DraftEdit, SurveyState};
use std::collections::BTreeMap;
use std::rc::Rc;

/// A message shown above the page until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    WorkshopReplaced,
    /// The sample workshop was loaded (and replaced the one before, if any: undoable).
    SampleLoaded,
    Restored,
    /// The stored state cannot be read by this version at all (a newer version wrote it,
    /// or it is damaged): it is kept as it is and nothing is written over it; what is
    /// done here lasts until the page is closed unless saved as a session file.
    StorageUnreadable,
    /// An earlier version's state could not be read: it is kept as it is, and what this
    /// page does is stored apart from it.
    EarlierStateUnreadable,
    /// Parts of the stored state could not be read: they were set aside (kept, not
    /// deleted) and everything else is here; `set_aside` in the session lists them.
    StorageRecovered,
    /// Saving failed, and why: what is on screen is safe until the page is closed.
    StorageFailed(StorageProblem),
    /// Another tab changed the workshop or its answers: this tab now shows them.
    ChangedElsewhere,
    /// A backup was restored (the state before it is kept as a backup too).
    BackupRestored,
    /// A page closed before storing its last changes, and the workshop changed since in
    /// another tab: those changes are kept as a backup.
    UnsavedKept,
    WorkshopSaved,
    /// The edited workshop no longer fits this many answers; they stay in the archive.
    AnswersArchived(usize),
    /// A share link could not be read.
    LinkBroken(CodeError),
    /// The workshop embedded in this survey file could not be read.
    SurveyFileBroken(FormatError),
    /// Kiosk mode: this participant's answers went into the roster.
    KioskSaved(String),
    SurveyClosed,
    ResponseEdited,
    /// A participant's answers were removed (their name); undo brings them back.
    ResponseDeleted(String),
    /// A workshop file given on Home (its name) is the current workshop now: `kept`
    /// answers collected still fit it, `archived` did not and are kept in the archive
    /// with the workshop they answered.
    WorkshopOpened {
        file: String,
        kept: usize,
        archived: usize,
    },
}

impl Notice {
    /// Something went wrong (shown as an alert); the others confirm what was done.
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Notice::StorageUnreadable
                | Notice::EarlierStateUnreadable
                | Notice::StorageRecovered
                | Notice::StorageFailed(_)
                | Notice::LinkBroken(_)
                | Notice::SurveyFileBroken(_)
        )
    }

    /// Whether the notice offers to save the session as a file (nothing else keeps it).
    pub fn offers_session_file(&self) -> bool {
        matches!(self, Notice::StorageUnreadable | Notice::StorageFailed(_))
    }
}

/// Why the browser refused to store the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser's storage for this page is full (other sites' data, or the disk).
    Full,
    /// This browser keeps nothing for this page (private mode, or storage turned off).
    Unavailable,
    /// The state is larger than the only storage there is here can hold (the fallback
    /// `localStorage`, about 5 MB, where IndexedDB is not available).
    TooLarge,
}

/// A file the user gave the app: its name and its bytes, as the shell read them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Where a file or code was opened, so the view that asked shows what came of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenPlace {
    /// Home: a session file replaces the current workshop.
    Home,
    /// The survey's open panel: a workshop file or code opens its survey.
    Survey,
}

/// Why a file or a code could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// A file (by name) that is not what was expected, or not readable.
    File {
        name: String,
        error: FormatError,
    },
    Code(CodeError),
    /// A Kakehashi file Home does not open (an answer file, a pairing), by name and kind:
    /// the message says where it belongs.
    NotForHome {
        name: String,
        found: Kind,
    },
    /// A follow-up survey (a workshop handed out with its `followup` part, by file name)
    /// given on Home: it is answered on the survey page, never set up.
    FollowUpSurveyForHome {
        name: String,
    },
}

/// The last failed attempt to open something, shown where it was made until the next
/// attempt there succeeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenFailure {
    pub place: OpenPlace,
    pub error: OpenError,
}

/// What the facilitator typed to correct a collected response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub name: String,
    pub department: String,
    /// The generation chosen (a response that gave only a birth year keeps it that way
    /// when this is the generation its birth year falls in).
    pub generation: String,
    pub ratings: BTreeMap<String, u8>,
}

/// The correction form of one response: whose, and why the last save was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correcting {
    pub participant_id: String,
    pub refused: Option<Invalid>,
}

/// How far an import given in batches has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportProgress {
    pub done: usize,
    pub total: usize,
    /// The session was backed up before this import replaced earlier answers.
    backed_up: bool,
}

/// What one tab shows, which no other tab shares: the survey it has open and whether it
/// is a participant's. The shell keeps it for the tab alone (a reload keeps it, another
/// tab does not see it); storage keeps the drafts themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TabView {
    pub survey: Option<String>,
    pub participant: bool,
}

/// What one undo step restores.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    cohort: Option<Rc<Cohort>>,
    archive: Vec<Rc<Cohort>>,
    survey_open: Option<String>,
}

/// The app's state. What does not change between most actions (the cohort, the archive,
/// the board's pairing) is shared behind `Rc`, so that applying an action clones
/// pointers, not a room of 2,000 answers; an action that changes one copies it then.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub lang: Lang,
    /// Whether the user picked the language (else it follows the browser's).
    pub lang_chosen: bool,
    /// The facilitator's current workshop and the answers collected for it.
    pub cohort: Option<Rc<Cohort>>,
    /// Earlier workshops with their answers, newest last: never thrown away silently.
    pub archive: Vec<Rc<Cohort>>,
    /// The workshop being edited, until saved or discarded.
    pub workshop_draft: Option<Workshop>,
    /// The address participants open the app at (for share links); `None`: this page's.
    pub public_base: Option<String>,
    /// Participants' survey drafts in this browser, by workshop id (a follow-up survey's
    /// under its own key, [`followup::survey_key`]): opening another workshop's survey, or
    /// the follow-up of the same workshop, never discards one.
    pub surveys: BTreeMap<String, SurveyState>,
    /// The survey this tab shows (by its key in `surveys`). A tab's own: a participant's
    /// survey file opened in another tab does not change what this one shows.
    pub survey_open: Option<String>,
    /// This tab is a participant's (opened by a share link or a survey file): it shows
    /// the survey only, and never writes the facilitator's state.
    pub participant: bool,
    /// Session files kept automatically before destructive actions, newest last.
    pub backups: Vec<Backup>,
    /// What could not be read from storage at start-up (kept aside, not deleted).
    pub set_aside: Vec<SetAside>,
    /// The time as the shell last told it (RFC 3339 UTC): the core has no clock.
    pub now: String,
    /// Storage is still being read at start-up: the pages wait.
    pub loading: bool,
    /// The outcome of the last import, item by item.
    pub last_import: Vec<ImportReport>,
    /// An import in progress, given in batches so that the page keeps answering.
    pub importing: Option<ImportProgress>,
    /// The last file or code that could not be opened, and where.
    pub open_failure: Option<OpenFailure>,
    /// The response being corrected in the roster, if any.
    pub correcting: Option<Correcting>,
    /// What the last destructive action replaced.
    pub undo: Option<Snapshot>,
    pub notice: Option<Notice>,
    /// The matching board of the current cohort: settings, pairing, edits.
    pub board: Board,
}

/// Everything the user can do. Each carries what the shell read from the browser (bytes
/// of a file, a fresh participant id, the time); the core decides what it means.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLang(Lang),
    /// Replace the current workshop (if any) with the built-in template.
    StartFromTemplate(GenerationPreset),
    /// Replace the current workshop with a whole session read from a file.
    OpenCohort(Cohort),
    /// Replace the current workshop with the sample one and its made-up answers (the same
    /// on every load), dated `now`.
    LoadSample {
        now: String,
    },
    /// A file given on Home: a session file replaces the current workshop with its answers;
    /// a workshop file becomes the current workshop, keeping the answers that fit it and
    /// archiving the others (both undoable, backed up first); or its problem is shown there.
    OpenHomeFile(UserFile),
    /// Begin editing the current workshop (a draft kept until saved or discarded).
    BeginWorkshopEdit,
    /// One edit of the workshop being edited, applied to the current draft.
    EditWorkshop(Edit),
    /// Replace the workshop being edited, or (with `None`) discard it.
    SetWorkshopDraft(Option<Workshop>),
    /// Make the edited workshop the current one (if valid).
    SaveWorkshopDraft,
    SetPublicBase(String),
    /// Open a workshop's survey; an open survey of the same workshop keeps its draft.
    OpenSurvey {
        workshop: Workshop,
        participant_id: String,
        kiosk: bool,
    },
    /// A workshop file given on the survey's open panel.
    OpenWorkshopFile {
        file: UserFile,
        participant_id: String,
    },
    /// A workshop code pasted on the survey's open panel.
    OpenWorkshopCode {
        code: String,
        participant_id: String,
    },
    /// A share link's workshop code, read from the address at start-up or when pasted.
    OpenLink {
        code: String,
        participant_id: String,
    },
    /// The text of this page's workshop slot (a survey file for participants), at every
    /// start-up: opens its survey like `OpenSurvey`, and a shared laptop stays in
    /// shared-laptop mode.
    OpenEmbeddedSurvey {
        slot: String,
        participant_id: String,
    },
    EditDraft(DraftEdit),
    // ---- follow-up survey (issue 11 §3) ----
    /// One edit of the open follow-up survey's form (its answers are completed with
    /// `SubmitSurvey`, like the first survey's).
    EditFollowUp(FollowUpEdit),
    SubmitSurvey {
        now: String,
    },
    EditAnswers,
    /// Kiosk mode: clear the form for the next person.
    NextParticipant {
        participant_id: String,
    },
    CloseSurvey,
    /// An import of `total` items begins; they follow in batches (`Import`).
    ImportStart {
        total: usize,
    },
    /// Responses handed in as files or codes, added to the current cohort: a batch of the
    /// import begun by `ImportStart`, or on its own a whole import.
    Import(Vec<ImportInput>),
    /// Answer codes pasted one per line (blank lines ignored), imported like `Import`.
    ImportCodes(String),
    /// Open (or with `None` close) the correction form of a response.
    StartCorrection(Option<String>),
    /// Save the correction of the response being corrected: refused with the reason when
    /// it would not be a valid response, else it replaces the response (undoable).
    Correct {
        correction: Correction,
        now: String,
    },
    /// Remove a participant's response from the roster (undoable).
    DeleteResponse {
        participant_id: String,
    },
    /// Restore an automatic backup (its content, as the shell read it): it replaces the
    /// current workshop, which is archived and backed up in turn.
    RestoreBackup(Cohort),
    /// A backup's stored text (`None`: the browser no longer has it), to restore: read
    /// by the core, restored, or its problem shown on Home.
    OpenBackup {
        id: String,
        text: Option<String>,
    },
    /// A page closed before storing its last changes, which could not be applied on top
    /// of what another tab stored since: keep them (a session file) as a backup.
    KeepUnsaved(Cohort),
    /// A backup's record was stored, this many bytes long.
    BackupStored {
        id: String,
        bytes: usize,
    },
    /// Leave the participant's view of a page opened by a share link or a survey file:
    /// the facilitator on their own computer gets the whole app.
    LeaveParticipantView,
    /// Undo the last destructive action.
    Undo,
    DismissNotice,
    /// The shell could not save to storage, and why.
    StorageFailed(StorageProblem),
    /// Saving works again after a failure.
    StorageRecovered,
    /// An edit on the matching board (see [`crate::workflow::board`]).
    Board(BoardAction),
}

impl Session {
    /// A session with nothing in it, in `lang`.
    pub fn new(lang: Lang) -> Session {
        Session {
            lang,
            lang_chosen: false,
            cohort: None,
            archive: Vec::new(),
            workshop_draft: None,
            public_base: None,
            surveys: BTreeMap::new(),
            survey_open: None,
            participant: false,
            backups: Vec::new(),
            set_aside: Vec::new(),
            now: String::new(),
            loading: false,
            last_import: Vec::new(),
            importing: None,
            open_failure: None,
            correcting: None,
            undo: None,
            notice: None,
            board: Board::default(),
        }
    }

    /// The session at start-up from what the records held (see
    /// [`crate::workflow::stored::records`]) and the browser's language.
    pub fn from_records(read: Read, browser_lang: Lang) -> Session {
        let mut s = Session::new(read.lang.unwrap_or(browser_lang));
        s.lang_chosen = read.lang.is_some();
        if !read.set_aside.is_empty() {
            s.notice = Some(Notice::StorageRecovered);
        }
        s.set_aside = read.set_aside;
        s.surveys = read.surveys;
        s.set_facilitator(read.facilitator);
        s
    }

    /// The session at start-up from what an earlier version kept (`kakehashi/app-state@1`
    /// in `localStorage`), which the shell then moves into records.
    pub fn restore(loaded: Loaded, browser_lang: Lang) -> Session {
        match loaded {
            Loaded::Fresh => Session::new(browser_lang),
            Loaded::Ok(state) => Session::from_legacy(state, Vec::new(), browser_lang, ""),
            Loaded::Unreadable { .. } => Session {
                notice: Some(Notice::EarlierStateUnreadable),
                ..Session::new(browser_lang)
            },
        }
    }

    /// The session from an earlier version's state, with what could not be read of it.
    pub fn from_legacy(
        state: StoredState,
        set_aside: Vec<SetAside>,
        browser_lang: Lang,
        now: &str,
    ) -> Session {
        let mut s = Session::new(state.lang.unwrap_or(browser_lang));
        s.lang_chosen = state.lang.is_some();
        s.cohort = state.cohort.map(Rc::new);
        s.archive = state.archive.into_iter().map(Rc::new).collect();
        s.workshop_draft = state.workshop_draft;
        s.public_base = state.public_base;
        s.board = state.board;
        if let Some(survey) = state.survey {
            let key = followup::survey_key(&survey.workshop);
            s.survey_open = Some(key.clone());
            s.surveys.insert(key, survey);
        }
        if !set_aside.is_empty() {
            s.notice = Some(Notice::StorageRecovered);
        }
        s.set_aside = set_aside;
        s.now = now.to_owned();
        s.back_up(BackupReason::Migration);
        s
    }

    /// The earlier version's state this session would have been (tests prepare stored
    /// states with it).
    pub fn to_stored(&self) -> StoredState {
        StoredState {
            lang: self.lang_chosen.then_some(self.lang),
            cohort: self.cohort.as_deref().cloned(),
            archive: self.archive.iter().map(|c| (**c).clone()).collect(),
            workshop_draft: self.workshop_draft.clone(),
            public_base: self.public_base.clone(),
            survey: self.survey().cloned(),
            board: self.board.clone(),
            ..StoredState::default()
        }
    }

    /// The facilitator's state, to be stored (pointers, not copies).
    pub fn facilitator(&self) -> Facilitator {
        Facilitator {
            cohort: self.cohort.clone(),
            archive: self.archive.clone(),
            workshop_draft: self.workshop_draft.clone(),
            public_base: self.public_base.clone(),
            board: self.board.clone(),
            backups: self.backups.clone(),
        }
    }

    /// Takes the facilitator's state as stored, keeping what belongs to this tab (the
    /// board's run in progress and its message).
    fn set_facilitator(&mut self, f: Facilitator) {
        self.cohort = f.cohort;
        self.archive = f.archive;
        self.workshop_draft = f.workshop_draft;
        self.public_base = f.public_base;
        self.backups = f.backups;
        let mut board = f.board;
        board.keep_transient(&self.board);
        self.board = board;
    }

    /// Another tab wrote the state first: take what storage now holds (`read`) and apply
    /// this tab's actions not yet stored (`pending`) on top, as if they had come after.
    /// Nothing either tab collected is lost: imports add to the newer answers, a replaced
    /// workshop is archived with them. This tab's undo of a destructive action is kept
    /// only if one of `pending` made it (an older one would restore a state without the
    /// other tab's work).
    pub fn rebase(&mut self, read: Read, pending: &[Action]) {
        let changed = read.facilitator != self.facilitator();
        self.undo = None;
        self.surveys = read.surveys;
        if !self.lang_chosen {
            if let Some(lang) = read.lang {
                self.lang = lang;
                self.lang_chosen = true;
            }
        }
        self.set_facilitator(read.facilitator);
        let notice = self.notice.clone();
        for action in pending {
            self.apply(action.clone());
        }
        if changed && pending.is_empty() && notice == self.notice {
            self.notice = Some(Notice::ChangedElsewhere);
        }
    }

    /// What this tab wants stored (see [`records::plan`]).
    pub fn wanted(&self) -> records::Wanted<'_> {
        records::Wanted {
            facilitator: self.facilitator(),
            surveys: &self.surveys,
            lang: self.lang_chosen.then_some(self.lang),
            write_facilitator: !self.participant,
        }
    }

    /// What this tab shows, for the shell to keep across a reload.
    pub fn tab_view(&self) -> TabView {
        TabView {
            survey: self.survey_open.clone(),
            participant: self.participant,
        }
    }

    /// Shows what this tab showed before a reload: its survey, if a draft of it is
    /// stored (else nothing is open), and the participant's view with it.
    pub fn show_tab_view(&mut self, view: TabView) {
        if let Some(id) = view.survey.filter(|id| self.surveys.contains_key(id)) {
            self.survey_open = Some(id);
            self.participant = view.participant;
        }
    }

    /// The survey this tab shows, if any.
    pub fn survey(&self) -> Option<&SurveyState> {
        self.surveys.get(self.survey_open.as_ref()?)
    }

    fn survey_mut(&mut self) -> Option<&mut SurveyState> {
        self.surveys.get_mut(self.survey_open.as_ref()?)
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            cohort: self.cohort.clone(),
            archive: self.archive.clone(),
            survey_open: self.survey_open.clone(),
        }
    }

    /// Keeps the current session as an automatic backup (when it holds answers), before
    /// a destructive action.
    fn back_up(&mut self, reason: BackupReason) {
        let Some(file) = self.session_file().filter(|c| !c.responses.is_empty()) else {
            return;
        };
        records::add_backup(&mut self.backups, reason, file, &self.now);
    }

    /// Replaces the current cohort, archiving the old one if it holds answers. A saved
    /// session's current pairing goes back onto the board.
    fn replace_cohort(&mut self, mut cohort: Cohort, reason: BackupReason) {
        let pairing = cohort.pairing.take();
        self.back_up(reason);
        self.undo = Some(self.snapshot());
        if let Some(old) = self.cohort.replace(Rc::new(cohort)) {
            if !old.responses.is_empty() {
                self.archive.push(old);
            }
            self.notice = Some(Notice::WorkshopReplaced);
        } else {
            self.undo = None;
        }
        self.workshop_draft = None;
        self.last_import.clear();
        self.correcting = None;
        self.board = Board::default();
        self.board.pairing = pairing.map(Rc::new);
    }

    /// The session as one file: the cohort with the board's current pairing.
    pub fn session_file(&self) -> Option<Cohort> {
        let cohort = self.cohort.as_ref()?;
        Some(Cohort {
            pairing: self.board.pairing_for(cohort).cloned(),
            ..(**cohort).clone()
        })
    }

    /// How many collected answers would not fit `workshop` (if it replaced the current one).
    pub fn answers_not_fitting(&self, workshop: &Workshop) -> usize {
        self.cohort.as_ref().map_or(0, |c| {
            c.responses
                .iter()
                .filter(|r| validate::response_for(r, workshop).is_err())
                .count()
        })
    }

    /// The open failure to show at `place`, if the last one happened there.
    pub fn open_failure_at(&self, place: OpenPlace) -> Option<&OpenError> {
        self.open_failure
            .as_ref()
            .filter(|f| f.place == place)
            .map(|f| &f.error)
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => {
                self.lang = lang;
                self.lang_chosen = true;
            }
            Action::StartFromTemplate(preset) => {
                let workshop = workshop_with_preset(preset);
                self.replace_cohort(
                    Cohort {
                        format: Kind::Cohort.tag(),
                        workshop,
                        responses: vec![],
                        rounds: vec![],
                        pairing: None,
                        followups: vec![],
                    },
                    BackupReason::Replaced,
                );
            }
            Action::OpenCohort(cohort) => self.replace_cohort(cohort, BackupReason::Replaced),
            Action::LoadSample { now } => {
                let cohort = crate::demo::demo_cohort(
                    crate::demo::SAMPLE_PARTICIPANTS,
                    crate::demo::SAMPLE_SEED,
                    self.lang,
                    &now,
                );
                self.replace_cohort(cohort, BackupReason::Replaced);
                self.notice = Some(Notice::SampleLoaded);
            }
            Action::OpenHomeFile(file) => match formats::parse_document(&file.bytes) {
                Ok(Document::Cohort(cohort)) => {
                    self.open_failure = None;
                    self.replace_cohort(cohort, BackupReason::Replaced);
                }
                Ok(Document::Workshop(workshop)) if workshop.followup.is_some() => self.fail(
                    OpenPlace::Home,
                    OpenError::FollowUpSurveyForHome { name: file.name },
                ),
                Ok(Document::Workshop(workshop)) => {
                    self.open_failure = None;
                    self.open_workshop(file.name, workshop);
                }
                Ok(other) => self.fail(
                    OpenPlace::Home,
                    OpenError::NotForHome {
                        name: file.name,
                        found: other.kind(),
                    },
                ),
                Err(error) => self.fail(
                    OpenPlace::Home,
                    OpenError::File {
                        name: file.name,
                        error,
                    },
                ),
            },
            Action::BeginWorkshopEdit => {
                if self.workshop_draft.is_none() {
                    self.workshop_draft = self.cohort.as_ref().map(|c| c.workshop.clone());
                }
            }
            Action::EditWorkshop(edit) => {
                let current = self
                    .workshop_draft
                    .take()
                    .or_else(|| self.cohort.as_ref().map(|c| c.workshop.clone()));
                self.workshop_draft = current.map(|draft| editor::apply(&draft, edit));
            }
            Action::SetWorkshopDraft(draft) => self.workshop_draft = draft,
            Action::SaveWorkshopDraft => self.save_workshop_draft(),
            Action::SetPublicBase(base) => {
                let base = base.trim();
                self.public_base = (!base.is_empty()).then(|| base.to_owned());
            }
            Action::OpenSurvey {
                workshop,
                participant_id,
                kiosk,
            } => self.open_survey(workshop, participant_id, kiosk),
            Action::OpenWorkshopFile {
                file,
                participant_id,
            } => match formats::parse_workshop(&file.bytes) {
                Ok(workshop) => self.open_survey(workshop, participant_id, false),
                Err(error) => self.fail(
                    OpenPlace::Survey,
                    OpenError::File {
                        name: file.name,
                        error,
                    },
                ),
            },
            Action::OpenWorkshopCode {
                code,
                participant_id,
            } => match codes::parse_workshop_code(&code) {
                Ok(workshop) => self.open_survey(workshop, participant_id, false),
                Err(error) => self.fail(OpenPlace::Survey, OpenError::Code(error)),
            },
            Action::OpenLink {
                code,
                participant_id,
            } => match codes::parse_workshop_code(&code) {
                Ok(workshop) => {
                    self.participant = true;
                    self.open_survey(workshop, participant_id, false);
                }
                Err(error) => self.notice = Some(Notice::LinkBroken(error)),
            },
            Action::OpenEmbeddedSurvey {
                slot,
                participant_id,
            } => match survey_file::read_slot(&slot) {
                Ok(None) => {}
                Ok(Some(workshop)) => {
                    let key = followup::survey_key(&workshop);
                    let kiosk = self.surveys.get(&key).is_some_and(|s| s.kiosk);
                    self.participant = !kiosk;
                    self.open_survey(workshop, participant_id, kiosk);
                }
                Err(error) => self.notice = Some(Notice::SurveyFileBroken(error)),
            },
            Action::EditDraft(edit) => {
                if let Some(s) = self.survey_mut() {
                    s.draft.apply(edit);
                }
            }
            Action::EditFollowUp(edit) => {
                if let Some(form) = self.survey_mut().and_then(|s| s.followup.as_mut()) {
                    form.draft.apply(edit);
                }
            }
            Action::SubmitSurvey { now } => self.submit_survey(&now),
            Action::EditAnswers => {
                if let Some(s) = self.survey_mut() {
                    s.editing = true;
                }
            }
            Action::NextParticipant { participant_id } => {
                if let Some(s) = self.survey_mut() {
                    *s = SurveyState::new(s.workshop.clone(), participant_id, s.kiosk);
                }
                self.notice = None;
            }
            Action::CloseSurvey => {
                if self.survey_open.is_some() {
                    self.undo = Some(self.snapshot());
                    self.survey_open = None;
                    self.notice = Some(Notice::SurveyClosed);
                }
            }
            Action::ImportStart { total } => {
                self.last_import.clear();
                self.importing = (total > 0).then_some(ImportProgress {
                    done: 0,
                    total,
                    backed_up: false,
                });
            }
            Action::Import(inputs) => {
                let Some(before) = self.cohort.clone() else {
                    return;
                };
                let n = inputs.len();
                let mut cohort = (*before).clone();
                let rounds = followup::paired_rounds(&before, &self.board);
                let reports = import::import_all(&mut cohort, inputs, &rounds);
                let replaces = reports
                    .iter()
                    .any(|r| matches!(r.outcome, import::ImportOutcome::Updated(_)));
                let backed_up = self.importing.is_some_and(|p| p.backed_up);
                if replaces && !backed_up {
                    self.back_up(BackupReason::Import);
                }
                self.cohort = Some(Rc::new(cohort));
                match &mut self.importing {
                    Some(progress) => {
                        self.last_import.extend(reports);
                        progress.done += n;
                        progress.backed_up |= replaces;
                        if progress.done >= progress.total {
                            self.importing = None;
                        }
                    }
                    None => self.last_import = reports,
                }
            }
            Action::ImportCodes(text) => {
                let inputs = import::codes_from_paste(&text);
                if !inputs.is_empty() {
                    self.apply(Action::Import(inputs));
                }
            }
            Action::StartCorrection(participant_id) => {
                self.correcting = participant_id.map(|participant_id| Correcting {
                    participant_id,
                    refused: None,
                });
            }
            Action::Correct { correction, now } => self.correct(correction, &now),
            Action::DeleteResponse { participant_id } => {
                let snapshot = self.snapshot();
                if let Some(cohort) = &mut self.cohort {
                    if let Some(i) = cohort
                        .responses
                        .iter()
                        .position(|r| r.participant_id == participant_id)
                    {
                        let removed = Rc::make_mut(cohort).responses.remove(i);
                        self.undo = Some(snapshot);
                        self.notice = Some(Notice::ResponseDeleted(removed.name));
                    }
                }
            }
            Action::RestoreBackup(content) => {
                self.replace_cohort(content, BackupReason::Restore);
                self.notice = Some(Notice::BackupRestored);
            }
            Action::OpenBackup { id, text } => {
                let read = text
                    .ok_or(FormatError::Empty)
                    .and_then(|t| records::read_backup(&t));
                match read {
                    Ok(content) => {
                        self.open_failure = None;
                        self.apply(Action::RestoreBackup(content));
                    }
                    Err(error) => self.fail(OpenPlace::Home, OpenError::File { name: id, error }),
                }
            }
            Action::KeepUnsaved(content) => {
                records::add_backup(&mut self.backups, BackupReason::Unsaved, content, &self.now);
                self.notice = Some(Notice::UnsavedKept);
            }
            Action::BackupStored { id, bytes } => {
                if let Some(b) = self.backups.iter_mut().find(|b| b.info.id == id) {
                    b.info.bytes = bytes;
                }
            }
            Action::LeaveParticipantView => self.participant = false,
            Action::Undo => {
                if let Some(snapshot) = self.undo.take() {
                    self.cohort = snapshot.cohort;
                    self.archive = snapshot.archive;
                    self.survey_open = snapshot.survey_open;
                    self.notice = Some(Notice::Restored);
                }
            }
            Action::DismissNotice => {
                self.notice = None;
                self.undo = None;
            }
            Action::StorageFailed(problem) => self.notice = Some(Notice::StorageFailed(problem)),
            Action::StorageRecovered => {
                if matches!(self.notice, Some(Notice::StorageFailed(_))) {
                    self.notice = None;
                }
            }
            Action::Board(action) => {
                if let Some(cohort) = &mut self.cohort {
                    self.board.apply(cohort, action);
                }
            }
        }
    }

    /// Applies `action` and returns what to replay of it should another tab's write come
    /// first (see [`Session::rebase`]): the action itself for anything that changes what
    /// is stored; nothing for what only concerns this tab (a run in progress, a form
    /// opened, a storage problem); for a matching result this tab accepted, the pairing
    /// itself (the run it answered will not be pending on the newer state).
    pub fn apply_recorded(&mut self, action: Action) -> Option<Action> {
        use BoardAction as B;
        let record = match &action {
            Action::Board(B::ResultReady { run, .. }) => {
                let accepted = self.board.computing == Some(*run);
                self.apply(action);
                return accepted
                    .then(|| self.board.pairing.clone())
                    .flatten()
                    .map(|p| Action::Board(B::Adopt(p)));
            }
            Action::Board(
                B::StartRun
                | B::Rematch
                | B::Cancel
                | B::WorkerUnavailable
                | B::RunFailed { .. }
                | B::DismissMessage,
            )
            | Action::StartCorrection(_)
            | Action::LeaveParticipantView
            | Action::StorageFailed(_)
            | Action::StorageRecovered => None,
            other => Some(other.clone()),
        };
        self.apply(action);
        record
    }

    fn fail(&mut self, place: OpenPlace, error: OpenError) {
        self.open_failure = Some(OpenFailure { place, error });
    }

    /// Opens a workshop's survey; a survey of the same workshop keeps its draft, another
    /// one replaces the open survey (undoable).
    ///
    /// A follow-up survey is kept under its own key, beside the first survey of the same
    /// workshop; its "Who are you?" starts on the participant whose first answers this
    /// browser holds (not on a shared laptop, where that is someone else's).
    fn open_survey(&mut self, workshop: Workshop, participant_id: String, kiosk: bool) {
        let id = followup::survey_key(&workshop);
        match self.surveys.get_mut(&id) {
            Some(s) => {
                s.workshop = workshop;
                s.kiosk = kiosk;
            }
            None => {
                let known = self
                    .surveys
                    .get(&workshop.id)
                    .filter(|first| !kiosk && first.submitted.is_some())
                    .map(|first| first.participant_id.clone())
                    .filter(|id| {
                        workshop
                            .followup
                            .as_ref()
                            .is_some_and(|f| f.person(id).is_some())
                    });
                let mut state = SurveyState::new(workshop, participant_id, kiosk);
                if let (Some(form), Some(known)) = (state.followup.as_mut(), known) {
                    form.draft.person = Some(known);
                }
                self.surveys.insert(id.clone(), state);
            }
        }
        if self.survey_open.as_ref().is_some_and(|open| *open != id) {
            self.undo = Some(self.snapshot());
        }
        self.survey_open = Some(id);
        if self.open_failure_at(OpenPlace::Survey).is_some() {
            self.open_failure = None;
        }
        if matches!(
            self.notice,
            Some(Notice::LinkBroken(_) | Notice::SurveyFileBroken(_))
        ) {
            self.notice = None;
        }
    }

    /// Replaces the collected response of the same participant if `response` is valid
    /// for the workshop (undoable); returns why not otherwise.
    fn replace_response(&mut self, response: Response) -> Result<(), Invalid> {
        let snapshot = self.snapshot();
        let Some(cohort) = &mut self.cohort else {
            return Ok(());
        };
        validate::response_for(&response, &cohort.workshop)?;
        let Some(i) = cohort
            .responses
            .iter()
            .position(|r| r.participant_id == response.participant_id)
        else {
            return Ok(());
        };
        Rc::make_mut(cohort).responses[i] = response;
        self.undo = Some(snapshot);
        self.notice = Some(Notice::ResponseEdited);
        Ok(())
    }

    /// Builds the corrected response of the one being corrected and saves it, or keeps
    /// the form open with the reason it was refused.
    fn correct(&mut self, correction: Correction, now: &str) {
        let (Some(cohort), Some(correcting)) = (&self.cohort, &self.correcting) else {
            return;
        };
        let Some(original) = cohort.response(&correcting.participant_id) else {
            return;
        };
        let resolved = original.generation_id(&cohort.workshop).unwrap_or_default();
        let department = correction.department.trim();
        let generation = if original.generation.is_none() && correction.generation == resolved {
            None
        } else {
            Some(correction.generation.clone())
        };
        let edited = Response {
            name: correction.name.trim().to_owned(),
            department: (!department.is_empty()).then(|| department.to_owned()),
            generation,
            ratings: correction.ratings,
            updated_at: now.to_owned(),
            ..original.clone()
        };
        match self.replace_response(edited) {
            Ok(()) => self.correcting = None,
            Err(invalid) => {
                if let Some(c) = &mut self.correcting {
                    c.refused = Some(invalid);
                }
            }
        }
    }

    fn save_workshop_draft(&mut self) {
        let Some(draft) = self.workshop_draft.clone() else {
            return;
        };
        if validate::workshop(&draft).is_err() {
            return;
        }
        let (_, moved) = self.adopt_workshop(draft, BackupReason::Edited);
        self.notice = Some(if moved > 0 {
            Notice::AnswersArchived(moved)
        } else {
            Notice::WorkshopSaved
        });
        self.workshop_draft = None;
    }

    /// Makes `workshop` the current one in place of the current workshop (undoable): the
    /// answers that fit it stay, the others move to the archive with the workshop they
    /// answered (the session is backed up first). The rounds stay when it is a version
    /// of the same workshop that every answer fits. Returns how many answers stayed and
    /// how many moved.
    fn adopt_workshop(&mut self, workshop: Workshop, reason: BackupReason) -> (usize, usize) {
        self.undo = Some(self.snapshot());
        if self.answers_not_fitting(&workshop) > 0 {
            self.back_up(reason);
        }
        let (fitting, moved) = match &self.cohort {
            Some(c) => c
                .responses
                .iter()
                .cloned()
                .partition(|r| validate::response_for(r, &workshop).is_ok()),
            None => (Vec::new(), Vec::<Response>::new()),
        };
        let rounds = match &self.cohort {
            Some(c) if moved.is_empty() && c.workshop.id == workshop.id => c.rounds.clone(),
            _ => Vec::new(),
        };
        // Follow-up answers stay with their workshop while they still fit it; when one
        // does not, the earlier cohort is archived whole, so nothing is lost.
        let (followups, unfit): (Vec<FollowUp>, Vec<FollowUp>) = match &self.cohort {
            Some(c) if c.workshop.id == workshop.id => c
                .followups
                .iter()
                .cloned()
                .partition(|f| validate::followup_for(f, &workshop).is_ok()),
            Some(c) => (Vec::new(), c.followups.clone()),
            None => (Vec::new(), Vec::new()),
        };
        let kept = fitting.len();
        let new = Cohort {
            format: Kind::Cohort.tag(),
            workshop,
            responses: fitting,
            rounds,
            pairing: None,
            followups,
        };
        if let Some(old) = self.cohort.replace(Rc::new(new)) {
            if !moved.is_empty() || !unfit.is_empty() {
                self.archive.push(old);
            }
        }
        (kept, moved.len())
    }

    /// A workshop file given on Home (named `file`) becomes the current workshop. A
    /// version of the current workshop keeps the answers that fit it, like a saved edit;
    /// another workshop replaces the current one, whose answers go to the archive. Both
    /// can be undone, and the session is backed up before answers move.
    fn open_workshop(&mut self, file: String, workshop: Workshop) {
        let same = self
            .cohort
            .as_ref()
            .is_some_and(|c| c.workshop.id == workshop.id);
        let (kept, archived) = if same {
            let moved = self.adopt_workshop(workshop, BackupReason::Replaced);
            self.workshop_draft = None;
            moved
        } else {
            let archived = self.cohort.as_ref().map_or(0, |c| c.responses.len());
            let cohort = Cohort {
                format: Kind::Cohort.tag(),
                workshop,
                responses: vec![],
                rounds: vec![],
                pairing: None,
                followups: vec![],
            };
            self.replace_cohort(cohort, BackupReason::Replaced);
            (0, archived)
        };
        self.notice = Some(Notice::WorkshopOpened {
            file,
            kept,
            archived,
        });
    }

    fn submit_survey(&mut self, now: &str) {
        let Some(id) = self.survey_open.clone() else {
            return;
        };
        let Some(s) = self.surveys.get_mut(&id) else {
            return;
        };
        if s.followup.is_some() {
            return self.submit_followup(&id, now);
        }
        let now = later_than_submitted(now, s.submitted.as_ref().map(|r| r.updated_at.as_str()));
        match s.draft.to_response(
            &s.workshop,
            &s.participant_id,
            s.created_at.as_deref(),
            &now,
        ) {
            Err(_) => s.attempted = true,
            Ok(response) => {
                s.created_at = Some(response.created_at.clone());
                s.submitted = Some(response.clone());
                s.editing = false;
                s.attempted = false;
                if s.kiosk {
                    let name = response.name.clone();
                    if let Some(cohort) = self
                        .cohort
                        .as_mut()
                        .filter(|c| c.workshop.id == response.workshop_id)
                    {
                        import::upsert(Rc::make_mut(cohort), response);
                        self.notice = Some(Notice::KioskSaved(name));
                    }
                }
            }
        }
    }

    /// Completes the open follow-up survey (survey `key`), or shows its problems; on a
    /// shared laptop the answers go straight into the cohort of the same workshop when
    /// the person is one of its participants.
    fn submit_followup(&mut self, key: &str, now: &str) {
        let Some(s) = self.surveys.get_mut(key) else {
            return;
        };
        let Some(form) = s.followup.as_mut() else {
            return;
        };
        let submitted = form.submitted.as_ref().map(|f| f.updated_at.as_str());
        let now = later_than_submitted(now, submitted);
        match form
            .draft
            .to_followup(&s.workshop, s.created_at.as_deref(), &now)
        {
            Err(_) => s.attempted = true,
            Ok(answers) => {
                s.created_at = Some(answers.created_at.clone());
                form.submitted = Some(answers.clone());
                s.editing = false;
                s.attempted = false;
                if s.kiosk {
                    let cohort = self.cohort.as_mut().filter(|c| {
                        c.workshop.id == answers.workshop_id
                            && c.response(&answers.participant_id).is_some()
                    });
                    if let Some(cohort) = cohort {
                        let name = cohort
                            .response(&answers.participant_id)
                            .map(|r| r.name.clone())
                            .unwrap_or_default();
                        import::upsert_followup(Rc::make_mut(cohort), answers);
                        self.notice = Some(Notice::KioskSaved(name));
                    }
                }
            }
        }
    }
}

/// The time a re-submission is dated: `now`, or a second after the answers it replaces
/// when `now` is not later in whole seconds. An answer code carries whole seconds, and
/// the newer `updated_at` is what makes an import replace the earlier answers: a
/// participant who corrects a typo within the same second must still replace them.
fn later_than_submitted(now: &str, submitted: Option<&str>) -> String {
    use crate::document::timestamp::{from_unix, unix_seconds};
    match (unix_seconds(now), submitted.and_then(unix_seconds)) {
        (Some((now_secs, _)), Some((before, _))) if now_secs <= before => from_unix(before + 1),
        _ => now.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::stored::legacy::load;
    use crate::workflow::stored::records::{self, MemoryStore, Saved};
    use crate::workflow::survey::{Draft, GenerationInput};

    fn session() -> Session {
        Session::restore(Loaded::Fresh, Lang::En)
    }

    fn with_workshop() -> Session {
        let mut s = session();
        s.apply(Action::StartFromTemplate(GenerationPreset::International));
        s
    }

    fn complete_draft(w: &Workshop, name: &str) -> Draft {
        Draft {
            name: name.into(),
            generation_input: GenerationInput::Choose,
            generation: Some("gen_x".into()),
            ratings: w.skills.iter().map(|s| (s.id.clone(), 2)).collect(),
            ..Draft::default()
        }
    }

    /// Types a whole draft into the form, field by field.
    fn fill(s: &mut Session, d: &Draft) {
        let mut edits = vec![
            DraftEdit::Name(d.name.clone()),
            DraftEdit::GenerationInput(d.generation_input),
            DraftEdit::Generation(d.generation.clone()),
            DraftEdit::BirthYear(d.birth_year.clone()),
            DraftEdit::Department(d.department.clone()),
            DraftEdit::Note(d.note.clone()),
        ];
        edits.extend(d.ratings.iter().map(|(k, &v)| DraftEdit::Rating {
            skill: k.clone(),
            rating: v,
        }));
        edits.extend(d.wants_to_learn.iter().map(|k| DraftEdit::WantToLearn {
            skill: k.clone(),
            wanted: true,
        }));
        for edit in edits {
            s.apply(Action::EditDraft(edit));
        }
    }

    /// Stores the session as the shell would and reads it back, as after a reload.
    fn reload(s: &Session) -> Session {
        let mut store = MemoryStore::default();
        let plan = records::plan(&Saved::default(), s.wanted());
        store.commit(plan, &Saved::default()).unwrap();
        let read = records::load(&store.records).unwrap();
        let mut back = Session::from_records(read, Lang::En);
        back.survey_open = s.survey_open.clone();
        back
    }

    #[test]
    fn language_follows_the_browser_until_chosen_and_is_kept() {
        let mut s = session();
        assert_eq!(s.to_stored().lang, None);
        s.apply(Action::SetLang(Lang::Ja));
        let reloaded = reload(&s);
        assert_eq!((reloaded.lang, reloaded.lang_chosen), (Lang::Ja, true));
    }

    #[test]
    fn replacing_a_workshop_can_be_undone() {
        let mut s = with_workshop();
        assert_eq!(s.notice, None, "a first workshop replaces nothing");
        let first = s.cohort.clone();
        s.apply(Action::StartFromTemplate(GenerationPreset::Japanese));
        assert_eq!(s.notice, Some(Notice::WorkshopReplaced));
        assert_ne!(s.cohort, first);
        s.apply(Action::Undo);
        assert_eq!(s.cohort, first);
        assert_eq!(s.notice, Some(Notice::Restored));
    }

    #[test]
    fn unreadable_storage_starts_fresh_with_a_notice() {
        let s = Session::restore(load(Some("{broken")), Lang::Ja);
        assert_eq!(
            (s.cohort.clone(), s.notice.clone(), s.lang),
            (None, Some(Notice::EarlierStateUnreadable), Lang::Ja)
        );
    }

    #[test]
    fn a_damaged_survey_file_warns_until_a_survey_opens() {
        let mut s = session();
        let error = crate::transport::survey_file::read_slot("{broken").unwrap_err();
        s.apply(Action::OpenEmbeddedSurvey {
            slot: "{broken".into(),
            participant_id: "p-1".into(),
        });
        assert_eq!(s.notice, Some(Notice::SurveyFileBroken(error)));
        assert!(s.notice.as_ref().unwrap().is_warning());
        let w = workshop_with_preset(GenerationPreset::Japanese);
        s.apply(Action::OpenSurvey {
            workshop: w,
            participant_id: "p-1".into(),
            kiosk: false,
        });
        assert_eq!(s.notice, None);
    }

    #[test]
    fn reopening_a_survey_file_keeps_the_draft_and_shared_laptop_mode() {
        let mut s = session();
        let w = workshop_with_preset(GenerationPreset::Japanese);
        let slot = formats::to_json(&w);
        s.apply(Action::OpenEmbeddedSurvey {
            slot: slot.clone(),
            participant_id: "p-1".into(),
        });
        assert!(!s.survey().unwrap().kiosk);
        s.apply(Action::OpenSurvey {
            workshop: w.clone(),
            participant_id: "p-1".into(),
            kiosk: true,
        });
        let draft = Draft {
            name: "山田".into(),
            ..Draft::default()
        };
        fill(&mut s, &draft);
        let mut s = reload(&s);
        s.apply(Action::OpenEmbeddedSurvey {
            slot,
            participant_id: "p-2".into(),
        });
        let survey = s.survey().unwrap();
        assert_eq!(
            (
                survey.kiosk,
                survey.draft.clone(),
                survey.participant_id.as_str()
            ),
            (true, draft, "p-1")
        );
    }

    #[test]
    fn a_draft_survives_a_reload_and_a_reopened_link() {
        let mut s = session();
        let w = workshop_with_preset(GenerationPreset::Japanese);
        s.apply(Action::OpenSurvey {
            workshop: w.clone(),
            participant_id: "p-1".into(),
            kiosk: false,
        });
        let draft = Draft {
            name: "山田".into(),
            ..Draft::default()
        };
        fill(&mut s, &draft);
        let mut s = reload(&s);
        assert_eq!(s.survey().unwrap().draft, draft);
        s.apply(Action::OpenSurvey {
            workshop: w,
            participant_id: "p-2".into(),
            kiosk: false,
        });
        let survey = s.survey().unwrap();
        assert_eq!(
            (survey.draft.clone(), survey.participant_id.as_str()),
            (draft, "p-1")
        );
    }

    #[test]
    fn submitting_an_incomplete_survey_shows_problems_and_keeps_the_draft() {
        let mut s = session();
        let w = workshop_with_preset(GenerationPreset::Japanese);
        s.apply(Action::OpenSurvey {
            workshop: w,
            participant_id: "p-1".into(),
            kiosk: false,
        });
        fill(
            &mut s,
            &Draft {
                name: "山田".into(),
                ..Draft::default()
            },
        );
        s.apply(Action::SubmitSurvey {
            now: "2026-11-26T09:00:00Z".into(),
        });
        let survey = s.survey().unwrap();
        assert!(survey.attempted && survey.submitted.is_none());
        assert_eq!(survey.draft.name, "山田");
    }

    #[test]
    fn resubmitting_keeps_the_participant_and_creation_time() {
        let mut s = session();
        let w = workshop_with_preset(GenerationPreset::International);
        s.apply(Action::OpenSurvey {
            workshop: w.clone(),
            participant_id: "p-1".into(),
            kiosk: false,
        });
        fill(&mut s, &complete_draft(&w, "Ann"));
        s.apply(Action::SubmitSurvey {
            now: "2026-11-26T09:00:00Z".into(),
        });
        assert!(s.survey().unwrap().showing_hand_back());
        s.apply(Action::EditAnswers);
        s.apply(Action::SubmitSurvey {
            now: "2026-11-26T09:30:00Z".into(),
        });
        let r = s.survey().unwrap().submitted.clone().unwrap();
        assert_eq!(
            (
                r.participant_id.as_str(),
                r.created_at.as_str(),
                r.updated_at.as_str()
            ),
            ("p-1", "2026-11-26T09:00:00Z", "2026-11-26T09:30:00Z")
        );
    }

    /// Regression: an e2e run re-submitted corrected answers within the second of the
    /// first submission; both codes carried the same time, and the import kept the older.
    #[test]
    fn a_resubmission_in_the_same_second_is_dated_after_the_answers_it_replaces() {
        let mut s = session();
        let w = workshop_with_preset(GenerationPreset::International);
        s.apply(Action::OpenSurvey {
            workshop: w.clone(),
            participant_id: "p-1".into(),
            kiosk: false,
        });
        fill(&mut s, &complete_draft(&w, "Ann"));
        s.apply(Action::SubmitSurvey {
            now: "2026-11-26T09:00:00.900Z".into(),
        });
        s.apply(Action::EditAnswers);
        s.apply(Action::SubmitSurvey {
            now: "2026-11-26T09:00:00.950Z".into(),
        });
        let r = s.survey().unwrap().submitted.clone().unwrap();
        assert_eq!(r.updated_at, "2026-11-26T09:00:01Z");
        let mut cohort = Cohort {
            responses: vec![],
            ..crate::demo::demo_cohort(0, 1, Lang::En, "2026-11-26T09:00:00Z")
        };
        cohort.workshop = w.clone();
        let first = Response {
            updated_at: "2026-11-26T09:00:00.900Z".into(),
            ..r.clone()
        };
        import::upsert(&mut cohort, first);
        assert!(
            matches!(import::upsert(&mut cohort, r), import::Upsert::Updated),
            "the newer answers replace"
        );
    }

    #[test]
    fn kiosk_submissions_go_into_the_roster_and_the_form_clears() {
        let mut s = with_workshop();
        let w = s.cohort.as_ref().unwrap().workshop.clone();
        s.apply(Action::OpenSurvey {
            workshop: w.clone(),
            participant_id: "p-1".into(),
            kiosk: true,
        });
        for (i, name) in ["Ann", "Bo"].iter().enumerate() {
            fill(&mut s, &complete_draft(&w, name));
            s.apply(Action::SubmitSurvey {
                now: "2026-11-26T09:00:00Z".into(),
            });
            assert_eq!(s.notice, Some(Notice::KioskSaved((*name).into())));
            s.apply(Action::NextParticipant {
                participant_id: format!("p-{}", i + 2),
            });
            assert_eq!(s.survey().unwrap().draft, Draft::default());
        }
        let names: Vec<&str> = s
            .cohort
            .as_ref()
            .unwrap()
            .responses
            .iter()
            .map(|r| r.name.as_str())
            .collect();
        assert_eq!(names, ["Ann", "Bo"]);
    }

    #[test]
    fn editing_the_skill_list_archives_the_answers_that_no_longer_fit() {
        let mut s = with_workshop();
        let w = s.cohort.as_ref().unwrap().workshop.clone();
        s.apply(Action::OpenSurvey {
            workshop: w.clone(),
            participant_id: "p-1".into(),
            kiosk: true,
        });
        fill(&mut s, &complete_draft(&w, "Ann"));
        s.apply(Action::SubmitSurvey {
            now: "2026-11-26T09:00:00Z".into(),
        });
        let before = s.cohort.clone().unwrap();

        // A new title fits every answer: saved in place.
        let mut retitled = w.clone();
        retitled.title.en = "Spring workshop".into();
        s.apply(Action::SetWorkshopDraft(Some(retitled)));
        s.apply(Action::SaveWorkshopDraft);
        assert_eq!(s.notice, Some(Notice::WorkshopSaved));
        assert_eq!(s.cohort.as_ref().unwrap().responses.len(), 1);

        // Removing a skill: the answer no longer fits; it is archived, not dropped.
        let mut fewer = s.cohort.as_ref().unwrap().workshop.clone();
        fewer.skills.pop();
        assert_eq!(s.answers_not_fitting(&fewer), 1);
        s.apply(Action::SetWorkshopDraft(Some(fewer)));
        s.apply(Action::SaveWorkshopDraft);
        assert_eq!(s.notice, Some(Notice::AnswersArchived(1)));
        assert!(s.cohort.as_ref().unwrap().responses.is_empty());
        assert_eq!(s.archive.last().unwrap().responses, before.responses);
        s.apply(Action::Undo);
        assert_eq!(s.cohort.as_ref().unwrap().responses.len(), 1);
    }

    #[test]
    fn a_saved_session_reopens_with_its_pairs() {
        let mut s = session();
        let cohort = crate::demo::demo_cohort(9, 3, Lang::Ja, "2026-11-26T09:00:00Z");
        let pairing = crate::matching::match_cohort(&cohort, &cohort.workshop.matching).unwrap();
        s.apply(Action::OpenCohort(cohort.clone()));
        s.apply(Action::Board(crate::workflow::board::BoardAction::StartRun));
        let run = s.board.computing.unwrap();
        s.apply(Action::Board(
            crate::workflow::board::BoardAction::ResultReady {
                run,
                pairing: pairing.clone(),
            },
        ));
        let file = s.session_file().unwrap();
        let text = crate::document::formats::to_json(&file);
        let reopened = crate::document::formats::parse_cohort(text.as_bytes()).unwrap();
        let mut t = session();
        t.apply(Action::OpenCohort(reopened));
        assert_eq!(t.cohort.as_ref().unwrap().responses, cohort.responses);
        assert_eq!(
            t.cohort.as_ref().unwrap().pairing,
            None,
            "the board holds the pairing"
        );
        assert_eq!(t.board.pairing.as_deref(), Some(&pairing));
        assert_eq!(t.session_file(), Some(file));
    }

    #[test]
    fn deleting_a_response_can_be_undone() {
        let mut s = with_workshop();
        let w = s.cohort.as_ref().unwrap().workshop.clone();
        s.apply(Action::OpenSurvey {
            workshop: w.clone(),
            participant_id: "p-1".into(),
            kiosk: true,
        });
        fill(&mut s, &complete_draft(&w, "Ann"));
        s.apply(Action::SubmitSurvey {
            now: "2026-11-26T09:00:00Z".into(),
        });
        s.apply(Action::DeleteResponse {
            participant_id: "p-1".into(),
        });
        assert_eq!(s.notice, Some(Notice::ResponseDeleted("Ann".into())));
        assert!(s.cohort.as_ref().unwrap().responses.is_empty());
        s.apply(Action::Undo);
        assert_eq!(s.cohort.as_ref().unwrap().responses.len(), 1);
    }

    #[test]
    fn an_edit_that_breaks_a_response_is_refused() {
        let mut s = with_workshop();
        let w = s.cohort.as_ref().unwrap().workshop.clone();
        s.apply(Action::OpenSurvey {
            workshop: w.clone(),
            participant_id: "p-1".into(),
            kiosk: true,
        });
        fill(&mut s, &complete_draft(&w, "Ann"));
        s.apply(Action::SubmitSurvey {
            now: "2026-11-26T09:00:00Z".into(),
        });
        let r = s.cohort.as_ref().unwrap().responses[0].clone();
        let mut correction = Correction {
            name: "Ann Lee".into(),
            department: String::new(),
            generation: r.generation.clone().unwrap(),
            ratings: r.ratings.clone(),
        };
        s.apply(Action::StartCorrection(Some("p-1".into())));
        s.apply(Action::Correct {
            correction: correction.clone(),
            now: "2026-11-26T10:00:00Z".into(),
        });
        assert_eq!(s.cohort.as_ref().unwrap().responses[0].name, "Ann Lee");
        assert_eq!(
            s.cohort.as_ref().unwrap().responses[0].updated_at,
            "2026-11-26T10:00:00Z"
        );
        assert_eq!(
            (s.correcting.clone(), s.notice.clone()),
            (None, Some(Notice::ResponseEdited)),
            "saved: the form closes"
        );
        correction.ratings.insert("ai_tools".into(), 99);
        s.apply(Action::StartCorrection(Some("p-1".into())));
        s.apply(Action::Correct {
            correction,
            now: "2026-11-26T11:00:00Z".into(),
        });
        assert_eq!(
            s.cohort.as_ref().unwrap().responses[0].ratings["ai_tools"],
            2
        );
        let refused = s.correcting.as_ref().and_then(|c| c.refused.clone());
        assert!(
            matches!(refused, Some(Invalid::RatingOutOfRange { rating: 99, .. })),
            "{refused:?}"
        );
    }

    #[test]
    fn an_import_in_batches_reports_every_item_and_backs_up_once() {
        let mut s = session();
        s.now = "2026-11-26T09:00:00Z".into();
        let cohort = crate::demo::demo_cohort(30, 4, Lang::En, "2026-11-26T09:00:00Z");
        let empty = Cohort {
            responses: vec![],
            ..cohort.clone()
        };
        s.apply(Action::OpenCohort(Cohort {
            responses: cohort.responses[..10].to_vec(),
            ..empty
        }));
        let file = |r: &Response| ImportInput {
            source: format!("{}.json", r.participant_id),
            content: import::ImportContent::File(formats::to_json(r).into_bytes()),
        };
        // Newer answers of the first ten (replacing theirs), then the twenty others.
        let mut inputs: Vec<ImportInput> = cohort.responses[..10]
            .iter()
            .map(|r| {
                file(&Response {
                    updated_at: "2026-11-27T09:00:00Z".into(),
                    ..r.clone()
                })
            })
            .collect();
        inputs.extend(cohort.responses[10..].iter().map(file));
        s.apply(Action::ImportStart {
            total: inputs.len(),
        });
        for (i, batch) in inputs.chunks(7).enumerate() {
            s.apply(Action::Import(batch.to_vec()));
            let expected = ((i + 1) * 7).min(30);
            if expected < 30 {
                assert_eq!(s.importing.map(|p| (p.done, p.total)), Some((expected, 30)));
            }
        }
        assert_eq!(s.importing, None, "done");
        assert_eq!(
            s.last_import.len(),
            30,
            "one report per item, across batches"
        );
        assert_eq!(s.cohort.as_ref().unwrap().responses.len(), 30);
        let import_backups = s
            .backups
            .iter()
            .filter(|b| b.info.reason == BackupReason::Import)
            .count();
        assert_eq!(
            import_backups, 1,
            "one backup before the import replaced answers"
        );
    }

    #[test]
    fn workshop_edits_apply_to_the_current_draft_one_after_another() {
        let mut s = with_workshop();
        s.apply(Action::EditWorkshop(Edit::Title(Lang::En, "Spring".into())));
        s.apply(Action::EditWorkshop(Edit::Title(Lang::Ja, "春".into())));
        let draft = s.workshop_draft.clone().unwrap();
        assert_eq!(
            (draft.title.en.as_str(), draft.title.ja.as_str()),
            ("Spring", "春"),
            "two quick edits both survive"
        );
        s.apply(Action::SaveWorkshopDraft);
        assert_eq!(s.cohort.as_ref().unwrap().workshop.title.en, "Spring");
        s.apply(Action::BeginWorkshopEdit);
        assert_eq!(
            s.workshop_draft.as_ref(),
            Some(&s.cohort.as_ref().unwrap().workshop)
        );
    }

    #[test]
    fn a_file_or_code_that_cannot_be_opened_is_reported_where_it_was_given() {
        let mut s = with_workshop();
        let before = s.cohort.clone();
        let file = UserFile {
            name: "notes.json".into(),
            bytes: b"{\"format\": \"kakehashi/workshop@1\"".to_vec(),
        };
        s.apply(Action::OpenHomeFile(file));
        assert!(
            matches!(s.open_failure_at(OpenPlace::Home), Some(OpenError::File { name, .. }) if name == "notes.json")
        );
        assert_eq!(s.open_failure_at(OpenPlace::Survey), None);
        assert_eq!(s.cohort, before, "nothing collected is lost");
        s.apply(Action::OpenWorkshopCode {
            code: "KW2.broken".into(),
            participant_id: "p-1".into(),
        });
        assert!(matches!(
            s.open_failure_at(OpenPlace::Survey),
            Some(OpenError::Code(_))
        ));
        let workshop = s.cohort.as_ref().unwrap().workshop.clone();
        let file = UserFile {
            name: "workshop.json".into(),
            bytes: formats::to_json(&workshop).into_bytes(),
        };
        s.apply(Action::OpenWorkshopFile {
            file,
            participant_id: "p-2".into(),
        });
        assert_eq!(s.open_failure, None);
        assert_eq!(s.survey().unwrap().workshop, workshop);
        let session = UserFile {
            name: "s.json".into(),
            bytes: formats::to_json(&s.session_file().unwrap()).into_bytes(),
        };
        s.apply(Action::OpenHomeFile(session));
        assert_eq!(s.notice, Some(Notice::WorkshopReplaced));
    }

    fn workshop_file(name: &str, w: &Workshop) -> UserFile {
        UserFile {
            name: name.into(),
            bytes: formats::to_json(w).into_bytes(),
        }
    }

    /// A session with one answer ("Ann") to the template's workshop.
    fn with_an_answer() -> Session {
        let mut s = with_workshop();
        s.now = "2026-11-26T09:00:00Z".into();
        let w = s.cohort.as_ref().unwrap().workshop.clone();
        s.apply(Action::OpenSurvey {
            workshop: w.clone(),
            participant_id: "p-1".into(),
            kiosk: true,
        });
        fill(&mut s, &complete_draft(&w, "Ann"));
        s.apply(Action::SubmitSurvey {
            now: "2026-11-26T09:00:00Z".into(),
        });
        s.apply(Action::DismissNotice);
        s
    }

    #[test]
    fn a_workshop_file_on_home_becomes_the_first_workshop() {
        let mut s = session();
        let w = workshop_with_preset(GenerationPreset::Japanese);
        s.apply(Action::OpenHomeFile(workshop_file("workshop.json", &w)));
        assert_eq!(s.cohort.as_ref().map(|c| &c.workshop), Some(&w));
        assert!(s.cohort.as_ref().unwrap().responses.is_empty());
        assert_eq!(
            s.notice,
            Some(Notice::WorkshopOpened {
                file: "workshop.json".into(),
                kept: 0,
                archived: 0
            })
        );
        assert_eq!(
            (s.open_failure.clone(), s.survey_open.clone()),
            (None, None),
            "it is the facilitator's, no survey opens"
        );
    }

    #[test]
    fn a_newer_version_of_the_workshop_keeps_the_answers_that_fit_it() {
        let mut s = with_an_answer();
        let before = s.cohort.clone().unwrap();
        let mut retitled = before.workshop.clone();
        retitled.title.en = "Spring workshop".into();
        s.apply(Action::OpenHomeFile(workshop_file(
            "spring.json",
            &retitled,
        )));
        assert_eq!(s.cohort.as_ref().unwrap().workshop, retitled);
        assert_eq!(
            s.cohort.as_ref().unwrap().responses,
            before.responses,
            "the answer fits: it stays"
        );
        assert_eq!(
            s.notice,
            Some(Notice::WorkshopOpened {
                file: "spring.json".into(),
                kept: 1,
                archived: 0
            })
        );
        assert!(
            s.backups.is_empty() && s.archive.is_empty(),
            "nothing moved, nothing to back up"
        );
        s.apply(Action::Undo);
        assert_eq!(s.cohort.as_deref(), Some(&*before));

        // A version without a skill the answer rated: the answer goes to the archive with
        // the workshop it answered, after a backup; undo brings it back.
        let mut fewer = before.workshop.clone();
        fewer.skills.pop();
        s.apply(Action::OpenHomeFile(workshop_file("fewer.json", &fewer)));
        assert!(s.cohort.as_ref().unwrap().responses.is_empty());
        assert_eq!(
            s.archive.last().map(|c| c.responses.clone()),
            Some(before.responses.clone())
        );
        assert_eq!(s.backups.len(), 1);
        assert_eq!(s.backups[0].info.reason, BackupReason::Replaced);
        assert_eq!(
            s.notice,
            Some(Notice::WorkshopOpened {
                file: "fewer.json".into(),
                kept: 0,
                archived: 1
            })
        );
        s.apply(Action::Undo);
        assert_eq!(s.cohort.as_deref(), Some(&*before));
        assert!(s.archive.is_empty());
    }

    #[test]
    fn another_workshop_replaces_the_current_one_whose_answers_are_archived() {
        let mut s = with_an_answer();
        s.apply(Action::BeginWorkshopEdit);
        let before = s.cohort.clone().unwrap();
        let mut other = workshop_with_preset(GenerationPreset::Japanese);
        other.id = "autumn-2026".into();
        s.apply(Action::OpenHomeFile(workshop_file("autumn.json", &other)));
        assert_eq!(s.cohort.as_ref().unwrap().workshop, other);
        assert!(s.cohort.as_ref().unwrap().responses.is_empty());
        assert_eq!(s.archive.last().map(|c| c.responses.len()), Some(1));
        assert_eq!(s.backups.len(), 1, "backed up before the answers moved");
        assert_eq!(
            s.workshop_draft, None,
            "the edit of the replaced workshop is closed"
        );
        assert_eq!(
            s.notice,
            Some(Notice::WorkshopOpened {
                file: "autumn.json".into(),
                kept: 0,
                archived: 1
            })
        );
        s.apply(Action::Undo);
        assert_eq!(s.cohort.as_deref(), Some(&*before));
    }

    #[test]
    fn an_answer_file_or_a_pairing_on_home_says_where_it_belongs() {
        let mut s = with_an_answer();
        let before = s.cohort.clone();
        let response = s.cohort.as_ref().unwrap().responses[0].clone();
        let file = UserFile {
            name: "response-Ann.json".into(),
            bytes: formats::to_json(&response).into_bytes(),
        };
        s.apply(Action::OpenHomeFile(file));
        assert_eq!(
            s.open_failure_at(OpenPlace::Home),
            Some(&OpenError::NotForHome {
                name: "response-Ann.json".into(),
                found: Kind::Response
            })
        );
        assert_eq!(s.cohort, before, "nothing changes");
        let text =
            crate::i18n::open_error_text(Lang::En, s.open_failure_at(OpenPlace::Home).unwrap());
        assert!(text.starts_with("response-Ann.json: this is a participant's answer file. Import answer files on the Console"), "{text}");
        // Then a workshop file opens, and the problem goes.
        let w = s.cohort.as_ref().unwrap().workshop.clone();
        s.apply(Action::OpenHomeFile(workshop_file("w.json", &w)));
        assert_eq!(s.open_failure, None);
    }

    #[test]
    fn an_invalid_workshop_draft_is_not_saved() {
        let mut s = with_workshop();
        let mut bad = s.cohort.as_ref().unwrap().workshop.clone();
        bad.skills[1].id = bad.skills[0].id.clone();
        s.apply(Action::SetWorkshopDraft(Some(bad.clone())));
        s.apply(Action::SaveWorkshopDraft);
        assert_eq!(s.workshop_draft, Some(bad));
        assert_ne!(
            s.cohort.as_ref().unwrap().workshop.skills[1].id,
            s.cohort.as_ref().unwrap().workshop.skills[0].id
        );
    }
}
