"""A smaller ICU data library for the Linux app, cut to what the app's Qt asks ICU for.

Qt for Linux (the PySide6 wheel) carries ICU, whose ``libicudata.so.NN`` is nothing but one
data blob, the symbol ``icudtNN_dat``: 32 MB for ICU 73, most of the app. Qt calls only a few
ICU services (today collation, time zone names, converters and case mapping), and of the
locales only the app's languages matter. So the build lists the ICU functions the kept
binaries import, drops the data of every service none of them calls and the locales of other
languages, and links a replacement library with the same soname and symbol:

- ICU's own ``icupkg`` (Debian: icu-devtools) removes the items and checks that what stays
  still has every item it depends on; that it rewrites this ICU's data unchanged is checked
  first, as icupkg may come from an older ICU than Qt's.
- binutils' ``as`` (``.incbin``) and ``ld`` make the library, so no C compiler is needed.

A dropped locale falls back to ICU's root data, as any locale ICU does not know does (a
Japanese system sorts file names by the root collation); the app's languages behave exactly
as with the full data (tests/integration/test_built_app.py compares them). Windows and macOS
builds carry no ``libicudata.so`` and are left as they are.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import struct
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# The app's languages: its own (Danish, English), those of the programmes it reads (Norwegian,
# Swedish, German, French) and the rest of the Nordic countries' (Finnish, Icelandic, Faroese,
# Greenlandic), whose consultants' laptops may run in them.
LANGUAGES = frozenset({"da", "en", "nb", "nn", "no", "sv", "fi", "is", "fo", "kl", "de", "fr"})

# The converters kept when Qt uses ICU's (the text it cannot decode itself, e.g. a pasted HTML
# page declaring its charset): the 8-bit encodings of Western and Nordic text. UTF-8/16/32,
# ASCII and ISO-8859-1 are built into ICU's code and need no data.
CONVERTERS = {
    "ibm-5348_P100-1997.cnv": "windows-1252",
    "ibm-5346_P100-1998.cnv": "windows-1250",
    "ibm-923_P100-1998.cnv": "ISO-8859-15",
    "ibm-912_P100-1995.cnv": "ISO-8859-2",
    "ibm-850_P100-1995.cnv": "IBM850",
    "ibm-865_P100-1995.cnv": "IBM865",
    "macos-0_2-10.2.cnv": "macintosh",
}


@dataclass(frozen=True)
class Service:
    """An ICU service: the C functions that use it, and the data items only it reads."""

    name: str
    functions: tuple[str, ...]  # name prefixes, without ICU's version suffix
    items: tuple[str, ...]  # fnmatch patterns of item names


SERVICES = (
    Service("break iteration", ("ubrk_",), ("brkitr/*",)),
    Service("transliteration", ("utrans_",), ("translit/*",)),
    Service("number and date formatting",
            ("unum_", "unumf_", "udat_", "udatpg_", "umsg_", "ureldatefmt_", "ulistfmt_", "umeas"),
            ("rbnf/*", "unit/*", "curr/*")),
    Service("currencies", ("ucurr_",), ("curr/*",)),
    Service("display names", ("uldn_", "uloc_getDisplay", "udat_"), ("lang/*", "region/*")),
    # Time zone names in the generic form say the region ("Danmark-tid").
    Service("time zone names", ("ucal_", "udat_"), ("zone/*", "region/*")),
    Service("collation", ("ucol_", "usearch_"), ("coll/*",)),
    Service("converters", ("ucnv_",), ("*.cnv",)),
    Service("character names", ("u_charName", "u_charFromName", "u_enumCharNames"), ("unames.icu",)),
    Service("spoof checks", ("uspoof_",), ("confusables*.cfu",)),
    Service("stringprep", ("usprep_",), ("*.spp",)),
    Service("IDNA", ("uidna_",), ("uts46.nrm",)),
)

_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
_NOT_LOCALES = {"root.res", "pool.res", "res_index.res"}
_DATA_SYMBOL = re.compile(rb"^icudt(\d+)_dat$")


def items_to_remove(items: Iterable[str], functions: set[str]) -> list[str]:
    """The items of ICU's data that ``functions`` (ICU functions in use) never read.

    Items of no service (character properties, likely subtags, time zone rules, calendar and
    plural data) stay whatever is called.
    """
    used = [service for service in SERVICES if any(name.startswith(service.functions) for name in functions)]
    unused = [service for service in SERVICES if service not in used]
    return [item for item in items if not _kept(item, used, unused)]


def _kept(item: str, used: list[Service], unused: list[Service]) -> bool:
    def owned_by(services: list[Service]) -> bool:
        return any(fnmatch.fnmatchcase(item, pattern) for service in services for pattern in service.items)

    if owned_by(unused) and not owned_by(used):
        return False
    leaf = item.rsplit("/", 1)[-1]
    if leaf.endswith(".cnv"):
        return leaf in CONVERTERS
    match = _LOCALE.match(leaf)
    return leaf in _NOT_LOCALES or match is None or match.group(1) in LANGUAGES


# ---- reading ELF shared libraries (64-bit little-endian: Linux on x86-64 and arm64) --------

@dataclass(frozen=True)
class _Symbol:
    name: bytes
    defined: bool
    offset: int  # in the file, for a defined symbol
    size: int


def _dynamic_symbols(data: bytes) -> Iterator[_Symbol]:
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + index * shentsize) for index in range(shnum)]
    for _, kind, _, _, offset, size, link, _, _, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for at in range(offset + entsize, offset + size, entsize):  # entry 0 is the null symbol
            name_at, _, _, index, value, length = struct.unpack_from("<IBBHQQ", data, at)
            name = data[strings + name_at:data.index(b"\0", strings + name_at)]
            if index == 0:
                yield _Symbol(name, False, 0, length)
            elif index < len(sections):
                _, _, _, address, section_offset, *_ = sections[index]
                yield _Symbol(name, True, value - address + section_offset, length)


def icu_functions(binaries: Iterable[Path], version: str) -> set[str]:
    """The ICU functions (``ucol_open``, …) the given binaries import, without ``_NN``."""
    suffix = f"_{version}".encode()
    names = set()
    for path in binaries:
        for symbol in _dynamic_symbols(path.read_bytes()):
            if not symbol.defined and symbol.name.endswith(suffix):
                names.add(symbol.name[:-len(suffix)].decode())
    return names


def data_blob(library: Path) -> tuple[str, bytes] | None:
    """ICU's version and data in ``library`` (a ``libicudata.so``), or None if it holds none."""
    data = library.read_bytes()
    for symbol in _dynamic_symbols(data):
        match = _DATA_SYMBOL.match(symbol.name)
        if symbol.defined and match:
            return match.group(1).decode(), data[symbol.offset:symbol.offset + symbol.size]
    return None


# ---- making the library ----------------------------------------------------------------------

_DATA_LIBRARY = re.compile(r"^libicudata\.so\.\d+$")
Binary = tuple[str, str, str]  # PyInstaller's (destination, source, kind)


def with_trimmed_data(binaries: list[Binary], work: Path) -> list[Binary]:
    """PyInstaller's binaries with ``libicudata.so.NN`` replaced by its trimmed copy.

    Unchanged where there is no such library (Windows, macOS) or the tools are missing (said).
    """
    data = [entry for entry in binaries if _DATA_LIBRARY.match(Path(entry[0]).name)]
    if not data:
        return binaries
    destination, source, kind = data[0]
    clients = [Path(entry[1]) for entry in binaries if not Path(entry[0]).name.startswith("libicu")]
    try:
        library, removed = trimmed_library(Path(source), clients, work)
    except IcuToolMissing as error:
        print(f"WARNING: ICU data not trimmed, the app is {Path(source).stat().st_size // 1_000_000} MB "
              f"larger: {error}")
        return binaries
    print(f"ICU data: {Path(source).stat().st_size / 1e6:.1f} MB -> {library.stat().st_size / 1e6:.1f} MB "
          f"({len(removed)} items left out; {work / 'remove.txt'})")
    return [(destination, str(library), kind) if entry == data[0] else entry for entry in binaries]


class IcuToolMissing(RuntimeError):
    """icupkg or binutils is not installed; the full ICU data is shipped instead."""


def trimmed_library(library: Path, clients: Iterable[Path], work: Path) -> tuple[Path, list[str]]:
    """A copy of ``library`` holding only the data ``clients`` (binaries linking ICU) can read.

    Returns the new library and the names of the removed items.
    """
    found = data_blob(library)
    if found is None:
        raise ValueError(f"{library} holds no ICU data symbol")
    version, blob = found
    tools = {name: shutil.which(name) for name in ("icupkg", "as", "ld")}
    missing = sorted(name for name, path in tools.items() if path is None)
    if missing:
        raise IcuToolMissing(f"{', '.join(missing)} not found (Debian: apt-get install icu-devtools binutils)")
    if work.exists():
        shutil.rmtree(work)
    (work / "full").mkdir(parents=True)
    (work / "trimmed").mkdir()
    package = f"icudt{version}l.dat"  # icupkg checks the file name against the items' prefix
    full = work / "full" / package
    full.write_bytes(blob)
    _check_icupkg_round_trip(tools["icupkg"], full, work)
    listed = _run(tools["icupkg"], "-l", str(full)).split()
    removed = items_to_remove(listed, icu_functions(clients, version))
    (work / "remove.txt").write_text("\n".join(removed) + "\n", encoding="utf-8")
    trimmed = work / "trimmed" / package
    _run(tools["icupkg"], "-r", str(work / "remove.txt"), str(full), str(trimmed))
    kept = set(_run(tools["icupkg"], "-l", str(trimmed)).split())
    if kept != set(listed) - set(removed):
        raise RuntimeError("icupkg did not remove exactly the items asked")
    return _link(tools["as"], tools["ld"], library.name, f"icudt{version}_dat", trimmed, work), removed


def _check_icupkg_round_trip(icupkg: str, full: Path, work: Path) -> None:
    """icupkg rewrites this ICU's data byte for byte, so it reads its format right."""
    copy = work / "round-trip" / full.name
    copy.parent.mkdir()
    _run(icupkg, "-w", str(full), str(copy))
    if copy.read_bytes() != full.read_bytes():
        raise RuntimeError(f"{icupkg} does not rewrite this ICU's data unchanged: too old for it?")
    shutil.rmtree(copy.parent)


def _link(assembler: str, linker: str, soname: str, symbol: str, data: Path, work: Path) -> Path:
    source = work / "icudata.S"
    source.write_text(
        "    .section .rodata\n"
        f"    .globl {symbol}\n"
        f"    .type {symbol}, @object\n"
        "    .balign 16\n"
        f"{symbol}:\n"
        f'    .incbin "{data}"\n'
        f"    .size {symbol}, . - {symbol}\n"
        '    .section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8")
    objects = work / "icudata.o"
    library = work / soname
    _run(assembler, "-o", str(objects), str(source))
    _run(linker, "-shared", "-soname", soname, "-o", str(library), str(objects))
    return library


def _run(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()[-2000:]}")
    return result.stdout
