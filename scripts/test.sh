#!/usr/bin/env bash
# Runs every test. Installs what the tests need when it is missing: the npm tools in the repo (Azurite, the
# Agents Playground, the Teams manifest schema, the Adaptive Cards renderer) and Debian's chromium headless shell
# for the browser tests; then restores, builds (zero warnings) and runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/check-node.sh
# npm ci once per package-lock.json for all clones of this user, a hard-linked copy after that (scripts/npm-tools.sh).
scripts/npm-tools.sh

if [ ! -x /usr/bin/chromium-headless-shell ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null
  else
    echo "Debian's chromium headless shell is needed for the browser tests: apt-get install chromium-headless-shell" >&2
    exit 1
  fi
fi

# One MSBuild run restores and builds (a separate `dotnet restore` starts and evaluates everything once more).
dotnet build Verkruisen.Bot.sln -nologo
log=$(mktemp)
status=0
# The test assembly itself, not the solution: `dotnet test Verkruisen.Bot.sln --no-build` first evaluates all four
# projects in MSBuild to find the one with tests (about 7 s of CPU more for the same run).
dotnet test tests/Verkruisen.Bot.Tests/bin/Debug/net10.0/Verkruisen.Bot.Tests.dll --nologo "$@" 2>&1 | tee "$log" || status=$?

# One plain closing line over all test assemblies: "N passed, N failed, N skipped".
awk '/(Passed|Failed)! +- +Failed:/ {
  for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
} END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
