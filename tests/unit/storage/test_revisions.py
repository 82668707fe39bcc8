"""The revision ids read without Alembic are the ones Alembic itself sees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from facilitator.storage.database import open_store
from facilitator.storage.migrate import alembic_config
from facilitator.storage.revisions import head_revision, is_known_revision, revision_graph


def test_the_graph_matches_alembics() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert set(revision_graph()) == {script.revision for script in scripts.walk_revisions()}
    assert not is_known_revision("f00dfacade99")


def test_opening_an_existing_file_does_not_import_alembic(tmp_path: Path) -> None:
    """The start-up path stays fast: Alembic is only for creating and upgrading files."""
    path = tmp_path / "w.sqlite"
    open_store(path).close()
    program = (
        "import sys\n"
        "from facilitator.storage.database import open_store\n"
        f"open_store({str(path)!r}).close()\n"
        "print(sorted(name for name in sys.modules if name.startswith('alembic')))\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).parents[3])
    assert result.stdout.strip() == "[]"
