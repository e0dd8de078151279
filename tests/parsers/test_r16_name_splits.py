"""Two readings of a person named in a list or a sentence.

1. A Spanish or Portuguese name written whole is its given names, then two surnames: "Sra.
Ana Pérez Gómez" is Ana of the Pérez Gómez family, whatever follows the name (a bracket, a
line end, a post after a comma); "Sra. Ana María López" keeps two given names, María being
one. Mail in other languages keeps the last word as the surname ("Mr John Paul Smith").

2. A task force in brackets (or after a dash) behind a name is what the person joins, never
their post: "• Sr. Luis Martínez (Equipo Técnico API)", "(Équipe d'experts chargée de
l'API)", "(Целевая группа по API)", "（API工作队）", "(فرقة العمل المعنية بـ XML4IP)".
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, parse_email
from tests.parsers.mailmaker import catalog, make_mail

_XML = "XML4IP Task Force"
_API = "API Task Force"


def _parse(body: str, subject: str = "C. CWS 175") -> ParsedEmail:
    return parse_email(make_mail(body, subject=subject), catalog=catalog())


def _names(parsed: ParsedEmail) -> list[tuple[str | None, str | None]]:
    return [(n.last_name, n.first_name) for n in parsed.nominees]


def _posts(parsed: ParsedEmail) -> list[str | None]:
    return [n.position for n in parsed.nominees]


_ES_LEAD = (
    "Estimados señores:\n\nCon referencia a la circular C. CWS 175, les informamos que "
    "participarán en los Equipos Técnicos las siguientes personas:\n\n"
)
_ES_CLOSE = "\nAtentamente,\nCarlos Ruiz\nDirector\nOficina Nacional de Propiedad Industrial\n"


def _es_list(*items: str) -> str:
    return _ES_LEAD + "".join(f"• {item}\n" for item in items) + _ES_CLOSE


# ---------------------------------------------------------------------------------------
# 1. Given names and two surnames.


def test_spanish_bulleted_names_with_task_force_brackets() -> None:
    parsed = _parse(
        _es_list(
            "Sra. Ana Pérez Gómez (Equipo Técnico XML4IP)", "Sr. Luis Martínez (Equipo Técnico API)"
        )
    )
    assert _names(parsed) == [("Pérez Gómez", "Ana"), ("Martínez", "Luis")]
    assert [n.task_forces for n in parsed.nominees] == [(_XML,), (_API,)]


def test_spanish_name_ending_its_line_splits_as_one_followed_by_a_post() -> None:
    listed = _parse(
        "Estimados señores:\n\nCon referencia a la circular C. CWS 175, designamos como "
        "miembros del Equipo Técnico XML4IP a:\n\n- Sra. Ana Pérez Gómez\n- Sr. Juan Carlos López\n"
        + _ES_CLOSE
    )
    assert _names(listed) == [("Pérez Gómez", "Ana"), ("López", "Juan Carlos")]
    prose = _parse(
        "Estimados señores:\n\nCon referencia a la circular C. CWS 175, tengo el agrado de "
        "designar a la Sra. Ana Pérez Gómez, examinadora, para el Equipo Técnico XML4IP.\n"
        + _ES_CLOSE
    )
    assert _names(prose) == [("Pérez Gómez", "Ana")]
    assert _posts(prose) == ["examinadora"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A known given name in the middle: two given names, one surname.
        ("Sra. Ana María López", ("López", "Ana María")),
        ("Sr. José Luis Romero", ("Romero", "José Luis")),
        # Four words: two given names and two surnames.
        ("Sra. Diana Marcela Ospina Vargas", ("Ospina Vargas", "Diana Marcela")),
        # A surname opened by particles, given names joined by one.
        ("Sr. Pablo de la Fuente García", ("de la Fuente García", "Pablo")),
        ("Sra. María del Pilar Chávez", ("Chávez", "María del Pilar")),
        ("Sra. Milagros del Pilar Chávez Villanueva", ("Chávez Villanueva", "Milagros del Pilar")),
        # A man's given name after a woman's title is her first surname.
        ("Sra. Ana Martín Gómez", ("Martín Gómez", "Ana")),
        ("Sr. Juan Martín Gómez", ("Gómez", "Juan Martín")),
        # A foreign name in Spanish mail: a middle name is a given name too.
        ("Sra. Mary Ann Smith", ("Smith", "Mary Ann")),
        # Every part before the last a given name: the last is the one surname.
        ("Sra. Ana Sofía del Rosario Montes", ("Montes", "Ana Sofía del Rosario")),
        # The surname in capitals says where it starts.
        ("Sra. Ana Pérez GÓMEZ", ("GÓMEZ", "Ana Pérez")),
        ("Sra. Ana PÉREZ GÓMEZ", ("PÉREZ GÓMEZ", "Ana")),
    ],
)
def test_spanish_given_names_and_surnames(written: str, expected: tuple[str, str]) -> None:
    parsed = _parse(_es_list(f"{written} (Equipo Técnico XML4IP)"))
    assert _names(parsed) == [expected]


def test_spanish_whole_name_label_without_a_username() -> None:
    parsed = _parse(
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, la Oficina designa para "
        "el Equipo Técnico XML4IP a:\n\nNombre: Juan Pérez García\nCargo: Jefe de Sección\n"
        "Correo: jperez@oficina.example\n" + _ES_CLOSE
    )
    assert _names(parsed) == [("Pérez García", "Juan")]


def test_a_username_still_says_where_the_surname_starts() -> None:
    parsed = _parse(_es_list("Sra. Ana Soledad Gómez (Equipo Técnico XML4IP), usuario es-agomez"))
    assert _names(parsed) == [("Gómez", "Ana Soledad")]
    parsed = _parse(_es_list("Sra. Rosa Pérez Gómez (Equipo Técnico XML4IP), usuario es-rpgomez"))
    assert _names(parsed) == [("Gómez", "Rosa Pérez")]


def test_surname_first_label_keeps_its_order() -> None:
    parsed = _parse(
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, la Oficina designa para "
        "el Equipo Técnico XML4IP a:\n\nApellidos y nombre: Pérez García, Juan\n"
        "Cargo: Jefe de Sección\n" + _ES_CLOSE
    )
    assert _names(parsed) == [("Pérez García", "Juan")]


def test_portuguese_given_name_and_two_surnames() -> None:
    parsed = _parse(
        "Prezados Senhores,\n\nEm resposta à circular C. CWS 175, designamos como membros da "
        "Equipe Técnica XML4IP:\n\n• Sra. Maria Silva Santos, Examinadora de patentes\n"
        "• Sr. João Pedro Costa, Analista\n\nAtenciosamente,\n"
        "Instituto Nacional da Propriedade Industrial\n"
    )
    assert parsed.language == "pt"
    assert _names(parsed) == [("Silva Santos", "Maria"), ("Costa", "João Pedro")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dear Sir or Madam,\n\nWith reference to circular C. CWS 175, we nominate the "
            "following persons:\n\n• Mr John Paul Smith (API Task Force)\n"
            "• Ms Mary Ann Jones (XML4IP Task Force)\n\nKind regards,\n"
            "Patent Office of Ruritania\n",
            [("Smith", "John Paul"), ("Jones", "Mary Ann")],
        ),
        (
            "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nous désignons :\n\n"
            "• Mme Marie Claire Dupont (Équipe d'experts XML4IP)\n\nCordialement,\n"
            "Institut national de la propriété industrielle\n",
            [("Dupont", "Marie Claire")],
        ),
    ],
    ids=["en", "fr"],
)
def test_other_languages_keep_the_last_word_as_the_surname(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert _names(_parse(body)) == expected


# ---------------------------------------------------------------------------------------
# 2. A task force behind a name is no post.

_TASK_FORCE_BRACKETS = {
    "es": (
        _es_list(
            "Sr. Luis Martínez (Equipo Técnico API)", "Sra. Eva Gil (Equipo Técnico sobre la API)"
        ),
        [_API],
    ),
    "es_dash": (_es_list("Sr. Luis Martínez - Equipo Técnico sobre la API"), [_API]),
    "es_member": (_es_list("Sra. Eva Gil (miembro del Equipo Técnico API)"), [_API]),
    "en": (
        "Dear Sir or Madam,\n\nWith reference to circular C. CWS 175, we nominate the "
        "following persons:\n\n• Ms Jane Doe (Task Force on API)\n• Mr John Smith "
        "(XML4IP Task Force)\n\nKind regards,\nPatent Office of Ruritania\n",
        [_API, _XML],
    ),
    "fr": (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nous désignons :\n\n"
        "• Mme Claire Martin (Équipe d'experts chargée de l'API)\n"
        "• M. Paul Durand (Équipe d'experts XML4IP)\n\nCordialement,\n"
        "Institut national de la propriété industrielle\n",
        [_API, _XML],
    ),
    "ru": (
        "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 назначаем:\n\n"
        "• г-жа Иванова Мария Петровна (Целевая группа по API)\n\nС уважением,\n"
        "Федеральная служба по интеллектуальной собственности\n",
        [_API],
    ),
    "zh": (
        "尊敬的先生/女士：\n\n关于C. CWS 175号通函，我局提名以下人员：\n\n• 王芳女士（API工作队）\n"
        "• 李明先生（XML4IP工作队）\n\n此致\n国家知识产权局\n",
        [_API, _XML],
    ),
    "ar": (
        "السادة المحترمون،\n\nبالإشارة إلى التعميم C. CWS 175، نرشح:\n\n"
        "• السيدة سلمى الحداد (فرقة العمل المعنية بواجهة برمجة التطبيقات)\n"
        "• السيد أحمد الزعبي (فرقة العمل المعنية بـ XML4IP)\n\nمع التحية،\n"
        "المكتب الوطني للملكية الصناعية\n",
        [_API, _XML],
    ),
}


@pytest.mark.parametrize("case", sorted(_TASK_FORCE_BRACKETS))
def test_a_task_force_after_a_name_is_no_post(case: str) -> None:
    body, task_forces = _TASK_FORCE_BRACKETS[case]
    parsed = _parse(body)
    assert parsed.nominees, case
    assert all(n.position is None for n in parsed.nominees)
    assert [n.task_forces[0] for n in parsed.nominees[: len(task_forces)]] == task_forces


def test_a_post_that_names_a_task_force_stays_a_post() -> None:
    parsed = _parse(
        _es_list(
            "Sr. Luis Martínez (Jefe del Equipo Técnico API)",
            "Sra. Eva Gil, Examinadora de Patentes, Equipo Técnico XML4IP",
        )
    )
    assert _posts(parsed) == ["Jefe del Equipo Técnico API", "Examinadora de Patentes"]
    english = _parse(
        "Dear Sir or Madam,\n\nWith reference to circular C. CWS 175, we nominate the "
        "following persons:\n\n• Ms Jane Doe, Senior Patent Examiner, API Task Force\n\n"
        "Kind regards,\nPatent Office of Ruritania\n"
    )
    assert _posts(english) == ["Senior Patent Examiner"]
    assert english.nominees[0].task_forces == (_API,)
