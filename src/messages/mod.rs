//! herald's own interface texts (errors, hints, labels, `herald explain`), in Latvian,
//! Lithuanian and English, from the Fluent files `src/messages/{en,lv,lt}.ftl` compiled into the
//! program. They are herald's words to its user; the texts of the built site are the site's own
//! (`i18n/<lang>.ftl`, the `i18n` module). Codes, `--format github|json` keys and file paths are
//! never translated: only the words around them.
//!
//! The language is chosen once, at start ([`Lang::choose`]): `--lang`, else `HERALD_LANG`, else
//! the system's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`; on Windows the user's interface
//! language), else English.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language herald speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Lv,
    Lt,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Lv, Lang::Lt];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Lv => "lv",
            Lang::Lt => "lt",
        }
    }

    /// The Fluent source of this language's texts.
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.ftl"),
            Lang::Lv => include_str!("lv.ftl"),
            Lang::Lt => include_str!("lt.ftl"),
        }
    }

    /// The language of a locale name as systems write it: `lv`, `lv_LV.UTF-8`, `lt-LT`,
    /// `en_GB@euro`, `LT`. `None` for a language herald does not speak (`de_DE`, `C`).
    pub fn from_locale(name: &str) -> Option<Lang> {
        let language = name
            .split(['.', '@', '_', '-'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }

    /// The language to speak. `flag` is `--lang`; `env` reads an environment variable;
    /// `system` is the operating system's own choice where it has one apart from the
    /// environment (Windows' interface language). The first locale variable that is set
    /// decides, as in gettext: `LC_ALL=C` means English even when `LANG=lv_LV.UTF-8`.
    /// A `HERALD_LANG` herald does not speak is returned as `Err` with the language used instead,
    /// so the caller can say so.
    pub fn choose(
        flag: Option<Lang>,
        env: impl Fn(&str) -> Option<String>,
        system: Option<String>,
    ) -> Result<Lang, (String, Lang)> {
        if let Some(lang) = flag {
            return Ok(lang);
        }
        let set = |name: &str| env(name).filter(|v| !v.trim().is_empty());
        let from_system = || {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .find_map(set)
                .or(system)
                .and_then(|name| Lang::from_locale(&name))
                .unwrap_or(Lang::En)
        };
        match set("HERALD_LANG") {
            Some(asked) => match Lang::from_locale(&asked) {
                Some(lang) => Ok(lang),
                None => Err((asked, from_system())),
            },
            None => Ok(from_system()),
        }
    }
}

/// One language's texts, ready to format.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// English, for a text missing in `bundle` (tests/messages.rs keeps the files complete, so
    /// this only matters while a translation is being written).
    english: Option<Box<Messages>>,
}

impl Messages {
    /// The texts of `lang`. The files are part of the program and tests parse them, so a
    /// syntax error cannot reach a user; the parts that do parse are kept regardless.
    pub fn new(lang: Lang) -> Messages {
        let source = match lang {
            Lang::Lt => lithuanian_selectors(lang.source()),
            Lang::En | Lang::Lv => lang.source().to_string(),
        };
        let resource = match FluentResource::try_new(source) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let langid = lang
            .code()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // The texts go to a terminal, not to a web page: no Unicode isolation marks around
        // the values.
        bundle.set_use_isolating(false);
        // Only a message defined twice fails here, which tests/messages.rs rules out.
        let _ = bundle.add_resource(resource);
        let _ = bundle.add_function(LT_PLURAL, |args, _| match args.first() {
            Some(FluentValue::Number(n)) => FluentValue::from(lithuanian_plural(n.value)),
            Some(other) => other.clone(),
            None => FluentValue::None,
        });
        let english = (lang != Lang::En).then(|| Box::new(Messages::new(Lang::En)));
        Messages {
            lang,
            bundle,
            english,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether this language defines `id` itself (not through the English fallback).
    pub fn has(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .and_then(|m| m.value())
            .is_some()
    }

    /// The text `id` with `args` filled in, and the Fluent errors met (a missing argument, a
    /// missing message). `id` itself is returned when no language defines it.
    pub fn format_checked(&self, id: &str, args: &[(&str, FluentValue)]) -> (String, Vec<String>) {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return match &self.english {
                Some(en) => en.format_checked(id, args),
                None => (id.to_string(), vec![format!("no message {id}")]),
            };
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        let errors = errors.iter().map(|e| e.to_string()).collect();
        (text.into_owned(), errors)
    }

    /// The text `id` with `args` filled in.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.format_checked(id, args).0
    }

    /// The text `id`, which takes no arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }
}

/// `value` with `places` decimals, as the chosen language writes it: `12.3` in English,
/// `12,3` in Latvian and Lithuanian (a picture's megabytes, the seconds of a build).
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match get().lang() {
        Lang::En => text,
        Lang::Lv | Lang::Lt => text.replace('.', ","),
    }
}

/// `value` with one decimal, or none when it is whole: a limit as the user gave it (`10`, `2.5`).
pub fn decimal_as_given(value: f64) -> String {
    decimal(value, if value.fract() == 0.0 { 0 } else { 1 })
}

/// Why the operating system refused a file operation, in herald's words of the chosen language
/// ("the folder is not empty", not "Directory not empty (os error 39)"): every message that
/// carries an `std::io::Error` words it here. A kind herald does not know keeps the system's
/// own text, in parentheses; an error a program made with its own text (herald's refusals, a
/// library's) keeps that text.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let m = get();
    if e.raw_os_error().is_none() && e.get_ref().is_some() {
        return e.to_string();
    }
    let id = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "io-already-exists",
        K::IsADirectory => "io-is-a-directory",
        K::NotADirectory => "io-not-a-directory",
        K::DirectoryNotEmpty => "io-directory-not-empty",
        K::ReadOnlyFilesystem => "io-read-only",
        K::StorageFull => "io-storage-full",
        K::QuotaExceeded => "io-quota",
        K::FileTooLarge => "io-file-too-large",
        K::ResourceBusy | K::ExecutableFileBusy => "io-busy",
        K::CrossesDevices => "io-crosses-devices",
        K::InvalidFilename => "io-invalid-filename",
        K::TooManyLinks => "io-too-many-links",
        K::InvalidData => "io-invalid-data",
        K::UnexpectedEof => "io-unexpected-eof",
        K::TimedOut => "io-timed-out",
        K::AddrInUse => "io-addr-in-use",
        K::AddrNotAvailable => "io-addr-not-available",
        K::OutOfMemory => "io-out-of-memory",
        _ => return m.format("io-other", &[("detail", e.to_string().into())]),
    };
    m.text(id)
}

/// The function that gives a Lithuanian selector its plural form (see [`lithuanian_selectors`]).
const LT_PLURAL: &str = "LT_PLURAL";

/// The Lithuanian texts with every selector `{ $count ->` read through [`LT_PLURAL`]. Fluent
/// takes plural forms from intl_pluralrules, whose Lithuanian rule (7.0) forgets the last
/// digit: 22–29, 32–39 … fall into `other` ("22 klaidų") instead of `few` ("22 klaidos"), and
/// 101, 111 … into `one`. A selector that is not a number (`{ $kind ->`) is passed through.
fn lithuanian_selectors(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 256);
    let mut rest = source;
    while let Some(at) = rest.find("{ $") {
        let after = &rest[at + 3..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(after.len());
        let (name, tail) = after.split_at(name_len);
        out.push_str(&rest[..at]);
        if !name.is_empty() && tail.trim_start_matches(' ').starts_with("->") {
            out.push_str(&format!("{{ {LT_PLURAL}(${name})"));
        } else {
            out.push_str("{ $");
            out.push_str(name);
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// CLDR's Lithuanian plural form of `n`: one (1, 21, 31, 101 …, not 11–19), few (2–9, 22–29 …,
/// not 12–19), many (a fraction), other (0, 10–20, 30 …).
fn lithuanian_plural(n: f64) -> &'static str {
    let n = n.abs();
    let whole = n.fract() == 0.0;
    let (last, last_two) = (n % 10.0, n % 100.0);
    let teen = (11.0..=19.0).contains(&last_two);
    if whole && last == 1.0 && !teen {
        "one"
    } else if whole && (2.0..=9.0).contains(&last) && !teen {
        "few"
    } else if !whole {
        "many"
    } else {
        "other"
    }
}

/// The language chosen at start. `herald`'s `main` sets it once, before anything is printed;
/// a finding is worded deep inside the stages, and passing the language down through every
/// one of them would thread a parameter through every function that can fail. Library users
/// and unit tests that never set it get English.
static CHOSEN: OnceLock<Messages> = OnceLock::new();

/// Chooses the language for the rest of the run; the first call wins.
pub fn set(lang: Lang) {
    let _ = CHOSEN.set(Messages::new(lang));
}

/// The chosen language's texts (English when none was chosen).
pub fn get() -> &'static Messages {
    CHOSEN.get_or_init(|| Messages::new(Lang::En))
}

/// The text `id` in the chosen language, with arguments: `tr!("explain-unknown", code = s)`.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::messages::get().text($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::messages::get().format(
            $id,
            &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn locale_names_as_systems_write_them() {
        assert_eq!(Lang::from_locale("lv_LV.UTF-8"), Some(Lang::Lv));
        assert_eq!(Lang::from_locale("lt-LT"), Some(Lang::Lt));
        assert_eq!(Lang::from_locale("LT"), Some(Lang::Lt));
        assert_eq!(Lang::from_locale("en_GB@euro"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(Lang::from_locale("de_DE"), None);
    }

    #[test]
    fn flag_then_herald_lang_then_the_locale_then_english() {
        let all = [
            ("HERALD_LANG", "lt"),
            ("LC_ALL", "lv_LV.UTF-8"),
            ("LANG", "en_US.UTF-8"),
        ];
        assert_eq!(Lang::choose(Some(Lang::En), env(&all), None), Ok(Lang::En));
        assert_eq!(Lang::choose(None, env(&all), None), Ok(Lang::Lt));
        assert_eq!(Lang::choose(None, env(&all[1..]), None), Ok(Lang::Lv));
        assert_eq!(Lang::choose(None, env(&all[2..]), None), Ok(Lang::En));
        // The first locale variable that is set decides, as in gettext.
        let c = [("LC_ALL", "C"), ("LANG", "lv_LV.UTF-8")];
        assert_eq!(Lang::choose(None, env(&c), None), Ok(Lang::En));
        let messages = [("LC_MESSAGES", "lt_LT.UTF-8"), ("LANG", "lv_LV.UTF-8")];
        assert_eq!(Lang::choose(None, env(&messages), None), Ok(Lang::Lt));
        // An empty variable counts as unset.
        let empty = [("HERALD_LANG", ""), ("LC_ALL", ""), ("LANG", "lt_LT")];
        assert_eq!(Lang::choose(None, env(&empty), None), Ok(Lang::Lt));
        // Windows' interface language when no variable is set.
        assert_eq!(
            Lang::choose(None, env(&[]), Some("lv-LV".into())),
            Ok(Lang::Lv)
        );
        assert_eq!(Lang::choose(None, env(&[]), None), Ok(Lang::En));
    }

    #[test]
    fn a_herald_lang_it_does_not_speak_is_reported_with_the_language_used() {
        let vars = [("HERALD_LANG", "de"), ("LANG", "lt_LT.UTF-8")];
        assert_eq!(
            Lang::choose(None, env(&vars), None),
            Err(("de".to_string(), Lang::Lt))
        );
    }

    #[test]
    fn lithuanian_numbers_take_their_plural_form_by_the_last_digits() {
        let lt = Messages::new(Lang::Lt);
        let errors = |n: f64| lt.format("check-errors", &[("count", n.into())]);
        for (n, text) in [
            (1.0, "1 klaida"),
            (21.0, "21 klaida"),
            (101.0, "101 klaida"),
            (2.0, "2 klaidos"),
            (22.0, "22 klaidos"),
            (36.0, "36 klaidos"),
            (10.0, "10 klaidų"),
            (11.0, "11 klaidų"),
            (111.0, "111 klaidų"),
            (112.0, "112 klaidų"),
            (0.0, "0 klaidų"),
        ] {
            assert_eq!(errors(n), text);
        }
        assert_eq!(lithuanian_plural(1.5), "many");
        // A selector on a text is left alone.
        assert_eq!(
            lithuanian_selectors("a = { $kind ->\n  *[x] { $kind }\n}\nb = { $n -> [one] x }"),
            "a = { LT_PLURAL($kind) ->\n  *[x] { $kind }\n}\nb = { LT_PLURAL($n) -> [one] x }"
        );
    }

    #[test]
    fn the_systems_reasons_are_worded_by_kind_and_unknown_ones_kept() {
        use std::io::{Error, ErrorKind};
        // Unit tests speak English (no language chosen).
        assert_eq!(
            io_reason(&Error::from(ErrorKind::DirectoryNotEmpty)),
            "the folder is not empty"
        );
        assert_eq!(
            io_reason(&Error::from(ErrorKind::StorageFull)),
            "the disk is full"
        );
        let os = Error::from_raw_os_error(2);
        assert_eq!(os.kind(), ErrorKind::NotFound);
        assert_eq!(io_reason(&os), "no such file or folder");
        let unknown = io_reason(&Error::from(ErrorKind::NotSeekable));
        assert!(unknown.starts_with("the system says: "), "{unknown}");
        // A text a program gave its error is its own.
        assert_eq!(
            io_reason(&Error::other("herald's own words")),
            "herald's own words"
        );
    }

    #[test]
    fn arguments_are_filled_in_without_isolation_marks() {
        let lv = Messages::new(Lang::Lv);
        let (text, errors) = lv.format_checked("explain-unknown", &[("code", "H999".into())]);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(text.contains("“H999”"), "{text}");
        assert!(!text.contains('\u{2068}'), "{text:?}");
    }
}
