"""``python -m facilitator`` and the ``facilitator`` command."""

from __future__ import annotations

import sys

# The database stack is imported before anything imports PySide6: PySide6 installs an import hook
# that reads the source of every module imported after it, which made start-up ~0.4 s slower.
import facilitator.storage.models  # noqa: F401,I001  (order matters, see above)
from facilitator.cli import main

if __name__ == "__main__":
    sys.exit(main())
