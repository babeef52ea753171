"""A simulated CI runner for recipe_check.py: a clean copy, the caches, and one GitHub job.

A clean copy of the repository is written anew for every run (as a checkout on a fresh runner),
with nothing built kept but .build/; a shell step runs in it with bash -euo pipefail; the
runners' caches are kept between runs; GitHubRun runs one job of the workflow for one event,
with the values a runner gives its expressions and the actions the recipes use simulated.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recipe_lint import EXPRESSION, Unknown, evaluate, substitute, truthy  # noqa: E402

GITHUB_VALUES = {
    "steps.pages.outputs.base_url": "https://beweging.github.io/site",
    "runner.os": "Linux",
}


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
    for name in ("index.html", "sitemap.xml", "feed.xml", "pagefind/shards.json", "zoeken/index.html"):
        if not os.path.isfile(os.path.join(work, folder, name)):
            problems.append(f"{folder}/{name} is missing")
    if not problems:
        # The search index's shards, each a Pagefind bundle of its own (see SearchShards).
        with open(os.path.join(work, folder, "pagefind/shards.json"), encoding="utf-8") as listed:
            shards = json.load(listed)
        if not shards:
            problems.append(f"{folder}/pagefind/shards.json lists no shard")
        for shard in shards:
            if not os.path.isfile(os.path.join(work, folder, "pagefind", shard, "pagefind.js")):
                problems.append(f"{folder}/pagefind/{shard}/pagefind.js is missing")
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
