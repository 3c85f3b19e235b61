#!/usr/bin/env bash
# Installs a real VS Code (code-server, VS Code OSS served to a browser) and the Debian packages the
# tests need, following shared/RUNTIME.md. Cached: a finished install leaves a stamp and is skipped.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/.vscode-test/code-server-$CODE_SERVER_VERSION"
stamp="$tools/.installed"

log() { printf '[install-vscode] %s\n' "$*" >&2; }

install_debian_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
  [ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || missing+=(libkrb5-dev)
  # Chromium does not depend on any font: without one, e2e screenshots show boxes instead of text.
  [ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || { log "not a Debian machine: install these yourself: ${missing[*]}"; exit 1; }
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { log "need root (or sudo) to install: ${missing[*]}"; exit 1; }
    sudo=sudo
  fi
  log "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  # With recommends, as verified on these machines (shared/RUNTIME.md); chromium then also brings its fonts.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}

install_debian_packages

if [ -f "$stamp" ]; then
  exit 0
fi

log "installing code-server $CODE_SERVER_VERSION into $tools (about 90 s and 312 MB the first time)"
rm -rf "$tools"
mkdir -p "$tools"
cd "$tools"
echo '{"name":"sourcemark-vscode-runtime","private":true}' > package.json
# Its postinstall refuses root and downloads rg from GitHub: do its work by hand instead.
npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION" >&2

vscode="$tools/node_modules/code-server/lib/vscode"
cd "$vscode"
npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2
npm_config_yes=true npm rebuild kerberos @parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog node-pty >&2
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
cd "$tools/node_modules/code-server"
ln -sf code-linux.sh lib/vscode/bin/remote-cli/code-server 2>/dev/null || true
[ -d bin/remote-cli ] && ln -sf code-linux.sh bin/remote-cli/code-server || true
[ -d lib/vscode/bin/helpers ] && ln -sf browser-linux.sh lib/vscode/bin/helpers/browser.sh || true
[ -d bin/helpers ] && ln -sf browser-linux.sh bin/helpers/browser.sh || true
cd "$vscode/extensions"
npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2
node postinstall.mjs >&2
cd "$tools"
npm rebuild argon2 >&2

touch "$stamp"
log "done"
