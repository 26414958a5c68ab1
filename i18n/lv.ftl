### herald: built-in Latvian (lv) texts.
###
### This file is compiled into herald. A site changes any text without touching herald:
### put a file `i18n/lv.ftl` in the site folder and write there only the messages to change,
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

# A day "on which": 2021. gada 18. februārī (locative).
date-on = { $year }. gada { $day }. { $month ->
        [1] janvārī
        [2] februārī
        [3] martā
        [4] aprīlī
        [5] maijā
        [6] jūnijā
        [7] jūlijā
        [8] augustā
        [9] septembrī
        [10] oktobrī
        [11] novembrī
       *[12] decembrī
    }

# A full date in the nominative: 2021. gada 18. februāris.
date-full = { $year }. gada { $day }. { $month ->
        [1] janvāris
        [2] februāris
        [3] marts
        [4] aprīlis
        [5] maijs
        [6] jūnijs
        [7] jūlijs
        [8] augusts
        [9] septembris
        [10] oktobris
        [11] novembris
       *[12] decembris
    }

# A month and year in the nominative: 2020. gada jūnijs.
month-year = { $year }. gada { $month ->
        [1] janvāris
        [2] februāris
        [3] marts
        [4] aprīlis
        [5] maijs
        [6] jūnijs
        [7] jūlijs
        [8] augusts
        [9] septembris
        [10] oktobris
        [11] novembris
       *[12] decembris
    }

# A period of months: "no" takes the genitive, "līdz" the dative:
# no 2020. gada jūnija līdz 2022. gada jūnijam.
date-period = no { $start-year }. gada { $start-month ->
        [1] janvāra
        [2] februāra
        [3] marta
        [4] aprīļa
        [5] maija
        [6] jūnija
        [7] jūlija
        [8] augusta
        [9] septembra
        [10] oktobra
        [11] novembra
       *[12] decembra
    } līdz { $end-year }. gada { $end-month ->
        [1] janvārim
        [2] februārim
        [3] martam
        [4] aprīlim
        [5] maijam
        [6] jūnijam
        [7] jūlijam
        [8] augustam
        [9] septembrim
        [10] oktobrim
        [11] novembrim
       *[12] decembrim
    }

# Amounts: 705 573,37 EUR. The group separator is a no-break space (U+00A0).
number-decimal-separator = ,
number-group-separator = { "\u00A0" }
# $amount is the number already written with the separators above.
amount-eur = { $amount } EUR

## 2. Interface texts

language-name = Latviešu
skip-to-content = Pāriet uz saturu
nav-label = Galvenā navigācija
nav-home = Sākums
nav-sitemap = Lapas karte
footer-nav-label = Kājenes saites
sitemap-title = Lapas karte
# URL slugs: lowercase letters, digits and hyphens only.
sitemap-slug = lapas-karte
gallery-slug = galerija
gallery-title = Foto un video galerija
# The share card (og:image of a page without a picture of its own), for those who cannot see it.
share-card-alt = Eiropas Savienības emblēma ar uzrakstu “{ $statement }”, virsraksts “{ $title }” un { $site }
share-card-alt-site = Eiropas Savienības emblēma ar uzrakstu “{ $statement }” un { $site }
# Latvian plural: zero (0, 10-20, 30 ...), one (1, 21, 31 ...), other.
gallery-count = { $count ->
        [zero] { $count } fotogrāfiju
        [one] { $count } fotogrāfija
       *[other] { $count } fotogrāfijas
    }
# Under an item's first photos, the link to its gallery: "Visas 12 fotogrāfijas".
gallery-all = { $count ->
        [zero] Visas { $count } fotogrāfijas
        [one] Visa { $count } fotogrāfija
       *[other] Visas { $count } fotogrāfijas
    }
photos-title = Foto
# Videos: "video" does not change its form in Latvian.
video-count = { $count ->
        [zero] { $count } video
        [one] { $count } video
       *[other] { $count } video
    }
gallery-index-title = Galerija
gallery-back = Atpakaļ uz ziņu
lightbox-label = Attēlu skatītājs
lightbox-close = Aizvērt
lightbox-prev = Iepriekšējais attēls
lightbox-next = Nākamais attēls
# Shown in the viewer, e.g. "Attēls 3 no 12".
lightbox-position = Attēls { $n } no { $total }
# $title is the video's title.
video-play = Atskaņot video: { $title }
# $host is YouTube or Vimeo.
video-notice = Video tiks ielādēts no { $host } tikai pēc klikšķa.
video-link = Skatīties vietnē { $host }
news-latest = Jaunākās ziņas
news-all = Visas ziņas
read-more = Lasīt vairāk
# Label before a date.
published-on = Publicēts
tags-label = Birkas
tags-slug = birkas
tags-index-title = Visas birkas
tag-title = Birka „{ $tag }”
tag-count = { $count ->
        [zero] { $count } publikāciju
        [one] { $count } publikācija
       *[other] { $count } publikācijas
    }
# An event at the top of its item: "2025. gada 18. februārī plkst. 10.00, Jelgavā".
event-label = Pasākums
event-time = plkst. { $hour }.{ $minutes }
event-time-range = plkst. { $hour }.{ $minutes }–{ $end-hour }.{ $end-minutes }
event-range = { $start } – { $end }
event-ics = Pievienot kalendāram
events-upcoming = Gaidāmie pasākumi
pagination-label = Lapu numerācija
pagination-prev = Iepriekšējā lapa
pagination-next = Nākamā lapa
pagination-page = Lapa { $page } no { $total }
language-switcher-label = Valodas izvēle
# Beside a language in which this page has no translation.
not-translated = nav tulkots
chooser-title = Izvēlieties valodu
project-box-title = Par projektu
project-code = Projekta numurs
project-period = Īstenošanas laiks
project-budget = Kopējais budžets
project-erdf = ERAF finansējums
project-partners = Projekta partneri
project-lead = Vadošais partneris
contact-title = Kontakti
contact-address = Adrese
contact-phone = Tālrunis
contact-email = E-pasts
social-title = Sociālie tīkli
feed-title = { $site }: jaunumi
feed-link = Jaunumu plūsma (RSS)
notfound-title = Lapa nav atrasta
notfound-text = Meklētā lapa neeksistē vai ir pārvietota.
notfound-home = Atgriezties sākumlapā
draft-marker = Melnraksts
author-label = Autors
about-title = Par projektu
footer-funding = Tīmekļvietne izveidota ar Eiropas Savienības finansiālu atbalstu.
home-intro-title = Par projektu īsumā

# The accessibility statement (Directive (EU) 2016/2102), after the model of Decision
# (EU) 2018/1523. The facts come from `accessibility:` in site.yaml; $organisation is in
# the nominative, $site is the site's address, $date a day in the "on which" form.
accessibility-title = Piekļūstamības paziņojums
accessibility-slug = pieklustamibas-pazinojums
accessibility-intro = { $organisation } apņemas savu tīmekļvietni veidot piekļūstamu saskaņā ar Eiropas Parlamenta un Padomes Direktīvu (ES) 2016/2102 par publiskā sektora struktūru tīmekļvietņu un mobilo lietotņu piekļūstamību. Šis piekļūstamības paziņojums attiecas uz tīmekļvietni { $site }.
accessibility-status-title = Cik piekļūstama ir šī tīmekļvietne?
# $status: full, partial or none.
accessibility-status = { $status ->
        [full] Tīmekļvietne pilnībā atbilst standarta EN 301 549 (WCAG 2.1 AA līmeņa) prasībām.
        [partial] Tīmekļvietne daļēji atbilst standarta EN 301 549 (WCAG 2.1 AA līmeņa) prasībām turpmāk minēto neatbilstību dēļ.
       *[none] Tīmekļvietne neatbilst standarta EN 301 549 (WCAG 2.1 AA līmeņa) prasībām turpmāk minēto neatbilstību dēļ.
    }
accessibility-gaps-title = Nepiekļūstamais saturs
accessibility-no-gaps = Nav konstatēts saturs, kas nebūtu piekļūstams.
accessibility-alternatives-title = Piekļūstamības alternatīvas
accessibility-preparation-title = Paziņojuma sagatavošana
accessibility-prepared = Paziņojums sagatavots { $date }.
accessibility-reviewed = Tīmekļvietne un paziņojums pēdējo reizi pārskatīti { $date }.
# $method: self-assessment or third-party.
accessibility-method = { $method ->
        [third-party] Atbilstību izvērtēja neatkarīga trešā persona.
       *[self-assessment] Atbilstība izvērtēta pašnovērtējumā.
    }
accessibility-feedback-title = Atsauksmēm un saziņai
accessibility-feedback = Ja konstatējat piekļūstamības problēmas, kas šajā paziņojumā nav minētas, vai vēlaties saņemt nepiekļūstamo saturu citā formātā, lūdzu, sazinieties ar mums.
accessibility-contact-person = Kontaktpersona
accessibility-feedback-form = Atsauksmju veidlapa
accessibility-enforcement-title = Sūdzību iesniegšana
accessibility-enforcement = Ja neesat apmierināts ar atbildi uz savu ziņojumu vai pieprasījumu, varat iesniegt sūdzību uzraudzības iestādei:

## 3. Publicity

# Generic texts, used by every profile. $author is "name, role".
prepared-by = Informāciju sagatavoja: { $author }
gallery-link = Foto un video galerija
# The link to a news item's PDF press release, and the label of its web address in the PDF.
pdf-download = Lejupielādēt PDF
pdf-web-version = Šī ziņa tīmeklī
# Accessible name of the funding block.
publicity-label = Informācija par ES finansējumu

## Profile latlit-2014-2020: Interreg V-A Latvia–Lithuania 2014–2020.
## Statement and disclaimer: attested wording.

latlit-2014-2020 = Interreg V-A Latvijas–Lietuvas pārrobežu sadarbības programma 2014.–2020. gadam
    .mandatory = statement disclaimer links emblem
latlit-2014-2020-statement = { $past ->
        [true] Projekts “{ $acronym }” tika īstenots Interreg V-A Latvijas-Lietuvas pārrobežu sadarbības programmā 2014-2020, tas tika īstenots { $period }. Projekta kopējais budžets bija { $budget } (t.sk. ERAF finansējums { $erdf }).
       *[false] Projekts “{ $acronym }” tiek īstenots Interreg V-A Latvijas-Lietuvas pārrobežu sadarbības programmā 2014-2020, tas tiks īstenots { $period }. Projekta kopējais budžets ir { $budget } (t.sk. ERAF finansējums { $erdf }).
    }
latlit-2014-2020-disclaimer = Šī publikācija ir sagatavota ar Eiropas Savienības finansiālo atbalstu. Par šīs publikācijas saturu pilnībā atbild { $responsible }, un tas nekādos apstākļos nav uzskatāms par Eiropas Savienības oficiālo nostāju.
latlit-2014-2020-programme-link = www.latlit.eu
    .href = https://www.latlit.eu
latlit-2014-2020-eu-link = www.europa.eu
    .href = https://europa.eu
latlit-2014-2020-emblem = Eiropas Savienība
latlit-2014-2020-fund = Eiropas Reģionālās attīstības fonds
latlit-2014-2020-emblem-alt = Eiropas Savienības karogs. Eiropas Savienība, Eiropas Reģionālās attīstības fonds
latlit-2014-2020-logo-alt = Interreg V-A Latvija–Lietuva. Eiropas Savienība, Eiropas Reģionālās attīstības fonds

## Profile latlit-2021-2027: Interreg VI-A Latvia–Lithuania 2021–2027.
## The emblem statement is the official form; statement and disclaimer are derived wording.
## No disclaimer is prescribed here: it is optional (not in .mandatory).

latlit-2021-2027 = Interreg VI-A Latvijas–Lietuvas programma 2021.–2027. gadam
    .mandatory = statement links emblem
latlit-2021-2027-statement = { $past ->
        [true] Projektu “{ $acronym }” līdzfinansēja Eiropas Savienība Interreg VI-A Latvijas–Lietuvas programmas 2021.–2027. gadam ietvaros. Projekts tika īstenots { $period }. Projekta kopējais budžets bija { $budget } (t.sk. ERAF finansējums { $erdf }).
       *[false] Projektu “{ $acronym }” līdzfinansē Eiropas Savienība Interreg VI-A Latvijas–Lietuvas programmas 2021.–2027. gadam ietvaros. Projekts tiek īstenots { $period }. Projekta kopējais budžets ir { $budget } (t.sk. ERAF finansējums { $erdf }).
    }
latlit-2021-2027-disclaimer = Šī publikācija ir sagatavota ar Eiropas Savienības finansiālu atbalstu. Par tās saturu atbild tikai { $responsible }, un tas ne vienmēr atspoguļo Eiropas Savienības viedokli.
latlit-2021-2027-programme-link = www.latlit.eu
    .href = https://www.latlit.eu
latlit-2021-2027-eu-link = www.europa.eu
    .href = https://europa.eu
latlit-2021-2027-emblem = Līdzfinansē Eiropas Savienība
latlit-2021-2027-emblem-alt = Eiropas Savienības karogs. Līdzfinansē Eiropas Savienība
latlit-2021-2027-logo-alt = Interreg Latvija–Lietuva. Līdzfinansē Eiropas Savienība.

## Site search (the search page, the field in the header, the search script's texts)
search-slug = meklet
search-title = Meklēt
search-label = Meklēšana vietnē
search-field = Meklējamie vārdi
search-more = Rādīt vairāk
search-button = Meklēt
search-all-languages = Rādīt arī rakstus citās valodās
search-none = Nekas netika atrasts. Pamēģiniet citu vārdu vai vārda sākumu.
search-noscript = Meklēšanai vajadzīgs JavaScript, un tas šajā pārlūkā ir izslēgts. Visas vietnes lapas atradīsiet
search-keys = Ar bultiņu uz leju no meklēšanas lauka pāriet uz rezultātiem, ar Escape atgriežas laukā.
# Latvian plural: zero (0, 10-20, 30 ...), one (1, 21, 31 ... not 11), other.
search-count = { $count ->
        [zero] Atrasti { $count } rezultāti
        [one] Atrasts { $count } rezultāts
       *[other] Atrasti { $count } rezultāti
    }
