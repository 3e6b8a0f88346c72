#!/usr/bin/env bash
# Prints N free loopback ports on one line (default 1), chosen by the kernel and held open together while chosen, so
# that they differ; not fixed ports that tests or another run may hold at the same time.
set -euo pipefail
node -e 'const net = require("net");
  const servers = Array.from({ length: Number(process.argv[1]) }, () => net.createServer());
  Promise.all(servers.map((s) => new Promise((ok) => s.listen(0, "127.0.0.1", ok))))
    .then(() => { console.log(servers.map((s) => s.address().port).join(" ")); servers.forEach((s) => s.close()); });' "${1:-1}"
