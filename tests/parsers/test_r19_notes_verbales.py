"""A mission's or a ministry's note verbale pasted into a mail.

The note sits under a short cover and an underscore rule, with no header block: it opens
with its courtesy formula ("The Permanent Mission of X presents its compliments to ...",
"... présente ses compliments", "... saluda atentamente", "... свидетельствует свое
уважение", "...代表团向世界知识产权组织国际局致意", "تهدي البعثة الدائمة ... أطيب تحياتها")
and is the letter the mail sends, no quoted history. Its nominees are in its running prose
(in the accusative in Russian); the office is the national office it names, in the present,
the perfect or the passive ("has designated", "a désigné", "désignés par", "ha designado",
"назначил", "已推荐", "由...推荐", "قد رشّح"), never the mission, the "照会" heading under
the mission's name, the "各局" the circular invites, nor WIPO, whose address closes the note.
The note's closing formula signs for no person, and the end of its lead-in sentence, wrapped
onto a line of its own before a colon, is no task-force label.

Near misses: a note that nominates nobody (it acknowledges the circular) is no nomination,
and an earlier note quoted under a rule and a header block stays quoted history.
"""

from __future__ import annotations

import pytest

from parsers import ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

RULE = "_" * 40


def read(body: str, sender: str = "Registry <registry@mission.example>") -> dict[str, object]:
    raw = make_mail(body, subject="Note verbale - C. CWS 175", sender=sender)
    return parse_email(raw, catalog=catalog(), options=ParseOptions()).to_contract()


Person = tuple[str, str, str, str, str, list[str]]
FIELDS = ("title", "last_name", "first_name", "position", "username", "task_forces")


def people(contract: dict[str, object]) -> list[Person]:
    nominees = contract.get("nominees") or []
    assert isinstance(nominees, list)
    return [tuple(n[f] for f in FIELDS) for n in nominees]  # type: ignore[misc]


API, LS = ["API Task Force"], ["Legal Status Task Force"]

NOTES: dict[str, tuple[str, str, list[Person]]] = {
    "en": (
        "Dear Sir or Madam,\n\nPlease find below the text of the Mission's note verbale of "
        "today; the original follows by diplomatic pouch.\n\nBest regards,\n\nRegistry\n"
        "Permanent Mission of Examplia, Geneva\n\n" + RULE + "\n\n"
        "PERMANENT MISSION OF THE REPUBLIC OF EXAMPLIA\nTO THE UNITED NATIONS OFFICE AT GENEVA"
        "\n\nNo. PM/GE/2023/77\n\n"
        "The Permanent Mission of the Republic of Examplia to the United Nations Office and "
        "other international organizations in Geneva presents its compliments to the World "
        "Intellectual Property Organization (WIPO) and, with reference to circular C. CWS 175, "
        "has the honour to inform that the Examplian Industrial Property Office has designated "
        "Mrs Grace OKAFOR, Head of Patent Information, for the API Task Force (WIPO username: "
        "ex-gokafor; e-mail: gokafor@eipo.example), and Mr Daniel MENSAH, Senior Examiner, for "
        "the Legal Status Task Force (WIPO username: ex-dmensah; e-mail: dmensah@eipo.example)."
        "\n\nThe Permanent Mission of the Republic of Examplia avails itself of this opportunity "
        "to renew to the World Intellectual Property Organization the assurances of its highest "
        "consideration.\n\nGeneva, 11 October 2023\n\n"
        "World Intellectual Property Organization (WIPO)\n34, chemin des Colombettes\n"
        "1211 Geneva 20\n",
        "Examplian Industrial Property Office",
        [
            ("Mrs", "OKAFOR", "Grace", "Head of Patent Information", "ex-gokafor", API),
            ("Mr", "MENSAH", "Daniel", "Senior Examiner", "ex-dmensah", LS),
        ],
    ),
    "fr": (
        "Madame, Monsieur,\n\nVeuillez trouver ci-dessous le texte de la note verbale de la "
        "Mission en date de ce jour.\n\nCordialement,\n\nSecrétariat\n"
        "Mission permanente du Exemplistan\n\n" + RULE + "\n\n"
        "MISSION PERMANENTE DE LA RÉPUBLIQUE DU EXEMPLISTAN\n"
        "AUPRÈS DE L'OFFICE DES NATIONS UNIES À GENÈVE\n\nN° 2023/0915\n\n"
        "La Mission permanente de la République du Exemplistan auprès de l'Office des Nations "
        "Unies à Genève présente ses compliments à l'Organisation Mondiale de la Propriété "
        "Intellectuelle (OMPI) et, se référant à la circulaire C. CWS 175, a l'honneur de lui "
        "faire savoir que l'Office national de la propriété industrielle (ONAPI) a désigné "
        "Madame Aïssata DIALLO, Chef du Service des brevets, pour l'équipe d'experts chargée "
        "des API (nom d'utilisateur : ex-adiallo ; adresse électronique : "
        "adiallo@onapi.example), et Monsieur Karim TRAORÉ, Ingénieur informaticien, pour "
        "l'équipe d'experts chargée de la situation juridique (nom d'utilisateur : ex-ktraore ; "
        "adresse électronique : ktraore@onapi.example).\n\n"
        "La Mission permanente de la République du Exemplistan saisit cette occasion pour "
        "renouveler à l'Organisation Mondiale de la Propriété Intellectuelle les assurances de "
        "sa haute considération.\n\nGenève, le 11 octobre 2023\n\n"
        "Organisation Mondiale de la Propriété Intellectuelle (OMPI)\n"
        "34, chemin des Colombettes\n1211 Genève 20\n",
        "Office national de la propriété industrielle (ONAPI)",
        [
            ("Mrs", "DIALLO", "Aïssata", "Chef du Service des brevets", "ex-adiallo", API),
            ("Mr", "TRAORÉ", "Karim", "Ingénieur informaticien", "ex-ktraore", LS),
        ],
    ),
    "es": (
        "Estimados señores:\n\nA continuación se transcribe el texto de la nota verbal de esta "
        "Misión de fecha de hoy; el original se remite por valija diplomática.\n\n"
        "Atentamente,\n\nSecretaría\nMisión Permanente de Ejemplandia\n\n" + RULE + "\n\n"
        "MISIÓN PERMANENTE DE LA REPÚBLICA DE EJEMPLANDIA\n"
        "ANTE LA OFICINA DE LAS NACIONES UNIDAS EN GINEBRA\n\nNota N.° 2023-412\n\n"
        "La Misión Permanente de la República de Ejemplandia ante la Oficina de las Naciones "
        "Unidas y demás organismos internacionales con sede en Ginebra saluda atentamente a la "
        "Organización Mundial de la Propiedad Intelectual (OMPI) y, con referencia a la "
        "circular C. CWS 175, tiene el honor de informarle que el Instituto Nacional de la "
        "Propiedad Industrial (INAPI) ha designado a la Sra. Lucía MORALES, Jefa del "
        "Departamento de Patentes, para el Equipo Técnico sobre API (nombre de usuario: "
        "ej-lmorales; correo: lmorales@inapi.example), y al Sr. Andrés PAREDES, Analista de "
        "Sistemas, para el Equipo Técnico sobre la Situación Jurídica (nombre de usuario: "
        "ej-aparedes; correo: aparedes@inapi.example).\n\n"
        "La Misión Permanente de la República de Ejemplandia aprovecha la oportunidad para "
        "reiterar a la Organización Mundial de la Propiedad Intelectual las seguridades de su "
        "más alta consideración.\n\nGinebra, 11 de octubre de 2023\n\n"
        "Organización Mundial de la Propiedad Intelectual (OMPI)\n"
        "34, chemin des Colombettes\n1211 Ginebra 20\n",
        "Instituto Nacional de la Propiedad Industrial (INAPI)",
        [
            ("Mrs", "MORALES", "Lucía", "Jefa del Departamento de Patentes", "ej-lmorales", API),
            ("Mr", "PAREDES", "Andrés", "Analista de Sistemas", "ej-aparedes", LS),
        ],
    ),
    "ru": (
        "Уважаемые коллеги,\n\nниже приводится текст ноты Постоянного представительства от "
        "сегодняшнего числа; оригинал направлен дипломатической почтой.\n\nС уважением,\n"
        "Постоянное представительство Примерии в Женеве\n\n" + RULE + "\n\n"
        "ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО РЕСПУБЛИКИ ПРИМЕРИЯ\nПРИ ОТДЕЛЕНИИ ООН В ЖЕНЕВЕ\n\n"
        "№ 23/77\n\n"
        "Постоянное представительство Республики Примерия при Отделении ООН и других "
        "международных организациях в Женеве свидетельствует свое уважение Международному бюро "
        "Всемирной организации интеллектуальной собственности и, ссылаясь на циркулярное письмо "
        "C. CWS 175, имеет честь сообщить, что Национальный центр интеллектуальной "
        "собственности назначает своими представителями в целевых группах Комитета по "
        "стандартам ВОИС:\n\n"
        "в Целевую группу по API — госпожу Садыкову Айгуль Маратовну, главного специалиста "
        "отдела патентной информации (имя пользователя: pr-asadykova; адрес электронной почты: "
        "a.sadykova@ncip.example);\n\n"
        "в Целевую группу по правовому статусу — господина Исмаилова Тимура Рашидовича, "
        "начальника отдела информационных технологий (имя пользователя: pr-tismailov; адрес "
        "электронной почты: t.ismailov@ncip.example).\n\n"
        "Постоянное представительство Республики Примерия пользуется случаем, чтобы возобновить "
        "Международному бюро Всемирной организации интеллектуальной собственности уверения в "
        "своем весьма высоком уважении.\n\nЖенева, 11 октября 2023 года\n\n"
        "Международному бюро\nВсемирной организации интеллектуальной собственности\nЖенева\n",
        "Национальный центр интеллектуальной собственности",
        [
            (
                "Mrs",
                "Садыкова",
                "Айгуль Маратовна",
                "главный специалист отдела патентной информации",
                "pr-asadykova",
                API,
            ),
            (
                "Mr",
                "Исмаилов",
                "Тимур Рашидович",
                "начальник отдела информационных технологий",
                "pr-tismailov",
                LS,
            ),
        ],
    ),
    "zh": (
        "产权组织CWS秘书处：\n\n现将我团照会正文转发如下，照会原件另行递交。\n\n" + RULE + "\n"
        "中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团\n照\u3000会\n"
        "（2023）中代知字第77号\n\n"
        "中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团向世界知识产权组织国际局"
        "致意，并谨就国际局C. CWS 175号通函邀请各局推荐工作队成员一事，通报如下：\n\n"
        "国家知识产权局推荐以下两位同志参加有关工作队：\n\n"
        "一、李明先生，专利局自动化部处长，参加API工作队。其WIPO账户用户名为cn-liming。\n\n"
        "二、王芳女士，专利局审查业务管理部审查员，参加法律状态工作队。"
        "其WIPO账户用户名为cn-wangfang。\n\n"
        "代表团顺致崇高的敬意。\n\n"
        "中华人民共和国常驻联合国日内瓦办事处\n和瑞士其他国际组织代表团（印）\n"
        "二〇二三年十月十一日于日内瓦\n\n世界知识产权组织国际局\n",
        "国家知识产权局",
        [
            ("Mr", "李", "明", "专利局自动化部处长", "cn-liming", API),
            ("Mrs", "王", "芳", "专利局审查业务管理部审查员", "cn-wangfang", LS),
        ],
    ),
    "ar": (
        "السادة أمانة لجنة المعايير،\n\nنرسل إليكم أدناه نص المذكرة الشفوية للبعثة، وسيصلكم "
        "الأصل بالحقيبة الدبلوماسية.\n\nمع التحية،\nسكرتارية البعثة الدائمة\n\n" + RULE + "\n\n"
        "البعثة الدائمة لجمهورية المثال لدى مكتب الأمم المتحدة في جنيف\n\nرقم: 2023/77\n\n"
        "تهدي البعثة الدائمة لجمهورية المثال لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى "
        "في جنيف أطيب تحياتها إلى المنظمة العالمية للملكية الفكرية (الويبو)، وبالإشارة إلى "
        "التعميم C. CWS 175، تتشرف بإبلاغها بأن المكتب الوطني للملكية الصناعية يرشح السيدة "
        "ليلى الحسيني، رئيسة قسم المعلومات البراءاتية، لعضوية فرقة العمل المعنية بواجهات API "
        "(اسم المستخدم: ex-lhusseini)، والسيد خالد المنصوري، مهندس نظم المعلومات، لعضوية فرقة "
        "العمل المعنية بالوضع القانوني (اسم المستخدم: ex-kmansouri).\n\n"
        "وتغتنم البعثة الدائمة هذه الفرصة لتعرب للمنظمة العالمية للملكية الفكرية عن فائق "
        "احترامها وتقديرها.\n\nجنيف، في 11 أكتوبر 2023\n\n"
        "المنظمة العالمية للملكية الفكرية\nجنيف\n",
        "المكتب الوطني للملكية الصناعية",
        [
            ("Mrs", "الحسيني", "ليلى", "رئيسة قسم المعلومات البراءاتية", "ex-lhusseini", API),
            ("Mr", "المنصوري", "خالد", "مهندس نظم المعلومات", "ex-kmansouri", LS),
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(NOTES))
def test_note_pasted_under_a_rule_is_read(lang: str) -> None:
    body, office, expected = NOTES[lang]
    contract = read(body)
    assert contract["kind"] == "nomination"
    assert contract["office"] == office
    assert people(contract) == expected


# The office named in the perfect or the passive, or by "由" (by), the way notes report it.
REWORDED = [
    (
        "en",
        "has the honour to inform that the Examplian Industrial Property Office has designated",
        "has the honour to inform that the Examplian Industrial Property Office has nominated",
    ),
    (
        "en",
        "has the honour to inform that the Examplian Industrial Property Office has designated",
        "has the honour to transmit the names of the experts designated by the Examplian "
        "Industrial Property Office:",
    ),
    (
        "fr",
        "(ONAPI) a désigné",
        "(ONAPI) a proposé",
    ),
    (
        "fr",
        "a l'honneur de lui faire savoir que l'Office national de la propriété industrielle "
        "(ONAPI) a désigné",
        "a l'honneur de lui communiquer les noms des experts désignés par l'Office national de "
        "la propriété industrielle (ONAPI) :",
    ),
    (
        "es",
        "(INAPI) ha designado a",
        "(INAPI) ha propuesto a",
    ),
    (
        "es",
        "tiene el honor de informarle que el Instituto Nacional de la Propiedad Industrial "
        "(INAPI) ha designado a",
        "tiene el honor de comunicarle los nombres de los expertos designados por el Instituto "
        "Nacional de la Propiedad Industrial (INAPI):",
    ),
    ("ru", "собственности назначает", "собственности назначил"),
    ("ru", "собственности назначает", "собственности определил"),
    ("zh", "国家知识产权局推荐以下", "国家知识产权局已推荐以下"),
    (
        "zh",
        "国家知识产权局推荐以下两位同志参加有关工作队",
        "由国家知识产权局推荐的以下两位同志将参加有关工作队",
    ),
    ("ar", "الصناعية يرشح السيدة", "الصناعية قد رشّح السيدة"),
]


@pytest.mark.parametrize(("lang", "said", "reworded"), REWORDED)
def test_office_the_note_names_in_the_perfect_or_passive(
    lang: str, said: str, reworded: str
) -> None:
    body, office, expected = NOTES[lang]
    assert said in body
    # With no rule: the cover runs on into the note.
    contract = read(body.replace(RULE + "\n", "").replace(said, reworded))
    assert contract["office"] == office
    assert [p[1] for p in people(contract)] == [p[1] for p in expected]


@pytest.mark.parametrize(
    ("lang", "said", "unnamed"),
    [
        ("en", "the Examplian Industrial Property Office has designated", "it has designated"),
        (
            "fr",
            "l'Office national de la propriété industrielle (ONAPI) a désigné",
            "ont été désignés",
        ),
        (
            "es",
            "el Instituto Nacional de la Propiedad Industrial (INAPI) ha designado",
            "han sido designados",
        ),
    ],
)
def test_wipo_address_closing_the_note_is_no_office(lang: str, said: str, unnamed: str) -> None:
    """A note naming no office: WIPO's address at its foot is the addressee's, and the
    mission is no office either."""
    body, _office, expected = NOTES[lang]
    contract = read(body.replace(RULE + "\n", "").replace(said, unnamed))
    assert contract["kind"] == "nomination"
    assert contract["office"] is None
    assert len(people(contract)) == len(expected)


def test_mission_heading_and_note_heading_are_no_office_label() -> None:
    """The mission's name over "照　会" is no label, and the "各局" the circular invites is
    no office: the office is the one the note says nominates."""
    body, office, _expected = NOTES["zh"]
    contract = read(body.replace(RULE + "\n", "——————————————————\n"))
    assert contract["office"] == office


@pytest.mark.parametrize(
    ("lead", "items"),
    [
        (
            "La Mission a l'honneur de lui communiquer les noms des fonctionnaires désignés par "
            "le\nService de la Propriété Industrielle (SPI) du Ministère du Commerce et de "
            "l'Industrie pour\nparticiper aux travaux des équipes d'experts du CWS :\n\n",
            "– Madame Aïssata DIALLO, Chef du Service des brevets, pour l'équipe\nd'experts "
            "chargée des API ; nom d'utilisateur : ex-adiallo ;\n\n"
            "– Monsieur Karim TRAORÉ, Ingénieur informaticien, pour l'équipe\nd'experts "
            "chargée de la situation juridique ; nom d'utilisateur : ex-ktraore.\n\n",
        ),
        (
            "La Misión tiene el honor de comunicarle los nombres de los funcionarios designados "
            "por el\nInstituto Nacional de la Propiedad Industrial (INAPI) de Ejemplandia "
            "para\nparticipar en los equipos técnicos del CWS:\n\n",
            "- la Sra. Lucía MORALES, Jefa del Departamento de Patentes, para el Equipo\n"
            "Técnico sobre API; nombre de usuario: ej-lmorales;\n\n"
            "- el Sr. Andrés PAREDES, Analista de Sistemas, para el Equipo Técnico sobre\n"
            "la Situación Jurídica; nombre de usuario: ej-aparedes.\n\n",
        ),
    ],
)
def test_wrapped_end_of_the_lead_in_is_no_task_force_label(lead: str, items: str) -> None:
    contract = read("Madame, Monsieur,\n\n" + lead + items + "Secrétariat\n")
    assert contract["kind"] == "nomination"
    assert [p[5] for p in people(contract)] == [API, LS]
    warnings = contract["warnings"]
    assert isinstance(warnings, list)
    assert not [w for w in warnings if w["code"] == "unknown_task_force"]


# -- near misses ------------------------------------------------------------------------

ACKNOWLEDGEMENTS = {
    "en": "The Permanent Mission of the Republic of Examplia presents its compliments to the "
    "World Intellectual Property Organization and has the honour to acknowledge receipt of "
    "circular C. CWS 175. The Examplian Industrial Property Office will communicate the names "
    "of its experts in due course.\n\nThe Permanent Mission avails itself of this opportunity "
    "to renew to the World Intellectual Property Organization the assurances of its highest "
    "consideration.\n",
    "fr": "La Mission permanente de la République du Exemplistan présente ses compliments à "
    "l'Organisation Mondiale de la Propriété Intellectuelle et a l'honneur d'accuser réception "
    "de la circulaire C. CWS 175. L'Office national de la propriété industrielle communiquera "
    "les noms de ses experts ultérieurement.\n\nLa Mission permanente saisit cette occasion "
    "pour renouveler à l'Organisation les assurances de sa haute considération.\n",
    "es": "La Misión Permanente de la República de Ejemplandia saluda atentamente a la "
    "Organización Mundial de la Propiedad Intelectual y tiene el honor de acusar recibo de la "
    "circular C. CWS 175. El Instituto Nacional de la Propiedad Industrial comunicará los "
    "nombres de sus expertos más adelante.\n\nLa Misión Permanente aprovecha la oportunidad "
    "para reiterar a la Organización las seguridades de su más alta consideración.\n",
    "ru": "Постоянное представительство Республики Примерия свидетельствует свое уважение "
    "Международному бюро ВОИС и имеет честь подтвердить получение циркулярного письма "
    "C. CWS 175. Национальный центр интеллектуальной собственности сообщит имена своих "
    "экспертов позднее.\n\nПостоянное представительство пользуется случаем, чтобы возобновить "
    "Международному бюро уверения в своем высоком уважении.\n",
    "zh": "中华人民共和国常驻日内瓦代表团向世界知识产权组织国际局致意，并谨告知已收到"
    "C. CWS 175号通函。国家知识产权局将另行通报推荐人选。\n\n代表团顺致崇高的敬意。\n",
    "ar": "تهدي البعثة الدائمة لجمهورية المثال أطيب تحياتها إلى المنظمة العالمية للملكية "
    "الفكرية، وتتشرف بإفادتها باستلام التعميم C. CWS 175، وبأن المكتب الوطني للملكية الصناعية "
    "سيبلغ بأسماء خبرائه لاحقاً.\n\nوتغتنم البعثة الدائمة هذه الفرصة لتعرب عن فائق احترامها.\n",
}


@pytest.mark.parametrize("lang", sorted(ACKNOWLEDGEMENTS))
def test_note_nominating_nobody_is_no_nomination(lang: str) -> None:
    body = (
        "Dear colleagues,\n\nPlease find below the text of our note verbale.\n\n"
        "Best regards,\nRegistry\n\n" + RULE + "\n\n" + ACKNOWLEDGEMENTS[lang]
    )
    contract = read(body)
    assert contract["kind"] == "other"
    assert not contract["nominees"]


def test_earlier_note_quoted_under_a_header_block_stays_history() -> None:
    body, _office, _expected = NOTES["en"]
    note = body[body.index("PERMANENT MISSION") :]
    contract = read(
        "Dear colleagues,\n\nCould you kindly confirm that our note verbale below was "
        "received?\n\nBest regards,\nRegistry\n\n" + RULE + "\n"
        "From: Registry <registry@mission.example>\n"
        "Sent: Wednesday, October 11, 2023 10:04 AM\nTo: cws.mail@wipo.int\n"
        "Subject: Note verbale\n\n" + note
    )
    assert contract["kind"] == "other"
    assert not contract["nominees"]


def test_designated_by_my_office_names_no_office() -> None:
    """ "I have been designated by my office": the signature names it, not the sentence."""
    contract = read(
        "Dear Secretariat,\n\nI have been designated by my office to take part in the Legal "
        "Status Task Force (C. CWS 175). My WIPO username is kr-jpark.\n\nBest regards,\n"
        "Park Ji-hoon\nPatent Examiner\nKorean Intellectual Property Office (KIPO)\n",
        sender="Park Ji-hoon <jpark@kipo.example>",
    )
    assert contract["office"] == "Korean Intellectual Property Office (KIPO)"
