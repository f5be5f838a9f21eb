"""How sentences name the journey's stages: the words of each stage (first match wins), and the short forms a
count or a step is written with. The sentence reader and the scope reader share them."""

from __future__ import annotations

STAGE_WORDS = [
    ("mql", r"mqls?|marketing qualified leads?|lead qualificati dal marketing|lead qualificati|contatti qualificati"
            r"|qualified leads?"),
    ("sql", r"sqls?|sales qualified leads?|lead qualificati dalle vendite|lead accettati"),
    ("opportunity", r"opportunita|opportunities|opportunity|trattative|trattativa|deals?|pipeline|opps?|oppty"),
    ("customer", r"nuovi clienti|clienti|cliente|new customers|customers?|contratti firmati|contratti|contracts"
                 r"|vendite|sales|ordini|orders|new logos|logos|nuovi loghi|new clients|clients?|commesse|commessa"
                 r"|gare vinte|gare|bandi vinti|appalti|public tenders|tenders?"),
    ("lead", r"leads?|contatti|contatto|nominativi|prospects?|new contacts|contacts|richieste di preventivo"
             r"|richieste|requests for quote|quote requests"),
]
# any stage's words, as one pattern
STAGE_ANY = "|".join(f"(?:{words})" for _, words in STAGE_WORDS)
# the short forms a count or a step is written with ("110 MQL", "MQL-SQL")
STAGE_TOKENS = r"mqls?|sqls?|leads?|opportunit[àa]|opportunit(?:y|ies)|opps?|clienti|cliente|customers?"
