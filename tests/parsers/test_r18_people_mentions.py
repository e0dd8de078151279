"""People a mail names without nominating them.

- Someone put on a mailing or distribution list, or in copy of the correspondence ("Please
  add Mr X to our mailing list", "veuillez ajouter M. X à votre liste de diffusion",
  "sírvanse incluir al Sr. X en la lista de distribución", "включить г-на X в список
  рассылки", "请将其加入邮件列表", "ضمن قائمة المراسلات"): no task force, no nomination.
- Someone named as the cause or setting of the change: appointed head of office, retired,
  asking the writer to write, or signing ("Following the appointment of Mr X as Director
  General, we nominate Ms Y"): only Ms Y is nominated.
- The post on a drafter's or contact line ("Prepared by: Mr X, Legal Officer",
  "Исполнитель: ..., Управление международного сотрудничества", "经办人：李强，国际合作局"):
  the person's post or unit, never the office.

Near misses: "add Mr X to the API Task Force" nominates; a nomination asking also to add
the nominee to the mailing list stays one; "Mr X (in copy)" is still nominated; a nominee
appointed to a post, or nominated at her own request, is still nominated; the office named
on a contact line stays the office.
"""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def surnames(parsed: ParsedEmail) -> list[str | None]:
    return [n.last_name for n in parsed.nominees]


# ------------------------------------------------------------------ mailing lists

MAILING_LISTS = [
    (
        "en",
        "Dear Secretariat,\n\nPlease add Mr John Smith to our mailing list for CWS matters. "
        "His e-mail is john.smith@office.example.\n\nBest regards,\nAna Lopez\n",
    ),
    (
        "en",
        "Dear colleagues,\n\nWith reference to C. CWS 175, please add Ms Jane Roe to the list "
        "of recipients of CWS circulars (jane.roe@office.example).\n\nKind regards,\nPaul Brown\n",
    ),
    (
        "en",
        "Dear Secretariat,\n\nPlease include Mr John Smith in copy of your correspondence on "
        "C. CWS 175: john.smith@office.example\n\nRegards,\nAna\n",
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, veuillez ajouter M. Jean Dupont "
        "à votre liste de diffusion (jean.dupont@office.example).\n\nCordialement,\nMarie Martin\n",
    ),
    (
        "es",
        "Estimados señores:\n\nEn relación con la circular C. CWS 175, sírvanse incluir al Sr. "
        "Juan Pérez en la lista de distribución de las circulares del CWS "
        "(juan.perez@office.example).\n\nAtentamente,\nAna Gil\n",
    ),
    (
        "ru",
        "Уважаемые коллеги!\n\nПросим включить г-на Иванова Петра Сергеевича в список рассылки "
        "циркулярных писем КСВ (p.ivanov@office.example).\n\nС уважением,\nА. Смирнова\n",
    ),
    (
        "zh",
        "尊敬的秘书处：\n\n关于C. CWS 175号通函，我局指定王芳女士接收CWS通函，请将其加入邮件列表"
        "（wangfang@office.example）。\n\n此致\n国家知识产权局\n",
    ),
    (
        "ar",
        "السادة الأمانة،\n\nبالإشارة إلى التعميم C. CWS 175، يرجى تسمية السيد أحمد علي ضمن قائمة "
        "المراسلات الخاصة بتعاميم لجنة المعايير (ahmed.ali@office.example).\n\nمع التحية،\nسارة\n",
    ),
]


@pytest.mark.parametrize(("lang", "body"), MAILING_LISTS, ids=[c[0] for c in MAILING_LISTS])
def test_someone_added_to_a_mailing_list_is_no_nominee(lang: str, body: str) -> None:
    parsed = parse(body)
    assert parsed.kind is Kind.OTHER, (parsed.kind_reason, parsed.nominees)
    assert parsed.nominees == ()


def test_adding_someone_to_a_task_force_nominates() -> None:
    parsed = parse(
        "Dear Secretariat,\n\nIn reply to C. CWS 175, please add Mr John Smith to the API Task "
        "Force. His e-mail is john.smith@office.example.\n\nBest regards,\nAna Lopez\n"
    )
    assert parsed.kind is Kind.NOMINATION
    assert surnames(parsed) == ["Smith"]


def test_a_nomination_also_asking_for_the_mailing_list_stays_one() -> None:
    parsed = parse(
        "Dear Secretariat,\n\nIn reply to C. CWS 175, we nominate Ms Jane Roe. Please also add "
        "her to your mailing list (jane.roe@office.example).\n\nBest regards,\nAna Lopez\n"
    )
    assert parsed.kind is Kind.NOMINATION
    assert surnames(parsed) == ["Roe"]


def test_a_nominee_in_copy_is_still_nominated() -> None:
    parsed = parse(
        "Dear Secretariat,\n\nWith reference to C. CWS 175, we nominate Mr John Smith (in copy), "
        "Senior Examiner, john.smith@office.example.\n\nBest regards,\nAna Lopez\n"
    )
    assert parsed.kind is Kind.NOMINATION
    assert surnames(parsed) == ["Smith"]


# ------------------------------------------------------------------ people as context

CONTEXT = [
    (
        "en-appointment",
        "Following the appointment of Mr Peter Brown as Director General, our Office nominates "
        "Ms Jane Roe, Senior Examiner, to the API Task Force. Her WIPO username is xx-jroe and "
        "her e-mail jane.roe@office.example.\n",
        "Roe",
    ),
    (
        "en-appointed",
        "Mr Peter Brown was appointed Director General last month; the Office nominates Ms Jane "
        "Roe, Senior Examiner, to the API Task Force (username xx-jroe, jane.roe@office.example).\n",
        "Roe",
    ),
    (
        "en-asked",
        "Mr Peter Brown, our Director General, has asked me to inform you that we nominate Ms "
        "Jane Roe, Senior Examiner, to the API Task Force (username xx-jroe, "
        "jane.roe@office.example).\n",
        "Roe",
    ),
    (
        "en-retirement",
        "Following the retirement of Mr Peter Brown, we nominate Ms Jane Roe, Senior Examiner, "
        "to the API Task Force (username xx-jroe, jane.roe@office.example).\n",
        "Roe",
    ),
    (
        "en-undersigned",
        "I, the undersigned Mr Peter Brown, Director General, hereby nominate Ms Jane Roe, Senior "
        "Examiner, to the API Task Force (username xx-jroe, jane.roe@office.example).\n",
        "Roe",
    ),
    (
        "fr-appointment",
        "Suite à la nomination de M. Pierre Durand en qualité de Directeur général, l'Office "
        "désigne Mme Marie Martin, examinatrice, à l'Équipe d'experts chargée des API (nom "
        "d'utilisateur xx-mmartin, marie.martin@office.example).\n",
        "Martin",
    ),
    (
        "fr-retired",
        "M. Pierre Durand ayant pris sa retraite, l'Office désigne Mme Marie Martin, "
        "examinatrice, à l'Équipe d'experts chargée des API (nom d'utilisateur xx-mmartin, "
        "marie.martin@office.example).\n",
        "Martin",
    ),
    (
        "fr-request",
        "À la demande de M. Pierre Durand, Directeur général, j'ai l'honneur de vous informer que "
        "l'Office désigne Mme Marie Martin, examinatrice, à l'Équipe d'experts chargée des API "
        "(nom d'utilisateur xx-mmartin, marie.martin@office.example).\n",
        "Martin",
    ),
    (
        "fr-undersigned",
        "Je soussigné, M. Pierre Durand, Directeur général, désigne Mme Marie Martin, "
        "examinatrice, à l'Équipe d'experts chargée des API.\n",
        "Martin",
    ),
    (
        "es-appointment",
        "Tras el nombramiento del Sr. Pedro García como Director General, la Oficina designa a "
        "la Sra. Ana Ruiz, examinadora, para el Equipo Técnico sobre API (usuario xx-aruiz, "
        "ana.ruiz@office.example).\n",
        "Ruiz",
    ),
    (
        "es-retirement",
        "Con motivo de la jubilación del Sr. Pedro García, la Oficina designa a la Sra. Ana Ruiz, "
        "examinadora, para el Equipo Técnico sobre API (usuario xx-aruiz, "
        "ana.ruiz@office.example).\n",
        "Ruiz",
    ),
    (
        "es-asked",
        "El Sr. Pedro García, Director General, me ha pedido que les comunique que la Oficina "
        "designa a la Sra. Ana Ruiz, examinadora, para el Equipo Técnico sobre API (usuario "
        "xx-aruiz, ana.ruiz@office.example).\n",
        "Ruiz",
    ),
    (
        "es-undersigned",
        "El suscrito, Sr. Pedro García, Director General, designa a la Sra. Ana Ruiz, "
        "examinadora, para el Equipo Técnico sobre API.\n",
        "Ruiz",
    ),
    (
        "ru-appointment",
        "В связи с назначением г-на Петрова Ивана Сергеевича Генеральным директором сообщаем, "
        "что в Целевую группу по API выдвигается г-жа Иванова Анна Сергеевна, главный эксперт "
        "(имя пользователя xx-aivanova, a.ivanova@office.example).\n",
        "Иванова",
    ),
    (
        "ru-retirement",
        "В связи с выходом на пенсию г-на Петрова И.С. в Целевую группу по API выдвигается г-жа "
        "Иванова Анна Сергеевна, главный эксперт (имя пользователя xx-aivanova, "
        "a.ivanova@office.example).\n",
        "Иванова",
    ),
    (
        "ru-request",
        "По просьбе г-на Петрова И.С., Генерального директора, сообщаем, что в Целевую группу по "
        "API выдвигается г-жа Иванова Анна Сергеевна, главный эксперт (имя пользователя "
        "xx-aivanova, a.ivanova@office.example).\n",
        "Иванова",
    ),
    (
        "zh-appointment",
        "鉴于李强先生已被任命为局长，我局提名王芳女士（审查员）参加API工作队，用户名xx-wangfang，"
        "邮箱wangfang@office.example。\n",
        "王",
    ),
    (
        "zh-retired",
        "由于李强先生已退休，我局提名王芳女士（审查员）参加API工作队，用户名xx-wangfang，"
        "邮箱wangfang@office.example。\n",
        "王",
    ),
    (
        "ar-appointment",
        "على إثر تعيين السيد محمد حسن مديرا عاما، يرشح المكتب السيدة سارة أحمد، فاحصة، لفرقة "
        "العمل المعنية بواجهات API (اسم المستخدم xx-sahmed، البريد sara.ahmed@office.example).\n",
        "أحمد",
    ),
    (
        "ar-retirement",
        "نظرا لتقاعد السيد محمد حسن، يرشح المكتب السيدة سارة أحمد، فاحصة، لفرقة العمل المعنية "
        "بواجهات API (اسم المستخدم xx-sahmed، البريد sara.ahmed@office.example).\n",
        "أحمد",
    ),
    (
        "ar-request",
        "بناء على طلب السيد محمد حسن، المدير العام، يرشح المكتب السيدة سارة أحمد، فاحصة، لفرقة "
        "العمل المعنية بواجهات API (اسم المستخدم xx-sahmed، البريد sara.ahmed@office.example).\n",
        "أحمد",
    ),
]


@pytest.mark.parametrize(("case", "body", "nominee"), CONTEXT, ids=[c[0] for c in CONTEXT])
def test_a_person_named_as_context_is_no_nominee(case: str, body: str, nominee: str) -> None:
    parsed = parse(body)
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert surnames(parsed) == [nominee]
    assert parsed.nominees[0].task_forces == ("API Task Force",)


NOMINEES_IN_CONTEXT = [
    (
        "own-appointment",
        "Following his appointment as Head of the Patent Information Section, we nominate Mr "
        "John Smith to the API Task Force (username xx-jsmith, john.smith@office.example).\n",
        ["Smith"],
    ),
    (
        "relative-clause",
        "We nominate Ms Jane Roe, who was recently appointed Director of Patents, and Mr John "
        "Smith, Examiner, to the API Task Force.\n",
        ["Roe", "Smith"],
    ),
    (
        "two-nominees",
        "Following the appointment of Mr Peter Brown as Director General, we nominate Ms Jane "
        "Roe and Mr John Smith to the API Task Force.\n",
        ["Roe", "Smith"],
    ),
    (
        "own-request",
        "At the request of Ms Jane Roe, we nominate her to the API Task Force (username xx-jroe, "
        "jane.roe@office.example).\n",
        ["Roe"],
    ),
    (
        "appointed-to-task-force",
        "Ms Jane Roe has been appointed to the API Task Force as our Director requested, and Mr "
        "John Smith to the XML4IP Task Force.\n",
        ["Roe", "Smith"],
    ),
    (
        "post-said-later",
        "We nominate Mr John Smith and Ms Jane Roe to the API Task Force. Mr Smith was appointed "
        "Head of Division last year.\n",
        ["Smith", "Roe"],
    ),
]


@pytest.mark.parametrize(
    ("case", "body", "expected"), NOMINEES_IN_CONTEXT, ids=[c[0] for c in NOMINEES_IN_CONTEXT]
)
def test_a_nominee_in_such_words_is_still_nominated(
    case: str, body: str, expected: list[str]
) -> None:
    parsed = parse(body)
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert surnames(parsed) == expected


# ------------------------------------------------------------------ drafter lines

_EN = (
    "Dear Secretariat,\n\nIn reply to C. CWS 175, we nominate Ms Jane Roe, Senior Examiner, to "
    "the API Task Force (username xx-jroe, jane.roe@office.example).\n\nBest regards,\nAna Lopez\n\n"
)
_FR = (
    "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, nous désignons Mme Marie "
    "Martin, examinatrice, à l'Équipe d'experts chargée des API (nom d'utilisateur xx-mmartin, "
    "marie.martin@office.example).\n\nCordialement,\n\n"
)
_ES = (
    "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, designamos a la Sra. Ana Ruiz, "
    "examinadora, para el Equipo Técnico sobre API (usuario xx-aruiz, ana.ruiz@office.example)."
    "\n\nAtentamente,\n\n"
)
_RU = (
    "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 выдвигаем г-жу Иванову Анну "
    "Сергеевну, главного эксперта, в Целевую группу по API (имя пользователя xx-aivanova, "
    "a.ivanova@office.example).\n\nС уважением,\n\n"
)
_ZH = (
    "尊敬的秘书处：\n\n根据C. CWS 175号通函，我局提名王芳女士（审查员）参加API工作队，用户名"
    "xx-wangfang，邮箱wangfang@office.example。\n\n"
)
_AR = (
    "السادة الأمانة،\n\nردا على التعميم C. CWS 175، يرشح المكتب السيدة سارة أحمد، فاحصة، لفرقة "
    "العمل المعنية بواجهات API (اسم المستخدم xx-sahmed، البريد sara.ahmed@office.example).\n\n"
    "مع التحية،\n\n"
)
DRAFTERS = [
    ("en-prepared", _EN + "Prepared by: Mr John Smith, Legal Officer\n"),
    ("en-drafted", _EN + "Drafted by: Mr John Smith, Legal Officer\n"),
    ("en-focal", _EN + "Focal point for this letter: Mr John Smith, Legal Officer\n"),
    ("en-unit", _EN + "Prepared by: Mr John Smith, Head, International Cooperation Office\n"),
    ("fr", _FR + "Rédigé par : M. Luc Petit, Service des affaires juridiques\n"),
    ("es", _ES + "Elaborado por: Luis Gil, Oficina de Asuntos Jurídicos\n"),
    ("ru", _RU + "Исполнитель: Смирнова А.П., Управление международного сотрудничества\n"),
    ("zh-jingban", _ZH + "经办人：李强，国际合作局\n"),
    ("zh-chengban", _ZH + "承办人：李强（办公室）\n"),
    ("ar", _AR + "إعداد: السيد علي حسن، رئيس مكتب الشؤون القانونية\n"),
]


@pytest.mark.parametrize(("case", "body"), DRAFTERS, ids=[c[0] for c in DRAFTERS])
def test_a_drafters_post_is_not_the_office(case: str, body: str) -> None:
    parsed = parse(body)
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert parsed.office is None, parsed.evidence.get("office")
    assert len(parsed.nominees) == 1


def test_a_signers_post_ending_in_officer_is_not_the_office() -> None:
    parsed = parse(
        _EN.replace("Ana Lopez\n", "Ana Lopez\nLegal Officer\nPatent Office of Exampleland\n")
    )
    assert parsed.office == "Patent Office of Exampleland"


def test_the_office_named_on_a_drafters_line_stays_the_office() -> None:
    parsed = parse(
        _FR + "Personne de contact : M. Luc Petit, Office de la propriété intellectuelle\n"
    )
    assert parsed.office == "Office de la propriété intellectuelle"
