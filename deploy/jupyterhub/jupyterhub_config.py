"""coursekit on a JupyterHub with a shared PostgreSQL gradebook (configuration example).

Load it from your hub configuration, e.g. on The Littlest JupyterHub copy it to
/opt/tljh/config/jupyterhub_config.d/coursekit.py and run `sudo tljh-config reload hub`;
with another JupyterHub add `load_subconfig("/path/to/deploy/jupyterhub/jupyterhub_config.py")`
to your jupyterhub_config.py. It only sets the environment of each user's server:

- COURSEKIT_DB: trainees get the insert-only `coursekit_trainee` role, so the simulator
  and the exercise checks can record their attempts but nobody can read the class's
  results; instructors (COURSEKIT_INSTRUCTORS) get the `coursekit_instructor` role, for
  `coursekit grade`, `coursekit report` and notebooks/instructor/.
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
import os
from urllib.parse import quote

c = get_config()  # noqa: F821  (provided by JupyterHub when it loads this file)

_HOST = os.environ.get("COURSEKIT_DB_HOST", "127.0.0.1")
_PORT = os.environ.get("COURSEKIT_DB_PORT", "5432")
_NAME = os.environ.get("COURSEKIT_DB_NAME", "coursekit")
_INSTRUCTORS = {n.strip() for n in os.environ.get("COURSEKIT_INSTRUCTORS", "").split(",") if n.strip()}


def _gradebook_url(role: str, password_variable: str) -> str:
    password = quote(os.environ[password_variable], safe="")
    return f"postgresql://{role}:{password}@{_HOST}:{_PORT}/{_NAME}"


def coursekit_db(spawner) -> str:
    """The gradebook URL for this user's server: instructor or trainee role."""
    if spawner.user.name in _INSTRUCTORS or spawner.user.admin:
        return _gradebook_url("coursekit_instructor", "COURSEKIT_INSTRUCTOR_PASSWORD")
    return _gradebook_url("coursekit_trainee", "COURSEKIT_TRAINEE_PASSWORD")


def coursekit_trainee(spawner) -> str:
    """The name this user's simulations are recorded under: their hub user name."""
    return spawner.user.name


c.Spawner.environment.update({"COURSEKIT_DB": coursekit_db, "COURSEKIT_TRAINEE": coursekit_trainee})
# open the course's start page (the course folder is cloned into each home, see docs/instructors.md)
c.Spawner.default_url = "/lab/tree/coursekit/notebooks/00_start_here.ipynb"
# Kernels of pages that are gone are shut down after 10 minutes idle; open pages keep theirs.
c.Spawner.args.extend(["--MappingKernelManager.cull_idle_timeout=600",
                      "--MappingKernelManager.cull_interval=60", "--MappingKernelManager.cull_connected=False"])
