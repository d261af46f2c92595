#!/usr/bin/env bash
# What the evaluate-gate DVC test needs: a Python venv at .venv-dvc with the real DVC from PyPI, whose
# `dvc metrics diff --json` the test compares with the gate's diff. Idempotent: a venv that already has this
# exact version is left alone. MLOPS_TEST_DVC may point the test at another dvc executable.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.venv-dvc
requirement="dvc==3.67.1"
stamp="$venv/.mlops-requirements"

if [ -x "$venv/bin/dvc" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$requirement" ]; then
  echo "install-dvc: $venv already has $requirement"
  exit 0
fi

python=$(command -v python3 || true)
if [ -z "$python" ]; then
  echo "install-dvc: python3 is needed (3.9 or newer) to create $venv" >&2
  exit 1
fi
started=$(date +%s)
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$requirement"
echo "$requirement" > "$stamp"
elapsed=$(( $(date +%s) - started ))
echo "install-dvc: $venv ($("$venv/bin/python" --version)) with $requirement in $elapsed s"
