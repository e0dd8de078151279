"""The nominating verbs offices use, in every person and tense, and the near misses.

- Arabic "أرشح" (I nominate), its vowelled forms ("نرشّح"), its past ("رشحنا", "رشحت") and
  the formulas around it ("أنا الموقع أدناه ... أرشح", "يسرني أن أرشح"); "أسمي", "نعين",
  "نقترح" before a title.
- Recommending or sending a person ("I recommend Ms X", "Je recommande Mme X", "Recomiendo a
  la Sra. X", "рекомендуем г-жу X", "направляем г-жу X"), "je nomme", "designo", "nombro",
  "сообщаем о выдвижении", "兹指派", "我局选派", "拟派"; an untitled name after "la
  candidature de", "la candidatura de".

Near misses nominate nobody: a question ("can I recommend Ms X?"), advice to contact
someone ("we recommend that you contact Ms X", "направляем Вам письмо", "نقترح أن تتصلوا"),
"je me nomme" and "اسمي" (my name is), a nomination promised for later ("we will nominate
Ms X later", "سنرشح السيدة X لاحقا"), one the writer received ("I was nominated last year
by Ms X", "меня выдвинула г-жа X", "رُشِّحتُ من قبل السيدة X").
"""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

_LETTERS = {
    "en": "Dear Sir or Madam,\n\n{}\n\nBest regards,\nJohn Smith\n",
    "fr": "Madame, Monsieur,\n\n{}\n\nCordialement,\nJean Martin\n",
    "es": "Estimados señores:\n\n{}\n\nAtentamente,\nJuan Pérez\n",
    "ru": "Уважаемые коллеги!\n\n{}\n\nС уважением,\nП. Петров\n",
    "zh": "尊敬的先生/女士：\n\n{}\n\n此致\n敬礼\n李明\n",
    "ar": "السادة المحترمون،\n\n{}\n\nوتفضلوا بقبول فائق الاحترام،\nأحمد علي\n",
}


def parse(lang: str, sentence: str) -> ParsedEmail:
    body = _LETTERS[lang].format(sentence)
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def nominated(parsed: ParsedEmail) -> list[tuple[str | None, str | None]]:
    if parsed.kind is not Kind.NOMINATION:
        return []
    return [(n.last_name, n.first_name) for n in parsed.nominees]


_AR = "السيدة ليلى حسن، فاحصة أولى"
_AR_NOMINEE = [("حسن", "ليلى")]


@pytest.mark.parametrize(
    "sentence",
    [
        f"أنا الموقع أدناه، أحمد علي، مدير مكتب البراءات، أرشح {_AR}.",
        f"أرشح {_AR}.",
        f"نرشّح {_AR}.",
        f"رشحنا {_AR}.",
        f"وقد رشحت {_AR}.",
        f"يسرني أن أرشح {_AR}.",
        f"يشرفني أن أرشح {_AR}.",
        f"أسمي {_AR}.",
        f"نعين {_AR}.",
        f"نقترح {_AR}.",
    ],
)
def test_arabic_first_person_and_past_nominate(sentence: str) -> None:
    assert nominated(parse("ar", sentence)) == _AR_NOMINEE


@pytest.mark.parametrize(
    "near_miss",
    [
        "اسمي أحمد علي، فاحص أول، ولدي سؤال عن الويكي.",
        f"نقترح أن تتصلوا ب{_AR.removeprefix('ال')}.",
        f"هل يمكنني أن أرشح {_AR}؟",
        f"سنرشح {_AR}، في وقت لاحق.",
        f"لقد رُشِّحتُ في العام الماضي من قبل {_AR}.",
    ],
)
def test_arabic_near_misses_nominate_nobody(near_miss: str) -> None:
    assert nominated(parse("ar", f"أرشح {_AR}.")) == _AR_NOMINEE
    assert nominated(parse("ar", near_miss)) == []


_EN = "Ms Jane Roe, Senior Patent Examiner"
_FR = "Mme Marie Dupont, examinatrice principale"
_ES = "a la Sra. María López, examinadora principal"
_RU = "г-жу Анну Сергеевну Иванову, главного эксперта"
_ZH = "王芳女士（审查员）"

_VERBS = [
    ("en", f"I recommend {_EN}.", ("Roe", "Jane")),
    ("en", f"We would like to recommend {_EN}.", ("Roe", "Jane")),
    ("fr", f"Je recommande {_FR}.", ("Dupont", "Marie")),
    ("fr", f"Je nomme {_FR}.", ("Dupont", "Marie")),
    ("es", f"Designo {_ES}.", ("López", "María")),
    ("es", f"Nombro {_ES}.", ("López", "María")),
    ("es", f"Recomendamos {_ES}.", ("López", "María")),
    ("ru", f"Рекомендуем {_RU}.", ("Иванова", "Анна Сергеевна")),
    ("ru", f"Направляем {_RU}.", ("Иванова", "Анна Сергеевна")),
    ("ru", f"Предлагаем {_RU}.", ("Иванова", "Анна Сергеевна")),
    (
        "ru",
        "Сообщаем о выдвижении г-жи Анны Сергеевны Ивановой, главного эксперта.",
        ("Иванова", "Анна Сергеевна"),
    ),
    ("zh", f"兹指派{_ZH}。", ("王", "芳")),
    ("zh", f"我局选派{_ZH}。", ("王", "芳")),
    ("zh", f"我局拟派{_ZH}。", ("王", "芳")),
]


@pytest.mark.parametrize(("lang", "sentence", "nominee"), _VERBS)
def test_recommending_and_sending_verbs_nominate(
    lang: str, sentence: str, nominee: tuple[str, str]
) -> None:
    assert nominated(parse(lang, sentence)) == [nominee]


@pytest.mark.parametrize(
    ("lang", "sentence", "near_miss"),
    [
        ("en", f"I recommend {_EN}.", f"Can I recommend {_EN}?"),
        ("en", f"I recommend {_EN}.", f"We recommend that you contact {_EN}."),
        ("en", f"I recommend {_EN}.", f"We will recommend {_EN}, later."),
        ("en", f"I recommend {_EN}.", f"We will nominate {_EN}, later."),
        ("en", f"I recommend {_EN}.", f"I was nominated last year by {_EN}."),
        ("fr", f"Je nomme {_FR}.", "Je me nomme Jean Martin, examinateur, et j'ai une question."),
        ("fr", f"Je recommande {_FR}.", f"Nous vous recommandons de contacter {_FR}."),
        ("fr", f"Je recommande {_FR}.", f"Nous désignerons {_FR}, plus tard."),
        ("es", f"Designo {_ES}.", f"Designaremos más adelante {_ES}."),
        ("es", f"Designo {_ES}.", f"El año pasado fui designada por la Sra. {_ES[10:]}."),
        ("es", f"Recomendamos {_ES}.", f"¿Puedo recomendar {_ES}?"),
        ("ru", f"Направляем {_RU}.", "Направляем Вам письмо г-жи Анны Сергеевны Ивановой."),
        ("ru", f"Рекомендуем {_RU}.", "Рекомендуем обратиться к г-же Анне Сергеевне Ивановой."),
        ("ru", f"Рекомендуем {_RU}.", f"Позднее мы выдвинем {_RU}."),
        ("zh", f"我局选派{_ZH}。", "去年我被王芳女士（审查员）推荐。"),
        ("zh", f"我局选派{_ZH}。", "我局稍后将推荐王芳女士（审查员）。"),
        ("zh", f"我局拟派{_ZH}。", "请联系派出所的王芳女士（审查员）。"),
    ],
)
def test_near_misses_nominate_nobody(lang: str, sentence: str, near_miss: str) -> None:
    assert nominated(parse(lang, sentence))
    assert nominated(parse(lang, near_miss)) == []


_FULL = {
    "fr": (
        "En réponse à la circulaire C. CWS 175, {} Marie Dupont, examinatrice principale, "
        "en tant que membre de l'Équipe d'experts chargée des API. Son adresse électronique "
        "est marie.dupont@office.example et son nom d'utilisateur est fr-mdupont.",
        ("Dupont", "Marie"),
    ),
    "es": (
        "En respuesta a la circular C. CWS 175, {} María López Gómez, examinadora principal, "
        "como miembro del Equipo Técnico de API. Su correo electrónico es "
        "maria.lopez@office.example y su nombre de usuario es es-mlopez.",
        ("López Gómez", "María"),
    ),
}


@pytest.mark.parametrize(
    ("lang", "formula"),
    [
        ("fr", "je présente la candidature de"),
        ("fr", "nous soumettons la candidature de"),
        ("es", "presento la candidatura de"),
    ],
)
def test_untitled_name_after_the_candidature_of(lang: str, formula: str) -> None:
    text, nominee = _FULL[lang]
    parsed = parse(lang, text.format(formula))
    assert nominated(parsed) == [nominee]
    assert parsed.nominees[0].task_forces == ("API Task Force",)
