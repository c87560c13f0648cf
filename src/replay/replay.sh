#!/usr/bin/env bash
# The promise-quality replay: plays a demand file (default: the 26-week seed demand) through the platform, day
# by day, and through a first-come-first-served ERP model, then writes docs/promise-quality.md.
#   src/replay/replay.sh [demand.csv]
# Needs what the tests need: Java 17+ and PostgreSQL on 127.0.0.1:5432 (or it starts an embedded one).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
demand="$(realpath "${1:-$root/src/replay/data/demand_26w.csv}")"
cd "$root"
./mvnw -B verify -pl modules/app -am -Dtest=ScenarioReplayTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpartnerhub.replay.full=true -Dpartnerhub.replay.demand="$demand" \
  -Dpartnerhub.replay.report="$root/docs/promise-quality.md"
echo "Written: docs/promise-quality.md"
