#!/usr/bin/env bash
# Trains the learned engines from corpus/ and writes the model files the bot ships (deterministic: fixed seed,
# one thread, so the same corpus gives the same files). `scripts/train.sh drafts` trains one engine.
set -euo pipefail
cd "$(dirname "$0")/.."
subjects=("$@")
if [ ${#subjects[@]} -eq 0 ]; then
  subjects=(drafts)
fi
dotnet build bot -c Release -nologo -v quiet
for subject in "${subjects[@]}"; do
  dotnet bot/bin/Release/net10.0/Verkruisen.Bot.dll train "$subject"
done
