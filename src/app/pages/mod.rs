//! One component per view (route).

pub mod console;
pub mod home;
pub mod setup;
pub mod survey;
