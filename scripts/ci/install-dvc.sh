#!/usr/bin/env bash
# What the evaluate-gate DVC test needs: a Python venv at .venv-dvc with the real DVC from PyPI, whose
# `dvc metrics diff --json` the test compares with the gate's diff. Idempotent: a venv that already has this
# exact version is left alone. MLOPS_TEST_DVC may point the test at another dvc executable.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/ci/lib.sh

pinned_venv install-dvc .venv-dvc "dvc==3.67.1"
