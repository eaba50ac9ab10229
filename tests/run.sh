#!/usr/bin/env bash
# The one command that installs what the tests need and runs every test.
# Prints a closing line "Tests: N passed, M failed" and exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive Debian's chromium (never a downloaded browser build).
if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium is missing; installing it from Debian's packages"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  else
    echo "warning: not root and no sudo; the browser tests will fail until chromium is installed" >&2
  fi
fi

# The search tests build the index with the Pagefind that package.json pins (the build restores it too; doing it
# here first keeps parallel tests from racing to restore it).
if [ ! -x node_modules/.bin/pagefind ]; then
  if command -v npm >/dev/null 2>&1; then
    npm ci --no-audit --no-fund
  else
    echo "warning: npm is missing; install Node.js and npm (Debian: apt-get install nodejs npm) for the search tests" >&2
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Every test project writes its own results file; the summary adds them up.
results="tests/TestResults"
rm -rf "$results" tests/Archive.Tests/TestResults

dotnet restore Archive.sln
dotnet build Archive.sln -c Release --no-restore

status=0
dotnet test Archive.sln -c Release --no-build \
  --results-directory "$results" \
  --logger "trx;LogFilePrefix=results" \
  --logger "console;verbosity=minimal" || status=$?

shopt -s nullglob
trxs=("$results"/results*.trx)
if [ ${#trxs[@]} -gt 0 ]; then
  total=0; passed=0; failed=0
  for trx in "${trxs[@]}"; do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    total=$(( total + $(count total) )); passed=$(( passed + $(count passed) )); failed=$(( failed + $(count failed) ))
  done
  skipped=$(( total - passed - failed ))
  if [ "$failed" -gt 0 ]; then
    echo
    echo "Failed tests:"
    cat "${trxs[@]}" | grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' | sed -n 's/.*testName="\([^"]*\)".*/  \1/p' \
      | sed "s/&quot;/\"/g; s/&apos;/'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\\&/g" || true
  fi
  echo
  if [ "$skipped" -gt 0 ]; then
    echo "Tests: $passed passed, $failed failed, $skipped skipped (${#trxs[@]} test projects)"
  else
    echo "Tests: $passed passed, $failed failed (${#trxs[@]} test projects)"
  fi
  if [ "$total" -eq 0 ]; then
    echo "error: no test ran" >&2
    status=1
  fi
else
  echo "error: dotnet test wrote no results in $results" >&2
  [ "$status" -ne 0 ] || status=1
fi

exit "$status"
