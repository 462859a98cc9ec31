# Sourced by .ci/run (bash): makes sure the `node` first on PATH satisfies package.json's engines.node.
# When the machine's Node is older, brings the major version .nvmrc names from the npm registry
# (package node-linux-<arch>: the official binary) into a cache outside the clone, and puts it first
# on PATH for the rest of the run. npm itself stays the machine's; it runs on the Node it finds first.

node_satisfies_engines() {
  # semver's own CLI (a dev dependency, but needed before npm ci has run, so fetched the npm way).
  npm exec --yes --package=semver@7 -- semver --range "$(node -p 'require("./package.json").engines.node')" "$(node --version)" >/dev/null 2>&1
}

if ! node_satisfies_engines; then
  major=$(tr -dc '0-9' <.nvmrc)
  platform="$(node -p process.platform)-$(node -p process.arch)"
  cache="${WEAVE_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/weave/node}/$platform-$major"
  if [ ! -x "$cache/package/bin/node" ]; then
    echo "Node $(node --version) is older than package.json's engines.node: fetching Node $major (node-$platform) from the npm registry"
    rm -rf "$cache" && mkdir -p "$cache"
    tarball=$(npm pack --silent --pack-destination "$cache" "node-$platform@$major")
    tar -xzf "$cache/$tarball" -C "$cache" && rm "$cache/$tarball"
  fi
  export PATH="$cache/package/bin:$PATH"
  hash -r
  node_satisfies_engines || { echo "Node $(node --version) from $cache still does not satisfy engines.node" >&2; exit 1; }
fi
echo "Using Node $(node --version) ($(command -v node)), npm $(npm --version)"
