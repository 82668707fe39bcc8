# Replaces the contributed hook, which collects every lxml submodule (objectify, html, sax, …:
# about 5 MB). The app reaches lxml only through python-docx, which imports lxml.etree; the
# analysis follows whatever else an imported module really imports.
hiddenimports = []
