#!/usr/bin/env bash
# What scripts/build-wasm.ts and check-dist's wasm check need on a Debian/Ubuntu CI machine: Debian's
# clang (with its wasm32 target) and lld (wasm-ld), which compile packages/*/wasm/*.c into the committed
# *.generated.ts modules. The committed modules are Debian 12's clang 14 output. Idempotent and quiet.
set -euo pipefail

cd "$(dirname "$0")/../.."
source scripts/ci/lib.sh

apt_install_missing clang lld
[ -n "$installed_packages" ] && echo "install-wasm-tools: installed $installed_packages"
exit 0
