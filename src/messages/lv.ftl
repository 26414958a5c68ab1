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
code-h028-meaning = faila nosaukuma valodas piedēklis nav neviena no vietnes valodām
code-h028-fix = pārdēvējiet failu par nosaukums.<valoda>.md ar kādu no `languages` valodām vai pievienojiet valodu site.yaml
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
yaml-structure = šo rindu nevar nolasīt kā `atslēga: vērtība` ar tādu pašu atkāpi kā apkārtējām atslēgām (YAML lasītājs saka: { $parser })
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
translation-gallery-differs-hint = uzskaitiet tos pašus attēlus tādā pašā secībā (alternatīvos tekstus un parakstus šajā valodā) vai noņemiet `gallery:`, lai rādītu `{ $default }` versijas galeriju

## Kopsavilkumi un datumi (check).

summary-missing = šim jaunumam nav kopsavilkuma
summary-missing-hint = uzrakstiet vienu vai divus teikumus aiz `summary:` vai sāciet tekstu ar rindkopu: to rāda saraksti, plūsmas un sociālie tīkli
date-future = datums { $date } ir nākotnē
date-future-hint = pārbaudiet gadu: `herald build` aiztur jaunumu līdz tai dienai (`--future` to publicē uzreiz)
