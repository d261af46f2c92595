#!/usr/bin/env bash
# What build-model-image's smoke test needs on a Debian 12 CI machine: podman with Debian's runc to run
# the built image, and a real MLServer runtime image to build on, made here without any image registry
# (no Docker Hub): a minbase Debian bookworm root (mmdebstrap) with a venv of pinned MLServer,
# mlserver-sklearn and scikit-learn, packed by umoci as an OCI layout in .cache/mlserver-base (the tests
# push it to their loopback registry). Idempotent: packages and a layout of the same recipe are left alone.
# MLOPS_MLSERVER_BASE may point the tests at another layout. Runs as root or with sudo.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/ci/lib.sh

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

apt_install_missing podman runc mmdebstrap umoci skopeo
[ -n "$installed_packages" ] && echo "install-podman: installed $installed_packages"

layout=.cache/mlserver-base
tag=1.7.1-sklearn1.9.1
# uvloop 0.22 raises in asyncio.get_event_loop() without a running loop, which MLServer 1.7.1's
# inference workers call: pinned to the release MLServer 1.7.1 shipped with.
requirements=(
  "mlserver==1.7.1"
  "mlserver-sklearn==1.7.1"
  "scikit-learn==1.9.1"
  "uvloop==0.21.0"
)
recipe="$(printf '%s\n' bookworm minbase "$tag" "${requirements[@]}")"
stamp="$layout/.mlops-recipe"
if [ -f "$layout/index.json" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ]; then
  echo "install-podman: $layout already holds mlserver-base:$tag"
  exit 0
fi

started=$(date +%s)
work=$(mktemp -d)
trap '$sudo rm -rf "$work"' EXIT
# pip inside the chroot trusts the host's CA bundle (which may hold a proxy's CA) through a copy that
# lives only during the build, never in the image.
$sudo mmdebstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-exclude=/usr/share/info/*' \
  --customize-hook='cp /etc/ssl/certs/ca-certificates.crt "$1/tmp/host-ca.pem"' \
  --customize-hook='chroot "$1" python3 -m venv /opt/mlserver' \
  --customize-hook="chroot \"\$1\" env -i PATH=/usr/bin:/bin PIP_CERT=/tmp/host-ca.pem \
/opt/mlserver/bin/pip install --quiet --no-cache-dir --disable-pip-version-check --only-binary=:all: \
${requirements[*]}" \
  --customize-hook='chroot "$1" useradd --uid 1000 --create-home --home-dir /home/mlserver mlserver' \
  --customize-hook='rm -f "$1/tmp/host-ca.pem"' \
  bookworm "$work/rootfs.tar"

$sudo rm -rf "$layout"
mkdir -p "$(dirname "$layout")"
$sudo umoci init --layout "$layout"
$sudo umoci new --image "$layout:$tag"
$sudo umoci raw add-layer --image "$layout:$tag" "$work/rootfs.tar"
# As the seldonio/mlserver image does: the venv on PATH, user 1000, and the command starting MLServer on
# $MLSERVER_MODELS_DIR (which build-model-image sets to /models, where it writes the model).
$sudo umoci config --image "$layout:$tag" \
  --config.env "PATH=/opt/mlserver/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  --config.env "MLSERVER_MODELS_DIR=/models" \
  --config.user 1000 --config.workingdir /home/mlserver \
  --config.exposedports 8080/tcp --config.exposedports 8081/tcp \
  --config.cmd /bin/sh --config.cmd -c --config.cmd 'exec mlserver start "$MLSERVER_MODELS_DIR"' \
  --author mlops-actions --history.created_by "scripts/ci/install-podman.sh"
if [ -n "$sudo" ]; then $sudo chown -R "$(id -u):$(id -g)" "$layout"; fi
echo "$recipe" > "$stamp"
size=$(du -sh "$layout" | cut -f1)
echo "install-podman: built $layout (mlserver-base:$tag, $size) in $(( $(date +%s) - started )) s"
