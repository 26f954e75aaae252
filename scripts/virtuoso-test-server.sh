#!/usr/bin/env bash
# Start or stop a throwaway Virtuoso (Debian's virtuoso-opensource) on loopback for the
# remote-endpoint contract tests (tests/test_remote.py). Usage:
#   scripts/virtuoso-test-server.sh DIR        # start; DIR: a new or empty database directory
#   . DIR/env                                  # exports BHYT_KG_TEST_ENDPOINT and _GRAPH_STORE
#   pytest tests/test_remote.py
#   scripts/virtuoso-test-server.sh --stop DIR
# Starting prints the SPARQL endpoint URL and writes DIR/env. Ports: VIRTUOSO_SQL_PORT and
# VIRTUOSO_HTTP_PORT, else two free loopback ports. Every wait is bounded (VIRTUOSO_WAIT
# seconds, default 90); on failure the message says why and the server's log is shown.
#
# A Virtuoso user must grant SPARQL_UPDATE to the account that pushes (for /sparql and for
# the graph store at /sparql-graph-crud); here the anonymous "SPARQL" user gets it, which is
# only acceptable on a throwaway loopback server. ResultSetMaxRows is raised because Virtuoso
# silently truncates larger answers, and MaxQueryExecutionTime is lifted because Virtuoso
# answers a query that runs out of time with partial results rather than an error.
set -euo pipefail

die() { echo "virtuoso-test-server: $*" >&2; exit 1; }

stop() {
  local dir=$1 pid
  [[ -f "$dir/virtuoso.pid" ]] || die "no $dir/virtuoso.pid: nothing to stop"
  pid=$(cat "$dir/virtuoso.pid")
  kill "$pid" 2>/dev/null || { rm -f "$dir/virtuoso.pid"; return 0; }
  for _ in $(seq 1 100); do  # up to 20 s for a clean shutdown (it checkpoints first)
    kill -0 "$pid" 2>/dev/null || { rm -f "$dir/virtuoso.pid"; return 0; }
    sleep 0.2
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$dir/virtuoso.pid"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

port_in_use() {
  python3 -c 'import socket, sys; s = socket.socket(); s.settimeout(1)
sys.exit(0 if s.connect_ex(("127.0.0.1", int(sys.argv[1]))) == 0 else 1)' "$1"
}

show_log() {
  echo "--- last lines of $1/virtuoso.log and $1/stdout.log:" >&2
  tail -n 20 "$1/virtuoso.log" "$1/stdout.log" >&2 2>/dev/null || true
}

if [[ "${1:-}" == "--stop" ]]; then
  stop "$(realpath "${2:?usage: $0 --stop DIR}")"
  exit 0
fi

dir=$(realpath -m "${1:?usage: $0 DIR (a new or empty database directory)}")
ini=/etc/virtuoso-opensource-7/virtuoso.ini
for program in virtuoso-t isql-vt python3; do
  command -v "$program" >/dev/null || die "$program not found (apt-get install -y virtuoso-opensource)"
done
[[ -f "$ini" ]] || die "$ini not found (apt-get install -y virtuoso-opensource)"
mkdir -p "$dir"
[[ -z "$(ls -A "$dir")" ]] || die "$dir is not empty (give a new directory, or stop and remove the old server)"

sql=${VIRTUOSO_SQL_PORT:-$(free_port)}
http=${VIRTUOSO_HTTP_PORT:-$(free_port)}
[[ "$sql" != "$http" ]] || http=$(free_port)
for port in "$sql" "$http"; do
  ! port_in_use "$port" || die "port $port on 127.0.0.1 is already in use"
done
wait_limit=${VIRTUOSO_WAIT:-90}

# The Debian configuration, with the database in DIR, loopback ports, and test limits.
sed -e "s|/var/lib/virtuoso-opensource-7/db|$dir|g" \
    -e "s|^ServerPort *= *1111\b.*|ServerPort = 127.0.0.1:$sql|" \
    -e "s|^ServerPort *= *8890\b.*|ServerPort = 127.0.0.1:$http|" \
    -e "s|^ResultSetMaxRows *=.*|ResultSetMaxRows = 1000000|" \
    -e "s|^MaxQueryExecutionTime *=.*|MaxQueryExecutionTime = 0|" \
    "$ini" > "$dir/virtuoso.ini"
grep -q "^ServerPort = 127.0.0.1:$sql$" "$dir/virtuoso.ini" \
  && grep -q "^ServerPort = 127.0.0.1:$http$" "$dir/virtuoso.ini" \
  || die "$ini does not have the expected ServerPort lines (1111 and 8890)"

(cd "$dir" && exec nohup virtuoso-t +foreground +configfile "$dir/virtuoso.ini" \
   >"$dir/stdout.log" 2>&1 </dev/null) &
echo $! > "$dir/virtuoso.pid"
pid=$(cat "$dir/virtuoso.pid")

isql() { isql-vt "127.0.0.1:$sql" dba dba "exec=$1" >/dev/null 2>&1; }
deadline=$((SECONDS + wait_limit))
until isql "status();"; do
  kill -0 "$pid" 2>/dev/null || { show_log "$dir"; die "virtuoso-t exited while starting"; }
  (( SECONDS < deadline )) || { show_log "$dir"; stop "$dir"; die "no SQL answer on port $sql within ${wait_limit} s"; }
  sleep 0.5
done
isql "GRANT SPARQL_UPDATE TO \"SPARQL\";" || { stop "$dir"; die "cannot grant SPARQL_UPDATE"; }
isql "GRANT EXECUTE ON DB.DBA.SPARQL_INSERT_DICT_CONTENT TO \"SPARQL\";" || true

url="http://127.0.0.1:$http/sparql"
# Ready when an update over HTTP succeeds: that proves the endpoint and the grant.
until python3 - "$url" <<'EOF' 2>/dev/null
import sys, urllib.parse, urllib.request
data = urllib.parse.urlencode({"update": "CLEAR SILENT GRAPH <urn:bhyt-kg:probe>"}).encode()
urllib.request.urlopen(urllib.request.Request(sys.argv[1], data=data), timeout=5).read()
EOF
do
  kill -0 "$pid" 2>/dev/null || { show_log "$dir"; die "virtuoso-t exited while starting"; }
  (( SECONDS < deadline )) || { show_log "$dir"; stop "$dir"; die "$url did not accept an update within ${wait_limit} s"; }
  sleep 0.5
done

cat > "$dir/env" <<EOF
export BHYT_KG_TEST_ENDPOINT=$url
export BHYT_KG_TEST_GRAPH_STORE=http://127.0.0.1:$http/sparql-graph-crud
EOF
echo "$url"
