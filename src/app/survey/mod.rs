//! The participant's survey: how it is opened, the form (the first survey's, or the
//! follow-up survey's), and the hand-back screen both share.

mod about_you;
pub mod followup_form;
mod followup_pair;
pub mod form;
pub mod hand_back;
pub mod open_panel;
mod skill_rating;
