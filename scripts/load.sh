#!/usr/bin/env bash
# Load runs against /api/messages on loopback, in one go: Azurite (in memory), the bot (published as scripts/deploy.sh
# publishes it, Development, anonymous) and a bare Bot Framework SDK 4.23.1 bot (tools/BareSdkBot: the SDK's template
# answering the same search with a fixed card, and a stand-in Connector for replies) on free local ports.
#  1. the same composeExtension/query ("foto") against both, in PAIRS interleaved pairs of rounds (ABBA order, so a
#     drift in the machine's load falls on both alike): each round's requests/s and p99, then the median of each
#     side's rounds and their ratios. On a shared 2-core machine one round's p99 is set by the scheduler as much as by
#     the bot (the bare SDK's own swung from 16 to 173 ms between two rounds), so no single round decides;
#  2. card-action invokes against the bot (help.examples; replies go to the stand-in Connector);
#  3. TURNS mixed turns (searches, questions, draft checks, buttons) against the bot, then its resident memory: right
#     after the turns, and again after 35 s idle (the native heap trim runs every 30 s, see README "Memory").
# Usage: scripts/load.sh [seconds per round] [connections] [mixed turns] [pairs]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"; connections="${2:-16}"; turns="${3:-10000}"; pairs="${4:-6}"; threads=2
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
scripts/npm-tools.sh

read -r table_port bot_port bare_port < <(scripts/free-ports.sh 3)
bot="http://127.0.0.1:${bot_port}/api/messages"; bare="http://127.0.0.1:${bare_port}/api/messages"
connector="http://127.0.0.1:${bare_port}/"
out="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$out"' EXIT
node_modules/.bin/azurite-table --inMemoryPersistence --tableHost 127.0.0.1 --tablePort "$table_port" \
  --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry >/dev/null 2>&1 &
pids+=($!)
# What is measured is what ships: the same publish as scripts/deploy.sh (Release, framework-dependent).
dotnet publish bot/Verkruisen.Bot.csproj --configuration Release --output "$out/bot" --nologo --verbosity quiet >/dev/null
dotnet publish tools/BareSdkBot --configuration Release --output "$out/bare" --nologo --verbosity quiet >/dev/null
env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:${bot_port}" Logging__LogLevel__Default=Warning \
  "Storage__ConnectionString=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${table_port}/devstoreaccount1;" \
  bash -c "cd '$out/bot' && exec dotnet Verkruisen.Bot.dll" >/dev/null 2>&1 &
bot_pid=$!; pids+=("$bot_pid")
env ASPNETCORE_URLS="http://127.0.0.1:${bare_port}" bash -c "cd '$out/bare' && exec dotnet BareSdkBot.dll" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:${bot_port}/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
for _ in $(seq 1 60); do curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"type":"typing"}' "$bare" 2>/dev/null && break; sleep 0.5; done

# "Requests/sec" and the 99% latency in ms from wrk's output.
figures() { awk '/Requests\/sec/ {rps=$2} $1=="99%" {v=$2; u=v; gsub(/[0-9.]/,"",u); sub(/[a-z]+$/,"",v);
  ms = (u=="us") ? v/1000 : (u=="s") ? v*1000 : v; p99=ms} END {printf "%.0f %.2f\n", rps, p99}'; }
round() { wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s scripts/load/compose-query.lua "$1" | figures; }
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
load() { cut -d' ' -f1 /proc/loadavg; }

echo "== composeExtension/query \"foto\", ${threads} threads, ${connections} connections, ${pairs} pairs of ${seconds}s rounds, ABBA (a round each to warm up first)"
# Warm-up: a whole round each, not counted, so that both have compiled their hot code again optimised (tiering) before
# the first counted round; with 3 s the first rounds still paid for it, this bot's most.
wrk -t"$threads" -c"$connections" -d"${seconds}s" -s scripts/load/compose-query.lua "$bare" >/dev/null
wrk -t"$threads" -c"$connections" -d"${seconds}s" -s scripts/load/compose-query.lua "$bot" >/dev/null
: >"$out/bare.txt"; : >"$out/bot.txt"
for p in $(seq 1 "$pairs"); do
  if [ $((p % 2)) -eq 1 ]; then order="bare bot"; else order="bot bare"; fi
  for side in $order; do
    if [ "$side" = bare ]; then url=$bare; label="bare SDK bot"; else url=$bot; label="this bot    "; fi
    read -r rps p99 < <(round "$url")
    echo "$rps $p99" >>"$out/$side.txt"
    echo "pair $p  ${label}: ${rps} requests/s, p99 ${p99} ms  (load $(load))"
  done
done
rps_bot=$(cut -d' ' -f1 "$out/bot.txt" | median); p99_bot=$(cut -d' ' -f2 "$out/bot.txt" | median)
rps_bare=$(cut -d' ' -f1 "$out/bare.txt" | median); p99_bare=$(cut -d' ' -f2 "$out/bare.txt" | median)
# The same comparison pair by pair (two adjacent rounds see nearly the same machine), for the spread.
paste -d' ' "$out/bot.txt" "$out/bare.txt" | awk '{printf "%s%.2f/%.2f", (NR > 1 ? ", " : "per pair, throughput/p99 ratio: "), $1 / $3, $2 / $4} END {print ""}'
awk -v n="$pairs" -v a="$rps_bot" -v b="$rps_bare" -v pa="$p99_bot" -v pb="$p99_bare" 'BEGIN {
  printf "medians of %d rounds each: this bot %d/s p99 %.2f ms; bare %d/s p99 %.2f ms => throughput %.2fx the bare SDK (target >= 0.80), p99 %.2fx (target <= 1.50)\n",
    n, a, pa, b, pb, a / b, pa / pb }'

echo "== adaptiveCard/action help.examples against this bot (replies to the stand-in Connector)"
CONNECTOR="$connector" wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s scripts/load/card-action.lua "$bot" |
  figures | awk '{print $1 " requests/s, p99 " $2 " ms"}'

echo "== ${turns} mixed turns against this bot (replies to the bare bot's stand-in Connector)"
node scripts/load/mixed.mjs "$bot" "$connector" "$turns" "$connections"
memory() { awk -v when="$1" -v l="$(load)" '/VmRSS|VmHWM/ {m = m sprintf(" %s %.0f MB", $1, $2 / 1024)} END {print when ":" m "  (load " l ")"}' "/proc/${bot_pid}/status"; }
memory "right after the turns"
sleep 35
memory "after 35 s idle     "
