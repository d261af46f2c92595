#!/usr/bin/env bash
# What drift-check's tests need on a Debian/Ubuntu CI machine: Debian's chromium, which the HTML report's
# render test drives headless through playwright-core (an npm devDependency of packages/drift). The
# Evidently golden values are committed; Python is needed only to regenerate them. Idempotent and quiet.
set -euo pipefail

cd "$(dirname "$0")/../.."
source scripts/ci/lib.sh

command -v chromium >/dev/null && exit 0
apt_install_missing chromium
