//! QR codes drawn as SVG markup, for share links and response codes shown on screen or
//! projected. Pure: returns a string; the shell puts it into the page.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// Why a QR code could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QrError {
    /// More data than the largest QR code holds.
    TooLong { chars: usize },
}

/// An SVG QR code of `text`, scaled to fill its container (`width`/`height` 100%).
///
/// Error correction M (15%) where the data fits, L otherwise: long share links need the
/// room, and a projected or on-screen code is seldom damaged.
pub fn svg(text: &str) -> Result<String, QrError> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(text, EcLevel::L))
        .map_err(|_| QrError::TooLong {
            chars: text.chars().count(),
        })?;
    let markup = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(4, 4)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // Let CSS size it: keep the viewBox, drop the fixed pixel size and the XML prolog.
    let start = markup.find("<svg").unwrap_or(0);
    let markup = markup[start..]
        .replacen(r#" width=""#, r#" data-width=""#, 1)
        .replacen(r#" height=""#, r#" data-height=""#, 1);
    Ok(markup.replacen(
        "<svg ",
        r#"<svg focusable="false" aria-hidden="true" width="100%" height="100%" "#,
        1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_code_becomes_an_svg() {
        let s = svg("KR1.AbCdEf0123456789-_").unwrap();
        assert!(
            s.starts_with("<svg") && s.contains("viewBox") && s.ends_with("</svg>"),
            "{s}"
        );
        assert!(s.contains(r#"width="100%""#));
    }

    #[test]
    fn too_much_data_is_an_error_not_a_panic() {
        assert_eq!(
            svg(&"x".repeat(5000)),
            Err(QrError::TooLong { chars: 5000 })
        );
    }
}
