#!/usr/bin/env bash
# Checks the local loop as a new user meets it (issue 18, "Done when"): a clean clone of this repository (HEAD, or
# the commit given), `scripts/dev.sh` started in it on free ports (npm ci, build, Azurite, the bot, the Playgrounds
# of Alex and Megan), waits until the bot and BOTH Playgrounds answer over HTTP, stops everything, and fails when
#   - a line of the run's logs says warn/WARN (dev.sh's own output with npm, the build and the bot; Azurite's log;
#     each Playground's log), or
#   - a tracked file changed.
# Not part of `dotnet test`: a clean clone runs `npm ci` against the npm registry and builds the bot from nothing,
# minutes on a loaded machine. Usage: scripts/check-dev.sh [commit]. Logs are kept and printed at the end.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$root" rev-parse --verify "${1:-HEAD}^{commit}")"
limit="${CHECK_DEV_TIMEOUT:-1800}" # seconds until everything answers, at most (npm ci + a cold build on 2 busy cores)

work="$(mktemp -d "${TMPDIR:-/tmp}/check-dev.XXXXXX")"
clone="$work/repo"
log="$work/dev.log"
git clone -q --no-checkout "$(git -C "$root" rev-parse --path-format=absolute --git-common-dir)" "$clone"
git -C "$clone" -c advice.detachedHead=false checkout -q --detach "$commit"
echo "Clean clone of ${commit:0:12} in $clone"

read -r bot_port table_port alex_port megan_port < <("$root/scripts/free-ports.sh" 4)

# dev.sh in a session of its own, so that everything it starts can be stopped together (and nothing else).
# No build servers outlive the check.
(cd "$clone" && VERKRUISEN_NPM_STORE="$work/npm-store" BOT_PORT="$bot_port" AZURITE_TABLE_PORT="$table_port" PLAYGROUND_PORT="$alex_port" \
  MANAGER_PLAYGROUND_PORT="$megan_port" MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false \
  exec setsid scripts/dev.sh > "$log" 2>&1 < /dev/null) &
dev=$!
stop() {
  if kill -0 "$dev" 2>/dev/null; then
    kill -INT -- "-$dev" 2>/dev/null || true # dev.sh's own Ctrl-C: it stops what it started
    for _ in $(seq 1 60); do kill -0 "$dev" 2>/dev/null || break; sleep 1; done
  fi
  kill -KILL -- "-$dev" 2>/dev/null || true # anything of the session still there
  wait "$dev" 2>/dev/null || true
}
trap stop EXIT

answers() { curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; }
started=$SECONDS
until answers "http://127.0.0.1:$bot_port/healthz" && answers "http://127.0.0.1:$alex_port/" && answers "http://127.0.0.1:$megan_port/" \
  && grep -q "Ctrl-C stops everything" "$log"; do
  if ! kill -0 "$dev" 2>/dev/null; then
    echo "FAIL: scripts/dev.sh exited before both Playgrounds answered. Its log ($log):" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  if (( SECONDS - started > limit )); then
    echo "FAIL: the bot and both Playgrounds did not answer within ${limit} s. Log: $log" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  sleep 2
done
echo "Both Playgrounds answer after $(( SECONDS - started )) s: Alex on $alex_port, Megan on $megan_port, the bot on $bot_port."
stop
trap - EXIT

logs=("$log" "$clone/.azurite/azurite.log" "$clone/.azurite/playground-alex/playground.log" "$clone/.azurite/playground-megan/playground.log")
failed=0
for file in "${logs[@]}"; do
  if [ ! -f "$file" ]; then
    echo "FAIL: no log $file" >&2
    failed=1
  elif grep -n -i 'warn' "$file" | grep -v -E '^[0-9]+: +0 Warning\(s\)$' >&2; then # the build's summary is no warning
    echo "FAIL: warnings in $file (above)" >&2
    failed=1
  fi
done
changed="$(git -C "$clone" status --porcelain --untracked-files=no)"
if [ -n "$changed" ]; then
  echo "FAIL: the run changed tracked files:" >&2
  echo "$changed" >&2
  failed=1
fi

# Keep the logs, drop the clone (node_modules and build output are large).
mkdir -p "$work/logs"
names=(dev.log azurite.log playground-alex.log playground-megan.log)
for i in "${!logs[@]}"; do if [ -f "${logs[$i]}" ]; then cp "${logs[$i]}" "$work/logs/${names[$i]}"; fi; done
rm -rf "$clone"
echo "Logs: $work/logs"
if [ "$failed" -ne 0 ]; then
  exit 1
fi
echo "OK: a clean clone's scripts/dev.sh starts both Playgrounds; no warning in its logs; nothing tracked changed."
