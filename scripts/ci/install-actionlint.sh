#!/usr/bin/env bash
# actionlint, which the tests run on every workflow in workflows-templates/: built from source with
# `go install` (through the Go module proxy) into the repository's git-ignored .tools/bin. Idempotent:
# an actionlint of this version already there is left alone.
set -euo pipefail

version=v1.7.12
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="$root/.tools/bin"

if [ -x "$bin/actionlint" ] && "$bin/actionlint" -version 2>/dev/null | head -n1 | grep -qx "$version"; then
  exit 0
fi
if ! command -v go >/dev/null; then
  echo "install-actionlint: Go is needed to build actionlint (https://go.dev/dl/)" >&2
  exit 1
fi
mkdir -p "$bin"
GOBIN="$bin" GOFLAGS=-mod=mod go install "github.com/rhysd/actionlint/cmd/actionlint@$version"
