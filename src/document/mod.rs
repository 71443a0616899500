//! The versioned documents Kakehashi reads and writes (`kakehashi/<kind>@<major>`): their
//! types ([`model`]), the one door for outside bytes ([`formats`]), what a well-formed
//! document must also mean ([`validate`]), exact UTC timestamps ([`timestamp`]) and the
//! built-in workshop ([`template`]).
//!
//! **Architecture invariant:** the bottom layer: it imports nothing else of the crate.

pub mod formats;
pub mod model;
pub mod template;
pub mod timestamp;
pub mod validate;
