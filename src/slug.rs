//! URL slugs: Latvian, Lithuanian (and any other) letters transliterated to ASCII, lowercase,
//! words joined by `-`.

use deunicode::deunicode;

/// `"Projekta atklāšanas seminārs Pandėlyje"` -> `"projekta-atklasanas-seminars-pandelyje"`.
pub fn slugify(text: &str) -> String {
    let ascii = deunicode(text);
    let mut out = String::with_capacity(ascii.len());
    let mut dash = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterates_latvian_and_lithuanian() {
        assert_eq!(
            slugify("Projekta atklāšanas seminārs"),
            "projekta-atklasanas-seminars"
        );
        assert_eq!(
            slugify("Ąžuolų gatvė, Panemunėlis!"),
            "azuolu-gatve-panemunelis"
        );
        assert_eq!(slugify("  --Ļoti ģeniāli ķirši-- "), "loti-geniali-kirsi");
        assert_eq!(slugify("2020-09-15-kick-off"), "2020-09-15-kick-off");
    }
}
