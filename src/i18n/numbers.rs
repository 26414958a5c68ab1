//! Digit grouping for amounts. The separators come from the language's Fluent messages
//! (`number-group-separator`, `number-decimal-separator`); only the arithmetic lives here.

use std::fmt::Write as _;

/// Writes an amount given in cents with two decimals: `format_cents(70557337, "\u{a0}", ",")`
/// is "705 573,37" (with a no-break space). Negative amounts get a leading hyphen-minus.
pub fn format_cents(cents: i64, group: &str, decimal: &str) -> String {
    let abs = cents.unsigned_abs();
    let (whole, frac) = (abs / 100, abs % 100);
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() * 2 + decimal.len() + 3);
    if cents < 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(ch);
    }
    out.push_str(decimal);
    let _ = write!(out, "{frac:02}");
    out
}

#[cfg(test)]
mod tests {
    use super::format_cents;

    #[test]
    fn groups_thousands() {
        assert_eq!(format_cents(70_557_337, " ", ","), "705 573,37");
        assert_eq!(format_cents(12_345_678_900, ".", ","), "123.456.789,00");
        assert_eq!(format_cents(100_000, ",", "."), "1,000.00");
        assert_eq!(format_cents(99_999, ",", "."), "999.99");
    }

    #[test]
    fn small_and_negative_amounts() {
        assert_eq!(format_cents(0, " ", ","), "0,00");
        assert_eq!(format_cents(5, " ", ","), "0,05");
        assert_eq!(format_cents(100, " ", ","), "1,00");
        assert_eq!(format_cents(-123_456, " ", ","), "-1 234,56");
        assert_eq!(
            format_cents(i64::MIN, ",", "."),
            "-92,233,720,368,547,758.08"
        );
    }
}
