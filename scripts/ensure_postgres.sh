#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432, starting the local cluster if needed.
set -euo pipefail

host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-5432}"

create_database() {
    # The test run connects to this database before creating its own test database.
    local name="${PGDATABASE:-sprcompliance}"
    if ! psql -h "$host" -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
        createdb -h "$host" -p "$port" -U postgres "$name"
    fi
}

if pg_isready -q -h "$host" -p "$port" 2>/dev/null; then
    create_database
    exit 0
fi
if ! command -v pg_ctlcluster >/dev/null; then
    echo "PostgreSQL is not answering on $host:$port and pg_ctlcluster is not installed." >&2
    echo "Start a PostgreSQL 15+ server, or set PG_URL to one that runs." >&2
    exit 1
fi
version="$(ls /etc/postgresql | sort -V | tail -1)"
echo "Starting PostgreSQL $version (cluster main)"
pg_ctlcluster --skip-systemctl-redirect "$version" main start
for _ in $(seq 1 30); do
    if pg_isready -q -h "$host" -p "$port"; then
        create_database
        exit 0
    fi
    sleep 1
done
echo "PostgreSQL did not become ready on $host:$port." >&2
exit 1
