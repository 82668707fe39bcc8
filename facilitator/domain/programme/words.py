"""Words that give a line its role: day headings, the day's closing line, presenters.

Danish, Norwegian, Swedish, German, French and English, as organisers write them.
"""

from __future__ import annotations

import re

_WEEKDAYS = (
    ("mandag", "måndag", "montag", "lundi", "monday", "man", "mon", "mo"),
    ("tirsdag", "tisdag", "dienstag", "mardi", "tuesday", "tirs", "tis", "tue", "tues", "di"),
    ("onsdag", "mittwoch", "mercredi", "wednesday", "ons", "wed", "mi"),
    ("torsdag", "donnerstag", "jeudi", "thursday", "tors", "tor", "thu", "thur", "thurs", "do"),
    ("fredag", "freitag", "vendredi", "friday", "fre", "fri", "fr"),
    ("lørdag", "lördag", "laurdag", "samstag", "sonnabend", "samedi", "saturday", "lør", "lör", "sat", "sa"),
    ("søndag", "söndag", "sundag", "sonntag", "dimanche", "sunday", "søn", "sön", "sun", "so"),
)
_WEEKDAY_INDEX = {name: index for index, names in enumerate(_WEEKDAYS) for name in names}
_FULL_WEEKDAYS = "|".join(name for names in _WEEKDAYS for name in names if len(name) > 3)
_MONTHS = (r"jan(?:uar|uary|vier|uari)?|feb(?:ruar|ruary|ruari)?|f[ée]v(?:rier)?|m[aä]r(?:ts|s|z|ch)?|"
           r"apr(?:il)?|avr(?:il)?|ma[ijy]|jun[ie]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust|usti)?|ao[uû]t|"
           r"sep(?:t|tember|tembre)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember)?|d[ée]c(?:embre)?|"
           r"desember")
_DATE = (rf"(?:\d{{1,2}}(?:\.|st|nd|rd|th|er)?\s*(?:{_MONTHS})\.?(?:\s+\d{{4}})?|(?:{_MONTHS})\.?\s+\d{{1,2}}"
         rf"(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?|"
         rf"\d{{4}}-\d{{2}}-\d{{2}})")
_DAY_OF_MONTH = r"\d{1,2}(?:\.|st|nd|rd|th|er)?"
_PART = (r"morgen|formiddag|eftermiddag|aften|middag|formiddagen|eftermiddagen|förmiddag|eftermiddag|kväll|"
         r"ettermiddag|kveld|vormittag|nachmittag|abend|matin|après-midi|apres-midi|soir|soirée|morning|"
         r"afternoon|evening")
_ORDINALS = (r"første|anden|andre|tredje|fjerde|første|andra|tredje|fjärde|erste|erster|zweite|zweiter|dritte|"
             r"dritter|vierte|première|premier|deuxième|seconde|troisième|first|second|third|fourth|"
             r"en|et|to|tre|fire|ett|två|fyra|eins|zwei|drei|vier|un|deux|trois|one|two|three|four")
_DAY_WORDS = r"dag|dagen|day|tag|jour|journée"
_TAIL = (rf"(?:\s*[:–—,\-(]\s*[^:]{{0,50}}|\s+(?:{_FULL_WEEKDAYS})\b[^:]{{0,40}}|"
         rf"\s+(?:den\s+|le\s+)?(?:{_DATE})[^:]{{0,30}})?")
_FILLER = r"(?:den|d\.|le|the|der|am|,|-|–|—)"
_DAY = re.compile(
    rf"^(?:"
    rf"(?P<weekday>{_FULL_WEEKDAYS})\b\.?(?P<wtail>(?:\s*{_FILLER})*(?:\s*(?:{_DATE}|{_DAY_OF_MONTH}))?"
    rf"(?:\s*(?:{_PART}))?)"
    rf"|(?:{_DAY_WORDS})\s+(?P<number>\d{{1,2}}|{_ORDINALS})\b(?P<ntail>{_TAIL})"
    rf"|(?P<ordinal>\d{{1,2}}\.|{_ORDINALS})\s+(?:{_DAY_WORDS})\b(?P<otail>{_TAIL})"
    rf"|(?:(?:den|le|the|am)\s+)?(?P<date>{_DATE})(?P<dtail>\s*(?:{_PART})?)"
    rf")\s*[:.]?$",
    re.IGNORECASE,
)
_DATE_NUMBERS = re.compile(r"\d{1,2}")
_CLOSING = re.compile(
    r"^(?:(?:the\s+)?(?:slut|slutt|ende|end|fin|close|closing|finish|afslutning|avslutning|schluss|"
    r"tak\s+for\s+i\s*dag|takk\s+for\s+i\s*dag|tack\s+för\s+i\s*dag|merci|thank\s+you|thanks|farvel|"
    r"hjemrejse|hjemtur|afrejse|departure|abreise|départ|clôture|cloture|dagen\s+slutter|dagen\s+slutt|"
    r"dagen\s+avslutas|day\s+ends|veranstaltungsende)"
    r"(?:\s+(?:of\s+(?:the\s+)?(?:day|workshop|conference|seminar|meeting|programme|program)|"
    r"de\s+(?:la\s+)?(?:journée|journee|séance|conférence)|der\s+veranstaltung|des\s+tages|"
    r"på\s+dagen|for\s+i\s*dag|for\s+today|og\s+tak|and\s+thanks|und\s+danke|og\s+farvel))?"
    r"(?:\s*(?:/|og|and|und|et|och|&)\s*(?:tak|takk|tack|thanks|goodbye|danke|merci|farvel|hjemrejse|"
    r"hjemtur|afrejse|departure|abreise|départ))?|fin)[\s.!]*$",
    re.IGNORECASE,
)
_PRESENTER = re.compile(r"\s(?:v/|v\.\s|ved\s+(?=[A-ZÆØÅ])|by\s+(?=[A-Z])|par\s+(?=[A-ZÉ])|av\s+(?=[A-ZÆØÅÄÖ])|"
                        r"von\s+(?=[A-ZÄÖÜ]))")
_MAX_HEADING_WORDS = 8


def day_heading(text: str) -> tuple[str, ...] | None:
    """``None`` unless ``text`` is a day heading; else a key saying which day it names.

    Two headings with the same key ("Mardi matin", "Mardi après-midi") are parts of one day.
    """
    if len(text) > 80 or len(text.split()) > _MAX_HEADING_WORDS:
        return None
    match = _DAY.match(text.strip())
    if not match:
        return None
    if match["weekday"]:
        return ("weekday", str(_WEEKDAY_INDEX[match["weekday"].lower()]))
    if match["number"] or match["ordinal"]:
        number = (match["number"] or match["ordinal"]).rstrip(".").lower()
        return ("number", number)
    if not any(ch.isdigit() for ch in match["date"]):
        return None
    return ("date", *_DATE_NUMBERS.findall(match["date"])[:2])


def is_closing(title: str) -> bool:
    """The words of a line that only says the day ends ("Slut", "Tak for i dag", "End of day", "fin")."""
    return bool(_CLOSING.match(title.strip()))


def split_presenter(text: str) -> tuple[str, str]:
    """``"Oplæg om data v/ Anne Holm"`` → ("Oplæg om data", "Anne Holm")."""
    match = _PRESENTER.search(text)
    if not match or not text[match.end():].strip():
        return text, ""
    return text[: match.start()].strip(), text[match.end():].strip()
