#!/usr/bin/env bash
# What build-model-image's tests need on a Debian/Ubuntu CI machine: the CNCF distribution registry
# (Debian's docker-registry) to push to, skopeo and umoci to inspect what was pushed, and htpasswd
# (apache2-utils) for the registry's Basic auth. Idempotent and quiet; runs as root or with sudo.
set -euo pipefail

cd "$(dirname "$0")/../.."
source scripts/ci/lib.sh

apt_install_missing docker-registry skopeo umoci apache2-utils
[ -z "$installed_packages" ] && exit 0
# The package starts a registry service on :5000 where an init system runs; the tests start their own.
if command -v systemctl >/dev/null && systemctl is-active --quiet docker-registry 2>/dev/null; then
  as_root systemctl stop docker-registry || true
fi
