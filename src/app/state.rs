//! The reducer's state: the core's [`Session`], a version that grows with every change
//! (effects depend on it instead of comparing whole sessions), and what this tab has not
//! yet stored: its actions since the last committed write, replayed on a newer stored
//! state when another tab wrote first ([`Session::rebase`]).

use crate::document::model::Lang;
use crate::workflow::session::{Action, Notice, Session, TabView};
use crate::workflow::stored::records::Loaded as Read;
use crate::workflow::stored::recover::SetAside;
use crate::workflow::stored::StoredState;
use std::rc::Rc;
use yew::prelude::*;

/// What storage held at start-up.
pub enum Loaded {
    /// Records of this version.
    Records(Read),
    /// An earlier version's state, moved into records from here on.
    Legacy(StoredState, Vec<SetAside>),
    /// Records this version cannot read (a newer version's): kept as they are, and
    /// nothing is written.
    Unreadable,
    /// An earlier version's state this version cannot read: kept as it is, and records
    /// are written beside it.
    EarlierUnreadable,
    /// Nothing stored.
    Fresh,
}

/// Everything the reducer is told.
pub enum AppAction {
    /// The user did something.
    Do(Action),
    /// Storage was read at start-up.
    Loaded(Box<Loaded>),
    /// Another tab wrote first: this is what storage holds now.
    Rebase(Box<Read>),
    /// This tab's actions numbered below `upto` are stored.
    Committed { upto: u64 },
}

/// This tab's own bookkeeping beside the session.
#[derive(Clone, PartialEq)]
pub struct Tab {
    /// Actions not yet stored, numbered.
    pub pending: Vec<(u64, Rc<Action>)>,
    pub next_seq: u64,
    /// Grows when the session is rebuilt from storage (a load or a rebase): a save
    /// planned on an older state must not be committed.
    pub generation: u64,
    pub browser_lang: Lang,
    /// What this tab showed before a reload (kept in `sessionStorage`, the tab's own).
    pub view: TabView,
}

/// The reducer's state: the session, its version, and the tab's bookkeeping.
#[derive(Clone, PartialEq)]
pub struct AppState(pub Session, pub u64, pub Tab);

impl AppState {
    /// The state before storage was read: nothing shown yet but a loading page.
    pub fn starting(browser_lang: Lang, view: TabView) -> AppState {
        let mut session = Session::new(browser_lang);
        session.loading = true;
        AppState(
            session,
            0,
            Tab {
                pending: Vec::new(),
                next_seq: 0,
                generation: 0,
                browser_lang,
                view,
            },
        )
    }

    fn replay(session: &mut Session, tab: &Tab) {
        for (_, action) in &tab.pending {
            session.apply((**action).clone());
        }
    }
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut session = self.0.clone();
        let mut tab = self.2.clone();
        session.now = super::browser::now();
        match action {
            AppAction::Do(action) => {
                if let Some(replay) = session.apply_recorded(action) {
                    tab.pending.push((tab.next_seq, Rc::new(replay)));
                    tab.next_seq += 1;
                }
            }
            AppAction::Loaded(loaded) => {
                let lang = tab.browser_lang;
                let mut fresh = match *loaded {
                    Loaded::Records(read) => Session::from_records(read, lang),
                    Loaded::Legacy(state, aside) => {
                        Session::from_legacy(state, aside, lang, &session.now)
                    }
                    Loaded::Unreadable => Session {
                        notice: Some(Notice::StorageUnreadable),
                        ..Session::new(lang)
                    },
                    Loaded::EarlierUnreadable => Session {
                        notice: Some(Notice::EarlierStateUnreadable),
                        ..Session::new(lang)
                    },
                    Loaded::Fresh => Session::new(lang),
                };
                fresh.now = session.now.clone();
                fresh.show_tab_view(tab.view.clone());
                let notice = fresh.notice.clone();
                AppState::replay(&mut fresh, &tab);
                if fresh.notice.is_none() {
                    fresh.notice = notice;
                }
                session = fresh;
                tab.generation += 1;
            }
            AppAction::Rebase(read) => {
                let pending: Vec<Action> = tab.pending.iter().map(|(_, a)| (**a).clone()).collect();
                session.rebase(*read, &pending);
                tab.generation += 1;
            }
            AppAction::Committed { upto } => {
                tab.pending.retain(|(seq, _)| *seq >= upto);
                return Rc::new(AppState(self.0.clone(), self.1, tab));
            }
        }
        Rc::new(AppState(session, self.1 + 1, tab))
    }
}
