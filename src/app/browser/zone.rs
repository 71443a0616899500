//! A time zone's offset from UTC at any instant, as the browser's time-zone database
//! (`Intl.DateTimeFormat`) knows it: what the meeting calendar needs for a zone the core
//! does not know (summer time included). Never panics: an unknown zone gives `None`.

use crate::document::programme::LocalDate;
use wasm_bindgen::{JsCast, JsValue};

/// The offsets of `zone` (minutes east of UTC) at an instant given in seconds since 1970
/// UTC; each answer is `None` when the browser does not know the zone.
pub fn offsets(zone: &str) -> impl Fn(i64) -> Option<i32> {
    let format = formatter(zone);
    move |utc: i64| offset_at(format.as_ref()?, utc)
}

/// `new Intl.DateTimeFormat("en-US", {timeZone, hourCycle: "h23", …})`, or `None` when
/// the constructor refuses the zone (it throws a RangeError).
fn formatter(zone: &str) -> Option<(JsValue, js_sys::Function)> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: js_sys::Function = js_sys::Reflect::get(&intl, &"DateTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = js_sys::Object::new();
    let set = |k: &str, v: &str| js_sys::Reflect::set(&options, &k.into(), &v.into()).ok();
    set("timeZone", zone)?;
    set("hourCycle", "h23")?;
    for part in ["year", "month", "day", "hour", "minute", "second"] {
        set(part, "numeric")?;
    }
    let args = js_sys::Array::of2(&"en-US".into(), &options);
    let format = js_sys::Reflect::construct(&constructor, &args).ok()?;
    let to_parts: js_sys::Function = js_sys::Reflect::get(&format, &"formatToParts".into())
        .ok()?
        .dyn_into()
        .ok()?;
    Some((format, to_parts))
}

fn offset_at((format, to_parts): &(JsValue, js_sys::Function), utc: i64) -> Option<i32> {
    let date = js_sys::Date::new(&JsValue::from_f64(utc as f64 * 1000.0));
    let parts: js_sys::Array = to_parts.call1(format, &date).ok()?.dyn_into().ok()?;
    let value = |name: &str| -> Option<i64> {
        parts.iter().find_map(|p| {
            let kind = js_sys::Reflect::get(&p, &"type".into()).ok()?.as_string()?;
            (kind == name).then(|| {
                js_sys::Reflect::get(&p, &"value".into())
                    .ok()?
                    .as_string()?
                    .parse()
                    .ok()
            })?
        })
    };
    let (year, month, day) = (value("year")?, value("month")?, value("day")?);
    let (hour, minute, second) = (value("hour")?, value("minute")?, value("second")?);
    let date = LocalDate {
        year: i32::try_from(year).ok()?,
        month: u32::try_from(month).ok()?,
        day: u32::try_from(day).ok()?,
    };
    let local = date.days() * 86_400 + hour * 3600 + minute * 60 + second;
    i32::try_from((local - utc).div_euclid(60)).ok()
}
