#!/usr/bin/env bash
# The webhook relay's delivery rate: a burst of deliveries to one loopback endpoint sent by the application's relay,
# beside the same posts from a bare HTTP client without the outbox. Writes its section of docs/performance.md.
#   src/bench/relay-bench.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -B verify -pl modules/app -am -Dtest=RelayBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpartnerhub.excludedGroups=e2e -Dpartnerhub.bench.report="$root/docs/performance.md"
