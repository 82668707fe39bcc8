"""Fill a Qt .ts file from a JSON dictionary {source text: translation} and report what is missing.

Usage: python tools/fill_translations.py resources/translations/AREA_da.ts translations.json

Translators can of course use Qt Linguist instead; this keeps the .ts the single source of truth
when the translations are written by a developer in a text editor.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, mapping: dict[str, object]) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        value = mapping.get(source)
        if value is None:
            if translation.get("type") == "unfinished":
                missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if isinstance(value, list):  # plural forms
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = str(value)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as handle:
        left = fill(sys.argv[1], json.load(handle))
    for source in left:
        print(f"untranslated: {source}")
    sys.exit(1 if left else 0)
