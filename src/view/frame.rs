//! What surrounds every page: the facilitator's navigation, or, on a participant's page
//! (opened by a share link or a survey file), the survey alone with a discreet way back
//! for a facilitator at its foot. The shell renders it; whose page it is is the core's
//! decision ([`Session::participant`], set by the action that opened the survey).

use crate::workflow::session::Session;

/// The frame of the page: which views it offers and what it shows whatever the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    /// The page shows the survey and nothing else, whatever its address says.
    pub survey_only: bool,
    /// The top bar offers the facilitator's views (Home, Set up & share, Survey, Console).
    pub navigation: bool,
    /// The page ends with a small link for a facilitator who opened a participant's page
    /// ("Facilitator? Open the full app").
    pub facilitator_link: bool,
}

/// The frame of `session`'s page. A participant's page never shows the facilitator's
/// views, and while storage is still read (whose page it is is not known yet) no
/// navigation shows, so a participant's reload never flashes the facilitator's menu.
/// A shared laptop (kiosk mode) is the facilitator's own: it keeps the navigation.
pub fn frame(session: &Session) -> Frame {
    let participant = session.participant;
    Frame {
        survey_only: participant,
        navigation: !participant && !session.loading,
        facilitator_link: participant,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::formats;
    use crate::document::model::Lang;
    use crate::document::template::{workshop_with_preset, GenerationPreset};
    use crate::transport::codes;
    use crate::workflow::session::{Action, TabView, UserFile};

    const FACILITATOR: Frame = Frame {
        survey_only: false,
        navigation: true,
        facilitator_link: false,
    };
    const PARTICIPANT: Frame = Frame {
        survey_only: true,
        navigation: false,
        facilitator_link: true,
    };

    fn facilitator_with_workshop() -> Session {
        let mut s = Session::new(Lang::Ja);
        s.apply(Action::StartFromTemplate(GenerationPreset::Japanese));
        s
    }

    #[test]
    fn a_share_link_or_a_survey_file_shows_the_survey_only() {
        let w = workshop_with_preset(GenerationPreset::Japanese);
        let mut s = Session::new(Lang::Ja);
        assert_eq!(frame(&s), FACILITATOR);
        s.apply(Action::OpenLink {
            code: codes::workshop_code(&w),
            participant_id: "p-1".into(),
        });
        assert_eq!(frame(&s), PARTICIPANT, "a share link");

        let mut s = Session::new(Lang::En);
        s.apply(Action::OpenEmbeddedSurvey {
            slot: formats::to_json(&w),
            participant_id: "p-1".into(),
        });
        assert_eq!(frame(&s), PARTICIPANT, "a survey file");
    }

    #[test]
    fn a_broken_link_or_an_empty_slot_keeps_the_facilitators_page() {
        let mut s = facilitator_with_workshop();
        s.apply(Action::OpenLink {
            code: "KW2.broken".into(),
            participant_id: "p-1".into(),
        });
        assert_eq!(frame(&s), FACILITATOR, "a link that opens no survey");
        s.apply(Action::OpenEmbeddedSurvey {
            slot: String::new(),
            participant_id: "p-1".into(),
        });
        assert_eq!(
            frame(&s),
            FACILITATOR,
            "the facilitator's own single file (an empty slot)"
        );
    }

    #[test]
    fn the_facilitator_opening_a_survey_or_a_shared_laptop_keeps_the_navigation() {
        let mut s = facilitator_with_workshop();
        let w = s.cohort.as_ref().unwrap().workshop.clone();
        let file = UserFile {
            name: "w.json".into(),
            bytes: formats::to_json(&w).into_bytes(),
        };
        s.apply(Action::OpenWorkshopFile {
            file,
            participant_id: "p-1".into(),
        });
        assert_eq!(
            frame(&s),
            FACILITATOR,
            "a workshop file opened on the survey view"
        );
        s.apply(Action::OpenSurvey {
            workshop: w.clone(),
            participant_id: "p-2".into(),
            kiosk: true,
        });
        assert_eq!(frame(&s), FACILITATOR, "shared-laptop mode");
        // The facilitator's own survey file, double-clicked on the shared laptop, stays in
        // shared-laptop mode.
        s.apply(Action::OpenEmbeddedSurvey {
            slot: formats::to_json(&w),
            participant_id: "p-3".into(),
        });
        assert!(s.survey().unwrap().kiosk);
        assert_eq!(frame(&s), FACILITATOR);
    }

    #[test]
    fn the_facilitator_link_leaves_the_participants_page_and_a_reload_keeps_it() {
        let w = workshop_with_preset(GenerationPreset::International);
        let mut s = Session::new(Lang::En);
        s.apply(Action::OpenLink {
            code: codes::workshop_code(&w),
            participant_id: "p-1".into(),
        });
        // A reload: nothing of the facilitator's shows until storage is read, then the
        // tab's own view (kept in the tab) makes it a participant's page again.
        let view = s.tab_view();
        let mut reloaded = Session {
            loading: true,
            ..Session::new(Lang::En)
        };
        assert!(
            !frame(&reloaded).navigation,
            "no menu flashes by while loading"
        );
        reloaded.surveys = s.surveys.clone();
        reloaded.loading = false;
        reloaded.show_tab_view(view);
        assert_eq!(frame(&reloaded), PARTICIPANT);

        s.apply(Action::LeaveParticipantView);
        assert_eq!(frame(&s), FACILITATOR);
        assert_eq!(
            s.tab_view(),
            TabView {
                survey: Some(w.id.clone()),
                participant: false
            }
        );
    }
}
