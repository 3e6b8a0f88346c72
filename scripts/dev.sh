#!/usr/bin/env bash
# Runs the bot locally with everything it needs: Azurite (Table Storage, data kept in .azurite/), the bot
# (Development, anonymous: the local client sends no token) and two Microsoft 365 Agents Playgrounds (a Teams-like
# client): one as Alex Wilber (a teacher), one as his manager Megan Bowen, so approval requests can be decided.
# Installs the npm tools the first time. Everything the run writes stays in .azurite/ (ignored). Ctrl-C stops all.
set -euo pipefail
cd "$(dirname "$0")/.."

BOT_PORT="${BOT_PORT:-3978}"
TABLE_PORT="${AZURITE_TABLE_PORT:-10002}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
MANAGER_PLAYGROUND_PORT="${MANAGER_PLAYGROUND_PORT:-56151}"

scripts/check-node.sh

# The npm tools (Azurite, the Agents Playground): `npm ci` the first time, for all clones (scripts/npm-tools.sh).
scripts/npm-tools.sh

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
  --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry > .azurite/azurite.log 2>&1 &
pids+=($!)

dotnet build bot/Verkruisen.Bot.csproj -v quiet -nologo
# The Playground rejects search results whose preview taps to selectItem: results insert their card directly.
ASPNETCORE_ENVIRONMENT=Development MessagingExtension__SelectItemOnTap=false \
Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${TABLE_PORT}/devstoreaccount1;" \
  dotnet run --no-build --no-launch-profile --project bot -- --urls "http://127.0.0.1:${BOT_PORT}" &
pids+=($!)

# Each Playground runs in its own folder under .azurite/ (it writes devTools/ logs into its working directory).
playground() { # name port [config]
  local dir=".azurite/playground-$1"
  mkdir -p "$dir"
  if [ -n "${3:-}" ]; then cp "$3" "$dir/.m365agentsplayground.yml"; fi
  (cd "$dir" && TEAMSAPPTESTER_BROWSER=none exec "$OLDPWD/node_modules/.bin/agentsplayground" -p "$2" \
    -e "http://127.0.0.1:${BOT_PORT}/api/messages" -c msteams --disable-telemetry > playground.log 2>&1) &
  pids+=($!)
}
playground alex "$PLAYGROUND_PORT"
playground megan "$MANAGER_PLAYGROUND_PORT" scripts/playground/megan.m365agentsplayground.yml

for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:${BOT_PORT}/healthz" >/dev/null 2>&1 && curl -fsS "http://127.0.0.1:${PLAYGROUND_PORT}/" >/dev/null 2>&1 \
    && curl -fsS "http://127.0.0.1:${MANAGER_PLAYGROUND_PORT}/" >/dev/null 2>&1; then
    break
  fi
  sleep 1
done

echo
echo "  Bot:              http://127.0.0.1:${BOT_PORT}/api/messages  (health: /healthz)"
echo "  Teacher (Alex):   http://127.0.0.1:${PLAYGROUND_PORT}/   say \"hallo\", ask a question, or \"vraag goedkeuring\""
echo "  Manager (Megan):  http://127.0.0.1:${MANAGER_PLAYGROUND_PORT}/   approval requests and questions from Alex arrive here"
echo "  Logs:             .azurite/azurite.log, .azurite/playground-alex/playground.log, .azurite/playground-megan/playground.log"
echo "  Ctrl-C stops everything."
wait -n "${pids[@]}" || true
