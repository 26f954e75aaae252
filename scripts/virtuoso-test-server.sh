#!/usr/bin/env bash
# Start a throwaway Virtuoso (Debian's virtuoso-opensource) on loopback for the remote-endpoint
# contract tests, and print the SPARQL endpoint URL. Usage:
#   url=$(scripts/virtuoso-test-server.sh DIR)   # DIR: an empty directory for the database
#   BHYT_KG_TEST_ENDPOINT=$url pytest tests/test_remote.py
#   kill "$(cat DIR/virtuoso.pid)"
# A Virtuoso user must grant SPARQL_UPDATE to the account that pushes; here the anonymous
# "SPARQL" user gets it, which is only acceptable on a throwaway loopback server.
set -euo pipefail
dir=$(realpath "${1:?database directory}")
mkdir -p "$dir"
port=${VIRTUOSO_SQL_PORT:-21111}
http=${VIRTUOSO_HTTP_PORT:-28890}
sed -e "s|/var/lib/virtuoso-opensource-7/db|$dir|g" \
    -e "s|^ServerPort *= *1111|ServerPort = 127.0.0.1:$port|" \
    -e "s|^ServerPort *= *8890|ServerPort = 127.0.0.1:$http|" \
    /etc/virtuoso-opensource-7/virtuoso.ini > "$dir/virtuoso.ini"
(cd "$dir" && nohup virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >"$dir/stdout.log" 2>&1 & echo $! > "$dir/virtuoso.pid")
for _ in $(seq 1 120); do
  if isql-vt "127.0.0.1:$port" dba dba exec="status();" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
isql-vt "127.0.0.1:$port" dba dba exec="GRANT SPARQL_UPDATE TO \"SPARQL\";" >/dev/null
isql-vt "127.0.0.1:$port" dba dba exec="GRANT EXECUTE ON DB.DBA.SPARQL_INSERT_DICT_CONTENT TO \"SPARQL\";" >/dev/null 2>&1 || true
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$http/sparql?query=ASK%7B%7D" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
echo "http://127.0.0.1:$http/sparql"
