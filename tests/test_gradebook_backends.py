"""The gradebook on both backends: SQLite files and a real PostgreSQL server.

The PostgreSQL tests start a throwaway server from the Debian binaries
(`/usr/lib/postgresql/*/bin/initdb`, `pg_ctl`) in a temporary folder on a free
localhost port, and stop it afterwards. Without those binaries they FAIL: install the
`postgresql` apt package, or set COURSEKIT_SKIP_POSTGRES=1 to skip them explicitly.
"""
from __future__ import annotations

import glob
import itertools
import multiprocessing
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from coursekit.cli import main
from coursekit.exercises import check_answers
from coursekit.gradebook import Gradebook, GradebookError, record_exercise, record_simulation

SKIP_PG = os.environ.get("COURSEKIT_SKIP_POSTGRES") == "1"
PG_USER = "coursekit"


def pg_bin_dir() -> Path | None:
    """The newest PostgreSQL server bin folder (Debian layout, or initdb on PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A throwaway PostgreSQL cluster: initdb, pg_ctl start, and stop + delete on close."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="coursekit-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.prefix: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                pytest.fail("running as root needs the 'postgres' user (created by the postgresql package)")
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]

    def run(self, *args: str) -> None:
        result = subprocess.run([*self.prefix, *args], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}\n{tail}")

    def start(self) -> str:
        self.run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", PG_USER, "--auth=trust",
                 "-E", "UTF8", "--no-locale", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c max_connections=50 -c shared_buffers=16MB")
        self.run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
                 "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")
        return f"postgresql://{PG_USER}@127.0.0.1:{self.port}"

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self.run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="module")
def pg_server():
    """Base URL of a running throwaway PostgreSQL server (module-wide)."""
    if SKIP_PG:
        pytest.skip("COURSEKIT_SKIP_POSTGRES=1: PostgreSQL tests skipped on request")
    bin_dir = pg_bin_dir()
    if bin_dir is None or not (bin_dir / "pg_ctl").exists():
        pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found: install them with "
                    "`apt-get install postgresql`, or set COURSEKIT_SKIP_POSTGRES=1 to skip these tests")
    server = PostgresServer(bin_dir)
    try:
        yield server.start()
    finally:
        server.stop()


_db_numbers = itertools.count()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty gradebook URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'class.db'}"
    base = request.getfixturevalue("pg_server")
    return f"{base}/{new_database(base)}"


def write_many(url: str, worker: int, count: int, barrier) -> None:
    """Child process: open the (maybe not yet created) gradebook and record `count` attempts."""
    barrier.wait(timeout=60)
    with Gradebook.open(url) as book:
        for n in range(count):
            book.record(f"trainee {worker}", f"ex{n % 3}", "exercise", n % 5, 4,
                        {"q1": {"score": n % 5, "max_score": 4, "topic": "service"}},
                        fingerprint=f"{worker}-{n}")


def simulate_many(url: str, worker: int, count: int, barrier) -> None:
    """Child process: record finished simulations, each opening its own connection."""
    barrier.wait(timeout=60)
    report = {"total": 60, "criteria": [{"id": "open_questions", "score": 6, "maximum": 10}]}
    for n in range(count):
        record_simulation(f"sim {worker}", "angry_caller", report, "won", db_url=url)


@pytest.mark.parametrize("job, workers, each", [(write_many, 4, 40), (simulate_many, 3, 8)])
def test_concurrent_writers_lose_nothing(db_url, job, workers, each):
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(workers)
    procs = [ctx.Process(target=job, args=(db_url, w, each, barrier)) for w in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=180)
    assert [p.exitcode for p in procs] == [0] * workers
    with Gradebook.open(db_url) as book:
        assert book.count() == workers * each
        per_trainee = {}
        for attempt in book.attempts():
            per_trainee[attempt.trainee] = per_trainee.get(attempt.trainee, 0) + 1
        assert sorted(per_trainee.values()) == [each] * workers


def test_schema_is_created_once_and_reopening_keeps_data(db_url):
    with Gradebook.open(db_url) as book:
        assert book.count() == 0
        assert book.record("Ana", "ex01_need_levels", "exercise", 3, 11,
                           {"q1": {"score": 1, "max_score": 1, "topic": "service"}},
                           fingerprint="abc", when="2024-05-01T09:30:00Z")
        assert not book.record("Ana", "ex01_need_levels", "exercise", 3, 11, {}, fingerprint="abc")
    with Gradebook.open(db_url) as book:
        (attempt,) = book.attempts()
    assert (attempt.trainee, attempt.item, attempt.score, attempt.max_score) == ("Ana", "ex01_need_levels", 3, 11)
    assert attempt.detail == {"q1": {"score": 1, "max_score": 1, "topic": "service"}}
    assert attempt.recorded_at == "2024-05-01T09:30:00Z"


def test_names_and_detail_round_trip_unchanged(db_url):
    name = "Zoë O'Brien <b>&amp; \"co\"; DROP TABLE attempts;--"
    with Gradebook.open(db_url) as book:
        book.record(name, "ex01_need_levels", "exercise", 1, 2, {"q?": {"topic": "100% sure ?"}})
        assert book.attempts(trainee=name)[0].trainee == name
        assert book.attempts(trainee=name)[0].detail == {"q?": {"topic": "100% sure ?"}}
        assert book.count() == 1


def test_read_only_opening_creates_and_writes_nothing(db_url):
    """What reports use: no table is created, and the connection cannot write."""
    # SQLite: no file yet; PostgreSQL: a database without the table
    with pytest.raises(GradebookError, match=r"no gradebook at|not a coursekit gradebook \(no attempts table\)"):
        Gradebook.open(db_url, create=False)
    with Gradebook.open(db_url) as book:  # still nothing there: the writer creates it now
        assert book.count() == 0
        book.record("Ana", "ex01_need_levels", "exercise", 1, 2, {})
    with Gradebook.open(db_url, create=False) as book:
        assert [a.trainee for a in book.attempts()] == ["Ana"]
        with pytest.raises(GradebookError, match="read-?only"):
            book.record("Ben", "ex01_need_levels", "exercise", 1, 2, {})
    with Gradebook.open(db_url) as book:
        assert book.count() == 1


def new_database(base: str) -> str:
    import psycopg

    name = f"gradebook_{os.getpid()}_{next(_db_numbers)}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def run_init_script(pg_server: str) -> str:
    """Run deploy/postgres/init-gradebook.sql on the server; returns the host:port part of URLs."""
    script = Path(__file__).resolve().parent.parent / "deploy" / "postgres" / "init-gradebook.sql"
    psql = pg_bin_dir() / "psql"
    done = subprocess.run([str(psql), f"{pg_server}/postgres", "-q", "-v", "instructor_password=i-secret",
                           "-f", str(script)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return pg_server.split("@", 1)[1]


def enrol(instructor: str, host: str, trainee: str, password: str) -> str:
    """What the hub does before starting a trainee's server: that trainee's own gradebook URL."""
    import psycopg

    with psycopg.connect(instructor, autocommit=True) as conn:
        role = conn.execute("SELECT coursekit_enrol(%s, %s)", (trainee, password)).fetchone()[0]
    return f"postgresql://{role}:{password}@{host}/coursekit"


@pytest.fixture(scope="module")
def deployed(pg_server):
    """The deploy script's gradebook: (instructor URL, host)."""
    host = run_init_script(pg_server)
    return f"postgresql://coursekit_instructor:i-secret@{host}/coursekit", host


def test_deploy_script_lets_a_trainee_add_and_read_only_their_own_rows(deployed, capsys):
    """deploy/postgres/init-gradebook.sql: row-level security per trainee, constraints on every column."""
    import psycopg

    instructor, host = deployed
    ana = enrol(instructor, host, "Ana", "ana-password-0123456789")
    ben = enrol(instructor, host, "Ben", "ben-password-0123456789")
    assert main(["report", "--db", instructor]) == 0, "the script made the tables: no --create step"
    assert "No attempts recorded yet." in capsys.readouterr().out
    report = {"total": 40, "criteria": [{"id": "open_questions", "score": 4, "maximum": 10}]}
    assert record_simulation("Ana", "haulage_fuel", report, "open", db_url=ana)
    result = check_answers("ex01_need_levels", q1="service")
    assert record_exercise("Ana", "ex01_need_levels", result, db_url=ana)
    assert not record_exercise("Ana", "ex01_need_levels", result, db_url=ana)  # same answers: once
    assert record_exercise("Ben", "ex01_need_levels", result, db_url=ben)
    with pytest.raises(GradebookError, match="row-level security"):
        record_exercise("Ben", "ex01_need_levels", result, db_url=ana)  # Ana cannot write as Ben
    with Gradebook.open(ana) as book:
        assert {a.trainee for a in book.attempts()} == {"Ana"}, "a trainee reads only their own rows"
        assert main(["report", "--db", ana]) == 0
        assert "Ben" not in capsys.readouterr().out
        for statement in ("DELETE FROM attempts", "UPDATE attempts SET score = 0",
                          "SELECT coursekit_enrol('Eve', 'eve-password-0123456789')", "SELECT * FROM enrolment"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                book.backend.execute(statement)
        for values in ("'Ana', 'ex01', 'exercise', 1e308, 1e308, '{}'", "'Ana', 'ex01', 'exercise', 'NaN', 2, '{}'",
                       "'Ana', 'ex01', 'exercise', 3, 2, '{}'", "'Ana', 'ex01', 'exercise', 1, 2, '[1]'"):
            with pytest.raises(psycopg.errors.CheckViolation):
                book.backend.execute("INSERT INTO attempts (trainee, item, item_kind, score, max_score, detail, "
                                     f"recorded_at) VALUES ({values}, '2024-03-04T09:00:00Z')")
        with pytest.raises(psycopg.errors.InvalidTextRepresentation):
            book.backend.execute("INSERT INTO attempts (trainee, item, item_kind, score, max_score, detail, "
                                 "recorded_at) VALUES ('Ana', 'ex01', 'exercise', 1, 2, 'not json', "
                                 "'2024-03-04T09:00:00Z')")
    with Gradebook.open(instructor) as book:
        assert sorted((a.trainee, a.item, a.score) for a in book.attempts()) == [
            ("Ana", "ex01_need_levels", 1), ("Ana", "haulage_fuel", 40), ("Ben", "ex01_need_levels", 1)]


def test_the_deploy_script_makes_the_tables_coursekit_makes(deployed, pg_server):
    """The init script and coursekit's own schema agree, column by column and check by check."""
    import psycopg

    instructor, _host = deployed
    own = f"{pg_server}/{new_database(pg_server)}"
    Gradebook.open(own).close()

    def shape(url: str) -> tuple:
        with psycopg.connect(url) as conn:
            columns = conn.execute(
                "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                "WHERE table_name IN ('attempts', 'reviews') ORDER BY 1, 2").fetchall()
            checks = conn.execute(
                "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid::regclass::text IN ('attempts', 'reviews') ORDER BY 1, 2").fetchall()
            indexes = conn.execute("SELECT indexdef FROM pg_indexes WHERE tablename IN ('attempts', 'reviews') "
                                   "ORDER BY 1").fetchall()
        return columns, checks, indexes

    assert shape(instructor) == shape(own)


def test_unreachable_postgres_is_a_clear_error():
    port = free_port()
    with pytest.raises(GradebookError, match=rf"cannot connect to the gradebook postgresql://u:\*\*\*@127.0.0.1:{port}/x"):
        Gradebook.open(f"postgresql://u:secret@127.0.0.1:{port}/x")
