### herald: built-in English (en) texts.
###
### This file is compiled into herald. A site changes any text without touching herald:
### put a file `i18n/en.ftl` in the site folder and write there only the messages to change,
### with the same key; every other message keeps its built-in text. A site may also add new
### messages, and files for other languages (`i18n/de.ftl`, ...). Anything missing in a language
### falls back to the site's first (default) language, with a warning at build time.
###
### Sections:
###   1. Formats: dates and amounts. Rust passes only numbers ($year, $month 1-12, $day);
###      all month names are written here, so they can be corrected here.
###   2. Interface texts of the default theme.
###   3. Publicity: EU funding texts, one group of messages per programme profile.
###
### A programme profile P (e.g. `latlit-2014-2020`) is a set of messages:
###   P                    the programme's name; attribute .mandatory lists the parts that
###                        must appear (words out of: statement disclaimer links emblem)
###   P-statement          $acronym, $code, $name, $period, $budget, $erdf, $past ("true"/"false")
###   P-disclaimer         $responsible
###   P-programme-link     link text, attribute .href
###   P-eu-link            link text, attribute .href
###   P-emblem             the words written in full next to the EU emblem
###   P-fund               the fund's name (where the rules ask for it)
###   P-emblem-alt         alt text of the emblem image
###   P-logo-alt           alt text of the programme logo (project.programme_logo), optional
### A site defines its own profile by writing such a group in its own i18n files, under a new id.
###
### Fluent syntax in brief: `key = text`; a longer text continues on indented lines;
### `{ $name }` inserts a value; `{ $n -> [one] ... *[other] ... }` chooses a variant
### (the variant marked `*` is the default); a line starting with `#` is a comment.

## 1. Formats

# A day "on which" and a full date: 18 February 2021.
date-on = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

date-full = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

# A month and year: June 2020.
month-year = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

# A period of months: from June 2020 to June 2022.
date-period = from { $start-month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $start-year } to { $end-month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $end-year }

# Amounts: EUR 705,573.37.
number-decimal-separator = .
number-group-separator = ,
# $amount is the number already written with the separators above.
amount-eur = EUR { $amount }

## 2. Interface texts

language-name = English
skip-to-content = Skip to content
nav-label = Main navigation
nav-home = Home
nav-sitemap = Site map
footer-nav-label = Footer links
sitemap-title = Site map
# URL slugs: lowercase letters, digits and hyphens only.
sitemap-slug = sitemap
gallery-slug = gallery
gallery-title = Photo and video gallery
# The share card (og:image of a page without a picture of its own), for those who cannot see it.
share-card-alt = The EU emblem with the words “{ $statement }”, the title “{ $title }” and { $site }
share-card-alt-site = The EU emblem with the words “{ $statement }” and { $site }
gallery-count = { $count ->
        [one] { $count } photo
       *[other] { $count } photos
    }
# Under an item's first photos, the link to its gallery: "All 12 photos".
gallery-all = { $count ->
        [one] The { $count } photo
       *[other] All { $count } photos
    }
photos-title = Photos
video-count = { $count ->
        [one] { $count } video
       *[other] { $count } videos
    }
gallery-index-title = Gallery
gallery-back = Back to the news item
lightbox-label = Picture viewer
lightbox-close = Close
lightbox-prev = Previous picture
lightbox-next = Next picture
# Shown in the viewer, e.g. "Picture 3 of 12".
lightbox-position = Picture { $n } of { $total }
# $title is the video's title.
video-play = Play the video: { $title }
# $host is YouTube or Vimeo.
video-notice = The video loads from { $host } only after you click.
video-link = Watch on { $host }
news-latest = Latest news
news-all = All news
read-more = Read more
# Label before a date.
published-on = Published
tags-label = Tags
tags-slug = tags
tags-index-title = All tags
tag-title = Tag “{ $tag }”
tag-count = { $count ->
        [one] { $count } publication
       *[other] { $count } publications
    }
# An event at the top of its item: "18 February 2025 at 10:00, Jelgava".
event-label = Event
event-time = at { $hour }:{ $minutes }
event-time-range = { $hour }:{ $minutes }–{ $end-hour }:{ $end-minutes }
event-range = { $start } – { $end }
event-ics = Add to calendar
events-upcoming = Upcoming events
pagination-label = Pagination
pagination-prev = Previous page
pagination-next = Next page
pagination-page = Page { $page } of { $total }
language-switcher-label = Choose a language
# Beside a language in which this page has no translation.
not-translated = not translated
chooser-title = Choose a language
project-box-title = About the project
project-code = Project number
project-period = Implementation period
project-budget = Total budget
project-erdf = ERDF co-financing
project-partners = Project partners
project-lead = Lead partner
contact-title = Contacts
contact-address = Address
contact-phone = Phone
contact-email = E-mail
social-title = Social media
feed-title = { $site }: news
feed-link = News feed (RSS)
notfound-title = Page not found
notfound-text = The page you are looking for does not exist or has been moved.
notfound-home = Back to the home page
draft-marker = Draft
author-label = Author
about-title = About the project
footer-funding = This website was created with the financial support of the European Union.
home-intro-title = The project in brief

# The accessibility statement (Directive (EU) 2016/2102), after the model of Decision
# (EU) 2018/1523. The facts come from `accessibility:` in site.yaml; $organisation is the
# publishing organisation, $site the site's address, $date a full date.
accessibility-title = Accessibility statement
accessibility-slug = accessibility-statement
accessibility-intro = { $organisation } is committed to making its website accessible, in accordance with Directive (EU) 2016/2102 of the European Parliament and of the Council on the accessibility of the websites and mobile applications of public sector bodies. This accessibility statement applies to { $site }.
accessibility-status-title = Compliance status
# $status: full, partial or none.
accessibility-status = { $status ->
        [full] This website is fully compliant with EN 301 549 (WCAG 2.1 level AA).
        [partial] This website is partially compliant with EN 301 549 (WCAG 2.1 level AA) due to the non-compliances listed below.
       *[none] This website is not compliant with EN 301 549 (WCAG 2.1 level AA). The non-compliances are listed below.
    }
accessibility-gaps-title = Non-accessible content
accessibility-no-gaps = No content that is not accessible has been found.
accessibility-alternatives-title = Accessible alternatives
accessibility-preparation-title = Preparation of this accessibility statement
accessibility-prepared = This statement was prepared on { $date }.
accessibility-reviewed = The website and this statement were last reviewed on { $date }.
# $method: self-assessment or third-party.
accessibility-method = { $method ->
        [third-party] The website was assessed by an independent third party.
       *[self-assessment] The website was assessed by a self-assessment.
    }
accessibility-feedback-title = Feedback and contact information
accessibility-feedback = If you find an accessibility problem that this statement does not mention, or need content in an accessible format, please contact us.
accessibility-contact-person = Contact person
accessibility-feedback-form = Feedback form
accessibility-enforcement-title = Enforcement procedure
accessibility-enforcement = If you are not satisfied with the answer to your notification or request, you can complain to the enforcement body:

## 3. Publicity

# Generic texts, used by every profile. $author is "name, role".
prepared-by = Prepared by: { $author }
gallery-link = Photo and video gallery
# The link to a news item's PDF press release, and the label of its web address in the PDF.
pdf-download = Download PDF
pdf-web-version = This news item on the web
# Accessible name of the funding block.
publicity-label = Information on EU funding

## Profile latlit-2014-2020: Interreg V-A Latvia–Lithuania 2014–2020.
## Disclaimer: the standard EU formula; statement: derived from the attested Latvian one.

latlit-2014-2020 = Interreg V-A Latvia–Lithuania Cross Border Cooperation Programme 2014–2020
    .mandatory = statement disclaimer links emblem
latlit-2014-2020-statement = { $past ->
        [true] The project “{ $acronym }” was implemented under the Interreg V-A Latvia–Lithuania Cross Border Cooperation Programme 2014–2020; it ran { $period }. The total budget of the project was { $budget } (including ERDF co-financing of { $erdf }).
       *[false] The project “{ $acronym }” is implemented under the Interreg V-A Latvia–Lithuania Cross Border Cooperation Programme 2014–2020; it runs { $period }. The total budget of the project is { $budget } (including ERDF co-financing of { $erdf }).
    }
latlit-2014-2020-disclaimer = This publication has been produced with the financial assistance of the European Union. The contents of this publication are the sole responsibility of { $responsible } and can under no circumstances be regarded as reflecting the position of the European Union.
latlit-2014-2020-programme-link = www.latlit.eu
    .href = https://www.latlit.eu
latlit-2014-2020-eu-link = www.europa.eu
    .href = https://europa.eu
latlit-2014-2020-emblem = European Union
latlit-2014-2020-fund = European Regional Development Fund
latlit-2014-2020-emblem-alt = Flag of the European Union. European Union, European Regional Development Fund
latlit-2014-2020-logo-alt = Interreg V-A Latvia–Lithuania. European Union, European Regional Development Fund

## Profile latlit-2021-2027: Interreg VI-A Latvia–Lithuania 2021–2027.
## The emblem statement is the official form; statement and disclaimer are derived wording.
## No disclaimer is prescribed here: it is optional (not in .mandatory).

latlit-2021-2027 = Interreg VI-A Latvia–Lithuania Programme 2021–2027
    .mandatory = statement links emblem
latlit-2021-2027-statement = { $past ->
        [true] The project “{ $acronym }” was co-funded by the European Union under the Interreg VI-A Latvia–Lithuania Programme 2021–2027. It ran { $period }. The total budget of the project was { $budget } (including ERDF co-financing of { $erdf }).
       *[false] The project “{ $acronym }” is co-funded by the European Union under the Interreg VI-A Latvia–Lithuania Programme 2021–2027. It runs { $period }. The total budget of the project is { $budget } (including ERDF co-financing of { $erdf }).
    }
latlit-2021-2027-disclaimer = This publication has been produced with the financial support of the European Union. Its contents are the sole responsibility of { $responsible } and do not necessarily reflect the views of the European Union.
latlit-2021-2027-programme-link = www.latlit.eu
    .href = https://www.latlit.eu
latlit-2021-2027-eu-link = www.europa.eu
    .href = https://europa.eu
latlit-2021-2027-emblem = Co-funded by the European Union
latlit-2021-2027-emblem-alt = Flag of the European Union. Co-funded by the European Union
latlit-2021-2027-logo-alt = Interreg Latvia–Lithuania. Co-funded by the European Union.

## Site search (the search page, the field in the header, the search script's texts)
search-slug = search
search-title = Search
search-label = Search the site
search-field = Words to search for
search-more = Show more
search-button = Search
search-all-languages = Include items in other languages
search-none = Nothing found. Try another word or the start of a word.
search-noscript = Search needs JavaScript, which is off in this browser. You will find every page of the site in the
search-keys = Arrow down from the search field moves to the results, Escape goes back to the field.
search-count = { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
