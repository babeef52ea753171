#!/usr/bin/env python3
"""Checks what a shared link, an image and a feed reader get from a built site, with the
libraries crawlers and readers use.

- feedparser: every feed (site, themes, keywords) has no bozo flag; each item has its
  picture as an enclosure whose length is the picture file's size and whose type matches
  it, and as media:content with its width and height; its categories are its themes and
  keywords (from its page's article:section and article:tag); dc:creator when the page
  names an author; the channel has an image when the site has an icon. Each keyword page
  links its feed, which exists.
- extruct: each article page holds a schema.org NewsArticle with headline, description,
  image, datePublished, dateModified, publisher (Organization with logo) and
  mainEntityOfPage, and author (the byline's Person when the page names one); the home page an Organization
  (name, logo, url, email, telephone) and a WebSite; every page og:title, og:description,
  og:image with its type, width, height and alt, twitter:card, theme-color.
- Pillow: every share card is 1200x630 and at most 300 KB (WhatsApp's limit); the icons
  are the size their names say; every <img> of the site's own files has width and height
  that match the file, and every srcset candidate exists with the width it claims.

Usage: check_reach.py OUTPUT_DIR
Prints 'N passed, N failed' at the end and exits non-zero on any failure.
"""
import html
import re
import sys
from pathlib import Path
from urllib.parse import urlparse, unquote

import extruct
import feedparser
from PIL import Image

passed = 0
failed = 0


def check(condition, message):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {message}")


def meta(page_html, name):
    """The content of every <meta property|name=name> tag, unescaped."""
    pattern = r'<meta (?:property|name)="' + re.escape(name) + r'" content="([^"]*)">'
    return [html.unescape(value) for value in re.findall(pattern, page_html)]


class Site:
    def __init__(self, out):
        self.out = out
        feed = (out / "feed.xml").read_text(encoding="utf-8")
        self.base_url = re.search(r'<atom:link href="([^"]+)feed.xml" rel="self"', feed).group(1)
        self.base_path = urlparse(self.base_url).path

    def file_of(self, url):
        """The output file of an absolute URL or a root-relative path of the site, or None."""
        path = urlparse(url).path if "://" in url else url
        if "://" in url and not url.startswith(self.base_url):
            return None
        if not path.startswith(self.base_path):
            return None
        relative = unquote(path[len(self.base_path):])
        file = self.out / relative
        if relative == "" or relative.endswith("/"):
            file = file / "index.html"
        return file if file.is_file() else None


def check_feeds(site):
    out = site.out
    feeds = sorted([out / "feed.xml"] + list(out.glob("themas/*/feed.xml")) + list(out.glob("trefwoorden/*/feed.xml")))
    keyword_pages = sorted(p for p in out.glob("trefwoorden/*/index.html"))
    for page in keyword_pages:
        feed = page.parent / "feed.xml"
        check(feed.is_file(), f"{page.relative_to(out)} has its feed")
        check(f'href="{site.base_path}{feed.relative_to(out).as_posix()}"' in page.read_text(encoding="utf-8"),
              f"{page.relative_to(out)} links its feed")
    has_icon = (out / "icon-144.png").is_file()
    for feed_path in feeds:
        name = feed_path.relative_to(out)
        text = feed_path.read_text(encoding="utf-8")
        parsed = feedparser.parse(feed_path.read_bytes())
        check(not parsed.bozo, f"{name} parses cleanly ({parsed.get('bozo_exception')})")
        # Browsers are dropping XSLT: the follow page explains feeds, the feed is for feed readers.
        check("<?xml-stylesheet" not in text, f"{name} names no XSL stylesheet")
        if has_icon:
            image = parsed.feed.get("image", {})
            check(image.get("href") == site.base_url + "icon-144.png" and image.get("width") == 144,
                  f"{name} has the 144 px icon as its channel image ({image})")
        for entry in parsed.entries:
            page = site.file_of(entry.link)
            check(page is not None, f"{name}: {entry.link} is a page of the site")
            if page is None:
                continue
            page_html = page.read_text(encoding="utf-8")
            enclosures = entry.get("enclosures", [])
            check(len(enclosures) == 1, f"{name}: {entry.link} has one enclosure")
            for enclosure in enclosures:
                picture = site.file_of(enclosure.href)
                check(picture is not None, f"{name}: enclosure {enclosure.href} is a file of the site")
                if picture is None:
                    continue
                check(int(enclosure.length) == picture.stat().st_size,
                      f"{name}: enclosure length {enclosure.length} is {picture.name}'s size {picture.stat().st_size}")
                with Image.open(picture) as opened:
                    kind = Image.MIME.get(opened.format)
                    size = opened.size
                check(enclosure.type == kind, f"{name}: enclosure type {enclosure.type} is the file's {kind}")
                media = entry.get("media_content", [])
                check(len(media) == 1 and media[0].get("url") == enclosure.href
                      and (int(media[0]["width"]), int(media[0]["height"])) == size,
                      f"{name}: media:content of {entry.link} is the enclosure with its size {size}")
                check(meta(page_html, "og:image") == [enclosure.href],
                      f"{name}: {entry.link}'s enclosure is its page's og:image")
            expected_terms = meta(page_html, "article:section") + meta(page_html, "article:tag")
            terms = [tag.term for tag in entry.get("tags", [])]
            check(set(expected_terms) <= set(terms) and len(terms) >= len(set(expected_terms)),
                  f"{name}: categories {terms} hold the page's section and tags {expected_terms}")
            author = structured(page_html, site, entry.link).get("NewsArticle", {}).get("author")
            # A byline's Person; without one the NewsArticle names the movement, the feed no one.
            if author and author.get("@type") == "Person":
                check(entry.get("author") == author["name"], f"{name}: dc:creator of {entry.link} is {author['name']}")
    return len(feeds)


def structured(page_html, site, url):
    """The page's JSON-LD items by @type (a @graph flattened)."""
    data = extruct.extract(page_html, base_url=url, syntaxes=["json-ld"], uniform=True)
    items = {}
    for block in data.get("json-ld", []):
        for item in block.get("@graph", [block]):
            items[item.get("@type")] = item
    return items


def check_pages(site):
    out = site.out
    pages = sorted(p for p in out.rglob("*.html") if "http-equiv=\"refresh\"" not in p.read_text(encoding="utf-8"))
    for page in pages:
        rel = page.relative_to(out).as_posix()
        page_html = page.read_text(encoding="utf-8")
        if "/admin/" in "/" + rel:
            continue
        url = site.base_url + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        graph = extruct.extract(page_html, base_url=url, syntaxes=["opengraph"], uniform=True).get("opengraph", [])
        og = graph[0] if graph else {}
        for field in ["og:title", "og:description", "og:image", "og:image:type", "og:image:width", "og:image:height",
                      "og:image:alt"]:
            check(og.get(field), f"{rel}: {field} is set (extruct)")
        check(meta(page_html, "twitter:card") == ["summary_large_image"], f"{rel}: twitter:card summary_large_image")
        check(len(meta(page_html, "theme-color")) == 1, f"{rel}: theme-color")
        picture = site.file_of(og.get("og:image", ""))
        check(picture is not None, f"{rel}: og:image {og.get('og:image')} is a file of the site")
        if picture is not None:
            with Image.open(picture) as opened:
                check((str(opened.size[0]), str(opened.size[1]))
                      == (og.get("og:image:width"), og.get("og:image:height")),
                      f"{rel}: og:image size {opened.size} is what the tags say")
        if rel.startswith("nieuws/") and 'property="og:type" content="article"' in page_html:
            article = structured(page_html, site, url).get("NewsArticle")
            check(article is not None, f"{rel}: JSON-LD NewsArticle (extruct)")
            article = article or {}
            for field in ["headline", "description", "image", "datePublished", "dateModified", "mainEntityOfPage",
                          "publisher"]:
                check(article.get(field), f"{rel}: NewsArticle has {field}")
            publisher = article.get("publisher", {})
            check(publisher.get("@type") == "Organization" and publisher.get("name"),
                  f"{rel}: the publisher is an Organization with a name")
            if (out / "apple-touch-icon.png").is_file():
                check(publisher.get("logo", {}).get("url"), f"{rel}: the publisher has a logo")
            byline = re.search(r'<time datetime="[^"]*">[^<]*</time> · ([^<]+)</p>', page_html)
            if byline:
                check(article.get("author", {}).get("name") == html.unescape(byline.group(1)),
                      f"{rel}: NewsArticle author is the byline {byline.group(1)}")
            check(meta(page_html, "article:published_time"), f"{rel}: article:published_time")
            check(meta(page_html, "article:modified_time"), f"{rel}: article:modified_time")
        if rel == "index.html":
            items = structured(page_html, site, url)
            organization = items.get("Organization", {})
            for field in ["name", "url"] + (["logo"] if (out / "apple-touch-icon.png").is_file() else []):
                check(organization.get(field), f"home: Organization has {field}")
            for field in ["email", "telephone"]:
                check(organization.get(field), f"home: Organization has {field}")
            check(items.get("WebSite", {}).get("name"), "home: WebSite with a name")
        check_images(site, rel, page_html)
    return len(pages)


def check_images(site, rel, page_html):
    for tag in re.findall(r"<img [^>]*>", page_html):
        attributes = dict(re.findall(r'(\w[\w-]*)="([^"]*)"', tag))
        file = site.file_of(html.unescape(attributes.get("src", "")))
        if file is None:
            continue
        with Image.open(file) as opened:
            size = opened.size
        check((attributes.get("width"), attributes.get("height")) == (str(size[0]), str(size[1])),
              f"{rel}: <img src={attributes.get('src')}> has width and height {size}")
    for srcset in re.findall(r'srcset="([^"]*)"', page_html):
        for candidate in html.unescape(srcset).split(", "):
            url, width = candidate.rsplit(" ", 1)
            file = site.file_of(url)
            check(file is not None, f"{rel}: srcset candidate {url} exists")
            if file is not None:
                with Image.open(file) as opened:
                    check(f"{opened.size[0]}w" == width, f"{rel}: {url} is {opened.size[0]} px wide as {width} says")


def check_pictures(site):
    out = site.out
    cards = sorted(list(out.rglob("deelkaart.png")) + list(out.rglob("deelkaart.jpg")))
    check(cards, "the site has share cards")
    for card in cards:
        with Image.open(card) as opened:
            check(opened.size == (1200, 630), f"{card.relative_to(out)} is 1200x630 ({opened.size})")
        check(card.stat().st_size <= 300_000, f"{card.relative_to(out)} is at most 300 KB ({card.stat().st_size})")
    for name, size in [("favicon-32.png", 32), ("icon-144.png", 144), ("apple-touch-icon.png", 180)]:
        if (out / name).is_file():
            with Image.open(out / name) as opened:
                check(opened.size == (size, size) and opened.format == "PNG", f"{name} is a {size} px PNG")
    return len(cards)


def main(out):
    site = Site(out)
    feeds = check_feeds(site)
    pages = check_pages(site)
    cards = check_pictures(site)
    print(f"checked {feeds} feeds, {pages} pages and {cards} share cards")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
