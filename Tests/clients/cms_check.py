#!/usr/bin/env python3
"""The CMS configuration Veenbrand writes is one the CMS accepts, and its admin page holds up.

Usage: cms_check.py VEENBRAND_BINARY SITE_DIR [--screenshots DIR]

For a copy of SITE_DIR (content/ and theme/) with `cms:` added, at the root of a host and
under a path, for Decap and for Sveltia:
  1. `veenbrand build` writes /admin/config.yml, which check-jsonschema validates against
     schemas/cms-config.schema.json (the facts of Decap's configSchema.js and its widgets'
     schemas, written as a JSON Schema of our own); field and collection names are unique (a
     rule of Decap's that JSON Schema cannot state). Broken copies of one configuration (a
     misspelt widget option, a select without options, an unknown publish mode) must fail the
     same validation, so the schema is known to catch what it is for.
  2. `veenbrand serve` serves /admin/: the chosen CMS's pinned script with its integrity, and,
     where the script cannot load (as here, offline), a Dutch message instead of a blank page,
     axe-clean at every width (a screenshot is saved with --screenshots).
Exits 1 on any failure.
"""
import argparse
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser_check  # noqa: E402

SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schemas", "cms-config.schema.json")
VARIANTS = [("https://example.org/", "decap"), ("https://beweging.github.io/site/", "sveltia"),
            ("https://beweging.github.io/site/", "decap"), ("https://example.org/", "sveltia")]


def make_site(source, work, base_url, app):
    site = os.path.join(work, f"site-{app}-{len(base_url)}")
    for folder in ["content", "theme"]:
        shutil.copytree(os.path.join(source, folder), os.path.join(site, folder))
    path = os.path.join(site, "content", "site.yaml")
    with open(path, encoding="utf-8") as file:
        text = file.read()
    text = re.sub(r"(?m)^baseURL: .*$", f"baseURL: {base_url}", text)
    with open(path, "w", encoding="utf-8") as file:
        file.write(text + f"\ncms:\n  repo: beweging/site\n  app: {app}\n")
    return site


def validate(config_path):
    result = subprocess.run(["check-jsonschema", "--schemafile", SCHEMA, config_path], capture_output=True, text=True)
    return result.returncode == 0, (result.stdout + result.stderr).strip()


def unique_names(config):
    problems = []
    names = [collection["name"] for collection in config["collections"]]
    if len(names) != len(set(names)):
        problems.append(f"collection names repeat: {names}")
    for collection in config["collections"]:
        fields = [field["name"] for field in collection["fields"]]
        if len(fields) != len(set(fields)):
            problems.append(f"{collection['name']}: field names repeat: {fields}")
    return problems


def broken_copies(config):
    """Configurations the CMS would refuse or misread, each with what is wrong."""
    def field(copy_, widget):
        return next(f for c in copy_["collections"] for f in c["fields"] if f["widget"] == widget)

    broken = []
    one = copy.deepcopy(config)
    field(one, "datetime")["time_fromat"] = False
    broken.append(("a misspelt datetime option", one))
    two = copy.deepcopy(config)
    del field(two, "select")["options"]
    broken.append(("a select without options", two))
    three = copy.deepcopy(config)
    three["publish_mode"] = "editorial"
    broken.append(("an unknown publish mode", three))
    four = copy.deepcopy(config)
    del four["collections"][0]["fields"]
    broken.append(("a folder collection without fields", four))
    return broken


def check_configuration(site, work, label):
    failures = []
    path = os.path.join(site, "output", "admin", "config.yml")
    ok, message = validate(path)
    print(f"{'ok  ' if ok else 'FAIL'} {label}: admin/config.yml against the CMS's schema: {message}")
    if not ok:
        failures.append(f"{label}: admin/config.yml is not a configuration the CMS accepts: {message}")
    with open(path, encoding="utf-8") as file:
        config = yaml.safe_load(file)
    failures += [f"{label}: {problem}" for problem in unique_names(config)]
    for what, broken in broken_copies(config):
        broken_path = os.path.join(work, "broken.json")
        with open(broken_path, "w", encoding="utf-8") as file:
            json.dump(broken, file)
        ok, _ = validate(broken_path)
        if ok:
            failures.append(f"{label}: the schema accepts {what}: it would not catch that mistake")
    return failures, config


def check_admin_page(binary, site, base_path, app, screenshots, label):
    failures = []
    server, address = browser_check.start_preview(binary, site)
    if not address:
        return [f"{label}: veenbrand serve did not start"]
    try:
        html = urllib.request.urlopen(address + base_path + "admin/", timeout=30).read().decode("utf-8")
        script = {"decap": "https://unpkg.com/decap-cms@", "sveltia": "https://unpkg.com/@sveltia/cms@"}[app]
        if not re.search(re.escape(script) + r'[0-9.]+/dist/[a-z-]+\.js" integrity="sha384-[A-Za-z0-9+/=]{64}"', html):
            failures.append(f"{label}: /admin/ does not load one pinned version of {app} with its integrity")
        if "Het beheerscherm kon niet laden" not in html:
            failures.append(f"{label}: /admin/ has no message for a CMS that does not load")
        shots = os.path.join(screenshots, f"admin-{app}") if screenshots else None
        failures += browser_check.check_pages(site, address, shots, {"admin": base_path + "admin/"})
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
    try:
        for base_url, app in VARIANTS:
            label = f"{app} at {base_url}"
            site = make_site(arguments.site, work, base_url, app)
            build = subprocess.run([arguments.binary, "build", "--source", site, "--quiet"],
                                   capture_output=True, text=True)
            if build.returncode != 0:
                failures.append(f"{label}: the build failed: {build.stdout}{build.stderr}")
                continue
            found, config = check_configuration(site, work, label)
            failures += found
            if config.get("public_folder") != "/media":
                failures.append(f"{label}: public_folder is {config.get('public_folder')!r}, not /media")
            if base_url == VARIANTS[0][0] or app == "sveltia":
                base_path = "/" + base_url.split("/", 3)[3]
                failures += check_admin_page(arguments.binary, site, base_path, app, arguments.screenshots, label)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print("FAIL " + failure)
    print(f"CMS checks: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
