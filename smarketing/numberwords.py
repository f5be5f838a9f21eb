"""Numbers written in words ("venti nuovi clienti", "entro sei mesi", "fifty thousand euros") as digits, for
the objective reader, which reads digits.

text2num reads Italian and English number words; what it cannot be trusted with is kept as written: a word
with a capital inside the sentence is a name (the fair of Cento, the brand Tre), "sei" after "se", "non",
"tu"... is the verb, ordinals name periods ("il quarto trimestre"), a scale word after digits is read with
them, and a sentence with a half ("un milione e mezzo", "half a million") is left alone, as text2num would
turn it into the wrong amount."""

from __future__ import annotations

import re

# "sei" after these is "you are", not six
_VERB_SEI = re.compile(r"\b(?:se|non|tu|ci|chi|che|ne|gia|già|ora|quando|come)\s+sei\b", re.IGNORECASE)
# a capitalised word not at the start of the sentence or of a clause: a name
_NAME = re.compile(r"(?<=[\w,;)]\s)[A-ZÀ-Ý][\w'’]*")
# a scale word after digits ("1,2 milioni", "2.5 million") the reader reads already, where text2num would make it a
# number of its own ("2.5 1000000"); a plural with no number ("millions of euros") is no amount
_SCALE = re.compile(r"(?<=\d)\s*(?:milion[ei]|millions?|mila|thousands?|mln|miliard[oi]|billions?)\b"
                    r"|\b(?:millions|thousands|hundreds|billions)\b", re.IGNORECASE)
_HALF = re.compile(r"\b(?:mezz[oa]|half)\b", re.IGNORECASE)
# ordinals stay words: "il quarto trimestre" is a period the deadline reader knows, not "il 4º trimestre"
_ORDINAL = re.compile(r"\b(?:(?:prim|second|terz|quart|quint|sest|settim|ottav|non|decim)[oaie]|\w+esim[oaie]"
                      r"|first|second|third|\w+th)\b", re.IGNORECASE)
# "per cento" would become "per 100": kept whole so the reader sees a percent sign in words
_PERCENT = re.compile(r"\bper\s+cento\b", re.IGNORECASE)
# text2num leaves numbers under three alone ("due" is also "owed", "one" a pronoun); before a unit or a stage they
# can only be the number: "di due punti", "entro due mesi", "two new customers", "up one point"
_TWO = re.compile(r"\b(?:due|two)(?=\s+(?:nuov[ie]\s+|new\s+)?(?:punti|points|pts|mesi|settimane|giorni|trimestri"
                  r"|semestri|anni|months|weeks|days|quarters|years|clienti|customers)\b)", re.IGNORECASE)
_ONE = re.compile(r"\b(?:un|uno|one|a)(?=\s+(?:punto|point|pt)\b)", re.IGNORECASE)
_MARK = 0xF0000          # Unicode's supplementary private use area: never in a sentence a person types
# "una trentina", "un centinaio", "un migliaio": about that many, as the reader reads "circa 30"
_ABOUT = {"decina": 10, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50, "sessantina": 60,
          "settantina": 70, "ottantina": 80, "novantina": 90, "centinaio": 100, "migliaio": 1000}
_COLLECTIVE = re.compile(r"\b(?:(?:almeno|at least)\s+)?(?:un|una)\s+(" + "|".join(_ABOUT) + r")\b", re.IGNORECASE)
# halves of a scale written out: "mezzo milione", "un milione e mezzo", "half a million"; "a dozen"
_HALVES = ((re.compile(r"\bmezzo\s+milione\b|\bhalf\s+a\s+million\b", re.IGNORECASE), "500.000"),
           (re.compile(r"\b(?:un|1)\s+milione\s+e\s+mezzo\b|\b(?:one|a|1)\s+and\s+a\s+half\s+million\b",
                       re.IGNORECASE), "1.500.000"),
           (re.compile(r"\ba\s+dozen\b", re.IGNORECASE), "12"))


def digits(text: str) -> str:
    """The text with its number words as digits, or the text as it is when they cannot be read safely."""
    from text_to_num import alpha2digit

    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        # one private-use character per kept piece: a word to text2num, with no digit it could join to a number
        kept.append(m[0])
        return chr(_MARK + len(kept) - 1)

    text = _COLLECTIVE.sub(lambda m: m[0][:m.start(1) - m.start(0)].split()[0] + " " + str(_ABOUT[m[1].lower()])
                           if re.match(r"(?i)almeno|at", m[0]) else f"circa {_ABOUT[m[1].lower()]}", text)
    for pattern, written in _HALVES:
        text = pattern.sub(written, text)
    masked = _PERCENT.sub("percento", text)
    masked = _ONE.sub("1", _TWO.sub("2", masked))
    masked = _VERB_SEI.sub(keep, masked)
    masked = _NAME.sub(keep, masked)
    masked = _ORDINAL.sub(keep, masked)
    masked = _SCALE.sub(keep, masked)
    if _HALF.search(text) or any(ord(c) >= _MARK for c in text):
        return text
    converted = alpha2digit(alpha2digit(masked, "it"), "en")
    return re.sub(f"[{chr(_MARK)}-{chr(_MARK + 0xFFFD)}]", lambda m: kept[ord(m[0]) - _MARK], converted)
