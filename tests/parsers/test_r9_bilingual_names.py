"""Names, titles and language of bilingual mail: a header or a salutation written in two
languages ("Title / Titre", "Sra. / Mrs"), a letter written in one language then the other,
a Latin title before a Han name ("Sra. 黄丽华"), and Arabic given names of two words
(a kunya such as "أم هانئ", or "عبد" and one of the divine names)."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.labels import classify_label
from parsers.language import detect_language
from parsers.names import split_person
from parsers.people import PERSON_LINE, titled_people
from parsers.signatures import signature_start
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


# Bilingual title headers and salutations.


def test_a_title_header_in_two_languages_is_a_title_label() -> None:
    for label in ("Tratamiento / Title", "Обращение / Title", "称谓/Title", "Titre / Title"):
        kind = classify_label(label)
        assert kind is not None, label
        assert kind.field == "title", label


def test_a_header_that_only_opens_with_title_is_no_title_label() -> None:
    assert classify_label("Title of the report") is None
    assert classify_label("Title / Report") is None


def test_a_salutation_in_two_languages_gives_one_title() -> None:
    assert split_person("Sra. / Mrs Ana LÓPEZ") == ("Mrs", "LÓPEZ", "Ana")
    assert split_person("г-н / Mr Петров Иван") == ("Mr", "Петров", "Иван")


def test_a_bilingual_table_reads_its_salutation_cells() -> None:
    body = (
        "Estimados señores:\n\n"
        "En respuesta a la circular C. CWS 175, la Oficina Española de Patentes y Marcas "
        "designa a las personas indicadas en el cuadro siguiente.\n\n"
        "In reply to circular C. CWS 175, the Spanish Patent and Trademark Office nominates "
        "the persons in the table below.\n\n"
        "Equipo técnico / Task Force\tTratamiento / Title\tApellido / Last name\t"
        "Nombre / First name\tCargo / Position\tUsuario / Username\tCorreo / E-mail\n"
        "XML4IP Task Force\tSra. / Mrs\tGARCÍA PÉREZ\tLucía\tExaminadora\tes-lgarcia\t"
        "lucia.garcia@oepm.example\n"
        "API Task Force\tSr. / Mr\tRUIZ\tPablo\tJefe de área\tes-pruiz\tpablo.ruiz@oepm.example\n\n"
        "Atentamente / Regards,\n"
    )
    parsed = parse(make_mail(body))
    assert parsed.language == "es"
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        ("Mrs", "GARCÍA PÉREZ", "Lucía"),
        ("Mr", "RUIZ", "Pablo"),
    ]


# The language a bilingual letter is written in first.


def test_a_letter_in_spanish_then_english_is_spanish() -> None:
    text = (
        "(English version below)\n\n"
        "Estimados señores:\n\n"
        "En respuesta a la circular, la Oficina designa a los representantes indicados "
        "en el cuadro para los equipos técnicos del Comité.\n\n"
        "In reply to the circular, the Office nominates the representatives listed in the "
        "table for the task forces of the Committee. We would be grateful if you would "
        "confirm that their accounts have been created and that they are on the lists.\n\n"
        "Atentamente / Regards"
    )
    assert detect_language(text) == "es"


def test_a_letter_in_english_then_french_is_english() -> None:
    text = (
        "(Le français suit)\n\n"
        "Dear colleagues,\n\n"
        "We are pleased to nominate the following experts to the task forces of the CWS.\n\n"
        "Nous avons le plaisir de désigner les experts suivants pour les équipes d'experts "
        "du CWS, et nous vous remercions de votre attention.\n"
    )
    assert detect_language(text) == "en"


def test_a_french_letter_with_an_english_line_stays_french() -> None:
    text = (
        "Madame, Monsieur,\n\n"
        "Nous avons le plaisir de vous communiquer les noms des experts désignés par notre "
        "office pour les équipes d'experts du CWS. Veuillez trouver ci-dessous les détails "
        "de chacun des experts, avec leur compte OMPI et leur adresse.\n\n"
        "Please find the details below.\n"
    )
    assert detect_language(text) == "fr"


# A Latin title before a Han name, items numbered 一、二、.


def test_a_latin_title_before_a_han_name_heads_a_block() -> None:
    line = "二、Sra. 黄丽华（WONG Lai Wa）"
    match = PERSON_LINE.match(line)
    assert match is not None
    assert match.group("person") == "Sra. 黄丽华"
    assert split_person("Sra. 黄丽华") == ("Mrs", "黄", "丽华")
    assert split_person("Mr.陈伟") == ("Mr", "陈", "伟")


def test_a_numbered_han_item_with_no_title_is_no_person_line() -> None:
    assert PERSON_LINE.match("一、法律状态专责小组") is None


def test_a_letter_with_numbered_han_items_and_latin_titles() -> None:
    body = (
        "敬啟者：\n\n"
        "本局謹就第C. CWS 175號通函，提名下列人員參與CWS專責小組的工作：\n\n"
        "一、Sra. 黄丽华（WONG Lai Wa）\n"
        "    職位：專利審查員\n"
        "    WIPO帳戶用戶名：mo-lwwong\n"
        "    開設帳戶之電郵：lwwong@ip-office.example\n"
        "    專責小組：XML4IP專責小組\n\n"
        "二、Sr. 陳志強（CHAN Chi Keung）\n"
        "    職位：資訊科技主任\n"
        "    WIPO帳戶用戶名：mo-ckchan\n"
        "    開設帳戶之電郵：ckchan@ip-office.example\n"
        "    專責小組：法律狀態專責小組\n\n"
        "順頌\n"
        "商祺\n\n"
        "知識產權廳\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        ("Mrs", "黄", "丽华"),
        ("Mr", "陳", "志強"),
    ]
    assert [list(n.task_forces) for n in parsed.nominees] == [
        ["XML4IP Task Force"],
        ["Legal Status Task Force"],
    ]


def test_a_traditional_chinese_closing_starts_the_signature() -> None:
    text = "提名下列人員。\n\n順頌\n台祺\n\n區小姐\n"
    assert signature_start(text, 0, len(text)) == text.index("順頌")
    text = "請予登記。\n\n此致\n敬禮\n\n王先生\n"
    assert signature_start(text, 0, len(text)) == text.index("此致")


# Arabic given names of two words.


def test_a_kunya_is_the_whole_given_name() -> None:
    assert split_person("السيدة أم هانئ العلي") == ("Mrs", "العلي", "أم هانئ")
    assert split_person("السيد أبو بكر الحسني") == ("Mr", "الحسني", "أبو بكر")


def test_abd_and_a_divine_name_written_apart_are_one_given_name() -> None:
    assert split_person("السيد عبد العزيز بن صالح القحطاني") == (
        "Mr",
        "القحطاني",
        "عبد العزيز",
    )


def test_a_kunya_later_in_the_name_stays_the_family_name() -> None:
    assert split_person("السيد محمد أبو زيد") == ("Mr", "أبو زيد", "محمد")
    assert split_person("السيدة ليلى عبد الله") == ("Mrs", "عبد الله", "ليلى")


def test_a_block_headed_by_a_salutation_in_two_languages() -> None:
    match = PERSON_LINE.match("1. Mr / M. Jean MARTIN")
    assert match is not None
    assert match.group("person") == "Mr / M. Jean MARTIN"
    match = PERSON_LINE.match("1、Sr. 梁家明（LEONG Ka Meng）")
    assert match is not None
    assert match.group("person") == "Sr. 梁家明"


def test_a_latin_title_before_a_han_name_in_a_sentence() -> None:
    body = (
        "敬啟者：\n\n本局謹就第C. CWS 175號通函，提名Sra. 何美玲（HO Mei Leng）參加XML4IP"
        "專責小組，其WIPO帳戶用戶名為mo-mlho，電郵為mlho@ip-office.example。\n\n"
        "此致\n敬禮\n\n知識產權廳\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Mrs", "何", "美玲", "mo-mlho")
    ]


def test_a_han_name_running_on_into_the_sentence_is_not_cut_at_a_guess() -> None:
    # "Sr. 梁家明參與": where the name ends is unknown; no person is made of it.
    assert titled_people("以及Sr. 梁家明參與工作。") == []


_EN_LETTER = (
    "Dear colleagues,\n\n"
    "In reply to circular C. CWS 175, the Office is pleased to nominate the experts listed "
    "below to the task forces of the Committee.\n\n"
)


def test_a_letter_in_english_then_chinese_is_english() -> None:
    zh = "尊敬的秘书处：\n\n就C. CWS 175号通函，我局提名下列专家参加CWS专责小组的工作。\n"
    assert detect_language(_EN_LETTER + zh) == "en"
    assert detect_language(zh + "\n" + _EN_LETTER) == "zh"


def test_a_letter_in_english_then_russian_is_english() -> None:
    ru = (
        "Уважаемые коллеги,\n\nВ ответ на циркуляр C. CWS 175 ведомство назначает "
        "экспертов, указанных ниже, в целевые группы Комитета.\n"
    )
    assert detect_language(_EN_LETTER + ru) == "en"


def test_a_short_latin_line_above_a_letter_in_its_own_script_leaves_it() -> None:
    ar = (
        "حضرات السادة،\n\nبالإشارة إلى التعميم C. CWS 175، يرشح المكتب الخبراء التالية "
        "أسماؤهم لفرق العمل التابعة للجنة.\n"
    )
    assert detect_language("Please see below.\n\n" + ar) == "ar"
    assert detect_language("Username: eg-aali\nE-mail: a.ali@ipo.example\n\n" + ar) == "ar"


# A name label in two languages, one side the bare "Name".


def test_a_bare_name_label_beside_its_translation() -> None:
    for label, field in (
        ("Name / Nom", "last_name"),
        ("Nombre / Name", "first_name"),
        ("Name / Имя", "first_name"),
    ):
        kind = classify_label(label)
        assert kind is not None, label
        assert (kind.field, kind.whole) == (field, True), label
    kind = classify_label("Nom / Prénom")
    assert kind is not None
    assert kind.field == "full_name"


def test_a_bilingual_name_line_alone_is_the_whole_name() -> None:
    body = (
        "Dear Secretariat,\n\n"
        "In reply to circular C. CWS 175, the Office nominates the following expert.\n\n"
        "Title / Titre: Mrs / Mme\n"
        "Name / Nom: Claire DUBOIS\n"
        "Position / Poste: Examiner\n"
        "Username / Nom d'utilisateur: be-cdubois\n"
        "E-mail / Courriel: c.dubois@ipo.example\n"
        "Task Force / Équipe d'experts: API Task Force\n\n"
        "Regards,\nJohn\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        ("Mrs", "DUBOIS", "Claire")
    ]


def test_a_bilingual_name_line_beside_a_first_name_line_is_the_surname() -> None:
    body = (
        "Estimados señores:\n\n"
        "En respuesta a la circular C. CWS 175, la Oficina designa a la experta siguiente.\n\n"
        "Tratamiento / Title: Sra. / Mrs\n"
        "Apellido / Name: GARCÍA\n"
        "Nombre / First name: Lucía\n"
        "Usuario / Username: es-lgarcia\n"
        "Correo / E-mail: l.garcia@ipo.example\n"
        "Equipo / Task Force: API Task Force\n\n"
        "Atentamente,\nJuan\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        ("Mrs", "GARCÍA", "Lucía")
    ]
