//! The app's state machine: the facilitator's [`session`] (state, actions, undo), the
//! participant's [`survey`] and [`followup`] survey, the workshop [`editor`] (its programme: [`programme`]), the
//! matching [`board`] (with [`rematch`]: breaking some pairs and pairing their members
//! again) and its worker's
//! [`reply`], and what is kept between visits ([`stored`]).
//!
//! **Architecture invariant:** pure — no browser, no clock, no randomness: the shell
//! passes in times, ids and bytes. Holds typed values, never sentences: [`crate::i18n`]
//! turns them into words.

pub mod board;
pub mod editor;
pub mod followup;
pub mod programme;
pub mod rematch;
pub mod reply;
pub mod session;
pub mod sliced;
pub mod stored;
pub mod survey;
