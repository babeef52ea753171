#!/usr/bin/env python3
"""Opens a built site in headless Chromium and checks it the way readers' tools see it.

Usage: browser_check.py OUTPUT_DIR [--screenshots DIR] [--base-path /sub/] [--links-only]

The site is served over HTTP on loopback (its links are root-relative, as on the real site),
under --base-path if given (a site whose base URL has a path, as a GitHub project site).
For the home page, an article, a theme page, a standalone page and the 404 page, at phone and
desktop widths:
  * the page loads with the right title and no horizontal scrolling on a phone;
  * axe-core finds no serious or critical violation of WCAG 2.1 A/AA. It is driven by
    axe-selenium-python, whose bundled axe-core (3.1) predates the WCAG 2.1 rules, so the
    engine comes from the axe-core-python package (axe-core 4.4);
  * a screenshot is saved (if --screenshots is given).
Then linkchecker crawls the whole site and must find no broken internal link.
Exits 1 on any failure.
"""
import argparse
import functools
import http.server
import json
import os
import re
import subprocess
import sys
import tempfile
import threading

import axe_core_python
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

AXE_SCRIPT = os.path.join(os.path.dirname(axe_core_python.__file__), "axe.min.js")
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}


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


def pages_to_visit(folder):
    """Home, the newest article, the first theme page and the 404 page, as site paths."""
    home = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
    article = re.search(r'href="(/nieuws/[^"/]+/)"', home)
    themes = sorted(name for name in os.listdir(os.path.join(folder, "themas"))
                    if os.path.exists(os.path.join(folder, "themas", name, "index.html")))
    pages = {"home": "/"}
    if article:
        pages["article"] = article.group(1)
    if themes:
        pages["theme"] = f"/themas/{themes[0]}/"
    builtin = {"nieuws", "themas", "trefwoorden", "pagina", "assets", "media"}
    standalone = sorted(name for name in os.listdir(folder)
                        if name not in builtin and os.path.exists(os.path.join(folder, name, "index.html"))
                        and 'http-equiv="refresh"' not in open(os.path.join(folder, name, "index.html"), encoding="utf-8").read())
    if standalone:
        pages["page"] = f"/{standalone[0]}/"
    pages["404"] = "/bestaat-niet/"
    return pages


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check_pages(folder, base, screenshots, pages=None):
    """axe, the title and sideways scrolling for `pages` (name -> path; by default those of
    `pages_to_visit`), at phone and desktop width, with a screenshot of each if asked."""
    failures = []
    driver = browser()
    try:
        for width_name, (width, height) in WIDTHS.items():
            driver.set_window_size(width, height)
            for page_name, path in (pages or pages_to_visit(folder)).items():
                label = f"{page_name} ({width_name})"
                driver.get(base + path)
                if not driver.title.strip():
                    failures.append(f"{label}: the page has no title")
                scroll = driver.execute_script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                if scroll > 1:
                    failures.append(f"{label}: scrolls sideways by {scroll}px")
                axe = Axe(driver, script_url=AXE_SCRIPT)
                axe.inject()
                results = driver.execute_async_script(
                    "var done = arguments[arguments.length - 1];"
                    "axe.run(document, arguments[0]).then(done, function (e) { done({error: String(e)}); });",
                    {"runOnly": {"type": "tag", "values": WCAG_TAGS}})
                if "error" in results:
                    failures.append(f"{label}: axe could not run: {results['error']}")
                    continue
                blocking = [v for v in results["violations"] if v.get("impact") in BLOCKING]
                for violation in results["violations"]:
                    nodes = ", ".join(node["target"][0] for node in violation["nodes"][:3])
                    line = f"{label}: axe {violation['impact']}: {violation['id']}: {violation['help']} ({nodes})"
                    (failures.append if violation in blocking else print)(line)
                print(f"ok   {label}: {path}: axe {results['testEngine']['version']}: {len(results['passes'])} rules pass, "
                      f"{len(results['violations'])} violations ({len(blocking)} serious or critical)")
                if screenshots:
                    os.makedirs(screenshots, exist_ok=True)
                    full_height = driver.execute_script("return document.documentElement.scrollHeight")
                    driver.set_window_size(width, min(max(height, full_height), 4000))
                    driver.save_screenshot(os.path.join(screenshots, f"{page_name}-{width_name}.png"))
                    driver.set_window_size(width, height)
    finally:
        driver.quit()
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
    arguments = parser.parse_args()
    folder = os.path.abspath(arguments.output)
    server, base = serve(folder, arguments.base_path)
    try:
        pages = [] if arguments.links_only else check_pages(folder, base, arguments.screenshots)
        failures = pages + check_links(base, arguments.base_path)
    finally:
        server.shutdown()
    for failure in failures:
        print("FAIL " + failure)
    print(f"browser and link checks: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
