//! The light Latvian stemmer of Kreslins' thesis as Lucene's `LatvianStemmer` has it: only the
//! inflectional endings of nouns and adjectives are removed (case, number, gender,
//! definiteness), and a consonant changed by the ending (palatalisation, `brāļi` → `brāl`) is
//! changed back for the noun declensions that do that.

/// An ending, the vowels it holds (the stem keeps at least one more), and whether taking it
/// off may leave a palatalised consonant to change back.
struct Affix {
    ending: &'static str,
    vowels: usize,
    palatalizes: bool,
}

const fn affix(ending: &'static str, vowels: usize, palatalizes: bool) -> Affix {
    Affix {
        ending,
        vowels,
        palatalizes,
    }
}

/// Longest first within each family, in Lucene's order: the first that fits is taken.
const AFFIXES: &[Affix] = &[
    affix("ajiem", 3, false),
    affix("ajai", 3, false),
    affix("ajam", 2, false),
    affix("ajām", 2, false),
    affix("ajos", 2, false),
    affix("ajās", 2, false),
    affix("iem", 2, true),
    affix("ajā", 2, false),
    affix("ais", 2, false),
    affix("ai", 2, false),
    affix("ei", 2, false),
    affix("ām", 1, false),
    affix("am", 1, false),
    affix("ēm", 1, false),
    affix("īm", 1, false),
    affix("im", 1, false),
    affix("um", 1, false),
    affix("us", 1, true),
    affix("as", 1, false),
    affix("ās", 1, false),
    affix("es", 1, false),
    affix("os", 1, true),
    affix("ij", 1, false),
    affix("īs", 1, false),
    affix("ēs", 1, false),
    affix("is", 1, false),
    affix("ie", 1, false),
    affix("u", 1, true),
    affix("a", 1, true),
    affix("i", 1, true),
    affix("e", 1, false),
    affix("ā", 1, false),
    affix("ē", 1, false),
    affix("ī", 1, false),
    affix("ū", 1, false),
    affix("o", 1, false),
    affix("s", 0, false),
    affix("š", 0, false),
];

/// The endings the stemmer removes, for the query side (see `stem::Rules`).
pub fn endings() -> impl Iterator<Item = &'static str> {
    AFFIXES.iter().map(|a| a.ending)
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'ā' | 'ī' | 'ē' | 'ū')
}

/// The stem of a lower-case Latvian word.
pub fn stem(word: &str) -> String {
    let mut s: Vec<char> = word.chars().collect();
    let vowels = s.iter().filter(|c| is_vowel(**c)).count();
    for a in AFFIXES {
        let ending: Vec<char> = a.ending.chars().collect();
        if vowels > a.vowels && s.len() >= ending.len() + 3 && s.ends_with(&ending) {
            let removed = s[s.len() - ending.len()];
            s.truncate(s.len() - ending.len());
            if a.palatalizes {
                unpalatalize(&mut s, removed);
            }
            break;
        }
    }
    s.into_iter().collect()
}

/// Changes back the consonant the removed ending had changed (`removed` is the ending's first
/// letter: `-u` is the genitive plural of the II, V and VI declensions). The ambiguous changes
/// (s/t → š, d/z → ž) are left as they are.
fn unpalatalize(s: &mut Vec<char>, removed: char) {
    let n = s.len();
    let ends = |s: &[char], a: &str| s.ends_with(&a.chars().collect::<Vec<_>>());
    if removed == 'u' {
        if ends(s, "kš") {
            s[n - 1] = 's';
            s.push('t');
            return;
        }
        if ends(s, "ņņ") {
            s[n - 2] = 'n';
            s[n - 1] = 'n';
            return;
        }
    }
    if ["pj", "bj", "mj", "vj"].iter().any(|e| ends(s, e)) {
        s.pop();
        return;
    }
    for (from, to) in [
        ("šņ", "sn"),
        ("žņ", "zn"),
        ("šļ", "sl"),
        ("žļ", "zl"),
        ("ļņ", "ln"),
        ("ļļ", "ll"),
    ] {
        if ends(s, from) {
            let to: Vec<char> = to.chars().collect();
            s[n - 2] = to[0];
            s[n - 1] = to[1];
            return;
        }
    }
    if let Some(last) = s.last_mut() {
        *last = match *last {
            'č' => 'c',
            'ļ' => 'l',
            'ņ' => 'n',
            other => other,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::stem;
    use crate::search::word_lists::LV as FAMILIES;

    #[test]
    fn inflected_forms_share_a_stem() {
        for (want, forms) in FAMILIES {
            for form in *forms {
                assert_eq!(stem(form), *want, "stem of {form}");
            }
        }
    }

    #[test]
    fn short_words_and_words_without_vowels_stay() {
        for w in ["un", "ar", "uz", "es", "pēc", "vpp", ""] {
            assert_eq!(stem(w), w);
        }
    }
}
