#!/usr/bin/env bash
# A load run against /api/messages on loopback: Azurite (in memory) and the bot (Release, Development, anonymous)
# on free local ports, then wrk posting card-action invokes (answered in the HTTP response, so no Connector is
# needed). Prints wrk's figures; stops everything at the end. Usage: scripts/load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"; connections="${2:-8}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x node_modules/.bin/azurite-table ] || npm ci --no-audit --no-fund

table_port=10199; bot_port=3990
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
node_modules/.bin/azurite-table --inMemoryPersistence --tableHost 127.0.0.1 --tablePort "$table_port" \
  --skipApiVersionCheck --disableProductStyleUrl >/dev/null 2>&1 &
pids+=($!)
dotnet build bot -c Release -v quiet -nologo >/dev/null
env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:${bot_port}" Logging__LogLevel__Default=Warning \
  "Storage__ConnectionString=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${table_port}/devstoreaccount1;" \
  bash -c 'cd bot/bin/Release/net10.0 && exec dotnet Verkruisen.Bot.dll' >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:${bot_port}/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s scripts/load/card-action.lua "http://127.0.0.1:${bot_port}/api/messages"
