#!/usr/bin/env bash
# Trains the models the bot ships from the labelled corpus (corpus/), deterministically (fixed seed, one thread),
# and writes them where the build embeds them (bot/Guidelines/Data/question-model.bin, ...).
# Usage: scripts/train.sh [questions] ...   (default: every model)
# A test fails when a shipped model is not what the corpus trains: run this after changing the corpus or the training.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(questions)
fi
dotnet build bot -nologo -v q
for target in "${targets[@]}"; do
  dotnet run --project bot --no-build -- train "$target"
done
