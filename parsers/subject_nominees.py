"""A nominee the subject line names, when the body gives their details without naming them.

Short mail, often from a phone: the subject carries the person ("Désignation de Mme X à
l'équipe ST.26", "推荐：沈佳怡（女士）参加API工作队"), and the body opens "Comme indiqué en
objet", "如题", "see subject", then gives the post and the account without naming anyone.
The subject is then part of the letter: its person is the one the body's details belong to.
Without the pointer the same holds when the subject nominates its one person and the body
gives the account of one person and names no one: whose else could it be.
"""

from __future__ import annotations

import re

from parsers.arabic_spelling import fold_arabic
from parsers.draft_matching import same_person
from parsers.drafts import Found
from parsers.folding import fold
from parsers.models import TaskForceCatalog
from parsers.phrases import has_nominate_verb
from parsers.prose import find_people
from parsers.source_reading import Reading
from parsers.taskforces import find_task_forces

__all__ = ["read_subject", "refers_to_subject"]

# "As in the subject", in the six languages, on folded text (lower case, no accents). The
# letter's own "Subject:"/"Objet :"/"الموضوع:" line is no such phrase: each needs a verb
# or a preposition before the word.
_REFERS = re.compile(
    fold_arabic(
        # English: "as in the subject", "as per subject", "as stated in the subject line",
        # "see subject", "named in the subject".
        r"\bas\s+(?:(?:stated|indicated|mentioned|noted|given|shown|written|specified|per)\s+)?"
        r"(?:in\s+)?(?:the\s+)?subject(?!\s+to\b)"
        r"|\b(?:see|per|refer\s+to)\s+(?:the\s+)?subject\b(?!\s+to\b)"
        r"|\b(?:named|mentioned|indicated|given|stated)\s+in\s+the\s+subject\b"
        # French: "comme indiqué en objet", "cf. objet", "la personne désignée en objet".
        r"|\bcomme\s+en\s+objet\b|\b(?:cf\.?|voir)\s+(?:l'\s*)?objet\b"
        r"|\b(?:indique|mentionne|precise|cite|designe|nomme|annonce|libelle|vise|repris)e?s?"
        r"\s+(?:en|dans\s+l'|a\s+l')\s*objet\b|\bobjet\s+(?:ci-dessus|susmentionne)"
        # Spanish: "según el asunto", "como se indica en el asunto", "ver asunto".
        r"|\b(?:segun|conforme\s+al?|de\s+acuerdo\s+(?:con|al))\s+(?:el\s+)?asunto\b"
        r"|\b(?:indica|menciona|senala|dice|reza|consta|detalla)(?:d[oa]s?)?\s+en\s+el\s+asunto\b"
        r"|\b(?:ver|vease)\s+(?:el\s+)?asunto\b"
        # Russian: "как указано в теме", "см. тему", "согласно теме письма".
        r"|(?<![\u0400-\u04ff])(?:указан|сказан|отмечен|написан|названн|упомянут)\w*\s+в\s+теме"
        r"|(?<![\u0400-\u04ff])(?:как\s+в\s+теме|см\.?\s+тему|согласно\s+теме)(?![\u0400-\u04ff])"
        # Chinese: "如题" ("as the title says"), not inside "例如题目" (for example, the topic).
        r"|(?<![例比假譬诸諸])如(?:题|題|标题|標題|主题|主題|邮件主题|郵件主題)|[见見](?:邮件)?(?:主题|主題|标题|標題)"
        # Arabic: "كما في الموضوع", "كما هو موضح في العنوان", "المذكورة في الموضوع".
        r"|كما\s+(?:هو\s+)?(?:(?:موضح|مبين|مذكور|وارد|ورد|مشار\s+إليه)\s+)?في\s+(?:ال)?(?:موضوع|عنوان)"
        r"|(?:المذكور|الموضح|المبين|الوارد|المشار\s+إليه)[ةه]?\s+في\s+(?:ال)?(?:موضوع|عنوان)"
        r"|حسب\s+(?:ال)?(?:موضوع|عنوان)(?![\u0621-\u064a])"
    )
)


def refers_to_subject(text: str) -> bool:
    """Whether the writer's text points to its subject line for what it says."""
    return bool(_REFERS.search(fold(text)))


def read_subject(reading: Reading, subject: str, body: str, catalog: TaskForceCatalog) -> None:
    """Complete `reading` with the person (or task forces) the subject names, when `body`
    says the subject is where they are. Changes `reading` in place."""
    if not subject.strip():
        return
    drafts = reading.drafts
    if not refers_to_subject(body):
        _account_of_subject_person(reading, subject, catalog)
        return
    named = [d for d in find_people(subject, catalog, source="subject") if d.has_name]
    if len(named) == 1:
        person = named[0]
        twin = next((d for d in drafts if same_person(d, person)), None)
        nameless = [d for d in drafts if not d.has_name]
        if twin is not None:
            twin.absorb(person)
        elif not any(d.has_name for d in drafts) and len(nameless) <= 1:
            # The body's details ("Poste : ...", "账户：...") are those of the one person
            # the subject names.
            if nameless:
                person.absorb(nameless[0])
                drafts[drafts.index(nameless[0])] = person
            else:
                drafts.append(person)
    elif not named and not reading.context_tfs and not any(d.task_forces for d in drafts):
        # "Nomination to the API Task Force" above "As in the subject: Ms X, ...".
        reading.context_tfs = [
            Found(hit.name, hit.start, hit.end, "subject", hit.text)
            for hit in find_task_forces(subject, catalog)
        ]
        reading.context_source = "subject"
    reading.verb = reading.verb or has_nominate_verb(subject)


def _account_of_subject_person(reading: Reading, subject: str, catalog: TaskForceCatalog) -> None:
    """ "Nomination of Ms X to the API Task Force" above a body giving one person's username or
    account address and naming nobody: that account is hers. find_people only returns a
    person the subject nominates ("Letter from Mr X" names no nominee); a body naming anyone,
    or giving two accounts, keeps its own reading."""
    drafts = reading.drafts
    if any(d.has_name for d in drafts):
        return
    accounts = [d for d in drafts if "username" in d.values or "account_email" in d.values]
    if len(accounts) != 1 or len(drafts) != 1:
        return
    named = [d for d in find_people(subject, catalog, source="subject") if d.has_name]
    if len(named) != 1:
        return
    person = named[0]
    person.absorb(accounts[0])
    drafts[0] = person
    reading.verb = True
