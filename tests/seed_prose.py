"""Test data: the prose of seed 001's opening (three speakers, bold, a numbered list and bullets).

The minute-taker types it into the demo workshop's first item in the notes-page test; the
document tests store it directly and check that Word and PDF show it in the seed's shape.
"""

from __future__ import annotations

from facilitator.domain.notes import ListBlock, ListEntry, Notes, Paragraph, Speaker, spans

OLE = ("Store udfordringer på sundhedsområdet. Samspil hvis det skal lykkes. Løbende tættere dialog med "
       "hinanden. Ekstra vigtigt i 2014. Sundhedsaftalen kommer til at forpligte os alle!")
MAAL = "Vi skal ikke i gang med en hensigtserklæring, men med klare mål!"
THOGER = "Rammer for dagen. Præsentation af klyngerne og af de 5 medlemmer af sundhedskoordinationsudvalget."
OPLAEG = "Oplæg vedr.: Optakt til samarbejdet om sundhedsaftaler og praksisplan"
KORT = "Kort fortalt:"
POINTS = ["Flere opgaver skal løses i det nære sundhedsvæsen (forebyggelse frem for indlæggelse).",
          "Styrket fokus på den patientrettede og rehabiliterende indsats",
          "Styrket kommunal indsats forudsætter samarbejde og kvalitet (ens service i de enkelte kommuner)"]
INVEST = "Mange kommuner investerer i den forbindelse i rehabilitering"
BULLETS = ["Styrket indsats hjemtagelse af patienter", "Kompetenceudvikling", "Styrket kronikerindsats"]

SEED_OPENING = Notes((
    Speaker("Ole Stavad", "Tidligere næstformand", "Sundhedskoordinationsudvalget"),
    Paragraph(spans(OLE)),
    Paragraph(spans(MAAL)),
    Speaker("Thøger Michelsen", "Proceskonsulent"),
    Paragraph(spans(THOGER)),
    Speaker("Christian Harsløf", "Kontorchef", "KL"),
    Paragraph(spans(OPLAEG)),
    Paragraph(spans((KORT, True))),
    ListBlock(True, tuple(ListEntry(spans(p)) for p in POINTS)),
    Paragraph(spans(INVEST)),
    ListBlock(False, tuple(ListEntry(spans(b)) for b in BULLETS)),
))
