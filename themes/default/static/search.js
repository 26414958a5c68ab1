/* The search page: reads the index herald wrote under search/<lang>/ (no server, no request
   leaving the site) and shows the results as the reader types.

   The query is not stemmed here. Each typed word is folded (lower case, no diacritics) and
   finds every index term (a folded stem) that it is, or that it starts with followed by an
   ending the language's stemmer removes (or two), allowing for the consonants the stemmer
   changes back; the last word also finds the terms it starts (typing). The endings and those
   changes come from the index (meta.json), the same lists the build stems with: see
   src/search/stem.rs, whose `matches` is this file's `matches`. */
(function () {
  "use strict";

  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function words(s) {
    return fold(s).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  function shardOf(term, shards) {
    var c = Array.from(term);
    var a = c.length > 0 ? c[0].codePointAt(0) : 0;
    var b = c.length > 1 ? c[1].codePointAt(0) : 0;
    return (a * 31 + b) % shards;
  }

  /* Whether the typed, folded `word` finds the index term `term` (as stem.rs `matches`). */
  function matches(rules, word, term) {
    var endings = rules.endingSet || (rules.endingSet = new Set(rules.endings));
    function restOk(rest) {
      if (rest === "" || endings.has(rest)) return true;
      for (var i = 1; i < rest.length; i++) {
        if (endings.has(rest.slice(0, i)) && endings.has(rest.slice(i))) return true;
      }
      return false;
    }
    var variants = [term];
    rules.changes.forEach(function (c) {
      if (term.endsWith(c[0])) variants.push(term.slice(0, term.length - c[0].length) + c[1]);
    });
    return variants.some(function (v) {
      return word.startsWith(v) && restOk(word.slice(v.length));
    });
  }

  /* The word being typed may be unfinished: it also finds the terms it starts, and those
     its stem starts (its ending taken off, at least four letters left), as a prefix search of
     the stemmed word would. */
  function finds(rules, word, term, typing) {
    if (matches(rules, word, term)) return true;
    if (!typing) return false;
    if (term.startsWith(word)) return true;
    return rules.endings.some(function (e) {
      if (!word.endsWith(e)) return false;
      var stem = word.slice(0, word.length - e.length);
      return Array.from(stem).length >= 4 && term.startsWith(stem);
    });
  }

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { fold: fold, words: words, shardOf: shardOf, matches: matches, finds: finds };
    return;
  }

  var box = document.getElementById("search");
  if (!box) return;
  var input = document.getElementById("search-q");
  var all = document.getElementById("search-all");
  var status = box.querySelector(".search-status");
  var list = document.getElementById("search-results");
  var lang = box.dataset.lang;
  var base = box.dataset.index.replace(/\/?$/, "/");
  var languages = box.dataset.languages.split(",").filter(Boolean);
  var PAGE = 10;
  var cache = {};

  function get(url) {
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return r.json();
      });
    }
    return cache[url];
  }

  function meta(l) { return get(base + l + "/meta.json"); }

  /* The documents of language `l` that hold every word: [{id, score, terms}]. */
  function searchLanguage(l, query) {
    return meta(l).then(function (m) {
      var ws = query.filter(function (w) { return Array.from(w).length >= 2; });
      if (ws.length === 0 || m.docs === 0) return [];
      return Promise.all(ws.map(function (w, i) {
        var typing = i === ws.length - 1;
        return get(base + l + "/s" + shardOf(w, m.shards) + ".json").then(function (shard) {
          var docs = new Map();
          var terms = [];
          Object.keys(shard).forEach(function (t) {
            var hit = finds(m.rules, w, t, typing);
            if (!hit) return;
            terms.push(t);
            var p = shard[t], id = 0;
            p[0].forEach(function (d) { id += d; if (!docs.has(id)) docs.set(id, 0); });
            (p[1] || []).forEach(function (d) { docs.set(d, 1); });
          });
          return { docs: docs, terms: terms };
        });
      })).then(function (per) {
        var out = [];
        per[0].docs.forEach(function (title, id) {
          var score = 0;
          for (var k = 0; k < per.length; k++) {
            if (!per[k].docs.has(id)) return;
            score += per[k].docs.get(id);
          }
          out.push({ lang: l, id: id, score: score });
        });
        var terms = [].concat.apply([], per.map(function (p) { return p.terms; }));
        out.forEach(function (r) { r.terms = terms; r.rules = m.rules; });
        return out;
      });
    });
  }

  function countText(n) {
    var rules = new Intl.PluralRules(lang);
    var form = rules.select(n);
    // data-count-5="5 results": the text formatted for sample numbers, one per plural form.
    var samples = Array.prototype.map.call(box.attributes, function (a) { return a.name; })
      .filter(function (k) { return /^data-count-\d+$/.test(k); })
      .map(function (k) { return Number(k.slice(11)); });
    var same = samples.filter(function (s) { return rules.select(s) === form; })[0];
    if (same === undefined) same = samples[samples.length - 1];
    return box.getAttribute("data-count-" + same).replace(String(same), n.toLocaleString(lang));
  }

  /* The part of the text around the first matched word, the matched words marked. */
  function excerpt(doc, hit, query) {
    var text = doc.x || "";
    var parts = text.split(/([^\p{L}\p{N}]+)/u);
    var first = -1;
    var marks = parts.map(function (p, i) {
      if (i % 2 === 1 || p === "") return false;
      var f = fold(p);
      var m = hit.terms.some(function (t) { return matches(hit.rules, f, t); }) ||
        query.some(function (w) { return w.length >= 2 && f.startsWith(w); });
      if (m && first < 0) first = i;
      return m;
    });
    var start = Math.max(0, first - 24), end = Math.min(parts.length, start + 60);
    var p = document.createElement("p");
    if (start > 0) p.appendChild(document.createTextNode("… "));
    for (var i = start; i < end; i++) {
      if (marks[i]) {
        var m = document.createElement("mark");
        m.textContent = parts[i];
        p.appendChild(m);
      } else {
        p.appendChild(document.createTextNode(parts[i]));
      }
    }
    if (end < parts.length) p.appendChild(document.createTextNode(" …"));
    return p;
  }

  function item(hit, doc, query) {
    var li = document.createElement("li");
    if (hit.lang !== lang) li.lang = hit.lang;
    var h = document.createElement("h2");
    var a = document.createElement("a");
    a.href = doc.u;
    a.textContent = doc.t;
    h.appendChild(a);
    li.appendChild(h);
    var meta = [];
    if (doc.d) {
      var t = document.createElement("time");
      t.dateTime = doc.d;
      t.textContent = new Intl.DateTimeFormat(hit.lang, { dateStyle: "long", timeZone: "UTC" })
        .format(new Date(doc.d + "T00:00:00Z"));
      meta.push(t);
    }
    if (doc.s) meta.push(document.createTextNode(doc.s));
    if (meta.length) {
      var p = document.createElement("p");
      p.className = "meta";
      meta.forEach(function (m, i) {
        if (i) p.appendChild(document.createTextNode(" · "));
        p.appendChild(m);
      });
      li.appendChild(p);
    }
    li.appendChild(excerpt(doc, hit, query));
    return li;
  }

  var run = 0;
  var hits = [];
  var shown = 0;
  var lastQuery = [];

  function showMore() {
    var more = box.querySelector(".search-more");
    if (more) more.remove();
    var next = hits.slice(shown, shown + PAGE);
    var query = lastQuery;
    var mine = run;
    // A document is one of the list in d<k>.json, k = its number / meta.per.
    return Promise.all(next.map(function (h) {
      return meta(h.lang).then(function (m) {
        return get(base + h.lang + "/d" + Math.floor(h.id / m.per) + ".json")
          .then(function (list) { return list[h.id % m.per]; });
      });
    })).then(function (docs) {
      if (mine !== run) return;
      docs.forEach(function (d, i) { list.appendChild(item(next[i], d, query)); });
      shown += next.length;
      if (shown < hits.length) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "search-more";
        b.textContent = box.dataset.more || "…";
        b.addEventListener("click", function () {
          var first = shown;
          showMore().then(function () {
            var a = list.children[first] && list.children[first].querySelector("a");
            if (a) a.focus();
          });
        });
        list.after(b);
      }
    });
  }

  function search() {
    var q = input.value;
    var query = words(q);
    var mine = ++run;
    var url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
    if (all && all.checked) url.searchParams.set("all", "1"); else url.searchParams.delete("all");
    history.replaceState(null, "", url);
    if (query.length === 0) {
      list.replaceChildren();
      var more = box.querySelector(".search-more");
      if (more) more.remove();
      status.textContent = "";
      return Promise.resolve();
    }
    var langs = all && all.checked ? languages : [lang];
    return Promise.all(langs.map(function (l) { return searchLanguage(l, query); }))
      .then(function (per) {
        if (mine !== run) return;
        hits = [].concat.apply([], per);
        // More words in titles first; then newest first (ids are newest first per language).
        hits.sort(function (a, b) {
          return b.score - a.score || (a.lang === lang) - (b.lang === lang) || a.id - b.id;
        });
        shown = 0;
        lastQuery = query;
        list.replaceChildren();
        status.textContent = hits.length ? countText(hits.length) : box.dataset.none;
        return showMore();
      })
      .catch(function () { if (mine === run) status.textContent = box.dataset.none; });
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  if (all) all.addEventListener("change", search);
  box.querySelector("form").addEventListener("submit", function (e) {
    e.preventDefault();
    search();
  });

  /* Arrow keys: from the field to the results and between them; Escape back to the field. */
  function links() { return Array.prototype.slice.call(list.querySelectorAll("h2 a")); }
  box.addEventListener("keydown", function (e) {
    var ls = links();
    var at = ls.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && (document.activeElement === input || at >= 0)) {
      if (at + 1 < ls.length) { ls[at + 1].focus(); e.preventDefault(); }
    } else if (e.key === "ArrowUp" && at >= 0) {
      (at > 0 ? ls[at - 1] : input).focus();
      e.preventDefault();
    } else if (e.key === "Escape" && at >= 0) {
      input.focus();
      e.preventDefault();
    }
  });

  var params = new URLSearchParams(window.location.search);
  if (all && params.get("all") === "1") all.checked = true;
  if (params.get("q")) {
    input.value = params.get("q");
    search();
  }
})();
