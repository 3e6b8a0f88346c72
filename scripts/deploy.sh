#!/usr/bin/env bash
# Deploys Verkruisen Bot to Azure with the az CLI: infrastructure (infra/main.bicep, compiled with the bicep CLI
# from NuGet, see scripts/bicep.sh), then the bot (dotnet publish + zip deploy). Idempotent: run it again to update.
#
#   scripts/deploy.sh <resource-group> [--parameters FILE] [--location REGION] [--what-if] [--infra-only] [--app-only]
#
# Needs: az (logged in with `az login`, Owner or User Access Administrator + Contributor on the resource group,
# because the template assigns roles), dotnet 10 SDK, zip. See docs/deploy.md for the admin steps afterwards.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deployment="verkruisen-bot"
location="westeurope"
parameters="$root/infra/main.parameters.json"
what_if=false
do_infra=true
do_app=true

usage() { sed -n '5,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }

[[ $# -ge 1 && "$1" != -* ]] || usage
group="$1"
shift
while [[ $# -gt 0 ]]; do
  case "$1" in
    --parameters) parameters="$(realpath "$2")"; shift 2 ;;
    --location) location="$2"; shift 2 ;;
    --what-if) what_if=true; shift ;;
    --infra-only) do_app=false; shift ;;
    --app-only) do_infra=false; shift ;;
    -h|--help) usage 0 ;;
    *) echo "deploy.sh: unknown option $1" >&2; usage ;;
  esac
done

for tool in az dotnet zip; do
  command -v "$tool" >/dev/null || { echo "deploy.sh: '$tool' is not installed (see docs/deploy.md, Prerequisites)" >&2; exit 2; }
done
az account show --query "{subscription:name, tenant:tenantId}" -o tsv >/dev/null \
  || { echo "deploy.sh: not logged in: run 'az login' (and 'az account set -s <subscription>')" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if $do_infra; then
  echo "==> Compiling infra/main.bicep"
  "$root/scripts/bicep.sh" build "$root/infra/main.bicep" --outfile "$work/main.json"

  echo "==> Resource group $group in $location"
  az group create --name "$group" --location "$location" --output none

  if $what_if; then
    az deployment group what-if --resource-group "$group" --name "$deployment" \
      --template-file "$work/main.json" --parameters "@$parameters"
    exit 0
  fi

  echo "==> Deploying the infrastructure (a few minutes)"
  az deployment group create --resource-group "$group" --name "$deployment" \
    --template-file "$work/main.json" --parameters "@$parameters" --output none
fi

output() {
  az deployment group show --resource-group "$group" --name "$deployment" \
    --query "properties.outputs.$1.value" --output tsv
}
site="$(output BOT_AZURE_APP_SERVICE_NAME)"

if $do_app; then
  echo "==> Publishing the bot"
  # SegmentsGc=true: App Service runs Linux, so the segments GC is named even when another OS publishes (bot csproj).
  dotnet publish "$root/bot/Verkruisen.Bot.csproj" --configuration Release --output "$work/publish" --nologo --verbosity quiet -p:SegmentsGc=true
  (cd "$work/publish" && zip -qr "$work/bot.zip" .)

  echo "==> Zip deploy to $site"
  az webapp deploy --resource-group "$group" --name "$site" --src-path "$work/bot.zip" --type zip --output none
fi

cat <<DONE

Deployed. Web app: https://$(output BOT_DOMAIN)  (health: /healthz)
  Bot app id (MicrosoftAppId, manifest botId): $(output BOT_ID)
  Managed identity principal id:                $(output BOT_PRINCIPAL_ID)
Next, the admin steps in docs/deploy.md: Graph permissions for the principal id above, the Teams app package,
the tenant allow-list and the directors.
DONE
