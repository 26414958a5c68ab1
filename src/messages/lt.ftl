# herald sąsajos tekstai lietuviškai (kiekvienas pranešimas turi būti ir en.ftl bei lv.ftl).
# Tai herald žodžiai naudotojui; kuriamos svetainės tekstai yra i18n/<kalba>.ftl.

## Radinio žymės.

label-error = klaida
label-warning = įspėjimas
label-hint = patarimas

## herald explain

explain-code = Kodas
explain-name = Pavadinimas
explain-severity = Svarba
explain-meaning = Ką tai reiškia
explain-fix = Kaip ištaisyti
severity-error = klaida
severity-warning = įspėjimas
explain-unknown = „{ $code }“ nėra herald kodas
explain-unknown-hint = įrašykite kodą, pvz., H012, arba pavadinimą, pvz., missing-alt; `herald explain --all` išvardija visus
explain-missing = nurodykite kodą (`herald explain H012`) arba rašykite `herald explain --all`
explain-table-code = kodas
explain-table-name = pavadinimas
explain-table-severity = svarba
explain-table-meaning = ką tai reiškia
explain-table-fix = kaip ištaisyti

## Kalbos pasirinkimas.

lang-unknown = HERALD_LANG yra „{ $value }“ – kalba, kurios herald nemoka; jis kalba { $known }
lang-unknown-hint = nustatykite HERALD_LANG į lv, lt arba en (arba palikite nenustatytą, kad būtų naudojama sistemos kalba)

## Dalijimosi kortelės (build).

share-card-error = nepavyksta nupiešti dalijimosi kortelės { $file } („{ $title }“): { $reason }
share-card-error-hint = įrašykite `share_card: false` faile site.yaml, kad dalijimosi kortelės nebūtų skelbiamos, arba `og_image: <paveikslėlis iš static/>`, kad visiems puslapiams be savo paveikslėlio būtų rodomas vienas paveikslėlis

## Radinių kodai: ką kiekvienas reiškia ir kaip jį ištaisyti.

code-h001-meaning = nėra failo site.yaml arba aplanko content/, arba site.yaml negalima perskaityti
code-h001-fix = paleiskite herald svetainės aplanke (arba nurodykite --root) arba sukurkite svetainę su `herald init`
code-h002-meaning = site.yaml netinkamas: YAML klaida, nežinomas raktas, trūkstamas raktas arba neteisinga reikšmė
code-h002-fix = pataisykite pranešime nurodytą raktą; su `herald schema site` redaktorius gali tikrinti site.yaml jums rašant
code-h003-meaning = temos arba aplanko templates/ šablono negalima perskaityti arba atvaizduoti
code-h003-fix = pataisykite šabloną nurodytoje eilutėje
code-h004-meaning = faile i18n/<lang>.ftl yra Fluent sintaksės klaida arba jo negalima perskaityti
code-h004-fix = pataisykite Fluent tekstą nurodytoje eilutėje
code-h005-meaning = kuria nors kalba trūksta teksto (rodomas numatytosios kalbos tekstas) arba i18n failas nenaudojamas
code-h005-fix = išverskite pranešimą faile i18n/<lang>.ftl arba ištrinkite nenaudojamą failą
code-h006-meaning = išvesties aplanko negalima naudoti arba į jį negalima rašyti
code-h006-fix = pasirinkite kitą --out aplanką, patikrinkite prieigos teises ir laisvą vietą diske
code-h007-meaning = svetainės failo ar aplanko negalima perskaityti (prieigos teisės, sugadinta ar ratu einanti simbolinė nuoroda, simbolinė nuoroda į kažką už svetainės aplanko ribų)
code-h007-fix = patikrinkite failo prieigos teises arba pašalinkite nuorodą (nukopijuokite tai, į ką ji rodo, į svetainės aplanką)
code-h008-meaning = puslapis, aplankas ar failas būtų paskelbtas pavadinimu, kurio Windows negali turėti: įrenginio pavadinimas (CON, PRN, AUX, NUL, COM1-9, LPT1-9, taip pat su plėtiniu), vienas iš ženklų < > : " | ? * arba taškas ar tarpas pabaigoje
code-h008-fix = pervadinkite failą ar aplanką arba suteikite puslapiui kitą `slug:`
code-h010-meaning = failo antraštėje (front matter) nurodytas viršelio, galerijos paveikslėlio ar vaizdo įrašo failas neegzistuoja
code-h010-fix = padėkite failą šalia Markdown failo (puslapio rinkinys) arba į static/ ir rašykite jį kaip /pavadinimas.jpg
code-h011-meaning = galerijos vaizdo įrašas nėra nei YouTube/Vimeo adresas, nei .mp4/.webm failas
code-h011-fix = įrašykite vaizdo įrašo YouTube ar Vimeo adresą arba nurodykite vietinį .mp4 ar .webm failą
code-h012-meaning = paveikslėlis neturi alternatyviojo teksto: skaitytojas, kuris jo nemato, nieko nesužino (WCAG 2.1, kurio viešųjų įstaigų svetainėms reikalauja Direktyva (ES) 2016/2102)
code-h012-fix = aprašykite, kas matyti paveikslėlyje, lauke `alt:` (galerijoje) arba tarp `![...](photo.jpg)` laužtinių skliaustų
code-h013-meaning = paveikslėlio alternatyvusis tekstas yra jo failo pavadinimas, kuris skaitytojui nieko nesako
code-h013-fix = pakeiskite jį trumpu aprašymu, kas matyti paveikslėlyje
code-h014-meaning = paveikslėlio originalus failas sunkesnis už ribą (--max-picture-mb, numatytoji 10 MB)
code-h014-fix = eksportuokite mažesnę kopiją (pvz., 3000 px pločio, JPEG kokybė 85) ir naudokite ją
code-h015-meaning = paveikslėlis aplanke content/ nenaudojamas jokiame puslapyje (jo nenurodo joks viršelis, galerijos įrašas ar Markdown paveikslėlis)
code-h015-fix = įtraukite jį į puslapio galeriją ar tekstą arba ištrinkite
code-h016-meaning = paveikslėlis sugadintas (nepilnas, neperskaitomas), nėra JPEG, PNG ar WebP arba didesnis, nei herald gali iškoduoti (1 GiB pikselių, apie 18 000 × 18 000 px)
code-h016-fix = atidarykite jį paveikslėlių redaktoriuje ir išsaugokite iš naujo kaip JPEG, PNG ar WebP, ne platesnį nei kelių tūkstančių pikselių
code-h020-meaning = Markdown failo antraštės (front matter) nėra, ji neuždaryta, nėra tinkamas YAML arba joje yra nežinomas raktas
code-h020-fix = pradėkite failą eilute `---`, tada raktai, tada dar viena eilutė `---`; docs/reference/front-matter.md išvardyti visi raktai
code-h021-meaning = tekstinis failas nėra UTF-8 koduotės arba jame yra nematomas valdymo ženklas (NUL ir pan.), kurio negali turėti joks tinklalapis ar srautas
code-h021-fix = atidarykite jį redaktoriuje ir išsaugokite iš naujo UTF-8 koduote; ištrinkite ženklą nurodytoje eilutėje ir stulpelyje
code-h022-meaning = puslapis neturi pavadinimo arba jis tuščias
code-h022-fix = įrašykite pavadinimą po `title:`
code-h023-meaning = naujiena neturi santraukos: `summary:` tuščias, o tekste nėra pirmos pastraipos
code-h023-fix = įrašykite vieną ar du sakinius po `summary:` (juos rodo sąrašai, srautai ir socialiniai tinklai)
code-h024-meaning = naujiena neturi datos arba data nėra tikra diena formatu YYYY-MM-DD
code-h024-fix = rašykite `date: YYYY-MM-DD` (pvz., `date: 2025-03-14`)
code-h025-meaning = naujiena datuota ateities data
code-h025-fix = patikrinkite metus; `herald build` naujieną sulaiko iki jos dienos
code-h026-meaning = slug tuščias, jame yra / ar .., arba skyriuje jis yra skaičius (skyriaus sąrašų puslapiai turi sunumeruotus adresus)
code-h026-fix = rašykite slug iš raidžių, skaitmenų ir brūkšnelių arba pašalinkite `slug:`
code-h027-meaning = du puslapiai arba puslapis ir `static/` ar `content/` failas būtų paskelbti tuo pačiu adresu (tas pats slug, puslapis parašytas du kartus, statinis failas ten, kur herald skelbia puslapį)
code-h027-fix = suteikite vienam iš jų kitą `slug:` arba pervadinkite, perkelkite ar pašalinkite pasikartojantį failą
code-h028-meaning = failo pavadinimo kalbos priesaga arba galerijos teksto kalbos kodas nėra viena iš svetainės kalbų
code-h028-fix = pervadinkite failą į pavadinimas.<kalba>.md (arba rašykite tekstą po kodu) su viena iš `languages` kalbų arba įtraukite kalbą į site.yaml
code-h029-meaning = failas ar aplankas, kurio herald neskaito ir neskelbia, pvz., site.yml vietoj site.yaml, notes.markdown vietoj .md, index.lv.md.bak, pavadinimas su tarpu pabaigoje
code-h029-fix = pervadinkite jį taip, kaip skaito herald, arba perkelkite už svetainės aplanko ribų
code-h030-meaning = nuoroda ar paveikslėlis rodo į puslapį ar failą, kurio nėra arba kuris neskaitomas kaip toks (tarpas adrese)
code-h030-fix = nurodykite puslapio Markdown failą (`../kick-off/index.lv.md`) arba esamą failą; pavadinimą su tarpais rašykite tarp `<` ir `>`: `![Karte](<tako zemelapis.png>)`
code-h031-meaning = nuorodos #inkaras neatitinka jokios antraštės ar id tiksliniame puslapyje
code-h031-fix = naudokite antraštės id (jos tekstas mažosiomis raidėmis su brūkšneliais: `## Par projektu` -> `#par-projektu`)
code-h032-meaning = nuoroda paleidžia scenarijų (javascript:)
code-h032-fix = nurodykite puslapį, failą arba interneto adresą
code-h033-meaning = su --external: interneto adresas neatsako arba atsako klaida (404, 500 ...)
code-h033-fix = pataisykite arba pašalinkite adresą; patikrinkite jį naršyklėje
code-h034-meaning = Markdown tekste įrašytas HTML paleidžia scenarijų arba nukreipia lankytoją kitur: `script` žymė, `on...=` įvykio doroklė, `javascript:` adresas (taip pat užrašytas ženklų nuorodomis), `iframe srcdoc` dokumentas su tokiu, `meta http-equiv=refresh`, `base`, tinklalapio `object` ar `embed`
code-h034-fix = palikite jį tik jei tai patikimo paslaugų teikėjo įterpimo kodas; kitaip pašalinkite jį arba išjunkite visą HTML tekstuose su `markdown: {"{"}raw_html: false{"}"}` faile site.yaml
code-h035-meaning = naujienos `event:` pradžia ar pabaiga nėra tikra diena (ar diena ir laikas), renginys baigiasi anksčiau nei prasideda arba nenurodyta vieta
code-h035-fix = rašykite event: {"{"}start: 2025-02-18 10:00, end: 2025-02-18 13:00, place: Jelgavoje{"}"}
code-h040-meaning = naujiena, puslapis ar skyrius yra kai kuriomis svetainės kalbomis, bet ne šia
code-h040-fix = parašykite vertimą (pavadinimas.<kalba>.md šalia kito) arba naudokite --allow missing-translation svetainei, kuri kai kurias naujienas skelbia tik viena kalba
code-h041-meaning = vertimas nustato savo datą ar galeriją, kitokią nei numatytosios kalbos versijos
code-h041-fix = pašalinkite `date:`/`gallery:` iš vertimo (jis juos paveldi) arba padarykite juos vienodus
code-h042-meaning = site.yaml žemėlapio `tags:` žyma nėra jokiame numatytosios kalbos puslapyje (rašybos klaida arba žyma nebenaudojama)
code-h042-fix = rašykite žymą taip, kaip ji parašyta puslapiuose, arba ištrinkite eilutę iš `tags:`
code-h050-meaning = kuria nors kalba trūksta teksto, kurį programos profilis daro privalomu (pareiškimas, atsakomybės apribojimas, nuorodos, emblema)
code-h050-fix = apibrėžkite pranešimą faile i18n/<lang>.ftl arba naudokite įtaisytąjį profilį
code-h051-meaning = už turinį atsakinga organizacija (nurodyta ES atsakomybės apribojimo pareiškime) nenurodyta
code-h051-fix = nustatykite project.responsible faile site.yaml (kiekvienai kalbai) arba `responsible:` naujienoje
code-h052-meaning = naujienos puslapyje nerodoma ES emblema (pritaikytas šablonas ją praleido arba šablonas ar stilių lapas ją slepia)
code-h052-fix = palikite emblemą šablonuose: `<img src="{"{{ site.emblem.href }}"}" alt="{"{{ site.emblem.alt }}"}">`
code-h053-meaning = naujienos ar galerijos puslapyje nėra ES viešinimo tekstų arba jie paslėpti (komentare, `template`, `noscript`, `hidden`, CSS taisyklėje su `display: none` ...)
code-h053-fix = page.html naujienoms turi išvesti `{"{{ page.publicity | safe }}"}` (gallery.html – `{"{{ publicity | safe }}"}`) ten, kur jį mato kiekvienas lankytojas
code-h060-meaning = naujienos PDF pranešimo spaudai negalima sukurti (pvz., paveikslėlis, kurio PDF variklis negali perskaityti)
code-h060-fix = naudokite JPEG, PNG, GIF, WebP ar SVG formato paveikslėlius arba nustatykite `pdf: false` faile site.yaml
code-h070-meaning = `herald cms` negali išsaugoti jūsų static/admin/config.yml dalies (nėra herald eilutės, tai ne YAML arba joje yra raktas, kurį rašo herald)
code-h070-fix = laikykite savo nustatymus virš herald eilutės ir palikite herald rašomus raktus jam
code-h071-meaning = TVS (CMS) programoje `herald serve` atsisakė išsaugoti: kelias už content/ ir static/ ribų, failas diske pakeistas po to, kai TVS jį perskaitė, arba užklausa iš kitos svetainės
code-h071-fix = iš naujo įkelkite TVS puslapį, kad failas būtų perskaitytas iš naujo, tada išsaugokite; saugokite tik į content/ ir static/
code-h080-meaning = reikšmė ar tekstas vis dar yra pavyzdys, kurį įrašė `herald init` ar `herald new` (`ACRONYM`, `LLI-000`, "Organizācijas nosaukums", "Čia rašykite tekstą…")
code-h080-fix = pakeiskite jį projekto tekstu nurodytoje eilutėje; `check --strict` nepavyksta, kol nepakeistas kiekvienas pavyzdys

## herald check

check-clean = Problemų nerasta.
check-errors = { $count ->
    [one] { $count } klaida
    [few] { $count } klaidos
    [many] { $count } klaidos
   *[other] { $count } klaidų
}
check-warnings = { $count ->
    [one] { $count } įspėjimas
    [few] { $count } įspėjimai
    [many] { $count } įspėjimo
   *[other] { $count } įspėjimų
}
check-summary = { $errors }, { $warnings } ({ $codes })
check-missing-translations = Trūksta vertimų: { $list }
check-unused-tag = `tags:` susieja žymą `{ $tag }`, kurios neturi nė vienas puslapis kalba { $lang }
check-unused-tag-hint = rašykite žymą taip, kaip ji parašyta puslapiuose (jų eilutėje `tags:`), arba ištrinkite `{ $tag }` iš `tags:`
check-allow-unknown = --allow { $code }: tokios patikros nėra; naudokite kodą (H040) arba pavadinimą (missing-translation) iš kodų lentelės (`herald explain --all`)

## YAML skaitymas (site.yaml, failo antraštė): skaitytuvo radiniai paprastais žodžiais.

yaml-unknown-key = `{ $key }` čia nėra herald žinomas raktas
yaml-did-you-mean = ar turėjote omenyje `{ $key }`?
yaml-keys-allowed = čia leidžiami raktai: { $keys }
yaml-duplicate-key = raktas `{ $key }` parašytas du kartus
yaml-duplicate-key-hint = palikite vieną iš dviejų eilučių: `{ $key }:` jau yra { $line } eilutėje
yaml-duplicate-key-hint-unplaced = palikite vieną `{ $key }:` eilutę, o kitą ištrinkite
yaml-missing-key = trūksta rakto `{ $key }`
yaml-missing-key-hint = pridėkite eilutę `{ $key }: ...`; docs/reference/ (site-yaml.md, front-matter.md) išvardyti visi raktai ir jų reikšmės
yaml-wrong-value = { $key }: `{ $value }` nėra { $expected }
yaml-wrong-shape = { $key }: čia turi būti: { $expected }
yaml-wrong-value-hint = docs/reference/ raktų lentelėse (site-yaml.md, front-matter.md) nurodyta, kokios reikšmės reikia kiekvienam raktui; su `herald schema site` redaktorius tai tikrina jums rašant
yaml-expected-number = skaičius (pvz., 10 arba 10.5)
yaml-expected-whole = sveikasis skaičius, 0 arba didesnis (pvz., 10)
yaml-expected-bool = true arba false
yaml-expected-text = tekstas (kabutėse, jei jame yra `: ` ar ` #`)
yaml-expected-list = sąrašas: [a, b] arba kiekvienas įrašas atskiroje eilutėje su `- `
yaml-expected-keys = raktai su įtrauka po juo
yaml-expected-other = kitokio tipo reikšmė
yaml-unknown-anchor = šioje eilutėje yra `*pavadinimas` – reikšmės, pažymėtos `&pavadinimas`, kopija, – bet jokia aukščiau esanti reikšmė taip nepažymėta
yaml-unknown-anchor-hint = vietoj `*…` įrašykite pačią reikšmę arba pažymėkite kopijuojamą reikšmę `&pavadinimas` ankstesnėje eilutėje (tekstas, prasidedantis `*`, turi būti kabutėse: "*tekstas")
yaml-tab = ši eilutė atitraukta tabuliacijos ženklu, kurio YAML neleidžia
yaml-tab-hint = YAML neleidžia įtraukų tabuliacijos ženklais (tabs): atitraukite tarpais
yaml-unknown-value = { $key } negali būti `{ $value }`; rašykite vieną iš šių reikšmių: { $values }
yaml-unknown-value-here = šis raktas nepriima reikšmės `{ $value }`; rašykite vieną iš šių reikšmių: { $values }
yaml-structure = šios eilutės negalima perskaityti kaip `raktas: reikšmė` su tokia pat įtrauka kaip aplinkiniai raktai
yaml-unclosed-list = sąrašas, atvertas su `[`, šioje eilutėje neuždarytas su `]`
yaml-unclosed-list-hint = uždarykite sąrašą toje pačioje eilutėje, `tags: [a, b]`, arba rašykite kiekvieną įrašą atskiroje `- ` eilutėje po raktu
yaml-unclosed-braces = šioje eilutėje atverta `{"{"}` neuždaryta su `{"}"}`
yaml-unclosed-braces-hint = uždarykite ją toje pačioje eilutėje arba, jei skliaustai yra teksto dalis, rašykite reikšmę kabutėse: "{"{"}...{"}"}"
yaml-colon-in-value = reikšmėje šioje eilutėje yra `: ` (dvitaškis ir tarpas), kurį YAML skaito kaip naują raktą
yaml-colon-in-value-hint = rašykite reikšmę kabutėse: title: "Konferencija: rezultatai"
yaml-dash-in-value = sąrašo įrašas `- ` stovi ten, kur buvo laukiama rakto reikšmės
yaml-dash-in-value-hint = rašykite kiekvieną įrašą atskiroje eilutėje po raktu, su didesne įtrauka nei raktas, arba reikšmę, prasidedančią `- `, rašykite kabutėse
yaml-list-indentation = sąrašo įrašų įtraukos skiriasi: visos vieno sąrašo `- ` eilutės turi prasidėti tame pačiame stulpelyje
yaml-bad-escape = `\` reikšmėje dvigubose kabutėse pradeda YAML nežinomą valdymo seką (escape)
yaml-bad-escape-hint = naudokite viengubas kabutes ('C:\aplankas') arba rašykite pasvirąjį brūkšnį du kartus ("C:\\aplankas")
yaml-unexpected-end = tekstas baigiasi, kol neuždarytos kabutės, sąrašas `[` ar skliaustai `{"{"}`
yaml-unexpected-end-hint = uždarykite tai, ką ši eilutė atveria: tą patį kabučių ženklą reikšmės pabaigoje, `]` po sąrašo, `{"}"}` po skliaustų
yaml-unclosed-quote = { $line } eilutėje atidarytos kabutės neuždarytos: užbaikite reikšmę tokiu pat kabučių ženklu ("...")
yaml-bad-start = reikšmė šioje eilutėje prasideda ženklu, kurį YAML pasilieka sau (@, `, %, * ar &)
yaml-bad-start-hint = reikšmė, prasidedanti @, `, %, * ar &, turi būti kabutėse: "@pavyzdys"
yaml-indentation-hint = patikrinkite įtraukas (tik tarpai, vienodi visiems vieno lygio raktams) ir kabutes šioje bei ankstesnėje eilutėje; reikšmė, kurioje yra `: ` ar ` #`, turi būti kabutėse

## Datos ir sumos, kaip jas rašo autoriai.

date-invalid = `{ $value }` nėra tinkama data: rašykite ją formatu YYYY-MM-DD (pvz., 2021-02-18), tikrą kalendoriaus dieną
date-day-first = `{ $value }` parašyta diena pirma: rašykite { $date } (YYYY-MM-DD, metai pirmi)
amount-invalid = `{ $value }` nėra suma eurais: rašykite ją kaip 512345.60, 512 345,60 arba 512345,60

## site.yaml reikšmės.

config-languages-empty = `languages` tuščias
config-languages-empty-hint = išvardykite svetainės kalbų kodus, numatytąją pirmą: languages: [lv, lt]
config-language-code = `{ $lang }` sąraše `languages` nėra kalbos kodas
config-language-code-hint = naudokite dviejų ar trijų mažųjų raidžių kodus, pvz., lv, lt, en
config-language-twice = kalba `{ $lang }` sąraše `languages` nurodyta du kartus
config-language-twice-hint = nurodykite kiekvieną kalbą vieną kartą
config-paginate-by = `paginate_by` yra { $value }; turi būti bent 1
config-paginate-by-hint = nurodykite, kiek naujienų rodo vienas sąrašo puslapis, pvz., 10
config-end-before-start = project.end ({ $end }) yra anksčiau nei project.start ({ $start })
config-end-before-start-hint = patikrinkite projekto datas
config-erdf-above-budget = project.erdf_eur didesnis nei project.budget_eur
config-erdf-above-budget-hint = ERPF dalis yra bendro biudžeto dalis
config-amount-negative = { $key } turi būti neneigiama suma
config-amount-hint = rašykite ją skaičiumi, pvz., 705573.37 arba 705 573,37
config-widths = images.widths [{ $widths }] turi nurodyti pločius nuo 16 iki 8192
config-widths-hint = išvardykite pločius pikseliais, kuriais įrašomas kiekvienas paveikslėlis, pvz., widths: [480, 960, 1600]
config-quality = images.quality { $value } nėra tarp 1 ir 100
config-quality-hint = 80 – gera dydžio ir kokybės pusiausvyra
config-tag-no-letters = žymoje `{ $tag }` sąraše `tags` nėra nė vienos raidės ar skaitmens
config-tag-no-letters-hint = žyma yra vienas ar du žodžiai, pvz. Semināri: Seminarai
config-tag-language = `tags: { $tag }` nurodo kalbą `{ $lang }`, kuri nėra kita svetainės kalba
config-tag-language-hint = kiekvienai numatytosios kalbos žymai nurodykite jos žodį kitomis kalbomis, pvz. Semināri: {"{"}lt: Seminarai{"}"}
config-no-text = `{ $key }` neturi teksto kalba `{ $lang }`
config-no-text-hint = nurodykite tekstą kiekvienai kalbai, pvz., {"{"}lv: ..., lt: ...{"}"}

## Failo antraštė.

front-lang-key = `{ $key }` nėra raktas: teksto kalba yra jo failo pavadinimo priesaga (`.lv.md`, `.lt.md`)
front-lang-key-hint = ištrinkite eilutę `{ $key }:`; šis failas yra `{ $lang }` kalba, nes jo pavadinimas baigiasi `.{ $lang }.md` (norėdami pakeisti kalbą, pervadinkite failą)

## Pavyzdžiai, likę po herald init ir herald new.

placeholder-value = `{ $key }` vis dar yra herald įrašytas pavyzdys „{ $value }“
placeholder-value-hint = pakeiskite jį savo projekto tekstu
placeholder-text = tekstas vis dar yra herald įrašytas pavyzdys: „{ $value }“
placeholder-text-hint = jo vietoje parašykite naujienos tekstą (arba ištrinkite failą, jei jo nereikia)

## herald new

new-title-to-translate = pavadinimas „{ $title }“ vienodas visų kalbų failuose: parašykite šio failo pavadinimą jo kalba
new-title-to-translate-hint = pakeiskite eilutę `title:`; failo pavadinimas ir adresas lieka tokie patys

## Naujienos.

item-no-date = ši naujiena neturi `date`
item-no-date-hint = įrašykite į failo antraštę `date: YYYY-MM-DD` (naujienos dieną)
item-no-date-translation-hint = įrašykite `date: YYYY-MM-DD` čia arba šios naujienos `{ $lang }` versijoje, iš kurios ją paveldi vertimai
item-no-date-sibling-hint = atrodo, kad jos `{ $lang }` versija yra { $file }, kitame aplanke ar kitu pavadinimu: vertimai turi būti tame pačiame aplanke ir vadintis vienodai (index.lv.md šalia index.lt.md); perkelkite šį failą į { $target } arba įrašykite `date: YYYY-MM-DD` čia

## Vertimai (check).

translation-missing-item = ši naujiena neturi `{ $lang }` vertimo
translation-missing-page = šis puslapis neturi `{ $lang }` vertimo
translation-missing-home = pagrindinio puslapio įžanga neturi `{ $lang }` vertimo
translation-missing-section = šis skyrius neturi `{ $lang }` vertimo
translation-hint-default-item = parašykite { $file } su pavadinimu, tekstu ir `date:` (vertimai datą, viršelį ir galeriją ima iš `{ $default }` versijos)
translation-hint-page = parašykite { $file } su pavadinimu ir tekstu
translation-hint-item = parašykite { $file }: užtenka pavadinimo ir teksto, data, viršelis ir galerija imami iš `{ $default }` versijos
translation-on-purpose = { $hint }; arba, jei jis sąmoningai skelbiamas viena kalba, įrašykite į jo antraštę `translate: false`
translation-hint-index = parašykite { $file } su pavadinimu { $lang } kalba (ir slug)
translation-date-differs = data { $own } skiriasi nuo datos { $theirs } faile { $file }
translation-date-differs-hint = pašalinkite `date:` čia: vertimas ima `{ $default }` versijos datą
translation-gallery-differs = galerijoje yra kiti paveikslėliai ar vaizdo įrašai nei galerijoje faile { $file }
translation-gallery-differs-hint = išvardykite tuos pačius paveikslėlius ir vaizdo įrašus (alternatyviuosius tekstus ir antraštes šia kalba; tvarka – `{ $default }` versijos) arba pašalinkite `gallery:`, kad būtų rodoma `{ $default }` versijos galerija

## Santraukos ir datos (check).

summary-missing = ši naujiena neturi santraukos
summary-missing-hint = įrašykite vieną ar du sakinius po `summary:` arba pradėkite tekstą pastraipa: ją rodo sąrašai, srautai ir socialiniai tinklai
date-future = data { $date } yra ateityje
date-future-hint = patikrinkite metus: `herald build` naujieną sulaiko iki tos dienos (`--future` ją paskelbia iš karto)

## terminal: eilutės, kurias herald išspausdina be radinių (build, eigos juosta, --lang).

cli-lang-unknown = herald moka lv, lt ir en, o ne „{ $value }“
cli-lang-list = --lang pasirenka herald pranešimų kalbą (lv, lt arba en), o ne „{ $value }“; naujos svetainės kalbos nurodomos --languages { $value }
label-note = pastaba
count-files = { $count ->
    [one] { $count } failas
    [few] { $count } failai
    [many] { $count } failo
   *[other] { $count } failų
}
count-pages = { $count ->
    [one] { $count } puslapis
    [few] { $count } puslapiai
    [many] { $count } puslapio
   *[other] { $count } puslapių
}
count-languages = { $count ->
    [one] { $count } kalba
    [few] { $count } kalbomis
    [many] { $count } kalbos
   *[other] { $count } kalbų
}
count-pdfs = { $count ->
    [one] { $count } PDF failas
    [few] { $count } PDF failai
    [many] { $count } PDF failo
   *[other] { $count } PDF failų
} (sukurta: { $rendered }, iš podėlio: { $cached })
build-done = Svetainė sukurta { $languages } ({ $list }) per { $seconds } s: { $counts } -> { $out }
build-up-to-date = Nuo paskutinio kūrimo niekas nepasikeitė: { $out } yra naujausia ({ $files }, patikrinta per { $seconds } s; su --force kuriama vis tiek)
build-scheduled = Suplanuota: { $count ->
    [one] { $count } ateities data pažymėta naujiena sulaikyta
    [few] { $count } ateities data pažymėtos naujienos sulaikytos
    [many] { $count } ateities data pažymėtos naujienos sulaikyta
   *[other] { $count } ateities data pažymėtų naujienų sulaikyta
}; kita bus paskelbta { $next } (kūrimas tą dieną ar vėliau ją paskelbia; --future jas paskelbia iš karto)
build-pictures = Paveikslėliai: { $count } (apdorota: { $processed }, iš podėlio { $dir }: { $cached })
build-failed = Kūrimas nepavyko ({ $count ->
    [one] { $count } klaida
    [few] { $count } klaidos
    [many] { $count } klaidos
   *[other] { $count } klaidų
}); ankstesnė svetainė (jei buvo) nepakeista.
progress-pictures = Paveikslėliai

## Kodėl operacinė sistema atsisakė veiksmo su failu (kiekvienas pranešimas, nurodantis priežastį).

io-not-found = tokio failo ar aplanko nėra
io-permission-denied = herald neturi prieigos teisių jo skaityti ar keisti
io-already-exists = toks failas ar aplankas jau yra
io-is-a-directory = šis kelias yra aplankas, o ne failas
io-not-a-directory = dalis kelio yra failas, o ne aplankas
io-directory-not-empty = aplankas nėra tuščias
io-read-only = diskas yra tik skaitomas
io-storage-full = diskas pilnas
io-quota = jūsų disko kvota išnaudota
io-file-too-large = failas per didelis šiam diskui
io-busy = jį naudoja kita programa
io-crosses-devices = jo negalima perkelti į kitą diską
io-invalid-filename = sistema neleidžia tokio pavadinimo (per ilgas arba su draudžiamu simboliu)
io-too-many-links = kelyje per daug nuorodų
io-invalid-data = jo turinio negalima perskaityti
io-unexpected-eof = failas baigiasi per anksti
io-timed-out = sistema laukė per ilgai
io-addr-in-use = šį adresą ir prievadą naudoja kita programa
io-addr-not-available = šis kompiuteris neturi tokio adreso
io-out-of-memory = kompiuteriui pritrūko atminties
io-link-loop = simbolinė nuoroda veda atgal į aplanką, kuriame ji yra
io-other = sistema sako: { $detail }

## Komandinė eilutė: `--help` ir priekaištai įvestai eilutei (clap tekstai, mūsų žodžiais).

cli-usage = Naudojimas
cli-commands = Komandos
cli-arguments = Argumentai
cli-options = Parinktys
cli-options-placeholder = PARINKTYS
cli-command-placeholder = KOMANDA
cli-default = numatytoji: { $value }
cli-values = galimos reikšmės: { $values }
cli-values-long = Galimos reikšmės:
cli-herald-about = Dvikalbės statinės svetainės ES tarpvalstybinio bendradarbiavimo projektams, su privalomais ES viešinimo tekstais
cli-herald-about-long =
    Dvikalbės statinės svetainės ES tarpvalstybinio bendradarbiavimo projektams, su privalomais ES viešinimo tekstais.

    Pradėkite nuo `herald init mano-svetaine`, naujienas pridėkite su `herald new "Antraštė"`, patikrinkite su `herald check` ir paskelbkite su `herald build`.
cli-arg-lang = herald pranešimų kalba: lv, lt arba en [numatytoji: HERALD_LANG, kitaip sistemos kalba, kitaip en]. Bet kurioje eilutės vietoje: `herald check --lang lt`
cli-arg-help = Parodo pagalbą
cli-arg-help-more = Parodo pagalbą (daugiau su '--help')
cli-arg-help-long = Parodo pagalbą (trumpiau su '-h')
cli-arg-version = Parodo versiją
cli-version-commit = { $version } (pirminio kodo revizija { $commit })
cli-version-commit-dated = { $version } (pirminio kodo revizija { $commit }, { $date })
cli-arg-root = Svetainės aplankas (jame yra site.yaml ir content/)
cli-help-about = Parodo šią pagalbą arba nurodytos komandos pagalbą
cli-value-lang = KALBA
cli-value-root = APLANKAS
cli-value-out = APLANKAS
cli-value-base_url = ADRESAS
cli-value-format = FORMATAS
cli-value-timeout = SEKUNDĖS
cli-value-concurrency = SKAIČIUS
cli-value-max_picture_mb = MB
cli-value-allow = KODAS
cli-value-dir = APLANKAS
cli-value-languages = KALBOS
cli-value-title = ANTRAŠTĖ
cli-value-port = PRIEVADAS
cli-value-bind = ADRESAS
cli-value-shell = APVALKALAS
cli-value-new-what = ANTRAŠTĖ|KELIAS
cli-value-schema-what = KURIS
cli-value-explain-what = KODAS
cli-build-about = Sukuria svetainę aplanke public/ (arba --out)
cli-build-out = Kur įrašyti svetainę [numatytasis: <root>/public]
cli-build-base_url = Pakeičia site.yaml base_url (pvz., peržiūros publikavimui)
cli-build-drafts = Įtraukia puslapius su `draft: true`
cli-build-future = Paskelbia ateities data pažymėtas naujienas jau dabar (be šios parinkties jos laukia savo dienos)
cli-build-force = Kuria net jei nuo paskutinio kūrimo į tą patį aplanką niekas nepasikeitė
cli-cms-about = Įrašo naršyklės redaktoriaus konfigūraciją: static/admin/config.yml (pagal site.yaml ir content/; jūsų nustatymai virš jos herald eilutės išlieka) ir, jei jo dar nėra, static/admin/index.html. Tada `herald serve` leidžia redaguoti svetainę adresu <adresas>/admin/
cli-serve-about = Peržiūra su automatiniu atnaujinimu: kuria atmintyje (su juodraščiais ir ateities data pažymėtomis naujienomis), rodo adresu 127.0.0.1 ir perkuria po kiekvieno išsaugojimo
cli-serve-port = Prievadas, kurio klausytis; jei jis užimtas, imamas kitas laisvas (0: bet kuris laisvas prievadas)
cli-serve-bind = Adresas, kurio klausytis; 0.0.0.0, kad galėtumėte peržiūrėti iš telefono tame pačiame tinkle
cli-serve-open = Atidaro svetainę numatytojoje naršyklėje
cli-serve-cms_on_network = Leidžia naršyklės redaktoriui (/admin/) išsaugoti failus, net jei --bind nėra vietinis adresas: tai galėtų bet kas, pasiekiantis šį kompiuterį ir sužinojęs seanso adresą
cli-check-about = Patikrina svetainę jos neįrašydamas: viską, ką tikrina build, taip pat nuorodas, inkarus, vertimus, ES viešinimo tekstus, paveikslėlius ir turinį
cli-check-about-long =
    Patikrina svetainę jos neįrašydamas: viską, ką tikrina build, taip pat nuorodas, inkarus, vertimus, ES viešinimo tekstus, paveikslėlius ir turinį.

    Išėjimo kodas: 0, jei viskas tvarkoje (įspėjimai leidžiami), 1, jei rasta klaidų (arba įspėjimų su --strict), 2, jei svetainės visai negalima perskaityti.
cli-check-format = Kaip išspausdinti radinius
cli-check-format-human = `failas:eilutė:stulpelis: klaida[H012]: pranešimas` ir patarimas, terminale spalvotai
cli-check-format-github = GitHub Actions anotacijos (`::error file=...,line=...::pranešimas`)
cli-check-format-json = Po vieną JSON objektą kiekvienam radiniui, kiekvienas savo eilutėje
cli-check-strict = Baigia klaida (išėjimo kodas 1) ir dėl įspėjimų
cli-check-external = Tikrina ir interneto adresus už svetainės ribų (reikia interneto)
cli-check-timeout = Su --external: kiek sekundžių laukti kiekvieno adreso
cli-check-concurrency = Su --external: kiek adresų klausti vienu metu
cli-check-max_picture_mb = Įspėja apie paveikslėlius, sunkesnius nei tiek megabaitų
cli-check-allow = Nepranešti apie šį patikrinimą (kodas arba pavadinimas, pvz., H040 ar missing-translation); galima kartoti
cli-check-base_url = Tikrina svetainę taip, lyg ji būtų sukurta su šiuo base_url
cli-check-drafts = Tikrina ir puslapius su `draft: true`
cli-init-about = Sukuria naują svetainę aplanke: site.yaml su komentarais ir po vieną naujienos pavyzdį kiekviena kalba
cli-init-about-long =
    Sukuria naują svetainę aplanke: site.yaml su komentarais ir po vieną naujienos pavyzdį kiekviena kalba.

    Aplankas turi būti tuščias arba dar neegzistuoti. Tema ir tekstai ateina iš paties herald.
cli-init-dir = Naujos svetainės aplankas
cli-init-languages = Svetainės kalbos, numatytoji pirma
cli-init-cms = Taip pat paruošia naršyklės redaktorių (static/admin/, kaip tai daro `herald cms`)
cli-new-about = Sukuria naujieną ar puslapį kiekviena kalba: `herald new "Antraštė"` (naujiena) arba `herald new news/pradzia` (kelias po content/; `/apie` viršutinio lygio puslapiui)
cli-new-about-long =
    Sukuria naujieną ar puslapį kiekviena kalba: `herald new "Antraštė"` (naujiena) arba `herald new news/pradzia` (kelias po content/; `/apie` viršutinio lygio puslapiui).

    Išspausdina sukurtų failų kelius; niekada neperrašo esamo failo.
cli-new-what = Antraštė (naujiena aplanke content/news/, kaip puslapio aplankas) arba kelias po content/, jei jame yra `/`
cli-new-languages = Kuriomis kalbomis sukurti [numatytoji: visomis svetainės kalbomis]
cli-new-bundle = Sukuria puslapio aplanką: aplanką su index.<kalba>.md, kad paveikslėliai būtų šalia teksto
cli-new-title = Antraštė, kai pirmasis argumentas yra kelias [numatytoji: iš pavadinimo]
cli-schema-about = Išspausdina JSON schemą failui site.yaml, puslapio įžanginei daliai (front matter) arba skyriaus `_index` įžanginei daliai, redaktoriams, kurie tikrina YAML rašant
cli-schema-what = Kurio failo schema
cli-schema-what-site = site.yaml
cli-schema-what-page = Puslapio ar naujienos įžanginė dalis (front matter)
cli-schema-what-section = Skyriaus ar pradinio puslapio `_index.<kalba>.md` įžanginė dalis
cli-explain-about = Paaiškina, ką reiškia `herald check` kodas ir kaip tai ištaisyti: `herald explain H012` arba `herald explain missing-alt`; `--all` visiems kodams
cli-explain-what = Kodas (H012) arba jo pavadinimas (missing-alt)
cli-explain-all = Paaiškina visus kodus
cli-explain-format = `markdown` kartu su --all: kodų lentelė dokumentacijai
cli-explain-format-text = Tekstas terminalui
cli-explain-format-markdown = Kodų lentelė Markdown formatu (su --all)
cli-completions-about = Išspausdina apvalkalo automatinio užbaigimo scenarijų
cli-completions-about-long =
    Išspausdina apvalkalo automatinio užbaigimo scenarijų.

    Pvz., `herald completions bash > ~/.local/share/bash-completion/completions/herald`
cli-completions-shell = Apvalkalas: bash, zsh, fish, elvish arba powershell
cli-error-subcommand = herald neturi komandos „{ $value }“
cli-error-subcommand-hint = komandos: { $commands }
cli-error-subcommand-missing = `{ $command }` reikia komandos
cli-did-you-mean = gal turėjote omenyje `{ $suggestion }`?
cli-error-argument = `{ $command }` nepriima „{ $value }“
cli-escape = kad „{ $value }“ būtų reikšmė, rašykite `-- { $value }`
cli-error-value-missing = `{ $option }` reikia reikšmės
cli-error-value-invalid = „{ $value }“ nėra `{ $option }` reikšmė
cli-error-value-list = rašykite vieną iš šių: { $values }
cli-error-value-wrong = „{ $value }“ netinka parinkčiai `{ $option }`
cli-expect-port = rašykite prievado numerį nuo 0 iki 65535, pvz., 1111
cli-expect-whole = rašykite sveikąjį skaičių, pvz., 8
cli-expect-number = rašykite skaičių, pvz., 10 arba 2,5
cli-expect-address = rašykite IP adresą, pvz., 127.0.0.1 arba 0.0.0.0
cli-error-missing = `{ $command }` reikia { $what }
cli-error-twice = `{ $option }` nurodyta du kartus: nurodykite vieną kartą
cli-error-conflict = `{ $option }` negalima nurodyti kartu su `{ $other }`
cli-error-value-extra = `{ $option }` priima vieną reikšmę: „{ $value }“ yra perteklinė
cli-error-other = herald nepavyko perskaityti komandinės eilutės ({ $detail })
cli-usage-hint = naudojimas: `{ $usage }`; daugiau pasako `{ $command } --help`

## init

init-no-languages = --languages reikia bent vieno kalbos kodo, pvz., --languages lv,lt
init-is-file = { $dir } yra failas; nurodykite aplanką naujai svetainei
init-not-empty = { $dir } nėra tuščias; herald init kuria naują svetainę tik tuščiame arba naujame aplanke
init-not-empty-hint = pasirinkite naujo aplanko pavadinimą, pvz., herald init mano-svetaine
init-done = Svetainė sukurta aplanke { $dir }. Toliau užpildykite site.yaml, tada paleiskite `herald check --root { $dir }` ir `herald build --root { $dir }`.
write-failed = nepavyksta įrašyti { $file }: { $error }

## new

new-not-site-language = `{ $lang }` nėra svetainės kalba (svetainės kalbos: { $languages })
new-no-name = iš `{ $what }` nepavyksta sudaryti failo pavadinimo: nurodykite pavadinimą su raidėmis ar skaitmenimis, pvz., herald new "Projekto baigiamoji konferencija"
new-not-a-path = `{ $what }` nėra kelias aplanke content/: rašykite jį kaip skyrius/pavadinimas, pvz., news/kick-off, arba /about pagrindinio lygio puslapiui
new-reserved-name = `{ $name }` yra puslapio aplanko ar skyriaus paties failo pavadinimas: pavadinkite puslapį, pvz., news/kick-off
new-exists = { $file } jau yra; herald new niekada neperrašo failo
new-exists-hint = redaguokite tą failą arba pasirinkite kitą pavadinimą

## cms

cms-wrote = Įrašyta { $file }
cms-kept = Paliktas { $file } (jūsų failas; ištrinkite jį, kad gautumėte herald failą)
cms-next = Redaguokite svetainę naršyklėje: paleiskite `herald serve` ir atverkite jo adresą su /admin/ pabaigoje.
cms-typed = Failo { $file } galerija laikoma vienoje vietoje, kaip ją saugo redaktorius: numatytosios kalbos failas išvardija nuotraukas ir vaizdo įrašus jų tvarka, kiekvienam jo rūšį (`type:`) ir tekstus kiekviena kalba (`alt: {"{"}lv: ..., lt: ...{"}"}`); vertimai ją perima
cms-untyped = herald negalėjo perrašyti failo { $file } galerijos (jo pradžios dalies nepavyko perskaityti kaip puslapio): patys parašykite kiekvieną įrašą kaip `- type: image`, `image:`, `alt: {"{"}lv: ..., lt: ...{"}"}` arba pataisykite failą ir paleiskite `herald cms` dar kartą; kitaip redaktorius įrašų neatidaro
cms-position-not-kept = Įspėjimas: { $file } nuotraukos { $image } matomą dalį nustato `position: { $own }` tik savo kalba. Galerija dabar laikoma vienoje vietoje, ir visomis kalbomis naudojama { $kept }: peržiūrėkite nuotrauką šios kalbos puslapyje ir, jei ji apkirpta blogai, pakeiskite `position:` numatytosios kalbos faile.
cms-position-none = be `position:` (rodoma visa nuotrauka)

## serve

serve-cms-on-network = redaktorius /admin/ gali įrašyti failus, o --bind { $bind } leidžia jį pasiekti iš kitų kompiuterių; bet kas šiame tinkle, sužinojęs jo adresą, gali pakeisti svetainę. Naudokite tai tik tinkle, kuriuo pasitikite.
serve-cms-off = redaktorius /admin/ išjungtas, nes --bind { $bind } pasiekiamas iš kitų kompiuterių (pridėkite --cms-on-network, kad vis tiek jį įjungtumėte)
serve-cannot-start = nepavyksta paleisti peržiūros serverio: { $error }
serve-no-free-port = nėra laisvo prievado ({ $error }); pasirinkite kitą su --port
serve-cannot-watch = nepavyksta stebėti svetainės pakeitimų ({ $error }); norėdami pamatyti pakeitimus, paleiskite iš naujo
serve-listening = Svetainė rodoma adresu { $url } (su juodraščiais ir ateities data pažymėtomis naujienomis); norėdami sustabdyti, paspauskite Ctrl-C.
serve-cms-at = Redaguokite ją naršyklėje adresu { $url } (po `herald cms`).
serve-stopped = Sustabdyta. Išvesties aplankas nebuvo paliestas.
serve-rebuilt = Perkurta per { $ms } ms (Markdown failai: { $bodies }, puslapiai: { $pages }, pakeisti išvesties failai: { $changed }); perkrovimo žinia išsiųsta praėjus { $since } ms po pakeitimo
serve-keeps-last = Peržiūroje toliau rodoma paskutinė sėkmingai sukurta versija.
serve-error-title = herald: svetainės nepavyksta sukurti
serve-error-note = Puslapyje rodoma paskutinė sėkmingai sukurta versija. Šis pranešimas dings, kai failas bus pataisytas.
serve-not-found = Nerasta
serve-get-only = Peržiūra tik rodo svetainę: ji atsako į GET ir HEAD užklausas.
serve-file-removed = Šis failas ką tik ištrintas.
serve-pdf-failed = Nepavyksta sukurti PDF: { $error }
serve-watch-lost = Sistema pranešė ne apie visus pakeitimus: vėl stebimi visi aplankai ir perkuriama viskas.
serve-watch-removed = { $dir }/ ištrintas; herald vėl jį stebės, kai jis atsiras.
serve-watch-replaced = { $dir }/ pakeistas: stebimas naujas aplankas ir perkuriama viskas.
serve-watch-appeared = { $dir }/ atsirado: jis stebimas ir perkuriama viskas.
serve-watch-failed = nepavyksta stebėti aplanko { $dir }/ pakeitimų ({ $error }): jo pakeitimai bus matomi iš naujo paleidus herald serve.
serve-watch-limit = sistema daugiau aplankų nebestebi (pasiekta jos riba; Linux sistemoje padidinkite fs.inotify.max_user_watches)
serve-cms-refused = redaktoriaus įrašymas atmestas: { $reason }
serve-cms-page-off = Redaktorius išjungtas: `herald serve` klausosi tinkle (--bind). Pridėkite --cms-on-network, kad vis tiek jį naudotumėte.
build-waiting = Kitas herald kūrimas šiuo metu rašo į { $out }; laukiama, kol jis baigsis...
serve-cms-wrong-host = redaktorius atsako tik adresu 127.0.0.1:{ $port } arba localhost:{ $port }, o ne `{ $host }`
serve-cms-other-site = užklausa iš kitos svetainės ({ $origin }) negali keisti šios svetainės
serve-cms-json-only = redaktoriaus serverio dalis skaito tik JSON užklausas
# Vietinės serverio dalies atsisakymai, kuriuos naršyklės redaktorius parodo, kai įrašymas atmetamas.
serve-cms-no-field = užklausoje nėra `{ $key }`
serve-cms-not-json = užklausa nėra JSON formato: { $error }
serve-cms-unknown-action = herald vietinė serverio dalis neatsako į `{ $action }` (ji įrašo iš karto, be redakcinės darbo eigos)
serve-cms-post-only = redaktoriaus serverio dalis atsako tik į POST užklausas
serve-cms-session-ended = ši redaktoriaus sesija baigėsi arba adresas neteisingas: įkelkite redaktoriaus puslapį iš naujo
serve-cms-outside = `{ $path }` yra už aplankų content/ ir static/ ribų: redaktorius gali skaityti ir įrašyti failus tik juose
serve-cms-symlink = kelias `{ $path }` eina per simbolinę nuorodą: redaktorius nuorodomis neseka
# Kalba, kaip ją įvardija serve-cms-one-language („tik … kalba“).
serve-cms-lang-name = { $lang ->
    [lv] latvių
    [lt] lietuvių
    [en] anglų
   *[code] „{ $lang }“
}
serve-cms-one-language = šis įrašas parašytas tik { $language } kalba, o jo pavadinimas kairėje pusėje yra pastaba, kuri tai nurodo. Kad pridėtumėte versiją šia kalba, vietoj pastabos įrašykite jos pavadinimą; kitaip palikite kairę pusę tokią, kokia buvo (tekstas { $language } kalba yra dešinėje pusėje). Niekas neįrašyta
serve-cms-no-front-matter = faile `{ $path }` nėra antraštės, kurią redaktorius galėtų keisti; niekas neįrašyta
serve-cms-changed-on-disk = failas `{ $path }` buvo pakeistas kompiuteryje po to, kai redaktorius jį atidarė, todėl jis neperrašytas: įkelkite šį puslapį iš naujo, kad pamatytumėte naują versiją, ir tada pakeiskite dar kartą
serve-cms-exists = failas `{ $path }` jau yra, o redaktorius jo neatidarė, todėl jis neperrašytas: pasirinkite kitą pavadinimą (arba adresą) arba atidarykite esamą
serve-cms-move-taken = failas `{ $to }` jau yra, todėl `{ $from }` ten neperkeltas
serve-cms-picture-damaged = paveikslėlis `{ $path }` atkeliavo sugadintas ({ $error }); pridėkite jį dar kartą
serve-cms-cannot-read = nepavyko perskaityti `{ $path }`: { $error }
serve-cms-cannot-save = nepavyko įrašyti `{ $path }`: { $error }
serve-cms-cannot-move = nepavyko perkelti `{ $path }`: { $error }
serve-cms-cannot-delete = nepavyko ištrinti `{ $path }`: { $error }
http-busy = Per daug ryšių; bandykite dar kartą.
http-headers-too-large = Užklausos antraštės per didelės.
http-too-slow = Užklausa siunčiama per ilgai.
http-unreadable = Užklausos nepavyksta perskaityti.
http-too-large = Užklausa per didelė.
http-failed = herald nepavyko atsakyti į šią užklausą; priežastis matoma terminale.
## content

file-unreadable = failo nepavyksta perskaityti: { $reason }
content-changed-during-build = šis failas buvo pakeistas, kol buvo kuriama svetainė
content-changed-during-build-hint = herald kuria svetainę iš failų, kokie jie buvo kūrimo pradžioje; dabar, kai failas išsaugotas, sukurkite svetainę dar kartą
content-empty-file-hint = failas tuščias: pradėkite jį antraštės bloku:
    {"  "}---
    {"  "}title: ...
    {"  "}---
content-no-front-matter = failas neturi antraštės (front matter)
content-no-front-matter-hint = pradėkite failą eilute `---`, tada antraštė (title: ...), tada dar viena eilutė `---`, tada tekstas
content-front-matter-unclosed = failo antraštė niekur neuždaryta
content-front-matter-unclosed-hint = įrašykite eilutę `---` po paskutinio antraštės rakto, prieš tekstą
content-date-month-days = { $month } turi { $days ->
    [one] { $days } dieną
    [few] { $days } dienas
    [many] { $days } dienos
   *[other] { $days } dienų
}: pataisykite dieną, rašydami `date: YYYY-MM-DD`
content-date-hint = rašykite dieną kaip `date: YYYY-MM-DD`, pvz. `date: 2021-02-18`
content-updated = `updated`: { $problem }
content-title-empty = pavadinimas tuščias
content-title-empty-hint = įrašykite puslapio pavadinimą po `title:`
content-focal-point = `{ $key }: { $value }` nėra paveikslėlio dalis, kurią herald supranta
content-focal-point-hint = rašykite top, center, bottom, left arba right, arba du procentus nuo kairės ir nuo viršaus, pvz. "50% 20%"
content-tag-no-letters = žymoje `{ $tag }` nėra nė vienos raidės ar skaitmens, todėl ji negali turėti puslapio
content-tag-no-letters-hint = rašykite kiekvieną žymą vienu ar dviem žodžiais, pvz. tags: [Semināri, Jaunieši]
content-gallery-both = galerijos įraše Nr. { $entry } yra ir `image`, ir `video`
content-gallery-neither = galerijos įraše Nr. { $entry } nėra nei `image`, nei `video`
content-gallery-picture-title = galerijos įrašas Nr. { $entry } yra paveikslėlis, bet turi `title` (paveikslėliams rašoma `alt` ir `caption`)
content-gallery-video-alt = galerijos įrašas Nr. { $entry } yra vaizdo įrašas, bet turi `alt` (vaizdo įrašams rašoma `title`)
content-gallery-picture-poster = galerijos įrašas Nr. { $entry } yra paveikslėlis, bet turi `poster` (peržiūros paveikslėlį turi tik vaizdo įrašai)
content-gallery-entry-hint = kiekvienas galerijos įrašas yra arba {"{"}image: photo.jpg, alt: ..., caption: ...{"}"}, arba {"{"}video: https://..., title: ...{"}"}
content-gallery-type = galerijos įraše Nr. { $entry } yra `type: { $kind }`, kuris nenurodo, kas tai: paveikslėlis turi `type: image`, vaizdo įrašas – `type: video`
content-gallery-type-hint = naršyklės redaktorius `type` įrašo pats; ranka rašykite `type: image` šalia `image:`, `type: video` šalia `video:` arba `type` visai nerašykite
content-event-start = renginio pradžia: { $problem }
content-event-end = renginio pabaiga: { $problem }
content-event-hint = rašykite event: {"{"}start: 2025-02-18 10:00, end: 2025-02-18 13:00, place: Jelgavā{"}"}; tik dieną (2025-02-18) visą dieną trunkančiam renginiui
content-event-end-before-start = renginys baigiasi ({ $end }) anksčiau, nei prasideda ({ $start })
content-event-end-before-start-hint = patikrinkite `end:` dieną ir laiką (arba pašalinkite jį vienos dienos renginiui)
content-event-place-empty = renginio vieta tuščia
content-event-place-empty-hint = įrašykite, kur jis vyksta (place: Jelgavā), arba pašalinkite `place:`
content-no-folder = nėra aplanko content/
content-no-folder-hint = sukurkite content/ svetainės šakniniame aplanke ir sudėkite į jį naujienas kaip Markdown failus
content-stray = { $name } atrodo kaip puslapis, bet nėra skaitomas kaip puslapis, todėl neskelbiamas
content-stray-copy-hint = atrodo, kad tai { $meant } kopija: ištrinkite ją arba, jei norite ją pasilikti, perkelkite už svetainės aplanko ribų
content-stray-rename-hint = pervadinkite jį į { $meant } (puslapiai vadinami pavadinimas.<kalba>.md, mažosiomis raidėmis, be tarpų aplink pavadinimą)
content-unknown-language = `{ $lang }` failo pavadinime nėra nė viena iš svetainės kalbų ({ $languages })
content-unknown-language-hint = pervadinkite failą į { $stem }.<kalba>.md su viena iš: { $languages }, arba įrašykite `{ $lang }` į `languages` faile site.yaml
content-two-languages = failo pavadinime `{ $name }` kalba nurodyta du kartus (`{ $first }`, po to `{ $lang }`): herald negali nustatyti, kuria kalba yra puslapis
content-two-languages-hint = tokį failą rašo naršyklės redaktorius internete (Decap CMS), kai ten išsaugoma naujiena, parašyta tik viena kalba. Perkelkite jo papildymus į { $base }.{ $first }.md (arba, kaip `{ $lang }` versiją, į { $base }.{ $lang }.md) ir ištrinkite šį failą; naujienas tik viena kalba redaguokite `herald serve` (docs/cms.md)

## config

config-unreadable = site.yaml nepavyksta perskaityti: { $reason }
config-missing-hint = herald reikia site.yaml svetainės šakniniame aplanke ({ $root }); paleiskite `herald init`, kad jį sukurtumėte, arba nurodykite --root
# $key is `base_url` (site.yaml) or `--base-url` (the command line); $problem is one of base-url-*.
config-base-url = { $key } `{ $url }` { $problem }
config-base-url-hint = rašykite tik adresą, kuriuo svetainė bus skelbiama, taip, kaip jį rodo naršyklė, pvz. https://example.org/octopus/ (be ?, #, naudotojo vardo ar tarpų)
base-url-not-absolute = nėra pilnas http(s) adresas (jis turi prasidėti https:// arba http://)
base-url-space = turi tarpą arba nematomą simbolį ({ $character })
base-url-query = turi užklausą (dalį nuo `?`), kuri atsidurtų kiekvienos nuorodos viduryje
base-url-fragment = turi fragmentą (dalį nuo `#`), kuris atsidurtų kiekvienos nuorodos viduryje
base-url-backslash = turi atvirkštinį pasvirąjį brūkšnį, kuris atsidurtų kiekvienos nuorodos viduryje
base-url-user = nurodo naudotoją (dalį prieš `@`), o tai nukreiptų skaitytojus kitur
base-url-no-host = po `://` nėra serverio vardo
base-url-bad-host = serverio vardo vietoje yra `{ $host }`, kuris nėra serverio vardas
base-url-port = turi prievadą (po `:`), kuris nėra skaičius iki 65535
config-reviewed-before-prepared = accessibility.reviewed ({ $reviewed }) yra ankstesnė nei accessibility.prepared ({ $prepared })
config-reviewed-before-prepared-hint = `prepared` yra diena, kai pareiškimas parašytas pirmą kartą, `reviewed` – paskutinės jo peržiūros diena
config-contact-empty = accessibility.contact neturi nei el. pašto, nei telefono, nei url
config-contact-empty-hint = suteikite lankytojams galimybę pranešti apie problemas, pvz. contact: {"{"}email: piekluustamiba@example.lv{"}"}
config-not-http = { $key } `{ $url }` nėra http(s) adresas
config-not-http-hint = rašykite visą adresą, prasidedantį https://

## source

source-not-utf8 = failas nėra UTF-8 tekstas (baito { $byte } nepavyksta perskaityti)
source-not-utf8-hint = tikriausiai jis išsaugotas Windows kodų lentele, pvz. Windows-1257 (Baltijos); atidarykite jį redaktoriuje ir išsaugokite iš naujo su koduote "UTF-8"
source-escaped-control = tekstas kabutėse su atvirkštiniu pasviruoju brūkšniu sudaro nematomą valdymo simbolį ({ $character }); jo negali turėti joks tinklalapis ar srautas
source-escaped-control-hint = ištrinkite iš teksto atvirkštinį pasvirąjį brūkšnį ir tai, kas po jo eina (pvz. \0, \x01 ar \u001B)
source-nul = tekste yra NUL simbolis ({ $character }), kurio negali turėti joks tinklalapis ar srautas
source-control = tekste yra nematomas valdymo simbolis ({ $character }), kurio negali turėti joks tinklalapis ar srautas
source-control-hint = ištrinkite jį: tokie simboliai atsiranda su tekstu, nukopijuotu iš PDF ar kitų programų; perrašykite žodžius nurodytoje eilutėje ir stulpelyje. Jei failas jų pilnas, jis išsaugotas kaip UTF-16: išsaugokite jį iš naujo su koduote "UTF-8"
source-when-invalid = `{ $value }` nėra tinkama diena ar laikas: rašykite YYYY-MM-DD (pvz. 2025-02-18) arba dieną ir laiką, YYYY-MM-DD HH:MM (pvz. 2025-02-18 10:00), vietos laiku (Ryga, Vilnius)

## inputs

inputs-link-outside = simbolinė nuoroda { $link } rodo į { $target }, už svetainės aplanko ribų
inputs-link-outside-hint = herald skaito ir skelbia tik failus svetainės aplanke: užuot darę nuorodą, nukopijuokite failą ar aplanką į svetainę arba pašalinkite nuorodą
inputs-link-broken = simbolinė nuoroda { $link } rodo į { $target }, kurio nėra
inputs-link-broken-hint = pašalinkite nuorodą arba grąžinkite failą, kurį ji nurodo
inputs-unreadable = nepavyksta perskaityti: { $reason }
inputs-link-loop-hint = ši simbolinė nuoroda rodo atgal į aplanką, kuriame ji yra: pašalinkite nuorodą
inputs-unreadable-hint = patikrinkite, ar failą galima perskaityti

## markdown

picture-no-alt = paveikslėlis `{ $file }` neturi alternatyviojo teksto
markdown-no-alt-hint = aprašykite, kas jame matyti, lankytojams, kurie jo nemato: ![ką rodo paveikslėlis]({ $file })
markdown-space-picture = paveikslėlis `{ $address }` neskaitomas kaip paveikslėlis: jame yra tarpas, todėl tekstas būtų paskelbtas taip, kaip parašytas
markdown-space-link = nuoroda `{ $address }` neskaitoma kaip nuoroda: joje yra tarpas, todėl tekstas būtų paskelbtas taip, kaip parašytas
markdown-space-hint = rašykite ją kaip { $written } (su < > aplink pavadinimą) arba pervadinkite failą be tarpų ({ $renamed }) ir įrašykite naują pavadinimą

## gallery

gallery-not-in-base = `{ $name }` nėra failo { $file } galerijoje
gallery-not-in-base-hint = vertimo galerija nurodo tik { $lang } galerijos failų alternatyviuosius tekstus ir antraštes (arba vaizdo įrašų pavadinimus); įrašykite `{ $name }` ten arba pataisykite pavadinimą
gallery-translation-no-alt = { $count ->
    [one] galerijos paveikslėlis { $list } neturi alternatyviojo teksto `{ $lang }` kalba
    [few] galerijos paveikslėliai { $list } neturi alternatyviojo teksto `{ $lang }` kalba
    [many] galerijos paveikslėliai { $list } neturi alternatyviojo teksto `{ $lang }` kalba
   *[other] galerijos paveikslėliai { $list } neturi alternatyviojo teksto `{ $lang }` kalba
}
# $example is a `gallery:` block listing the pictures, one per line.
gallery-translation-no-alt-hint = kiekvienam paveikslėliui reikia aprašymo puslapio kalba lankytojams, kurie jo nemato; failai imami iš { $file }, todėl čia išvardykite tik tekstus:
    { $example }
gallery-no-alt = galerijos paveikslėlis `{ $name }` neturi alternatyviojo teksto `{ $lang }` kalba
gallery-no-alt-hint = aprašykite, kas matyti paveikslėlyje, lankytojams, kurie jo nemato: {"{"}image: { $name }, alt: ..., caption: ...{"}"}
gallery-no-alt-translation-hint = aprašykite, kas matyti paveikslėlyje, lankytojams, kurie jo nemato: {"{"}image: { $name }, alt: ..., caption: ...{"}"} (šia kalba)
gallery-no-alt-by-lang-hint = aprašykite, kas matyti paveikslėlyje, lankytojams, kurie jo nemato, kiekviena alternatyviojo teksto kalba: alt: {"{"}{ $lang }: ...{"}"} šalia kitų kalbų tekstų
content-gallery-text-language = galerijos įrašas { $entry }: `{ $lang }` jo lauke `{ $key }` nėra viena iš svetainės kalbų ({ $languages })
content-gallery-text-language-hint = kiekvienos kalbos tekstą rašykite po jos kodu ({ $languages }), pvz. { $key }: {"{"}lv: ..., lt: ...{"}"}, arba pridėkite `{ $lang }` prie `languages` faile site.yaml
gallery-video-no-id = adrese `{ $url }` nepavyksta rasti vaizdo įrašo identifikatoriaus
gallery-video-no-id-hint = nukopijuokite adresą iš vaizdo įrašo puslapio, pvz. https://www.youtube.com/watch?v=dQw4w9WgXcQ arba https://vimeo.com/76979871
gallery-video-unknown = vaizdo įrašas `{ $url }` nėra nei YouTube ar Vimeo adresas, nei .mp4 ar .webm failas
gallery-video-unknown-hint = įrašykite vaizdo įrašo YouTube ar Vimeo adresą (https://www.youtube.com/watch?v=...) arba vietinį .mp4/.webm failą; kitos paslaugos nepalaikomos, nes jų negalima įterpti be sekimo

## images

images-cache-create = nepavyksta sukurti paveikslėlių podėlio aplanko { $folder }: { $reason }
images-cache-create-hint = patikrinkite aplanko leidimus arba nurodykite kitą images.cache_dir faile site.yaml
images-unreadable = nepavyksta perskaityti paveikslėlio { $file }: { $reason }
images-unusable = paveikslėlio { $file } negalima naudoti: { $reason }
images-unusable-hint = atidarykite jį paveikslėlių redaktoriuje ir išsaugokite iš naujo kaip JPEG, PNG ar WebP (arba nukopijuokite jį iš naujo iš ten, iš kur jis gautas), arba pašalinkite jį iš puslapio
images-library-failed = paveikslėlių apdorojimo biblioteka su juo nesusitvarkė ({ $reason })
images-cache-write = nepavyksta įrašyti į paveikslėlių podėlį { $folder }: { $reason }
images-cache-write-hint = patikrinkite aplanko leidimus ir laisvą vietą diske arba nurodykite kitą images.cache_dir
# The kind of file a page names, as the subject of the media-* messages.
media-kind = { $kind ->
    [cover] viršelio paveikslėlis
    [gallery] galerijos paveikslėlis
    [poster] vaizdo įrašo peržiūros paveikslėlis
    [video] vaizdo įrašo failas
    [og-image] og_image paveikslėlis
   *[link] nuoroda ar paveikslėlis
}
media-outside = { $what } `{ $name }` yra už svetainės aplanko ribų
media-outside-hint = herald skelbia tik svetainės failus: nukopijuokite failą šalia Markdown failo (puslapio rinkinys) arba į static/ ir nurodykite jį iš ten
media-missing = { $what } `{ $name }` neegzistuoja (trūksta { $path })
media-missing-hint = padėkite failą šalia Markdown failo (puslapio rinkinys: <pavadinimas>/index.<kalba>.md) arba į static/ ir rašykite jį kaip /name.jpg; patikrinkite rašybą ir didžiąsias/mažąsias raides
media-not-picture = { $what } `{ $name }` nėra JPEG, PNG ar WebP failas
media-not-picture-hint = išsaugokite paveikslėlį kaip .jpg, .png ar .webp
media-other-case = { $what } `{ $name }` parašytas kitomis didžiosiomis/mažosiomis raidėmis: puslapyje parašyta `{ $name }`, failas yra `{ $real }`
media-other-case-hint = žiniatinklio serveriai skiria didžiąsias raides nuo mažųjų: rašykite `{ $real }` tiksliai taip, kaip pavadintas failas, arba pervadinkite failą

## check: links

links-img-no-alt = paveikslėlis `{ $file }` neturi atributo alt
links-img-no-alt-template-hint = <img> yra šablone (puslapyje /{ $path }): įrašykite alt="..." (alt="" dekoratyviniam paveikslėliui)
links-img-no-alt-hint = įrašykite į <img> alt="ką rodo paveikslėlis"
links-on-page = (puslapyje /{ $path })
# $kind is `picture` or `link`; $hint is one of the links-*-hint texts.
links-template-hint = { $kind ->
    [picture] paveikslėlį
   *[link] nuorodą
} sukuria šis šablonas arba į jį įtraukta dalis; { $hint }
# $on is empty or links-on-page, with a space before it.
links-missing = { $kind ->
    [picture] paveikslėlis
   *[link] nuoroda
} `{ $address }` rodo į { $url }, kur svetainėje nieko nėra{ $on }
links-missing-hint = nurodykite kitą puslapį per jo Markdown failą (../kick-off/index.lv.md), failą šalia šio arba static/ aplanko failą kaip /name.pdf
links-outside-base = { $kind ->
    [picture] paveikslėlis
   *[link] nuoroda
} `{ $address }` rodo į { $url }, už svetainės adreso { $base } ribų{ $on }
links-outside-base-hint = tai neveikia, kai svetainė skelbiama po papildomu keliu: nurodykite Markdown failus ir static/ aplanko /failus (herald prideda bazinį kelią), o šablonuose naudokite url(path=...)
links-anchor = nuoroda `{ $address }` rodo į #{ $fragment }, kurio nėra puslapyje { $url }{ $on }
links-anchor-did-you-mean = gal turėjote omenyje #{ $fragment }?
links-anchor-hint = antraštės gauna id iš savo teksto (## Par projektu -> #par-projektu), arba nurodykite jį taip: ## Antraštė {"{"}#mano-id{"}"}

## check: pictures

pictures-no-alt-gallery-hint = įrašykite į galerijos įrašą `alt:`: {"{"}image: { $file }, alt: "ką rodo paveikslėlis"{"}"}
pictures-no-alt-hint = aprašykite paveikslėlį tarp laužtinių skliaustų: ![ką rodo paveikslėlis]({ $file })
pictures-alt-is-file-name = paveikslėlio `{ $file }` alternatyvusis tekstas yra jo failo pavadinimas
pictures-alt-is-file-name-hint = parašykite, ką rodo paveikslėlis, skaitytojui, kuris jo nemato, pvz. "Senjorai Panemunėlio centro atidaryme"
pictures-unused = paveikslėlis { $file } nenaudojamas jokiame puslapyje
pictures-unused-hint = įtraukite jį į kurio nors puslapio `gallery:` ar tekstą (![ką jis rodo](name.jpg)) arba ištrinkite
# $size and $limit are in megabytes.
pictures-heavy = paveikslėlis { $file } sveria { $size } MB, daugiau nei riba { $limit } MB
pictures-heavy-hint = eksportuokite mažesnę kopiją (pvz. 3000 pikselių pločio, JPEG kokybė 85) ir naudokite ją; riba nustatoma su --max-picture-mb

## check: publicity

publicity-no-profile-texts = programos profilis `{ $profile }` neturi tekstų `{ $lang }` kalba
publicity-no-profile-texts-hint = naudokite įtaisytąjį profilį (latlit-2014-2020, latlit-2021-2027) arba apibrėžkite pranešimą `{ $profile }` su jo atributu `.mandatory` ir tekstais faile { $file }
# $part is statement, disclaimer, links or emblem.
publicity-text-missing = trūksta `{ $lang }` teksto `{ $key }`: programos profilis daro { $part } privalomu
publicity-text-missing-hint = apibrėžkite `{ $key }` faile { $file }; iki tol { $lang } puslapiai jį rodytų kita kalba
publicity-statement-unwritable = `{ $lang }` projekto pareiškimo nepavyksta sudaryti: { $reason }
publicity-statement-unwritable-hint = pataisykite `{ $key }` faile { $file }
publicity-responsible-empty = project.responsible tuščias `{ $lang }` kalbai: ES atsakomybės apribojimo pareiškime turi būti nurodyta už turinį atsakinga organizacija
publicity-responsible-empty-hint = įrašykite organizacijos pavadinimą (vardininku) po project.responsible kiekvienai kalbai
publicity-item-responsible-empty = `responsible:` tuščias: ES atsakomybės apribojimo pareiškime turi būti nurodyta už turinį atsakinga organizacija
publicity-item-responsible-empty-hint = įrašykite organizacijos pavadinimą arba pašalinkite `responsible:`, kad būtų naudojamas site.yaml project.responsible
publicity-no-emblem-file = svetainėje nėra failo { $file }
publicity-no-emblem-file-hint = jį pakeitė to paties pavadinimo statinis failas arba jis buvo pašalintas: palikite herald failą
publicity-emblem-not-shown = naujienos puslapyje /{ $path } nerodoma ES emblema
publicity-emblem-not-shown-hint = puslapio šablonas (arba base.html, partials/header.html) turi rodyti <img src="{"{{"} site.emblem.href {"}}"}" alt="{"{{"} site.emblem.alt {"}}"}">; naujiena yra { $file }

## check: scripts

# $what is one of scripts-script ... scripts-address.
scripts-found = šio teksto HTML turi { $what }: tai paleidžia scenarijų kiekvieno lankytojo naršyklėje arba nukreipia lankytojus kitur
scripts-found-hint = palikite tai tik tuo atveju, jei tai patikimo paslaugų teikėjo įterpimo kodas (žemėlapis, vaizdo įrašas); kitaip pašalinkite. `markdown: {"{"}raw_html: false{"}"}` faile site.yaml pašalina iš tekstų visą HTML
scripts-script = žymę <script>
scripts-base = elementą <base> (jis keičia, kur rodo kiekviena puslapio nuoroda)
scripts-refresh = <meta http-equiv="refresh"> (jis nukreipia lankytoją kitu adresu)
scripts-object = tinklalapio ar papildinio elementą <{ $element }>
scripts-handler = įvykių doroklę `{ $attribute }=`
scripts-srcdoc = { $what } elemento <{ $element } srcdoc> dokumente
scripts-address = `{ $scheme }` adresą

## check: external, stray

external-status = žiniatinklio adresas { $url } atsako HTTP { $status }
external-unreachable = žiniatinklio adresas { $url } nepasiekiamas: { $reason }
external-hint = atidarykite jį naršyklėje; pataisykite adresą, nurodykite archyvuotą kopiją arba pašalinkite nuorodą
external-timeout = per laukimo laiką atsakymo negauta
stray-root = herald neskaito `{ $name }`
stray-root-hint = gal turėjote omenyje `{ $meant }`? herald skaito site.yaml, content/, static/, templates/, themes/ ir i18n/ (pavadinimai mažosiomis raidėmis)
stray-i18n = herald neskaito i18n/{ $name }
stray-i18n-hint = herald skaito tik i18n/<kalba>.ftl failus (Fluent), pvz. i18n/lv.ftl

## model

model-slug-separator = slug `{ $slug }` turi `/`, `\` arba `..`
model-slug-separator-hint = slug yra viena URL dalis: raidės, skaitmenys ir brūkšneliai, pvz. `projekta-sakums`
model-slug-no-letters = slug `{ $slug }` neturi nė vienos raidės ar skaitmens
model-slug-no-letters-hint = įrašykite slug, pvz. `projekta-sakums`, arba pašalinkite `slug:`
model-slug-from-file-name = iš failo pavadinimo nepavyksta sudaryti URL slug
model-slug-from-file-name-hint = nurodykite `slug:` failo antraštėje
# Shown in place of a file name for the pages herald makes itself.
model-own-page = { $page ->
    [tags] (žymių rodyklės puslapis)
    [search] (paieškos puslapis)
    [sitemap] (svetainės medžio puslapis)
    [accessibility] (prieinamumo pareiškimo puslapis)
   *[galleries] (galerijų rodyklės puslapis)
}
model-same-page = du failai yra tas pats puslapis `{ $lang }` kalba: šis ir { $other }
model-same-page-hint = puslapis yra arba `pavadinimas.<kalba>.md`, arba `pavadinimas/index.<kalba>.md`, ne abu: pašalinkite vieną
model-no-title = failo antraštėje nėra `title`
model-no-title-hint = įrašykite eilutę `title: ...` tarp `---` eilučių
model-slug-number = slug `{ $slug }` yra skaičius: skyriaus sąrašų puslapiai turi sunumeruotus adresus (/2/, /3/ ...), todėl vienas iš jų galėtų paslėpti šią naujieną
model-slug-number-hint = pridėkite prie slug žodį, pvz. `slug: { $slug }-diena`, arba pervadinkite failą
model-same-address = du puslapiai būtų paskelbti tuo pačiu adresu /{ $path }: šis ir { $other }
model-same-address-hint = suteikite vienam iš jų kitą `slug:` jo failo antraštėje

## publicity

publicity-unknown-programme = `{ $profile }` nėra programa, kurią herald žino, todėl puslapių ES tekstų sudaryti negalima
# $guess is empty or yaml-did-you-mean followed by a space.
publicity-unknown-programme-hint = { $guess }įrašykite į `programme:` vieną iš programų, kurias herald žino ({ $programmes }), arba apibrėžkite savo: pranešimą `{ $profile }` su jo atributu `.mandatory` ir tekstais svetainės faile i18n/<kalba>.ftl
publicity-profile-undefined = programos profilis `{ $profile }` neapibrėžtas: { $reason }
# $what is publicity-define-message, -mandatory or -links.
publicity-define = apibrėžkite { $what } svetainės faile i18n/{ $lang }.ftl arba naudokite įtaisytąjį profilį (latlit-2014-2020, latlit-2021-2027)
publicity-define-message = pranešimą `{ $key }`
publicity-define-mandatory = pranešimą `{ $profile }` su jo atributu `.mandatory`
publicity-define-links = pranešimus `{ $profile }-programme-link` ir `{ $profile }-eu-link` su jų `.href`
publicity-statement-failed = finansavimo pareiškimo nepavyksta sudaryti `{ $lang }` kalba: { $reason }
publicity-disclaimer-failed = ES atsakomybės apribojimo pareiškimo nepavyksta sudaryti `{ $lang }` kalba: { $reason }
publicity-disclaimer-missing = programos profilis `{ $profile }` reikalauja atsakomybės apribojimo pareiškimo, bet `{ $lang }` kalbai nėra pranešimo `{ $profile }-disclaimer`
publicity-links-missing = programos profilis `{ $profile }` reikalauja nuorodų, bet `{ $lang }` kalbai trūksta `{ $profile }-programme-link` ir `{ $profile }-eu-link`
publicity-author-failed = eilutės, nurodančios naujienos rengėją, nepavyksta sudaryti `{ $lang }` kalba: { $reason }
publicity-gallery-link-failed = galerijos nuorodos nepavyksta sudaryti `{ $lang }` kalba: { $reason }
publicity-no-author = naujiena neturi autoriaus

## pdf

pdf-engine-failed = PDF variklis nesusitvarkė su šiuo tekstu ({ $reason }); taip nutinka su kraštutiniu tekstu, pvz. labai ilgu žodžiu ar eilute be tarpų: sutrumpinkite arba padalykite jį
pdf-file-unreadable = nepavyksta perskaityti { $file }: { $reason }
pdf-too-long = nėra PDF pranešimo spaudai puslapiui /{ $path }: jo tekstas yra { $size } KB, daugiau nei { $limit } KB, iš kurių daromas PDF
pdf-too-long-hint = padalykite tekstą į kelias naujienas arba palikite jį tik žiniatinkliui
pdf-warning = PDF /{ $path }: { $warning }
pdf-warning-hint = suteikite kiekvienam paveikslėliui alternatyvųjį tekstą ir rašykite tekstą jo kalbos raidėmis; `herald check` išvardija trūkstamus alternatyviuosius tekstus
pdf-failed = nepavyksta sukurti PDF /{ $path }: { $reason }
pdf-failed-hint = naudokite JPEG, PNG, GIF, WebP ar SVG formato paveikslėlius ir jokių itin ilgų žodžių; arba nustatykite `pdf: false` faile site.yaml, kad PDF nebūtų skelbiami
pdf-not-ua = jis pažymėtas, bet neatitinka PDF/UA-1: { $reason }

## render

render-no-template = tema neturi šablono `{ $template }`
render-no-template-hint = įdėkite jį į templates/ arba į temą
render-link-script = nuoroda `{ $address }` paleidžia scenarijų
render-link-script-hint = nuorodos turi rodyti į puslapius, failus ar žiniatinklio adresus; pašalinkite { $scheme } nuorodą
render-link-outside = nuoroda `{ $address }` rodo už svetainės aplanko ribų
render-link-outside-hint = nurodykite tik puslapius ir failus svetainės aplanke
render-link-no-page = nuoroda `{ $address }` rodo į { $target }, kuris nėra šios svetainės puslapis
render-link-no-page-hint = patikrinkite failo pavadinimą (nuorodos tarp puslapių nurodo Markdown failą, pvz. ../kick-off/index.lv.md); juodraštis kuriamas tik su --drafts, ateities data pažymėta naujiena – nuo tos dienos (arba su --future)
render-link-missing = nuoroda ar paveikslėlis `{ $address }` rodo į { $target }, kurio nėra
render-link-missing-hint = patikrinkite failo pavadinimą ir ar failas yra šalia Markdown failo, arba padėkite jį į static/ ir rašykite /pavadinimas
render-output-unwritable = nepavyksta įrašyti rezultato
render-internal-no-text = vidinė klaida: puslapio užduotis be jo teksto
render-publicity-hint = { $hint }; naujiena yra { $file }
# $why says where the block or emblem is hidden (in a comment, in an element with `hidden` ...).
render-publicity-hidden = puslapio /{ $path } ES viešinimo blokas lankytojams nerodomas: jis yra { $why }
render-publicity-hidden-hint = šablonas { $template } turi išvesti { $output } ten, kur jį mato kiekvienas lankytojas: ne komentare, <template>, <noscript>, <textarea>, <details>, ne elemente su `hidden`, `aria-hidden` ar `style="display: none"`, ir jokia CSS taisyklė negali jo paslėpti
render-publicity-missing = puslapyje /{ $path } nėra ES viešinimo tekstų (HTML trūksta jo { $lang } viešinimo bloko)
render-publicity-missing-hint = šablonas { $template } naujienoms turi išvesti { $output }
render-emblem-hidden = puslapio /{ $path } ES emblema lankytojams nerodoma: ji yra { $why }
render-emblem-hidden-hint = šablonai (base.html, partials/funding.html) turi rodyti <img src="{"{{"} site.emblem.href {"}}"}" alt="{"{{"} site.emblem.alt {"}}"}"> ten, kur ją mato kiekvienas lankytojas, nepaslėptą jokiu atributu ar CSS taisykle
# What was being rendered when a template failed.
render-what-chooser = kalbos pasirinkimo puslapį
render-what-not-found = 404 puslapį
render-what-home = { $lang } pagrindinį puslapį
render-what-sitemap = { $lang } svetainės medžio puslapį
render-what-search = { $lang } paieškos puslapį
render-what-accessibility = { $lang } prieinamumo pareiškimą
render-what-tags = { $lang } žymių rodyklę
render-what-tag = žymės puslapį /{ $path }
render-what-list = sąrašą { $path }
render-what-gallery = failo { $path } galeriją
render-what-galleries = { $lang } galerijų rodyklę
render-rendering = kuriant { $what } su { $template }
render-template-error = šablono klaida

## theme

theme-missing = tema `{ $name }` neegzistuoja
theme-missing-hint = sukurkite themes/{ $name }/ su templates/ ir static/ arba pašalinkite `theme:`, kad būtų naudojama įtaisytoji numatytoji tema
theme-unreadable = nepavyksta perskaityti šablono: { $reason }
theme-template-hint = pataisykite šabloną; docs/reference/templates.md išvardija kintamuosius, kuriuos gauna šablonai
theme-unknown-variable = { $doing }: šablonas naudoja `{ $name }`, kurio čia nėra
theme-undefined-value = { $doing }: `{ $name }` čia neturi reikšmės
theme-unknown-field = { $doing }: `{ $name }` nėra prieš jį esančios reikšmės dalis
theme-unknown-filter = { $doing }: filtro `{ $name }` nėra
theme-unknown-function = { $doing }: funkcijos `{ $name }` nėra
theme-unknown-test = { $doing }: patikrinimo `{ $name }` nėra
theme-unknown-block = { $doing }: bloko `{ $name }` nėra šablone, kurį šis išplečia
theme-unexpected-end = { $doing }: šablonas baigiasi, kol neuždaryta žymė ar išraiška
theme-unclosed-string = { $doing }: tekstas kabutėse neuždarytas
theme-cannot-read = { $doing }: šios šablono dalies negalima perskaityti: `{ $fragment }`
theme-available-hint = čia yra: { $names }; docs/reference/templates.md išvardija kintamuosius, kuriuos gauna šablonai
theme-include-loop = { $doing }: šablonai ratu įtraukia vienas kitą: { $chain }
theme-include-loop-hint = pašalinkite vieną iš {"{"}% include %{"}"} žymių, kad grandinė baigtųsi
theme-extend-loop = { $doing }: šablonai ratu išplečia vienas kitą: { $chain }
theme-extend-loop-hint = šablonas negali išplėsti šablono, kuris išplečia jį patį
theme-missing-parent = { $doing }: šablonas išplečia `{ $parent }`, kurio nėra
theme-missing-parent-hint = patikrinkite pavadinimą {"{"}% extends %{"}"}

## i18n

i18n-no-languages = svetainė neturi kalbų
i18n-no-languages-hint = išvardykite svetainės kalbas jos konfigūracijoje, numatytąją pirmą
i18n-format-failed = nepavyksta suformuoti "{ $name }" kalba "{ $lang }" ({ $place }): { $details }
i18n-no-value = pranešimas "{ $key }" neturi savo reikšmės, tik atributus
i18n-no-attribute = pranešimas "{ $key }" neturi atributo "{ $attribute }"
i18n-unknown-text = nežinomas tekstas "{ $key }": kalbose { $languages } nėra pranešimo su šiuo raktu
i18n-unknown-text-anywhere = nežinomas tekstas "{ $key }": jokia kalba nėra pranešimo su šiuo raktu
i18n-did-you-mean = gal turėjote omenyje "{ $key }"?
i18n-define-hint = apibrėžkite "{ $key }" faile { $file } (įtaisytieji lv.ftl, lt.ftl ir en.ftl rodo, kaip)
i18n-date-period-hint = herald perduoda $start-year, $start-month, $end-year ir $end-month (skaičiai; mėnesiai 1-12)
i18n-amount-hint = herald perduoda $amount – skaičių, jau parašytą su skyrikliais
i18n-date-hint = herald perduoda $year, $month (1-12) ir $day, visi yra skaičiai
i18n-no-variables-hint = apibrėžkite "{ $key }" be kintamųjų
i18n-bad-code = "{ $code }" nėra tinkamas kalbos kodas
i18n-bad-code-hint = naudokite kalbos kodą, pvz. lv, lt ar en
i18n-not-utf8 = { $file } nėra UTF-8 tekstas
i18n-not-utf8-hint = išsaugokite failą UTF-8 koduote
i18n-unreadable = nepavyksta perskaityti { $file }: { $reason }
i18n-no-translations = kalbai "{ $lang }" nėra vertimų: kiekvienas tekstas imamas iš "{ $default }"
i18n-create-hint = sukurkite svetainėje { $file }, pvz. pradėdami nuo įtaisytojo en.ftl kopijos
i18n-defined-twice = "{ $key }" faile { $file } apibrėžtas daugiau nei kartą; naudojamas paskutinis
i18n-defined-twice-hint = ištrinkite kitus apibrėžimus
i18n-default-no-translations = numatytajai kalbai "{ $default }" nėra vertimų
i18n-missing = { $kind ->
    [term] terminas
   *[message] pranešimas
} "{ $key }" trūksta kalba "{ $lang }"; naudojamas "{ $default }" tekstas
i18n-missing-hint = išverskite jį faile { $file }
i18n-unused-file = { $file } nenaudojamas: "{ $lang }" nėra viena iš svetainės kalbų
i18n-unused-file-hint = įtraukite kalbą į svetainės konfigūraciją arba ištrinkite failą
i18n-syntax = Fluent sintaksės klaida: { $error }
i18n-syntax-key-hint = pranešimas prasideda eilutės pradžioje kaip `key = text` (raktai: raidės, skaitmenys, `-` ir `_`); eilutės, tęsiančios tekstą, turi būti su įtrauka
i18n-syntax-brace-hint = riestiniai skliaustai atidaro ir uždaro įterpinį, pvz. kintamąjį (`$name` tarp riestinių skliaustų); norėdami parašyti skliaustą kaip tekstą, naudokite `{"{"}"{"{"}"{"}"}` arba `{"{"}"{"}"}"{"}"}`
i18n-syntax-default-hint = pažymėkite vieną selektoriaus variantą kaip numatytąjį su `*`, pvz. `*[other] ...`
i18n-syntax-defaults-hint = su `*` galima pažymėti tik vieną variantą
i18n-syntax-string-hint = eilutės literalo viduje `{"{"} {"}"}` uždaranti `"` turi būti toje pačioje eilutėje
i18n-syntax-value-hint = pranešimui reikia teksto po `=` (arba bent vieno atributo, pvz. `    .href = ...`)
i18n-syntax-name-hint = raktai ir kintamųjų vardai prasideda raide ir turi tik raides, skaitmenis, `-` ir `_`
i18n-syntax-guide-hint = žr. Fluent sintaksės vadovą: https://projectfluent.org/fluent/guide/

## pipeline

pipeline-og-image = og_image `{ $image }` nėra failas aplanke static/
pipeline-og-image-hint = padėkite paveikslėlį į static/ (pvz. static/share.jpg) ir rašykite og_image: share.jpg
pipeline-lock = nepavyksta užrakinti rezultatų aplanko { $folder }: { $reason }
pipeline-lock-hint = herald rašo užrakto failą šalia rezultatų aplanko: patikrinkite, ar į jo tėvinį aplanką galima rašyti

## collisions

collisions-builtin = įtaisytosios temos { $path }
collisions-page-of = puslapis, kurį herald sukuria iš { $file }
collisions-own = paties herald { $kind ->
    [page] puslapis
    [feed] srautas ar svetainės medis
    [pdf] PDF pranešimas spaudai
    [picture] paveikslėlis
   *[file] failas
} /{ $path }
collisions-and = ir
collisions-same-address = { $names } būtų paskelbti tuo pačiu adresu /{ $path }
collisions-folder = { $file } būtų paskelbtas adresu /{ $path }, bet ten turi būti to paties pavadinimo aplankas, kuriame yra { $inside }
collisions-hint = pervadinkite arba perkelkite svetainės failą (failas aplanke static/ pakeičia herald failą tik šiems: { $files })
collisions-list-page = sąrašo puslapis /{ $path }
# $why is one of windows-*.
collisions-windows = { $what } būtų paskelbtas adresu /{ $at }: pavadinimas `{ $name }` { $why }
collisions-windows-hint = pervadinkite failą ar aplanką (puslapiui nurodykite kitą `slug:`), kad paskelbtą svetainę būtų galima ir kopijuoti, suglaudinti bei įkelti iš Windows
windows-character = turi `{ $character }`, kurio Windows neleidžia pavadinime
windows-end = baigiasi tašku ar tarpu, kuriuos Windows iš pavadinimo pašalina
windows-device = yra pavadinimas, kurį Windows laiko įrenginiui
windows-device-stem = prasideda `{ $stem }` – pavadinimu, kurį Windows laiko įrenginiui net prieš plėtinį

## owned

owned-kind = { $kind ->
    [fifo] pavadintas kanalas (FIFO)
    [socket] lizdas
    [device] įrenginys
    [link] simbolinė nuoroda
    [folder] aplankas
   *[file] failas
}
# $kind is owned-kind.
owned-not-folder = tai { $kind }, o ne aplankas
owned-is-site = tai pats svetainės aplankas
owned-contains-site = jame yra svetainės aplankas
owned-inside-input = jis yra svetainės { $input } viduje
owned-inside-input-read = jis yra svetainės { $input } viduje, kurį herald skaito (ir skelbia)
owned-contains-input = jame yra svetainės { $input }
owned-overlaps-out = jis persidengia su rezultatų aplanku { $folder }, kurį pakeičia kiekvienas kūrimas
owned-not-ours = aplankas yra, bet jo nesukūrė herald (jame nėra failo { $marker })
owned-folder-not-ours = { $folder } nesukūrė herald (jame nėra failo { $marker })
# $why is one of the owned-* reasons.
owned-cache-refused = images.cache_dir `{ $folder }` negalima naudoti: { $why }
owned-cache-refused-hint = herald trina senus failus savo podėlio aplanke, todėl jam reikia savo aplanko: įrašykite, pvz. `cache_dir: .herald-cache` po `images:` faile site.yaml

## write

write-refused = svetainės negalima įrašyti į { $folder }: { $why }
write-refused-hint = pasirinkite kitą --out aplanką: tokį, kurį sukūrė herald, tuščią aplanką ar naują pavadinimą, pvz. public/ svetainės aplanke
write-out-is-link = tai simbolinė nuoroda; herald pakeičia savo rezultatų aplanką visą iš karto, todėl nurodykite patį aplanką
write-not-ours = aplankas yra, bet jo nesukūrė herald (jame nėra failo { $marker }); herald visiškai pakeičia savo rezultatų aplanką, todėl šio neliečia
write-io = nepavyksta { $what ->
    [create] sukurti
    [read] perskaityti
   *[write] įrašyti
    [move] perkelti į vietą
    [move-aside] perkelti į šalį
} { $path }: { $reason }
write-io-hint = patikrinkite, ar į rezultatų aplanką galima rašyti ir ar diskas nepilnas
write-duplicate = du rezultatai turi tą patį kelią { $path }; paliekamas pirmasis
write-lazy-failed = nepavyksta sukurti /{ $path }: { $reason }
write-replaced = kol svetainė buvo kuriama, jį pakeitė { $kind }, kurio nesukūrė herald
write-busy = nepavyksta pakeisti rezultatų aplanko { $folder }: kažkuri programa laiko jame atidarytą failą ({ $reason })
write-busy-hint = uždarykite tai, kas rodo aplanką ar jo failą (peržiūros serverį, pvz. `herald serve`, Explorer langą, atidarytą failą), ir kurkite iš naujo; ankstesnis rezultatas nepakeistas

## cms

cms-no-marker = šiame config.yml nėra herald eilutės, todėl herald negali atskirti jūsų nustatymų nuo savųjų
cms-no-marker-hint = perkelkite savo nustatymus (backend:, logo_url: ...) į naują failą, ištrinkite šį, paleiskite `herald cms` ir nukopijuokite juos virš eilutės `{ $marker }`
cms-bad-yaml = nustatymai virš herald eilutės nėra tinkamas YAML: { $reason }
cms-bad-yaml-hint = pataisykite juos (arba pašalinkite) ir paleiskite `herald cms` dar kartą
cms-herald-key = `{ $key }:` nustatytas virš herald eilutės, bet herald jį rašo po ja
cms-herald-key-hint = pašalinkite `{ $key }:` iš savo dalies: herald rašo { $keys } iš site.yaml ir content/
cms-unreadable = nepavyksta jo perskaityti: { $reason }
cms-unwritable = nepavyksta jo įrašyti: { $reason }

## visibility (where a page hides the EU texts; shown after "it is")

visibility-template = elemente <template>, kuris niekada nerodomas
visibility-details = uždarytame elemente <details>, rodomame tik tada, kai lankytojas jį atidaro
visibility-dialog = elemente <dialog>, kuris neatidarytas
visibility-foreign = elemente <{ $element }>, kuriame HTML nerodomas
visibility-replaced = elemente <{ $element }>, kuris vietoj to rodo savo turinį
visibility-hidden = elemente <{ $element } hidden>
visibility-aria-hidden = elemente <{ $element } aria-hidden="true">, paslėptas nuo ekrano skaitytuvų
visibility-style = elemente <{ $element } style="{ $style }">
visibility-css = paslėptas CSS taisykle `{ $rule }` faile { $origin }, kuri taikoma jam
visibility-css-ancestor = paslėptas CSS taisykle `{ $rule }` faile { $origin }, kuri taikoma jo protėviui <{ $element }>
visibility-raw-text = įrašytas elemente <{ $element }>, kur jis yra tekstas, o ne puslapio dalis
visibility-escaped = išvestas kaip tekstas (jo HTML apsaugotas): šablonas turi jį išvesti su `| safe`
visibility-comment = HTML komentare (<!-- … -->)
visibility-style-element = puslapio elementas <style>
visibility-changed = pakeistas: jo tekstas nėra tas, kurį parašė herald (išveskite jį nepakeistą, su `| safe`)
visibility-not-in-page = už puslapio ribų

## images: why a picture cannot be used (after "the picture … cannot be used:")

process-unknown-format = tai nėra JPEG, PNG ar WebP paveikslėlis (jo turinys nėra jokio žinomo paveikslėlių formato)
process-cut-short = failas baigiasi anksčiau nei paveikslėlis (tikriausiai jį nukirpo nutrūkęs atsisiuntimas ar kopijavimas)
process-empty = paveikslėlis tuščias (0 pikselių pločio ar aukščio)
# $held and $limit in MiB, $side in pixels.
process-too-large-size = paveikslėlis yra { $width } × { $height } px ({ $held } MiB pikselių iškodavus), daugiau nei { $limit } MiB (arba { $side } px kraštinė), kuriuos apdoroja herald; eksportuokite mažesnę kopiją, pvz. 3000 px pločio
process-too-large = paveikslėlis per didelis apdoroti (daugiau nei { $limit } MiB pikselių iškodavus arba daugiau nei { $side } px kraštinė)
process-unsupported = jo formatas nepalaikomas: { $reason }
process-undecodable = jo nepavyksta iškoduoti: { $reason }
process-resize = nepavyksta pakeisti jo dydžio: { $reason }
process-encode = jo nepavyksta išsaugoti { $format } formatu ({ $reason })

## site-yaml: the comments of the site.yaml that `herald init` writes

site-yaml-intro =
    Svetainės nustatymai ir projekto faktai, iš kurių sudaromi ES viešinimo tekstai.
    Kiekvienas raktas aprašytas herald dokumentacijoje docs/reference/site-yaml.md; `herald schema site`
    pateikia redaktoriams schemą, pagal kurią šis failas tikrinamas rašant. Tekstas kiekviena kalba
    gali būti vienas visoms kalboms arba atskiras kiekvienai kalbai:
site-yaml-title = Svetainės pavadinimas, rodomas antraštėje ir naršyklės skirtuke.
site-yaml-base-url =
    Adresas, kuriuo svetainė skelbiama. Jame gali būti poaplankis (https://example.org/projektas/);
    `herald build --base-url` jį pakeičia, pavyzdžiui, peržiūrai.
site-yaml-languages = Svetainės kalbos, numatytoji pirmoji. Puslapių failai yra pavadinimas.<kalba>.md.
site-yaml-theme = Apipavidalinimas: `default` yra įtaisytas į herald; kitas yra aplankas themes/<pavadinimas>/.
site-yaml-paginate = Kiek naujienų rodoma viename sąrašo puslapyje.
site-yaml-author = Kas rengia tekstus: `herald new` šį autorių įrašo į naujas naujienas (neprivaloma).
site-yaml-project = ES projektas: iš šių faktų sudaromi kiekvienos naujienos viešinimo tekstai.
site-yaml-project-name = Visas projekto pavadinimas.
site-yaml-programme = Programos profilis: latlit-2021-2027 arba latlit-2014-2020 (arba apibrėžtas aplanke i18n/).
site-yaml-dates = Pirmoji ir paskutinė projekto diena, MMMM-MM-DD.
site-yaml-budget = Bendras biudžetas ir ES (ERPF) dalis eurais, skaičiais.
site-yaml-responsible = Už turinį atsakinga organizacija, nurodoma ES atsakomybės apribojime (vardininku).
site-yaml-partners = Partneriai, rodomi projekto aprašyme.
site-yaml-logo = Programos logotipas, failas aplanke static/, rodomas šalia ES emblemos (neprivaloma).
site-yaml-social = Nuorodos į socialinių tinklų puslapius, rodomos kiekvieno puslapio antraštėje ir poraštėje, pvz.,
site-yaml-contact = Kontaktai, rodomi kiekvieno puslapio poraštėje.
site-yaml-accessibility =
    Prieinamumo pareiškimas, kurį turi skelbti viešųjų įstaigų svetainės (Direktyva (ES) 2016/2102):
    puslapis kiekviena kalba su nuoroda kiekvieno puslapio poraštėje (neprivaloma; tekstai kiekviena kalba).
site-yaml-a11y-status = full, partial arba none, pagal EN 301 549 (WCAG 2.1 AA)
site-yaml-a11y-prepared = kada pareiškimas parengtas pirmą kartą
site-yaml-a11y-reviewed = kada svetainė ir pareiškimas peržiūrėti paskutinį kartą
site-yaml-a11y-method = arba third-party (trečioji šalis)
site-yaml-a11y-enforcement = institucija, nagrinėjanti skundus
site-yaml-a11y-gaps = kas neprieinama ir kodėl
site-yaml-a11y-alternatives = kaip šį turinį gauti kitu būdu
site-yaml-extra = Visa kita, savoms šablonų reikmėms (site.extra).
