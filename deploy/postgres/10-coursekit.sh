#!/bin/sh
# Run by the postgres image on first start: create the coursekit roles and database.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v instructor_password="$COURSEKIT_INSTRUCTOR_PASSWORD" \
     -f /coursekit/init-gradebook.sql
