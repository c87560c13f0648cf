#!/usr/bin/env bash
# Order intake under load, beside the database's own floor, in one run (about 13 minutes):
#   src/load/intake-load.sh            (LOAD_SECONDS=30 per phase, LOAD_PRELOAD_SECONDS=60)
# Needs the local PostgreSQL on 127.0.0.1:5432 (user postgres; pgbench and psql from the same install). It
# builds the app, starts it with Keycloak and the demo data on a fresh database partnerhub_load (ports 8090 and
# 8190), then: a cold Gatling run (c=1, 8, 32 right after start), a preload at c=32, pgbench doing the same row
# work at c=1, 8, 32 (the floor), pgbench doing the order's whole row work in the app's round trips at c=1
# (the whole-work floor), a warm Gatling run (after 60 s of unreported orders that warm Gatling's own JVM), and
# writes the intake section of docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
seconds=${LOAD_SECONDS:-30}
preload=${LOAD_PRELOAD_SECONDS:-60}
warmup=60
out="$root/target/load"
db=partnerhub_load
app=http://localhost:8090
realm=http://localhost:8190/realms/partner-hub
rm -rf "$out" && mkdir -p "$out"
command -v pgbench >/dev/null || { echo "pgbench is needed (apt-get install -y postgresql-client)" >&2; exit 2; }
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "the load harness needs PostgreSQL on 127.0.0.1:5432" >&2; exit 2; }
psql_load() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -qtA "$@"; }

echo "[load] building and starting PostgreSQL database $db, Keycloak and the app (log: $out/stack.log)"
PARTNERHUB_PORT=8090 PARTNERHUB_KEYCLOAK_PORT=8190 PARTNERHUB_SMTP_PORT=3026 PARTNERHUB_IMAP_PORT=3144 PARTNERHUB_DB_NAME=$db PARTNERHUB_DB_FRESH=true PARTNERHUB_DEMO_WORLD_UNTIL=none \
  PARTNERHUB_APP_OPTS="-Dpartnerhub.api.rate-limit.per-minute=100000000 -Dquarkus.log.level=WARN" \
  setsid ./mvnw -B verify -Pdemo -pl modules/app -am >"$out/stack.log" 2>&1 &
stack=$!
stop() { kill -TERM -- "-$stack" 2>/dev/null || true; wait "$stack" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "$app/q/health/ready" && break
  kill -0 "$stack" 2>/dev/null || { tail -40 "$out/stack.log" >&2; exit 1; }
  sleep 1
done
curl -sf -o /dev/null "$app/q/health/ready" || { echo "the app did not start" >&2; exit 1; }
# The demo's stock and builds are sold out after a few hundred of these orders, and a backordered line writes
# less than a held one. So that every line of every order holds supply (the costly path), each stocked product
# gets a deep stock in this throw-away database.
psql_load -c "update inventory.stock set on_hand = 100000000" >/dev/null
# Likewise the distributors' credit limits: thousands of orders would pass them and be held for review (holding
# nothing), which is not the path measured. The open order value is still read as in production.
psql_load -c "update orders.distributor set credit_limit = 100000000000" >/dev/null

gatling() {
  ./mvnw -B -q -f src/load/pom.xml test-compile gatling:test -Dgatling.resultsFolder="$out/gatling-$1" \
    -Dload.clientWarmupSeconds="${4:-0}" \
    -Dload.summary="$out/$1.properties" \
    -Dload.phase="$1" -Dload.seconds="$2" -Dload.concurrency="$3" -Dload.baseUrl=$app -Dload.realmUrl=$realm \
    >"$out/gatling-$1.log" 2>&1 || { tail -40 "$out/gatling-$1.log" >&2; echo "[load] the $1 run failed" >&2; exit 1; }
}
orders() { psql_load -c "select count(*) from orders.purchase_order"; }

echo "[load] cold run: ${seconds}s each at c=1, 8, 32"
gatling cold "$seconds" 1,8,32
echo "[load] preload: ${preload}s at c=32"
gatling preload "$preload" 32
stored=$(orders)
echo "[load] $stored orders stored; pgbench floor: ${seconds}s each at c=1, 8, 32"
psql_load -f src/load/floor-setup.sql >/dev/null
nstock=$(psql_load -c "select count(*) from floor.stock")
for c in 1 8 32; do
  pgbench -h 127.0.0.1 -U postgres -n -M prepared -c $c -j 2 -T "$seconds" -D nstock="$nstock" \
    -f src/load/floor.sql "$db" >"$out/floor-c$c.txt" 2>&1
done
echo "[load] whole-work floor (every row of an order, in the app's round trips): ${seconds}s at c=1"
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 1 -T "$seconds" -l --log-prefix="$out/whole-c1" \
  -f src/load/floor-intake.sql "$db" >"$out/whole-c1.txt" 2>&1
echo "[load] warm run: ${warmup}s of client warm-up at c=4 (not reported), then ${seconds}s each at c=1, 8, 32"
gatling warm "$seconds" 1,8,32 "$warmup"
echo "[load] $(orders) orders stored at the end"
machine="Measured on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, PostgreSQL $(psql_load -c 'show server_version' | cut -d' ' -f1), $(date -u +%F)."
./mvnw -B -q -f src/load/pom.xml test-compile exec:java \
  -Dexec.args="$out $root/docs/performance.md $seconds $stored '$machine' $warmup"
