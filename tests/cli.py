"""``python -m tests.cli ...``: the command line with the test stand-ins registered.

For tests that run ``assistant`` in a subprocess (to kill it, or to run two at
once) on the hashing embedder.
"""

import sys

from assistant.cli import main
from tests import fakes

if __name__ == "__main__":
    fakes.register()
    sys.exit(main())
