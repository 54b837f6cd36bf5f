-- The shared coursekit gradebook on a PostgreSQL server (run once, as a superuser):
--
--   psql -U postgres -v instructor_password='...' -v trainee_password='...' \
--        -f deploy/postgres/init-gradebook.sql
--
-- Two roles:
--   coursekit_instructor  owns the database; grades, reads reports (coursekit grade / report).
--   coursekit_trainee     what every trainee's server uses: may ADD attempts (finished
--                         simulations, checked exercises) but never read, change or delete
--                         them, so no trainee sees another's name or score.
-- The attempts table itself is created by coursekit on the instructor's first use
-- (`coursekit report --create --db postgresql://coursekit_instructor:...@host/coursekit`,
-- or the first `coursekit grade`; a report without --create never creates anything).

\set ON_ERROR_STOP on

CREATE ROLE coursekit_instructor LOGIN PASSWORD :'instructor_password';
CREATE ROLE coursekit_trainee LOGIN PASSWORD :'trainee_password';
CREATE DATABASE coursekit OWNER coursekit_instructor ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE coursekit FROM PUBLIC;
GRANT CONNECT ON DATABASE coursekit TO coursekit_instructor, coursekit_trainee;

\connect coursekit

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO coursekit_instructor;
GRANT USAGE ON SCHEMA public TO coursekit_trainee;
-- tables the instructor creates (the gradebook's `attempts`) accept trainees' inserts only
ALTER DEFAULT PRIVILEGES FOR ROLE coursekit_instructor IN SCHEMA public
    GRANT INSERT ON TABLES TO coursekit_trainee;
