//! Structured data for news items: the schema.org `NewsArticle` that search engines and news
//! aggregators read from a page's `<script type="application/ld+json">`, with the EU funding
//! of the project as its `funding` grant.
//!
//! The JSON goes inside a `<script>` element, where HTML escaping does not apply and a title
//! holding `</script>` would end the element. [`for_script`] therefore writes `<`, `>` and `&`
//! as JSON `\u` escapes (as Go's html/template and Hugo's `jsonify` do): the data stays the
//! same JSON, and no user text can close the element or open a comment.

use jiff::civil::Date;
use serde_json::{json, Map, Value};

/// What a news item's structured data says, in the item's language.
pub struct Article<'a> {
    pub headline: &'a str,
    pub description: &'a str,
    pub lang: &'a str,
    /// The item's absolute address.
    pub url: &'a str,
    pub date: Option<Date>,
    /// `updated:`, for `dateModified` (else the date).
    pub updated: Option<Date>,
    /// Absolute address of the cover picture (else of the site's `og_image`).
    pub image: Option<&'a str>,
    /// The author's name and role; the publisher stands in when there is none.
    pub author: Option<(&'a str, Option<&'a str>)>,
    /// The author is an organisation (the project's responsible organisation or a partner),
    /// not a person.
    pub author_is_organisation: bool,
    /// The organisation responsible for the content (the EU disclaimer's).
    pub publisher: &'a str,
    /// The site's home page in the item's language: the publisher's address here.
    pub publisher_url: &'a str,
    pub keywords: &'a [String],
    /// Absolute addresses of the item in the other languages.
    pub translations: &'a [String],
    pub project: Grant<'a>,
}

/// The project as a schema.org `MonetaryGrant`: its code, name, ERDF co-financing and the
/// programme that awarded it.
pub struct Grant<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub programme: &'a str,
    pub erdf_eur: f64,
}

/// The `NewsArticle` as JSON, ready to stand inside a `<script>` element.
pub fn news_article(a: &Article) -> String {
    let organisation = |name: &str| json!({"@type": "Organization", "name": name});
    let mut m = Map::new();
    m.insert("@context".into(), json!("https://schema.org"));
    m.insert("@type".into(), json!("NewsArticle"));
    m.insert("headline".into(), json!(a.headline));
    if !a.description.is_empty() {
        m.insert("description".into(), json!(a.description));
    }
    m.insert("inLanguage".into(), json!(a.lang));
    m.insert("url".into(), json!(a.url));
    m.insert("mainEntityOfPage".into(), json!(a.url));
    if let Some(d) = a.date {
        m.insert("datePublished".into(), json!(zoned(d)));
        m.insert(
            "dateModified".into(),
            json!(zoned(a.updated.unwrap_or(d).max(d))),
        );
    }
    if let Some(image) = a.image {
        m.insert("image".into(), json!([image]));
    }
    let author = match a.author {
        Some((name, _)) if a.author_is_organisation => organisation(name),
        Some((name, role)) => {
            let mut p = json!({"@type": "Person", "name": name});
            if let Some(role) = role {
                p["jobTitle"] = json!(role);
            }
            p
        }
        None => organisation(a.publisher),
    };
    m.insert("author".into(), json!([author]));
    let mut publisher = organisation(a.publisher);
    publisher["url"] = json!(a.publisher_url);
    m.insert("publisher".into(), publisher);
    if !a.keywords.is_empty() {
        m.insert("keywords".into(), json!(a.keywords));
    }
    if !a.translations.is_empty() {
        let works: Vec<Value> = a.translations.iter().map(|u| json!({"@id": u})).collect();
        m.insert("workTranslation".into(), Value::Array(works));
    }
    let g = &a.project;
    m.insert(
        "funding".into(),
        json!({
            "@type": "MonetaryGrant",
            "identifier": g.code,
            "name": g.name,
            "amount": {"@type": "MonetaryAmount", "currency": "EUR", "value": g.erdf_eur},
            "funder": organisation(g.programme),
        }),
    );
    for_script(&Value::Object(m))
}

/// What an item's schema.org `Event` says.
pub struct EventData<'a> {
    pub name: &'a str,
    pub description: &'a str,
    /// The item's absolute address.
    pub url: &'a str,
    pub start: crate::source::When,
    pub end: Option<crate::source::When>,
    pub place: Option<&'a str>,
    pub image: Option<&'a str>,
    /// The organisation responsible for the content, as the event's organiser.
    pub organizer: &'a str,
    pub organizer_url: &'a str,
}

/// The `Event` as JSON, ready to stand inside a `<script>` element: a day alone as a date, a
/// day and time with the Riga offset of that day.
pub fn event(e: &EventData) -> String {
    let when = |w: crate::source::When| match w.time {
        Some(t) => zoned_at(w.date.to_datetime(t)),
        None => w.date.to_string(),
    };
    let mut m = Map::new();
    m.insert("@context".into(), json!("https://schema.org"));
    m.insert("@type".into(), json!("Event"));
    m.insert("name".into(), json!(e.name));
    if !e.description.is_empty() {
        m.insert("description".into(), json!(e.description));
    }
    m.insert("url".into(), json!(e.url));
    m.insert("startDate".into(), json!(when(e.start)));
    if let Some(end) = e.end {
        m.insert("endDate".into(), json!(when(end)));
    }
    m.insert(
        "eventStatus".into(),
        json!("https://schema.org/EventScheduled"),
    );
    m.insert(
        "eventAttendanceMode".into(),
        json!("https://schema.org/OfflineEventAttendanceMode"),
    );
    if let Some(place) = e.place {
        m.insert(
            "location".into(),
            json!({"@type": "Place", "name": place, "address": place}),
        );
    }
    if let Some(image) = e.image {
        m.insert("image".into(), json!([image]));
    }
    m.insert(
        "organizer".into(),
        json!({"@type": "Organization", "name": e.organizer, "url": e.organizer_url}),
    );
    for_script(&Value::Object(m))
}

/// A local date and time in the site's time zone, with its offset.
pub fn zoned_at(dt: jiff::civil::DateTime) -> String {
    let tz = jiff::tz::TimeZone::get(crate::model::TIME_ZONE)
        .unwrap_or_else(|_| jiff::tz::TimeZone::system());
    match dt.to_zoned_datetime(tz) {
        Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => dt.to_string(),
    }
}

/// The start of day `d` in the site's time zone, with its offset (`2021-02-18T00:00:00+02:00`),
/// as schema.org and Open Graph want a date and time.
pub fn zoned(d: Date) -> String {
    let tz = jiff::tz::TimeZone::get(crate::model::TIME_ZONE)
        .unwrap_or_else(|_| jiff::tz::TimeZone::system());
    match d.to_zoned_datetime(tz) {
        Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => d.to_string(),
    }
}

/// JSON that can stand inside an HTML `<script>` element unchanged.
pub fn for_script(v: &Value) -> String {
    let raw = v.to_string();
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            // Outside strings JSON has none of these, so escaping them everywhere is safe.
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            // Line separators end a line in older JavaScript parsers.
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summer_dates_carry_summer_time_and_an_organisation_author_is_typed_so() {
        let mut a = article("T", &[]);
        a.date = Some(jiff::civil::date(2021, 7, 1));
        a.updated = Some(jiff::civil::date(2021, 7, 3));
        a.author = Some((
            "Zemgales plānošanas reģions",
            Some("sabiedrisko attiecību speciāliste"),
        ));
        a.author_is_organisation = true;
        let out: Value = serde_json::from_str(&news_article(&a)).unwrap();
        assert_eq!(out["datePublished"], "2021-07-01T00:00:00+03:00");
        assert_eq!(out["dateModified"], "2021-07-03T00:00:00+03:00");
        assert_eq!(out["author"][0]["@type"], "Organization");
        assert!(out["author"][0].get("jobTitle").is_none());
        a.author_is_organisation = false;
        let out: Value = serde_json::from_str(&news_article(&a)).unwrap();
        assert_eq!(out["author"][0]["@type"], "Person");
    }

    fn article<'a>(headline: &'a str, keywords: &'a [String]) -> Article<'a> {
        Article {
            headline,
            description: "",
            lang: "lv",
            url: "https://example.org/lv/jaunumi/x/",
            date: Some(jiff::civil::date(2021, 2, 18)),
            updated: None,
            image: None,
            author: None,
            author_is_organisation: false,
            publisher: "Zemgales plānošanas reģions",
            publisher_url: "https://example.org/lv/",
            keywords,
            translations: &[],
            project: Grant {
                code: "LLI-425",
                name: "OCTOPUS",
                programme: "Interreg V-A Latvija–Lietuva",
                erdf_eur: 1234.5,
            },
        }
    }

    #[test]
    fn user_text_cannot_close_the_script_and_reads_back_unchanged() {
        let evil = "</script><script>alert(1)</script> <!-- & \u{2028}";
        let tags = vec![evil.to_string()];
        let out = news_article(&article(evil, &tags));
        assert!(
            !out.contains('<') && !out.contains('>') && !out.contains('&'),
            "{out}"
        );
        let back: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back["headline"], evil);
        assert_eq!(back["keywords"][0], evil);
    }

    #[test]
    fn an_item_without_author_is_by_its_organisation() {
        let out: Value = serde_json::from_str(&news_article(&article("T", &[]))).unwrap();
        assert_eq!(out["author"][0]["@type"], "Organization");
        assert_eq!(out["author"][0]["name"], "Zemgales plānošanas reģions");
        assert_eq!(out["datePublished"], "2021-02-18T00:00:00+02:00");
        assert_eq!(out["dateModified"], "2021-02-18T00:00:00+02:00");
        assert_eq!(out["publisher"]["url"], "https://example.org/lv/");
        assert_eq!(out["funding"]["identifier"], "LLI-425");
        assert_eq!(out["funding"]["amount"]["value"], 1234.5);
        assert!(out.get("description").is_none() && out.get("keywords").is_none());
    }
}
