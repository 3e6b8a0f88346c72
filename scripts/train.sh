#!/usr/bin/env bash
# Trains the models the bot ships from the labelled corpus (corpus/), deterministically (fixed seed, one thread, so
# the same corpus gives the same files), and writes them where the build embeds them
# (bot/Guidelines/Data/question-model.bin, bot/DraftCheck/Data/draft-risk.model).
# Usage: scripts/train.sh [questions] [drafts]   (default: every model)
# A test fails when a shipped model is not what the corpus trains: run this after changing the corpus or the training.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(questions drafts)
fi
dotnet build bot -c Release -nologo -v quiet
for target in "${targets[@]}"; do
  dotnet bot/bin/Release/net10.0/Verkruisen.Bot.dll train "$target"
done
