### herald: built-in Lithuanian (lt) texts.
###
### This file is compiled into herald. A site changes any text without touching herald:
### put a file `i18n/lt.ftl` in the site folder and write there only the messages to change,
### with the same key; every other message keeps its built-in text. A site may also add new
### messages, and files for other languages (`i18n/de.ftl`, ...). Anything missing in a language
### falls back to the site's first (default) language, with a warning at build time.
###
### Sections:
###   1. Formats: dates and amounts. Rust passes only numbers ($year, $month 1-12, $day);
###      all month names and cases are written here, so they can be corrected here.
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

# A day "on which" and a full date are the same in Lithuanian: 2021 m. vasario 18 d.
# (month in the genitive, day without a leading zero).
date-on = { $year } m. { $month ->
        [1] sausio
        [2] vasario
        [3] kovo
        [4] balandžio
        [5] gegužės
        [6] birželio
        [7] liepos
        [8] rugpjūčio
        [9] rugsėjo
        [10] spalio
        [11] lapkričio
       *[12] gruodžio
    } { $day } d.

date-full = { $year } m. { $month ->
        [1] sausio
        [2] vasario
        [3] kovo
        [4] balandžio
        [5] gegužės
        [6] birželio
        [7] liepos
        [8] rugpjūčio
        [9] rugsėjo
        [10] spalio
        [11] lapkričio
       *[12] gruodžio
    } { $day } d.

# A month and year in the nominative: 2020 m. birželis.
month-year = { $year } m. { $month ->
        [1] sausis
        [2] vasaris
        [3] kovas
        [4] balandis
        [5] gegužė
        [6] birželis
        [7] liepa
        [8] rugpjūtis
        [9] rugsėjis
        [10] spalis
        [11] lapkritis
       *[12] gruodis
    }

# A period of months, both in the genitive: nuo 2020 m. birželio iki 2022 m. birželio.
date-period = nuo { $start-year } m. { $start-month ->
        [1] sausio
        [2] vasario
        [3] kovo
        [4] balandžio
        [5] gegužės
        [6] birželio
        [7] liepos
        [8] rugpjūčio
        [9] rugsėjo
        [10] spalio
        [11] lapkričio
       *[12] gruodžio
    } iki { $end-year } m. { $end-month ->
        [1] sausio
        [2] vasario
        [3] kovo
        [4] balandžio
        [5] gegužės
        [6] birželio
        [7] liepos
        [8] rugpjūčio
        [9] rugsėjo
        [10] spalio
        [11] lapkričio
       *[12] gruodžio
    }

# Amounts: 705 573,37 EUR. The group separator is a no-break space (U+00A0).
number-decimal-separator = ,
number-group-separator = { "\u00A0" }
# $amount is the number already written with the separators above.
amount-eur = { $amount } EUR

## 2. Interface texts

language-name = Lietuvių
skip-to-content = Pereiti prie turinio
nav-label = Pagrindinė navigacija
nav-home = Pradžia
nav-sitemap = Svetainės medis
footer-nav-label = Poraštės nuorodos
sitemap-title = Svetainės medis
# URL slugs: lowercase letters, digits and hyphens only.
sitemap-slug = svetaines-medis
gallery-slug = galerija
gallery-title = Foto ir vaizdo galerija
# The share card (og:image of a page without a picture of its own), for those who cannot see it.
share-card-alt = Europos Sąjungos emblema su užrašu „{ $statement }“, antraštė „{ $title }“ ir { $site }
share-card-alt-site = Europos Sąjungos emblema su užrašu „{ $statement }“ ir { $site }
# Lithuanian plural: one (1, 21, 31 ...), few (2-9, 22-29 ...), many (fractions),
# other (0, 10-20, 30 ...).
gallery-count = { $count ->
        [one] { $count } nuotrauka
        [few] { $count } nuotraukos
        [many] { $count } nuotraukos
       *[other] { $count } nuotraukų
    }
# Under an item's first photos, the link to its gallery: "Visos 12 nuotraukų".
gallery-all = { $count ->
        [one] Visa { $count } nuotrauka
        [few] Visos { $count } nuotraukos
        [many] Visos { $count } nuotraukos
       *[other] Visos { $count } nuotraukų
    }
photos-title = Nuotraukos
video-count = { $count ->
        [one] { $count } vaizdo įrašas
        [few] { $count } vaizdo įrašai
        [many] { $count } vaizdo įrašo
       *[other] { $count } vaizdo įrašų
    }
gallery-index-title = Galerija
gallery-back = Grįžti į naujieną
lightbox-label = Nuotraukų peržiūra
lightbox-close = Uždaryti
lightbox-prev = Ankstesnė nuotrauka
lightbox-next = Kita nuotrauka
# Shown in the viewer, e.g. "Nuotrauka 3 iš 12".
lightbox-position = Nuotrauka { $n } iš { $total }
# $title is the video's title.
video-play = Paleisti vaizdo įrašą: { $title }
# $host is YouTube or Vimeo.
video-notice = Vaizdo įrašas bus įkeltas iš { $host } tik jums paspaudus.
video-link = Žiūrėti { $host }
news-latest = Naujausios naujienos
news-all = Visos naujienos
read-more = Skaityti daugiau
# Label before a date.
published-on = Paskelbta
tags-label = Žymos
tags-slug = zymos
tags-index-title = Visos žymos
tag-title = Žyma „{ $tag }“
tag-count = { $count ->
        [one] { $count } publikacija
        [few] { $count } publikacijos
        [many] { $count } publikacijos
       *[other] { $count } publikacijų
    }
# An event at the top of its item: "2025 m. vasario 18 d. 10.00 val., Rokiškyje".
event-label = Renginys
event-time = { $hour }.{ $minutes } val.
event-time-range = { $hour }.{ $minutes }–{ $end-hour }.{ $end-minutes } val.
event-range = { $start } – { $end }
event-ics = Įtraukti į kalendorių
events-upcoming = Artimiausi renginiai
pagination-label = Puslapiai
pagination-prev = Ankstesnis puslapis
pagination-next = Kitas puslapis
pagination-page = Puslapis { $page } iš { $total }
language-switcher-label = Kalbos pasirinkimas
# Beside a language in which this page has no translation.
not-translated = neišversta
chooser-title = Pasirinkite kalbą
project-box-title = Apie projektą
project-code = Projekto numeris
project-period = Įgyvendinimo laikotarpis
project-budget = Bendras biudžetas
project-erdf = ERPF finansavimas
project-partners = Projekto partneriai
project-lead = Pagrindinis partneris
contact-title = Kontaktai
contact-address = Adresas
contact-phone = Telefonas
contact-email = El. paštas
social-title = Socialiniai tinklai
feed-title = { $site }: naujienos
feed-link = Naujienų srautas (RSS)
notfound-title = Puslapis nerastas
notfound-text = Ieškomo puslapio nėra arba jis buvo perkeltas.
notfound-home = Grįžti į pradžią
draft-marker = Juodraštis
author-label = Autorius
about-title = Apie projektą
footer-funding = Svetainė sukurta naudojant Europos Sąjungos finansinę paramą.
home-intro-title = Trumpai apie projektą

# The accessibility statement (Directive (EU) 2016/2102), after the model of Decision
# (EU) 2018/1523. The facts come from `accessibility:` in site.yaml; $organisation is in
# the nominative, $site is the site's address, $date a full date.
accessibility-title = Prieinamumo deklaracija
accessibility-slug = prieinamumo-deklaracija
accessibility-intro = { $organisation } įsipareigoja užtikrinti savo interneto svetainės prieinamumą pagal Europos Parlamento ir Tarybos direktyvą (ES) 2016/2102 dėl viešojo sektoriaus institucijų interneto svetainių ir mobiliųjų programų prieinamumo. Ši prieinamumo deklaracija taikoma interneto svetainei { $site }.
accessibility-status-title = Atitikties būsena
# $status: full, partial or none.
accessibility-status = { $status ->
        [full] Ši interneto svetainė visiškai atitinka standarto EN 301 549 (WCAG 2.1 AA lygio) reikalavimus.
        [partial] Ši interneto svetainė iš dalies atitinka standarto EN 301 549 (WCAG 2.1 AA lygio) reikalavimus dėl toliau išvardytų neatitikčių.
       *[none] Ši interneto svetainė neatitinka standarto EN 301 549 (WCAG 2.1 AA lygio) reikalavimų dėl toliau išvardytų neatitikčių.
    }
accessibility-gaps-title = Neprieinamas turinys
accessibility-no-gaps = Neprieinamo turinio nenustatyta.
accessibility-alternatives-title = Prieinamos alternatyvos
accessibility-preparation-title = Deklaracijos parengimas
accessibility-prepared = Ši deklaracija parengta { $date }
accessibility-reviewed = Paskutinį kartą svetainė ir deklaracija peržiūrėtos { $date }
# $method: self-assessment or third-party.
accessibility-method = { $method ->
        [third-party] Atitiktį įvertino nepriklausoma trečioji šalis.
       *[self-assessment] Atitiktis įvertinta atliekant savęs vertinimą.
    }
accessibility-feedback-title = Grįžtamasis ryšys ir kontaktinė informacija
accessibility-feedback = Jei pastebėjote šioje deklaracijoje nenurodytų prieinamumo trūkumų arba norite gauti neprieinamą turinį kitu formatu, susisiekite su mumis.
accessibility-contact-person = Kontaktinis asmuo
accessibility-feedback-form = Atsiliepimų forma
accessibility-enforcement-title = Įgyvendinimo užtikrinimo procedūra
accessibility-enforcement = Jei nesate patenkinti atsakymu į savo pranešimą ar prašymą, galite pateikti skundą priežiūros institucijai:

## 3. Publicity

# Generic texts, used by every profile. $author is "name, role".
prepared-by = Informaciją parengė: { $author }
gallery-link = Foto ir vaizdo galerija
# The link to a news item's PDF press release, and the label of its web address in the PDF.
pdf-download = Atsisiųsti PDF
pdf-web-version = Ši naujiena internete
# Accessible name of the funding block.
publicity-label = Informacija apie ES finansavimą

## Profile latlit-2014-2020: Interreg V-A Latvia–Lithuania 2014–2020.
## Disclaimer: attested wording; statement: derived from the attested Latvian one.

latlit-2014-2020 = 2014–2020 m. Interreg V-A Latvijos ir Lietuvos bendradarbiavimo per sieną programa
    .mandatory = statement disclaimer links emblem
latlit-2014-2020-statement = { $past ->
        [true] Projektas „{ $acronym }“ buvo įgyvendintas pagal 2014–2020 m. Interreg V-A Latvijos ir Lietuvos bendradarbiavimo per sieną programą, jis buvo įgyvendinamas { $period }. Bendras projekto biudžetas buvo { $budget } (įskaitant ERPF finansavimą – { $erdf }).
       *[false] Projektas „{ $acronym }“ įgyvendinamas pagal 2014–2020 m. Interreg V-A Latvijos ir Lietuvos bendradarbiavimo per sieną programą, jis įgyvendinamas { $period }. Bendras projekto biudžetas – { $budget } (įskaitant ERPF finansavimą – { $erdf }).
    }
latlit-2014-2020-disclaimer = Ši informacija parengta naudojant Europos Sąjungos finansinę paramą. Už šios informacijos turinį atsako { $responsible } ir jokiomis aplinkybėmis negali būti laikoma, kad jis atspindi oficialią Europos Sąjungos nuomonę.
latlit-2014-2020-programme-link = www.latlit.eu
    .href = https://www.latlit.eu
latlit-2014-2020-eu-link = www.europa.eu
    .href = https://europa.eu
latlit-2014-2020-emblem = Europos Sąjunga
latlit-2014-2020-fund = Europos regioninės plėtros fondas
latlit-2014-2020-emblem-alt = Europos Sąjungos vėliava. Europos Sąjunga, Europos regioninės plėtros fondas
latlit-2014-2020-logo-alt = Interreg V-A Latvija–Lietuva. Europos Sąjunga, Europos regioninės plėtros fondas

## Profile latlit-2021-2027: Interreg VI-A Latvia–Lithuania 2021–2027.
## The emblem statement is the official form; statement and disclaimer are derived wording.
## No disclaimer is prescribed here: it is optional (not in .mandatory).

latlit-2021-2027 = 2021–2027 m. Interreg VI-A Latvijos ir Lietuvos programa
    .mandatory = statement links emblem
latlit-2021-2027-statement = { $past ->
        [true] Projektą „{ $acronym }“ bendrai finansavo Europos Sąjunga pagal 2021–2027 m. Interreg VI-A Latvijos ir Lietuvos programą. Projektas buvo įgyvendinamas { $period }. Bendras projekto biudžetas buvo { $budget } (įskaitant ERPF finansavimą – { $erdf }).
       *[false] Projektą „{ $acronym }“ bendrai finansuoja Europos Sąjunga pagal 2021–2027 m. Interreg VI-A Latvijos ir Lietuvos programą. Projektas įgyvendinamas { $period }. Bendras projekto biudžetas – { $budget } (įskaitant ERPF finansavimą – { $erdf }).
    }
latlit-2021-2027-disclaimer = Ši informacija parengta naudojant Europos Sąjungos finansinę paramą. Už jos turinį atsako tik { $responsible }, ir jis nebūtinai atspindi Europos Sąjungos požiūrį.
latlit-2021-2027-programme-link = www.latlit.eu
    .href = https://www.latlit.eu
latlit-2021-2027-eu-link = www.europa.eu
    .href = https://europa.eu
latlit-2021-2027-emblem = Bendrai finansuoja Europos Sąjunga
latlit-2021-2027-emblem-alt = Europos Sąjungos vėliava. Bendrai finansuoja Europos Sąjunga
latlit-2021-2027-logo-alt = Interreg Latvija–Lietuva. Bendrai finansuoja Europos Sąjunga.

## Site search (the search page, the field in the header, the search script's texts)
search-slug = paieska
search-title = Paieška
search-label = Paieška svetainėje
search-field = Paieškos žodžiai
search-more = Rodyti daugiau
search-button = Ieškoti
search-all-languages = Rodyti ir kitų kalbų įrašus
search-none = Nieko nerasta. Pabandykite kitą žodį arba žodžio pradžią.
search-noscript = Paieškai reikia JavaScript, o šioje naršyklėje jis išjungtas. Visus svetainės puslapius rasite
search-keys = Rodykle žemyn iš paieškos lauko pereinama prie rezultatų, klavišu Escape grįžtama į lauką.
# Lithuanian plural: one (1, 21, 31 ...), few (2-9, 22-29 ...), many (fractions),
# other (0, 10-20, 30 ...).
search-count = { $count ->
        [one] Rastas { $count } rezultatas
        [few] Rasti { $count } rezultatai
        [many] Rasta { $count } rezultato
       *[other] Rasta { $count } rezultatų
    }
