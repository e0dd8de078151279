"""The office a nomination names, when the signature says more than the sentence does.

- A sentence naming the office by its short name ("IPOS is pleased to nominate", "L'OMPIC
  a l'honneur", "La OEPM propone", "ФИПС выдвигает") over a signature line whose words
  spell that short name ("Intellectual Property Office of Singapore"): the clerk writes
  the full name. Chinese and Arabic letters name their offices in full, with no initials.
- A signature line giving the signer's post as an assistant's or adviser's ("Assistant
  Director, Industrial Property Department", "معاون مدير قسم الملكية الصناعية", "Conseiller
  ...", "Asesora ...", "Советник ...", "助理...") is his post, no office, even when it names
  an IP department; the office is the line under it.

Near misses: a signature line that does not spell the short name leaves the short name;
a short name spelled out nowhere stays as written.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.short_office_names import initials_spell
from parsers.signature_offices import signature_office
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def office(body: str) -> str | None:
    return parse(body).office


# --- a short name in the sentence, spelled out in the signature ---------------------------

_SHORT_NAMED = {
    "en": (
        "Dear CWS Secretariat,\n\nWith reference to Circular C. CWS 175, {short} is pleased "
        "to nominate Mr John Smith, Senior Patent Examiner, to the Sequence Listings Task "
        "Force (WIPO username: jsmith; e-mail: john.smith@office.example).\n\n"
        "Best regards,\nJane Doe\nDirector\n{full}\n"
    ),
    "fr": (
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, {short} a l'honneur de "
        "désigner M. Jean Dupont, examinateur principal, auprès de l'Équipe d'experts chargée "
        "du listage des séquences (nom d'utilisateur : jdupont ; courriel : "
        "jean.dupont@office.example).\n\nCordialement,\nMarie Martin\nDirectrice\n{full}\n"
    ),
    "es": (
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, {short} propone al Sr. "
        "Juan Pérez, examinador principal, para el Equipo Técnico de Listas de Secuencias "
        "(nombre de usuario: jperez; correo: juan.perez@office.example).\n\n"
        "Atentamente,\nAna García\nDirectora\n{full}\n"
    ),
    "ru": (
        "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 {short} выдвигает "
        "Иванова Ивана Ивановича, главного эксперта, в Целевую группу по перечням "
        "последовательностей (имя пользователя: iivanov; адрес: i.ivanov@office.example).\n\n"
        "С уважением,\nПетрова Анна\nначальник отдела\n{full}\n"
    ),
}

_NAMES = {
    "en": ("IPOS", "Intellectual Property Office of Singapore"),
    "fr": ("l'OMPIC", "Office Marocain de la Propriété Industrielle et Commerciale"),
    "es": ("la OEPM", "Oficina Española de Patentes y Marcas"),
    "ru": ("ФИПС", "Федеральный институт промышленной собственности"),
}


@pytest.mark.parametrize("lang", sorted(_SHORT_NAMED))
def test_short_name_in_sentence_is_spelled_out_by_signature(lang: str) -> None:
    short, full = _NAMES[lang]
    assert office(_SHORT_NAMED[lang].format(short=short, full=full)) == full


def test_signature_line_not_spelling_the_short_name_leaves_it() -> None:
    body = _SHORT_NAMED["en"].format(short="IPOS", full="Ministry of Law")
    assert office(body) == "IPOS"


@pytest.mark.parametrize(
    ("short", "name", "spells"),
    [
        ("IPOS", "Intellectual Property Office of Singapore", True),
        ("OEPM", "Oficina Española de Patentes y Marcas", True),
        ("INPI", "Institut National de la Propriété Industrielle", True),
        ("UKIPO", "UK Intellectual Property Office", True),
        ("ФИПС", "Федеральный институт промышленной собственности", True),
        ("IPOS", "International Engagement Department", False),
        ("IPOS", "Singapore", False),
    ],
)
def test_initials_spell(short: str, name: str, spells: bool) -> None:
    assert initials_spell(short, name) is spells


# --- an assistant's or adviser's post over the office's line ------------------------------

_LETTER = (
    "Dear colleagues,\n\nIn reply to Circular C. CWS 175, we nominate Mr John Smith, "
    "Senior Examiner, to the Sequence Listings Task Force (WIPO username: jsmith; "
    "e-mail: john.smith@office.example).\n\nBest regards,\nJane Doe\n{post}\n{office}\n"
)
_AR_LETTER = (
    "إلى/ أمانة لجنة معايير الويبو\n\nاستناداً إلى التعميم C. CWS 175، نرشح السيد حيدر "
    "عباس الجبوري، مدير قسم الملكية الصناعية، لعضوية فرقة العمل المعنية بقوائم التسلسل.\n"
    "اسم المستخدم: iq-hjubouri\nالبريد الإلكتروني: h.jubouri@office.example\n\n"
    "مع التقدير.\n\nعلي حسين الربيعي\n{post}\n{office}\n"
)
_AR_OFFICE = "الجهاز المركزي للتقييس والسيطرة النوعية"


@pytest.mark.parametrize(
    ("letter", "post", "named"),
    [
        (_LETTER, "Assistant Director of the Patent Office", "National Board of Standards"),
        (_LETTER, "Assistant Registrar of Industrial Property", "National Board of Standards"),
        (_LETTER, "Conseiller du Directeur général de l'Office", "Agence Nationale des Normes"),
        (_LETTER, "Asesora de la Dirección de Patentes", "Oficina Nacional de Normalización"),
        (_AR_LETTER, "معاون مدير قسم الملكية الصناعية", _AR_OFFICE),
        (_AR_LETTER, "مستشار مدير مكتب البراءات", _AR_OFFICE),
        (_AR_LETTER, "خبير في مكتب البراءات", _AR_OFFICE),
    ],
)
def test_assistants_or_advisers_post_is_no_office(letter: str, post: str, named: str) -> None:
    assert office(letter.format(post=post, office=named)) == named


def test_chinese_assistants_post_is_no_office() -> None:
    # Chinese runs the post on with no space: "助理署长", an assistant commissioner.
    found = signature_office("张伟\n助理署长\n中国标准化研究院\n")
    assert found is not None
    assert found.value == "中国标准化研究院"


def test_office_line_alone_under_a_name_is_still_the_office() -> None:
    body = _AR_LETTER.format(post="مدير عام", office=_AR_OFFICE)
    assert office(body) == _AR_OFFICE
