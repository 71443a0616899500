//! What the app keeps in the browser between visits, and how it is read back, merged
//! across tabs and moved from older versions. Pure: the shell does the I/O (IndexedDB,
//! or `localStorage` where that is all there is) and passes texts in and out.
//!
//! - [`records`]: the state as records (a small `meta` with a version, the cohort, each
//!   round, each archived workshop, each pairing of the board and its history, each
//!   survey draft, each backup), which of them an action changed ([`records::plan`]),
//!   and reading them back one by one ([`records::Loader`]).
//! - [`recover`]: reading a stored document without losing what is readable.
//! - [`legacy`]: the single `localStorage` document of earlier versions, migrated once.
//!
//! **Architecture invariant:** nothing here decides what is written over what: a write
//! is planned against the version this tab last read, and the shell commits it only if
//! storage still holds that version; otherwise the tab reads the newer state and
//! replays its own actions on it (see `docs/ARCHITECTURE.md`, "State and storage").

pub mod journal;
pub mod legacy;
pub mod records;
pub mod recover;

pub use legacy::{Loaded, StoredState, STORAGE_KEY};
