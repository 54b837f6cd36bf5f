"""coursekit on a JupyterHub with a shared PostgreSQL gradebook (configuration example).

Load it from your hub configuration, e.g. on The Littlest JupyterHub copy it to
/opt/tljh/config/jupyterhub_config.d/coursekit.py and run `sudo tljh-config reload hub`;
with another JupyterHub add `load_subconfig("/path/to/deploy/jupyterhub/jupyterhub_config.py")`
to your jupyterhub_config.py. It only sets the environment of each user's server:

- COURSEKIT_DB: each trainee gets their own PostgreSQL login, made (or given a fresh
  password) by `coursekit_enrol()` just before their server starts; row-level security
  lets it add attempts under the trainee's own name only and read only the trainee's
  own rows. Instructors (COURSEKIT_INSTRUCTORS, or hub admins) get `coursekit_instructor`,
  for `coursekit grade`, `coursekit report` and instructor/. The hub needs psycopg
  (`pip install 'psycopg[binary]'`) to enrol trainees.
- COURSEKIT_TRAINEE: the hub user name, so the simulator records every conversation
  under the same name as the trainee's graded folder (submitted/<user>/) without anyone
  typing it.
- the start page of the course;
- kernel culling sized for a class: a kernel whose page is gone (closed without saying so,
  a laptop shut) is shut down after 10 minutes without activity; a kernel with an open page
  is kept. Sizing per trainee server: docs/instructors.md.

The hub reads the passwords from its own environment (see coursekit.env.example); they
are never written into this file.
"""
import hashlib
import hmac
import os
from urllib.parse import quote

c = get_config()  # noqa: F821  (provided by JupyterHub when it loads this file)

_HOST = os.environ.get("COURSEKIT_DB_HOST", "127.0.0.1")
_PORT = os.environ.get("COURSEKIT_DB_PORT", "5432")
_NAME = os.environ.get("COURSEKIT_DB_NAME", "coursekit")
_INSTRUCTORS = {n.strip() for n in os.environ.get("COURSEKIT_INSTRUCTORS", "").split(",") if n.strip()}


def _gradebook_url(role: str, password: str) -> str:
    return f"postgresql://{quote(role, safe='')}:{quote(password, safe='')}@{_HOST}:{_PORT}/{_NAME}"


def is_instructor(spawner) -> bool:
    """Whether this user's server gets the instructor's gradebook role."""
    return spawner.user.name in _INSTRUCTORS or bool(spawner.user.admin)


def trainee_password(name: str) -> str:
    """The trainee's database password: derived from the hub's secret, never stored or shown."""
    secret = os.environ["COURSEKIT_TRAINEE_SECRET"].encode()
    return hmac.new(secret, name.encode("utf-8"), hashlib.sha256).hexdigest()


def enrol(spawner) -> None:
    """Before a server starts: give it its gradebook URL (the trainee's own login, made here)."""
    instructor = _gradebook_url("coursekit_instructor", os.environ["COURSEKIT_INSTRUCTOR_PASSWORD"])
    if is_instructor(spawner):
        spawner.environment["COURSEKIT_DB"] = instructor
        return
    import psycopg

    password = trainee_password(spawner.user.name)
    with psycopg.connect(instructor, autocommit=True, connect_timeout=10) as conn:
        role = conn.execute("SELECT coursekit_enrol(%s, %s)", (spawner.user.name, password)).fetchone()[0]
    spawner.environment["COURSEKIT_DB"] = _gradebook_url(role, password)


def coursekit_trainee(spawner) -> str:
    """The name this user's simulations are recorded under: their hub user name."""
    return spawner.user.name


c.Spawner.pre_spawn_hook = enrol
c.Spawner.environment.update({"COURSEKIT_TRAINEE": coursekit_trainee})
# open the course's start page (the course folder is cloned into each home, see docs/instructors.md)
c.Spawner.default_url = os.environ.get("COURSEKIT_START_URL", "/lab/tree/coursekit/notebooks/00_start_here.ipynb")
# Kernels of pages that are gone are shut down after 10 minutes idle; open pages keep theirs.
c.Spawner.args.extend(["--MappingKernelManager.cull_idle_timeout=600",
                      "--MappingKernelManager.cull_interval=60", "--MappingKernelManager.cull_connected=False"])
