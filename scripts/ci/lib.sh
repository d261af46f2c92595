# Shared by the scripts/ci/install-*.sh installers (sourced, not run: .ci/run runs only install-*.sh).

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs those of the given Debian packages that are not installed yet, quietly. Sets
# `installed_packages` to what it installed ("" when nothing was missing).
apt_install_missing() {
  local package
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  installed_packages="${missing[*]}"
  [ ${#missing[@]} -eq 0 ] && return 0
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# pinned_venv <label> <venv> <requirement>...: a Python venv with exactly these pip requirements. A venv
# whose stamp file already lists them is left alone; python3 must be on PATH to create one.
pinned_venv() {
  local label=$1 venv=$2
  shift 2
  local stamp="$venv/.mlops-requirements"
  local wanted
  wanted="$(printf '%s\n' "$@")"
  if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    echo "$label: $venv already has $*"
    return 0
  fi
  local python
  python=$(command -v python3 || true)
  if [ -z "$python" ]; then
    echo "$label: python3 is needed to create $venv" >&2
    return 1
  fi
  local started
  started=$(date +%s)
  [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$@"
  echo "$wanted" > "$stamp"
  echo "$label: $venv ($("$venv/bin/python" --version)) with $* in $(( $(date +%s) - started )) s"
}
