//! The CMS's field labels and hints in the site's languages: Latvian, Lithuanian and English
//! are written here; any other language of the site gets the English text. A label joins the
//! site's languages with ` / ` (the editors of a bilingual site read both).

/// (key, Latvian, Lithuanian, English)
const TEXTS: &[(&str, &str, &str, &str)] = &[
    ("title", "Virsraksts", "Pavadinimas", "Title"),
    (
        "title-hint",
        "Obligāts katrā valodā",
        "Privalomas kiekviena kalba",
        "Required in every language",
    ),
    ("date", "Datums", "Data", "Date"),
    (
        "date-hint",
        "Ziņas diena (tulkojumi to pārņem)",
        "Naujienos diena (vertimai ją perima)",
        "The day of the news (translations take it over)",
    ),
    ("updated", "Atjaunināts", "Atnaujinta", "Updated"),
    (
        "updated-hint",
        "Diena, kad ziņa pēdējo reizi būtiski mainīta (GGGG-MM-DD; tulkojumi to pārņem)",
        "Diena, kai naujiena paskutinį kartą iš esmės pakeista (MMMM-MM-DD; vertimai ją perima)",
        "The day the news was last changed in substance (YYYY-MM-DD; translations take it over)",
    ),
    ("summary", "Kopsavilkums", "Santrauka", "Summary"),
    (
        "summary-hint",
        "Viens vai divi teikumi sarakstiem un sociālajiem tīkliem",
        "Vienas ar du sakiniai sąrašams ir socialiniams tinklams",
        "One or two sentences for lists and social media",
    ),
    ("slug", "Adreses daļa (slug)", "Adreso dalis (slug)", "Address part (slug)"),
    (
        "slug-hint",
        "Mazie burti, cipari un domuzīmes, piem. projekta-sakums; tukšs: no mapes nosaukuma",
        "Mažosios raidės, skaitmenys ir brūkšneliai, pvz. projekto-pradzia; tuščias: iš aplanko pavadinimo",
        "Lowercase letters, digits and dashes, e.g. project-start; empty: from the folder name",
    ),
    ("author", "Informāciju sagatavoja", "Informaciją parengė", "Prepared by"),
    ("name", "Vārds", "Vardas", "Name"),
    ("role", "Amats", "Pareigos", "Role"),
    ("tags", "Birkas", "Žymos", "Tags"),
    ("event", "Pasākums", "Renginys", "Event"),
    ("event-start", "Sākums", "Pradžia", "Start"),
    ("event-end", "Beigas", "Pabaiga", "End"),
    (
        "event-start-hint",
        "GGGG-MM-DD vai GGGG-MM-DD SS:MM, piem. 2025-02-18 10:00",
        "MMMM-MM-DD arba MMMM-MM-DD VV:MM, pvz. 2025-02-18 10:00",
        "YYYY-MM-DD or YYYY-MM-DD HH:MM, e.g. 2025-02-18 10:00",
    ),
    (
        "event-end-hint",
        "Nav obligāts; GGGG-MM-DD vai GGGG-MM-DD SS:MM",
        "Neprivaloma; MMMM-MM-DD arba MMMM-MM-DD VV:MM",
        "Optional; YYYY-MM-DD or YYYY-MM-DD HH:MM",
    ),
    ("event-place", "Vieta (kur? – Jelgavā)", "Vieta (kur? – Rokiškyje)", "Place (where?)"),
    ("draft", "Melnraksts", "Juodraštis", "Draft"),
    (
        "draft-hint",
        "Ieslēgts: netiek publicēts",
        "Įjungta: neskelbiama",
        "On: not published",
    ),
    ("cover", "Titulattēls", "Titulinė nuotrauka", "Cover picture"),
    (
        "cover-hint",
        "Tukšs: galerijas pirmais attēls",
        "Tuščias: pirmoji galerijos nuotrauka",
        "Empty: the gallery's first picture",
    ),
    (
        "cover_position",
        "Titulattēla svarīgākā daļa",
        "Svarbiausia titulinės nuotraukos dalis",
        "Cover picture: the part to keep in view",
    ),
    (
        "cover_position-hint",
        "Ja attēls jāapgriež: top, center, bottom vai \"50% 20%\"; tukšs: attēls netiek apgriezts",
        "Jei nuotrauką reikia apkirpti: top, center, bottom arba \"50% 20%\"; tuščias: neapkerpama",
        "Where the picture is cut: top, center, bottom or \"50% 20%\"; empty: never cut",
    ),
    ("position", "Svarīgākā daļa", "Svarbiausia dalis", "Part to keep in view"),
    (
        "position-hint",
        "top, center, bottom vai \"50% 20%\"; tukšs: attēls netiek apgriezts",
        "top, center, bottom arba \"50% 20%\"; tuščias: neapkerpama",
        "top, center, bottom or \"50% 20%\"; empty: never cut",
    ),
    ("gallery", "Galerija", "Galerija", "Gallery"),
    (
        "gallery-hint",
        "Attēlus un video pievieno un kārto šeit, ar tekstiem katrā valodā; tulkojumi rāda tos pašus attēlus tādā pašā secībā",
        "Nuotraukos ir vaizdo įrašai pridedami ir rikiuojami čia, su tekstais kiekviena kalba; vertimuose tos pačios nuotraukos ta pačia tvarka",
        "Pictures and videos are added and ordered here, with their texts in every language; translations show the same ones in the same order",
    ),
    // The two kinds of gallery entries, as the editor's Add menu offers them.
    ("picture-type", "Attēls", "Nuotrauka", "Picture"),
    ("video-type", "Video", "Vaizdo įrašas", "Video"),
    ("image", "Attēls", "Nuotrauka", "Picture"),
    (
        "image-hint",
        "Visās valodās tie paši attēli tādā pašā secībā",
        "Visomis kalbomis tos pačios nuotraukos ta pačia tvarka",
        "The same pictures in the same order in every language",
    ),
    ("alt", "Attēla apraksts (alt)", "Nuotraukos aprašymas (alt)", "Description (alt text)"),
    (
        "alt-hint",
        "Kas redzams attēlā, katrā valodā (obligāts)",
        "Kas matyti nuotraukoje, kiekviena kalba (privaloma)",
        "What the picture shows, in every language (required)",
    ),
    ("caption", "Paraksts", "Parašas", "Caption"),
    // A language, as a sub-field per language names it ("Paraksts: lietuviski").
    ("in-lv", "latviski", "latviškai", "in Latvian"),
    ("in-lt", "lietuviski", "lietuviškai", "in Lithuanian"),
    ("in-en", "angliski", "angliškai", "in English"),
    ("video", "Video adrese", "Vaizdo įrašo adresas", "Video address"),
    ("video-title", "Video nosaukums", "Vaizdo įrašo pavadinimas", "Video title"),
    ("poster", "Video priekšskatījums", "Vaizdo įrašo peržiūra", "Video poster"),
    ("responsible", "Atbildīgā organizācija", "Atsakinga organizacija", "Responsible organisation"),
    (
        "responsible-hint",
        "Tukšs: projekta atbildīgais partneris",
        "Tuščias: projekto atsakingas partneris",
        "Empty: the project's responsible partner",
    ),
    ("translate", "Tulkot", "Versti", "Translate"),
    (
        "translate-hint",
        "Izslēgts: tikai šajā valodā, apzināti",
        "Išjungta: tik šia kalba, sąmoningai",
        "Off: in this language only, on purpose",
    ),
    ("body", "Teksts", "Tekstas", "Text"),
    ("item", "Ziņa", "Naujiena", "News item"),
    // Before a language's name (`Tikai lietuviski`): the title shown in place of a missing
    // default-language version (see backend.rs).
    ("only", "Tikai", "Tik", "Only"),
    ("pages", "Lapas un sākumlapa", "Puslapiai ir pradinis puslapis", "Pages and home page"),
    ("page", "Lapa", "Puslapis", "Page"),
    ("section-text", "sadaļas ievads", "skyriaus įvadas", "section introduction"),
    ("section-slug", "Adreses daļa (slug)", "Adreso dalis (slug)", "Address part (slug)"),
    (
        "section-slug-hint",
        "Mazie burti, cipari un domuzīmes, piem. jaunumi; tukšs: no mapes nosaukuma",
        "Mažosios raidės, skaitmenys ir brūkšneliai, pvz. naujienos; tuščias: iš aplanko pavadinimo",
        "Lowercase letters, digits and dashes, e.g. news; empty: from the folder name",
    ),
    (
        "paginate_by",
        "Ziņas vienā lapā",
        "Naujienų viename puslapyje",
        "Items per page",
    ),
    (
        "paginate_by-hint",
        "Tukšs: kā site.yaml",
        "Tuščias: kaip site.yaml",
        "Empty: as in site.yaml",
    ),
    (
        "section-body",
        "Ievads (virs saraksta)",
        "Įvadas (virš sąrašo)",
        "Introduction (above the list)",
    ),
    ("page-slug", "Adreses daļa (slug)", "Adreso dalis (slug)", "Address part (slug)"),
    (
        "page-slug-hint",
        "Mazie burti, cipari un domuzīmes, piem. par-projektu; tukšs: no faila nosaukuma; sākumlapai atstājiet tukšu",
        "Mažosios raidės, skaitmenys ir brūkšneliai, pvz. apie-projekta; tuščias: iš failo pavadinimo; pradiniam puslapiui palikite tuščią",
        "Lowercase letters, digits and dashes, e.g. about-the-project; empty: from the file name; leave it empty for the home page",
    ),
];

/// The text `key` for the site language `lang` (a sub-field per language): in each of
/// `langs`, the text and the language's name (`Attēla apraksts (alt): lietuviski`), joined
/// with ` / `. A language herald has no name for is named by its code.
pub fn label_in(key: &str, lang: &str, langs: &[String]) -> String {
    in_each(lang, langs, |one, name| {
        format!("{}: {name}", label(key, one))
    })
}

/// "Only in `lang`" in each of `langs` (`Tikai lietuviski / Tik lietuviškai`), each once.
pub fn only_in(lang: &str, langs: &[String]) -> String {
    in_each(lang, langs, |one, name| {
        format!("{} {name}", label("only", one))
    })
}

/// `text(ui, name)` in each interface language `ui` of `langs`, where `name` names the
/// language `lang` in `ui` ("lietuviski"; its code if herald has no name for it), joined with
/// ` / `, each text once.
fn in_each(lang: &str, langs: &[String], text: impl Fn(&[String], &str) -> String) -> String {
    let name_key = format!("in-{lang}");
    let mut parts: Vec<String> = Vec::new();
    for ui in langs {
        let one = std::slice::from_ref(ui);
        let name = label(&name_key, one);
        let name = if name == name_key { lang } else { &name };
        let t = text(one, name);
        if !parts.contains(&t) {
            parts.push(t);
        }
    }
    parts.join(" / ")
}

/// The text `key` in each of `langs`, joined with ` / `, each text once.
pub fn label(key: &str, langs: &[String]) -> String {
    let Some(&(_, lv, lt, en)) = TEXTS.iter().find(|t| t.0 == key) else {
        return key.to_string();
    };
    let mut parts: Vec<&str> = Vec::new();
    for l in langs {
        let text = match l.as_str() {
            "lv" => lv,
            "lt" => lt,
            _ => en,
        };
        if !parts.contains(&text) {
            parts.push(text);
        }
    }
    parts.join(" / ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_join_the_site_languages_once_each() {
        let langs = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            label("title", &langs(&["lv", "lt"])),
            "Virsraksts / Pavadinimas"
        );
        assert_eq!(
            label("title", &langs(&["lt", "et", "en"])),
            "Pavadinimas / Title"
        );
        assert_eq!(label("gallery", &langs(&["lv", "lt"])), "Galerija");
        assert_eq!(
            label_in("alt", "lt", &langs(&["lv", "lt"])),
            "Attēla apraksts (alt): lietuviski / Nuotraukos aprašymas (alt): lietuviškai"
        );
        assert_eq!(
            label_in("caption", "et", &langs(&["lv", "en"])),
            "Paraksts: et / Caption: et"
        );
    }
}
