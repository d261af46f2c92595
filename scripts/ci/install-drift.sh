#!/usr/bin/env bash
# What drift-check's tests need on a Debian/Ubuntu CI machine: Debian's chromium, which the HTML report's
# render test drives headless through playwright-core (an npm devDependency of packages/drift). The
# Evidently golden values are committed; Python is needed only to regenerate them. Idempotent and quiet.
set -euo pipefail

command -v chromium >/dev/null && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
