#!/usr/bin/env bash
# The reliability suite at full size: 100 keys x 10 concurrent retries, kill -9 in the middle of 1,000 purchase
# orders, PostgreSQL stopped for 10 s under load, 10,000 malformed JSON inputs and 1,000 malformed queries.
# Every test run (and CI) runs the same tests at reduced size. About 6 minutes.
#   src/reliability/reliability.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -B verify -pl modules/app -am -Dtest='*ReliabilityTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpartnerhub.reliability.scale=full
