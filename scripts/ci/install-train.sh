#!/usr/bin/env bash
# What the train action's tests need: a Python venv at .venv-train with the real MLflow (a tracking server
# the e2e tests start on 127.0.0.1), Ray with its dashboard (a head started on 127.0.0.1, jobs through its
# REST API) and scikit-learn (the example's training). Also zstd and GNU tar, which @actions/cache uses.
# Idempotent: a venv that already has these exact versions is left alone. MLOPS_TEST_PYTHON may point the
# tests at another Python that has them.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.venv-train
requirements=(
  "mlflow==3.17.2"
  "ray[default]==2.60.0"
  "scikit-learn==1.9.1"
)
stamp="$venv/.mlops-requirements"
wanted="$(printf '%s\n' "${requirements[@]}")"

if ! command -v zstd >/dev/null || ! tar --version 2>/dev/null | grep -q "GNU tar"; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends zstd tar >/dev/null
  echo "install-train: installed zstd and GNU tar"
fi

if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "install-train: $venv already has $(echo "$wanted" | tr '\n' ' ')"
  exit 0
fi

python=$(command -v python3 || true)
if [ -z "$python" ]; then
  echo "install-train: python3 is needed (3.10 or newer) to create $venv" >&2
  exit 1
fi
started=$(date +%s)
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${requirements[@]}"
echo "$wanted" > "$stamp"
echo "install-train: $venv ($("$venv/bin/python" --version)) with $(echo "$wanted" | tr '\n' ' ')in $(( $(date +%s) - started )) s"
