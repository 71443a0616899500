//! Records in `localStorage`, where IndexedDB is refused (some browsers' private modes
//! and pages opened from a file): the same records under `kakehashi.r.<key>`, the same
//! version check before a facilitator write (the check and the writes run in one task,
//! which no other tab's script interleaves with), and about 5 MB in all.

use std::collections::BTreeMap;
use wasm_bindgen::JsValue;

const PREFIX: &str = "kakehashi.r.";
/// What `localStorage` holds for one page, about: beyond it a write is refused as too
/// large for this storage, not because the disk is full.
pub const BUDGET: usize = 5 * 1024 * 1024;

pub struct LocalRecords(web_sys::Storage);

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The earlier versions' single state document, if one is kept.
pub fn legacy_state() -> Option<String> {
    storage()?
        .get_item(crate::workflow::stored::legacy::STORAGE_KEY)
        .ok()
        .flatten()
}

/// Removes every record and journal (not the earlier versions' document).
pub fn clear() {
    if let Some(s) = storage() {
        let keys: Vec<String> = (0..s.length().unwrap_or(0))
            .filter_map(|i| s.key(i).ok().flatten())
            .collect();
        for key in keys
            .into_iter()
            .filter(|k| k.starts_with(PREFIX) || k.starts_with("kakehashi.journal."))
        {
            let _ = s.remove_item(&key);
        }
    }
}

impl LocalRecords {
    /// The records, if this browser lets the page use `localStorage` at all.
    pub fn open() -> Option<LocalRecords> {
        let s = storage()?;
        // Private modes may offer the object and refuse every write.
        s.set_item(&format!("{PREFIX}probe"), "1").ok()?;
        let _ = s.remove_item(&format!("{PREFIX}probe"));
        Some(LocalRecords(s))
    }

    pub fn read_all(&self) -> BTreeMap<String, String> {
        let n = self.0.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .filter_map(|k| {
                let key = k.strip_prefix(PREFIX)?.to_owned();
                Some((key, self.0.get_item(&k).ok().flatten()?))
            })
            .collect()
    }

    pub fn read(&self, key: &str) -> Option<String> {
        self.0.get_item(&format!("{PREFIX}{key}")).ok().flatten()
    }

    pub fn write(&self, records: &[(String, String)]) -> Result<(), JsValue> {
        for (key, text) in records {
            self.0.set_item(&format!("{PREFIX}{key}"), text)?;
        }
        Ok(())
    }

    /// Writes the facilitator's records if the stored version is `base`; `Ok(false)`
    /// when another tab wrote first. A refused write leaves the earlier records (the
    /// meta goes last, so a half-written state is never taken for a new version).
    pub fn commit(
        &self,
        base: u64,
        records: &[(String, String)],
        deletes: &[String],
    ) -> Result<bool, JsValue> {
        let meta = crate::workflow::stored::records::META;
        let stored = self
            .read(meta)
            .map_or(0, |m| crate::workflow::stored::records::version_of(&m));
        if stored != base {
            return Ok(false);
        }
        let (metas, rest): (Vec<_>, Vec<_>) = records.iter().cloned().partition(|(k, _)| k == meta);
        self.write(&rest)?;
        self.write(&metas)?;
        for key in deletes {
            let _ = self.0.remove_item(&format!("{PREFIX}{key}"));
        }
        Ok(true)
    }
}
