"""Package discovery that pyproject.toml alone cannot express.

The top-level ``resources/`` folder is shipped as the package ``facilitator.resources`` so that an
installed wheel reads templates, translations and the Word template through importlib. Automatic
discovery cannot find a package that exists only through a mapping, and package-data globs in
older setuptools do not recurse, so both are listed here.
"""

from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).parent
RESOURCES = ROOT / "resources"

setup(
    packages=find_packages(include=["facilitator", "facilitator.*"]) + ["facilitator.resources"],
    package_dir={"facilitator.resources": "resources"},
    package_data={
        "facilitator.resources": [
            str(path.relative_to(RESOURCES)) for path in RESOURCES.rglob("*")
            if path.is_file() and path.suffix not in {".py", ".pyc"}
        ],
        "facilitator.storage": ["migrations/*.mako", "migrations/versions/*.py"],
    },
)
