//! The console's parts, one component per file.

pub mod import_panel;
pub mod roster;
