use std::path::Path;

use jiff::civil::date;

use super::*;

const NBSP: char = '\u{a0}';

fn codes(list: &[&str]) -> Vec<String> {
    list.iter().map(|c| c.to_string()).collect()
}

/// A site folder with the given `i18n/` files.
fn site(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    if !files.is_empty() {
        std::fs::create_dir(dir.path().join("i18n")).unwrap();
    }
    for (name, text) in files {
        std::fs::write(dir.path().join("i18n").join(name), text).unwrap();
    }
    dir
}

fn load(files: &[(&str, &str)], languages: &[&str]) -> I18n {
    let dir = site(files);
    match I18n::load(dir.path(), &codes(languages)) {
        Ok(i18n) => i18n,
        Err(failure) => panic!("load failed:\n{failure}"),
    }
}

fn builtin() -> I18n {
    load(&[], &["lv", "lt", "en"])
}

fn text(i18n: &I18n, lang: &str, key: &str, args: &[(&str, Arg)]) -> String {
    i18n.format(lang, key, args)
        .unwrap_or_else(|e| panic!("{lang} {key}: {e}"))
}

// Month forms written out independently of the .ftl files (from the publicity reference).
const LV_NOM: [&str; 12] = [
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
];
const LV_GEN: [&str; 12] = [
    "janvāra",
    "februāra",
    "marta",
    "aprīļa",
    "maija",
    "jūnija",
    "jūlija",
    "augusta",
    "septembra",
    "oktobra",
    "novembra",
    "decembra",
];
const LV_DAT: [&str; 12] = [
    "janvārim",
    "februārim",
    "martam",
    "aprīlim",
    "maijam",
    "jūnijam",
    "jūlijam",
    "augustam",
    "septembrim",
    "oktobrim",
    "novembrim",
    "decembrim",
];
const LV_LOC: [&str; 12] = [
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
];
const LT_NOM: [&str; 12] = [
    "sausis",
    "vasaris",
    "kovas",
    "balandis",
    "gegužė",
    "birželis",
    "liepa",
    "rugpjūtis",
    "rugsėjis",
    "spalis",
    "lapkritis",
    "gruodis",
];
const LT_GEN: [&str; 12] = [
    "sausio",
    "vasario",
    "kovo",
    "balandžio",
    "gegužės",
    "birželio",
    "liepos",
    "rugpjūčio",
    "rugsėjo",
    "spalio",
    "lapkričio",
    "gruodžio",
];
const EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[test]
fn examples_from_the_reference() {
    let i = builtin();
    let d = date(2021, 2, 18);
    assert_eq!(i.date_on("lv", d), "2021. gada 18. februārī");
    assert_eq!(i.date_on("lt", d), "2021 m. vasario 18 d.");
    assert_eq!(i.date_on("en", d), "18 February 2021");
    assert_eq!(i.date_full("lv", d), "2021. gada 18. februāris");
    assert_eq!(i.date_full("lt", d), "2021 m. vasario 18 d.");
    assert_eq!(i.date_full("en", d), "18 February 2021");
    let (s, e) = (date(2020, 6, 1), date(2022, 6, 30));
    assert_eq!(
        i.period("lv", s, e),
        "no 2020. gada jūnija līdz 2022. gada jūnijam"
    );
    assert_eq!(
        i.period("lt", s, e),
        "nuo 2020 m. birželio iki 2022 m. birželio"
    );
    assert_eq!(i.period("en", s, e), "from June 2020 to June 2022");
    assert_eq!(i.month_year("lv", s), "2020. gada jūnijs");
    assert_eq!(i.month_year("lt", s), "2020 m. birželis");
    assert_eq!(i.month_year("en", s), "June 2020");
}

#[test]
fn every_month_in_every_case() {
    let i = builtin();
    for m in 1..=12i8 {
        let k = (m - 1) as usize;
        // Day 9 and year 2019: no leading zeros, whatever the month.
        let d = date(2019, m, 9);
        assert_eq!(i.date_on("lv", d), format!("2019. gada 9. {}", LV_LOC[k]));
        assert_eq!(i.date_full("lv", d), format!("2019. gada 9. {}", LV_NOM[k]));
        assert_eq!(i.month_year("lv", d), format!("2019. gada {}", LV_NOM[k]));
        assert_eq!(i.date_on("lt", d), format!("2019 m. {} 9 d.", LT_GEN[k]));
        assert_eq!(i.date_full("lt", d), format!("2019 m. {} 9 d.", LT_GEN[k]));
        assert_eq!(i.month_year("lt", d), format!("2019 m. {}", LT_NOM[k]));
        assert_eq!(i.date_on("en", d), format!("9 {} 2019", EN[k]));
        assert_eq!(i.date_full("en", d), format!("9 {} 2019", EN[k]));
        assert_eq!(i.month_year("en", d), format!("{} 2019", EN[k]));

        // Period: every month at the start and, with another one, at the end.
        let other = (k + 5) % 12;
        let start = date(2019, m, 1);
        let end = date(2023, other as i8 + 1, 28);
        assert_eq!(
            i.period("lv", start, end),
            format!(
                "no 2019. gada {} līdz 2023. gada {}",
                LV_GEN[k], LV_DAT[other]
            )
        );
        assert_eq!(
            i.period("lv", end, start),
            format!(
                "no 2023. gada {} līdz 2019. gada {}",
                LV_GEN[other], LV_DAT[k]
            )
        );
        assert_eq!(
            i.period("lt", start, end),
            format!("nuo 2019 m. {} iki 2023 m. {}", LT_GEN[k], LT_GEN[other])
        );
        assert_eq!(
            i.period("lt", end, start),
            format!("nuo 2023 m. {} iki 2019 m. {}", LT_GEN[other], LT_GEN[k])
        );
        assert_eq!(
            i.period("en", start, end),
            format!("from {} 2019 to {} 2023", EN[k], EN[other])
        );
    }
    assert_eq!(
        i.date_on("lv", date(2024, 12, 31)),
        "2024. gada 31. decembrī"
    );
}

#[test]
fn plural_forms_follow_each_language() {
    let i = builtin();
    let count = |lang: &str, n: f64| text(&i, lang, "gallery-count", &[("count", Arg::Num(n))]);
    assert_eq!(count("lv", 1.0), "1 fotogrāfija");
    assert_eq!(count("lv", 21.0), "21 fotogrāfija");
    assert_eq!(count("lv", 2.0), "2 fotogrāfijas");
    assert_eq!(count("lv", 10.0), "10 fotogrāfiju");
    assert_eq!(count("lv", 0.0), "0 fotogrāfiju");
    assert_eq!(count("lv", 11.0), "11 fotogrāfiju");
    assert_eq!(count("lt", 1.0), "1 nuotrauka");
    assert_eq!(count("lt", 3.0), "3 nuotraukos");
    assert_eq!(count("lt", 10.0), "10 nuotraukų");
    assert_eq!(count("lt", 21.0), "21 nuotrauka");
    assert_eq!(count("lt", 0.0), "0 nuotraukų");
    assert_eq!(count("lt", 11.0), "11 nuotraukų");
    assert_eq!(count("en", 1.0), "1 photo");
    assert_eq!(count("en", 2.0), "2 photos");
    assert_eq!(count("en", 0.0), "0 photos");
    let videos = |lang: &str, n: f64| text(&i, lang, "video-count", &[("count", Arg::Num(n))]);
    assert_eq!(videos("lt", 1.0), "1 vaizdo įrašas");
    assert_eq!(videos("lt", 3.0), "3 vaizdo įrašai");
    assert_eq!(videos("lt", 10.0), "10 vaizdo įrašų");
    assert_eq!(videos("lv", 2.0), "2 video");
    assert_eq!(videos("en", 2.0), "2 videos");
}

#[test]
fn amounts_in_euro() {
    let i = builtin();
    assert_eq!(i.amount_eur("lv", 70_557_337), "705\u{a0}573,37 EUR");
    assert_eq!(i.amount_eur("lt", 70_557_337), "705\u{a0}573,37 EUR");
    assert_eq!(i.amount_eur("en", 70_557_337), "EUR 705,573.37");
    assert_eq!(i.amount_eur("lv", 0), "0,00 EUR");
    assert_eq!(i.amount_eur("lv", 5), "0,05 EUR");
    assert_eq!(i.amount_eur("en", 5), "EUR 0.05");
    assert_eq!(
        i.amount_eur("lv", 100_000_000),
        "1\u{a0}000\u{a0}000,00 EUR"
    );
    assert_eq!(i.amount_eur("en", 100_000), "EUR 1,000.00");
    // The separator really is a no-break space, not a trimmed or plain one.
    let sep = text(&i, "lv", "number-group-separator", &[]);
    assert_eq!(sep, NBSP.to_string());
}

#[test]
fn amount_format_is_a_site_setting() {
    let i = load(
        &[(
            "lv.ftl",
            "amount-eur = EUR { $amount }\nnumber-group-separator = { \".\" }\n",
        )],
        &["lv"],
    );
    assert_eq!(i.amount_eur("lv", 70_557_337), "EUR 705.573,37");
}

fn statement_args(past: bool) -> Vec<(&'static str, Arg)> {
    let i = builtin();
    vec![
        ("acronym", Arg::from("OCTOPUS")),
        ("code", Arg::from("LLI-525")),
        ("name", Arg::from("Octopus")),
        (
            "period",
            Arg::Str(i.period("lv", date(2020, 6, 1), date(2022, 6, 30))),
        ),
        ("budget", Arg::Str(i.amount_eur("lv", 70_557_337))),
        ("erdf", Arg::Str(i.amount_eur("lv", 59_973_733))),
        ("past", Arg::from(past)),
    ]
}

#[test]
fn latvian_statement_and_disclaimer_are_exact() {
    let i = builtin();
    assert_eq!(
        text(
            &i,
            "lv",
            "latlit-2014-2020-statement",
            &statement_args(false)
        ),
        "Projekts “OCTOPUS” tiek īstenots Interreg V-A Latvijas-Lietuvas pārrobežu sadarbības \
         programmā 2014-2020, tas tiks īstenots no 2020. gada jūnija līdz 2022. gada jūnijam. \
         Projekta kopējais budžets ir 705\u{a0}573,37 EUR (t.sk. ERAF finansējums \
         599\u{a0}737,33 EUR)."
    );
    assert_eq!(
        text(
            &i,
            "lv",
            "latlit-2014-2020-statement",
            &statement_args(true)
        ),
        "Projekts “OCTOPUS” tika īstenots Interreg V-A Latvijas-Lietuvas pārrobežu sadarbības \
         programmā 2014-2020, tas tika īstenots no 2020. gada jūnija līdz 2022. gada jūnijam. \
         Projekta kopējais budžets bija 705\u{a0}573,37 EUR (t.sk. ERAF finansējums \
         599\u{a0}737,33 EUR)."
    );
    let responsible = [("responsible", Arg::from("Zemgales Plānošanas reģions"))];
    assert_eq!(
        text(&i, "lv", "latlit-2014-2020-disclaimer", &responsible),
        "Šī publikācija ir sagatavota ar Eiropas Savienības finansiālo atbalstu. Par šīs \
         publikācijas saturu pilnībā atbild Zemgales Plānošanas reģions, un tas nekādos \
         apstākļos nav uzskatāms par Eiropas Savienības oficiālo nostāju."
    );
    let org = [("responsible", Arg::from("X"))];
    assert_eq!(
        text(&i, "lt", "latlit-2014-2020-disclaimer", &org),
        "Ši informacija parengta naudojant Europos Sąjungos finansinę paramą. Už šios \
         informacijos turinį atsako X ir jokiomis aplinkybėmis negali būti laikoma, kad jis \
         atspindi oficialią Europos Sąjungos nuomonę."
    );
    assert_eq!(
        text(&i, "en", "latlit-2014-2020-disclaimer", &org),
        "This publication has been produced with the financial assistance of the European \
         Union. The contents of this publication are the sole responsibility of X and can under \
         no circumstances be regarded as reflecting the position of the European Union."
    );
    assert_eq!(
        text(
            &i,
            "lv",
            "prepared-by",
            &[("author", Arg::from("Anna Liepa, projekta vadītāja"))]
        ),
        "Informāciju sagatavoja: Anna Liepa, projekta vadītāja"
    );
}

#[test]
fn statements_exist_in_every_language_and_tense() {
    let i = builtin();
    for profile in ["latlit-2014-2020", "latlit-2021-2027"] {
        for lang in ["lv", "lt", "en"] {
            let key = format!("{profile}-statement");
            let present = text(&i, lang, &key, &statement_args(false));
            let past = text(&i, lang, &key, &statement_args(true));
            assert_ne!(present, past, "{lang} {key}");
            for s in [&present, &past] {
                assert!(
                    s.contains("OCTOPUS") && s.contains("705\u{a0}573,37"),
                    "{s}"
                );
                assert!(!s.contains('{') && !s.contains('\u{2068}'), "{s}");
            }
            if lang == "lt" {
                assert!(present.contains("„OCTOPUS“"), "{present}");
            }
        }
    }
}

#[test]
fn profiles_and_attributes() {
    let i = builtin();
    assert_eq!(
        i.profile_mandatory("lv", "latlit-2014-2020").unwrap(),
        ["statement", "disclaimer", "links", "emblem"]
    );
    assert_eq!(
        i.format_attr("lt", "latlit-2021-2027", "mandatory", &[])
            .unwrap(),
        "statement links emblem"
    );
    assert_eq!(
        i.format_attr("en", "latlit-2014-2020-programme-link", "href", &[])
            .unwrap(),
        "https://www.latlit.eu"
    );
    assert_eq!(
        text(&i, "lv", "latlit-2014-2020-eu-link", &[]),
        "www.europa.eu"
    );
    assert_eq!(
        i.format_attr("lv", "latlit-2014-2020-eu-link", "href", &[])
            .unwrap(),
        "https://europa.eu"
    );
    assert_eq!(
        text(&i, "lt", "latlit-2021-2027-emblem", &[]),
        "Bendrai finansuoja Europos Sąjunga"
    );
    assert_eq!(
        text(&i, "lv", "latlit-2014-2020-fund", &[]),
        "Eiropas Reģionālās attīstības fonds"
    );
    assert!(i.has("lv", "latlit-2014-2020-fund"));
    assert!(!i.has("lv", "latlit-2021-2027-fund"));
    assert!(i.has_attr("en", "latlit-2021-2027", "mandatory"));
    assert!(!i.has_attr("en", "latlit-2021-2027", "nope"));
    let err = i.format_attr("lv", "nav-home", "nope", &[]).unwrap_err();
    assert!(err.contains("no attribute \"nope\""), "{err}");
}

#[test]
fn a_site_can_define_its_own_profile() {
    let i = load(
        &[(
            "lv.ftl",
            "my-programme = Mana programma\n    .mandatory = statement emblem\n\
             my-programme-statement = Projekts “{ $acronym }”.\n",
        )],
        &["lv"],
    );
    assert_eq!(
        i.profile_mandatory("lv", "my-programme").unwrap(),
        ["statement", "emblem"]
    );
    assert_eq!(
        text(
            &i,
            "lv",
            "my-programme-statement",
            &[("acronym", Arg::from("X"))]
        ),
        "Projekts “X”."
    );
}

#[test]
fn builtin_files_have_the_same_messages() {
    let i = builtin();
    assert!(i.warnings().is_empty(), "{:?}", i.warnings());
    let ids: Vec<&BTreeSet<String>> = i.langs.iter().map(|l| &l.ids).collect();
    assert_eq!(ids.len(), 3);
    assert_eq!(ids[0], ids[1]);
    assert_eq!(ids[0], ids[2]);
    let required = [
        "language-name",
        "skip-to-content",
        "nav-label",
        "nav-home",
        "nav-sitemap",
        "sitemap-title",
        "sitemap-slug",
        "gallery-slug",
        "gallery-title",
        "gallery-count",
        "gallery-all",
        "photos-title",
        "video-count",
        "gallery-index-title",
        "gallery-back",
        "lightbox-label",
        "lightbox-close",
        "lightbox-prev",
        "lightbox-next",
        "lightbox-position",
        "video-play",
        "video-notice",
        "video-link",
        "news-latest",
        "news-all",
        "read-more",
        "published-on",
        "tags-label",
        "tags-slug",
        "tags-index-title",
        "tag-title",
        "tag-count",
        "event-label",
        "event-time",
        "event-time-range",
        "event-range",
        "event-ics",
        "events-upcoming",
        "pagination-label",
        "pagination-prev",
        "pagination-next",
        "pagination-page",
        "language-switcher-label",
        "not-translated",
        "chooser-title",
        "project-box-title",
        "project-code",
        "project-period",
        "project-budget",
        "project-erdf",
        "project-partners",
        "project-lead",
        "contact-title",
        "contact-address",
        "contact-phone",
        "contact-email",
        "social-title",
        "feed-title",
        "feed-link",
        "notfound-title",
        "notfound-text",
        "notfound-home",
        "draft-marker",
        "author-label",
        "about-title",
        "footer-funding",
        "home-intro-title",
        "prepared-by",
        "gallery-link",
        "pdf-download",
        "pdf-web-version",
        "publicity-label",
        "latlit-2014-2020",
        "latlit-2014-2020-statement",
        "latlit-2014-2020-disclaimer",
        "latlit-2014-2020-programme-link",
        "latlit-2014-2020-eu-link",
        "latlit-2014-2020-emblem",
        "latlit-2014-2020-fund",
        "latlit-2014-2020-emblem-alt",
        "latlit-2021-2027",
        "latlit-2021-2027-statement",
        "latlit-2021-2027-disclaimer",
        "latlit-2021-2027-programme-link",
        "latlit-2021-2027-eu-link",
        "latlit-2021-2027-emblem",
        "latlit-2021-2027-emblem-alt",
    ];
    for key in required {
        assert!(ids[0].contains(key), "built-in files lack {key}");
    }
}

#[test]
fn ui_texts_sample() {
    let i = builtin();
    assert_eq!(text(&i, "lv", "sitemap-title", &[]), "Lapas karte");
    assert_eq!(text(&i, "lt", "sitemap-title", &[]), "Svetainės medis");
    assert_eq!(text(&i, "en", "sitemap-title", &[]), "Site map");
    assert_eq!(text(&i, "lv", "sitemap-slug", &[]), "lapas-karte");
    assert_eq!(text(&i, "lt", "sitemap-slug", &[]), "svetaines-medis");
    assert_eq!(text(&i, "en", "sitemap-slug", &[]), "sitemap");
    assert_eq!(text(&i, "lt", "gallery-slug", &[]), "galerija");
    assert_eq!(text(&i, "en", "gallery-slug", &[]), "gallery");
    assert_eq!(text(&i, "lt", "language-name", &[]), "Lietuvių");
    assert_eq!(
        text(&i, "lv", "gallery-link", &[]),
        "Foto un video galerija"
    );
    assert_eq!(
        text(&i, "lt", "gallery-link", &[]),
        "Foto ir vaizdo galerija"
    );
    assert_eq!(
        text(&i, "lt", "prepared-by", &[("author", Arg::from("A"))]),
        "Informaciją parengė: A"
    );
    let page = [("page", Arg::from(2u32)), ("total", Arg::from(5u32))];
    assert_eq!(text(&i, "lv", "pagination-page", &page), "Lapa 2 no 5");
    assert_eq!(text(&i, "en", "pagination-page", &page), "Page 2 of 5");
    // No Unicode isolation marks around placeables.
    assert_eq!(
        text(&i, "lv", "feed-title", &[("site", Arg::from("OCTOPUS"))]),
        "OCTOPUS: jaunumi"
    );
}

#[test]
fn unknown_keys_and_missing_variables_are_errors() {
    let i = builtin();
    let err = i.format("lv", "no-such-key", &[]).unwrap_err();
    assert!(err.contains("no-such-key"), "{err}");
    let err = i.format("lv", "nav-hom", &[]).unwrap_err();
    assert!(err.contains("did you mean \"nav-home\""), "{err}");
    let err = i.format("lv", "feed-title", &[]).unwrap_err();
    assert!(err.contains("site"), "{err}");
    assert!(!i.has("lv", "no-such-key"));
    assert!(i.has("lt", "nav-home"));
}

#[test]
fn a_site_override_replaces_one_message_and_keeps_the_others() {
    let i = load(&[("lv.ftl", "nav-home = Mājas\n")], &["lv", "lt"]);
    assert_eq!(text(&i, "lv", "nav-home", &[]), "Mājas");
    assert_eq!(text(&i, "lv", "read-more", &[]), "Lasīt vairāk");
    assert_eq!(text(&i, "lt", "nav-home", &[]), "Pradžia");
    assert_eq!(
        i.date_on("lv", date(2021, 2, 18)),
        "2021. gada 18. februārī"
    );
    assert!(i.warnings().is_empty(), "{:?}", i.warnings());
}

#[test]
fn a_key_missing_in_lt_falls_back_to_the_default_with_a_warning() {
    let i = load(
        &[("lv.ftl", "extra-note = Papildu piezīme\n")],
        &["lv", "lt"],
    );
    assert_eq!(text(&i, "lt", "extra-note", &[]), "Papildu piezīme");
    assert!(i.has("lt", "extra-note"));
    let w: Vec<&Diagnostic> = i.warnings().iter().collect();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(!w[0].is_error());
    assert!(w[0].message.contains("\"extra-note\""), "{}", w[0]);
    assert!(w[0].message.contains("\"lt\""), "{}", w[0]);
}

#[test]
fn a_language_without_any_file_falls_back_with_one_warning() {
    let i = load(&[("lv.ftl", "extra-note = Papildu\n")], &["lv", "de"]);
    assert_eq!(i.warnings().len(), 1, "{:?}", i.warnings());
    assert!(i.warnings()[0].message.contains("\"de\""));
    assert_eq!(text(&i, "de", "nav-home", &[]), "Sākums");
    assert_eq!(text(&i, "de", "extra-note", &[]), "Papildu");
    assert_eq!(
        i.date_on("de", date(2021, 2, 18)),
        "2021. gada 18. februārī"
    );
    assert_eq!(i.amount_eur("de", 5), "0,05 EUR");
    // Languages outside the site fall back too.
    assert_eq!(text(&i, "fr", "nav-home", &[]), "Sākums");
    assert_eq!(i.default_lang(), "lv");
}

#[test]
fn a_new_language_with_its_own_file() {
    let de = "nav-home = Startseite\n\
              gallery-count = { $count ->\n    [one] { $count } Foto\n   *[other] { $count } Fotos\n}\n";
    let i = load(&[("de.ftl", de)], &["de", "lv"]);
    assert_eq!(text(&i, "de", "nav-home", &[]), "Startseite");
    assert_eq!(
        text(&i, "de", "gallery-count", &[("count", Arg::Num(1.0))]),
        "1 Foto"
    );
    // Everything else comes from the next language that has it.
    assert_eq!(text(&i, "de", "read-more", &[]), "Lasīt vairāk");
    // lv lacks nothing that de (the default) has.
    assert!(i.warnings().is_empty(), "{:?}", i.warnings());
}

#[test]
fn syntax_errors_name_the_site_file_and_line() {
    let lt = "nav-home = Pradžia\n\nread-more Skaityti daugiau\nnews-all = Visos naujienos\n";
    let dir = site(&[("lt.ftl", lt), ("lv.ftl", "ok = Labi\n= no key\n")]);
    let failure = I18n::load(dir.path(), &codes(&["lv", "lt"])).unwrap_err();
    let errors = &failure.0;
    assert!(errors.iter().all(|d| d.is_error() && d.hint.is_some()));
    let lt_err = errors
        .iter()
        .find(|d| d.file.as_deref() == Some(Path::new("i18n/lt.ftl")))
        .unwrap_or_else(|| panic!("no error for i18n/lt.ftl: {failure}"));
    assert_eq!(lt_err.line, Some(3), "{lt_err}");
    assert!(lt_err.column.is_some());
    assert!(lt_err.message.contains("Fluent syntax error"), "{lt_err}");
    // Errors of every file are collected.
    let lv_err = errors
        .iter()
        .find(|d| d.file.as_deref() == Some(Path::new("i18n/lv.ftl")))
        .unwrap_or_else(|| panic!("no error for i18n/lv.ftl: {failure}"));
    assert_eq!((lv_err.line, lv_err.column), (Some(2), Some(1)));
}

#[test]
fn a_broken_date_override_fails_the_load() {
    let dir = site(&[("lv.ftl", "# c\ndate-on = { $yeer }\n")]);
    let failure = I18n::load(dir.path(), &codes(&["lv"])).unwrap_err();
    let d = &failure.0[0];
    assert_eq!(d.file.as_deref(), Some(Path::new("i18n/lv.ftl")));
    assert_eq!(d.line, Some(2));
    assert!(d.message.contains("date-on"), "{d}");
}

#[test]
fn duplicate_and_unused_files_are_warned() {
    let i = load(
        &[("lv.ftl", "a = 1\nb = 2\na = 3\n"), ("et.ftl", "a = 1\n")],
        &["lv"],
    );
    assert_eq!(text(&i, "lv", "a", &[]), "3");
    let w = i.warnings();
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(w
        .iter()
        .any(|d| d.line == Some(3) && d.message.contains("\"a\"")));
    assert!(w
        .iter()
        .any(|d| d.file.as_deref() == Some(Path::new("i18n/et.ftl"))));
}

#[test]
fn no_languages_is_an_error() {
    let dir = site(&[]);
    assert!(I18n::load(dir.path(), &[]).is_err());
    assert!(I18n::load(dir.path(), &codes(&["not a code"])).is_err());
}

#[test]
fn i18n_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<I18n>();
}

#[test]
fn builtin_helpers() {
    assert_eq!(builtin_languages().collect::<Vec<_>>(), ["lv", "lt", "en"]);
    assert!(builtin_ftl("lt").unwrap().contains("birželio"));
    assert!(builtin_ftl("de").is_none());
}
