#!/usr/bin/env bash
# What build-model-image's tests need on a Debian/Ubuntu CI machine: the CNCF distribution registry
# (Debian's docker-registry) to push to, skopeo and umoci to inspect what was pushed, and htpasswd
# (apache2-utils) for the registry's Basic auth. Idempotent and quiet; runs as root or with sudo.
set -euo pipefail

packages=(docker-registry skopeo umoci apache2-utils)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The package starts a registry service on :5000 where an init system runs; the tests start their own.
if command -v systemctl >/dev/null && systemctl is-active --quiet docker-registry 2>/dev/null; then
  $sudo systemctl stop docker-registry || true
fi
