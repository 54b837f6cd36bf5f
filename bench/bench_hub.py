"""A class of N trainees on a real JupyterHub (prints figures; not a test).

    python bench/bench_hub.py [--trainees 20]

Starts PostgreSQL (deploy/postgres/init-gradebook.sql), JupyterHub with the deploy
configuration and a local spawner (as tests/browser/test_hub_class.py does), starts every
trainee's server through the hub's API (the hub enrols each trainee), then, all at once,
each trainee plays a whole customer simulation in a kernel of their own server, through
the hub's proxy, and records it the way the simulator widget does. Prints the memory per
user server (server + kernel, resident), the p50/p95 time of one simulator turn (request
to reply, through the proxy), and the gradebook rows present against those expected.
Needs what the hub test needs: .venv/node's configurable-http-proxy and PostgreSQL.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests" / "browser"), str(ROOT / "tests")]

import hubsetup  # noqa: E402
from conftest import free_port, jupyter_environment, start_server  # noqa: E402
from test_gradebook_backends import PostgresServer, pg_bin_dir, run_init_script  # noqa: E402

TOKEN = uuid.uuid4().hex
BENCH_ROLE = f"""
c.JupyterHub.services = [{{"name": "bench", "api_token": {TOKEN!r}}}]
c.JupyterHub.load_roles = [{{"name": "bench", "services": ["bench"],
                             "scopes": ["admin:users", "admin:servers", "access:servers"]}}]
"""

SETUP = f"""
import os
from coursekit.sim import Session, load_scenario
session = Session(load_scenario({hubsetup.SCENARIO!r}))
"""
TURN = """
best = max(session.options(), key=lambda o: o.rank)
session.choose(best.number)
print(session.finished)
"""
RECORD = """
from coursekit.gradebook import record_simulation
report = session.report()
print(record_simulation(os.environ["COURSEKIT_TRAINEE"], session.scenario.id, report.to_dict(), report.outcome,
                        transcript=session.transcript))
"""


def api(url: str, method: str = "GET", body: dict | None = None) -> object:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Authorization": f"token {TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=300) as response:
        text = response.read()
    return json.loads(text) if text else None


class Kernel:
    """A kernel in a user's server, driven over its websocket through the hub's proxy."""

    def __init__(self, hub: str, user: str):
        import websocket

        self.base = f"{hub}/user/{user}"
        self.id = api(f"{self.base}/api/kernels", "POST", {"name": "python3"})["id"]
        ws_url = self.base.replace("http://", "ws://") + f"/api/kernels/{self.id}/channels"
        self.ws = websocket.create_connection(ws_url, header=[f"Authorization: token {TOKEN}"], timeout=300)

    def run(self, code: str) -> tuple[str, float]:
        """Execute `code`; (its stdout, seconds from request to idle)."""
        msg_id = uuid.uuid4().hex
        message = {"header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "bench",
                              "session": uuid.uuid4().hex, "version": "5.3"},
                   "parent_header": {}, "metadata": {}, "channel": "shell",
                   "content": {"code": code, "silent": False, "store_history": False,
                               "user_expressions": {}, "allow_stdin": False}}
        start = time.perf_counter()
        self.ws.send(json.dumps(message))
        out = []
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = reply["header"]["msg_type"]
            if kind == "stream":
                out.append(reply["content"]["text"])
            elif kind == "error":
                raise RuntimeError("\n".join(reply["content"]["traceback"]))
            elif kind == "status" and reply["content"]["execution_state"] == "idle":
                return "".join(out), time.perf_counter() - start

    def close(self) -> None:
        self.ws.close()


def play(hub: str, user: str, turns: list[float], errors: list[str]) -> None:
    try:
        kernel = Kernel(hub, user)
        kernel.run(SETUP)
        for _ in range(40):
            out, seconds = kernel.run(TURN)
            turns.append(seconds)
            if out.strip() == "True":
                break
        out, _ = kernel.run(RECORD)
        if out.strip() != "True":
            errors.append(f"{user}: not recorded ({out.strip()})")
        kernel.close()
    except Exception as err:  # a figure for every trainee who got through; the rest named
        errors.append(f"{user}: {type(err).__name__}: {err}")


def memory_per_server() -> list[float]:
    """Resident MB of each single-user server with its kernels."""
    import psutil

    sizes = []
    for process in psutil.process_iter(["cmdline"]):
        if any("jupyterhub-singleuser" in part for part in process.info["cmdline"] or []):
            try:
                rss = process.memory_info().rss + sum(c.memory_info().rss for c in process.children(recursive=True))
            except psutil.Error:
                continue
            sizes.append(rss / 1e6)
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=20)
    args = parser.parse_args()
    trainees = tuple(f"trainee{n:02d}" for n in range(args.trainees))
    bin_dir = pg_bin_dir()
    if bin_dir is None or not hubsetup.PROXY.exists():
        sys.exit("needs PostgreSQL (apt-get install postgresql) and .venv/node's configurable-http-proxy "
                 "(python3 course.py test installs it)")
    database = PostgresServer(bin_dir)
    base = Path(tempfile.mkdtemp(prefix="coursekit-bench-hub-"))
    hub = None
    try:
        host = run_init_script(database.start())
        instructor = f"postgresql://coursekit_instructor:i-secret@{host}/coursekit"
        homes = base / "home"
        hubsetup.make_homes(homes, trainees)
        user_env = jupyter_environment(base / "user")
        env = hubsetup.hub_environment(jupyter_environment(base / "hubenv"), host)

        def command(port: int) -> list[str]:
            config = hubsetup.write_config(base, port, (free_port(), free_port()), homes, trainees, user_env,
                                           BENCH_ROLE)
            return [str(hubsetup.BIN / "jupyterhub"), "-f", str(config)]

        hub = start_server("jupyterhub-bench", command, env, base, "/hub/api")
        start = time.perf_counter()
        for user in trainees:
            api(f"{hub.base_url}/hub/api/users/{user}/server", "POST", {})
        while not all(api(f"{hub.base_url}/hub/api/users/{u}")["servers"].get("", {}).get("ready")
                      for u in trainees):
            time.sleep(1)
        spawned = time.perf_counter() - start
        turns: list[float] = []
        errors: list[str] = []
        threads = [threading.Thread(target=play, args=(hub.base_url, u, turns, errors)) for u in trainees]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        played = time.perf_counter() - start
        memory = memory_per_server()
        from coursekit.gradebook import Gradebook

        with Gradebook.open(instructor, create=False) as book:
            rows = sum(1 for a in book.attempts() if a.item_kind == "scenario")
        cuts = statistics.quantiles(turns, n=20) if len(turns) > 1 else [0.0] * 19
        print(f"hub class: {len(trainees)} trainees, each playing {hubsetup.SCENARIO} in a kernel on the hub")
        print(f"  servers ready          {spawned:6.1f} s (all {len(trainees)} started together)")
        print(f"  memory per user server {statistics.mean(memory):6.0f} MB mean, {max(memory):.0f} MB max "
              f"(server + kernel, resident; {len(memory)} servers)")
        print(f"  simulator turn         p50 {statistics.median(turns) * 1000:5.0f} ms, "
              f"p95 {cuts[18] * 1000:5.0f} ms over {len(turns)} turns (all trainees at once; "
              f"{played:.1f} s in all)")
        print(f"  gradebook rows         {rows} present, {len(trainees)} expected")
        for line in errors:
            print(f"  error: {line}")
    finally:
        if hub is not None:
            hub.stop()
        database.stop()


if __name__ == "__main__":
    main()
