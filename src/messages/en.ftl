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
code-h028-meaning = a file name's language suffix, or the language code of a gallery text, is not one of the site's languages
code-h028-fix = rename the file to name.<language>.md (or write the text under the code) with one of `languages`, or add the language to site.yaml

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
yaml-unknown-value = { $key } cannot be `{ $value }`; write one of: { $values }
yaml-unknown-value-here = `{ $value }` is not a value this key takes; write one of: { $values }
yaml-structure = this line cannot be read as `key: value` at the indentation of the keys around it
yaml-unclosed-list = a list opened with `[` is not closed with `]` on its line
yaml-unclosed-list-hint = close the list on the same line, `tags: [a, b]`, or write one `- ` line per entry below the key
yaml-unclosed-braces = `{"{"}` opened on this line is not closed with `{"}"}`
yaml-unclosed-braces-hint = close it on the same line, or write the value in quotes if the braces belong to the text: "{"{"}...{"}"}"
yaml-colon-in-value = a value on this line holds `: ` (a colon and a space), which YAML reads as a new key
yaml-colon-in-value-hint = put the value in quotes: title: "Conference: the results"
yaml-dash-in-value = a `- ` list entry stands where the value of a key was expected
yaml-dash-in-value-hint = put each entry on its own line below the key, indented more than the key, or put a value that starts with `- ` in quotes
yaml-list-indentation = the entries of a list are indented differently: every `- ` line of one list starts at the same column
yaml-bad-escape = a `\` in a value in double quotes starts an escape YAML does not know
yaml-bad-escape-hint = use single quotes ('C:\folder'), or write the backslash twice ("C:\\folder")
yaml-unexpected-end = the text ends before a quote, a list `[` or braces `{"{"}` are closed
yaml-unexpected-end-hint = close what this line opens: the same quote mark at the end of the value, `]` after a list, `{"}"}` after braces
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
translation-gallery-differs-hint = list the same pictures and videos (alt texts and captions in this language; the order is the `{ $default }` version's), or remove `gallery:` to show the one of the `{ $default }` version

## Summaries and dates (check).

summary-missing = this news item has no summary
summary-missing-hint = write one or two sentences after `summary:`, or start the text with a paragraph: lists, feeds and social media show it
date-future = the date { $date } is in the future
date-future-hint = check the year: `herald build` holds the item back until that day (`--future` publishes it now)

## terminal: the lines herald prints besides the findings (build, the progress bar, --lang).

cli-lang-unknown = herald speaks lv, lt and en, not “{ $value }”
cli-lang-list = --lang chooses the language of herald's messages (lv, lt or en), not “{ $value }”; the languages of a new site are --languages { $value }
label-note = note
count-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
count-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
count-languages = { $count ->
    [one] { $count } language
   *[other] { $count } languages
}
count-pdfs = { $count ->
    [one] { $count } PDF
   *[other] { $count } PDFs
} ({ $rendered } rendered, { $cached } from the cache)
build-done = Built { $languages } ({ $list }): { $counts } in { $seconds } s -> { $out }
build-up-to-date = Nothing changed since the last build: { $out } is up to date ({ $files }, checked in { $seconds } s; --force builds anyway)
build-scheduled = Scheduled: { $count ->
    [one] { $count } news item dated in the future is held back
   *[other] { $count } news items dated in the future are held back
}; the next is due on { $next } (a build on or after that day publishes it; --future publishes them now)
build-pictures = Pictures: { $count } ({ $processed } processed, { $cached } from the cache in { $dir })
build-failed = Build failed with { $count ->
    [one] { $count } error
   *[other] { $count } errors
}; the previous output (if any) is unchanged.
progress-pictures = Pictures

## Why the operating system refused a file operation (every message that names a reason).

io-not-found = no such file or folder
io-permission-denied = herald has no permission to read or change it
io-already-exists = it exists already
io-is-a-directory = this path is a folder, not a file
io-not-a-directory = a part of the path is a file, not a folder
io-directory-not-empty = the folder is not empty
io-read-only = the disk is read-only
io-storage-full = the disk is full
io-quota = your disk quota is used up
io-file-too-large = the file is too large for this disk
io-busy = another program is using it
io-crosses-devices = it cannot be moved to another disk
io-invalid-filename = the system does not allow this name (too long, or with a character it forbids)
io-too-many-links = the path has too many links
io-invalid-data = its content cannot be read
io-unexpected-eof = the file ends too early
io-timed-out = the system waited too long
io-addr-in-use = another program uses this address and port
io-addr-not-available = this computer has no such address
io-out-of-memory = the computer has no memory left
io-link-loop = a symbolic link leads back to a folder that contains it
io-other = the system says: { $detail }

## The command line: `--help` and the complaints about the line typed (clap's texts, in ours).

cli-usage = Usage
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
cli-options-placeholder = OPTIONS
cli-command-placeholder = COMMAND
cli-default = default: { $value }
cli-values = possible values: { $values }
cli-values-long = Possible values:
cli-herald-about = Bilingual static sites for EU cross-border projects, with the mandatory EU publicity texts
cli-herald-about-long =
    Bilingual static sites for EU cross-border projects, with the mandatory EU publicity texts.

    Start with `herald init my-site`, add news with `herald new "Title"`, check with `herald check` and publish with `herald build`.
cli-arg-lang = The language of herald's messages: lv, lt or en [default: HERALD_LANG, else the system's language, else en]. Anywhere on the line: `herald check --lang lt`
cli-arg-help = Print help
cli-arg-help-more = Print help (see more with '--help')
cli-arg-help-long = Print help (see a summary with '-h')
cli-arg-version = Print version
# `herald --version`: the version, the commit (12 letters and digits) herald was built from and
# its date (YYYY-MM-DD).
cli-version-commit = { $version } (commit { $commit })
cli-version-commit-dated = { $version } (commit { $commit }, { $date })
cli-arg-root = The site folder (holding site.yaml and content/)
cli-help-about = Print this message or the help of the given command
cli-value-lang = LANG
cli-value-root = DIR
cli-value-out = DIR
cli-value-base_url = URL
cli-value-format = FORMAT
cli-value-timeout = SECONDS
cli-value-concurrency = N
cli-value-max_picture_mb = MB
cli-value-allow = CODE
cli-value-dir = DIR
cli-value-languages = LANGUAGES
cli-value-title = TITLE
cli-value-port = PORT
cli-value-bind = ADDRESS
cli-value-shell = SHELL
cli-value-new-what = TITLE|PATH
cli-value-schema-what = WHICH
cli-value-explain-what = CODE
cli-build-about = Build the site into public/ (or --out)
cli-build-out = Where to write the site [default: <root>/public]
cli-build-base_url = Override site.yaml's base_url (e.g. for a preview deploy)
cli-build-drafts = Include pages marked `draft: true`
cli-build-future = Publish news items dated in the future now (without it they wait for their day)
cli-build-force = Build even when nothing changed since the last build into the same folder
cli-cms-about = Write the browser editor's configuration: static/admin/config.yml (from site.yaml and content/; your settings above its herald line are kept) and, when absent, static/admin/index.html. `herald serve` then edits the site at <address>/admin/
cli-serve-about = Preview the site with live reload: builds into memory (drafts and news dated in the future included), serves it on 127.0.0.1 and rebuilds on every save
cli-serve-port = Port to listen on; the next free one is taken if it is busy (0: any free port)
cli-serve-bind = Address to listen on; 0.0.0.0 to preview from a phone on the same network
cli-serve-open = Open the site in the default browser
cli-serve-cms_on_network = Let the browser editor (/admin/) save files even though --bind is not a loopback address: anyone who can reach this machine and learns the session's address could
cli-check-about = Check the site without writing it: everything build checks, plus links, anchors, translations, EU publicity texts, pictures and content
cli-check-about-long =
    Check the site without writing it: everything build checks, plus links, anchors, translations, EU publicity texts, pictures and content.

    Exit status: 0 when clean (warnings allowed), 1 when errors were found (or warnings with --strict), 2 when the site cannot be read at all.
cli-check-format = How to print the findings
cli-check-format-human = `file:line:col: error[H012]: message` and a hint, coloured on a terminal
cli-check-format-github = GitHub Actions annotations (`::error file=...,line=...::message`)
cli-check-format-json = One JSON object per finding, one per line
cli-check-strict = Fail (exit 1) on warnings too
cli-check-external = Also check web addresses outside the site (needs the internet)
cli-check-timeout = With --external: seconds to wait for each address
cli-check-concurrency = With --external: how many addresses to ask at once
cli-check-max_picture_mb = Warn about pictures heavier than this many megabytes
cli-check-allow = Do not report this check (code or name, e.g. H040 or missing-translation); repeatable
cli-check-base_url = Check the site as built with this base_url
cli-check-drafts = Also check pages marked `draft: true`
cli-init-about = Create a new site in a folder: a commented site.yaml and one example news item per language
cli-init-about-long =
    Create a new site in a folder: a commented site.yaml and one example news item per language.

    The folder must be empty or not exist yet. The theme and the texts come from herald itself.
cli-init-dir = The folder of the new site
cli-init-languages = The site's languages, the default first
cli-init-cms = Also set up the browser editor (static/admin/, as `herald cms` does)
cli-new-about = Create a news item or page in every language: `herald new "Title"` (a news item) or `herald new news/kick-off` (a path below content/; `/about` for a top-level page)
cli-new-about-long =
    Create a news item or page in every language: `herald new "Title"` (a news item) or `herald new news/kick-off` (a path below content/; `/about` for a top-level page).

    Prints the paths of the files it made; never overwrites a file.
cli-new-what = A title (a news item in content/news/, as a page bundle), or a path below content/ when it contains `/`
cli-new-languages = The languages to create [default: all of the site's]
cli-new-bundle = Make a page bundle: a folder with index.<lang>.md, for pictures next to the text
cli-new-title = The title, when the first argument is a path [default: made from the name]
cli-schema-about = Print the JSON Schema of site.yaml, of a page's front matter or of a section's `_index` front matter, for editors that check YAML as you type
cli-schema-what = Which file's schema
cli-schema-what-site = site.yaml
cli-schema-what-page = The front matter of a page or news item
cli-schema-what-section = The front matter of a section's or the home page's `_index.<lang>.md`
cli-explain-about = Say what a code of `herald check` means and how to fix it: `herald explain H012` or `herald explain missing-alt`; `--all` for every code
cli-explain-what = A code (H012) or its name (missing-alt)
cli-explain-all = Explain every code
cli-explain-format = `markdown`, with --all: the table of codes for the documentation
cli-explain-format-text = Words for a terminal
cli-explain-format-markdown = The Markdown table of codes (with --all)
cli-completions-about = Print a shell completion script
cli-completions-about-long =
    Print a shell completion script.

    e.g. `herald completions bash > ~/.local/share/bash-completion/completions/herald`
cli-completions-shell = The shell: bash, zsh, fish, elvish or powershell
cli-error-subcommand = herald has no command “{ $value }”
cli-error-subcommand-hint = the commands: { $commands }
cli-error-subcommand-missing = `{ $command }` needs a command
cli-did-you-mean = did you mean `{ $suggestion }`?
cli-error-argument = `{ $command }` takes no “{ $value }”
cli-escape = to give “{ $value }” as a value, write `-- { $value }`
cli-error-value-missing = `{ $option }` needs a value
cli-error-value-invalid = “{ $value }” is not a value of `{ $option }`
cli-error-value-list = write one of: { $values }
cli-error-value-wrong = “{ $value }” does not fit `{ $option }`
cli-expect-port = write a port number from 0 to 65535, such as 1111
cli-expect-whole = write a whole number, such as 8
cli-expect-number = write a number of 0 or more, such as 10 or 2.5
cli-expect-address = write an IP address, such as 127.0.0.1 or 0.0.0.0
cli-error-missing = `{ $command }` needs { $what }
cli-error-twice = `{ $option }` is given twice: give it once
cli-error-conflict = `{ $option }` cannot be given together with `{ $other }`
cli-error-value-extra = `{ $option }` takes one value: “{ $value }” is one too many
cli-error-other = herald could not read the command line ({ $detail })
cli-usage-hint = usage: `{ $usage }`; `{ $command } --help` says more

## init

init-no-languages = --languages needs at least one language code, e.g. --languages lv,lt
init-is-file = { $dir } is a file; give a folder for the new site
init-not-empty = { $dir } is not empty; herald init makes a new site only in an empty or new folder
init-not-empty-hint = choose a new folder name, e.g. herald init my-site
init-done = Created a site in { $dir }. Next: edit site.yaml, then `herald check --root { $dir }` and `herald build --root { $dir }`.
write-failed = cannot write { $file }: { $error }

## new

new-not-site-language = `{ $lang }` is not one of the site's languages ({ $languages })
new-no-name = cannot make a file name from `{ $what }`: give a title with letters or digits, e.g. herald new "Projekta noslēguma konference"
new-not-a-path = `{ $what }` is not a path below content/: write it as section/name, e.g. news/kick-off, or /about for a top-level page
new-reserved-name = `{ $name }` is the name of a bundle's or section's own file: name the page, e.g. news/kick-off
new-exists = { $file } already exists; herald new never overwrites a file
new-exists-hint = edit that file, or choose another name

## cms

cms-wrote = Wrote { $file }
cms-kept = Kept { $file } (yours; delete it to get herald's)
cms-next = Edit the site in a browser: run `herald serve` and open its address with /admin/ at the end.
cms-typed = Kept the gallery of { $file } in one place, as the editor keeps it: the default language's file lists the pictures and videos in their order, each with its kind (`type:`) and its texts in every language (`alt: {"{"}lv: ..., lt: ...{"}"}`); translations inherit it
cms-untyped = herald could not rewrite the gallery of { $file } (its front matter could not be read as a page): write each entry as `- type: image`, `image:`, `alt: {"{"}lv: ..., lt: ...{"}"}` yourself, or fix the file and run `herald cms` again; the editor cannot open the entries otherwise
cms-position-not-kept = Warning: { $file } keeps the picture { $image } in view at `position: { $own }`, in its own language only. The gallery is now kept in one place and every language uses { $kept }: look at the picture on this language's page, and change `position:` in the default language's file if it is cut badly.
cms-position-none = no `position:` (the whole picture is shown)

## serve

serve-cms-on-network = the editor at /admin/ can save files and --bind { $bind } lets other machines reach it; anyone on this network who learns its address can change the site. Use it only on a network you trust.
serve-cms-off = the editor at /admin/ is off because --bind { $bind } is reachable from other machines (add --cms-on-network to turn it on anyway)
serve-cannot-start = cannot start the preview server: { $error }
serve-no-free-port = no free port ({ $error }); choose another with --port
serve-cannot-watch = cannot watch the site for changes ({ $error }); reload by restarting
serve-listening = Serving the site at { $url } (drafts and news dated in the future included); press Ctrl-C to stop.
serve-cms-at = Edit it in the browser at { $url } (after `herald cms`).
serve-stopped = Stopped. The output folder was not touched.
serve-rebuilt = Rebuilt in { $ms } ms ({ $bodies } Markdown files and { $pages } pages rendered, { $changed } outputs changed); reload sent { $since } ms after the change
serve-keeps-last = The preview keeps showing the last good build.
serve-error-title = herald: the site cannot be built
serve-error-note = The page shows the last good build. This message goes away when the file is fixed.
serve-not-found = Not found
serve-get-only = The preview only shows the site: it answers GET and HEAD requests.
serve-file-removed = This file was just removed.
serve-pdf-failed = The PDF cannot be made: { $error }
serve-watch-lost = Some changes were not reported by the system: watching every folder again and rebuilding everything.
serve-watch-removed = { $dir }/ was removed; herald watches it again when it is back.
serve-watch-replaced = { $dir }/ was replaced: watching the new folder and rebuilding everything.
serve-watch-appeared = { $dir }/ is there: watching it and rebuilding everything.
serve-watch-failed = cannot watch { $dir }/ for changes ({ $error }): its edits are shown after a restart of herald serve.
serve-watch-limit = the system watches no more folders (its limit is reached; on Linux raise fs.inotify.max_user_watches)
serve-cms-refused = the editor's save was refused: { $reason }
serve-cms-page-off = The editor is off: `herald serve` listens on the network (--bind). Add --cms-on-network to use it anyway.
build-waiting = Another herald build is writing to { $out } right now; waiting for it to finish...
serve-cms-wrong-host = the editor answers only at 127.0.0.1:{ $port } or localhost:{ $port }, not at `{ $host }`
serve-cms-other-site = a request from another site ({ $origin }) may not change this site
serve-cms-json-only = the editor's backend reads JSON requests only
# The local backend's refusals, shown by the browser editor when a save is refused.
serve-cms-no-field = the request has no `{ $key }`
serve-cms-not-json = the request is not JSON: { $error }
serve-cms-unknown-action = herald's local backend does not answer `{ $action }` (it saves directly, without an editorial workflow)
serve-cms-post-only = the editor's backend answers POST requests only
serve-cms-session-ended = this editor session has ended or the address is wrong: reload the editor page
serve-cms-outside = `{ $path }` is outside content/ and static/: the CMS may only read and save files there
serve-cms-symlink = `{ $path }` goes through a symbolic link: the CMS does not follow links
# A language as serve-cms-one-language names it.
serve-cms-lang-name = { $lang ->
    [lv] Latvian
    [lt] Lithuanian
    [en] English
   *[code] `{ $lang }`
}
serve-cms-one-language = this item is written in { $language } only, and its title on the left side is a note that says so: to add a version in this language, write its own title in place of the note; otherwise leave the left side as it was (the { $language } text is on the right side). Nothing was saved
serve-cms-no-front-matter = `{ $path }` has no front matter the editor can change; nothing was saved
serve-cms-changed-on-disk = `{ $path }` was changed on disk since the CMS opened it, so it was not overwritten: reload this page to see the new version, then make your change again
serve-cms-exists = `{ $path }` already exists and the CMS has not opened it, so it was not overwritten: choose another title (or address), or open the existing one
serve-cms-move-taken = `{ $to }` already exists, so `{ $from }` was not moved there
serve-cms-picture-damaged = the picture `{ $path }` arrived damaged ({ $error }); add it again
serve-cms-cannot-read = cannot read `{ $path }`: { $error }
serve-cms-cannot-save = cannot save `{ $path }`: { $error }
serve-cms-cannot-move = cannot move `{ $path }`: { $error }
serve-cms-cannot-delete = cannot delete `{ $path }`: { $error }
http-busy = Too many connections; try again.
http-headers-too-large = The request's headers are too large.
http-too-slow = The request took too long to arrive.
http-unreadable = The request cannot be read.
http-too-large = The request is too large.
http-failed = herald failed to answer this request; the terminal says why.
## content

file-unreadable = cannot read the file: { $reason }
content-changed-during-build = this file changed while the site was being built
content-changed-during-build-hint = herald builds the site from the files as they were when the build started; build again now that the file is saved
content-empty-file-hint = the file is empty: start it with a front matter block:
    {"  "}---
    {"  "}title: ...
    {"  "}---
content-no-front-matter = the file has no front matter
content-no-front-matter-hint = start the file with a line `---`, then the front matter (title: ...), then another `---` line, then the text
content-front-matter-unclosed = the front matter is never closed
content-front-matter-unclosed-hint = add a line `---` after the last front matter key, before the text
content-date-month-days = { $month } has { $days } days: correct the day, written as `date: YYYY-MM-DD`
content-date-hint = write the day as `date: YYYY-MM-DD`, e.g. `date: 2021-02-18`
content-updated = `updated`: { $problem }
content-title-empty = the title is empty
content-title-empty-hint = write the page's title after `title:`
content-focal-point = `{ $key }: { $value }` is not a part of a picture herald understands
content-focal-point-hint = write top, center, bottom, left or right, or two percentages from the left and from the top, e.g. "50% 20%"
content-tag-no-letters = the tag `{ $tag }` has no letters or digits, so it cannot have a page
content-tag-no-letters-hint = write each tag as a word or two, e.g. tags: [Semināri, Jaunieši]
content-gallery-both = gallery entry { $entry } has both `image` and `video`
content-gallery-neither = gallery entry { $entry } has neither `image` nor `video`
content-gallery-picture-title = gallery entry { $entry } is a picture but has a `title` (pictures take `alt` and `caption`)
content-gallery-video-alt = gallery entry { $entry } is a video but has `alt` (videos take `title`)
content-gallery-picture-poster = gallery entry { $entry } is a picture but has a `poster` (only videos have posters)
content-gallery-entry-hint = each gallery entry is either {"{"}image: photo.jpg, alt: ..., caption: ...{"}"} or {"{"}video: https://..., title: ...{"}"}
content-gallery-type = gallery entry { $entry } has `type: { $kind }`, which does not say what it is: a picture has `type: image`, a video `type: video`
content-gallery-type-hint = the browser editor writes `type` itself; by hand, write `type: image` beside `image:`, `type: video` beside `video:`, or leave `type` out
content-event-start = the event's start: { $problem }
content-event-end = the event's end: { $problem }
content-event-hint = write event: {"{"}start: 2025-02-18 10:00, end: 2025-02-18 13:00, place: Jelgavā{"}"}; a day alone (2025-02-18) for an event of whole days
content-event-end-before-start = the event ends ({ $end }) before it starts ({ $start })
content-event-end-before-start-hint = check the day and the time of `end:` (or remove it for an event of one day)
content-event-place-empty = the event's place is empty
content-event-place-empty-hint = write where it takes place (place: Jelgavā), or remove `place:`
content-no-folder = there is no content/ folder
content-no-folder-hint = create content/ at the site root and put the news there as Markdown files
content-stray = { $name } looks like a page but is not read as one, so it is not published
content-stray-copy-hint = it looks like a copy of { $meant }: delete it, or move it out of the site folder to keep it
content-stray-rename-hint = rename it to { $meant } (pages are named name.<language>.md, in lowercase, without spaces around the name)
content-unknown-language = `{ $lang }` in the file name is not one of the site's languages ({ $languages })
content-unknown-language-hint = rename the file to { $stem }.<language>.md with one of: { $languages }, or add `{ $lang }` to `languages` in site.yaml
content-two-languages = the file name `{ $name }` names a language twice (`{ $first }`, then `{ $lang }`): herald cannot tell which language the page is in
content-two-languages-hint = the browser editor online (Decap CMS) writes such a file when an item written in one language only is saved there. Move what it adds into { $base }.{ $first }.md (or, as the `{ $lang }` version, into { $base }.{ $lang }.md), then delete this file; edit items in one language only in `herald serve` (docs/cms.md)

## config

config-unreadable = cannot read site.yaml: { $reason }
config-missing-hint = herald needs a site.yaml at the site root ({ $root }); run `herald init` to create one, or pass --root
# $key is `base_url` (site.yaml) or `--base-url` (the command line); $problem is one of base-url-*.
config-base-url = { $key } `{ $url }` { $problem }
config-base-url-hint = write only the address where the site will be published, as a browser shows it, e.g. https://example.org/octopus/ (no ?, #, user name or spaces)
base-url-not-absolute = is not an absolute http(s) address (it must start with https:// or http://)
base-url-space = contains a space or an invisible character ({ $character })
base-url-query = has a query (the part from `?`), which would end up in the middle of every link
base-url-fragment = has a fragment (the part from `#`), which would end up in the middle of every link
base-url-backslash = has a backslash, which would end up in the middle of every link
base-url-user = names a user (the part before `@`), which would send readers elsewhere
base-url-no-host = has no host name after `://`
base-url-bad-host = has `{ $host }` for a host name, which is not one
base-url-port = has a port (after `:`) that is not a number up to 65535
config-reviewed-before-prepared = accessibility.reviewed ({ $reviewed }) is before accessibility.prepared ({ $prepared })
config-reviewed-before-prepared-hint = `prepared` is the day the statement was first written, `reviewed` the day of its last review
config-contact-empty = accessibility.contact has no e-mail, phone or url
config-contact-empty-hint = give visitors a way to report problems, e.g. contact: {"{"}email: piekluustamiba@example.lv{"}"}
config-not-http = { $key } `{ $url }` is not an http(s) address
config-not-http-hint = write the full address, starting with https://

## source

source-not-utf8 = the file is not UTF-8 text (byte { $byte } cannot be read)
source-not-utf8-hint = it was probably saved in a Windows code page such as Windows-1257 (Baltic); open it in your editor and save it again with the encoding "UTF-8"
source-escaped-control = a quoted text makes an invisible control character ({ $character }) with a backslash escape; no web page or feed may carry it
source-escaped-control-hint = delete the backslash and what follows it (such as \0, \x01 or \u001B) from the text
source-nul = the text contains a NUL character ({ $character }), which no web page or feed may carry
source-control = the text contains an invisible control character ({ $character }), which no web page or feed may carry
source-control-hint = delete it: such characters come with text copied from PDFs or other programs; retype the words at the line and column named. If the file is full of them, it was saved as UTF-16: save it again with the encoding "UTF-8"
source-when-invalid = `{ $value }` is not a valid day or time: write YYYY-MM-DD (e.g. 2025-02-18), or the day and the time of day, YYYY-MM-DD HH:MM (e.g. 2025-02-18 10:00), in local time (Riga, Vilnius)

## inputs

inputs-link-outside = the symbolic link { $link } points to { $target }, outside the site folder
inputs-link-outside-hint = herald reads and publishes only files inside the site folder: copy the file or folder into the site instead of linking to it, or remove the link
inputs-link-broken = the symbolic link { $link } points to { $target }, which does not exist
inputs-link-broken-hint = remove the link, or put the file it names back
inputs-unreadable = cannot read: { $reason }
inputs-link-loop-hint = this symbolic link points back to a folder that contains it: remove the link
inputs-unreadable-hint = check that the file can be read

## markdown

picture-no-alt = the picture `{ $file }` has no alt text
markdown-no-alt-hint = describe what it shows for visitors who cannot see it: ![what the picture shows]({ $file })
markdown-space-picture = the picture `{ $address }` is not read as a picture: there is a space in it, so the text would be published as typed
markdown-space-link = the link `{ $address }` is not read as a link: there is a space in it, so the text would be published as typed
markdown-space-hint = write it as { $written } (with < > around the name), or rename the file without spaces ({ $renamed }) and write the new name

## gallery

gallery-not-in-base = `{ $name }` is not in the gallery of { $file }
gallery-not-in-base-hint = a translation's gallery gives only the alt texts and captions (or video titles) of the { $lang } gallery's files; add `{ $name }` there, or correct the name
gallery-translation-no-alt = { $count ->
    [one] the gallery picture { $list } has no alt text in `{ $lang }`
   *[other] the gallery pictures { $list } have no alt text in `{ $lang }`
}
# $example is a `gallery:` block listing the pictures, one per line.
gallery-translation-no-alt-hint = every picture needs a description in the page's language for visitors who cannot see it; the files come from { $file }, so list here only the texts:
    { $example }
gallery-no-alt = the gallery picture `{ $name }` has no alt text in `{ $lang }`
gallery-no-alt-hint = describe what the picture shows for visitors who cannot see it: {"{"}image: { $name }, alt: ..., caption: ...{"}"}
gallery-no-alt-translation-hint = describe what the picture shows for visitors who cannot see it: {"{"}image: { $name }, alt: ..., caption: ...{"}"} (in this language)
gallery-no-alt-by-lang-hint = describe what the picture shows for visitors who cannot see it, in every language of its alt text: alt: {"{"}{ $lang }: ...{"}"} beside the other languages' texts
content-gallery-text-language = gallery entry { $entry }: `{ $lang }` in its `{ $key }` is not one of the site's languages ({ $languages })
content-gallery-text-language-hint = write each language's text under its code ({ $languages }), e.g. { $key }: {"{"}lv: ..., lt: ...{"}"}, or add `{ $lang }` to `languages` in site.yaml
gallery-video-no-id = cannot find the video's id in `{ $url }`
gallery-video-no-id-hint = copy the address from the video's page, e.g. https://www.youtube.com/watch?v=dQw4w9WgXcQ or https://vimeo.com/76979871
gallery-video-unknown = the video `{ $url }` is neither a YouTube or Vimeo address nor an .mp4 or .webm file
gallery-video-unknown-hint = write the video's YouTube or Vimeo address (https://www.youtube.com/watch?v=...), or a local .mp4/.webm file; other hosts are not supported because they cannot be embedded without tracking

## images

images-cache-create = cannot create the image cache folder { $folder }: { $reason }
images-cache-create-hint = check the folder's permissions, or set another images.cache_dir in site.yaml
images-unreadable = cannot read the picture { $file }: { $reason }
images-unusable = the picture { $file } cannot be used: { $reason }
images-unusable-hint = open it in an image editor and save it again as JPEG, PNG or WebP (or copy it again from where it came), or remove it from the page
images-library-failed = the picture library failed on it ({ $reason })
images-cache-write = cannot write to the image cache { $folder }: { $reason }
images-cache-write-hint = check the folder's permissions and free disk space, or set another images.cache_dir
# The kind of file a page names, as the subject of the media-* messages.
media-kind = { $kind ->
    [cover] cover picture
    [gallery] gallery picture
    [poster] video poster
    [video] video file
    [og-image] og_image picture
   *[link] link or picture
}
media-outside = the { $what } `{ $name }` is outside the site folder
media-outside-hint = herald publishes only files of the site: copy the file next to the Markdown file (a page bundle) or into static/ and name it from there
media-missing = the { $what } `{ $name }` does not exist ({ $path } is missing)
media-missing-hint = put the file next to the Markdown file (a page bundle: <name>/index.<lang>.md), or in static/ and write it as /name.jpg; check the spelling and the letter case
media-not-picture = the { $what } `{ $name }` is not a JPEG, PNG or WebP file
media-not-picture-hint = save the picture as .jpg, .png or .webp
media-other-case = the { $what } `{ $name }` is named in another letter case: the page says `{ $name }`; the file is `{ $real }`
media-other-case-hint = web servers tell capital letters from small ones: write `{ $real }` exactly as the file is named, or rename the file

## check: links

links-img-no-alt = the picture `{ $file }` has no alt attribute
links-img-no-alt-template-hint = the <img> is in a template (on the page /{ $path }): add alt="..." (alt="" for a decorative picture)
links-img-no-alt-hint = add alt="what the picture shows" to the <img>
links-on-page = (on the page /{ $path })
# $kind is `picture` or `link`; $hint is one of the links-*-hint texts.
links-template-hint = the { $kind ->
    [picture] picture
   *[link] link
} is made by this template or a partial it includes; { $hint }
# $on is empty or links-on-page, with a space before it.
links-missing = the { $kind ->
    [picture] picture
   *[link] link
} `{ $address }` points to { $url }, where the site has nothing{ $on }
links-missing-hint = link to another page by its Markdown file (../kick-off/index.lv.md), to a file next to this one, or to a file of static/ as /name.pdf
links-outside-base = the { $kind ->
    [picture] picture
   *[link] link
} `{ $address }` points to { $url }, outside the site's address { $base }{ $on }
links-outside-base-hint = it breaks when the site is published under a sub-path: link to Markdown files and to /files of static/ (herald adds the base path), and in templates use url(path=...)
links-anchor = the link `{ $address }` points to #{ $fragment }, which is not on { $url }{ $on }
links-anchor-did-you-mean = did you mean #{ $fragment }?
links-anchor-hint = headings get ids from their text (## Par projektu -> #par-projektu), or set one with ## Heading {"{"}#my-id{"}"}

## check: pictures

pictures-no-alt-gallery-hint = add `alt:` to the gallery entry: {"{"}image: { $file }, alt: "what the picture shows"{"}"}
pictures-no-alt-hint = describe the picture between the brackets: ![what the picture shows]({ $file })
pictures-alt-is-file-name = the alt text of `{ $file }` is its file name
pictures-alt-is-file-name-hint = write what the picture shows, for a reader who cannot see it, e.g. "Seniors at the opening of the Panemunėlis centre"
pictures-unused = the picture { $file } is not used by any page
pictures-unused-hint = add it to a page's `gallery:` or text (![what it shows](name.jpg)), or delete it
# $size and $limit are in megabytes.
pictures-heavy = the picture { $file } weighs { $size } MB, more than the limit of { $limit } MB
pictures-heavy-hint = export a smaller copy (e.g. 3000 pixels wide, JPEG quality 85) and use it instead; the limit is set with --max-picture-mb

## check: publicity

publicity-no-profile-texts = the programme profile `{ $profile }` has no `{ $lang }` texts
publicity-no-profile-texts-hint = use a built-in profile (latlit-2014-2020, latlit-2021-2027), or define the message `{ $profile }` with its `.mandatory` attribute and its texts in { $file }
# $part is statement, disclaimer, links or emblem.
publicity-text-missing = the `{ $lang }` text `{ $key }` is missing: the programme profile makes the { $part } mandatory
publicity-text-missing-hint = define `{ $key }` in { $file }; until then { $lang } pages would show it in another language
publicity-statement-unwritable = the `{ $lang }` project statement cannot be written: { $reason }
publicity-statement-unwritable-hint = correct `{ $key }` in { $file }
publicity-responsible-empty = project.responsible is empty for `{ $lang }`: the EU disclaimer must name the organisation responsible for the content
publicity-responsible-empty-hint = write the organisation's name (nominative) under project.responsible, per language
publicity-item-responsible-empty = `responsible:` is empty: the EU disclaimer must name the organisation responsible for the content
publicity-item-responsible-empty-hint = write the organisation's name, or remove `responsible:` to use project.responsible of site.yaml
publicity-no-emblem-file = the site has no { $file }
publicity-no-emblem-file-hint = a static file of the same name replaced it, or it was removed: keep herald's
publicity-emblem-not-shown = the news item /{ $path } does not show the EU emblem
publicity-emblem-not-shown-hint = the page template (or base.html, partials/header.html) must show <img src="{"{{"} site.emblem.href {"}}"}" alt="{"{{"} site.emblem.alt {"}}"}">; the item is { $file }

## check: scripts

# $what is one of scripts-script ... scripts-address.
scripts-found = the HTML in this text has { $what }: it runs a script in every visitor's browser, or sends them elsewhere
scripts-found-hint = keep it only if it is the embed code of a provider you trust (a map, a video); else remove it. `markdown: {"{"}raw_html: false{"}"}` in site.yaml drops all HTML from the texts
scripts-script = a <script> tag
scripts-base = a <base> element (it changes where every link of the page points)
scripts-refresh = a <meta http-equiv="refresh"> (it sends the visitor to another address)
scripts-object = an <{ $element }> of a web document or plug-in
scripts-handler = an event handler `{ $attribute }=`
scripts-srcdoc = { $what } in the document of an <{ $element } srcdoc>
scripts-address = a `{ $scheme }` address

## check: external, stray

external-status = the web address { $url } answers with HTTP { $status }
external-unreachable = the web address { $url } cannot be reached: { $reason }
external-hint = open it in a browser; correct the address, link to an archived copy, or remove the link
external-timeout = no answer within the timeout
stray-root = herald does not read `{ $name }`
stray-root-hint = did you mean `{ $meant }`? herald reads site.yaml, content/, static/, templates/, themes/ and i18n/ (names in lowercase)
stray-i18n = herald does not read i18n/{ $name }
stray-i18n-hint = herald reads only i18n/<language>.ftl files (Fluent), e.g. i18n/lv.ftl

## model

model-slug-separator = the slug `{ $slug }` contains `/`, `\` or `..`
model-slug-separator-hint = a slug is one URL segment: letters, digits and dashes, e.g. `projekta-sakums`
model-slug-no-letters = the slug `{ $slug }` has no letters or digits
model-slug-no-letters-hint = write a slug such as `projekta-sakums`, or remove `slug:`
model-slug-from-file-name = cannot make a URL slug from the file name
model-slug-from-file-name-hint = set `slug:` in the front matter
# Shown in place of a file name for the pages herald makes itself.
model-own-page = { $page ->
    [tags] (the tag index page)
    [search] (the search page)
    [sitemap] (the site map page)
    [accessibility] (the accessibility statement page)
   *[galleries] (the gallery index page)
}
model-same-page = two files are the same page in `{ $lang }`: this one and { $other }
model-same-page-hint = a page is either `name.<lang>.md` or `name/index.<lang>.md`, not both: remove one
model-no-title = the front matter has no `title`
model-no-title-hint = add a line `title: ...` between the `---` lines
model-slug-number = the slug `{ $slug }` is a number: the section's list pages have numbered addresses (/2/, /3/ ...), so this item could be hidden by one of them
model-slug-number-hint = add a word to the slug, e.g. `slug: { $slug }-diena`, or rename the file
model-same-address = two pages would be published at the same address /{ $path }: this one and { $other }
model-same-address-hint = give one of them another `slug:` in its front matter

## publicity

publicity-unknown-programme = `{ $profile }` is not a programme herald knows, so the EU texts of the pages cannot be written
# $guess is empty or yaml-did-you-mean followed by a space.
publicity-unknown-programme-hint = { $guess }write one of the programmes herald knows as `programme:` ({ $programmes }), or define your own: the message `{ $profile }` with its `.mandatory` attribute and its texts in i18n/<lang>.ftl of the site
publicity-profile-undefined = the programme profile `{ $profile }` is not defined: { $reason }
# $what is publicity-define-message, -mandatory or -links.
publicity-define = define { $what } in i18n/{ $lang }.ftl of the site, or use a built-in profile (latlit-2014-2020, latlit-2021-2027)
publicity-define-message = the message `{ $key }`
publicity-define-mandatory = the message `{ $profile }` with its `.mandatory` attribute
publicity-define-links = the messages `{ $profile }-programme-link` and `{ $profile }-eu-link` with their `.href`
publicity-statement-failed = the funding statement cannot be written in `{ $lang }`: { $reason }
publicity-disclaimer-failed = the EU disclaimer cannot be written in `{ $lang }`: { $reason }
publicity-disclaimer-missing = the programme profile `{ $profile }` requires a disclaimer, but there is no message `{ $profile }-disclaimer` for `{ $lang }`
publicity-links-missing = the programme profile `{ $profile }` requires links, but `{ $profile }-programme-link` and `{ $profile }-eu-link` are missing for `{ $lang }`
publicity-author-failed = the line naming who prepared the item cannot be written in `{ $lang }`: { $reason }
publicity-gallery-link-failed = the gallery link cannot be written in `{ $lang }`: { $reason }
publicity-no-author = the item has no author

## pdf

pdf-engine-failed = the PDF engine failed on this text ({ $reason }); this happens with extreme text such as a very long word or line without spaces: shorten or split it
pdf-file-unreadable = cannot read { $file }: { $reason }
pdf-too-long = no PDF press release for /{ $path }: its text is { $size } KB, more than the { $limit } KB a PDF is made of
pdf-too-long-hint = split the text into several news items, or leave it web-only
pdf-warning = the PDF /{ $path }: { $warning }
pdf-warning-hint = give every picture an alt text and write the text in the letters of its language; `herald check` lists missing alt texts
pdf-failed = cannot make the PDF /{ $path }: { $reason }
pdf-failed-hint = use pictures in JPEG, PNG, GIF, WebP or SVG format and no extremely long words; or set `pdf: false` in site.yaml to publish no PDFs
pdf-not-ua = it is tagged but not PDF/UA-1: { $reason }

## render

render-no-template = the theme has no `{ $template }` template
render-no-template-hint = add it to templates/ or to the theme
render-link-script = the link `{ $address }` runs a script
render-link-script-hint = links must point to pages, files or web addresses; remove the { $scheme } link
render-link-outside = the link `{ $address }` points outside the site folder
render-link-outside-hint = link only to pages and files inside the site
render-link-no-page = the link `{ $address }` points to { $target }, which is not a page of this site
render-link-no-page-hint = check the file name (links between pages name the Markdown file, e.g. ../kick-off/index.lv.md); a draft is only built with --drafts, a news item dated in the future from its day on (or with --future)
render-link-missing = the link or picture `{ $address }` points to { $target }, which does not exist
render-link-missing-hint = check the file name and that the file is next to the Markdown file, or put it in static/ and write /name
render-output-unwritable = cannot write the output
render-internal-no-text = internal: a page job without its text
render-publicity-hint = { $hint }; the item is { $file }
# $why says where the block or emblem is hidden (in a comment, in an element with `hidden` ...).
render-publicity-hidden = the EU publicity block of /{ $path } is not shown to visitors: it is { $why }
render-publicity-hidden-hint = the template { $template } must output { $output } where every visitor sees it: not in a comment, <template>, <noscript>, <textarea>, <details>, not in an element with `hidden`, `aria-hidden` or `style="display: none"`, and no CSS rule may hide it
render-publicity-missing = the page /{ $path } does not carry the EU publicity texts (its { $lang } publicity block is missing from the HTML)
render-publicity-missing-hint = the template { $template } must output { $output } for news items
render-emblem-hidden = the EU emblem of /{ $path } is not shown to visitors: it is { $why }
render-emblem-hidden-hint = the templates (base.html, partials/funding.html) must show <img src="{"{{"} site.emblem.href {"}}"}" alt="{"{{"} site.emblem.alt {"}}"}"> where every visitor sees it, hidden by no attribute or CSS rule
# What was being rendered when a template failed.
render-what-chooser = the language chooser
render-what-not-found = the 404 page
render-what-home = the { $lang } home page
render-what-sitemap = the { $lang } site map page
render-what-search = the { $lang } search page
render-what-accessibility = the { $lang } accessibility statement
render-what-tags = the { $lang } tag index
render-what-tag = the tag page /{ $path }
render-what-list = the list { $path }
render-what-gallery = the gallery of { $path }
render-what-galleries = the { $lang } gallery index
render-rendering = rendering { $what } with { $template }
render-template-error = template error

## theme

theme-missing = the theme `{ $name }` does not exist
theme-missing-hint = create themes/{ $name }/ with templates/ and static/, or remove `theme:` to use the built-in default theme
theme-unreadable = cannot read the template: { $reason }
theme-template-hint = fix the template; docs/reference/templates.md lists the variables templates receive
theme-unknown-variable = { $doing }: the template uses `{ $name }`, which does not exist here
theme-undefined-value = { $doing }: `{ $name }` has no value here
theme-unknown-field = { $doing }: `{ $name }` is not a part of the value before it
theme-unknown-filter = { $doing }: the filter `{ $name }` does not exist
theme-unknown-function = { $doing }: the function `{ $name }` does not exist
theme-unknown-test = { $doing }: the test `{ $name }` does not exist
theme-unknown-block = { $doing }: the block `{ $name }` is not in the template this one extends
theme-unexpected-end = { $doing }: the template ends before a tag or an expression is closed
theme-unclosed-string = { $doing }: a text in quotes is not closed
theme-cannot-read = { $doing }: this part of the template cannot be read: `{ $fragment }`
theme-available-hint = what exists here: { $names }; docs/reference/templates.md lists the variables templates receive
theme-include-loop = { $doing }: the templates include each other in a loop: { $chain }
theme-include-loop-hint = remove one of the {"{"}% include %{"}"} tags so the chain ends
theme-extend-loop = { $doing }: the templates extend each other in a loop: { $chain }
theme-extend-loop-hint = a template cannot extend one that extends it back
theme-missing-parent = { $doing }: the template extends `{ $parent }`, which does not exist
theme-missing-parent-hint = check the name in {"{"}% extends %{"}"}

## i18n

i18n-no-languages = the site has no languages
i18n-no-languages-hint = list the site's languages in its configuration, the default first
i18n-format-failed = cannot format "{ $name }" in language "{ $lang }" ({ $place }): { $details }
i18n-no-value = message "{ $key }" has no value of its own, only attributes
i18n-no-attribute = message "{ $key }" has no attribute "{ $attribute }"
i18n-unknown-text = unknown text "{ $key }": no message with this key in { $languages }
i18n-unknown-text-anywhere = unknown text "{ $key }": no message with this key in any language
i18n-did-you-mean = did you mean "{ $key }"?
i18n-define-hint = define "{ $key }" in { $file } (the built-in lv.ftl, lt.ftl and en.ftl show how)
i18n-date-period-hint = herald passes $start-year, $start-month, $end-year and $end-month (numbers; months 1-12)
i18n-amount-hint = herald passes $amount, the number already written with the separators
i18n-date-hint = herald passes $year, $month (1-12) and $day, all numbers
i18n-no-variables-hint = define "{ $key }" without variables
i18n-bad-code = "{ $code }" is not a valid language code
i18n-bad-code-hint = use a language code such as lv, lt or en
i18n-not-utf8 = { $file } is not UTF-8 text
i18n-not-utf8-hint = save the file with UTF-8 encoding
i18n-unreadable = cannot read { $file }: { $reason }
i18n-no-translations = no translations for language "{ $lang }": every text falls back to "{ $default }"
i18n-create-hint = create { $file } in the site, e.g. starting from a copy of the built-in en.ftl
i18n-defined-twice = "{ $key }" is defined more than once in { $file }; the last one is used
i18n-defined-twice-hint = delete the other definitions
i18n-default-no-translations = no translations for the default language "{ $default }"
i18n-missing = { $kind ->
    [term] term
   *[message] message
} "{ $key }" is missing in language "{ $lang }"; the "{ $default }" text is used
i18n-missing-hint = translate it in { $file }
i18n-unused-file = { $file } is not used: "{ $lang }" is not one of the site's languages
i18n-unused-file-hint = add the language to the site's configuration or delete the file
i18n-syntax = Fluent syntax error: { $error }
i18n-syntax-key-hint = a message starts at the beginning of a line as `key = text` (keys: letters, digits, `-` and `_`); lines that continue a text must be indented
i18n-syntax-brace-hint = braces open and close a placeable such as a variable (`$name` between braces); to write a brace as text, use `{"{"}"{"{"}"{"}"}` or `{"{"}"{"}"}"{"}"}`
i18n-syntax-default-hint = mark one variant of the selector as the default with `*`, e.g. `*[other] ...`
i18n-syntax-defaults-hint = only one variant may be marked with `*`
i18n-syntax-string-hint = a string literal inside `{"{"} {"}"}` needs its closing `"` on the same line
i18n-syntax-value-hint = a message needs a text after `=` (or at least one attribute such as `    .href = ...`)
i18n-syntax-name-hint = keys and variable names start with a letter and contain only letters, digits, `-` and `_`
i18n-syntax-guide-hint = see the Fluent syntax guide: https://projectfluent.org/fluent/guide/

## pipeline

pipeline-og-image = og_image `{ $image }` is not a file in static/
pipeline-og-image-hint = put the picture in static/ (e.g. static/share.jpg) and write og_image: share.jpg
pipeline-lock = cannot lock the output folder { $folder }: { $reason }
pipeline-lock-hint = herald writes a lock file beside the output folder: check that its parent folder is writable

## collisions

collisions-builtin = the built-in theme's { $path }
collisions-page-of = the page herald makes of { $file }
collisions-own = herald's own { $kind ->
    [page] page
    [feed] feed or site map
    [pdf] PDF press release
    [picture] picture
   *[file] file
} /{ $path }
collisions-and = and
collisions-same-address = { $names } would be published at the same address /{ $path }
collisions-folder = { $file } would be published at /{ $path }, where { $inside } needs a folder of that name
collisions-hint = rename or move the site's file (a file in static/ replaces herald's own only for { $files })
collisions-list-page = the list page /{ $path }
# $why is one of windows-*.
collisions-windows = { $what } would be published at /{ $at }: the name `{ $name }` { $why }
collisions-windows-hint = rename the file or folder (for a page, set another `slug:`), so that the published site can also be copied, zipped and uploaded from Windows
windows-character = contains `{ $character }`, which Windows does not allow in a name
windows-end = ends in a dot or a space, which Windows drops from a name
windows-device = is a name Windows keeps for a device
windows-device-stem = begins with `{ $stem }`, a name Windows keeps for a device even before an extension

## owned

owned-kind = { $kind ->
    [fifo] a named pipe (FIFO)
    [socket] a socket
    [device] a device
    [link] a symbolic link
    [folder] a folder
   *[file] a file
}
# $kind is owned-kind.
owned-not-folder = it is { $kind }, not a folder
owned-is-site = it is the site folder itself
owned-contains-site = it contains the site folder
owned-inside-input = it is inside the site's { $input }
owned-inside-input-read = it is inside the site's { $input }, which herald reads (and publishes)
owned-contains-input = it contains the site's { $input }
owned-overlaps-out = it overlaps the output folder { $folder }, which every build replaces
owned-not-ours = the folder exists and was not made by herald (it has no { $marker } file)
owned-folder-not-ours = { $folder } was not made by herald (it has no { $marker } file)
# $why is one of the owned-* reasons.
owned-cache-refused = images.cache_dir `{ $folder }` cannot be used: { $why }
owned-cache-refused-hint = herald deletes old files in its cache folder, so it needs a folder of its own: write e.g. `cache_dir: .herald-cache` under `images:` in site.yaml

## write

write-refused = refusing to write the site to { $folder }: { $why }
write-refused-hint = choose another --out folder: one herald made, an empty folder, or a new name such as public/ inside the site folder
write-out-is-link = it is a symbolic link; herald replaces its output folder as a whole, so give the folder itself
write-not-ours = the folder exists and was not made by herald (it has no { $marker } file); herald replaces its output folder completely, so it will not touch this one
write-io = cannot { $what ->
    [create] create
    [read] read
   *[write] write
    [move] move into place
    [move-aside] move aside
} { $path }: { $reason }
write-io-hint = check that the output folder is writable and the disk is not full
write-duplicate = two outputs have the same path { $path }; the first one is kept
write-lazy-failed = cannot make /{ $path }: { $reason }
write-replaced = while the site was built it was replaced by { $kind } that herald did not make
write-busy = cannot replace the output folder { $folder }: a program keeps a file in it open ({ $reason })
write-busy-hint = close what shows the folder or a file in it (a preview server such as `herald serve`, an Explorer window, an open file) and build again; the previous output is unchanged

## cms

cms-no-marker = this config.yml has no herald line, so herald cannot tell your settings from its own
cms-no-marker-hint = move your settings (backend:, logo_url: ...) to a new file, delete this one, run `herald cms` and copy them above the line `{ $marker }`
cms-bad-yaml = the settings above the herald line are not valid YAML: { $reason }
cms-bad-yaml-hint = correct them (or remove them) and run `herald cms` again
cms-herald-key = `{ $key }:` is set above the herald line, but herald writes it below
cms-herald-key-hint = remove `{ $key }:` from your part: herald writes { $keys } from site.yaml and content/
cms-unreadable = cannot read it: { $reason }
cms-unwritable = cannot write it: { $reason }

## visibility (where a page hides the EU texts; shown after "it is")

visibility-template = inside <template>, which is never shown
visibility-details = inside a closed <details>, shown only when a visitor opens it
visibility-dialog = inside a <dialog> that is not open
visibility-foreign = inside <{ $element }>, where HTML is not shown
visibility-replaced = inside <{ $element }>, which shows its own content instead
visibility-hidden = inside <{ $element } hidden>
visibility-aria-hidden = inside <{ $element } aria-hidden="true">, hidden from screen readers
visibility-style = inside <{ $element } style="{ $style }">
visibility-css = hidden by the CSS rule `{ $rule }` in { $origin }, which matches it
visibility-css-ancestor = hidden by the CSS rule `{ $rule }` in { $origin }, which matches its ancestor <{ $element }>
visibility-raw-text = written inside <{ $element }>, where it is text, not part of the page
visibility-escaped = written out as text (its HTML escaped): the template must output it with `| safe`
visibility-comment = inside an HTML comment (<!-- … -->)
visibility-style-element = a <style> element of the page
visibility-changed = changed: its text is not the one herald wrote (output it unchanged, with `| safe`)
visibility-not-in-page = not in the page

## images: why a picture cannot be used (after "the picture … cannot be used:")

process-unknown-format = it is not a JPEG, PNG or WebP picture (its content is of no known picture format)
process-cut-short = the file ends before the picture does (it was probably cut short by an interrupted download or copy)
process-empty = the picture is empty (0 pixels wide or high)
# $held and $limit in MiB, $side in pixels.
process-too-large-size = the picture is { $width } × { $height } px ({ $held } MiB of pixels once decoded), more than the { $limit } MiB (or { $side } px a side) herald processes; export a smaller copy, e.g. 3000 px wide
process-too-large = the picture is too large to process (more than { $limit } MiB of pixels once decoded, or more than { $side } px a side)
process-unsupported = its format is not supported: { $reason }
process-undecodable = it cannot be decoded: { $reason }
process-resize = cannot resize it: { $reason }
process-encode = cannot save it as { $format } ({ $reason })

## site-yaml: the comments of the site.yaml that `herald init` writes

site-yaml-intro =
    The settings of the site and the facts of the project behind the EU publicity texts.
    herald's docs/reference/site-yaml.md describes every key; `herald schema site` gives editors a
    schema to check this file as you type. A per-language text is one text for all languages, or
    one per language:
site-yaml-title = The site's title, shown in the header and the browser tab.
site-yaml-base-url =
    The address where the site is published. It may have a sub-path (https://example.org/project/);
    `herald build --base-url` replaces it, e.g. for a preview.
site-yaml-languages = The site's languages, the default first. Pages are name.<language>.md.
site-yaml-theme = The theme: `default` is built into herald; another one is a folder themes/<name>/.
site-yaml-paginate = How many news items a list page shows.
site-yaml-author = Who prepares the texts: `herald new` writes this author into new items (optional).
site-yaml-project = The EU project: these facts make the publicity texts of every news item.
site-yaml-project-name = The project's full name.
site-yaml-programme = The programme profile: latlit-2021-2027 or latlit-2014-2020 (or one defined in i18n/).
site-yaml-dates = The project's first and last day, YYYY-MM-DD.
site-yaml-budget = The total budget and the EU (ERDF) share, in euro, as numbers.
site-yaml-responsible = The organisation responsible for the content, named in the EU disclaimer (nominative).
site-yaml-partners = The partners, shown in the project box.
site-yaml-logo = The programme's logo, a file of static/, shown next to the EU emblem (optional).
site-yaml-social = Links to social media pages, shown in every page's header and footer, e.g.
site-yaml-contact = Contact details, shown in every page's footer.
site-yaml-accessibility =
    The accessibility statement that public bodies' sites must publish (Directive (EU) 2016/2102):
    a page per language, linked from every page's footer (optional; texts per language).
site-yaml-a11y-status = full, partial or none, against EN 301 549 (WCAG 2.1 AA)
site-yaml-a11y-prepared = when the statement was first written
site-yaml-a11y-reviewed = the last review of the site and the statement
site-yaml-a11y-method = or third-party
site-yaml-a11y-enforcement = the body that handles complaints
site-yaml-a11y-gaps = what is not accessible, and why
site-yaml-a11y-alternatives = how to get that content in another way
site-yaml-extra = Anything else, for custom templates (site.extra).
