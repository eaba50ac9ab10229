#!/usr/bin/env bash
# The build benchmark: Archive against Hugo on the same synthetic corpus, side by side. See bench/README.md.
#
#   bench/run.sh                       # 1,000, 10,000 and 100,000 articles
#   bench/run.sh 1000 10000            # chosen sizes
#   bench/run.sh --only archive 10000  # only our side (for iterating on throughput; no ratios)
#
# Options (before the sizes):
#   --runs N            measured cold builds per tool and size (default 5), after the warm-ups
#   --warm-ups N        unmeasured builds per tool and size first (default 1; 0 when the corpus is known to be cached)
#   --seed S            corpus seed (default 1); corpora are cached in bench/.corpus/ by size and seed
#   --only archive|hugo build only one side (the table then has no ratios)
#   --preview-edits K   edits for the preview-latency measurement (default 10; 0 skips it)
#   --title-edits K     also K front-matter edits (a word added to an article's title) through serve (default 0)
#   --rss-cap-mb M      kill a build whose processes together hold more than M MB resident (default 12288)
#   --time-cap-s T      kill a build that runs longer than T seconds (default 3600)
#   --update-readme     also replace the results table in bench/README.md
#   --with-search       Archive with its search index against Hugo followed by Pagefind (default: both without search)
#
# Each build is a whole process measured by GNU time (/usr/bin/time -v) into a new empty folder, alternating
# Archive and Hugo, so the machine's noise falls on both. Results: bench/results/<UTC time>.json and .md.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
bench="$repo/bench"
command_line="bench/run.sh${*:+ $*}"

runs=5
warm_ups=1
seed=1
only=both
preview_edits=10
title_edits=0
rss_cap_mb=12288
time_cap_s=3600
update_readme=0
with_search=0
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --warm-ups) warm_ups=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --preview-edits) preview_edits=$2; shift 2 ;;
    --title-edits) title_edits=$2; shift 2 ;;
    --rss-cap-mb) rss_cap_mb=$2; shift 2 ;;
    --time-cap-s) time_cap_s=$2; shift 2 ;;
    --update-readme) update_readme=1; shift ;;
    --with-search) with_search=1; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "error: unknown option $1 (see bench/run.sh --help)" >&2; exit 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
case "$only" in both|archive|hugo) ;; *) echo "error: --only takes archive or hugo" >&2; exit 2 ;; esac

if [ "$with_search" -eq 1 ]; then
  # Archive builds its Pagefind index by default; the fair comparison then adds Pagefind over the same pages of
  # Hugo's output to Hugo's side, inside the same measured process. Without the switch both sides build without search.
  (cd "$repo" && [ -f node_modules/pagefind/lib/runner/bin.cjs ] || npm ci --no-audit --no-fund >/dev/null)
fi

# --- tools -------------------------------------------------------------------------------------------------
apt_install() {
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  else
    echo "error: $* missing, and not root and no sudo to install it" >&2
    exit 1
  fi
}
[ -x /usr/bin/time ] || { echo "GNU time is missing; installing it from Debian's packages"; apt_install time; }
if [ "$only" != archive ] && ! command -v hugo >/dev/null 2>&1; then
  echo "hugo is missing; installing it from Debian's packages"
  apt_install hugo
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
build_dir="$bench/.build"
echo "Publishing the archive command and the benchmark tool (Release)"
dotnet publish src/Archive.Cli -c Release --use-current-runtime --self-contained false -o "$build_dir/archive" --nologo -v quiet
dotnet publish bench/Archive.Bench -c Release -o "$build_dir/tool" --nologo -v quiet
archive="$build_dir/archive/Archive.Cli"
tool="$build_dir/tool/Archive.Bench"

stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
work="$bench/.runs/$stamp"
raw="$work/raw.jsonl"
mkdir -p "$work" "$bench/results"
: > "$raw"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- src themes 2>/dev/null || commit="$commit (with uncommitted changes in src/ or themes/)"
hugo_version=$(command -v hugo >/dev/null 2>&1 && hugo version | sed 's/ BuildDate.*//' || echo "not installed")
machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(dotnet --version | sed 's/^/.NET SDK /'), $hugo_version"
echo "Machine: $machine; load average before: $load_before"

# --- measuring one build -----------------------------------------------------------------------------------
# The summed resident memory of a process and all its descendants, in kB.
tree_rss_kb() {
  ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
    { parent[$1] = $2; rss[$1] = $3 }
    END { total = 0; for (p in rss) { q = p; while (q != "" && q != 0 && q != root) q = parent[q]; if (q == root) total += rss[p] } print total }'
}
tree_pids() {
  ps -e -o pid=,ppid= | awk -v root="$1" '
    { parent[$1] = $2 } END { for (p in parent) { q = parent[p]; while (q != "" && q != 0 && q != root) q = parent[q]; if (q == root) print p } }'
}

# measure TOOL SIZE RUN OUTDIR COMMAND...: runs COMMAND under GNU time, watched for the memory and time caps,
# appends the record to raw.jsonl, then removes OUTDIR. Returns 1 when the build failed or was stopped.
measure() {
  local tool_name=$1 size=$2 run=$3 out=$4; shift 4
  local tf="$work/$tool_name-$size-$run.time" log="$work/$tool_name-$size-$run.log" killed=""
  /usr/bin/time -v -o "$tf" "$@" >"$log" 2>&1 &
  local pid=$! started=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    local rss; rss=$(tree_rss_kb "$pid")
    if [ "$rss" -gt $((rss_cap_mb * 1024)) ]; then
      killed="stopped by the runner at the ${rss_cap_mb} MB memory cap"
    elif [ $((SECONDS - started)) -gt "$time_cap_s" ]; then
      killed="stopped by the runner at the ${time_cap_s} s time cap"
    fi
    if [ -n "$killed" ]; then
      # shellcheck disable=SC2046
      kill -KILL $(tree_pids "$pid") 2>/dev/null || true
      break
    fi
    sleep 0.5
  done
  local status=0
  wait "$pid" || status=$?
  "$tool" record --tool "$tool_name" --size "$size" --run "$run" --time-file "$tf" --log "$log" --site "$out" \
    --killed "$killed" --append "$raw"
  rm -rf "$(dirname "$out")"
  if [ "$status" -ne 0 ] || [ -n "$killed" ]; then
    echo "    (see $log)"; tail -n 5 "$log" | sed 's/^/    | /'
    return 1
  fi
}

archive_build() { # SIZE RUN CORPUS
  local out; out="$(mktemp -d "$work/out.XXXXXX")/site"
  local search=(--no-search); [ "$with_search" -eq 1 ] && search=()
  measure archive "$1" "$2" "$out" "$archive" build --source "$3" --output "$out" --verbose "${search[@]}"
}
hugo_build() { # SIZE RUN CORPUS
  local out; out="$(mktemp -d "$work/out.XXXXXX")/site"
  local cache; cache=$(mktemp -d "$work/hugo-cache.XXXXXX")
  if [ "$with_search" -eq 1 ]; then
    measure hugo "$1" "$2" "$out" sh -c 'hugo --source "$1" --contentDir "$2" --destination "$3" --cacheDir "$4" --quiet &&
      node "$5/node_modules/pagefind/lib/runner/bin.cjs" --site "$3" --glob "{articles,groups,offers}/*/index.html" --quiet' \
      hugo-pagefind "$bench/hugo-site" "$3/hugo/content" "$out" "$cache" "$repo"
  else
    measure hugo "$1" "$2" "$out" hugo --source "$bench/hugo-site" --contentDir "$3/hugo/content" --destination "$out" \
      --cacheDir "$cache" --quiet
  fi
  local status=$?
  rm -rf "$cache"
  return $status
}

# --- the runs ----------------------------------------------------------------------------------------------
# A cached corpus is used only when it was written by the same generator code.
generator=$(cat "$bench"/Archive.Bench/Corpus/*.cs | sha256sum | cut -c1-8)
summary_args=()
for size in "${sizes[@]}"; do
  corpus="$bench/.corpus/n$size-s$seed-g$generator"
  if [ ! -f "$corpus/corpus.json" ]; then
    echo "Writing the corpus of $size articles (seed $seed) into ${corpus#"$repo"/}"
    "$tool" corpus --articles "$size" --seed "$seed" --out "$corpus"
  fi
  summary_args+=(--corpus "$size=$corpus/corpus.json")
  echo "== $size articles: $warm_ups warm-up(s), then $runs cold builds each, alternating ($(date -u +%H:%M:%SZ), load $(cut -d' ' -f1-3 /proc/loadavg))"

  archive_ok=1; hugo_ok=1
  # The warm-up fills the page cache with the corpus and the binaries; it is recorded as run 0 and not counted.
  if [ "$warm_ups" -gt 0 ]; then
    for _ in $(seq 1 "$warm_ups"); do
      if [ "$only" != hugo ]; then archive_build "$size" 0 "$corpus" || archive_ok=0; fi
      if [ "$only" != archive ]; then hugo_build "$size" 0 "$corpus" || hugo_ok=0; fi
    done
  fi
  for run in $(seq 1 "$runs"); do
    # A build that failed or hit a cap once is not repeated: the table says what happened.
    if [ "$only" != hugo ] && [ "$archive_ok" -eq 1 ]; then archive_build "$size" "$run" "$corpus" || archive_ok=0; fi
    if [ "$only" != archive ] && [ "$hugo_ok" -eq 1 ]; then hugo_build "$size" "$run" "$corpus" || hugo_ok=0; fi
  done

  if [ "$only" != hugo ] && [ "$preview_edits" -gt 0 ] && [ "$archive_ok" -eq 1 ]; then
    echo "   preview: $preview_edits edits through archive serve ($(date -u +%H:%M:%SZ))"
    scratch=$(mktemp -d "$work/preview.XXXXXX")
    cp -r "$corpus/input" "$scratch/input"
    if "$tool" preview-latency --archive "$archive" --site "$scratch" --edits "$preview_edits" \
        --json "$work/preview-$size.json" >"$work/preview-$size.log"; then
      summary_args+=(--preview "$size=$work/preview-$size.json")
    else
      echo "   preview-latency failed; see $work/preview-$size.log"
      [ -f "$work/preview-$size.json" ] && summary_args+=(--preview "$size=$work/preview-$size.json")
    fi
    rm -rf "$scratch"
  fi
  if [ "$only" != hugo ] && [ "$title_edits" -gt 0 ] && [ "$archive_ok" -eq 1 ]; then
    echo "   preview: $title_edits title edits through archive serve ($(date -u +%H:%M:%SZ))"
    scratch=$(mktemp -d "$work/preview.XXXXXX")
    cp -r "$corpus/input" "$scratch/input"
    if "$tool" preview-latency --archive "$archive" --site "$scratch" --edits "$title_edits" --edit title \
        --json "$work/preview-title-$size.json" >"$work/preview-title-$size.log"; then
      summary_args+=(--preview-title "$size=$work/preview-title-$size.json")
    else
      echo "   preview-latency (title edits) failed; see $work/preview-title-$size.log"
      [ -f "$work/preview-title-$size.json" ] && summary_args+=(--preview-title "$size=$work/preview-title-$size.json")
    fi
    rm -rf "$scratch"
  fi
done

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
name="$stamp-$(IFS=-; echo "${sizes[*]}")"
"$tool" summarize --raw "$raw" "${summary_args[@]}" \
  --meta "date=$stamp" --meta "command=$command_line" --meta "commit=$commit" --meta "machine=$machine" \
  --meta "corpus=seed $seed, generator $generator" \
  --meta "load=load average $load_before before, $load_after after (1, 5, 15 min)" \
  --json "$bench/results/$name.json" --markdown "$bench/results/$name.md"
echo
echo "Results: bench/results/$name.json and bench/results/$name.md (raw runs and logs: ${work#"$repo"/})"

if [ "$update_readme" -eq 1 ]; then
  # Replace what stands between the two markers in bench/README.md with the new table.
  awk -v table="$bench/results/$name.md" '
    /<!-- results:start -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- results:end -->/ { skip = 0 }
    !skip { print }' "$bench/README.md" > "$work/README.md" && mv "$work/README.md" "$bench/README.md"
  echo "Updated the table in bench/README.md"
fi
