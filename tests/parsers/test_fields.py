"""Labels, names, labelled lines, tables, prose and office phrases, each value with its offsets."""

from __future__ import annotations

import pytest

from parsers.fields import read_labelled
from parsers.labels import classify_label
from parsers.names import name_and_rest, split_person
from parsers.prose import find_people
from parsers.prose_offices import prose_office
from parsers.signature_offices import signature_office
from tests.parsers.mailmaker import catalog


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Name of Office", "office"),
        ("Office/Organization", "office"),
        ("Name of Office/Organization", "office"),
        ("Task Force(s)", "task_forces"),
        ("Name of the corresponding Task Force", "task_forces"),
        ("Title", "title"),
        ("Last name", "last_name"),
        ("Family name", "last_name"),
        ("Surname", "last_name"),
        ("First name", "first_name"),
        ("Given name", "first_name"),
        ("Position", "position"),
        ("Position in the Office", "position"),
        ("Job title", "position"),
        ("WIPO Accounts username", "username"),
        ("WIPO User Center ID", "username"),
        ("Username", "username"),
        ("E-mail address used for WIPO Account", "account_email"),
        ("E-mail address used when creating the WIPO User Center account", "account_email"),
        ("Email", "account_email"),
        ("Nom de l'office", "office"),
        ("Équipe(s) d'experts", "task_forces"),
        ("Titre", "title"),
        ("Nom", "last_name"),
        ("Prénom", "first_name"),
        ("Poste occupé", "position"),
        ("Fonction", "position"),
        ("Nom d'utilisateur", "username"),
        ("Adresse électronique", "account_email"),
        ("Courriel", "account_email"),
        ("Nombre de la Oficina", "office"),
        ("Equipo(s) Técnico(s)", "task_forces"),
        ("Tratamiento", "title"),
        ("Apellido(s)", "last_name"),
        ("Nombre", "first_name"),
        ("Cargo", "position"),
        ("Nombre de usuario", "username"),
        ("Correo electrónico", "account_email"),
        ("Ведомство", "office"),
        ("Целевая группа", "task_forces"),
        ("Обращение", "title"),
        ("Фамилия", "last_name"),
        ("Имя", "first_name"),
        ("Должность", "position"),
        ("Имя пользователя", "username"),
        ("Учетная запись ВОИС", "username"),
        ("Адрес электронной почты", "account_email"),
        ("Эл. почта", "account_email"),
        ("主管局名称", "office"),
        ("工作队", "task_forces"),
        ("称谓", "title"),
        ("姓", "last_name"),
        ("名", "first_name"),
        ("职务", "position"),
        ("用户名", "username"),
        ("电子邮件", "account_email"),
        ("اسم المكتب", "office"),
        ("فرقة العمل", "task_forces"),
        ("اللقب", "title"),
        ("اسم العائلة", "last_name"),
        ("الاسم الأول", "first_name"),
        ("المنصب", "position"),
        ("اسم المستخدم", "username"),
        ("البريد الإلكتروني", "account_email"),
        ("Name", "person"),
        ("Nominee 2", "person"),
        ("Last name, First name (Mr./Mrs./Ms.)", "full_name"),
        ("Nom, prénom", "full_name"),
        ("Apellido, nombre", "full_name"),
        ("Фамилия, имя", "full_name"),
        ("ФИО", "full_name"),
        ("姓名", "full_name"),
        ("Tel", "ignore"),
    ],
)
def test_label_fields(label: str, field: str) -> None:
    kind = classify_label(label)
    assert kind is not None
    assert kind.field == field


@pytest.mark.parametrize(
    "label",
    [
        "Please find below our nominee for the task force",
        "We are pleased to nominate the following expert",
        "Her username is",
        "Mon compte OMPI est créé",
        "http",
        "The details of the person who will join the group from our office next month are as follows",
    ],
)
def test_sentences_are_not_labels(label: str) -> None:
    assert classify_label(label) is None


@pytest.mark.parametrize(
    ("written", "title", "last", "first"),
    [
        ("Ms. Jane DOE", "Ms", "DOE", "Jane"),
        ("SMITH Jane", None, "SMITH", "Jane"),
        ("Smith, Jane", None, "Smith", "Jane"),
        ("Mr John van der BERG", "Mr", "van der BERG", "John"),
        ("Jean-Pierre de la Fontaine", None, "de la Fontaine", "Jean-Pierre"),
        ("Mme Claire DUBOIS", "Mrs", "DUBOIS", "Claire"),
        ("Sra. María GARCÍA LÓPEZ", "Mrs", "GARCÍA LÓPEZ", "María"),
        ("Srta. Lucía PÉREZ", "Ms", "PÉREZ", "Lucía"),
        ("M. Jean DUPONT", "Mr", "DUPONT", "Jean"),
        ("Dr. Jane DOE", None, "DOE", "Jane"),
        ("Prof. Dr. Hans MÜLLER", None, "MÜLLER", "Hans"),
        ("DOE Jane (Ms)", "Ms", "DOE", "Jane"),
        ("KELLY, Michael (Mr.)", "Mr", "KELLY", "Michael"),
        ("Mr. Ahmed Al-Farsi", "Mr", "Al-Farsi", "Ahmed"),
        ("Ms. Aoife Ní Bhriain", "Ms", "Ní Bhriain", "Aoife"),
        ("Иванов Иван Иванович", None, "Иванов", "Иван Иванович"),
        ("г-жа Петрова Анна Сергеевна", "Mrs", "Петрова", "Анна Сергеевна"),
        ("г-на Иванова Ивана Ивановича", "Mr", "Иванов", "Иван Иванович"),
        ("г-жу Петрову Марию", "Mrs", "Петрова", "Мария"),
        ("王伟", None, "王", "伟"),
        ("王伟先生", "Mr", "王", "伟"),
        ("欧阳明女士", "Mrs", "欧阳", "明"),
        ("陳嘉欣", None, "陳", "嘉欣"),
        ("السيد محمد أحمد", "Mr", "أحمد", "محمد"),
        ("Salim AL-BALUSHI", None, "AL-BALUSHI", "Salim"),
    ],
)
def test_split_person(written: str, title: str | None, last: str, first: str) -> None:
    assert tuple(split_person(written)) == (title, last, first)


def test_labelled_block_with_offsets() -> None:
    text = "Name of Office: USPTO\nLast name: DOE\nFirst name: Jane\nUsername: us-jdoe\n"
    out = read_labelled(text, catalog())
    assert out.office is not None
    assert text[out.office.start : out.office.end] == "USPTO"
    [draft] = out.drafts
    found = draft.values["username"]
    assert text[found.start : found.end] == "us-jdoe"
    assert found.rule == "label"


def test_repeated_labels_start_a_new_nominee() -> None:
    text = "Title: Mrs\nLast name: ROMERO\nFirst name: Lucía\n\nTitle: Mr\nLast name: FUENTE\nFirst name: Andrés\n"
    drafts = read_labelled(text, catalog()).drafts
    assert [d.values["last_name"].value for d in drafts] == ["ROMERO", "FUENTE"]
    assert [d.values["title"].value for d in drafts] == ["Mrs", "Mr"]


def test_one_nominee_in_several_task_forces_over_lines() -> None:
    text = "Name: Ms Jane DOE\nTask Forces:\n- XML4IP Task Force\n- SEQL Task Force\nUsername: us-jdoe\n"
    [draft] = read_labelled(text, catalog()).drafts
    assert draft.task_forces == ["XML4IP Task Force", "Sequence Listings Task Force"]


def test_header_row_table_maps_columns_by_label() -> None:
    text = "Nom | Prénom | Nom d'utilisateur | Équipe d'experts\nDURAND | Paul | fr-pdurand | XML4IP\nMOREAU | Léa | fr-lmoreau | ST.27\n"
    drafts = read_labelled(text, catalog()).drafts
    assert [(d.values["last_name"].value, d.values["username"].value) for d in drafts] == [
        ("DURAND", "fr-pdurand"),
        ("MOREAU", "fr-lmoreau"),
    ]
    assert drafts[1].task_forces == ["Legal Status Task Force"]
    assert drafts[0].values["last_name"].rule == "table"


def test_vertical_table_and_tab_separated_lines() -> None:
    text = "Apellido | Fernández\nNombre\tLucía Belén\nCargo | Analista\n"
    [draft] = read_labelled(text, catalog()).drafts
    assert draft.values["last_name"].value == "Fernández"
    assert draft.values["first_name"].value == "Lucía Belén"
    assert draft.values["position"].value == "Analista"


def test_value_on_the_next_line_and_numbered_labels() -> None:
    text = "1. Name of Office/Organization\nIP Australia\n\n2. Last name, First name (Mr./Mrs./Ms.)\nKELLY, Michael (Mr.)\n"
    out = read_labelled(text, catalog())
    assert out.office is not None
    assert out.office.value == "IP Australia"
    values = out.drafts[0].values
    assert (values["title"].value, values["last_name"].value, values["first_name"].value) == (
        "Mr",
        "KELLY",
        "Michael",
    )


def test_placeholders_are_not_values() -> None:
    text = "Name: Ms Ana FERREIRA\nWIPO username: to follow\nE-mail: TBD\n"
    [draft] = read_labelled(text, catalog()).drafts
    assert "username" not in draft.values
    assert "account_email" not in draft.values


def test_prose_person_with_inline_details() -> None:
    text = "We are pleased to nominate Ms. Jane DOE, Senior Examiner, to the XML4IP Task Force; her WIPO username is us-jdoe and her account e-mail is jane.doe@uspto.example."
    [draft] = find_people(text, catalog())
    got = {name: found.value for name, found in draft.values.items()}
    assert got == {
        "title": "Ms",
        "last_name": "DOE",
        "first_name": "Jane",
        "position": "Senior Examiner",
        "username": "us-jdoe",
        "account_email": "jane.doe@uspto.example",
    }
    assert draft.task_forces == ["XML4IP Task Force"]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms. Smith, thank you for your message.",
        "Thank you for confirming Mr. Brown's access.",
        "Our spring catalogue is out; Mr. Brown recommends the Designer Series.",
    ],
)
def test_people_not_nominated_are_not_drafts(text: str) -> None:
    assert find_people(text, catalog()) == []


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("The Japan Patent Office is pleased to nominate Mr. X.", "Japan Patent Office"),
        (
            "With reference to C. CWS 175, the State Intellectual Property Office of the Republic of\nCroatia nominates Mr. X.",
            "State Intellectual Property Office of the Republic of Croatia",
        ),
        (
            "En réponse à la circulaire, l'Institut national de la propriété industrielle a l'honneur de désigner M. X.",
            "Institut national de la propriété industrielle",
        ),
        (
            "el Instituto Nacional de Propiedad Industrial (INAPI) de Chile tiene el agrado de designar al Sr. X.",
            "Instituto Nacional de Propiedad Industrial (INAPI)",
        ),
        (
            "Национальный центр интеллектуальной собственности Республики Беларусь в ответ на циркулярное письмо C.CWS 175 сообщает, что",
            "Национальный центр интеллектуальной собственности Республики Беларусь",
        ),
        ("根据通函，国家知识产权局现推荐张丽女士参加工作队。", "国家知识产权局"),
        (
            "تتشرف وزارة الاقتصاد بدولة الإمارات العربية المتحدة بترشيح السيدة نورة الكعبي",
            "وزارة الاقتصاد بدولة الإمارات العربية المتحدة",
        ),
        (
            "Please find attached the nomination of the Office de la Propriété intellectuelle (OPRI).",
            "Office de la Propriété intellectuelle (OPRI)",
        ),
    ],
)
def test_prose_office(text: str, office: str) -> None:
    found = prose_office(text)
    assert found is not None
    assert found.value == office


def test_no_office_in_ordinary_sentences() -> None:
    assert prose_office("We would like to nominate Ms. Jane DOE to the API Task Force.") is None


def test_signature_office_skips_names_roles_and_contacts() -> None:
    signature = "Best regards,\nJohn Smith\nHead of International Affairs\nCanadian Intellectual Property Office | Government of Canada\nTel. +1 819 000 0000 | john.smith@cipo.example\n"
    found = signature_office(signature)
    assert found is not None
    assert found.value == "Canadian Intellectual Property Office"
    assert found.rule == "signature"


@pytest.mark.parametrize(
    ("written", "name", "rest"),
    [
        ("Ms Jane DOE, Senior Examiner", "Ms Jane DOE", "Senior Examiner"),
        ("DOE Jane, Head of IT", "DOE Jane", "Head of IT"),
        ("Smith, Jane", "Smith, Jane", ""),
        ("Rodríguez Pereira, Sofía", "Rodríguez Pereira, Sofía", ""),
        ("KELLY, Michael (Mr.)", "KELLY, Michael (Mr.)", ""),
    ],
)
def test_name_and_what_follows_the_comma(written: str, name: str, rest: str) -> None:
    assert name_and_rest(written) == (name, rest)


def test_name_label_with_position_after_the_comma() -> None:
    [draft] = read_labelled(
        "Representative: Ms Jane DOE, Senior Examiner\nUsername: us-jdoe\n", catalog()
    ).drafts
    assert draft.values["last_name"].value == "DOE"
    assert draft.values["position"].value == "Senior Examiner"
