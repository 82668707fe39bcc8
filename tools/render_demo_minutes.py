"""Render page 1 of the demo workshop's minutes to ``docs/minutes-page1.png`` (for the README).

Needs LibreOffice (``soffice``) and poppler's ``pdftoppm``; the picture uses whatever fonts the
machine has (``fonts-crosextra-carlito`` stands in for Calibri). Run from the repository root:
``python tools/render_demo_minutes.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "minutes-page1.png"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from facilitator.export.charts import ensure_gui_application
    from facilitator.export.minutes import export_minutes
    from facilitator.services.reading import ReadingService
    from facilitator.services.templates import TemplateService
    from facilitator.storage.database import open_store

    ensure_gui_application()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        store = open_store(work / "demo.sqlite")
        try:
            workshop_id, _ = TemplateService(store).create_demo()
            docx_path = export_minutes(ReadingService(store).read(workshop_id), work / "referat.docx")
        finally:
            store.close()
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work / 'lo'}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(work), str(docx_path)], check=True,
                       capture_output=True)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(work / "referat.pdf"), str(work / "page")], check=True)
        TARGET.parent.mkdir(exist_ok=True)
        shutil.copyfile(work / "page.png", TARGET)
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
