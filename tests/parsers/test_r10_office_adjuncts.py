"""The office as the subject of the nominating verb when a clause set off by commas stands
between them: a participle about the circular ("рассмотрев циркулярное письмо ...",
"having considered circular ...") or an appositive describing the office ("an observer
to the Committee ...", "une organisation non gouvernementale ...")."""

from __future__ import annotations

import pytest

from parsers.prose_offices import prose_office


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "Dear colleagues,\n\nThe Industrial Property Office of Ruritania, having considered "
            "circular C. CWS 175, wishes to nominate Ms Anna Berg.",
            "Industrial Property Office of Ruritania",
        ),
        (
            "Madame, Monsieur,\n\nL'Office national de la propriété industrielle, ayant pris "
            "connaissance de la circulaire C. CWS 175, désigne M. Paul Martin.",
            "Office national de la propriété industrielle",
        ),
        (
            "Estimados colegas:\n\nEl Instituto Nacional de Propiedad Industrial, habiendo "
            "examinado la circular C. CWS 175, desea designar a la Sra. Ana Ruiz.",
            "Instituto Nacional de Propiedad Industrial",
        ),
        (
            "Уважаемые коллеги!\n\nНациональный центр интеллектуальной собственности, изучив "
            "циркулярное письмо C. CWS 175, предлагает кандидатуру г-жи Ивановой.",
            "Национальный центр интеллектуальной собственности",
        ),
        (
            "Dear Secretariat,\n\nThe Association of Patent Information Users (APIU), a "
            "non-governmental observer to the Committee on WIPO Standards, is pleased to "
            "nominate two members.",
            "Association of Patent Information Users (APIU)",
        ),
        (
            "Madame, Monsieur,\n\nL'Institut européen des brevets (IEB), une organisation "
            "observatrice auprès du Comité des normes de l'OMPI, souhaite désigner Mme Lenoir.",
            "Institut européen des brevets (IEB)",
        ),
        (
            "Уважаемые коллеги!\n\nМеждународная ассоциация патентной информации (МАПИ), "
            "являющаяся наблюдателем при Комитете по стандартам ВОИС, предлагает кандидатуру "
            "г-на Орлова.",
            "Международная ассоциация патентной информации (МАПИ)",
        ),
        (
            "Estimados colegas:\n\nLa Asociación de Usuarios de Patentes (AUP), que participa "
            "como observadora en el Comité de Normas de la OMPI, desea designar a la Sra. Gil.",
            "Asociación de Usuarios de Patentes (AUP)",
        ),
    ],
)
def test_office_before_a_set_off_clause(text: str, office: str) -> None:
    found = prose_office(text)
    assert found is not None
    assert found.value == office


@pytest.mark.parametrize(
    "text",
    [
        # The clause about the circular is no office, even with WIPO named in it.
        "Уважаемые коллеги,\n\nрассмотрев циркулярное письмо ВОИС C. CWS 175, просим "
        "включить г-на Петрова.",
        "Dear colleagues,\n\nan observer to the Committee on WIPO Standards, would like to "
        "nominate Ms Berg.",
    ],
)
def test_no_office_from_the_set_off_clause(text: str) -> None:
    assert prose_office(text) is None
