"""Earlier nominees recalled in the sentence that adds a new one: "Further to our letter of 6
October, in which we nominated Mr X to the XML4IP Task Force and Ms Y to the Legal Status
Task Force, we are pleased to also nominate Mr Z ...", "par lequel nous avons désigné",
"en la que designamos", "которым были выдвинуты", "此前已推荐……，现再推荐", "التي رشحنا
بموجبها". The people the recital names, and their task forces, are context: the clause from
the recalling verb to the sentence's own nominating verb is no nomination.
"""

from __future__ import annotations

import re

from parsers.phrases import SENTENCE_END, VERB, VERB_FIRST

__all__ = ["recital_spans"]

# A relative clause or an adverb putting the nomination in the past.
_RECALL = re.compile(
    r"(?<!\w)(?:(?:in|by|with|under)\s+which\s+(?:we|the\s+\w+(?:\s+\w+)?)\s+(?:had\s+)?"
    r"|whereby\s+we\s+|where\s+we\s+|which\s+|who(?:m)?\s+we\s+(?:had\s+)?"
    r"|we\s+(?:had\s+)?(?:previously|earlier|already)\s+)"
    r"(?:nominated|designated|proposed|put\s+forward)"
    r"|(?<!\w)(?:par|dans|avec)\s+(?:lequel|laquelle|lesquels|lesquelles)\s+(?:nous\s+)?"
    r"(?:avons|avions|a|avait)\s+(?:[ée]t[ée]\s+)?(?:d[ée]sign|propos|nomm)\w*"
    r"|(?<!\w)(?:en|mediante|por|con)\s+(?:la|el|las|los)\s+(?:que|cual|cuales)\s+(?:se\s+)?"
    r"(?:designamos|designaron|design[óo]|propusimos|propuso|nominamos|postulamos|hab[ií]amos\s+designado)"
    r"|(?<!\w)(?:которым|которыми|в\s+котором|где)\s+(?:мы\s+)?(?:был[аио]?\s+)?"
    r"(?:выдвинул\w*|выдвинут\w*|предложил\w*|предложен\w*|назначил\w*|назначен\w*)"
    # "现已推荐" (has now nominated) and "兹已推荐" nominate now.
    r"|(?:此前|之前|先前|曾|(?<!现)(?<!現)(?<!兹)(?<!茲)已)(?:于[^，。；]{1,12}?)?(?:推荐|提名|推薦)"
    r"|(?<!\w)(?:التي|الذي|والتي|والذي)\s+(?:رشحنا|رشحت|رشح|تم\s+ترشيح)\S*"
    r"(?:\s+(?:بموجبها|بموجبه|فيها|فيه|بها|به))?",
    re.IGNORECASE,
)
_VERB = re.compile(VERB_FIRST + "(?:" + VERB + ")", re.IGNORECASE)


def recital_spans(text: str) -> list[tuple[int, int]]:
    """Each clause recalling an earlier nomination in a sentence that nominates anew after
    it: from the recalling words to the sentence's own nominating verb."""
    spans: list[tuple[int, int]] = []
    for recall in _RECALL.finditer(text):
        stop = SENTENCE_END.search(text, recall.end())
        end = stop.start() if stop else len(text)
        verb = _VERB.search(text, recall.end(), end)
        if verb is not None:
            spans.append((recall.start(), verb.start()))
    return spans
