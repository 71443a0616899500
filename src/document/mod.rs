//! The versioned documents Kakehashi reads and writes (`kakehashi/<kind>@<major>`): their
//! types ([`model`]), the one door for outside bytes ([`formats`], with [`json`] below
//! it: duplicate keys and serde's errors as typed problems), what a well-formed
//! document must also mean ([`validate`]), exact UTC timestamps ([`timestamp`]), the
//! programme's dates ([`programme`]) and the built-in workshop ([`template`]).
//!
//! **Architecture invariant:** the bottom layer: it imports nothing else of the crate.

pub mod formats;
pub mod json;
pub mod model;
pub mod programme;
pub mod template;
pub mod timestamp;
pub mod validate;
