#!/usr/bin/env bash
# Builds the Teams app package manifest/build/appPackage.<env>.zip (manifest.json, en.json, color.png, outline.png at
# the zip root) from manifest/, filling the ${{VAR}} placeholders from environment variables and env/.env.<env>
# (KEY=VALUE lines, Agents Toolkit style; an environment variable wins over the file), then validates the filled
# manifest and localization file offline against the official schemas of npm @microsoft/app-manifest.
# Refuses to build (exit 1, naming the variables) when a setting is missing, and removes the zip if it is invalid.
#
# Usage: scripts/package-manifest.sh <env> [--out DIR] [--env-file FILE]
# Settings: TEAMS_APP_ID, BOT_ID, BOT_DOMAIN, PRIVACY_URL, TERMS_URL, DEVELOPER_WEBSITE_URL, APP_NAME_SUFFIX (optional).
# Needs: .NET SDK, Node.js and `npm ci` (for node_modules/@microsoft/app-manifest).
set -euo pipefail

if [[ $# -lt 1 || "$1" == -* ]]; then
  echo "Usage: $0 <env> [--out DIR] [--env-file FILE]   (env: dev, local, prod, ...)" >&2
  exit 2
fi
environment="$1"
shift
out="manifest/build"
tool_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --env-file) tool_args+=(--env-file "$(realpath -m "$2")"); shift 2 ;;
    *) echo "Unknown option: $1" >&2; exit 2 ;;
  esac
done
out="$(realpath -m "$out")"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ ! -d node_modules/@microsoft/app-manifest ]]; then
  echo "node_modules/@microsoft/app-manifest is missing: run 'npm ci' first." >&2
  exit 2
fi

# The tool as the last build left it (`dotnet build`, scripts/test.sh) when nothing it is built from is newer: `dotnet
# run`'s own up-to-date check costs about 5.6 s of CPU per run. Otherwise (a fresh clone, an edited source, a changed
# package version) `dotnet run` builds it first.
tool=tools/Verkruisen.AppPackage/bin/Debug/net10.0/Verkruisen.AppPackage.dll
if [[ -f "$tool" && -z "$(find tools/Verkruisen.AppPackage Directory.Build.props Directory.Packages.props \
  \( -path tools/Verkruisen.AppPackage/bin -o -path tools/Verkruisen.AppPackage/obj \) -prune \
  -o -type f -newer "$tool" -print -quit)" ]]; then
  dotnet "$tool" "$environment" --out "$out" "${tool_args[@]}"
else
  dotnet run --project tools/Verkruisen.AppPackage --verbosity quiet -- "$environment" --out "$out" "${tool_args[@]}"
fi

if ! node scripts/validate-app-package.mjs "$out/appPackage.$environment"; then
  rm -f "$out/appPackage.$environment.zip"
  echo "No package: the filled manifest does not validate." >&2
  exit 1
fi
echo "Package: $out/appPackage.$environment.zip"
