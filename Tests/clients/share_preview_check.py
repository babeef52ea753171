#!/usr/bin/env python3
"""Checks the preview's share page (how a shared link looks) the way an editor opens it.

Usage: share_preview_check.py VEENBRAND_BINARY SITE_DIR [--screenshots DIR]

Runs `veenbrand serve` on SITE_DIR and opens /__veenbrand/deelvoorbeeld for every article in
headless Chromium at phone width: the card loads (1200x630), the page names no missing tag,
shows the article's title, and axe-core finds no violation. With --screenshots, saves the
first article's as share-preview.png and its card as share-card.png (the README shows them).
Exits 1 on any failure.
"""
import argparse
import os
import shutil
import sys
import urllib.request

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser_check  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("site")
    parser.add_argument("--screenshots")
    arguments = parser.parse_args()
    failures = []
    server, address = browser_check.start_preview(arguments.binary, arguments.site)
    try:
        if not address:
            print("FAIL veenbrand serve did not start")
            return 1
        articles = sorted(name[:-3] for name in os.listdir(os.path.join(arguments.site, "content", "nieuws"))
                          if name.endswith(".md"))
        axe = Axe()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=browser_check.CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 390, "height": 900})
            for index, slug in enumerate(articles):
                label = f"share preview of /nieuws/{slug}/"
                response = page.goto(f"{address}/__veenbrand/deelvoorbeeld?pagina=/nieuws/{slug}/")
                if response.status != 200:
                    continue  # a draft or scheduled article: no page in the preview
                size = page.evaluate("[...document.images].map(i => [i.naturalWidth, i.naturalHeight])")
                if not size or any(s != [1200, 630] for s in size):
                    failures.append(f"{label}: the card is not a loaded 1200x630 image ({size})")
                if "Deze pagina mist" in page.content():
                    failures.append(f"{label}: it names missing tags")
                results = axe.run(page, options={"runOnly": {"type": "tag", "values": browser_check.AXE_TAGS}})
                for violation in results.response["violations"]:
                    failures.append(f"{label}: axe {violation['impact']}: {violation['id']}")
                print(f"ok   {label}: card {size[0] if size else None}, "
                      f"{len(results.response['violations'])} axe violations")
                if arguments.screenshots and index == 0:
                    os.makedirs(arguments.screenshots, exist_ok=True)
                    page.screenshot(path=os.path.join(arguments.screenshots, "share-preview.png"), full_page=True)
                    card = page.evaluate("document.images[0].src")
                    target = os.path.join(arguments.screenshots, "share-card" + os.path.splitext(card)[1])
                    with urllib.request.urlopen(card, timeout=30) as source, open(target, "wb") as file:
                        shutil.copyfileobj(source, file)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    for failure in failures:
        print("FAIL " + failure)
    print(f"share preview checks: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
