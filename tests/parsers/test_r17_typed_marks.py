"""Marks a word processor types in place of plain ones are read as the plain ones.

Word puts a non-breaking hyphen (U+2011, or the hyphen U+2010) in "gh‑aowusuansah" and
"Owusu‑Ansah" and a no-break space between "1.", "Mrs." and the name; a dash (U+2012-U+2015,
the minus U+2212) may stand for a username's hyphen; an office's name may carry a curly
apostrophe ("Registrar-General’s Department"). A clerk reads what the marks look like: the
plain hyphen, the space, the plain apostrophe in the office's name. A letter's heading that
names its people and the task forces ("NOMINATION OF REPRESENTATIVES TO THE CWS TASK FORCES
– CIRCULAR C. CWS 175") is no "Task forces" label over the list.

Near misses keep their reading: a surname's curly apostrophe ("O’Brien") is kept as written,
a dash set off by spaces after a username is no part of it, and "Nomination for Task Force:"
is still a label.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

_NBH = "\u2011"
_NBSP = "\u00a0"


def parse(body: str, subject: str = "C. CWS 175 - nomination") -> ParsedEmail:
    return parse_email(make_mail(body, subject=subject), catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees]


def _labelled(heading: str, lead: str, blocks: list[tuple[str, str, str]], sign: str) -> str:
    items = "\n\n".join(
        f"{i}.{_NBSP}{name}\n{post}\n{user}" for i, (name, post, user) in enumerate(blocks, 1)
    )
    return f"{heading}\n\n{lead}\n\n{items}\n\n{sign}\n"


CASES = [
    (
        "en-word-hyphens",
        _labelled(
            "NOMINATION OF REPRESENTATIVES TO THE CWS TASK FORCES – CIRCULAR C. CWS 175",
            f"The Registrar{_NBH}General’s Department (RGD), as Ghana’s industrial property "
            "office, is pleased to nominate the following officers:",
            [
                (
                    f"Mrs.{_NBSP}Abena Owusu{_NBH}Ansah",
                    "Position: Principal Registration Officer\nTask Force: API Task Force",
                    f"WIPO User Center ID: gh{_NBH}aowusuansah",
                ),
                (
                    f"Mr.{_NBSP}Kofi Mensah",
                    "Position: IT Officer\nTask Force: XML4IP Task Force",
                    f"WIPO User Center ID: gh{_NBH}kmensah",
                ),
            ],
            "Yours faithfully,\n\nAma Boateng\nRegistrar-General’s Department",
        ),
        "Registrar-General's Department (RGD)",
        [
            ("Mrs", "Owusu-Ansah", "Abena", "gh-aowusuansah"),
            ("Mr", "Mensah", "Kofi", "gh-kmensah"),
        ],
    ),
    (
        "fr-word-hyphens",
        _labelled(
            "DÉSIGNATION DES EXPERTS AUX ÉQUIPES D’EXPERTS – CIRCULAIRE C. CWS 175",
            "L’Office Freedonien de la Propriété Industrielle (OFPI) a l’honneur de désigner :",
            [
                (
                    f"Mme{_NBSP}Anne{_NBSP}Martin{_NBH}Leroy",
                    "Fonction : Examinatrice\nÉquipe d’experts : Équipe d’experts XML4IP",
                    f"Nom d’utilisateur : fr{_NBH}amartin",
                ),
                (
                    f"M.{_NBSP}Paul Girard",
                    "Fonction : Informaticien\nÉquipe d’experts : Équipe d’experts API",
                    f"Nom d’utilisateur : fr{_NBH}pgirard",
                ),
            ],
            "Veuillez agréer l’expression de ma haute considération.\n\nJean Morel",
        ),
        "Office Freedonien de la Propriété Industrielle (OFPI)",
        [
            ("Mrs", "Martin-Leroy", "Anne", "fr-amartin"),
            ("Mr", "Girard", "Paul", "fr-pgirard"),
        ],
    ),
    (
        "ru-heading-and-hyphen",
        _labelled(
            "ВЫДВИЖЕНИЕ ПРЕДСТАВИТЕЛЕЙ В ЦЕЛЕВЫЕ ГРУППЫ – ЦИРКУЛЯРНОЕ ПИСЬМО C. CWS 175",
            "Национальный центр интеллектуальной собственности имеет честь выдвинуть:",
            [
                (
                    "Фамилия: Петрова\nИмя: Анна",
                    "Должность: эксперт\nЦелевая группа: Целевая группа по API",
                    f"Имя пользователя: by{_NBH}apetrova",
                ),
                (
                    "Фамилия: Козлов\nИмя: Иван",
                    "Должность: программист\nЦелевая группа: Целевая группа по XML4IP",
                    f"Имя пользователя: by{_NBH}ikozlov",
                ),
            ],
            "С уважением,\nО. Сидоров",
        ),
        "Национальный центр интеллектуальной собственности",
        [
            (None, "Петрова", "Анна", "by-apetrova"),
            (None, "Козлов", "Иван", "by-ikozlov"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "office", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_typed_marks_read_as_plain(
    body: str, office: str, expected: list[tuple[object, ...]]
) -> None:
    parsed = parse(body)
    assert parsed.kind == "nomination"
    assert people(parsed) == expected
    assert parsed.office == office


@pytest.mark.parametrize(
    "dash",
    ["\u2010", "\u2012", "\u2013", "\u2014", "\u2212"],
    ids=["2010", "2012", "2013", "2014", "2212"],
)
def test_a_dash_in_a_labelled_username_is_its_hyphen(dash: str) -> None:
    parsed = parse(
        "Dear Sir/Madam,\n\nWe nominate the following person:\n\n"
        "Title: Ms\nLast name: Roe\nFirst name: Jane\nPosition: Examiner\n"
        f"Username: us{dash}jroe\nTask Force: API Task Force\n\nBest regards,\nJohn Smith\n"
    )
    assert [n.username for n in parsed.nominees] == ["us-jroe"]


# --- near misses -------------------------------------------------------------------------


def test_a_surnames_curly_apostrophe_is_kept() -> None:
    parsed = parse(
        "Dear Sir/Madam,\n\nWe nominate the following person:\n\n"
        "Title: Mr\nLast name: O’Brien\nFirst name: Sean\nPosition: Examiner\n"
        "Username: ie-sobrien\nTask Force: API Task Force\n\nBest regards,\nJohn Smith\n"
    )
    assert people(parsed) == [("Mr", "O’Brien", "Sean", "ie-sobrien")]


def test_a_dash_set_off_after_a_username_is_no_part_of_it() -> None:
    parsed = parse(
        "Dear Sir/Madam,\n\nWe nominate the following person:\n\n"
        "Title: Ms\nLast name: Roe\nFirst name: Jane\nPosition: Examiner\n"
        "Username: us-jroe – created last week\nTask Force: API Task Force\n\n"
        "Best regards,\nJohn Smith\n"
    )
    assert [n.username for n in parsed.nominees] != ["us-jroe-created"]


def test_nomination_for_task_force_is_still_a_label() -> None:
    parsed = parse(
        "Dear Sir/Madam,\n\nWe nominate the following person:\n\n"
        "Title: Ms\nLast name: Roe\nFirst name: Jane\nPosition: Examiner\n"
        "Username: us-jroe\nNomination for Task Force: API Task Force\n\n"
        "Best regards,\nJohn Smith\n"
    )
    assert [n.task_forces for n in parsed.nominees] == [("API Task Force",)]
