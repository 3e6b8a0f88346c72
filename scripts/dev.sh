#!/usr/bin/env bash
# Runs the bot locally with everything it needs: Azurite (Table Storage, data kept in .azurite/), the bot
# (Development, anonymous: the local client sends no token) and the Microsoft 365 Agents Playground (a
# Teams-like client). Installs the npm tools the first time. Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."

BOT_PORT="${BOT_PORT:-3978}"
TABLE_PORT="${AZURITE_TABLE_PORT:-10002}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"

if [ ! -x node_modules/.bin/azurite-table ] || [ ! -x node_modules/.bin/agentsplayground ]; then
  echo "Installing the local tools (npm ci)..."
  npm ci --no-audit --no-fund
fi

pids=()
cleanup() {
  trap - INT TERM EXIT
  echo; echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup INT TERM EXIT

mkdir -p .azurite
node_modules/.bin/azurite-table --location .azurite --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" \
  --skipApiVersionCheck --disableProductStyleUrl > .azurite/azurite.log 2>&1 &
pids+=($!)

dotnet build bot/Verkruisen.Bot.csproj -v quiet -nologo
# The Playground rejects search results whose preview taps to selectItem: results insert their card directly.
ASPNETCORE_ENVIRONMENT=Development MessagingExtension__SelectItemOnTap=false \
Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${TABLE_PORT}/devstoreaccount1;" \
  dotnet run --no-build --no-launch-profile --project bot -- --urls "http://127.0.0.1:${BOT_PORT}" &
pids+=($!)

TEAMSAPPTESTER_BROWSER=none node_modules/.bin/agentsplayground -p "$PLAYGROUND_PORT" \
  -e "http://127.0.0.1:${BOT_PORT}/api/messages" -c msteams --disable-telemetry > .azurite/playground.log 2>&1 &
pids+=($!)

for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:${BOT_PORT}/healthz" >/dev/null 2>&1 && curl -fsS "http://127.0.0.1:${PLAYGROUND_PORT}/" >/dev/null 2>&1; then
    break
  fi
  sleep 1
done

echo
echo "  Bot:             http://127.0.0.1:${BOT_PORT}/api/messages  (health: /healthz)"
echo "  Open in browser: http://127.0.0.1:${PLAYGROUND_PORT}/   (say \"hallo\")"
echo "  Logs:            .azurite/azurite.log, .azurite/playground.log"
echo "  Ctrl-C stops everything."
wait -n "${pids[@]}" || true
