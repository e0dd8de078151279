"""Names and the words around them: abbreviated honorifics that give no title (Arabic
"د.", "م.", "أ.د."; the Mexican "C." for ciudadano), inflected Russian names (genitive,
instrumental, an indeclinable surname in the accusative), a pinyin surname in capitals,
and a letter's signer who is no nominee."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.names import split_person
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def names(parsed: ParsedEmail) -> list[tuple[str | None, ...]]:
    return [(n.title, n.last_name, n.first_name) for n in parsed.nominees]


def test_arabic_abbreviated_honorifics_give_no_title() -> None:
    assert split_person("أ.د. سامي العلي") == (None, "العلي", "سامي")
    assert split_person("م. ريم الحسن") == (None, "الحسن", "ريم")
    assert split_person("أ. محمد الكعبي") == (None, "الكعبي", "محمد")
    # A gendered title still gives its title.
    assert split_person("السيدة ريم الحسن") == ("Mrs", "الحسن", "ريم")


def test_arabic_prose_names_a_doctor_by_abbreviation() -> None:
    body = """السادة أمانة لجنة معايير الويبو،

بالإشارة إلى التعميم C. CWS 175، يسرنا ترشيح م. عمر الزعابي، رئيس قسم الأنظمة، لعضوية فرقة العمل المعنية بالبلوك تشين.

مع خالص التحية،
إدارة الملكية الصناعية
"""
    parsed = parse(make_mail(body))
    assert names(parsed) == [(None, "الزعابي", "عمر")]


def test_russian_accusative_declines_only_what_russian_declines() -> None:
    # A double surname with a part a woman's surname never declines stays as written.
    assert split_person("г-жу Бостан-Гуцу Елену") == ("Mrs", "Бостан-Гуцу", "Елена")
    assert split_person("госпожу Попеску Марию") == ("Mrs", "Попеску", "Мария")
    # A Russian double surname declines in both parts, a given name too.
    assert split_person("г-жу Петрову-Водкину Ольгу") == ("Mrs", "Петрова-Водкина", "Ольга")
    assert split_person("г-жи Римской-Корсаковой Анны") == ("Mrs", "Римская-Корсакова", "Анна")
    assert split_person("г-жу Иванову Анну Петровну") == ("Mrs", "Иванова", "Анна Петровна")


def test_russian_names_in_oblique_cases_without_title() -> None:
    body = """Уважаемые коллеги!

В ответ на письмо C. CWS 175 сообщаем следующее.

Для работы в Целевой группе по XML4IP просим рассмотреть кандидатуру главного эксперта отдела стандартов Смирновой Ольги Павловны (учётная запись ВОИС: ru-osmirnova).

В Целевой группе по API ведомство будет представлено начальником отдела автоматизации Лебедевым Игорем Сергеевичем, учётная запись ВОИС — ru-ilebedev.

С уважением,
Отдел международного сотрудничества
"""
    parsed = parse(make_mail(body))
    got = [(n.last_name, n.first_name, n.position, n.task_forces) for n in parsed.nominees]
    assert got == [
        ("Смирнова", "Ольга Павловна", "главный эксперт отдела стандартов", ("XML4IP Task Force",)),
        ("Лебедев", "Игорь Сергеевич", "начальник отдела автоматизации", ("API Task Force",)),
    ]


def test_russian_nominative_name_in_signature_is_no_nominee() -> None:
    body = """Уважаемые коллеги!

Ведомство выдвигает г-на Орлова Дмитрия в Целевую группу по XML4IP (ru-dorlov).

С уважением,
Соколова Елена Викторовна
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [("Орлов", "Дмитрий")]


def test_romanised_name_with_han_salutation_in_chinese_sentence() -> None:
    body = """尊敬的 WANG Lei 先生：

根据C. CWS 175号通函，我局推荐 LIU Yang 先生参加区块链工作队。

职务：信息化处 主任科员
WIPO账户用户名：cn-liuyang

此致
敬礼
"""
    parsed = parse(make_mail(body))
    # The greeting's addressee is no nominee; the one the sentence names is.
    assert names(parsed) == [("Mr", "LIU", "Yang")]
    assert parsed.nominees[0].username == "cn-liuyang"


def test_mexican_c_before_a_name_gives_no_title_and_circular_symbol_is_no_name() -> None:
    assert split_person("C. Rosa María Flores") == (None, "Flores", "Rosa María")
    body = """Estimados:

En atención a la circular C. CWS 175, por indicaciones de la Lic. Laura Gómez Ruiz, Directora de Marcas, el Instituto designa a la C. Paula Núñez Rivas, Especialista en Normas, para el Equipo Técnico sobre XML4IP. Cuenta OMPI: mx-pnunez.

Atentamente,
Instituto
"""
    parsed = parse(make_mail(body))
    # The one on whose instructions the mail is written is no nominee.
    assert names(parsed) == [(None, "Núñez Rivas", "Paula")]
    assert parsed.nominees[0].position == "Especialista en Normas"


def test_person_who_instructs_the_writer_is_no_nominee() -> None:
    body = """Уважаемые коллеги!

По поручению г-на Сидорова Петра, руководителя ведомства, сообщаем, что ведомство выдвигает г-жу Котову Анну в Целевую группу по API (ru-akotova).

С уважением
"""
    parsed = parse(make_mail(body))
    assert names(parsed) == [("Mrs", "Котова", "Анна")]
    # "On behalf of" may name the nominee herself: no change there.
    body = """Dear Secretariat,

I am writing on behalf of Dr. Grace Molina, Senior Examiner, who is nominated to the API Task Force (xx-gmolina).

Regards
"""
    parsed = parse(make_mail(body))
    assert [n.last_name for n in parsed.nominees] == ["Molina"]


def test_signer_below_valediction_is_no_nominee_and_post_keeps_its_field() -> None:
    body = """Madame, Monsieur,

En réponse à la circulaire C. CWS 175, l'Office a le plaisir de proposer :

M. Jean Dupont, Examinateur principal (Chimie), rejoindra l'équipe d'experts chargée de la norme ST.26 (compte OMPI : fr-jdupont).

Mme Léa Martin, Juriste, est proposée pour l'équipe d'experts chargée du statut juridique (fr-lmartin).

Cordialement,

Dr Claire Morel
Directrice des affaires internationales
"""

    def letter(text: str) -> bytes:
        cover = "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre réponse à la circulaire C. CWS 175.\n"
        return make_mail(cover, attachments=(("lettre.txt", "text/plain", text.encode()),))

    parsed = parse(letter(body))
    assert names(parsed) == [("Mr", "Dupont", "Jean"), ("Mrs", "Martin", "Léa")]
    assert parsed.nominees[0].position == "Examinateur principal (Chimie)"
    # A bracket of capitals is a code, not a field of the post.
    body = body.replace("Examinateur principal (Chimie)", "Examinateur principal (INPI)")
    assert parse(letter(body)).nominees[0].position == "Examinateur principal"
