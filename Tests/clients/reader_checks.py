"""Checks of browser_check.py for what readers do on the search page, the pagination, the
header and the phone menu (issue 29): each opens pages in a Playwright browser it is given and
returns a list of failures (empty when all is well).

  * search_all: a word many articles have is searched; "Meer resultaten" is pressed (with the
    keyboard) until it is gone, the focus must land on the first new result each time, and in
    the end the list must hold as many results as the status announced, each with its date,
    none with an excerpt from the "Meer over dit onderwerp" block;
  * search_layout: /zoeken/?q=word at 320 and 390 px with results: no sideways scrolling, a
    cumulative layout shift (PerformanceObserver, layout-shift) of at most 0.05, axe clean;
  * search_count: a word only one article has is announced as "1 artikel gevonden.";
  * long_name: the home page with the site's whole name in the header (what a site without
    `shortTitle` renders there) is at most two lines high at 320 px, its menu one row at 1280;
  * pagination: /pagina/2/ at 320 px shows its links and "Pagina 2 van N" on one row, and its
    heading says "van N";
  * menu: the phone menu closes on Escape (the focus back on its button) and on a click outside;
  * related_dates: the dates in the related-articles list stay on one line at 320 px.
"""
import os
import re
from collections import Counter

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("VEENBRAND_CHROMIUM", "/usr/bin/chromium")

MAX_CLS = 0.05
CLS_OBSERVER = """
window.__shift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
}).observe({ type: "layout-shift", buffered: true });
"""


def check_search(folder, base, check_page, axe):
    """The search checks, on the words of the site's articles."""
    articles = article_words(folder)
    counts = Counter(word for words in articles.values() for word in words)
    # Long words first: they carry soft hyphens in the page.
    unique = [(word, path) for path, words in articles.items()
              for word in sorted(words, key=lambda word: (len(word) < 12, word)) if counts[word] == 1]
    if not unique:
        return ["search: no article has a word of its own to search for"]
    word, target = unique[0]
    common = max(sorted(counts), key=lambda word: counts[word])
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            return (follow_result(browser, base, word, target) + search_count(browser, base, word)
                    + search_all(browser, base, common) + search_layout(browser, base, common, check_page, axe))
        finally:
            browser.close()


def check_readers(folder, base, pages):
    """The header with a long name, the pagination, the phone menu, the related articles' dates."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            failures = long_name(browser, base) + menu(browser, base)
            if "home-2" in pages:
                failures += pagination(browser, base, pages["home-2"])
            if "article" in pages:
                failures += related_dates(browser, base, pages["article"])
            return failures
        finally:
            browser.close()


def article_words(folder):
    """Each article's path and the words (nine letters or more) of its text."""
    articles = {}
    root = os.path.join(folder, "nieuws")
    for name in sorted(os.listdir(root)):
        page = os.path.join(root, name, "index.html")
        if not os.path.exists(page):
            continue
        html = open(page, encoding="utf-8").read()
        body = re.search(r'<div class="prose">(.*?)</div>\s*(?:<p class="meta">|<section|</article>)', html, re.S)
        if body and 'http-equiv="refresh"' not in html:
            # Soft hyphens break long words in the page; search must still find them whole.
            text = re.sub(r"<[^>]+>", " ", body.group(1)).replace("\u00ad", "")
            articles[f"/nieuws/{name}/"] = set(re.findall(r"[a-zà-ÿ]{9,}", text.lower()))
    return articles


def follow_result(browser, base, word, target):
    """Types `word` into the search page and follows the result that leads to `target`."""
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto(base + "/zoeken/")
    page.get_by_role("searchbox").first.fill(word)
    link = page.locator(f'a[href$="{target}"]').first
    try:
        link.wait_for(timeout=15000)
        link.click()
        page.wait_for_url("**" + target, timeout=15000)
        print(f"ok   search: '{word}' lists {target}, and its link opens it")
        return []
    except Exception as error:  # noqa: BLE001 — any failure to find or follow is the failure
        return [f"search: '{word}' does not lead to {target}: {error}"]
    finally:
        page.close()


def report(failures, text):
    """Prints `text` as passed if there are no `failures` (they are printed at the end)."""
    if not failures:
        print("ok   " + text)


def wait_for_status(page, timeout=20000):
    page.wait_for_function(
        "document.getElementById('zoekstatus').textContent.trim().length > 0", timeout=timeout)
    return page.locator("#zoekstatus").inner_text().strip()


def search_all(browser, base, word):
    failures = []
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(f"{base}/zoeken/?q={word}")
    status = wait_for_status(page)
    announced = re.match(r"(\d+) artikel", status)
    if not announced:
        page.close()
        return [f"search all: '{word}': the status says '{status}', not how many were found"]
    total = int(announced.group(1))
    results = page.locator("#zoekresultaten > li")
    more = page.locator("#zoekmeer")
    presses = 0
    while more.is_visible() and presses < 100:
        before = results.count()
        more.focus()
        page.keyboard.press("Enter")
        page.wait_for_function(f"document.querySelectorAll('#zoekresultaten > li').length > {before}")
        presses += 1
        focused = page.evaluate("document.activeElement.closest('#zoekresultaten > li') === "
                                f"document.querySelectorAll('#zoekresultaten > li')[{before}]")
        if not focused:
            failures.append(f"search all: after 'Meer resultaten' the focus is not on result {before + 1}")
        said = page.locator("#zoekstatus").inner_text()
        if str(results.count()) not in said and results.count() != total:
            failures.append(f"search all: the status '{said}' does not say {results.count()} are shown")
    shown = results.count()
    if shown != total:
        failures.append(f"search all: '{word}': {total} announced, {shown} reachable")
    if total > 20 and presses == 0:
        failures.append(f"search all: '{word}': {total} found but no 'Meer resultaten'")
    undated = page.locator("#zoekresultaten > li:not(:has(time))").count()
    if undated:
        failures.append(f"search all: {undated} results without a date")
    themed = page.locator("#zoekresultaten > li .meta", has_text="Thema's:").count()
    related = page.locator("#zoekresultaten > li", has_text="Meer artikelen over").count()
    if related:
        failures.append(f"search all: {related} excerpts come from the 'Meer over dit onderwerp' block")
    final = page.locator("#zoekstatus").inner_text().strip()
    expected = "1 artikel gevonden." if total == 1 else f"{total} artikelen gevonden."
    if final != expected:
        failures.append(f"search all: the status reads '{final}' once all are shown, not '{expected}'")
    report(failures, f"search all: '{word}': {total} announced, {shown} shown after {presses} × "
                     f"'Meer resultaten', {themed} with their themes")
    page.close()
    return failures


def search_count(browser, base, word):
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto(f"{base}/zoeken/?q={word}")
    status = wait_for_status(page)
    shown = page.locator("#zoekresultaten > li").count()
    page.close()
    if shown == 1 and status != "1 artikel gevonden.":
        return [f"search count: one result for '{word}' is announced as '{status}'"]
    print(f"ok   search count: '{word}': {shown} result(s), '{status}'")
    return []


def search_layout(browser, base, word, check_page, axe):
    failures = []
    for width in (320, 390):
        before = len(failures)
        context = browser.new_context(viewport={"width": width, "height": 800})
        context.add_init_script(CLS_OBSERVER)
        page = context.new_page()
        page.goto(f"{base}/zoeken/?q={word}")
        wait_for_status(page)
        page.wait_for_timeout(1000)
        shift = page.evaluate("window.__shift")
        results = page.locator("#zoekresultaten > li").count()
        if shift > MAX_CLS:
            failures.append(f"search layout ({width}px): layout shift {shift:.3f} > {MAX_CLS}")
        if not results:
            failures.append(f"search layout ({width}px): no results for '{word}'")
        check_page(page, f"search with results ({width}px)", axe, failures)
        report(failures[before:], f"search layout ({width}px): '{word}': {results} results, CLS {shift:.4f}, "
                                  "no sideways scrolling, axe clean")
        context.close()
    return failures


def long_name(browser, base):
    """The home page as a site without `shortTitle` renders it: the header shows the whole
    name (og:site_name). Served in place of the home page through Playwright's routing."""
    failures = []
    for width in (320, 1280):
        page = browser.new_page(viewport={"width": width, "height": 800})
        page.goto(base + "/")
        html = page.content()
        name = re.search(r'<meta property="og:site_name" content="([^"]*)"', html).group(1)
        html = re.sub(r'(<span class="brand-short">)[^<]*(</span>)', lambda m: m.group(1) + name + m.group(2), html)
        page.route(base + "/", lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"))
        page.goto(base + "/")
        lines = page.evaluate("""() => {
          const name = document.querySelector('.brand-short');
          return Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight));
        }""")
        rows = page.evaluate("""() => new Set([...document.querySelectorAll('.menu-wide .menu > li')]
          .filter((item) => item.offsetParent).map((item) => Math.round(item.getBoundingClientRect().top))).size""")
        if lines > 2:
            failures.append(f"long name ({width}px): '{name}' takes {lines} lines in the header")
        if width == 1280 and rows != 1:
            failures.append(f"long name (1280px): the menu takes {rows} rows")
        scroll = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if scroll > 0:
            failures.append(f"long name ({width}px): scrolls sideways by {scroll}px")
        report(failures, f"long name ({width}px): '{name}' in {lines} line(s), the menu in {rows} row(s)")
        page.close()
    return failures


def pagination(browser, base, path):
    failures = []
    page = browser.new_page(viewport={"width": 320, "height": 800})
    page.goto(base + path)
    # A row: items whose middles are level (within a pixel or two).
    tops = page.evaluate("""() => [...document.querySelectorAll('.pagination li')].filter((item) => item.offsetParent)
      .map((item) => { const box = item.getBoundingClientRect(); return Math.round((box.top + box.bottom) / 4); })""")
    where = page.locator(".pagination .where").inner_text().strip()
    heading = page.locator("h1").inner_text()
    found = re.fullmatch(r"Pagina (\d+) van (\d+)", where)
    if len(set(tops)) != 1 or len(tops) < 5:
        failures.append(f"pagination (320px): {len(tops)} items on {len(set(tops))} rows, not 5 on one")
    if not found or f"van {found.group(2)}" not in heading:
        failures.append(f"pagination (320px): '{where}' and the heading '{heading}' do not say of how many")
    report(failures, f"pagination (320px): {path}: {len(tops)} items on {len(set(tops))} row(s): '{where}'; "
                     f"heading '{heading}'")
    page.close()
    return failures


def menu(browser, base):
    failures = []
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto(base + "/")
    summary = page.locator(".menu-narrow summary")
    summary.click()
    opened = page.evaluate("document.querySelector('.menu-narrow').open")
    page.keyboard.press("Escape")
    closed = not page.evaluate("document.querySelector('.menu-narrow').open")
    focused = page.evaluate("document.activeElement === document.querySelector('.menu-narrow summary')")
    summary.click()
    page.mouse.click(20, 700)
    outside = not page.evaluate("document.querySelector('.menu-narrow').open")
    if not (opened and closed and focused and outside):
        failures.append(f"menu: opens {opened}, closes on Escape {closed} (focus back {focused}), "
                        f"on a click outside {outside}")
    else:
        print("ok   menu: closes on Escape (focus back on 'Menu') and on a click outside")
    page.close()
    return failures


def related_dates(browser, base, path):
    page = browser.new_page(viewport={"width": 320, "height": 800})
    page.goto(base + path)
    wrapped = page.evaluate("""() => [...document.querySelectorAll('.related-list time')].filter((time) =>
      time.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(time).lineHeight)).length""")
    count = page.locator(".related-list time").count()
    page.close()
    if wrapped:
        return [f"related dates (320px): {wrapped} of {count} dates on {path} wrap"]
    print(f"ok   related dates (320px): {count} dates on one line each")
    return []
