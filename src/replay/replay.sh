#!/usr/bin/env bash
# The promise-quality replay. Without arguments: the scenarios of src/replay/data (seed, short notice, oversold,
# and oversold from three other seeds) at full size, each played by Partner Hub, by the same engine without protection
# and by a model of the way open-source ERPs promise; writes docs/promise-quality.md. With arguments: that one scenario (demand file, and a
# supply-events file, by default src/replay/data/supply_events.csv); writes target/promise-quality.md.
#   src/replay/replay.sh [demand.csv [supply_events.csv]]
# REPLAY_ARGS=-Dpartnerhub.replay.trace=true logs every date move seen (Partner Hub and the engine without protection),
# each run's supply days (what each re-commit moved and re-sourced), and every LTA call-off within LTA volume that
# missed its requested date, and every line with units not shipped by the last date they were given.
# Needs what the tests need: Java 17+ and PostgreSQL on 127.0.0.1:5432 (or it starts an embedded one).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
args=(-Dpartnerhub.replay.full=true ${REPLAY_ARGS:-})
report="$root/docs/promise-quality.md"
tests=ScenarioReplayTest
if [ $# -ge 1 ]; then
  tests='ScenarioReplayTest#another_scenario_meets_the_same_targets'
  args+=(-Dpartnerhub.replay.demand="$(realpath "$1")")
  [ $# -ge 2 ] && args+=(-Dpartnerhub.replay.events="$(realpath "$2")")
  report="$root/modules/app/target/promise-quality.md"
fi
cd "$root"
./mvnw -B verify -pl modules/app -am -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
  "${args[@]}" -Dpartnerhub.replay.report="$report"
echo "Written: $report"
