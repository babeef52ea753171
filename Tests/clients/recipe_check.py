#!/usr/bin/env python3
"""The deploy recipes work as shipped: .github/workflows/site.yml and .gitlab-ci.yml.

Usage: recipe_check.py REPOSITORY [--validate-only]

1. Each recipe is validated against its schema with check-jsonschema's bundled schemas
   (vendor.github-workflows, vendor.gitlab-ci).
2. The shell steps of every job are run, in order, on a clean copy of the repository (its
   tracked and new files, nothing built): GitHub's `run:` steps with their `env:`, GitLab's
   `script:` lines with its `variables:`. Each job starts without the output of the one before
   (as on a fresh runner) but keeps `.build/` (as the recipes' caches do). Expressions are
   given the values a runner would (`vars.PUBLISHED_SITEMAP` is the sitemap the job built, so
   the --published check runs); an expression the test does not know fails it, and so does
   one inside a `run:` script (it belongs in `env:`).
3. What the job publishes (the Pages artifact, GitLab's `public`) holds the site: a home page,
   a sitemap, the search index, and, where a base URL was passed, that URL in its links.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

GITHUB_VALUES = {
    "steps.pages.outputs.base_url": "https://beweging.github.io/site",
}
GITLAB_VALUES = {
    "CI_PAGES_URL": "https://beweging.gitlab.io/site",
    "CI_DEFAULT_BRANCH": "main",
    "CI_COMMIT_BRANCH": "main",
}
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def validate(repository):
    failures = []
    for schema, path in [("vendor.github-workflows", ".github/workflows/site.yml"),
                         ("vendor.gitlab-ci", ".gitlab-ci.yml")]:
        result = subprocess.run(["check-jsonschema", "--builtin-schema", schema, os.path.join(repository, path)],
                                capture_output=True, text=True)
        status = "ok  " if result.returncode == 0 else "FAIL"
        print(f"{status} {path} against {schema}: {(result.stdout + result.stderr).strip()}")
        if result.returncode != 0:
            failures.append(path)
    return failures


def clean_copy(repository):
    work = tempfile.mkdtemp(prefix="veenbrand-recipes-")
    files = subprocess.run(["git", "-C", repository, "ls-files", "-co", "--exclude-standard", "-z"],
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        source = os.path.join(repository, name)
        if not os.path.lexists(source):
            continue
        target = os.path.join(work, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)
    return work


def fresh_runner(work):
    """Removes what an earlier job built, except the cached .build/."""
    for name in os.listdir(work):
        if name in ("_site", "public") or name.startswith(("._site.", ".public.")):
            path = os.path.join(work, name)
            shutil.rmtree(path) if os.path.isdir(path) and not os.path.islink(path) else os.remove(path)


def run_script(work, name, script, env):
    print(f"---- {name}\n{script}", flush=True)
    result = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=work, env=env)
    if result.returncode != 0:
        print(f"FAIL {name}: exit {result.returncode}")
        return False
    return True


def published_site(work, folder, base_url=None):
    """The problems of a published folder: the files every host needs, and its base URL."""
    problems = []
    for name in ("index.html", "sitemap.xml", "feed.xml", "pagefind/pagefind.js", "zoeken/index.html"):
        if not os.path.isfile(os.path.join(work, folder, name)):
            problems.append(f"{folder}/{name} is missing")
    if base_url and not problems:
        with open(os.path.join(work, folder, "index.html"), encoding="utf-8") as home:
            if f'<link rel="canonical" href="{base_url}/">' not in home.read():
                problems.append(f"{folder}/index.html does not link to itself at {base_url}/")
    return problems


def github(work, base_env):
    with open(os.path.join(work, ".github/workflows/site.yml"), encoding="utf-8") as file:
        workflow = yaml.safe_load(file)
    failures = []
    for job_name, job in workflow["jobs"].items():
        fresh_runner(work)
        for index, step in enumerate(job["steps"]):
            label = f"github {job_name} step {index + 1} ({step.get('name') or step.get('uses')})"
            if "run" in step:
                if EXPRESSION.search(step["run"]):
                    failures.append(f"{label}: an expression inside run: (pass it through env:)")
                    continue
                env = dict(base_env)
                values = dict(GITHUB_VALUES, **{"vars.PUBLISHED_SITEMAP": os.path.join(work, "_site/sitemap.xml")})
                for key, value in (step.get("env") or {}).items():
                    unknown = [e for e in EXPRESSION.findall(str(value)) if e not in values]
                    if unknown:
                        failures.append(f"{label}: the test knows no value for {unknown}")
                    env[key] = EXPRESSION.sub(lambda m: values.get(m.group(1), ""), str(value))
                if not run_script(work, label, step["run"], env):
                    failures.append(label)
            elif step["uses"].startswith("actions/upload-pages-artifact"):
                base = GITHUB_VALUES["steps.pages.outputs.base_url"]
                failures += [f"{label}: {p}" for p in published_site(work, step["with"]["path"], base)]
                print(f"---- {label}: {step['with']['path']} checked")
    return failures


def gitlab(work, base_env):
    with open(os.path.join(work, ".gitlab-ci.yml"), encoding="utf-8") as file:
        pipeline = yaml.safe_load(file)
    env = dict(base_env, **GITLAB_VALUES)
    env.update({key: str(value) for key, value in (pipeline.get("variables") or {}).items()})
    failures = []
    for job_name, job in pipeline.items():
        if not isinstance(job, dict) or "script" not in job:
            continue
        fresh_runner(work)
        job_env = dict(env, PUBLISHED_SITEMAP=os.path.join(work, "public/sitemap.xml"))
        lines = (job.get("before_script") or []) + job["script"]
        for index, line in enumerate(lines):
            label = f"gitlab {job_name} line {index + 1}"
            if not run_script(work, label, line, job_env):
                failures.append(label)
                break
        for folder in (job.get("artifacts") or {}).get("paths", []):
            failures += [f"gitlab {job_name}: {p}" for p in published_site(work, folder, GITLAB_VALUES["CI_PAGES_URL"])]
            print(f"---- gitlab {job_name}: {folder} checked")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("repository")
    parser.add_argument("--validate-only", action="store_true")
    arguments = parser.parse_args()
    failures = validate(arguments.repository)
    if not arguments.validate_only:
        work = clean_copy(arguments.repository)
        try:
            base_env = {key: value for key, value in os.environ.items()
                        if not key.startswith(("VEENBRAND_", "GITHUB_", "CI_"))}
            failures += github(work, base_env)
            failures += gitlab(work, base_env)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"recipes: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
