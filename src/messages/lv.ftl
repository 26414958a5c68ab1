# herald saskarnes teksti latviski (katram ziņojumam jābūt arī en.ftl un lt.ftl).
# Tie ir herald vārdi lietotājam; veidotās vietnes teksti ir i18n/<valoda>.ftl.

## Atraduma apzīmējumi.

label-error = kļūda
label-warning = brīdinājums
label-hint = padoms

## herald explain

explain-code = Kods
explain-name = Nosaukums
explain-severity = Nopietnība
explain-meaning = Ko tas nozīmē
explain-fix = Kā to labot
severity-error = kļūda
severity-warning = brīdinājums
explain-unknown = “{ $code }” nav herald kods
explain-unknown-hint = ierakstiet kodu, piemēram, H012, vai nosaukumu, piemēram, missing-alt; `herald explain --all` uzskaita visus
explain-missing = norādiet kodu (`herald explain H012`) vai rakstiet `herald explain --all`
explain-table-code = kods
explain-table-name = nosaukums
explain-table-severity = nopietnība
explain-table-meaning = ko tas nozīmē
explain-table-fix = kā to labot

## Valodas izvēle.

lang-unknown = HERALD_LANG ir “{ $value }” — valoda, ko herald nerunā; tas runā { $known }
lang-unknown-hint = iestatiet HERALD_LANG uz lv, lt vai en (vai atstājiet to neiestatītu, lai sekotu sistēmas valodai)

## Kopīgošanas kartītes (build).

share-card-error = nevar uzzīmēt kopīgošanas kartīti { $file } (“{ $title }”): { $reason }
share-card-error-hint = ierakstiet `share_card: false` failā site.yaml, lai kopīgošanas kartītes nepublicētu, vai `og_image: <attēls no static/>`, lai visām lapām bez sava attēla kopīgotu vienu attēlu

## Atradumu kodi: ko katrs nozīmē un kā to labot.

code-h001-meaning = nav faila site.yaml vai mapes content/, vai site.yaml nevar nolasīt
code-h001-fix = palaidiet herald vietnes mapē (vai norādiet --root) vai izveidojiet vietni ar `herald init`
code-h002-meaning = site.yaml nav derīgs: YAML kļūda, nezināma atslēga, trūkstoša atslēga vai nepareiza vērtība
code-h002-fix = izlabojiet ziņojumā nosaukto atslēgu; ar `herald schema site` redaktors var pārbaudīt site.yaml jau rakstīšanas laikā
code-h003-meaning = tēmas vai mapes templates/ veidni nevar nolasīt vai attēlot
code-h003-fix = izlabojiet veidni norādītajā rindā
code-h004-meaning = failā i18n/<lang>.ftl ir Fluent sintakses kļūda, vai to nevar nolasīt
code-h004-fix = izlabojiet Fluent tekstu norādītajā rindā
code-h005-meaning = kādā valodā trūkst teksta (tiek rādīts noklusējuma valodas teksts), vai i18n fails netiek izmantots
code-h005-fix = iztulkojiet ziņojumu failā i18n/<lang>.ftl vai izdzēsiet neizmantoto failu
code-h006-meaning = izvades mapi nevar izmantot vai tajā nevar rakstīt
code-h006-fix = izvēlieties citu --out mapi, pārbaudiet piekļuves tiesības un brīvo vietu diskā
code-h007-meaning = vietnes failu vai mapi nevar nolasīt (piekļuves tiesības, bojāta vai cilpā ejoša simboliskā saite, simboliskā saite uz kaut ko ārpus vietnes mapes)
code-h007-fix = pārbaudiet faila piekļuves tiesības vai noņemiet saiti (iekopējiet tās norādīto saturu vietnes mapē)
code-h008-meaning = lapa, mape vai fails tiktu publicēts ar nosaukumu, ko Windows nevar saglabāt: ierīces nosaukums (CON, PRN, AUX, NUL, COM1-9, LPT1-9, arī ar paplašinājumu), kāda no rakstzīmēm < > : " | ? * vai punkts vai atstarpe beigās
code-h008-fix = pārdēvējiet failu vai mapi vai piešķiriet lapai citu `slug:`
code-h010-meaning = faila galvenē (front matter) nosauktais vāka attēls, galerijas attēls vai video fails neeksistē
code-h010-fix = novietojiet failu blakus Markdown failam (lapas komplekts) vai mapē static/ un rakstiet to kā /nosaukums.jpg
code-h011-meaning = galerijas video nav ne YouTube/Vimeo adrese, ne .mp4/.webm fails
code-h011-fix = ierakstiet video YouTube vai Vimeo adresi vai norādiet lokālu .mp4 vai .webm failu
code-h012-meaning = attēlam nav alternatīvā teksta: lasītājs, kurš to neredz, neko neuzzina (WCAG 2.1, ko publisko iestāžu vietnēm prasa Direktīva (ES) 2016/2102)
code-h012-fix = aprakstiet, kas attēlā redzams, laukā `alt:` (galerijā) vai starp `![...](photo.jpg)` kvadrātiekavām
code-h013-meaning = attēla alternatīvais teksts ir tā faila nosaukums, kas lasītājam neko nepasaka
code-h013-fix = aizstājiet to ar īsu aprakstu par to, kas attēlā redzams
code-h014-meaning = attēla oriģinālais fails ir smagāks par ierobežojumu (--max-picture-mb, pēc noklusējuma 10 MB)
code-h014-fix = eksportējiet mazāku kopiju (piem., 3000 px platu, JPEG kvalitāte 85) un izmantojiet to
code-h015-meaning = attēls mapē content/ netiek izmantots nevienā lapā (to nenosauc neviens vāks, galerijas ieraksts vai Markdown attēls)
code-h015-fix = pievienojiet to lapas galerijai vai tekstam vai izdzēsiet to
code-h016-meaning = attēls ir bojāts (nepilnīgs, nenolasāms), nav JPEG, PNG vai WebP vai ir lielāks, nekā herald spēj atkodēt (1 GiB pikseļu, apmēram 18 000 × 18 000 px)
code-h016-fix = atveriet to attēlu redaktorā un saglabājiet vēlreiz kā JPEG, PNG vai WebP, ne platāku par dažiem tūkstošiem pikseļu
code-h020-meaning = Markdown faila galvenes (front matter) nav, tā nav aizvērta, nav derīgs YAML vai tajā ir nezināma atslēga
code-h020-fix = sāciet failu ar rindu `---`, tad atslēgas, tad vēl viena rinda `---`; docs/reference/front-matter.md uzskaitītas visas atslēgas
code-h021-meaning = teksta fails nav UTF-8 kodējumā vai satur neredzamu vadības rakstzīmi (NUL u. tml.), ko nedrīkst saturēt neviena tīmekļa lapa vai plūsma
code-h021-fix = atveriet to redaktorā un saglabājiet vēlreiz UTF-8 kodējumā; izdzēsiet rakstzīmi norādītajā rindā un kolonnā
code-h022-meaning = lapai nav virsraksta, vai tas ir tukšs
code-h022-fix = ierakstiet virsrakstu aiz `title:`
code-h023-meaning = jaunumam nav kopsavilkuma: `summary:` ir tukšs, un tekstā nav pirmās rindkopas
code-h023-fix = ierakstiet vienu vai divus teikumus aiz `summary:` (tos rāda saraksti, plūsmas un sociālie tīkli)
code-h024-meaning = jaunumam nav datuma, vai datums nav īsta diena formā YYYY-MM-DD
code-h024-fix = rakstiet `date: YYYY-MM-DD` (piem., `date: 2025-03-14`)
code-h025-meaning = jaunums ir datēts nākotnē
code-h025-fix = pārbaudiet gadu; `herald build` aiztur jaunumu līdz tā dienai
code-h026-meaning = slug ir tukšs, satur / vai .., vai sadaļā ir skaitlis (sadaļas sarakstu lapām ir numurētas adreses)
code-h026-fix = rakstiet slug no burtiem, cipariem un defisēm vai noņemiet `slug:`
code-h027-meaning = divas lapas vai lapa un fails no `static/` vai `content/` tiktu publicēti vienā adresē (tas pats slug, lapa uzrakstīta divreiz, statisks fails tur, kur herald publicē lapu)
code-h027-fix = piešķiriet vienai no tām citu `slug:` vai pārdēvējiet, pārvietojiet vai noņemiet dublikātu
code-h028-meaning = faila nosaukuma valodas piedēklis vai galerijas teksta valodas kods nav neviena no vietnes valodām
code-h028-fix = pārdēvējiet failu par nosaukums.<valoda>.md (vai rakstiet tekstu zem koda) ar kādu no `languages` valodām vai pievienojiet valodu site.yaml
code-h029-meaning = fails vai mape, ko herald nelasa un nepublicē, piem., site.yml site.yaml vietā, notes.markdown .md vietā, index.lv.md.bak, nosaukums ar atstarpi beigās
code-h029-fix = pārdēvējiet to tā, kā herald lasa, vai pārvietojiet to ārpus vietnes mapes
code-h030-meaning = saite vai attēls norāda uz lapu vai failu, kas neeksistē vai netiek nolasīts kā tāds (atstarpe adresē)
code-h030-fix = saitējiet uz lapas Markdown failu (`../kick-off/index.lv.md`) vai uz failu, kas eksistē; nosaukumu ar atstarpēm rakstiet starp `<` un `>`: `![Karte](<tako zemelapis.png>)`
code-h031-meaning = saites #enkurs neatbilst nevienam virsrakstam vai id mērķa lapā
code-h031-fix = izmantojiet virsraksta id (tā teksts mazajiem burtiem ar defisēm: `## Par projektu` -> `#par-projektu`)
code-h032-meaning = saite palaiž skriptu (javascript:)
code-h032-fix = saitējiet uz lapu, failu vai tīmekļa adresi
code-h033-meaning = ar --external: tīmekļa adrese neatbild vai atbild ar kļūdu (404, 500 ...)
code-h033-fix = izlabojiet vai noņemiet adresi; pārbaudiet to pārlūkā
code-h034-meaning = Markdown tekstā ierakstīts HTML palaiž skriptu vai novirza apmeklētāju citur: `script` tags, `on...=` notikumu apstrādātājs, `javascript:` adrese (arī rakstīta ar rakstzīmju atsaucēm), `iframe srcdoc` dokuments ar tādu, `meta http-equiv=refresh`, `base`, tīmekļa dokumenta `object` vai `embed`
code-h034-fix = atstājiet to tikai tad, ja tas ir uzticama pakalpojuma sniedzēja iegulšanas kods; citādi noņemiet to vai izslēdziet visu HTML tekstos ar `markdown: {"{"}raw_html: false{"}"}` failā site.yaml
code-h035-meaning = ziņas `event:` sākums vai beigas nav īsta diena (vai diena un laiks), pasākums beidzas pirms sākuma vai tam nav norādīta vieta
code-h035-fix = rakstiet event: {"{"}start: 2025-02-18 10:00, end: 2025-02-18 13:00, place: Jelgavā{"}"}
code-h040-meaning = jaunums, lapa vai sadaļa ir dažās vietnes valodās, bet ne šajā
code-h040-fix = uzrakstiet tulkojumu (nosaukums.<valoda>.md blakus otram) vai izmantojiet --allow missing-translation vietnei, kas dažus jaunumus publicē tikai vienā valodā
code-h041-meaning = tulkojumam ir savs datums vai galerija, kas atšķiras no noklusējuma valodas versijas
code-h041-fix = noņemiet `date:`/`gallery:` no tulkojuma (tas tos manto) vai padariet tos vienādus
code-h042-meaning = site.yaml kartes `tags:` birka nav nevienā noklusējuma valodas lapā (drukas kļūda vai birka vairs netiek lietota)
code-h042-fix = rakstiet birku tā, kā to raksta lapās, vai izdzēsiet rindu no `tags:`
code-h050-meaning = kādā valodā trūkst teksta, ko programmas profils padara obligātu (paziņojums, atruna, saites, emblēma)
code-h050-fix = definējiet ziņojumu failā i18n/<lang>.ftl vai izmantojiet iebūvētu profilu
code-h051-meaning = par saturu atbildīgā organizācija (nosaukta ES atrunā) nav norādīta
code-h051-fix = iestatiet project.responsible failā site.yaml (katrai valodai) vai `responsible:` jaunumā
code-h052-meaning = jaunuma lapā nav redzama ES emblēma (pielāgota veidne to izlaida, vai veidne vai stila lapa to paslēpj)
code-h052-fix = saglabājiet emblēmu veidnēs: `<img src="{"{{ site.emblem.href }}"}" alt="{"{{ site.emblem.alt }}"}">`
code-h053-meaning = jaunuma vai galerijas lapā nav ES publicitātes tekstu, vai tie ir paslēpti (komentārā, `template`, `noscript`, `hidden`, CSS noteikumā ar `display: none` ...)
code-h053-fix = page.html jaunumiem jāizvada `{"{{ page.publicity | safe }}"}` (gallery.html — `{"{{ publicity | safe }}"}`) vietā, kur to redz katrs apmeklētājs
code-h060-meaning = jaunuma PDF preses relīzi nevar izveidot (piem., attēls, ko PDF dzinējs nevar nolasīt)
code-h060-fix = izmantojiet attēlus JPEG, PNG, GIF, WebP vai SVG formātā vai iestatiet `pdf: false` failā site.yaml
code-h070-meaning = `herald cms` nevar saglabāt jūsu daļu no static/admin/config.yml (nav herald rindas, tas nav YAML, vai tajā ir atslēga, ko raksta herald)
code-h070-fix = turiet savus iestatījumus virs herald rindas un atstājiet herald rakstītās atslēgas tam
code-h071-meaning = CMS programmā `herald serve` atteica saglabāšanu: ceļš ārpus content/ un static/, fails diskā mainīts, kopš CMS to nolasīja, vai pieprasījums no citas vietnes
code-h071-fix = pārlādējiet CMS lapu, lai fails tiktu nolasīts no jauna, tad saglabājiet; saglabājiet tikai mapēs content/ un static/
code-h080-meaning = vērtība vai teksts joprojām ir paraugs, ko ierakstīja `herald init` vai `herald new` (`ACRONYM`, `LLI-000`, "Organizācijas nosaukums", "Čia rašykite tekstą…")
code-h080-fix = aizstājiet to ar projekta tekstu norādītajā rindā; `check --strict` neizdodas, kamēr nav aizstāts katrs paraugs

## herald check

check-clean = Problēmas nav atrastas.
check-errors = { $count ->
    [zero] { $count } kļūdu
    [one] { $count } kļūda
   *[other] { $count } kļūdas
}
check-warnings = { $count ->
    [zero] { $count } brīdinājumu
    [one] { $count } brīdinājums
   *[other] { $count } brīdinājumi
}
check-summary = { $errors }, { $warnings } ({ $codes })
check-missing-translations = Trūkst tulkojumu: { $list }
check-unused-tag = `tags:` kartē birku `{ $tag }`, kuras nav nevienā lapā valodā { $lang }
check-unused-tag-hint = rakstiet birku tā, kā to raksta lapās (to rindā `tags:`), vai izdzēsiet `{ $tag }` no `tags:`
check-allow-unknown = --allow { $code }: tādas pārbaudes nav; izmantojiet kodu (H040) vai nosaukumu (missing-translation) no kodu tabulas (`herald explain --all`)

## YAML lasīšana (site.yaml, faila galvene): lasītāja atradumi vienkāršos vārdos.

yaml-unknown-key = `{ $key }` šeit nav herald zināma atslēga
yaml-did-you-mean = vai domājāt `{ $key }`?
yaml-keys-allowed = šeit atļautās atslēgas: { $keys }
yaml-duplicate-key = atslēga `{ $key }` ir uzrakstīta divreiz
yaml-duplicate-key-hint = atstājiet vienu no abām rindām: `{ $key }:` jau ir { $line }. rindā
yaml-duplicate-key-hint-unplaced = atstājiet vienu `{ $key }:` rindu un izdzēsiet otru
yaml-missing-key = trūkst atslēgas `{ $key }`
yaml-missing-key-hint = pievienojiet rindu `{ $key }: ...`; docs/reference/ (site-yaml.md, front-matter.md) uzskaitītas visas atslēgas un to vērtības
yaml-wrong-value = { $key }: `{ $value }` nav { $expected }
yaml-wrong-shape = { $key }: šeit jābūt: { $expected }
yaml-wrong-value-hint = docs/reference/ atslēgu tabulās (site-yaml.md, front-matter.md) teikts, kāda vērtība katrai atslēgai vajadzīga; ar `herald schema site` redaktors to pārbauda jau rakstīšanas laikā
yaml-expected-number = skaitlis (piem., 10 vai 10.5)
yaml-expected-whole = vesels skaitlis, 0 vai lielāks (piem., 10)
yaml-expected-bool = true vai false
yaml-expected-text = teksts (pēdiņās, ja tajā ir `: ` vai ` #`)
yaml-expected-list = saraksts: [a, b] vai katrs ieraksts savā rindā ar `- `
yaml-expected-keys = atslēgas ar atkāpi zem tās
yaml-expected-other = cita veida vērtība
yaml-unknown-anchor = šajā rindā ir `*nosaukums` — ar `&nosaukums` atzīmētas vērtības kopija —, bet neviena vērtība augstāk nav tā atzīmēta
yaml-unknown-anchor-hint = ierakstiet pašu vērtību `*…` vietā vai atzīmējiet kopējamo vērtību ar `&nosaukums` kādā no iepriekšējām rindām (tekstam, kas sākas ar `*`, jābūt pēdiņās: "*teksts")
yaml-tab = šīs rindas atkāpe ir ar tabulēšanas zīmi, ko YAML neatļauj
yaml-tab-hint = YAML neatļauj atkāpes ar tabulēšanas zīmēm (tabs): veidojiet atkāpi ar atstarpēm
yaml-unknown-value = { $key } nevar būt `{ $value }`; rakstiet vienu no šīm vērtībām: { $values }
yaml-unknown-value-here = šī atslēga nepieņem vērtību `{ $value }`; rakstiet vienu no šīm vērtībām: { $values }
yaml-structure = šo rindu nevar nolasīt kā `atslēga: vērtība` ar tādu pašu atkāpi kā apkārtējām atslēgām
yaml-unclosed-list = saraksts, kas atvērts ar `[`, šajā rindā nav aizvērts ar `]`
yaml-unclosed-list-hint = aizveriet sarakstu tajā pašā rindā, `tags: [a, b]`, vai rakstiet katru ierakstu savā `- ` rindā zem atslēgas
yaml-unclosed-braces = šajā rindā atvērtā `{"{"}` nav aizvērta ar `{"}"}`
yaml-unclosed-braces-hint = aizveriet to tajā pašā rindā vai, ja iekavas ir daļa no teksta, ielieciet vērtību pēdiņās: "{"{"}...{"}"}"
yaml-colon-in-value = vērtībā šajā rindā ir `: ` (kols un atstarpe), ko YAML lasa kā jaunu atslēgu
yaml-colon-in-value-hint = ielieciet vērtību pēdiņās: title: "Konference: rezultāti"
yaml-dash-in-value = saraksta ieraksts `- ` ir vietā, kur bija gaidāma atslēgas vērtība
yaml-dash-in-value-hint = rakstiet katru ierakstu savā rindā zem atslēgas, ar lielāku atkāpi nekā atslēgai, vai ielieciet pēdiņās vērtību, kas sākas ar `- `
yaml-list-indentation = saraksta ierakstiem ir dažādas atkāpes: visām viena saraksta `- ` rindām jāsākas vienā kolonnā
yaml-bad-escape = `\` vērtībā dubultpēdiņās sāk atsoli (escape), ko YAML nepazīst
yaml-bad-escape-hint = lietojiet vienpēdiņas ('C:\mape') vai rakstiet slīpsvītru divreiz ("C:\\mape")
yaml-unexpected-end = teksts beidzas, pirms aizvērtas pēdiņas, saraksts `[` vai iekavas `{"{"}`
yaml-unexpected-end-hint = aizveriet to, ko šī rinda atver: to pašu pēdiņu zīmi vērtības beigās, `]` pēc saraksta, `{"}"}` pēc iekavām
yaml-unclosed-quote = { $line }. rindā atvērtās pēdiņas nav aizvērtas: beidziet vērtību ar tādu pašu pēdiņu zīmi ("...")
yaml-bad-start = vērtība šajā rindā sākas ar rakstzīmi, ko YAML patur sev (@, `, %, * vai &)
yaml-bad-start-hint = vērtībai, kas sākas ar @, `, %, * vai &, jābūt pēdiņās: "@piemers"
yaml-indentation-hint = pārbaudiet atkāpes (tikai atstarpes, vienādas visām viena līmeņa atslēgām) un pēdiņas šajā un iepriekšējā rindā; vērtībai, kurā ir `: ` vai ` #`, jābūt pēdiņās

## Datumi un summas, kā tos raksta autori.

date-invalid = `{ $value }` nav derīgs datums: rakstiet to formā YYYY-MM-DD (piem., 2021-02-18), īstu kalendāra dienu
date-day-first = `{ $value }` ir rakstīts ar dienu sākumā: rakstiet { $date } (YYYY-MM-DD, gads sākumā)
amount-invalid = `{ $value }` nav summa eiro: rakstiet to kā 512345.60, 512 345,60 vai 512345,60

## site.yaml vērtības.

config-languages-empty = `languages` ir tukšs
config-languages-empty-hint = uzskaitiet vietnes valodu kodus, noklusējuma valodu pirmo: languages: [lv, lt]
config-language-code = `{ $lang }` sarakstā `languages` nav valodas kods
config-language-code-hint = izmantojiet divu vai trīs mazo burtu kodus, piemēram, lv, lt, en
config-language-twice = valoda `{ $lang }` sarakstā `languages` minēta divreiz
config-language-twice-hint = norādiet katru valodu vienu reizi
config-paginate-by = `paginate_by` ir { $value }; tam jābūt vismaz 1
config-paginate-by-hint = norādiet, cik jaunumu rāda viena saraksta lapa, piem., 10
config-end-before-start = project.end ({ $end }) ir pirms project.start ({ $start })
config-end-before-start-hint = pārbaudiet projekta datumus
config-erdf-above-budget = project.erdf_eur ir lielāks par project.budget_eur
config-erdf-above-budget-hint = ERAF finansējums ir daļa no kopējā budžeta
config-amount-negative = { $key } jābūt summai, kas nav negatīva
config-amount-hint = rakstiet to kā skaitli, piem., 705573.37 vai 705 573,37
config-widths = images.widths [{ $widths }] jānorāda platumi no 16 līdz 8192
config-widths-hint = uzskaitiet platumus pikseļos, kādos tiek saglabāts katrs attēls, piem., widths: [480, 960, 1600]
config-quality = images.quality { $value } nav robežās no 1 līdz 100
config-quality-hint = 80 ir labs līdzsvars starp izmēru un kvalitāti
config-tag-no-letters = birkai `{ $tag }` sarakstā `tags` nav neviena burta vai cipara
config-tag-no-letters-hint = birka ir vārds vai divi, piem. Semināri: Seminarai
config-tag-language = `tags: { $tag }` nosauc valodu `{ $lang }`, kas nav neviena no vietnes pārējām valodām
config-tag-language-hint = katrai noklusējuma valodas birkai norādiet tās vārdu pārējās valodās, piem. Semināri: {"{"}lt: Seminarai{"}"}
config-no-text = `{ $key }` nav teksta valodā `{ $lang }`
config-no-text-hint = norādiet tekstu katrai valodai, piem., {"{"}lv: ..., lt: ...{"}"}

## Faila galvene.

front-lang-key = `{ $key }` nav atslēga: teksta valoda ir tā faila nosaukuma piedēklis (`.lv.md`, `.lt.md`)
front-lang-key-hint = izdzēsiet rindu `{ $key }:`; šis fails ir valodā `{ $lang }`, jo tā nosaukums beidzas ar `.{ $lang }.md` (lai mainītu valodu, pārdēvējiet failu)

## Paraugi, kas palikuši no herald init un herald new.

placeholder-value = `{ $key }` joprojām ir herald ierakstītais paraugs “{ $value }”
placeholder-value-hint = aizstājiet to ar sava projekta tekstu
placeholder-text = teksts joprojām ir herald ierakstītais paraugs: “{ $value }”
placeholder-text-hint = tā vietā uzrakstiet jaunuma tekstu (vai izdzēsiet failu, ja tas nav vajadzīgs)

## herald new

new-title-to-translate = virsraksts “{ $title }” ir vienāds visu valodu failos: uzrakstiet šī faila virsrakstu tā valodā
new-title-to-translate-hint = mainiet rindu `title:`; faila nosaukums un adrese paliek tādi paši

## Jaunumi.

item-no-date = šim jaunumam nav `date`
item-no-date-hint = pievienojiet faila galvenei `date: YYYY-MM-DD` (jaunuma dienu)
item-no-date-translation-hint = pievienojiet `date: YYYY-MM-DD` šeit vai šī jaunuma `{ $lang }` versijai, no kuras to manto tulkojumi
item-no-date-sibling-hint = šķiet, tā `{ $lang }` versija ir { $file }, citā mapē vai ar citu nosaukumu: tulkojumiem jābūt vienā mapē ar vienādu nosaukumu (index.lv.md blakus index.lt.md); pārvietojiet šo failu uz { $target } vai pievienojiet `date: YYYY-MM-DD` šeit

## Tulkojumi (check).

translation-missing-item = šim jaunumam nav `{ $lang }` tulkojuma
translation-missing-page = šai lapai nav `{ $lang }` tulkojuma
translation-missing-home = sākumlapas ievadam nav `{ $lang }` tulkojuma
translation-missing-section = šai sadaļai nav `{ $lang }` tulkojuma
translation-hint-default-item = uzrakstiet { $file } ar virsrakstu, tekstu un `date:` (tulkojumi datumu, vāka attēlu un galeriju ņem no `{ $default }` versijas)
translation-hint-page = uzrakstiet { $file } ar virsrakstu un tekstu
translation-hint-item = uzrakstiet { $file }: pietiek ar virsrakstu un tekstu, datums, vāka attēls un galerija tiek ņemti no `{ $default }` versijas
translation-on-purpose = { $hint }; vai, ja tas apzināti tiek publicēts vienā valodā, pievienojiet tā galvenei `translate: false`
translation-hint-index = uzrakstiet { $file } ar virsrakstu valodā { $lang } (un slug)
translation-date-differs = datums { $own } atšķiras no datuma { $theirs } failā { $file }
translation-date-differs-hint = noņemiet `date:` šeit: tulkojums ņem `{ $default }` versijas datumu
translation-gallery-differs = galerijā ir citi attēli vai video nekā galerijā failā { $file }
translation-gallery-differs-hint = uzskaitiet tos pašus attēlus un video (alternatīvos tekstus un parakstus šajā valodā; secība ir `{ $default }` versijas), vai noņemiet `gallery:`, lai rādītu `{ $default }` versijas galeriju

## Kopsavilkumi un datumi (check).

summary-missing = šim jaunumam nav kopsavilkuma
summary-missing-hint = uzrakstiet vienu vai divus teikumus aiz `summary:` vai sāciet tekstu ar rindkopu: to rāda saraksti, plūsmas un sociālie tīkli
date-future = datums { $date } ir nākotnē
date-future-hint = pārbaudiet gadu: `herald build` aiztur jaunumu līdz tai dienai (`--future` to publicē uzreiz)

## terminal: rindas, ko herald izdrukā bez atradumiem (build, progresa josla, --lang).

cli-lang-unknown = herald prot valodas lv, lt un en, nevis “{ $value }”
cli-lang-list = --lang izvēlas herald ziņojumu valodu (lv, lt vai en), nevis “{ $value }”; jaunas vietnes valodas norāda ar --languages { $value }
label-note = piezīme
count-files = { $count ->
    [zero] { $count } failu
    [one] { $count } fails
   *[other] { $count } faili
}
count-pages = { $count ->
    [zero] { $count } lapu
    [one] { $count } lapa
   *[other] { $count } lapas
}
count-languages = { $count ->
    [zero] { $count } valodās
    [one] { $count } valodā
   *[other] { $count } valodās
}
count-pdfs = { $count ->
    [zero] { $count } PDF failu
    [one] { $count } PDF fails
   *[other] { $count } PDF faili
} (izveidoti: { $rendered }, no kešatmiņas: { $cached })
build-done = Vietne uzbūvēta { $languages } ({ $list }) { $seconds } s laikā: { $counts } -> { $out }
build-up-to-date = Kopš pēdējā būvējuma nekas nav mainījies: { $out } ir aktuāla ({ $files }, pārbaudīts { $seconds } s laikā; ar --force būvē tik un tā)
build-scheduled = Ieplānots: { $count ->
    [zero] { $count } jaunumi ar nākotnes datumu tiek aizturēti
    [one] { $count } jaunums ar nākotnes datumu tiek aizturēts
   *[other] { $count } jaunumi ar nākotnes datumu tiek aizturēti
}; nākamā publicēšanas diena ir { $next } (būvējums tajā dienā vai vēlāk to publicē; --future tos publicē uzreiz)
build-pictures = Attēli: { $count } (apstrādāti: { $processed }, no kešatmiņas { $dir }: { $cached })
build-failed = Būvēšana neizdevās ({ $count ->
    [zero] { $count } kļūdu
    [one] { $count } kļūda
   *[other] { $count } kļūdas
}); iepriekš uzbūvētā vietne (ja tāda ir) nav mainīta.
progress-pictures = Attēli

## Kāpēc operētājsistēma atteica darbību ar failu (katrs ziņojums, kas nosauc iemeslu).

io-not-found = šāda faila vai mapes nav
io-permission-denied = herald nav piekļuves tiesību to lasīt vai mainīt
io-already-exists = šāds fails vai mape jau ir
io-is-a-directory = šis ceļš ir mape, nevis fails
io-not-a-directory = daļa no ceļa ir fails, nevis mape
io-directory-not-empty = mape nav tukša
io-read-only = disks ir tikai lasāms
io-storage-full = disks ir pilns
io-quota = jūsu diska kvota ir izlietota
io-file-too-large = fails ir par lielu šim diskam
io-busy = to izmanto cita programma
io-crosses-devices = to nevar pārvietot uz citu disku
io-invalid-filename = sistēma neatļauj šādu nosaukumu (pārāk garš vai ar aizliegtu rakstzīmi)
io-too-many-links = ceļā ir pārāk daudz saišu
io-invalid-data = saturu nevar nolasīt
io-unexpected-eof = fails beidzas par agru
io-timed-out = sistēma gaidīja pārāk ilgi
io-addr-in-use = šo adresi un portu izmanto cita programma
io-addr-not-available = šim datoram nav šādas adreses
io-out-of-memory = datoram beigusies atmiņa
io-link-loop = simboliskā saite ved atpakaļ uz mapi, kurā tā atrodas
io-other = sistēma saka: { $detail }

## Komandrinda: `--help` un iebildumi pret ierakstīto rindu (clap teksti, mūsu vārdiem).

cli-usage = Lietošana
cli-commands = Komandas
cli-arguments = Argumenti
cli-options = Opcijas
cli-options-placeholder = OPCIJAS
cli-command-placeholder = KOMANDA
cli-default = noklusējums: { $value }
cli-values = iespējamās vērtības: { $values }
cli-values-long = Iespējamās vērtības:
cli-herald-about = Divvalodu statiskas vietnes ES pārrobežu projektiem, ar obligātajiem ES publicitātes tekstiem
cli-herald-about-long =
    Divvalodu statiskas vietnes ES pārrobežu projektiem, ar obligātajiem ES publicitātes tekstiem.

    Sāciet ar `herald init mana-vietne`, pievienojiet ziņas ar `herald new "Virsraksts"`, pārbaudiet ar `herald check` un publicējiet ar `herald build`.
cli-arg-lang = herald ziņojumu valoda: lv, lt vai en [noklusējums: HERALD_LANG, citādi sistēmas valoda, citādi en]. Jebkurā rindas vietā: `herald check --lang lv`
cli-arg-help = Parāda palīdzību
cli-arg-help-more = Parāda palīdzību (vairāk ar '--help')
cli-arg-help-long = Parāda palīdzību (īsāk ar '-h')
cli-arg-version = Parāda versiju
cli-version-commit = { $version } (pirmkoda revīzija { $commit })
cli-version-commit-dated = { $version } (pirmkoda revīzija { $commit }, { $date })
cli-arg-root = Vietnes mape (tajā ir site.yaml un content/)
cli-help-about = Parāda šo palīdzību vai norādītās komandas palīdzību
cli-value-lang = VALODA
cli-value-root = MAPE
cli-value-out = MAPE
cli-value-base_url = ADRESE
cli-value-format = FORMĀTS
cli-value-timeout = SEKUNDES
cli-value-concurrency = SKAITS
cli-value-max_picture_mb = MB
cli-value-allow = KODS
cli-value-dir = MAPE
cli-value-languages = VALODAS
cli-value-title = VIRSRAKSTS
cli-value-port = PORTS
cli-value-bind = ADRESE
cli-value-shell = ČAULA
cli-value-new-what = VIRSRAKSTS|CEĻŠ
cli-value-schema-what = KURA
cli-value-explain-what = KODS
cli-build-about = Uzbūvē vietni mapē public/ (vai --out)
cli-build-out = Kur rakstīt vietni [noklusējums: <root>/public]
cli-build-base_url = Aizstāj site.yaml base_url (piemēram, priekšskatījuma publicēšanai)
cli-build-drafts = Iekļauj lapas ar `draft: true`
cli-build-future = Publicē nākotnes datuma ziņas jau tagad (bez šīs opcijas tās gaida savu dienu)
cli-build-force = Būvē arī tad, ja kopš pēdējās būvēšanas tajā pašā mapē nekas nav mainījies
cli-cms-about = Uzraksta pārlūka redaktora konfigurāciju: static/admin/config.yml (no site.yaml un content/; jūsu iestatījumi virs tās herald rindas paliek) un, ja tā vēl nav, static/admin/index.html. Pēc tam `herald serve` ļauj rediģēt vietni adresē <adrese>/admin/
cli-serve-about = Priekšskatījums ar automātisku atjaunošanu: būvē atmiņā (ar melnrakstiem un nākotnes datuma ziņām), rāda to adresē 127.0.0.1 un pārbūvē pēc katras saglabāšanas
cli-serve-port = Ports, kurā klausīties; ja tas ir aizņemts, tiek ņemts nākamais brīvais (0: jebkurš brīvs ports)
cli-serve-bind = Adrese, kurā klausīties; 0.0.0.0, lai priekšskatītu no telefona tajā pašā tīklā
cli-serve-open = Atver vietni noklusējuma pārlūkā
cli-serve-cms_on_network = Ļauj pārlūka redaktoram (/admin/) saglabāt failus arī tad, ja --bind nav lokālā adrese: to varētu ikviens, kas sasniedz šo datoru un uzzina sesijas adresi
cli-check-about = Pārbauda vietni, to neierakstot: visu, ko pārbauda build, un arī saites, enkurus, tulkojumus, ES publicitātes tekstus, attēlus un saturu
cli-check-about-long =
    Pārbauda vietni, to neierakstot: visu, ko pārbauda build, un arī saites, enkurus, tulkojumus, ES publicitātes tekstus, attēlus un saturu.

    Izejas kods: 0, ja viss kārtībā (brīdinājumi atļauti), 1, ja atrastas kļūdas (vai brīdinājumi ar --strict), 2, ja vietni nevar nolasīt vispār.
cli-check-format = Kā izdrukāt atradumus
cli-check-format-human = `fails:rinda:kolonna: kļūda[H012]: ziņojums` un padoms, terminālī krāsaini
cli-check-format-github = GitHub Actions anotācijas (`::error file=...,line=...::ziņojums`)
cli-check-format-json = Viens JSON objekts katram atradumam, katrs savā rindā
cli-check-strict = Beidz ar kļūdu (izejas kods 1) arī brīdinājumu dēļ
cli-check-external = Pārbauda arī tīmekļa adreses ārpus vietnes (vajag internetu)
cli-check-timeout = Ar --external: cik sekundes gaidīt katru adresi
cli-check-concurrency = Ar --external: cik adreses vaicāt vienlaikus
cli-check-max_picture_mb = Brīdina par attēliem, kas smagāki par tik megabaitiem
cli-check-allow = Neziņo par šo pārbaudi (kods vai nosaukums, piemēram, H040 vai missing-translation); var norādīt vairākas reizes
cli-check-base_url = Pārbauda vietni tā, it kā tā būtu uzbūvēta ar šo base_url
cli-check-drafts = Pārbauda arī lapas ar `draft: true`
cli-init-about = Izveido jaunu vietni mapē: site.yaml ar komentāriem un vienu ziņas piemēru katrā valodā
cli-init-about-long =
    Izveido jaunu vietni mapē: site.yaml ar komentāriem un vienu ziņas piemēru katrā valodā.

    Mapei jābūt tukšai vai vēl neesošai. Tēma un teksti nāk no paša herald.
cli-init-dir = Jaunās vietnes mape
cli-init-languages = Vietnes valodas, noklusējuma valoda pirmā
cli-init-cms = Sagatavo arī pārlūka redaktoru (static/admin/, kā to dara `herald cms`)
cli-new-about = Izveido ziņu vai lapu katrā valodā: `herald new "Virsraksts"` (ziņa) vai `herald new news/atklasana` (ceļš zem content/; `/par-mums` augšējā līmeņa lapai)
cli-new-about-long =
    Izveido ziņu vai lapu katrā valodā: `herald new "Virsraksts"` (ziņa) vai `herald new news/atklasana` (ceļš zem content/; `/par-mums` augšējā līmeņa lapai).

    Izdrukā izveidoto failu ceļus; nekad nepārraksta esošu failu.
cli-new-what = Virsraksts (ziņa mapē content/news/, kā lapas mape) vai ceļš zem content/, ja tajā ir `/`
cli-new-languages = Kurās valodās izveidot [noklusējums: visās vietnes valodās]
cli-new-bundle = Izveido lapas mapi: mapi ar index.<valoda>.md, lai attēli būtu blakus tekstam
cli-new-title = Virsraksts, ja pirmais arguments ir ceļš [noklusējums: no nosaukuma]
cli-schema-about = Izdrukā JSON shēmu failam site.yaml, lapas ievaddaļai (front matter) vai sadaļas `_index` ievaddaļai, redaktoriem, kas pārbauda YAML rakstīšanas laikā
cli-schema-what = Kura faila shēma
cli-schema-what-site = site.yaml
cli-schema-what-page = Lapas vai ziņas ievaddaļa (front matter)
cli-schema-what-section = Sadaļas vai sākumlapas `_index.<valoda>.md` ievaddaļa
cli-explain-about = Paskaidro, ko nozīmē `herald check` kods un kā to labot: `herald explain H012` vai `herald explain missing-alt`; `--all` visiem kodiem
cli-explain-what = Kods (H012) vai tā nosaukums (missing-alt)
cli-explain-all = Paskaidro visus kodus
cli-explain-format = `markdown` kopā ar --all: kodu tabula dokumentācijai
cli-explain-format-text = Teksts terminālim
cli-explain-format-markdown = Kodu tabula Markdown formātā (ar --all)
cli-completions-about = Izdrukā čaulas automātiskās pabeigšanas skriptu
cli-completions-about-long =
    Izdrukā čaulas automātiskās pabeigšanas skriptu.

    Piemēram, `herald completions bash > ~/.local/share/bash-completion/completions/herald`
cli-completions-shell = Čaula: bash, zsh, fish, elvish vai powershell
cli-error-subcommand = herald nav komandas “{ $value }”
cli-error-subcommand-hint = komandas: { $commands }
cli-error-subcommand-missing = `{ $command }` vajag komandu
cli-did-you-mean = vai domājāt `{ $suggestion }`?
cli-error-argument = `{ $command }` nepieņem “{ $value }”
cli-escape = lai “{ $value }” būtu vērtība, rakstiet `-- { $value }`
cli-error-value-missing = `{ $option }` vajag vērtību
cli-error-value-invalid = “{ $value }” nav `{ $option }` vērtība
cli-error-value-list = rakstiet vienu no šīm: { $values }
cli-error-value-wrong = “{ $value }” neder opcijai `{ $option }`
cli-expect-port = rakstiet porta numuru no 0 līdz 65535, piemēram, 1111
cli-expect-whole = rakstiet veselu skaitli, piemēram, 8
cli-expect-number = rakstiet skaitli, piemēram, 10 vai 2,5
cli-expect-address = rakstiet IP adresi, piemēram, 127.0.0.1 vai 0.0.0.0
cli-error-missing = `{ $command }` vajag { $what }
cli-error-twice = `{ $option }` norādīta divreiz: norādiet to vienreiz
cli-error-conflict = `{ $option }` nevar norādīt kopā ar `{ $other }`
cli-error-value-extra = `{ $option }` pieņem vienu vērtību: “{ $value }” ir lieka
cli-error-other = herald nevarēja nolasīt komandrindu ({ $detail })
cli-usage-hint = lietošana: `{ $usage }`; vairāk saka `{ $command } --help`

## init

init-no-languages = --languages vajag vismaz vienu valodas kodu, piemēram, --languages lv,lt
init-is-file = { $dir } ir fails; norādiet mapi jaunajai vietnei
init-not-empty = { $dir } nav tukša; herald init veido jaunu vietni tikai tukšā vai jaunā mapē
init-not-empty-hint = izvēlieties jaunas mapes nosaukumu, piemēram, herald init mana-vietne
init-done = Vietne izveidota mapē { $dir }. Tālāk aizpildiet site.yaml, tad palaidiet `herald check --root { $dir }` un `herald build --root { $dir }`.
write-failed = nevar ierakstīt { $file }: { $error }

## new

new-not-site-language = `{ $lang }` nav neviena no vietnes valodām ({ $languages })
new-no-name = no `{ $what }` nevar izveidot faila nosaukumu: norādiet virsrakstu ar burtiem vai cipariem, piemēram, herald new "Projekta noslēguma konference"
new-not-a-path = `{ $what }` nav ceļš mapē content/: rakstiet to kā sadaļa/nosaukums, piemēram, news/kick-off, vai /about augšējā līmeņa lapai
new-reserved-name = `{ $name }` ir lapas mapes vai sadaļas paša faila nosaukums: nosauciet lapu, piemēram, news/kick-off
new-exists = { $file } jau ir; herald new nekad nepārraksta failu
new-exists-hint = labojiet šo failu vai izvēlieties citu nosaukumu

## cms

cms-wrote = Ierakstīts { $file }
cms-kept = Atstāts { $file } (jūsu fails; izdzēsiet to, lai saņemtu herald failu)
cms-next = Rediģējiet vietni pārlūkā: palaidiet `herald serve` un atveriet tā adresi ar /admin/ beigās.
cms-typed = Faila { $file } galerija saglabāta vienuviet, kā to glabā redaktors: noklusējuma valodas fails uzskaita attēlus un video to secībā, katram tā veidu (`type:`) un tekstus katrā valodā (`alt: {"{"}lv: ..., lt: ...{"}"}`); tulkojumi to pārņem
cms-untyped = herald nevarēja pārrakstīt faila { $file } galeriju (tā sākuma daļu nevarēja nolasīt kā lapu): uzrakstiet katru ierakstu kā `- type: image`, `image:`, `alt: {"{"}lv: ..., lt: ...{"}"}` paši vai izlabojiet failu un palaidiet `herald cms` vēlreiz; citādi redaktors ierakstus neatver
cms-position-not-kept = Brīdinājums: { $file } attēlā { $image } redzamo daļu nosaka `position: { $own }` tikai savā valodā. Galerija tagad glabājas vienuviet, un visās valodās ir { $kept }: apskatiet attēlu šīs valodas lapā un, ja tas apgriezts slikti, mainiet `position:` noklusējuma valodas failā.
cms-position-none = bez `position:` (redzams viss attēls)

## serve

serve-cms-on-network = redaktors /admin/ var saglabāt failus, un --bind { $bind } ļauj tam piekļūt no citiem datoriem; ikviens šajā tīklā, kas uzzina tā adresi, var mainīt vietni. Izmantojiet to tikai tīklā, kuram uzticaties.
serve-cms-off = redaktors /admin/ ir izslēgts, jo --bind { $bind } ir sasniedzams no citiem datoriem (pievienojiet --cms-on-network, lai to tomēr ieslēgtu)
serve-cannot-start = nevar palaist priekšskatījuma serveri: { $error }
serve-no-free-port = nav brīva porta ({ $error }); izvēlieties citu ar --port
serve-cannot-watch = nevar sekot vietnes izmaiņām ({ $error }); lai redzētu izmaiņas, palaidiet no jauna
serve-listening = Vietne ir redzama adresē { $url } (ar melnrakstiem un nākotnes datuma jaunumiem); lai apturētu, nospiediet Ctrl-C.
serve-cms-at = Rediģējiet to pārlūkā adresē { $url } (pēc `herald cms`).
serve-stopped = Apturēts. Izvades mape netika skarta.
serve-rebuilt = Pārbūvēts { $ms } ms laikā (Markdown faili: { $bodies }, lapas: { $pages }, mainītie izvades faili: { $changed }); pārlādes ziņa nosūtīta { $since } ms pēc izmaiņām
serve-keeps-last = Priekšskatījums turpina rādīt pēdējo veiksmīgo būvējumu.
serve-error-title = herald: vietni nevar uzbūvēt
serve-error-note = Lapa rāda pēdējo veiksmīgo būvējumu. Šis ziņojums pazudīs, kad fails būs izlabots.
serve-not-found = Nav atrasts
serve-get-only = Priekšskatījums tikai rāda vietni: tas atbild uz GET un HEAD pieprasījumiem.
serve-file-removed = Šis fails tikko izdzēsts.
serve-pdf-failed = PDF nevar izveidot: { $error }
serve-watch-lost = Sistēma nepaziņoja par visām izmaiņām: atkal seko visām mapēm un pārbūvē visu.
serve-watch-removed = { $dir }/ ir izdzēsta; herald tai atkal sekos, kad tā būs atpakaļ.
serve-watch-replaced = { $dir }/ ir aizstāta: seko jaunajai mapei un pārbūvē visu.
serve-watch-appeared = { $dir }/ ir izveidota: seko tai un pārbūvē visu.
serve-watch-failed = nevar sekot mapes { $dir }/ izmaiņām ({ $error }): tās labojumi būs redzami pēc herald serve restartēšanas.
serve-watch-limit = sistēma vairāk mapju neuzrauga (sasniegts tās ierobežojums; Linux sistēmā palieliniet fs.inotify.max_user_watches)
serve-cms-refused = redaktora saglabāšana tika atteikta: { $reason }
serve-cms-page-off = Redaktors ir izslēgts: `herald serve` klausās tīklā (--bind). Pievienojiet --cms-on-network, lai to tomēr izmantotu.
build-waiting = Cits herald būvējums pašlaik raksta mapē { $out }; gaida, līdz tas beigsies...
serve-cms-wrong-host = redaktors atbild tikai adresē 127.0.0.1:{ $port } vai localhost:{ $port }, nevis `{ $host }`
serve-cms-other-site = pieprasījums no citas vietnes ({ $origin }) nedrīkst mainīt šo vietni
serve-cms-json-only = redaktora aizmugursistēma lasa tikai JSON pieprasījumus
# Vietējās aizmugursistēmas atteikumi, ko pārlūka redaktors parāda, kad saglabāšana atteikta.
serve-cms-no-field = pieprasījumā nav `{ $key }`
serve-cms-not-json = pieprasījums nav JSON formātā: { $error }
serve-cms-unknown-action = herald vietējā aizmugursistēma neatbild uz `{ $action }` (tā saglabā uzreiz, bez redakcionālās darba plūsmas)
serve-cms-post-only = redaktora aizmugursistēma atbild tikai uz POST pieprasījumiem
serve-cms-session-ended = šī redaktora sesija ir beigusies vai adrese ir nepareiza: pārlādējiet redaktora lapu
serve-cms-outside = `{ $path }` atrodas ārpus mapēm content/ un static/: redaktors drīkst lasīt un saglabāt failus tikai tur
serve-cms-symlink = ceļš `{ $path }` ved caur simbolisko saiti: redaktors saitēm neseko
# Valoda, kā to nosauc serve-cms-one-language (“tikai … valodā”).
serve-cms-lang-name = { $lang ->
    [lv] latviešu
    [lt] lietuviešu
    [en] angļu
   *[code] „{ $lang }“
}
serve-cms-one-language = šis ieraksts ir uzrakstīts tikai { $language } valodā, un tā virsraksts kreisajā pusē ir piezīme, kas to norāda. Lai pievienotu versiju šajā valodā, piezīmes vietā ierakstiet tās virsrakstu; citādi atstājiet kreiso pusi, kāda tā bija (teksts { $language } valodā ir labajā pusē). Nekas netika saglabāts
serve-cms-no-front-matter = failam `{ $path }` nav galvenes, ko redaktors varētu mainīt; nekas netika saglabāts
serve-cms-changed-on-disk = fails `{ $path }` ir mainīts datorā pēc tam, kad redaktors to atvēra, tāpēc tas netika pārrakstīts: pārlādējiet šo lapu, lai redzētu jauno versiju, un tad veiciet savas izmaiņas vēlreiz
serve-cms-exists = fails `{ $path }` jau pastāv, un redaktors to nav atvēris, tāpēc tas netika pārrakstīts: izvēlieties citu virsrakstu (vai adresi) vai atveriet esošo
serve-cms-move-taken = fails `{ $to }` jau pastāv, tāpēc `{ $from }` netika tur pārvietots
serve-cms-picture-damaged = attēls `{ $path }` tika saņemts bojāts ({ $error }); pievienojiet to vēlreiz
serve-cms-cannot-read = nevar nolasīt `{ $path }`: { $error }
serve-cms-cannot-save = nevar saglabāt `{ $path }`: { $error }
serve-cms-cannot-move = nevar pārvietot `{ $path }`: { $error }
serve-cms-cannot-delete = nevar izdzēst `{ $path }`: { $error }
http-busy = Pārāk daudz savienojumu; mēģiniet vēlreiz.
http-headers-too-large = Pieprasījuma galvenes ir pārāk lielas.
http-too-slow = Pieprasījums pienāca pārāk ilgi.
http-unreadable = Pieprasījumu nevar nolasīt.
http-too-large = Pieprasījums ir pārāk liels.
http-failed = herald neizdevās atbildēt uz šo pieprasījumu; iemesls ir redzams terminālī.
## content

file-unreadable = failu nevar nolasīt: { $reason }
content-changed-during-build = šis fails tika mainīts, kamēr vietne tika veidota
content-changed-during-build-hint = herald veido vietni no failiem, kādi tie bija veidošanas sākumā; tagad, kad fails ir saglabāts, veidojiet vietni vēlreiz
content-empty-file-hint = fails ir tukšs: sāciet to ar galvenes bloku:
    {"  "}---
    {"  "}title: ...
    {"  "}---
content-no-front-matter = failam nav galvenes (front matter)
content-no-front-matter-hint = sāciet failu ar rindu `---`, tad galvene (title: ...), tad vēl viena rinda `---`, tad teksts
content-front-matter-unclosed = faila galvene nekad netiek aizvērta
content-front-matter-unclosed-hint = pievienojiet rindu `---` aiz galvenes pēdējās atslēgas, pirms teksta
content-date-month-days = mēnesī { $month } ir { $days ->
    [zero] { $days } dienas
    [one] { $days } diena
   *[other] { $days } dienas
}: izlabojiet dienu, rakstot `date: YYYY-MM-DD`
content-date-hint = rakstiet dienu kā `date: YYYY-MM-DD`, piem., `date: 2021-02-18`
content-updated = `updated`: { $problem }
content-title-empty = virsraksts ir tukšs
content-title-empty-hint = uzrakstiet lapas virsrakstu aiz `title:`
content-focal-point = `{ $key }: { $value }` nav attēla daļa, ko herald saprot
content-focal-point-hint = rakstiet top, center, bottom, left vai right, vai divus procentus no kreisās malas un no augšas, piem., "50% 20%"
content-tag-no-letters = birkai `{ $tag }` nav neviena burta vai cipara, tāpēc tai nevar būt lapas
content-tag-no-letters-hint = rakstiet katru birku kā vārdu vai divus, piem., tags: [Semināri, Jaunieši]
content-gallery-both = galerijas { $entry }. ierakstā ir gan `image`, gan `video`
content-gallery-neither = galerijas { $entry }. ierakstā nav ne `image`, ne `video`
content-gallery-picture-title = galerijas { $entry }. ieraksts ir attēls, bet tam ir `title` (attēliem raksta `alt` un `caption`)
content-gallery-video-alt = galerijas { $entry }. ieraksts ir video, bet tam ir `alt` (video raksta `title`)
content-gallery-picture-poster = galerijas { $entry }. ieraksts ir attēls, bet tam ir `poster` (priekšskatījuma attēls ir tikai video)
content-gallery-entry-hint = katrs galerijas ieraksts ir vai nu {"{"}image: photo.jpg, alt: ..., caption: ...{"}"}, vai {"{"}video: https://..., title: ...{"}"}
content-gallery-type = galerijas { $entry }. ierakstā ir `type: { $kind }`, kas nesaka, kas tas ir: attēlam ir `type: image`, video – `type: video`
content-gallery-type-hint = pārlūka redaktors `type` raksta pats; ar roku rakstiet `type: image` blakus `image:`, `type: video` blakus `video:` vai neierakstiet `type` nemaz
content-event-start = pasākuma sākums: { $problem }
content-event-end = pasākuma beigas: { $problem }
content-event-hint = rakstiet event: {"{"}start: 2025-02-18 10:00, end: 2025-02-18 13:00, place: Jelgavā{"}"}; tikai dienu (2025-02-18) pasākumam, kas ilgst veselas dienas
content-event-end-before-start = pasākums beidzas ({ $end }) pirms tas sākas ({ $start })
content-event-end-before-start-hint = pārbaudiet `end:` dienu un laiku (vai noņemiet to vienas dienas pasākumam)
content-event-place-empty = pasākuma vieta ir tukša
content-event-place-empty-hint = uzrakstiet, kur tas notiek (place: Jelgavā), vai noņemiet `place:`
content-no-folder = nav mapes content/
content-no-folder-hint = izveidojiet content/ vietnes saknes mapē un ievietojiet tajā jaunumus kā Markdown failus
content-stray = { $name } izskatās pēc lapas, bet netiek nolasīts kā lapa, tāpēc netiek publicēts
content-stray-copy-hint = tas izskatās pēc { $meant } kopijas: izdzēsiet to vai, lai to paturētu, pārvietojiet ārpus vietnes mapes
content-stray-rename-hint = pārdēvējiet to par { $meant } (lapas sauc nosaukums.<valoda>.md, ar mazajiem burtiem, bez atstarpēm ap nosaukumu)
content-unknown-language = `{ $lang }` faila nosaukumā nav neviena no vietnes valodām ({ $languages })
content-unknown-language-hint = pārdēvējiet failu par { $stem }.<valoda>.md ar vienu no: { $languages }, vai pievienojiet `{ $lang }` sarakstam `languages` failā site.yaml
content-two-languages = faila nosaukums `{ $name }` min valodu divreiz (`{ $first }`, tad `{ $lang }`): herald nevar zināt, kurā valodā ir lapa
content-two-languages-hint = šādu failu raksta pārlūka redaktors tiešsaistē (Decap CMS), ja tur saglabā ziņu, kas uzrakstīta tikai vienā valodā. Pārceliet tā papildinājumus uz { $base }.{ $first }.md (vai, kā `{ $lang }` versiju, uz { $base }.{ $lang }.md) un izdzēsiet šo failu; ziņas tikai vienā valodā rediģējiet `herald serve` (docs/cms.md)

## config

config-unreadable = site.yaml nevar nolasīt: { $reason }
config-missing-hint = herald vajag site.yaml vietnes saknes mapē ({ $root }); palaidiet `herald init`, lai to izveidotu, vai norādiet --root
# $key is `base_url` (site.yaml) or `--base-url` (the command line); $problem is one of base-url-*.
config-base-url = { $key } `{ $url }` { $problem }
config-base-url-hint = rakstiet tikai adresi, kurā vietne tiks publicēta, kā to rāda pārlūks, piem., https://example.org/octopus/ (bez ?, #, lietotājvārda vai atstarpēm)
base-url-not-absolute = nav pilna http(s) adrese (tai jāsākas ar https:// vai http://)
base-url-space = satur atstarpi vai neredzamu rakstzīmi ({ $character })
base-url-query = satur vaicājumu (daļu no `?`), kas nonāktu katras saites vidū
base-url-fragment = satur fragmentu (daļu no `#`), kas nonāktu katras saites vidū
base-url-backslash = satur atpakaļvērsto slīpsvītru, kas nonāktu katras saites vidū
base-url-user = nosauc lietotāju (daļu pirms `@`), kas novirzītu lasītājus citur
base-url-no-host = aiz `://` nav servera nosaukuma
base-url-bad-host = servera nosaukuma vietā ir `{ $host }`, kas nav servera nosaukums
base-url-port = tajā ir ports (aiz `:`), kas nav skaitlis līdz 65535
config-reviewed-before-prepared = accessibility.reviewed ({ $reviewed }) ir pirms accessibility.prepared ({ $prepared })
config-reviewed-before-prepared-hint = `prepared` ir diena, kad paziņojums pirmo reizi uzrakstīts, `reviewed` – tā pēdējās pārskatīšanas diena
config-contact-empty = accessibility.contact nav ne e-pasta, ne tālruņa, ne url
config-contact-empty-hint = dodiet apmeklētājiem iespēju ziņot par problēmām, piem., contact: {"{"}email: piekluustamiba@example.lv{"}"}
config-not-http = { $key } `{ $url }` nav http(s) adrese
config-not-http-hint = rakstiet pilnu adresi, kas sākas ar https://

## source

source-not-utf8 = fails nav UTF-8 teksts (baitu { $byte } nevar nolasīt)
source-not-utf8-hint = visticamāk, tas saglabāts Windows kodu lapā, piem., Windows-1257 (Baltijas); atveriet to redaktorā un saglabājiet vēlreiz ar kodējumu "UTF-8"
source-escaped-control = teksts pēdiņās ar atpakaļvērsto slīpsvītru veido neredzamu vadības rakstzīmi ({ $character }); to nedrīkst saturēt neviena tīmekļa lapa vai plūsma
source-escaped-control-hint = izdzēsiet no teksta atpakaļvērsto slīpsvītru un to, kas tai seko (piem., \0, \x01 vai \u001B)
source-nul = tekstā ir NUL rakstzīme ({ $character }), ko nedrīkst saturēt neviena tīmekļa lapa vai plūsma
source-control = tekstā ir neredzama vadības rakstzīme ({ $character }), ko nedrīkst saturēt neviena tīmekļa lapa vai plūsma
source-control-hint = izdzēsiet to: šādas rakstzīmes ienāk ar tekstu, kas kopēts no PDF vai citām programmām; pārrakstiet vārdus norādītajā rindā un kolonnā. Ja fails ir to pilns, tas saglabāts kā UTF-16: saglabājiet to vēlreiz ar kodējumu "UTF-8"
source-when-invalid = `{ $value }` nav derīga diena vai laiks: rakstiet YYYY-MM-DD (piem., 2025-02-18) vai dienu un laiku, YYYY-MM-DD HH:MM (piem., 2025-02-18 10:00), vietējā laikā (Rīga, Viļņa)

## inputs

inputs-link-outside = simboliskā saite { $link } norāda uz { $target }, ārpus vietnes mapes
inputs-link-outside-hint = herald lasa un publicē tikai failus vietnes mapē: saites vietā iekopējiet failu vai mapi vietnē vai noņemiet saiti
inputs-link-broken = simboliskā saite { $link } norāda uz { $target }, kas neeksistē
inputs-link-broken-hint = noņemiet saiti vai atlieciet atpakaļ failu, ko tā nosauc
inputs-unreadable = nevar nolasīt: { $reason }
inputs-link-loop-hint = šī simboliskā saite norāda atpakaļ uz mapi, kurā tā atrodas: noņemiet saiti
inputs-unreadable-hint = pārbaudiet, vai failu var nolasīt

## markdown

picture-no-alt = attēlam `{ $file }` nav alternatīvā teksta
markdown-no-alt-hint = aprakstiet, kas tajā redzams, apmeklētājiem, kuri to neredz: ![ko attēls rāda]({ $file })
markdown-space-picture = attēls `{ $address }` netiek nolasīts kā attēls: tajā ir atstarpe, tāpēc teksts tiktu publicēts tā, kā uzrakstīts
markdown-space-link = saite `{ $address }` netiek nolasīta kā saite: tajā ir atstarpe, tāpēc teksts tiktu publicēts tā, kā uzrakstīts
markdown-space-hint = rakstiet to kā { $written } (ar < > ap nosaukumu) vai pārdēvējiet failu bez atstarpēm ({ $renamed }) un ierakstiet jauno nosaukumu

## gallery

gallery-not-in-base = `{ $name }` nav faila { $file } galerijā
gallery-not-in-base-hint = tulkojuma galerija norāda tikai { $lang } galerijas failu alternatīvos tekstus un parakstus (vai video nosaukumus); pievienojiet `{ $name }` tur vai izlabojiet nosaukumu
gallery-translation-no-alt = { $count ->
    [zero] galerijas attēliem { $list } nav alternatīvā teksta valodā `{ $lang }`
    [one] galerijas attēlam { $list } nav alternatīvā teksta valodā `{ $lang }`
   *[other] galerijas attēliem { $list } nav alternatīvā teksta valodā `{ $lang }`
}
# $example is a `gallery:` block listing the pictures, one per line.
gallery-translation-no-alt-hint = katram attēlam vajag aprakstu lapas valodā apmeklētājiem, kuri to neredz; faili nāk no { $file }, tāpēc šeit uzskaitiet tikai tekstus:
    { $example }
gallery-no-alt = galerijas attēlam `{ $name }` nav alternatīvā teksta valodā `{ $lang }`
gallery-no-alt-hint = aprakstiet, kas attēlā redzams, apmeklētājiem, kuri to neredz: {"{"}image: { $name }, alt: ..., caption: ...{"}"}
gallery-no-alt-translation-hint = aprakstiet, kas attēlā redzams, apmeklētājiem, kuri to neredz: {"{"}image: { $name }, alt: ..., caption: ...{"}"} (šajā valodā)
gallery-no-alt-by-lang-hint = aprakstiet, kas attēlā redzams, apmeklētājiem, kuri to neredz, katrā alternatīvā teksta valodā: alt: {"{"}{ $lang }: ...{"}"} blakus pārējo valodu tekstiem
content-gallery-text-language = galerijas ieraksts { $entry }: `{ $lang }` tā laukā `{ $key }` nav neviena no vietnes valodām ({ $languages })
content-gallery-text-language-hint = katras valodas tekstu rakstiet zem tās koda ({ $languages }), piem. { $key }: {"{"}lv: ..., lt: ...{"}"}, vai pievienojiet `{ $lang }` site.yaml laukam `languages`
gallery-video-no-id = adresē `{ $url }` nevar atrast video identifikatoru
gallery-video-no-id-hint = nokopējiet adresi no video lapas, piem., https://www.youtube.com/watch?v=dQw4w9WgXcQ vai https://vimeo.com/76979871
gallery-video-unknown = video `{ $url }` nav ne YouTube vai Vimeo adrese, ne .mp4 vai .webm fails
gallery-video-unknown-hint = ierakstiet video YouTube vai Vimeo adresi (https://www.youtube.com/watch?v=...) vai vietējo .mp4/.webm failu; citi servisi netiek atbalstīti, jo tos nevar iegult bez izsekošanas

## images

images-cache-create = attēlu kešatmiņas mapi { $folder } nevar izveidot: { $reason }
images-cache-create-hint = pārbaudiet mapes piekļuves tiesības vai norādiet citu images.cache_dir failā site.yaml
images-unreadable = attēlu { $file } nevar nolasīt: { $reason }
images-unusable = attēlu { $file } nevar izmantot: { $reason }
images-unusable-hint = atveriet to attēlu redaktorā un saglabājiet vēlreiz kā JPEG, PNG vai WebP (vai nokopējiet vēlreiz no turienes, no kurienes tas nāk), vai noņemiet to no lapas
images-library-failed = attēlu apstrādes bibliotēka ar to netika galā ({ $reason })
images-cache-write = attēlu kešatmiņā { $folder } nevar ierakstīt: { $reason }
images-cache-write-hint = pārbaudiet mapes piekļuves tiesības un brīvo vietu diskā vai norādiet citu images.cache_dir
# The kind of file a page names, as the subject of the media-* messages.
media-kind = { $kind ->
    [cover] vāka attēls
    [gallery] galerijas attēls
    [poster] video priekšskatījuma attēls
    [video] video fails
    [og-image] og_image attēls
   *[link] saite vai attēls
}
media-outside = { $what } `{ $name }` ir ārpus vietnes mapes
media-outside-hint = herald publicē tikai vietnes failus: nokopējiet failu blakus Markdown failam (lapas komplekts) vai mapē static/ un norādiet to no turienes
media-missing = { $what } `{ $name }` neeksistē (trūkst { $path })
media-missing-hint = ievietojiet failu blakus Markdown failam (lapas komplekts: <nosaukums>/index.<valoda>.md) vai mapē static/ un rakstiet to kā /name.jpg; pārbaudiet rakstību un lielos/mazos burtus
media-not-picture = { $what } `{ $name }` nav JPEG, PNG vai WebP fails
media-not-picture-hint = saglabājiet attēlu kā .jpg, .png vai .webp
media-other-case = { $what } `{ $name }` nosaukts ar citiem lielajiem/mazajiem burtiem: lapā rakstīts `{ $name }`, fails ir `{ $real }`
media-other-case-hint = tīmekļa serveri atšķir lielos burtus no mazajiem: rakstiet `{ $real }` tieši tā, kā nosaukts fails, vai pārdēvējiet failu

## check: links

links-img-no-alt = attēlam `{ $file }` nav atribūta alt
links-img-no-alt-template-hint = <img> ir veidnē (lapā /{ $path }): pievienojiet alt="..." (alt="" dekoratīvam attēlam)
links-img-no-alt-hint = pievienojiet elementam <img> alt="ko attēls rāda"
links-on-page = (lapā /{ $path })
# $kind is `picture` or `link`; $hint is one of the links-*-hint texts.
links-template-hint = { $kind ->
    [picture] attēlu
   *[link] saiti
} veido šī veidne vai tajā iekļauta daļa; { $hint }
# $on is empty or links-on-page, with a space before it.
links-missing = { $kind ->
    [picture] attēls
   *[link] saite
} `{ $address }` norāda uz { $url }, kur vietnē nekā nav{ $on }
links-missing-hint = saistiet ar citu lapu caur tās Markdown failu (../kick-off/index.lv.md), ar failu blakus šim vai ar mapes static/ failu kā /name.pdf
links-outside-base = { $kind ->
    [picture] attēls
   *[link] saite
} `{ $address }` norāda uz { $url }, ārpus vietnes adreses { $base }{ $on }
links-outside-base-hint = tas nedarbojas, ja vietne tiek publicēta apakšceļā: saistiet ar Markdown failiem un ar mapes static/ /failiem (herald pievieno bāzes ceļu), bet veidnēs lietojiet url(path=...)
links-anchor = saite `{ $address }` norāda uz #{ $fragment }, kas nav lapā { $url }{ $on }
links-anchor-did-you-mean = vai domājāt #{ $fragment }?
links-anchor-hint = virsraksti saņem id no sava teksta (## Par projektu -> #par-projektu), vai arī norādiet to ar ## Virsraksts {"{"}#mans-id{"}"}

## check: pictures

pictures-no-alt-gallery-hint = pievienojiet galerijas ierakstam `alt:`: {"{"}image: { $file }, alt: "ko attēls rāda"{"}"}
pictures-no-alt-hint = aprakstiet attēlu starp kvadrātiekavām: ![ko attēls rāda]({ $file })
pictures-alt-is-file-name = attēla `{ $file }` alternatīvais teksts ir tā faila nosaukums
pictures-alt-is-file-name-hint = uzrakstiet, ko attēls rāda, lasītājam, kurš to neredz, piem., "Seniori Panemunēles centra atklāšanā"
pictures-unused = attēls { $file } netiek izmantots nevienā lapā
pictures-unused-hint = pievienojiet to kādas lapas `gallery:` vai tekstam (![ko tas rāda](name.jpg)) vai izdzēsiet to
# $size and $limit are in megabytes.
pictures-heavy = attēls { $file } sver { $size } MB, vairāk par ierobežojumu { $limit } MB
pictures-heavy-hint = eksportējiet mazāku kopiju (piem., 3000 pikseļu platu, JPEG kvalitāte 85) un izmantojiet to; ierobežojumu nosaka ar --max-picture-mb

## check: publicity

publicity-no-profile-texts = programmas profilam `{ $profile }` nav tekstu valodā `{ $lang }`
publicity-no-profile-texts-hint = izmantojiet iebūvētu profilu (latlit-2014-2020, latlit-2021-2027) vai definējiet ziņojumu `{ $profile }` ar tā atribūtu `.mandatory` un tekstiem failā { $file }
# $part is statement, disclaimer, links or emblem.
publicity-text-missing = trūkst `{ $lang }` teksta `{ $key }`: programmas profils padara { $part } obligātu
publicity-text-missing-hint = definējiet `{ $key }` failā { $file }; līdz tam { $lang } lapas to rādītu citā valodā
publicity-statement-unwritable = `{ $lang }` projekta paziņojumu nevar izveidot: { $reason }
publicity-statement-unwritable-hint = izlabojiet `{ $key }` failā { $file }
publicity-responsible-empty = project.responsible ir tukšs valodai `{ $lang }`: ES atrunā jānosauc par saturu atbildīgā organizācija
publicity-responsible-empty-hint = ierakstiet organizācijas nosaukumu (nominatīvā) zem project.responsible katrai valodai
publicity-item-responsible-empty = `responsible:` ir tukšs: ES atrunā jānosauc par saturu atbildīgā organizācija
publicity-item-responsible-empty-hint = ierakstiet organizācijas nosaukumu vai noņemiet `responsible:`, lai izmantotu site.yaml project.responsible
publicity-no-emblem-file = vietnē nav faila { $file }
publicity-no-emblem-file-hint = to aizstāja tāda paša nosaukuma statisks fails, vai tas tika noņemts: paturiet herald failu
publicity-emblem-not-shown = jaunuma lapā /{ $path } nav redzama ES emblēma
publicity-emblem-not-shown-hint = lapas veidnei (vai base.html, partials/header.html) jārāda <img src="{"{{"} site.emblem.href {"}}"}" alt="{"{{"} site.emblem.alt {"}}"}">; jaunums ir { $file }

## check: scripts

# $what is one of scripts-script ... scripts-address.
scripts-found = HTML šajā tekstā satur { $what }: tas palaiž skriptu katra apmeklētāja pārlūkā vai novirza apmeklētājus citur
scripts-found-hint = paturiet to tikai tad, ja tas ir uzticama pakalpojuma sniedzēja iegulšanas kods (karte, video); citādi noņemiet to. `markdown: {"{"}raw_html: false{"}"}` failā site.yaml izņem no tekstiem visu HTML
scripts-script = tagu <script>
scripts-base = elementu <base> (tas maina, uz kurieni norāda katra lapas saite)
scripts-refresh = <meta http-equiv="refresh"> (tas novirza apmeklētāju uz citu adresi)
scripts-object = tīmekļa dokumenta vai spraudņa elementu <{ $element }>
scripts-handler = notikumu apstrādātāju `{ $attribute }=`
scripts-srcdoc = { $what } elementa <{ $element } srcdoc> dokumentā
scripts-address = `{ $scheme }` adresi

## check: external, stray

external-status = tīmekļa adrese { $url } atbild ar HTTP { $status }
external-unreachable = tīmekļa adrese { $url } nav sasniedzama: { $reason }
external-hint = atveriet to pārlūkā; izlabojiet adresi, saistiet ar arhivētu kopiju vai noņemiet saiti
external-timeout = gaidīšanas laikā atbilde netika saņemta
stray-root = herald nelasa `{ $name }`
stray-root-hint = vai domājāt `{ $meant }`? herald lasa site.yaml, content/, static/, templates/, themes/ un i18n/ (nosaukumi ar mazajiem burtiem)
stray-i18n = herald nelasa i18n/{ $name }
stray-i18n-hint = herald lasa tikai i18n/<valoda>.ftl failus (Fluent), piem., i18n/lv.ftl

## model

model-slug-separator = slug `{ $slug }` satur `/`, `\` vai `..`
model-slug-separator-hint = slug ir viens URL posms: burti, cipari un domuzīmes, piem., `projekta-sakums`
model-slug-no-letters = slug `{ $slug }` nav neviena burta vai cipara
model-slug-no-letters-hint = ierakstiet slug, piem., `projekta-sakums`, vai noņemiet `slug:`
model-slug-from-file-name = no faila nosaukuma nevar izveidot URL slug
model-slug-from-file-name-hint = norādiet `slug:` faila galvenē
# Shown in place of a file name for the pages herald makes itself.
model-own-page = { $page ->
    [tags] (birku rādītāja lapa)
    [search] (meklēšanas lapa)
    [sitemap] (vietnes kartes lapa)
    [accessibility] (piekļūstamības paziņojuma lapa)
   *[galleries] (galeriju rādītāja lapa)
}
model-same-page = divi faili ir viena un tā pati lapa valodā `{ $lang }`: šis un { $other }
model-same-page-hint = lapa ir vai nu `nosaukums.<valoda>.md`, vai `nosaukums/index.<valoda>.md`, ne abi: noņemiet vienu
model-no-title = faila galvenē nav `title`
model-no-title-hint = pievienojiet rindu `title: ...` starp `---` rindām
model-slug-number = slug `{ $slug }` ir skaitlis: sadaļas sarakstu lapām ir numurētas adreses (/2/, /3/ ...), tāpēc kāda no tām varētu paslēpt šo jaunumu
model-slug-number-hint = pievienojiet slug vārdu, piem., `slug: { $slug }-diena`, vai pārdēvējiet failu
model-same-address = divas lapas tiktu publicētas vienā adresē /{ $path }: šī un { $other }
model-same-address-hint = piešķiriet vienai no tām citu `slug:` tās faila galvenē

## publicity

publicity-unknown-programme = `{ $profile }` nav programma, ko herald pazīst, tāpēc lapu ES tekstus nevar izveidot
# $guess is empty or yaml-did-you-mean followed by a space.
publicity-unknown-programme-hint = { $guess }ierakstiet `programme:` vienu no programmām, ko herald pazīst ({ $programmes }), vai definējiet savu: ziņojumu `{ $profile }` ar tā atribūtu `.mandatory` un tekstiem vietnes failā i18n/<valoda>.ftl
publicity-profile-undefined = programmas profils `{ $profile }` nav definēts: { $reason }
# $what is publicity-define-message, -mandatory or -links.
publicity-define = definējiet { $what } vietnes failā i18n/{ $lang }.ftl vai izmantojiet iebūvētu profilu (latlit-2014-2020, latlit-2021-2027)
publicity-define-message = ziņojumu `{ $key }`
publicity-define-mandatory = ziņojumu `{ $profile }` ar tā atribūtu `.mandatory`
publicity-define-links = ziņojumus `{ $profile }-programme-link` un `{ $profile }-eu-link` ar to `.href`
publicity-statement-failed = finansējuma paziņojumu nevar izveidot valodā `{ $lang }`: { $reason }
publicity-disclaimer-failed = ES atrunu nevar izveidot valodā `{ $lang }`: { $reason }
publicity-disclaimer-missing = programmas profils `{ $profile }` prasa atrunu, bet valodai `{ $lang }` nav ziņojuma `{ $profile }-disclaimer`
publicity-links-missing = programmas profils `{ $profile }` prasa saites, bet valodai `{ $lang }` trūkst `{ $profile }-programme-link` un `{ $profile }-eu-link`
publicity-author-failed = rindu, kas nosauc jaunuma sagatavotāju, nevar izveidot valodā `{ $lang }`: { $reason }
publicity-gallery-link-failed = galerijas saiti nevar izveidot valodā `{ $lang }`: { $reason }
publicity-no-author = jaunumam nav autora

## pdf

pdf-engine-failed = PDF dzinējs ar šo tekstu netika galā ({ $reason }); tā notiek ar galēju tekstu, piem., ļoti garu vārdu vai rindu bez atstarpēm: saīsiniet vai sadaliet to
pdf-file-unreadable = { $file } nevar nolasīt: { $reason }
pdf-too-long = nav PDF preses relīzes lapai /{ $path }: tās teksts ir { $size } KB, vairāk par { $limit } KB, no kuriem tiek veidots PDF
pdf-too-long-hint = sadaliet tekstu vairākos jaunumos vai atstājiet to tikai tīmeklim
pdf-warning = PDF /{ $path }: { $warning }
pdf-warning-hint = piešķiriet katram attēlam alternatīvo tekstu un rakstiet tekstu tā valodas burtiem; `herald check` uzskaita trūkstošos alternatīvos tekstus
pdf-failed = PDF /{ $path } nevar izveidot: { $reason }
pdf-failed-hint = izmantojiet attēlus JPEG, PNG, GIF, WebP vai SVG formātā un nekādus ārkārtīgi garus vārdus; vai iestatiet `pdf: false` failā site.yaml, lai PDF netiktu publicēti
pdf-not-ua = tas ir marķēts, bet neatbilst PDF/UA-1: { $reason }

## render

render-no-template = tēmai nav veidnes `{ $template }`
render-no-template-hint = pievienojiet to mapē templates/ vai tēmā
render-link-script = saite `{ $address }` palaiž skriptu
render-link-script-hint = saitēm jānorāda uz lapām, failiem vai tīmekļa adresēm; noņemiet { $scheme } saiti
render-link-outside = saite `{ $address }` norāda ārpus vietnes mapes
render-link-outside-hint = saistiet tikai ar lapām un failiem vietnes mapē
render-link-no-page = saite `{ $address }` norāda uz { $target }, kas nav šīs vietnes lapa
render-link-no-page-hint = pārbaudiet faila nosaukumu (saites starp lapām nosauc Markdown failu, piem., ../kick-off/index.lv.md); melnraksts tiek veidots tikai ar --drafts, nākotnes datēts jaunums – no tā dienas (vai ar --future)
render-link-missing = saite vai attēls `{ $address }` norāda uz { $target }, kas neeksistē
render-link-missing-hint = pārbaudiet faila nosaukumu un to, vai fails ir blakus Markdown failam, vai ievietojiet to mapē static/ un rakstiet /nosaukums
render-output-unwritable = izvadi nevar ierakstīt
render-internal-no-text = iekšēja kļūda: lapas uzdevums bez tās teksta
render-publicity-hint = { $hint }; jaunums ir { $file }
# $why says where the block or emblem is hidden (in a comment, in an element with `hidden` ...).
render-publicity-hidden = lapas /{ $path } ES publicitātes bloks apmeklētājiem netiek rādīts: tas ir { $why }
render-publicity-hidden-hint = veidnei { $template } jāizvada { $output } tur, kur to redz katrs apmeklētājs: ne komentārā, <template>, <noscript>, <textarea>, <details>, ne elementā ar `hidden`, `aria-hidden` vai `style="display: none"`, un neviens CSS noteikums to nedrīkst paslēpt
render-publicity-missing = lapā /{ $path } nav ES publicitātes tekstu (HTML trūkst tās { $lang } publicitātes bloka)
render-publicity-missing-hint = veidnei { $template } jaunumiem jāizvada { $output }
render-emblem-hidden = lapas /{ $path } ES emblēma apmeklētājiem netiek rādīta: tā ir { $why }
render-emblem-hidden-hint = veidnēm (base.html, partials/funding.html) jārāda <img src="{"{{"} site.emblem.href {"}}"}" alt="{"{{"} site.emblem.alt {"}}"}"> tur, kur to redz katrs apmeklētājs, nepaslēptu ne ar atribūtu, ne CSS noteikumu
# What was being rendered when a template failed.
render-what-chooser = valodas izvēles lapu
render-what-not-found = 404 lapu
render-what-home = { $lang } sākumlapu
render-what-sitemap = { $lang } vietnes kartes lapu
render-what-search = { $lang } meklēšanas lapu
render-what-accessibility = { $lang } piekļūstamības paziņojumu
render-what-tags = { $lang } birku rādītāju
render-what-tag = birkas lapu /{ $path }
render-what-list = sarakstu { $path }
render-what-gallery = faila { $path } galeriju
render-what-galleries = { $lang } galeriju rādītāju
render-rendering = veidojot { $what } ar { $template }
render-template-error = veidnes kļūda

## theme

theme-missing = tēma `{ $name }` neeksistē
theme-missing-hint = izveidojiet themes/{ $name }/ ar templates/ un static/ vai noņemiet `theme:`, lai izmantotu iebūvēto noklusējuma tēmu
theme-unreadable = veidni nevar nolasīt: { $reason }
theme-template-hint = izlabojiet veidni; docs/reference/templates.md uzskaita mainīgos, ko saņem veidnes
theme-unknown-variable = { $doing }: veidne izmanto `{ $name }`, kas šeit nepastāv
theme-undefined-value = { $doing }: `{ $name }` šeit nav vērtības
theme-unknown-field = { $doing }: `{ $name }` nav daļa no vērtības pirms tā
theme-unknown-filter = { $doing }: filtrs `{ $name }` nepastāv
theme-unknown-function = { $doing }: funkcija `{ $name }` nepastāv
theme-unknown-test = { $doing }: pārbaude `{ $name }` nepastāv
theme-unknown-block = { $doing }: bloka `{ $name }` nav veidnē, kuru šī paplašina
theme-unexpected-end = { $doing }: veidne beidzas, pirms aizvērts tags vai izteiksme
theme-unclosed-string = { $doing }: teksts pēdiņās nav aizvērts
theme-cannot-read = { $doing }: šo veidnes daļu nevar nolasīt: `{ $fragment }`
theme-available-hint = šeit ir: { $names }; docs/reference/templates.md uzskaita mainīgos, ko saņem veidnes
theme-include-loop = { $doing }: veidnes cilpā iekļauj cita citu: { $chain }
theme-include-loop-hint = noņemiet vienu no {"{"}% include %{"}"} tagiem, lai ķēde beigtos
theme-extend-loop = { $doing }: veidnes cilpā paplašina cita citu: { $chain }
theme-extend-loop-hint = veidne nevar paplašināt veidni, kas paplašina to pašu
theme-missing-parent = { $doing }: veidne paplašina `{ $parent }`, kas neeksistē
theme-missing-parent-hint = pārbaudiet nosaukumu {"{"}% extends %{"}"}

## i18n

i18n-no-languages = vietnei nav valodu
i18n-no-languages-hint = uzskaitiet vietnes valodas tās konfigurācijā, noklusējuma valodu pirmo
i18n-format-failed = "{ $name }" nevar noformēt valodā "{ $lang }" ({ $place }): { $details }
i18n-no-value = ziņojumam "{ $key }" nav savas vērtības, tikai atribūti
i18n-no-attribute = ziņojumam "{ $key }" nav atribūta "{ $attribute }"
i18n-unknown-text = nezināms teksts "{ $key }": valodās { $languages } nav ziņojuma ar šo atslēgu
i18n-unknown-text-anywhere = nezināms teksts "{ $key }": nevienā valodā nav ziņojuma ar šo atslēgu
i18n-did-you-mean = vai domājāt "{ $key }"?
i18n-define-hint = definējiet "{ $key }" failā { $file } (iebūvētie lv.ftl, lt.ftl un en.ftl rāda, kā)
i18n-date-period-hint = herald nodod $start-year, $start-month, $end-year un $end-month (skaitļi; mēneši 1-12)
i18n-amount-hint = herald nodod $amount – skaitli, kas jau uzrakstīts ar atdalītājiem
i18n-date-hint = herald nodod $year, $month (1-12) un $day, visi ir skaitļi
i18n-no-variables-hint = definējiet "{ $key }" bez mainīgajiem
i18n-bad-code = "{ $code }" nav derīgs valodas kods
i18n-bad-code-hint = izmantojiet valodas kodu, piem., lv, lt vai en
i18n-not-utf8 = { $file } nav UTF-8 teksts
i18n-not-utf8-hint = saglabājiet failu UTF-8 kodējumā
i18n-unreadable = { $file } nevar nolasīt: { $reason }
i18n-no-translations = valodai "{ $lang }" nav tulkojumu: katrs teksts tiek ņemts no "{ $default }"
i18n-create-hint = izveidojiet vietnē { $file }, piem., sākot ar iebūvētā en.ftl kopiju
i18n-defined-twice = "{ $key }" failā { $file } definēts vairāk nekā vienu reizi; tiek izmantota pēdējā definīcija
i18n-defined-twice-hint = izdzēsiet pārējās definīcijas
i18n-default-no-translations = noklusējuma valodai "{ $default }" nav tulkojumu
i18n-missing = { $kind ->
    [term] termins
   *[message] ziņojums
} "{ $key }" trūkst valodā "{ $lang }"; tiek izmantots "{ $default }" teksts
i18n-missing-hint = iztulkojiet to failā { $file }
i18n-unused-file = { $file } netiek izmantots: "{ $lang }" nav neviena no vietnes valodām
i18n-unused-file-hint = pievienojiet valodu vietnes konfigurācijai vai izdzēsiet failu
i18n-syntax = Fluent sintakses kļūda: { $error }
i18n-syntax-key-hint = ziņojums sākas rindas sākumā kā `key = text` (atslēgas: burti, cipari, `-` un `_`); rindām, kas turpina tekstu, jābūt ar atkāpi
i18n-syntax-brace-hint = figūriekavas atver un aizver ievietojumu, piem., mainīgo (`$name` starp figūriekavām); lai figūriekavu rakstītu kā tekstu, lietojiet `{"{"}"{"{"}"{"}"}` vai `{"{"}"{"}"}"{"}"}`
i18n-syntax-default-hint = atzīmējiet vienu selektora variantu kā noklusējumu ar `*`, piem., `*[other] ...`
i18n-syntax-defaults-hint = ar `*` drīkst atzīmēt tikai vienu variantu
i18n-syntax-string-hint = virknes literālim `{"{"} {"}"}` iekšpusē noslēdzošajai `"` jābūt tajā pašā rindā
i18n-syntax-value-hint = ziņojumam vajag tekstu aiz `=` (vai vismaz vienu atribūtu, piem., `    .href = ...`)
i18n-syntax-name-hint = atslēgas un mainīgo nosaukumi sākas ar burtu un satur tikai burtus, ciparus, `-` un `_`
i18n-syntax-guide-hint = skatiet Fluent sintakses rokasgrāmatu: https://projectfluent.org/fluent/guide/

## pipeline

pipeline-og-image = og_image `{ $image }` nav fails mapē static/
pipeline-og-image-hint = ievietojiet attēlu mapē static/ (piem., static/share.jpg) un rakstiet og_image: share.jpg
pipeline-lock = izvades mapi { $folder } nevar bloķēt: { $reason }
pipeline-lock-hint = herald raksta bloķēšanas failu blakus izvades mapei: pārbaudiet, vai tās vecākmapē var rakstīt

## collisions

collisions-builtin = iebūvētās tēmas { $path }
collisions-page-of = lapa, ko herald veido no { $file }
collisions-own = herald { $kind ->
    [page] lapa
    [feed] plūsma vai vietnes karte
    [pdf] PDF preses relīze
    [picture] attēls
   *[file] fails
} /{ $path }
collisions-and = un
collisions-same-address = { $names } tiktu publicēti vienā adresē /{ $path }
collisions-folder = { $file } tiktu publicēts adresē /{ $path }, bet tur jābūt tāda paša nosaukuma mapei, kurā atrodas { $inside }
collisions-hint = pārdēvējiet vai pārvietojiet vietnes failu (fails mapē static/ aizstāj herald failu tikai šiem: { $files })
collisions-list-page = saraksta lapa /{ $path }
# $why is one of windows-*.
collisions-windows = { $what } tiktu publicēts adresē /{ $at }: nosaukums `{ $name }` { $why }
collisions-windows-hint = pārdēvējiet failu vai mapi (lapai norādiet citu `slug:`), lai publicēto vietni varētu arī kopēt, saspiest un augšupielādēt no Windows
windows-character = satur `{ $character }`, ko Windows nosaukumā neatļauj
windows-end = beidzas ar punktu vai atstarpi, ko Windows no nosaukuma atmet
windows-device = ir nosaukums, ko Windows patur ierīcei
windows-device-stem = sākas ar `{ $stem }` – nosaukumu, ko Windows patur ierīcei pat pirms paplašinājuma

## owned

owned-kind = { $kind ->
    [fifo] nosaukta caurule (FIFO)
    [socket] ligzda
    [device] ierīce
    [link] simboliskā saite
    [folder] mape
   *[file] fails
}
# $kind is owned-kind.
owned-not-folder = tas ir { $kind }, nevis mape
owned-is-site = tā ir pati vietnes mape
owned-contains-site = tā satur vietnes mapi
owned-inside-input = tā atrodas vietnes { $input }
owned-inside-input-read = tā atrodas vietnes { $input }, ko herald lasa (un publicē)
owned-contains-input = tā satur vietnes { $input }
owned-overlaps-out = tā pārklājas ar izvades mapi { $folder }, ko katra būvēšana aizstāj
owned-not-ours = mape eksistē, un to nav izveidojis herald (tajā nav faila { $marker })
owned-folder-not-ours = { $folder } nav izveidojis herald (tajā nav faila { $marker })
# $why is one of the owned-* reasons.
owned-cache-refused = images.cache_dir `{ $folder }` nevar izmantot: { $why }
owned-cache-refused-hint = herald dzēš vecus failus savā kešatmiņas mapē, tāpēc tam vajag savu mapi: ierakstiet, piem., `cache_dir: .herald-cache` zem `images:` failā site.yaml

## write

write-refused = vietni nevar ierakstīt mapē { $folder }: { $why }
write-refused-hint = izvēlieties citu --out mapi: tādu, ko izveidojis herald, tukšu mapi vai jaunu nosaukumu, piem., public/ vietnes mapē
write-out-is-link = tā ir simboliskā saite; herald aizstāj savu izvades mapi visu kopumā, tāpēc norādiet pašu mapi
write-not-ours = mape eksistē, un to nav izveidojis herald (tajā nav faila { $marker }); herald pilnībā aizstāj savu izvades mapi, tāpēc šo tas neaiztiks
write-io = nevar { $what ->
    [create] izveidot
    [read] nolasīt
   *[write] ierakstīt
    [move] pārvietot vietā
    [move-aside] pārvietot malā
} { $path }: { $reason }
write-io-hint = pārbaudiet, vai izvades mapē var rakstīt un vai disks nav pilns
write-duplicate = divām izvadēm ir viens ceļš { $path }; tiek paturēta pirmā
write-lazy-failed = /{ $path } nevar izveidot: { $reason }
write-replaced = kamēr vietne tika būvēta, to aizstāja { $kind }, ko nav izveidojis herald
write-busy = izvades mapi { $folder } nevar aizstāt: kāda programma tur tajā atvērtu failu ({ $reason })
write-busy-hint = aizveriet to, kas rāda mapi vai tās failu (priekšskatījuma serveri, piem., `herald serve`, Explorer logu, atvērtu failu), un būvējiet vēlreiz; iepriekšējā izvade nav mainīta

## cms

cms-no-marker = šajā config.yml nav herald rindas, tāpēc herald nevar atšķirt jūsu iestatījumus no saviem
cms-no-marker-hint = pārvietojiet savus iestatījumus (backend:, logo_url: ...) uz jaunu failu, izdzēsiet šo, palaidiet `herald cms` un iekopējiet tos virs rindas `{ $marker }`
cms-bad-yaml = iestatījumi virs herald rindas nav derīgs YAML: { $reason }
cms-bad-yaml-hint = izlabojiet tos (vai noņemiet) un palaidiet `herald cms` vēlreiz
cms-herald-key = `{ $key }:` ir iestatīts virs herald rindas, bet herald to raksta zem tās
cms-herald-key-hint = noņemiet `{ $key }:` no savas daļas: herald raksta { $keys } no site.yaml un content/
cms-unreadable = to nevar nolasīt: { $reason }
cms-unwritable = to nevar ierakstīt: { $reason }

## visibility (where a page hides the EU texts; shown after "it is")

visibility-template = elementā <template>, kas nekad netiek rādīts
visibility-details = aizvērtā elementā <details>, kas tiek rādīts tikai tad, kad apmeklētājs to atver
visibility-dialog = elementā <dialog>, kas nav atvērts
visibility-foreign = elementā <{ $element }>, kurā HTML netiek rādīts
visibility-replaced = elementā <{ $element }>, kas tā vietā rāda savu saturu
visibility-hidden = elementā <{ $element } hidden>
visibility-aria-hidden = elementā <{ $element } aria-hidden="true">, paslēpts no ekrāna lasītājiem
visibility-style = elementā <{ $element } style="{ $style }">
visibility-css = paslēpts ar CSS noteikumu `{ $rule }` failā { $origin }, kas attiecas uz to
visibility-css-ancestor = paslēpts ar CSS noteikumu `{ $rule }` failā { $origin }, kas attiecas uz tā vecākelementu <{ $element }>
visibility-raw-text = ierakstīts elementā <{ $element }>, kur tas ir teksts, nevis lapas daļa
visibility-escaped = izvadīts kā teksts (tā HTML aizsargāts): veidnei tas jāizvada ar `| safe`
visibility-comment = HTML komentārā (<!-- … -->)
visibility-style-element = lapas elements <style>
visibility-changed = mainīts: tā teksts nav tas, ko uzrakstīja herald (izvadiet to nemainītu, ar `| safe`)
visibility-not-in-page = ārpus lapas

## images: why a picture cannot be used (after "the picture … cannot be used:")

process-unknown-format = tas nav JPEG, PNG vai WebP attēls (tā saturs nav neviena zināma attēlu formāta)
process-cut-short = fails beidzas ātrāk nekā attēls (visticamāk, to nogrieza pārtraukta lejupielāde vai kopēšana)
process-empty = attēls ir tukšs (0 pikseļu plats vai augsts)
# $held and $limit in MiB, $side in pixels.
process-too-large-size = attēls ir { $width } × { $height } px ({ $held } MiB pikseļu pēc atkodēšanas), vairāk par { $limit } MiB (vai { $side } px malā), ko apstrādā herald; eksportējiet mazāku kopiju, piem., 3000 px platu
process-too-large = attēls ir par lielu apstrādei (vairāk par { $limit } MiB pikseļu pēc atkodēšanas vai vairāk par { $side } px malā)
process-unsupported = tā formāts netiek atbalstīts: { $reason }
process-undecodable = to nevar atkodēt: { $reason }
process-resize = tā izmēru nevar mainīt: { $reason }
process-encode = to nevar saglabāt { $format } formātā ({ $reason })

## site-yaml: the comments of the site.yaml that `herald init` writes

site-yaml-intro =
    Vietnes iestatījumi un projekta fakti, no kuriem veido ES publicitātes tekstus.
    Katra atslēga aprakstīta herald dokumentācijā docs/reference/site-yaml.md; `herald schema site`
    dod redaktoriem shēmu, ar kuru šo failu pārbauda rakstīšanas laikā. Tekstu katrā valodā var
    norādīt vienu visām valodām vai atsevišķi katrai valodai:
site-yaml-title = Vietnes nosaukums, ko rāda galvenē un pārlūka cilnē.
site-yaml-base-url =
    Adrese, kurā vietni publicē. Tai var būt apakšceļš (https://example.org/projekts/);
    `herald build --base-url` to aizstāj, piemēram, priekšskatījumam.
site-yaml-languages = Vietnes valodas, noklusējuma valoda pirmā. Lapu faili ir nosaukums.<valoda>.md.
site-yaml-theme = Noformējums: `default` ir iebūvēts herald; cits ir mape themes/<nosaukums>/.
site-yaml-paginate = Cik jaunumu rāda vienā saraksta lapā.
site-yaml-author = Kas sagatavo tekstus: `herald new` šo autoru ieraksta jaunās ziņās (nav obligāti).
site-yaml-project = ES projekts: no šiem faktiem veido katras ziņas publicitātes tekstus.
site-yaml-project-name = Projekta pilnais nosaukums.
site-yaml-programme = Programmas profils: latlit-2021-2027 vai latlit-2014-2020 (vai mapē i18n/ definēts).
site-yaml-dates = Projekta pirmā un pēdējā diena, GGGG-MM-DD.
site-yaml-budget = Kopējais budžets un ES (ERAF) daļa eiro, kā skaitļi.
site-yaml-responsible = Organizācija, kas atbild par saturu un ir nosaukta ES atrunā (nominatīvā).
site-yaml-partners = Partneri, ko rāda projekta aprakstā.
site-yaml-logo = Programmas logotips, fails mapē static/, ko rāda blakus ES emblēmai (nav obligāti).
site-yaml-social = Saites uz sociālo tīklu lapām, ko rāda katras lapas galvenē un kājenē, piemēram,
site-yaml-contact = Kontaktinformācija, ko rāda katras lapas kājenē.
site-yaml-accessibility =
    Piekļūstamības paziņojums, kas jāpublicē publisko iestāžu vietnēm (Direktīva (ES) 2016/2102):
    lapa katrā valodā ar saiti katras lapas kājenē (nav obligāti; teksti katrā valodā).
site-yaml-a11y-status = full, partial vai none, pēc EN 301 549 (WCAG 2.1 AA)
site-yaml-a11y-prepared = kad paziņojums pirmo reizi sagatavots
site-yaml-a11y-reviewed = kad vietne un paziņojums pēdējo reizi pārskatīti
site-yaml-a11y-method = vai third-party (trešā puse)
site-yaml-a11y-enforcement = iestāde, kas izskata sūdzības
site-yaml-a11y-gaps = kas nav piekļūstams un kāpēc
site-yaml-a11y-alternatives = kā šo saturu saņemt citādi
site-yaml-extra = Jebkas cits pielāgotām veidnēm (site.extra).
