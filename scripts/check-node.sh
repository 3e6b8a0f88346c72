#!/usr/bin/env bash
# Checks that Node.js is there and new enough for the local tools in package.json (Azurite 3.35, the Agents
# Playground, the Adaptive Cards renderer): Node 20 or newer. Says what to install otherwise.
set -euo pipefail
NEED=20
if ! command -v node >/dev/null 2>&1; then
  echo "Node.js is not installed. Install Node.js ${NEED} LTS or newer (https://nodejs.org, or: apt-get install nodejs npm)." >&2
  exit 1
fi
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt "$NEED" ]; then
  echo "Node.js $(node --version) is too old: the local tools need Node.js ${NEED} or newer (https://nodejs.org)." >&2
  exit 1
fi
