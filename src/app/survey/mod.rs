//! The participant's survey: how it is opened, the form, and the hand-back screen.

mod about_you;
pub mod form;
pub mod hand_back;
pub mod open_panel;
mod skill_rating;
