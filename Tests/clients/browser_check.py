#!/usr/bin/env python3
"""Opens a built site in headless Chromium and checks it the way readers' tools see it.

Usage: browser_check.py OUTPUT_DIR [--screenshots DIR] [--base-path /sub/] [--links-only] [--search]
(--search with --links-only: the search checks and the crawl only, as for a site under a path)

The site is served over HTTP on loopback (its links are root-relative, as on the real site),
under --base-path if given (a site whose base URL has a path, as a GitHub project site).
Chromium is driven by Playwright; axe-core is the current one the axe-playwright-python wheel
ships. For every kind of page the site has (home and its page 2, an article (one with a table
and footnotes when there is one), the themes index, a theme and its page 2, the keyword index, a
keyword, the archive and a year, search, a standalone page, 404), at 320, 390 and 1280 px, light
and dark:
  * the page has a title and nothing scrolls sideways;
  * axe-core, with the WCAG 2.0, 2.1 and 2.2 A and AA rules and its best practices, reports no
    violation of any impact;
and at 200% zoom (a 640 px wide viewport for a 1280 px screen) nothing scrolls sideways.
Screenshots (with --screenshots): phone (390) and desktop (1280), light and dark, and the print
view of the article. With --search, the search page is used the way a reader does: a word that
only one article's body has is typed, and that article's result is clicked through; and all
results of a common word are reached through "Meer resultaten", without sideways scrolling or
layout shift (see reader_checks.py). The pagination, the header with a long site name, the phone
menu and the related articles' dates are checked as reader_checks.py says.
Then linkchecker crawls the whole site and must find no broken internal link.
Exits 1 on any failure.
"""
import argparse
import functools
import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

import reader_checks

WIDTHS = {"small": 320, "phone": 390, "desktop": 1280}
HEIGHT = 800
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
CHROMIUM = os.environ.get("VEENBRAND_CHROMIUM", "/usr/bin/chromium")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    not_found = None

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        # Like the real host: the site's own 404 page.
        page_path = self.not_found or os.path.join(self.directory, "404.html")
        if code == 404 and os.path.exists(page_path):
            with open(page_path, "rb") as page:
                body = page.read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            super().send_error(code, message, explain)


def serve(folder, base_path="/"):
    """Serves `folder` at `base_path` (through a link in a temporary root), and its 404 page
    for anything missing, as static hosts do."""
    if base_path != "/":
        root = tempfile.mkdtemp()
        parent = os.path.join(root, base_path.strip("/"))
        os.makedirs(os.path.dirname(parent), exist_ok=True)
        os.symlink(folder, parent)
        QuietHandler.not_found = os.path.join(folder, "404.html")
        folder = root
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def start_preview(binary, site):
    """Runs `veenbrand serve` on `site` on a free port; returns the process and the address it
    printed (`http://127.0.0.1:PORT`, no trailing slash), or None if it printed none."""
    server = subprocess.Popen([binary, "serve", "--source", site, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in server.stdout:
        found = re.search(r"Serving the preview at (http://\S+?)/", line)
        if found:
            return server, found.group(1)
    return server, None


def exists(folder, path):
    return os.path.exists(os.path.join(folder, path.strip("/"), "index.html"))


def first_folder(folder, section):
    """The first sub-folder of `section` with a page, by name."""
    where = os.path.join(folder, section)
    if not os.path.isdir(where):
        return None
    names = sorted(name for name in os.listdir(where) if exists(where, name) and not name.isdigit())
    return f"/{section}/{names[0]}/" if names else None


def outline_is_whole(html):
    """Whether the headings of an article's text skip no level after its title (a skip is the
    text's doing, which `veenbrand check` warns about, not the theme's)."""
    previous = 1
    for level in (int(found) for found in re.findall(r"<h([1-6])[ >]", html.split('<div class="prose">', 1)[-1])):
        if level > previous + 1:
            return False
        previous = level
    return True


def richest_article(folder):
    """An article with a table and footnotes and whole headings, if there is one, else the
    newest on the home page."""
    articles = os.path.join(folder, "nieuws")
    for name in sorted(os.listdir(articles)) if os.path.isdir(articles) else []:
        page = os.path.join(articles, name, "index.html")
        if os.path.exists(page):
            html = open(page, encoding="utf-8").read()
            if ("<table" in html and "footnote" in html and 'http-equiv="refresh"' not in html
                    and outline_is_whole(html)):
                return f"/nieuws/{name}/"
    home = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
    found = re.search(r'href="[^"]*?(/nieuws/[^"/]+/)"', home)
    return found.group(1) if found else None


def pages_to_visit(folder):
    """Every kind of page the site has, as site paths."""
    pages = {"home": "/"}
    if exists(folder, "pagina/2"):
        pages["home-2"] = "/pagina/2/"
    article = richest_article(folder)
    if article:
        pages["article"] = article
    pages["themes"] = "/themas/"
    theme = first_folder(folder, "themas")
    if theme:
        pages["theme"] = theme
        with_two = [name for name in sorted(os.listdir(os.path.join(folder, "themas")))
                    if exists(folder, f"themas/{name}/pagina/2")]
        if with_two:
            pages["theme-2"] = f"/themas/{with_two[0]}/pagina/2/"
    pages["keywords"] = "/trefwoorden/"
    keyword = first_folder(folder, "trefwoorden")
    if keyword:
        pages["keyword"] = keyword
    if exists(folder, "archief"):
        pages["archive"] = "/archief/"
        year = first_folder(folder, "archief")
        if year:
            pages["year"] = year
    if exists(folder, "zoeken"):
        pages["search"] = "/zoeken/"
    if exists(folder, "volgen"):
        pages["follow"] = "/volgen/"  # following the site: every feed's address to copy
    if exists(folder, "agenda"):
        pages["agenda"] = "/agenda/"
        event = first_folder(folder, "agenda")
        if event:
            pages["event"] = event
    builtin = {"nieuws", "themas", "trefwoorden", "pagina", "assets", "media", "archief", "zoeken", "pagefind",
               "agenda", "volgen"}
    standalone = sorted(name for name in os.listdir(folder)
                        if name not in builtin and exists(folder, name)
                        and 'http-equiv="refresh"' not in open(os.path.join(folder, name, "index.html"),
                                                               encoding="utf-8").read())
    if standalone:
        pages["page"] = f"/{standalone[0]}/"
    pages["404"] = "/bestaat-niet/"
    return pages


def sideways(page):
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def check_page(page, label, axe, failures):
    if not page.title().strip():
        failures.append(f"{label}: the page has no title")
    scroll = sideways(page)
    if scroll > 0:
        failures.append(f"{label}: scrolls sideways by {scroll}px")
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}}).response
    for violation in results["violations"]:
        nodes = ", ".join(str(node["target"][0]) for node in violation["nodes"][:3])
        failures.append(f"{label}: axe {violation['impact']}: {violation['id']}: {violation['help']} ({nodes})")
    return results


def check_pages(folder, base, screenshots, pages=None):
    """Title, sideways scrolling and axe for `pages` (name -> path; by default every kind the
    site has) at each width, light and dark, and sideways scrolling at 200% zoom; screenshots
    of each at phone and desktop width if asked, and the print view of the article."""
    failures = []
    pages = pages or pages_to_visit(folder)
    axe = Axe()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            for scheme in ["light", "dark"]:
                for width_name, width in WIDTHS.items():
                    context = browser.new_context(viewport={"width": width, "height": HEIGHT}, color_scheme=scheme)
                    page = context.new_page()
                    for page_name, path in pages.items():
                        label = f"{page_name} ({width}px, {scheme})"
                        page.goto(base + path)
                        results = check_page(page, label, axe, failures)
                        print(f"ok   {label}: {path}: axe {results['testEngine']['version']}: "
                              f"{len(results['passes'])} rules pass, {len(results['violations'])} violations")
                        if screenshots and width_name != "small":
                            os.makedirs(screenshots, exist_ok=True)
                            suffix = "" if scheme == "light" else "-dark"
                            page.screenshot(path=os.path.join(screenshots, f"{page_name}-{width_name}{suffix}.png"),
                                            full_page=True)
                    context.close()
            # 200% zoom on a 1280 px screen lays the page out in 640 CSS pixels.
            context = browser.new_context(viewport={"width": 640, "height": 400}, device_scale_factor=2)
            page = context.new_page()
            for page_name, path in pages.items():
                page.goto(base + path)
                scroll = sideways(page)
                if scroll > 0:
                    failures.append(f"{page_name} (200% zoom): scrolls sideways by {scroll}px")
            if screenshots and "article" in pages:
                page.emulate_media(media="print")
                page.goto(base + pages["article"])
                page.set_viewport_size({"width": 794, "height": 1123})
                page.screenshot(path=os.path.join(screenshots, "article-print.png"), full_page=True)
            context.close()
        finally:
            browser.close()
    return failures


def check_links(base, base_path="/"):
    # Under a base path, links that leave it are "external" to linkchecker: check them too, so
    # that a link missing the path fails, but touch nothing beyond the loopback server.
    extern = [] if base_path == "/" else ["--check-extern", "--ignore-url", "^(?!" + re.escape(base) + ")"]
    result = subprocess.run(["linkchecker", "--no-status", "--no-warnings", "--threads=4", *extern, base + base_path],
                            capture_output=True, text=True)
    summary = [line for line in result.stdout.splitlines() if "link" in line and ("found" in line or "checked" in line)]
    print("linkchecker: " + (" ".join(summary[-2:]) if summary else "done"))
    if result.returncode != 0:
        return ["linkchecker found broken links:\n" + result.stdout[-4000:] + result.stderr[-2000:]]
    return []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--screenshots")
    parser.add_argument("--base-path", default="/")
    parser.add_argument("--links-only", action="store_true")
    parser.add_argument("--search", action="store_true",
                        help="search for a word only one article has, and follow the result")
    arguments = parser.parse_args()
    folder = os.path.abspath(arguments.output)
    server, base = serve(folder, arguments.base_path)
    try:
        failures = [] if arguments.links_only else check_pages(folder, base, arguments.screenshots)
        if arguments.search:
            # Under a base path the search page, its index and its results are under it too.
            site = base + arguments.base_path.rstrip("/")
            failures += reader_checks.check_search(folder, site, check_page, Axe())
        if not arguments.links_only:
            failures += reader_checks.check_readers(folder, base, pages_to_visit(folder))
        failures += check_links(base, arguments.base_path)
    finally:
        server.shutdown()
    for failure in failures:
        print("FAIL " + failure)
    print(f"browser and link checks: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
