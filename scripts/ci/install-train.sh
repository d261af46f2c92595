#!/usr/bin/env bash
# What the train action's tests need: a Python venv at .venv-train with the real MLflow (a tracking server
# the e2e tests start on 127.0.0.1), Ray with its dashboard (a head started on 127.0.0.1, jobs through its
# REST API) and scikit-learn (the example's training). Also zstd and GNU tar, which @actions/cache uses.
# Idempotent: a venv that already has these exact versions is left alone. MLOPS_TEST_PYTHON may point the
# tests at another Python that has them.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/ci/lib.sh

apt_install_missing zstd tar
[ -n "$installed_packages" ] && echo "install-train: installed $installed_packages"

pinned_venv install-train .venv-train "mlflow==3.17.2" "ray[default]==2.60.0" "scikit-learn==1.9.1"
