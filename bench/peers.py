"""The same generated corpus as a Hugo and a Zola site, for bench/run.py's side-by-side rows.

Each herald item (content/news/item-NNNNN/index.lv.md and index.lt.md) becomes a page bundle of
the peer in both languages, with its title, date (the Lithuanian file takes the Latvian date, as
herald does), summary, tags and author, and the same Markdown body. The peers get minimal
templates of their own that show what herald's pages show: the item with its date and
translations, paginated news lists of 10 cards, a home page with the latest 5, an Atom/RSS feed
and a sitemap per language. Standard library only.
"""
import os
import re
import shutil

FRONT = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.S)


def read_item(path):
    """(fields, body) of a generated Markdown file: top-level `key: value` lines only."""
    with open(path, encoding="utf-8") as f:
        m = FRONT.match(f.read())
    fields = {}
    for line in m.group(1).splitlines():
        if line[:1] not in (" ", "-") and ":" in line:
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
    return fields, m.group(2)


def unquote(v):
    return v[1:-1] if len(v) >= 2 and v[0] == v[-1] == '"' else v


def tags_of(v):
    return [t.strip() for t in v.strip("[]").split(",") if t.strip()]


def items(site):
    """Yields (name, {lang: (fields, body)}) per item; the lt file gets the lv date."""
    news = os.path.join(site, "content", "news")
    for name in sorted(os.listdir(news)):
        d = os.path.join(news, name)
        if not os.path.isdir(d):
            continue
        langs = {}
        for lang in ("lv", "lt"):
            p = os.path.join(d, f"index.{lang}.md")
            if os.path.exists(p):
                langs[lang] = read_item(p)
        if "lv" in langs and "lt" in langs:
            langs["lt"][0].setdefault("date", langs["lv"][0].get("date", ""))
        yield name, langs


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


HUGO_CONFIG = """baseURL = "https://example.org/"
title = "Bench"
defaultContentLanguage = "lv"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term"]
[pagination]
  pagerSize = 10
paginate = 10
[languages.lv]
  languageName = "Latviešu"
  weight = 1
[languages.lt]
  languageName = "Lietuvių"
  weight = 2
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """<!doctype html><html lang="{{ .Lang }}"><head><meta charset="utf-8">
<title>{{ .Title }} | {{ .Site.Title }}</title>
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">{{ end }}
</head><body><nav><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>
<p>{{ .Params.author.name }}</p>{{ .Content }}
<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul></article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $p := .Paginate .Pages.ByDate.Reverse }}{{ range $p.Pages }}<article>
<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Params.summary }}</p></article>{{ end }}
{{ if $p.HasPrev }}<a href="{{ $p.Prev.URL }}">prev</a>{{ end }}
{{ if $p.HasNext }}<a href="{{ $p.Next.URL }}">next</a>{{ end }}{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ .Site.Title }}</h1>
{{ range first 5 (where .Site.RegularPages.ByDate.Reverse "Section" "news") }}
<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Params.summary }}</p>{{ end }}{{ end }}
""",
}


def hugo_site(site, out):
    """Writes the corpus as a Hugo site in `out` (once); returns `out`."""
    if os.path.exists(os.path.join(out, "hugo.toml")):
        return out
    shutil.rmtree(out, ignore_errors=True)
    for rel, text in HUGO_LAYOUTS.items():
        write(os.path.join(out, "layouts", rel), text)
    write(os.path.join(out, "content/news/_index.lv.md"), "---\ntitle: Jaunumi\n---\n")
    write(os.path.join(out, "content/news/_index.lt.md"), "---\ntitle: Naujienos\n---\n")
    for name, langs in items(site):
        for lang, (f, body) in langs.items():
            front = [
                f"title: {f.get('title', name)}",
                f"date: {f.get('date', '2021-01-01')}",
                f"summary: {f.get('summary', '')}",
            ]
            if "tags" in f:
                front.append(f"tags: {f['tags']}")
            if "author" in f:
                front.append(f"author: {f['author']}")
            write(os.path.join(out, "content/news", name, f"index.{lang}.md"),
                  "---\n" + "\n".join(front) + "\n---\n" + body)
    # Written last: its presence marks a complete conversion.
    write(os.path.join(out, "hugo.toml"), HUGO_CONFIG)
    return out


ZOLA_CONFIG = """base_url = "https://example.org"
title = "Bench"
default_language = "lv"
compile_sass = false
build_search_index = false
generate_feeds = true
taxonomies = []
[markdown]
highlight_code = false
[languages.lt]
generate_feeds = true
"""

ZOLA_TEMPLATES = {
    "base.html": """<!doctype html><html lang="{{ lang }}"><head><meta charset="utf-8">
<title>{% block title %}{{ config.title }}{% endblock %}</title></head>
<body><nav><a href="{{ get_url(path='/', lang=lang) }}">{{ config.title }}</a></nav>
<main>{% block main %}{% endblock %}</main></body></html>
""",
    "page.html": """{% extends "base.html" %}{% block title %}{{ page.title }}{% endblock %}
{% block main %}<article><h1>{{ page.title }}</h1>
<time datetime="{{ page.date }}">{{ page.date }}</time><p>{{ page.extra.author }}</p>
{{ page.content | safe }}<ul>{% for t in page.extra.tags %}<li>{{ t }}</li>{% endfor %}</ul>
{% for t in page.translations %}<a hreflang="{{ t.lang }}" href="{{ t.permalink }}">{{ t.lang }}</a>{% endfor %}
</article>{% endblock %}
""",
    "section.html": """{% extends "base.html" %}{% block main %}<h1>{{ section.title }}</h1>
{% for p in paginator.pages %}<article><h2><a href="{{ p.permalink }}">{{ p.title }}</a></h2>
<p>{{ p.description }}</p></article>{% endfor %}
{% if paginator.previous %}<a href="{{ paginator.previous }}">prev</a>{% endif %}
{% if paginator.next %}<a href="{{ paginator.next }}">next</a>{% endif %}{% endblock %}
""",
    "index.html": """{% extends "base.html" %}{% block main %}<h1>{{ config.title }}</h1>
{% set news = get_section(path="news/_index.md", lang=lang) %}
{% for p in news.pages | slice(end=5) %}<h2><a href="{{ p.permalink }}">{{ p.title }}</a></h2>
<p>{{ p.description }}</p>{% endfor %}{% endblock %}
""",
}


def toml_str(v):
    return '"' + unquote(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def zola_site(site, out):
    """Writes the corpus as a Zola site in `out` (once); returns `out`. Zola names the default
    language's file index.md and the others index.LANG.md, with TOML front matter."""
    if os.path.exists(os.path.join(out, "config.toml")):
        return out
    shutil.rmtree(out, ignore_errors=True)
    for rel, text in ZOLA_TEMPLATES.items():
        write(os.path.join(out, "templates", rel), text)
    section = ('+++\ntitle = "{}"\nsort_by = "date"\npaginate_by = 10\n'
               'template = "section.html"\n+++\n')
    write(os.path.join(out, "content/news/_index.md"), section.format("Jaunumi"))
    write(os.path.join(out, "content/news/_index.lt.md"), section.format("Naujienos"))
    write(os.path.join(out, "content/_index.md"), "+++\n+++\n")
    write(os.path.join(out, "content/_index.lt.md"), "+++\n+++\n")
    for name, langs in items(site):
        for lang, (f, body) in langs.items():
            author = re.search(r"name:\s*([^,}]+)", f.get("author", ""))
            front = [
                f"title = {toml_str(f.get('title', name))}",
                f"date = {f.get('date', '2021-01-01')}",
                f"description = {toml_str(f.get('summary', ''))}",
                "[extra]",
                "tags = [" + ", ".join(toml_str(t) for t in tags_of(f.get("tags", ""))) + "]",
                f"author = {toml_str(author.group(1).strip() if author else '')}",
            ]
            file = "index.md" if lang == "lv" else f"index.{lang}.md"
            write(os.path.join(out, "content/news", name, file),
                  "+++\n" + "\n".join(front) + "\n+++\n" + body)
    write(os.path.join(out, "config.toml"), ZOLA_CONFIG)
    return out


def commands(site, work):
    """[(name, site folder, command to build it into `out`)] for the peers on PATH."""
    found = []
    hugo = shutil.which("hugo")
    if hugo:
        d = hugo_site(site, os.path.join(work, os.path.basename(site) + "-hugo"))
        found.append(("hugo", d, lambda out, d=d: [hugo, "--quiet", "--source", d,
                                                    "--destination", out]))
    zola = shutil.which("zola")
    if zola:
        d = zola_site(site, os.path.join(work, os.path.basename(site) + "-zola"))
        found.append(("zola", d, lambda out, d=d: [zola, "--root", d, "build",
                                                    "--output-dir", out, "--force"]))
    return found
