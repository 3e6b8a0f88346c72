#!/usr/bin/env bash
# Makes node_modules exactly what package-lock.json pins, installing it once per lock file for every clone of this
# user: the first clone runs `npm ci` in a store outside the clone, keyed by the SHA-256 of package-lock.json and
# package.json, the Node major version and the platform ($VERKRUISEN_NPM_STORE, default
# ~/.cache/verkruisen-bot/node_modules/<key>); every clone with the same lock gets a hard-linked copy of it (a second
# or so instead of `npm ci`; a copy, not a symbolic link, so an `npm ci` in the clone cannot empty the store). A
# changed lock is another key, so it is installed anew. node_modules/.verkruisen-lock holds the key it was made for.
set -euo pipefail
cd "$(dirname "$0")/.."

key=$({ cat package-lock.json package.json; node -p 'process.versions.node.split(".")[0] + process.platform + process.arch'; } \
  | sha256sum | cut -c1-32)
[ "$(cat node_modules/.verkruisen-lock 2>/dev/null)" = "$key" ] && exit 0

store_root=${VERKRUISEN_NPM_STORE:-${XDG_CACHE_HOME:-$HOME/.cache}/verkruisen-bot/node_modules}
store=$store_root/$key
if [ ! -f "$store/node_modules/.verkruisen-lock" ]; then
  mkdir -p "$store_root"
  staging=$(mktemp -d "$store_root/.installing-XXXXXX")
  trap 'rm -rf "$staging"' EXIT
  cp package.json package-lock.json "$staging/"
  [ ! -f .npmrc ] || cp .npmrc "$staging/"
  # --prefer-offline: packages already in npm's cache are taken from it without asking the registry whether they
  # changed (the lock file pins them by hash anyway).
  (cd "$staging" && npm ci --prefer-offline --no-audit --no-fund)
  echo "$key" > "$staging/node_modules/.verkruisen-lock"
  # Another clone may have finished the same key first: then its store stays and this one is dropped.
  mv -T "$staging" "$store" 2>/dev/null || true
fi

rm -rf node_modules
# Hard links where the store is on the clone's file system, else a plain copy.
cp -al "$store/node_modules" node_modules 2>/dev/null || { rm -rf node_modules; cp -a "$store/node_modules" node_modules; }
