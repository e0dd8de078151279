"""Words the templates need in each language: annex field names, titles, dates, greetings."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

__all__ = [
    "COLON",
    "FIELD_LABELS",
    "LANGUAGES",
    "LIST_SEPARATOR",
    "NOMINEE_FIELDS",
    "NOT_PROVIDED",
    "TITLES",
    "field_label",
    "format_date",
    "title_label",
]

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ru", "zh", "ar")

# Per-representative annex fields, in the order the annex asks for them.
NOMINEE_FIELDS: tuple[str, ...] = (
    "task_forces",
    "title",
    "last_name",
    "first_name",
    "position",
    "username",
    "account_email",
)

# Between a label and its value: French typography puts a space before the colon,
# Chinese uses the full-width colon.
COLON: Mapping[str, str] = MappingProxyType(
    {"en": ": ", "fr": " : ", "es": ": ", "ru": ": ", "zh": "：", "ar": ": "}
)

# Between items of an inline list (task forces).
LIST_SEPARATOR: Mapping[str, str] = MappingProxyType(
    {"en": ", ", "fr": ", ", "es": ", ", "ru": ", ", "zh": "、", "ar": "، "}
)

# Shown in place of a value the office has not given.
NOT_PROVIDED: Mapping[str, str] = MappingProxyType(
    {
        "en": "[not provided]",
        "fr": "[non communiqué]",
        "es": "[no facilitado]",
        "ru": "[не указано]",
        "zh": "（未提供）",
        "ar": "[لم يُذكر]",
    }
)

# Field names as the Annex to the circular words them in each language
# (cws-facts.md §3.2: English and French as confirmed, the others in WIPO usage).
FIELD_LABELS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "en": MappingProxyType(
            {
                "office": "Name of Office/Organization",
                "task_forces": "Name(s) of the Task Force(s)",
                "title": "Title (Mrs/Ms/Mr)",
                "last_name": "Last name",
                "first_name": "First name",
                "position": "Position in the Office",
                "username": "WIPO User Center (WIPO Accounts) username",
                "account_email": "E-mail address used to create the WIPO Account",
            }
        ),
        "fr": MappingProxyType(
            {
                "office": "Nom de l'office ou de l'organisation",
                "task_forces": "Nom(s) de l'équipe/des équipes d'experts",
                "title": "Titre (Mme/M.)",
                "last_name": "Nom",
                "first_name": "Prénom",
                "position": "Poste occupé au sein de l'office",
                "username": "Nom d'utilisateur auprès du Centre d'utilisateurs de l'OMPI (comptes OMPI)",
                "account_email": "Adresse électronique utilisée lors de la création du compte OMPI",
            }
        ),
        "es": MappingProxyType(
            {
                "office": "Nombre de la Oficina/organización",
                "task_forces": "Nombre(s) del Equipo Técnico/de los Equipos Técnicos",
                "title": "Tratamiento (Sra./Sr.)",
                "last_name": "Apellido",
                "first_name": "Nombre",
                "position": "Cargo que ocupa en la Oficina",
                "username": "Nombre de usuario del Centro de Usuarios de la OMPI (Cuentas OMPI)",
                "account_email": "Dirección de correo electrónico utilizada para crear la cuenta OMPI",
            }
        ),
        "ru": MappingProxyType(
            {
                "office": "Название ведомства/организации",
                "task_forces": "Название целевой группы (групп)",
                "title": "Обращение (г-жа/г-н)",
                "last_name": "Фамилия",
                "first_name": "Имя",
                "position": "Должность в ведомстве",
                "username": "Имя пользователя в Центре пользователей ВОИС (учетная запись ВОИС)",
                "account_email": "Адрес электронной почты, использованный при создании учетной записи ВОИС",
            }
        ),
        "zh": MappingProxyType(
            {
                "office": "主管局/组织名称",
                "task_forces": "工作队名称",
                "title": "称谓（女士/先生）",
                "last_name": "姓",
                "first_name": "名",
                "position": "在主管局的职务",
                "username": "产权组织用户中心用户名（产权组织账户）",
                "account_email": "创建产权组织账户时使用的电子邮件地址",
            }
        ),
        "ar": MappingProxyType(
            {
                "office": "اسم المكتب/المنظمة",
                "task_forces": "اسم فرقة/فرق العمل",
                "title": "اللقب (السيدة/السيد)",
                "last_name": "اسم العائلة",
                "first_name": "الاسم الأول",
                "position": "المنصب في المكتب",
                "username": "اسم المستخدم في مركز مستخدمي الويبو (حساب الويبو)",
                "account_email": "عنوان البريد الإلكتروني المستخدم عند إنشاء حساب الويبو",
            }
        ),
    }
)

# Courtesy titles as written before a surname in each language.
TITLES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "en": MappingProxyType({"Mr": "Mr.", "Mrs": "Mrs.", "Ms": "Ms."}),
        "fr": MappingProxyType({"Mr": "M.", "Mrs": "Mme", "Ms": "Mme"}),
        "es": MappingProxyType({"Mr": "Sr.", "Mrs": "Sra.", "Ms": "Sra."}),
        "ru": MappingProxyType({"Mr": "г-н", "Mrs": "г-жа", "Ms": "г-жа"}),
        "zh": MappingProxyType({"Mr": "先生", "Mrs": "女士", "Ms": "女士"}),
        "ar": MappingProxyType({"Mr": "السيد", "Mrs": "السيدة", "Ms": "السيدة"}),
    }
)

_MONTHS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": (
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December",
        ),
        "fr": (
            "janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        ),
        "es": (
            "enero", "febrero", "marzo", "abril", "mayo", "junio",
            "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        ),
        # Genitive forms, as after a day number.
        "ru": (
            "января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря",
        ),
        # UN Arabic uses the Levantine-neutral transliterated month names.
        "ar": (
            "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        ),
    }
)  # fmt: skip


def _lang(language: str) -> str:
    return language if language in FIELD_LABELS else "en"


def field_label(field: str, language: str) -> str:
    """Annex name of `field` ("username", "office" ...) in `language`; English if unknown."""
    return FIELD_LABELS[_lang(language)].get(field, field)


def title_label(title: str | None, language: str) -> str:
    """Courtesy title ("Mr", "Mrs", "Ms") as written in `language`; empty when unknown."""
    if not title:
        return ""
    return TITLES[_lang(language)].get(title, title)


def format_date(value: date, language: str) -> str:
    """A date as a WIPO document in `language` writes it.

    >>> format_date(date(2023, 10, 20), "ru")
    '20 октября 2023 г.'
    >>> format_date(date(2023, 10, 20), "zh")
    '2023年10月20日'
    """
    lang = _lang(language)
    if lang == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    month = _MONTHS[lang][value.month - 1]
    if lang == "en":
        return f"{value.day} {month} {value.year}"
    if lang == "es":
        return f"{value.day} de {month} de {value.year}"
    if lang == "ru":
        return f"{value.day} {month} {value.year} г."
    if lang == "fr" and value.day == 1:
        return f"1er {month} {value.year}"  # French ordinal for the first of the month
    return f"{value.day} {month} {value.year}"
