"""`python -m coursekit` is the same as the `coursekit` command."""
import sys

from coursekit.cli import main

sys.exit(main())
