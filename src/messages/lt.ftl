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
code-h028-meaning = failo pavadinimo kalbos priesaga nėra viena iš svetainės kalbų
code-h028-fix = pervadinkite failą į pavadinimas.<kalba>.md su viena iš `languages` kalbų arba įtraukite kalbą į site.yaml
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
yaml-structure = šios eilutės negalima perskaityti kaip `raktas: reikšmė` su tokia pat įtrauka kaip aplinkiniai raktai (YAML skaitytuvas sako: { $parser })
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
translation-gallery-differs-hint = išvardykite tuos pačius paveikslėlius ta pačia tvarka (alternatyviuosius tekstus ir antraštes šia kalba) arba pašalinkite `gallery:`, kad būtų rodoma `{ $default }` versijos galerija

## Santraukos ir datos (check).

summary-missing = ši naujiena neturi santraukos
summary-missing-hint = įrašykite vieną ar du sakinius po `summary:` arba pradėkite tekstą pastraipa: ją rodo sąrašai, srautai ir socialiniai tinklai
date-future = data { $date } yra ateityje
date-future-hint = patikrinkite metus: `herald build` naujieną sulaiko iki tos dienos (`--future` ją paskelbia iš karto)
