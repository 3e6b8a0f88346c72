#!/usr/bin/env bash
# Runs the bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (version pinned in
# Directory.Packages.props). The package is restored into the NuGet global packages folder by restoring
# infra/tools/BicepCli.csproj; nothing is downloaded from anywhere but NuGet.
#   scripts/bicep.sh build infra/main.bicep --stdout
#   scripts/bicep.sh lint infra/main.bicep
#   scripts/bicep.sh --path          prints the binary's path
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/infra/tools/BicepCli.csproj"

dotnet restore "$project" --verbosity quiet >&2
bicep="$(dotnet msbuild "$project" -nologo -getProperty:BicepPath)"
bicep="${bicep//\\//}"
if [[ ! -x "$bicep" ]]; then
  echo "bicep.sh: the bicep binary was not found at '$bicep' after restoring $project" >&2
  exit 2
fi

if [[ "${1:-}" == "--path" ]]; then
  echo "$bicep"
  exit 0
fi
exec "$bicep" "$@"
