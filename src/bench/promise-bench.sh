#!/usr/bin/env bash
# The promise engine's benchmarks: quote latency with 1k, 100k and 1M open order lines, and re-promising 10k open
# lines of one product after a supply change. Writes its section of docs/performance.md. About 5 minutes.
#   src/bench/promise-bench.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -B verify -pl modules/app -am -Dtest=PromiseBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpartnerhub.excludedGroups=e2e -Dpartnerhub.bench.report="$root/docs/performance.md"
