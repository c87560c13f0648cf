#!/usr/bin/env bash
# "My orders" render time for a distributor with 10,000 orders: a real Keycloak sign-in in Chromium, then each
# page fetched 1,000 times over HTTP with that session. Writes its section of docs/performance.md. About 5 minutes.
#   src/bench/portal-bench.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -B verify -pl modules/app -am -Dtest=PortalPageBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpartnerhub.excludedGroups=e2e -Dpartnerhub.bench.report="$root/docs/performance.md"
