#!/usr/bin/env bash
# Load runs against /api/messages on loopback, in one go: Azurite (in memory), the bot (Release, Development,
# anonymous) and a bare Bot Framework SDK 4.23.1 bot (tools/BareSdkBot: the SDK's template answering the same search
# with a fixed card, and a stand-in Connector for replies) on local ports.
#  1. the same composeExtension/query ("foto") against both, in interleaved rounds: requests/s, p99 and the ratio;
#  2. card-action invokes against the bot (help.examples);
#  3. TURNS mixed turns (searches, questions, draft checks, buttons) against the bot, then its resident memory.
# Usage: scripts/load.sh [seconds per round] [connections] [mixed turns]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"; connections="${2:-16}"; turns="${3:-10000}"; threads=2
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x node_modules/.bin/azurite-table ] || npm ci --no-audit --no-fund

table_port=10199; bot_port=3990; bare_port=3991
bot="http://127.0.0.1:${bot_port}/api/messages"; bare="http://127.0.0.1:${bare_port}/api/messages"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
node_modules/.bin/azurite-table --inMemoryPersistence --tableHost 127.0.0.1 --tablePort "$table_port" \
  --skipApiVersionCheck --disableProductStyleUrl >/dev/null 2>&1 &
pids+=($!)
dotnet build bot -c Release -v quiet -nologo >/dev/null
dotnet build tools/BareSdkBot -c Release -v quiet -nologo >/dev/null
env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:${bot_port}" Logging__LogLevel__Default=Warning \
  "Storage__ConnectionString=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${table_port}/devstoreaccount1;" \
  bash -c 'cd bot/bin/Release/net10.0 && exec dotnet Verkruisen.Bot.dll' >/dev/null 2>&1 &
bot_pid=$!; pids+=("$bot_pid")
env ASPNETCORE_URLS="http://127.0.0.1:${bare_port}" bash -c 'cd tools/BareSdkBot/bin/Release/net10.0 && exec dotnet BareSdkBot.dll' >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:${bot_port}/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
for _ in $(seq 1 60); do curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"type":"typing"}' "$bare" 2>/dev/null && break; sleep 0.5; done

# "Requests/sec" and the 99% latency in ms from wrk's output.
figures() { awk '/Requests\/sec/ {rps=$2} $1=="99%" {v=$2; u=v; gsub(/[0-9.]/,"",u); sub(/[a-z]+$/,"",v);
  ms = (u=="us") ? v/1000 : (u=="s") ? v*1000 : v; p99=ms} END {printf "%.0f %.2f\n", rps, p99}'; }
round() { wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s scripts/load/compose-query.lua "$1" | figures; }

echo "== composeExtension/query \"foto\", ${threads} threads, ${connections} connections, ${seconds}s rounds (warm-up first)"
wrk -t"$threads" -c"$connections" -d3s -s scripts/load/compose-query.lua "$bare" >/dev/null
wrk -t"$threads" -c"$connections" -d3s -s scripts/load/compose-query.lua "$bot" >/dev/null
best_bare=0; best_bot=0; p99_bare=0; p99_bot=0
for r in 1 2; do
  read -r rps p99 < <(round "$bare"); echo "round $r  bare SDK bot: ${rps} requests/s, p99 ${p99} ms"
  if [ "$rps" -gt "$best_bare" ]; then best_bare=$rps; p99_bare=$p99; fi
  read -r rps p99 < <(round "$bot"); echo "round $r  this bot:     ${rps} requests/s, p99 ${p99} ms"
  if [ "$rps" -gt "$best_bot" ]; then best_bot=$rps; p99_bot=$p99; fi
done
awk -v a="$best_bot" -v b="$best_bare" -v pa="$p99_bot" -v pb="$p99_bare" 'BEGIN {
  printf "best rounds: this bot %d/s p99 %.2f ms; bare %d/s p99 %.2f ms => throughput %.2fx the bare SDK (target >= 0.80), p99 %.2fx (target <= 1.50)\n",
    a, pa, b, pb, a / b, pa / pb }'

echo "== adaptiveCard/action help.examples against this bot"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s scripts/load/card-action.lua "$bot" | figures | awk '{print $1 " requests/s, p99 " $2 " ms"}'

echo "== ${turns} mixed turns against this bot (replies to the bare bot's stand-in Connector)"
node scripts/load/mixed.mjs "$bot" "http://127.0.0.1:${bare_port}/" "$turns" "$connections"
awk '/VmRSS|VmHWM/ {printf "%s %.0f MB\n", $1, $2 / 1024}' "/proc/${bot_pid}/status"
