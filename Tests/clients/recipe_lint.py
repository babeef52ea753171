"""The recipes read, without running them (step 1 of recipe_check.py), and GitHub's expressions.

The recipes are validated against check-jsonschema's bundled schemas and linted: ShellCheck on
every shell step and on the scripts they call, the step ids the expressions name, and the
majors of GitHub's actions. GitHub's expression language (`${{ ... }}`: names, strings, ==, !=,
!, &&, ||, hashFiles()) is read and evaluated here too, for recipe_runner.py.
"""
import glob
import hashlib
import json
import os
import re
import subprocess
import tempfile

import yaml

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
