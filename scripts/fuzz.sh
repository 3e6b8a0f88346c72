#!/usr/bin/env bash
# The seeded fuzz test of /api/messages (tests/.../Teams/Inbound/FuzzTests) with more cases than the suite's 300, on
# loopback (the bot in process, Azurite, a fake Connector), printing its figures: statuses, responses >= 500 or hung
# over 15 s, failed turns, "sorry" messages, log lines with user text, and the slowest answer.
# Usage: scripts/fuzz.sh [cases, default 3000] [seed, default 17]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/npm-tools.sh
dotnet build tests/Verkruisen.Bot.Tests -nologo -v quiet >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
FUZZ_CASES="${1:-3000}" FUZZ_SEED="${2:-17}" dotnet test tests/Verkruisen.Bot.Tests --no-build \
  --filter "FullyQualifiedName~Teams.Inbound.FuzzTests" --logger "console;verbosity=detailed" 2>&1 \
  | grep -E "mutated activities|Passed!|Failed!|Error Message|^\s+case " || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
