"""Less common layouts of the annex: "--" separators, ";"-joined pairs, "/" names, two-storey
table headers, replacements, pending-account notes and questions about sitting members."""

from __future__ import annotations

from parsers import parse_email
from parsers.fields import read_labelled
from parsers.html import html_to_text
from parsers.names import split_person
from parsers.prose_offices import prose_office
from tests.parsers.mailmaker import catalog, make_mail


def _values(text: str) -> list[dict[str, str]]:
    out = read_labelled(text, catalog())
    return [{k: f.value for k, f in d.values.items()} for d in out.drafts if d.has_person_data]


def test_double_hyphen_separates_label_and_value_after_a_letter() -> None:
    text = (
        "a) Name of Office / Organisation -- Intellectual Property Office of Singapore (IPOS)\n"
        "b) Task Force(s) -- Legal Status Task Force & Digital Transformation Task Force\n"
        "c) Surname / Given name (Title) -- LIM / Wei Ming Benjamin (Mr)\n"
        "d) Designation -- Senior Manager, Patents Registry\n"
        "e) WIPO Account username -- sg-wmlim\n"
        "f) Email used for WIPO Account -- lim_wei_ming@ipos.example\n"
    )
    out = read_labelled(text, catalog())
    assert out.office is not None
    assert out.office.value == "Intellectual Property Office of Singapore (IPOS)"
    [draft] = [d for d in out.drafts if d.has_person_data]
    got = {k: f.value for k, f in draft.values.items()}
    assert got == {
        "title": "Mr",
        "last_name": "LIM",
        "first_name": "Wei Ming Benjamin",
        "position": "Senior Manager, Patents Registry",
        "username": "sg-wmlim",
        "account_email": "lim_wei_ming@ipos.example",
    }
    assert draft.task_forces == ["Legal Status Task Force", "Digital Transformation Task Force"]


def test_double_hyphen_needs_spaces_around_it() -> None:
    assert _values("Full name -- Ms Jane DOE\nPosition--Examiner\n") == [
        {"title": "Ms", "last_name": "DOE", "first_name": "Jane"}
    ]


def test_account_address_keeps_underscores_in_its_local_part() -> None:
    [got] = _values("Name: Ms Jane DOE\nE-mail: jane_m_doe@office.example\n")
    assert got["account_email"] == "jane_m_doe@office.example"


def test_slash_parts_surname_and_given_name() -> None:
    assert split_person("LIM / Wei Ming Benjamin (Mr)", surname_first=True)[1:] == (
        "LIM",
        "Wei Ming Benjamin",
    )
    assert split_person("Jane / DOE")[1:] == ("DOE", "Jane")
    assert split_person("Jane / Doe", surname_first=False)[1:] == ("Doe", "Jane")
    assert split_person("Ms Jane DOE").last_name == "DOE"


def test_semicolon_joined_pairs_on_one_numbered_line_are_separate_fields() -> None:
    text = (
        "1/ Nom : KOUASSI ; Prénoms : Adjoua Marie-Laure ; Civilité : Mme ; "
        "Fonction : Sous-directrice des brevets ; Identifiant OMPI : ci-amkouassi ; "
        "E-mail : am.kouassi@oipi.example ; Équipes : ST.26, ST.27 et ST.37\n"
        "2/ Nom : YAO ; Prénoms : Koffi Serge ; Civilité : M. ; Fonction : Informaticien ; "
        "Identifiant OMPI : ci-ksyao ; E-mail : ks.yao@oipi.example ; Équipe : Blockchain\n"
    )
    out = read_labelled(text, catalog())
    first, second = (d for d in out.drafts if d.has_person_data)
    assert {k: f.value for k, f in first.values.items()} == {
        "last_name": "KOUASSI",
        "first_name": "Adjoua Marie-Laure",
        "title": "Mrs",
        "position": "Sous-directrice des brevets",
        "username": "ci-amkouassi",
        "account_email": "am.kouassi@oipi.example",
    }
    assert first.task_forces == [
        "Sequence Listings Task Force",
        "Legal Status Task Force",
        "Authority File Task Force",
    ]
    assert second.values["username"].value == "ci-ksyao"
    assert second.task_forces == ["Blockchain Task Force"]
    # The offsets are those of the text: each value reads back from where it was found.
    found = first.values["first_name"]
    assert text[found.start : found.end] == "Adjoua Marie-Laure"


def test_bracketed_pairs_inside_prose_are_not_split_into_lines() -> None:
    text = "– Mme Aminata DIALLO, Chef (nom d'utilisateur : oa-adiallo ; courriel : a@oapi.example) ;\n"
    out = read_labelled(text, catalog())
    assert not any("last_name" in d.values for d in out.drafts)


def test_bilingual_signature_with_pipes_is_no_label_table() -> None:
    text = (
        "Senior Policy Analyst | Analyste principale des politiques\n"
        "International Affairs | Affaires internationales\n"
        "Canadian Intellectual Property Office | Office de la propriété intellectuelle du Canada\n"
        "Innovation, Science and Economic Development Canada | Innovation, Sciences et Développement\n"
    )
    assert read_labelled(text, catalog()).office is None


def test_two_column_label_table_still_reads() -> None:
    out = read_labelled("Office | Japan Patent Office\nTask Force | API Task Force\n", catalog())
    assert out.office is not None
    assert out.office.value == "Japan Patent Office"


def test_office_that_informs_or_transmits_in_french_prose() -> None:
    for text, office in (
        (
            "Suite à la circulaire C. CWS 175, l'Agence Sénégalaise pour la Propriété "
            "Industrielle (ASPIT) vous informe que M. FALL a pris sa retraite.",
            "Agence Sénégalaise pour la Propriété Industrielle (ASPIT)",
        ),
        (
            "En réponse à votre circulaire, l'Office Ivoirien de la Propriété Intellectuelle "
            "(OIPI) vous transmet ci-après la liste de ses représentants :",
            "Office Ivoirien de la Propriété Intellectuelle (OIPI)",
        ),
    ):
        found = prose_office(text)
        assert found is not None
        assert found.value == office


def test_a_note_that_the_account_is_coming_is_no_username() -> None:
    for note in ("— (compte en cours de création)", "account pending", "(to be created)"):
        [got] = _values(f"Name: Ms Jane DOE\nUsername: {note}\nE-mail: jane@office.example\n")
        assert "username" not in got, note
    [got] = _values("Name: Ms Jane DOE\nUsername: us-jdoe\n")
    assert got["username"] == "us-jdoe"


def test_office_labelled_by_its_acronym_takes_the_name_the_letter_spells_out() -> None:
    body = (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, l'Institut National de la "
        "Normalisation et de la Propriété Industrielle (INNORPI) a l'honneur de vous "
        "communiquer le nom de son représentant :\n\n"
        "Nom de l'office : INNORPI – Tunisie\nNom : TRABELSI\nPrénom : Mohamed Ali\n"
        "Civilité : M.\nFonction : Chef de service\nNom d'utilisateur : tn-mtrabelsi\n"
        "Équipe d'experts : Équipe d'experts chargée de la 3D\n"
    )
    got = parse_email(make_mail(body), catalog=catalog())
    assert (
        got.office
        == "Institut National de la Normalisation et de la Propriété Industrielle (INNORPI)"
    )
    # Without the spelled-out name in the text, the label's value stays.
    got = parse_email(make_mail(body.replace("(INNORPI) ", "")), catalog=catalog())
    assert got.office == "INNORPI – Tunisie"


def test_surname_with_a_particle_named_again_in_mixed_case_is_the_same_nominee() -> None:
    body = (
        "En réponse à la circulaire C. CWS 175, l'Office désigne Monsieur Thibault DE WAELE, "
        "attaché au service Brevets, comme membre de l'Équipe d'experts chargée de la norme "
        "XML4IP.\n\nCompte OMPI de M. De Waele :\n    nom d'utilisateur : be-tdewaele\n"
        "    adresse électronique : thibault.dewaele@office.example\n"
    )
    got = parse_email(make_mail(body), catalog=catalog())
    [nominee] = got.nominees
    assert (nominee.last_name, nominee.first_name) == ("DE WAELE", "Thibault")
    assert nominee.username == "be-tdewaele"


def test_a_sitting_member_asked_about_is_no_nominee() -> None:
    body = (
        "Madame, Monsieur,\n\nNous avons bien reçu la circulaire C. CWS 175.\n\n"
        "M. Lucien MBARGA, chef de la cellule informatique, est membre de l'Équipe d'experts "
        "chargée de la norme XML4IP depuis 2021 (nom d'utilisateur : cm-lmbarga). "
        "Pourriez-vous nous indiquer s'il doit être désigné à nouveau ?\n"
    )
    assert parse_email(make_mail(body), catalog=catalog()).kind == "other"
    nominated = body.replace("est membre de", "est désigné comme membre de")
    assert parse_email(make_mail(nominated), catalog=catalog()).kind == "nomination"


def test_the_one_who_replaces_is_nominated_not_the_one_replaced() -> None:
    body = (
        "Good morning,\n\nMs. Rebecca Halvorsen, Supervisory Patent Examiner, will replace "
        "Dr. Michael Chen on the Sequence Listings Task Force, effective immediately. Dr. Chen "
        "has moved to another unit.\n\nRebecca will register her WIPO Account with "
        "rebecca.halvorsen@office.example.\n"
    )
    got = parse_email(make_mail(body), catalog=catalog())
    assert got.kind == "nomination"
    [nominee] = got.nominees
    assert (nominee.last_name, nominee.first_name) == ("Halvorsen", "Rebecca")
    assert nominee.position == "Supervisory Patent Examiner"
    assert nominee.task_forces == ("Sequence Listings Task Force",)
    assert nominee.account_email == "rebecca.halvorsen@office.example"
    french = (
        "En remplacement de M. Pierre LEGRAND, l'Office désigne Mme Claire DUPONT, juriste, "
        "pour l'Équipe d'experts chargée de la 3D.\n"
    )
    [nominee] = parse_email(make_mail(french), catalog=catalog()).nominees
    assert nominee.last_name == "DUPONT"


def test_two_storey_table_header_names_the_columns_by_its_lower_row() -> None:
    html = (
        "<table><tr><th rowspan=2>Task Force(s)</th><th colspan=3>Nominee</th>"
        "<th rowspan=2>Position</th><th colspan=2>WIPO Account</th></tr>"
        "<tr><th>Title</th><th>Family name</th><th>Given name</th><th>User name</th>"
        "<th>E-mail</th></tr>"
        "<tr><td>API Task Force</td><td>Mr.</td><td>YAMAMOTO</td><td>Takeshi</td>"
        "<td>Deputy Director</td><td>jp-tyamamoto</td><td>t@jpo.example</td></tr></table>"
    )
    assert html_to_text(html) == (
        "Task Force(s) | Title | Family name | Given name | Position | User name | E-mail\n"
        "API Task Force | Mr. | YAMAMOTO | Takeshi | Deputy Director | jp-tyamamoto | t@jpo.example"
    )


def test_a_cell_spanning_rows_holds_for_each_row() -> None:
    html = (
        "<table><tr><th>Office</th><th>Name</th></tr>"
        "<tr><td rowspan=2>JPO</td><td>Mr. A</td></tr><tr><td>Ms. B</td></tr></table>"
    )
    assert html_to_text(html) == "Office | Name\nJPO | Mr. A\nJPO | Ms. B"


def test_the_one_replaced_in_the_passive_is_no_nominee() -> None:
    for body in (
        "Mr. John SMITH will be replaced by Ms. Jane DOE, Senior Examiner, on the API Task "
        "Force (username us-jdoe).\n",
        "M. Pierre LEGRAND sera remplacé par Mme Claire DUPONT, juriste, au sein de l'Équipe "
        "d'experts chargée de la 3D (nom d'utilisateur : fr-cdupont).\n",
    ):
        [nominee] = parse_email(make_mail(body), catalog=catalog()).nominees
        assert nominee.last_name in ("DOE", "DUPONT"), body


def test_pipe_joined_pairs_on_one_line_are_separate_fields() -> None:
    [got] = _values(
        "Name: DOE | First name: Jane | Title: Ms | Position: Examiner | Username: rr-jdoe "
        "| E-mail: jane@po.example\n"
    )
    assert got == {
        "last_name": "DOE",
        "first_name": "Jane",
        "title": "Ms",
        "position": "Examiner",
        "username": "rr-jdoe",
        "account_email": "jane@po.example",
    }
    # A header row of labels without values is still a table's header.
    [row] = _values("Name | First name | Username\nDOE | Jane | rr-jdoe\n")
    assert row == {"last_name": "DOE", "first_name": "Jane", "username": "rr-jdoe"}


def test_a_bare_name_label_before_a_double_hyphen_names_the_nominee() -> None:
    [got] = _values("3) Name -- Ms Jane DOE\n4) Position -- Examiner\n5) Username -- rr-jdoe\n")
    assert got == {
        "title": "Ms",
        "last_name": "DOE",
        "first_name": "Jane",
        "position": "Examiner",
        "username": "rr-jdoe",
    }
