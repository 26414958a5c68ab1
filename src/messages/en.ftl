# herald's own interface texts, in English (the reference language: every message here must
# exist in lv.ftl and lt.ftl too; tests/messages.rs checks it).
# These are herald's words to its user. The texts of the built site are in i18n/<lang>.ftl.

## The labels of a finding.

label-error = error
label-warning = warning
label-hint = hint

## herald explain

explain-code = Code
explain-name = Name
explain-severity = Severity
explain-meaning = What it means
explain-fix = How to fix it
severity-error = error
severity-warning = warning
explain-unknown = “{ $code }” is not one of herald's codes
explain-unknown-hint = write a code such as H012 or a name such as missing-alt; `herald explain --all` lists them all
explain-missing = name a code (`herald explain H012`), or write `herald explain --all`
explain-table-code = code
explain-table-name = name
explain-table-severity = severity
explain-table-meaning = what it means
explain-table-fix = how to fix it

## Choosing the language.

lang-unknown = HERALD_LANG is “{ $value }”, a language herald does not speak; it speaks { $known }
lang-unknown-hint = set HERALD_LANG to lv, lt or en (or leave it unset to follow the system's language)

## Share cards (build).

share-card-error = cannot draw the share card { $file } (“{ $title }”): { $reason }
share-card-error-hint = set `share_card: false` in site.yaml to publish no share cards, or `og_image: <a picture in static/>` to share one picture for every page without a cover

## The codes of findings: what each means and how to fix it (`herald explain`, the table of codes).

# H001 site-unreadable
code-h001-meaning = there is no site.yaml or content/ folder, or site.yaml cannot be read
code-h001-fix = run herald in the site folder (or pass --root), or create a site with `herald init`

# H002 config-invalid
code-h002-meaning = site.yaml is not valid: a YAML mistake, an unknown key, a missing key or a wrong value
code-h002-fix = correct the key the message names; `herald schema site` lets an editor check site.yaml as you type

# H003 template-error
code-h003-meaning = a template of the theme or of templates/ cannot be read or rendered
code-h003-fix = correct the template at the line named

# H004 i18n-error
code-h004-meaning = an i18n/<lang>.ftl file has a Fluent syntax error or cannot be read
code-h004-fix = correct the Fluent text at the line named

# H005 i18n-incomplete
code-h005-meaning = a text is missing in a language (the default language's text is shown) or an i18n file is not used
code-h005-fix = translate the message in i18n/<lang>.ftl, or delete the unused file

# H006 output-error
code-h006-meaning = the output folder cannot be used or written
code-h006-fix = choose another --out folder, check permissions and free disk space

# H007 file-unreadable
code-h007-meaning = a file or folder of the site cannot be read (permissions, a broken or looping symbolic link, a symbolic link to something outside the site folder)
code-h007-fix = check the file's permissions, or remove the link (copy what it names into the site folder)

# H008 windows-name
code-h008-meaning = a page, folder or file would be published under a name Windows cannot hold: a device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, also with an extension), one of < > : " | ? *, or a dot or space at the end
code-h008-fix = rename the file or folder, or give the page another `slug:`

# H010 missing-file
code-h010-meaning = a cover, gallery picture or video file named in the front matter does not exist
code-h010-fix = put the file next to the Markdown file (a page bundle) or in static/ and write it as /name.jpg

# H011 bad-video
code-h011-meaning = a gallery video is neither a YouTube/Vimeo address nor an .mp4/.webm file
code-h011-fix = write the video's YouTube or Vimeo address, or name a local .mp4 or .webm file

# H012 missing-alt
code-h012-meaning = a picture has no alt text: a reader who cannot see it learns nothing (WCAG 2.1, required of public bodies' sites by Directive (EU) 2016/2102)
code-h012-fix = describe what the picture shows in `alt:` (gallery) or between the brackets of `![...](photo.jpg)`

# H013 alt-is-file-name
code-h013-meaning = a picture's alt text is its file name, which says nothing to a reader
code-h013-fix = replace it with a short description of what the picture shows

# H014 large-picture
code-h014-meaning = a picture's original file is heavier than the limit (--max-picture-mb, 10 MB by default)
code-h014-fix = export a smaller copy (e.g. 3000 px wide, JPEG quality 85) and use it instead

# H015 unused-picture
code-h015-meaning = a picture in content/ is not used by any page (no cover, gallery entry or Markdown image names it)
code-h015-fix = add it to a page's gallery or text, or delete it

# H016 bad-picture
code-h016-meaning = a picture is damaged (cut short, unreadable), not a JPEG, PNG or WebP, or larger than herald decodes (1 GiB of pixels, about 18 000 × 18 000 px)
code-h016-fix = open it in an image editor and save it again as JPEG, PNG or WebP, at most a few thousand pixels wide

# H020 front-matter
code-h020-meaning = a Markdown file's front matter is missing, not closed, not valid YAML, or has an unknown key
code-h020-fix = start the file with a `---` line, the keys, then another `---` line; docs/reference/front-matter.md lists every key

# H021 encoding
code-h021-meaning = a text file is not UTF-8, or holds an invisible control character (NUL and the like) that no web page or feed may carry
code-h021-fix = open it in the editor and save it again with the encoding UTF-8; delete the character at the line and column named

# H022 missing-title
code-h022-meaning = a page has no title, or an empty one
code-h022-fix = write the title after `title:`

# H023 empty-summary
code-h023-meaning = a news item has no summary: `summary:` is empty and the text has no first paragraph
code-h023-fix = write one or two sentences after `summary:` (lists, feeds and social media show them)

# H024 bad-date
code-h024-meaning = a news item has no date, or a date that is not a real YYYY-MM-DD day
code-h024-fix = write `date: YYYY-MM-DD`

# H025 future-date
code-h025-meaning = a news item is dated in the future
code-h025-fix = check the year; `herald build` holds the item back until its day

# H026 bad-slug
code-h026-meaning = a slug is empty, contains / or .., or is a number in a section (where list pages have numbered addresses)
code-h026-fix = write a slug of letters, digits and dashes, or remove `slug:`

# H027 same-url
code-h027-meaning = two pages, or a page and a file of `static/` or `content/`, would be published at the same address (the same slug, a page written twice, a static file where herald publishes a page)
code-h027-fix = give one of them another `slug:`, or rename, move or remove the duplicate file

# H028 unknown-language
code-h028-meaning = a file name's language suffix is not one of the site's languages
code-h028-fix = rename the file to name.<language>.md with one of `languages`, or add the language to site.yaml

# H029 stray-file
code-h029-meaning = a file or folder that herald does not read nor publish, e.g. site.yml instead of site.yaml, notes.markdown instead of .md, index.lv.md.bak, a name with a space at its end
code-h029-fix = rename it to what herald reads, or move it out of the site folder

# H030 broken-link
code-h030-meaning = a link or picture points to a page or file that does not exist, or is not read as one (a space in its address)
code-h030-fix = link to the page's Markdown file (`../kick-off/index.lv.md`) or to a file that exists; write a name with spaces between `<` and `>`: `![Karte](<tako zemelapis.png>)`

# H031 broken-anchor
code-h031-meaning = a link's #anchor matches no heading or id on the target page
code-h031-fix = use the heading's id (its text in lowercase with dashes: `## Par projektu` -> `#par-projektu`)

# H032 script-link
code-h032-meaning = a link runs a script (javascript:)
code-h032-fix = link to a page, a file or a web address

# H033 external-link
code-h033-meaning = with --external: a web address does not answer, or answers with an error (404, 500 ...)
code-h033-fix = correct or remove the address; check it in a browser

# H034 unsafe-html
code-h034-meaning = HTML written in a Markdown text runs a script or sends the visitor elsewhere: a `script` tag, an `on...=` event handler, a `javascript:` address (also written with character references), an `iframe srcdoc` document with one, `meta http-equiv=refresh`, `base`, an `object` or `embed` of a web document
code-h034-fix = keep it only if it is the embed code of a provider you trust; else remove it, or drop all HTML from the texts with `markdown: {"{"}raw_html: false{"}"}` in site.yaml
code-h035-meaning = an item's `event:` has a start or end that is not a real day (or day and time), ends before it starts, or has an empty place
code-h035-fix = write event: {"{"}start: 2025-02-18 10:00, end: 2025-02-18 13:00, place: Jelgavā{"}"}

# H040 missing-translation
code-h040-meaning = an item, page or section exists in some of the site's languages but not in this one
code-h040-fix = write the translation (name.<lang>.md next to the other), or --allow missing-translation for a site that publishes some news in one language only

# H041 translation-mismatch
code-h041-meaning = a translation sets its own date or gallery, different from the default-language version
code-h041-fix = remove `date:`/`gallery:` from the translation (it inherits them), or make them equal
code-h042-meaning = a tag of the `tags:` map in site.yaml is on no page of the default language (a typo, or a tag no longer used)
code-h042-fix = write the tag as the pages write it, or remove the line from `tags:`

# H050 publicity-incomplete
code-h050-meaning = a text the programme profile makes mandatory (statement, disclaimer, links, emblem) is missing in a language
code-h050-fix = define the message in i18n/<lang>.ftl, or use a built-in profile

# H051 responsible-missing
code-h051-meaning = the organisation responsible for the content (named in the EU disclaimer) is empty
code-h051-fix = set project.responsible in site.yaml (per language), or `responsible:` in the item

# H052 emblem-missing
code-h052-meaning = a news item's page does not show the EU emblem (a custom template dropped it, or a template or stylesheet hides it)
code-h052-fix = keep the emblem in the templates: `<img src="{"{{ site.emblem.href }}"}" alt="{"{{ site.emblem.alt }}"}">`

# H053 publicity-dropped
code-h053-meaning = a news item's or gallery's page does not carry the EU publicity texts, or hides them (in a comment, `template`, `noscript`, `hidden`, a CSS rule with `display: none` ...)
code-h053-fix = page.html must output `{"{{ page.publicity | safe }}"}` for news items (gallery.html `{"{{ publicity | safe }}"}`) where every visitor sees it

# H060 pdf-error
code-h060-meaning = a news item's PDF press release cannot be made (e.g. a picture the PDF engine cannot read)
code-h060-fix = use pictures in JPEG, PNG, GIF, WebP or SVG format, or set `pdf: false` in site.yaml

# H070 cms-config
code-h070-meaning = `herald cms` cannot keep your part of static/admin/config.yml (no herald line, not YAML, or a key herald writes)
code-h070-fix = keep your settings above the herald line and leave the keys herald writes to it

# H071 cms-save
code-h071-meaning = the CMS in `herald serve` was refused a save: a path outside content/ and static/, a file changed on disk since the CMS read it, or a request from another site
code-h071-fix = reload the CMS page to read the file again, then save; save only into content/ and static/
code-h080-meaning = a value or text is still the example `herald init` or `herald new` wrote (`ACRONYM`, `LLI-000`, "Organizācijas nosaukums", "Čia rašykite tekstą…")
code-h080-fix = replace it with the project's own text at the line named; `check --strict` fails until every one is replaced

## herald check

check-clean = No problems found.
check-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
check-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
# The summary line: "2 errors, 1 warning (H012 missing-alt ×2, H040 missing-translation ×1)".
check-summary = { $errors }, { $warnings } ({ $codes })
check-missing-translations = Missing translations: { $list }
check-unused-tag = `tags:` maps the tag `{ $tag }`, which no { $lang } page has
check-unused-tag-hint = write the tag as the pages write it (their `tags:` line), or remove `{ $tag }` from `tags:`
check-allow-unknown = --allow { $code }: no such check; use a code (H040) or a name (missing-translation) from the table of codes (`herald explain --all`)

## Reading YAML (site.yaml, front matter): the parser's findings in plain words.

yaml-unknown-key = `{ $key }` is not a key herald knows here
yaml-did-you-mean = did you mean `{ $key }`?
yaml-keys-allowed = the keys allowed here are: { $keys }
yaml-duplicate-key = the key `{ $key }` is written twice
yaml-duplicate-key-hint = keep one of the two lines: `{ $key }:` is already on line { $line }
yaml-duplicate-key-hint-unplaced = keep one `{ $key }:` line and delete the other
yaml-missing-key = the key `{ $key }` is missing
yaml-missing-key-hint = add a line `{ $key }: ...`; docs/reference/ (site-yaml.md, front-matter.md) lists every key and what it takes
yaml-wrong-value = { $key }: `{ $value }` is not { $expected }
yaml-wrong-shape = { $key }: here it takes { $expected }
yaml-wrong-value-hint = the tables of keys in docs/reference/ (site-yaml.md, front-matter.md) say what each key takes; `herald schema site` lets an editor check it as you type
yaml-expected-number = a number (e.g. 10 or 10.5)
yaml-expected-whole = a whole number, 0 or more (e.g. 10)
yaml-expected-bool = true or false
yaml-expected-text = a text (in quotes if it holds `: ` or ` #`)
yaml-expected-list = a list: [a, b], or one `- ` line per entry
yaml-expected-keys = keys indented below it
yaml-expected-other = a value of another kind
yaml-unknown-anchor = this line uses `*name`, a copy of a value marked `&name`, but no value above it is marked so
yaml-unknown-anchor-hint = write the value itself instead of `*…`, or mark the value to copy with `&name` on an earlier line (a `*` at the start of a text must be in quotes: "*text")
yaml-tab = this line is indented with a tab, which YAML does not allow
yaml-tab-hint = YAML does not allow tabs for indentation: indent with spaces
# $parser is the YAML reader's own description, shown after the plain words.
yaml-structure = this line cannot be read as `key: value` at the indentation of the keys around it (the YAML reader says: { $parser })
yaml-unclosed-quote = the quote opened on line { $line } is not closed: end the value with the same quote mark ("...")
yaml-bad-start = a value on this line starts with a character YAML keeps for itself (@, `, %, * or &)
yaml-bad-start-hint = a value that starts with @, `, %, * or & must be in quotes: "@example"
yaml-indentation-hint = check the indentation (spaces only, the same for every key of one level) and the quotes on this line and the one before; a value containing `: ` or ` #` must be in quotes

## Dates and amounts as authors write them.

date-invalid = `{ $value }` is not a valid date: write it as YYYY-MM-DD (e.g. 2021-02-18), a real calendar day
date-day-first = `{ $value }` is written day first: write { $date } (YYYY-MM-DD, the year first)
amount-invalid = `{ $value }` is not an amount in euro: write it as 512345.60, 512 345,60 or 512345,60

## site.yaml's values.

config-languages-empty = `languages` is empty
config-languages-empty-hint = list the site's language codes, the default first: languages: [lv, lt]
config-language-code = `{ $lang }` in `languages` is not a language code
config-language-code-hint = use two- or three-letter lowercase codes such as lv, lt, en
config-language-twice = language `{ $lang }` is listed twice in `languages`
config-language-twice-hint = list each language once
config-paginate-by = `paginate_by` is { $value }; it must be at least 1
config-paginate-by-hint = set how many news items a list page shows, e.g. 10
config-end-before-start = project.end ({ $end }) is before project.start ({ $start })
config-end-before-start-hint = check the project's dates
config-erdf-above-budget = project.erdf_eur is larger than project.budget_eur
config-erdf-above-budget-hint = the ERDF share is part of the total budget
config-amount-negative = { $key } must be a non-negative amount
config-amount-hint = write it as a number, e.g. 705573.37 or 705 573,37
config-widths = images.widths [{ $widths }] must list widths between 16 and 8192
config-widths-hint = list the widths in pixels each picture is written at, e.g. widths: [480, 960, 1600]
config-quality = images.quality { $value } is not between 1 and 100
config-quality-hint = 80 is a good balance of size and quality
config-tag-no-letters = the tag `{ $tag }` in `tags` has no letters or digits
config-tag-no-letters-hint = a tag is a word or two, e.g. Semināri: Seminarai
config-tag-language = `tags: { $tag }` names the language `{ $lang }`, which is not one of the site's other languages
config-tag-language-hint = map each tag of the default language to its word in the other languages, e.g. Semināri: {"{"}lt: Seminarai{"}"}
config-no-text = `{ $key }` has no text for language `{ $lang }`
config-no-text-hint = give a text per language, e.g. {"{"}lv: ..., lt: ...{"}"}

## Front matter.

front-lang-key = `{ $key }` is not a key: a text's language is the suffix of its file name (`.lv.md`, `.lt.md`)
front-lang-key-hint = delete the `{ $key }:` line; this file is in `{ $lang }` because its name ends in `.{ $lang }.md` (rename the file to change its language)

## Placeholders left from herald init and herald new.

placeholder-value = `{ $key }` is still the example “{ $value }” that herald wrote
placeholder-value-hint = replace it with your project's own text
placeholder-text = the text is still the example that herald wrote: “{ $value }”
placeholder-text-hint = write the item's own text in its place (or delete the file if it is not needed)

## herald new

new-title-to-translate = the title “{ $title }” is the same in every language's file: write this file's title in its language
new-title-to-translate-hint = change the `title:` line; the file's name and its address stay as they are

## News items.

item-no-date = this news item has no `date`
item-no-date-hint = add `date: YYYY-MM-DD` (the day of the news) to the front matter
item-no-date-translation-hint = add `date: YYYY-MM-DD` here, or to the `{ $lang }` version of this item, which translations inherit it from
item-no-date-sibling-hint = its `{ $lang }` version seems to be { $file }, in another folder or under another name: translations must share a folder and a name (index.lv.md beside index.lt.md); move this file to { $target }, or add `date: YYYY-MM-DD` here

## Translations (check).

translation-missing-item = this news item has no `{ $lang }` translation
translation-missing-page = this page has no `{ $lang }` translation
translation-missing-home = this home page introduction has no `{ $lang }` translation
translation-missing-section = this section has no `{ $lang }` translation
translation-hint-default-item = write { $file } with its title, text and `date:` (translations take the date, cover and gallery from the `{ $default }` version)
translation-hint-page = write { $file } with its title and text
translation-hint-item = write { $file }: its title and text are enough, the date, cover and gallery are taken from the `{ $default }` version
translation-on-purpose = { $hint }; or, if it is published in one language on purpose, add `translate: false` to its front matter
translation-hint-index = write { $file } with the { $lang } title (and slug)
translation-date-differs = the date { $own } differs from the date { $theirs } of { $file }
translation-date-differs-hint = remove `date:` here: a translation takes the date of the `{ $default }` version
translation-gallery-differs = the gallery lists other pictures or videos than the gallery of { $file }
translation-gallery-differs-hint = list the same pictures in the same order (alt texts and captions in this language), or remove `gallery:` to show the one of the `{ $default }` version

## Summaries and dates (check).

summary-missing = this news item has no summary
summary-missing-hint = write one or two sentences after `summary:`, or start the text with a paragraph: lists, feeds and social media show it
date-future = the date { $date } is in the future
date-future-hint = check the year: `herald build` holds the item back until that day (`--future` publishes it now)
