"""WIPO ST.3 codes: which two-letter codes exist, and which office a name or acronym means."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["ST3_CODES", "is_common_compound", "is_st3_code", "office_code", "same_office_code"]

# ISO 3166-1 alpha-2 (ST.3 follows it for States).
_ISO = """
ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br
bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz
ec ee eg eh er es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw
gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky
kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv
mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py
qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg
th tj tk tl tm tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw
"""
# Organisation codes of ST.3 (cws-facts.md section 2); "eu" is accepted as EUIPO's common slip.
_ORGS = "ap bx ea em ep gc ib wo oa qz xn xu xv xx eu"
ST3_CODES: frozenset[str] = frozenset(_ISO.split()) | frozenset(_ORGS.split())

# Office names, acronyms and country names in the six languages -> ST.3 code.
# Longer, more specific names come first where a short one would also match
# ("INPI Brasil" before "INPI").
_OFFICES: tuple[tuple[str, str], ...] = (
    (
        "ib~",
        r"WIPO|OMPI|ВОИС|世界知识产权组织|产权组织|الويبو|International Bureau|Bureau international|Oficina Internacional|Международное бюро|国际局|المكتب الدولي",
    ),
    (
        "us",
        r"USPTO|United States(?: of America)?|[ÉE]tats-Unis|Estados Unidos|США|Соединенные Штаты|美国|الولايات المتحدة",
    ),
    ("ca", r"CIPO|OPIC|Canadian Intellectual Property Office|Canada|Канада|加拿大|كندا"),
    (
        "ru",
        r"Rospatent|Роспатент|ФИПС|Russian Federation|Russia|F[ée]d[ée]ration de Russie|Federaci[óo]n de Rusia|Российская Федерация|Россия|Российской Федерации|俄罗斯|روسيا|الاتحاد الروسي",
    ),
    # Hong Kong and Macao have ST.3 codes of their own; "中国香港", "Hong Kong, China" and
    # "中华人民共和国澳门特别行政区" name them, not China's office.
    (
        "hk",
        r"(?:中华人民共和国|中華人民共和國|中国|中國)?(?:香港|Hong[ -]?Kong|Гонконг|هونغ كونغ|هونج كونج)",
    ),
    (
        "mo",
        r"(?:中华人民共和国|中華人民共和國|中国|中國)?(?:澳门|澳門|Maca[ou]|Makao|Макао|ماكاو)",
    ),
    ("cn", r"CNIPA|SIPO|China|Chine|Китай|中国|中华人民共和国|国家知识产权局|الصين"),
    ("jp", r"JPO|Japan Patent Office|Japan|Japon|Jap[óo]n|Япония|日本|اليابان"),
    (
        "kr",
        r"KIPO|Korean Intellectual Property Office|Republic of Korea|Korea|Cor[ée]e|Corea|Корея|韩国|大韩民国|كوريا",
    ),
    ("de", r"DPMA|Germany|Allemagne|Alemania|Германия|德国|ألمانيا|Deutsches Patent"),
    ("br", r"INPI[ -]?(?:Brasil|Brazil|BR)|Brazil|Br[ée]sil|Brasil|Бразилия|巴西|البرازيل"),
    ("ar", r"INPI[ -]?(?:Argentina|AR)|Argentina|Argentine|Аргентина|阿根廷|الأرجنتين"),
    ("pt", r"INPI[ -]?(?:Portugal|PT)|Portugal|Португалия|葡萄牙|البرتغال"),
    ("fr", r"France|Франция|法国|فرنسا"),
    ("fr~", r"INPI"),
    ("es", r"OEPM|Spain|Espagne|Espa[ñn]a|Испания|西班牙|إسبانيا"),
    (
        "gb",
        r"UKIPO|UK IPO|Intellectual Property Office of the United Kingdom|United Kingdom|Royaume-Uni|Reino Unido|Великобритания|Соединенное Королевство|英国|المملكة المتحدة",
    ),
    (
        "em",
        r"EUIPO|OHIM|OAMI|European Union Intellectual Property Office|Office de l'Union europ[ée]enne pour la propri[ée]t[ée] intellectuelle|ВЕИС|欧盟知识产权局",
    ),
    (
        "ep",
        r"EPO|OEB|OEP|European Patent Office|Office europ[ée]en des brevets|Oficina Europea de Patentes|Европейское патентное ведомство|ЕПВ|欧洲专利局|المكتب الأوروبي للبراءات",
    ),
    ("ea", r"EAPO|OEAB|Eurasian Patent|Евразийское патентное ведомство|ЕАПВ|ЕАПО|欧亚专利局"),
    ("bx", r"BOIP|OBPI|Benelux"),
    ("au", r"IP Australia|Australia|Australie|Австралия|澳大利亚|أستراليا"),
    ("ap", r"ARIPO"),
    ("oa", r"OAPI"),
    ("gc", r"GCC Patent Office|GCCPO|مكتب براءات الاختراع لمجلس التعاون"),
    ("xn", r"Nordic Patent Institute|NPI"),
    ("xv", r"Visegrad Patent Institute|VPI"),
    ("xu", r"UPOV"),
    ("qz", r"CPVO"),
    ("mx", r"IMPI|Mexico|Mexique|M[ée]xico|Мексика|墨西哥|المكسيك"),
    ("cl", r"INAPI[ -]?Chile|Chile|Chili|Чили|智利|شيلي"),
    (
        "co",
        r"Superintendencia de Industria y Comercio|Colombia|Colombie|Колумбия|哥伦比亚|كولومبيا",
    ),
    ("pe", r"INDECOPI|Peru|P[ée]rou|Per[úu]|Перу|秘鲁|بيرو"),
    ("in", r"CGPDTM|India|Inde|Индия|印度|الهند"),
    ("eg", r"Egypt|[ÉE]gypte|Egipto|Египет|埃及|مصر"),
    (
        "sa",
        r"SAIP|Saudi Arabia|Arabie saoudite|Arabia Saudita|Саудовская Аравия|沙特阿拉伯|السعودية",
    ),
    ("ma", r"OMPIC|Morocco|Maroc|Marruecos|Марокко|摩洛哥|المغرب"),
    ("dz", r"INAPI[ -]?Alg[ée]rie|Algeria|Alg[ée]rie|Argelia|Алжир|阿尔及利亚|الجزائر"),
    ("tn", r"INNORPI|Tunisia|Tunisie|T[úu]nez|Тунис|突尼斯|تونس"),
    ("ae", r"United Arab Emirates|[ÉE]mirats arabes unis|الإمارات"),
    ("jo", r"Jordan|Jordanie|Jordania|الأردن"),
    ("ch", r"IPI|Swiss Federal Institute|Switzerland|Suisse|Suiza|Швейцария|瑞士|سويسرا"),
    ("at", r"Austrian Patent Office|Austria|Autriche|Австрия|奥地利"),
    ("it", r"UIBM|Italy|Italie|Italia|Италия|意大利"),
    ("nl", r"Netherlands|Pays-Bas|Pa[íi]ses Bajos|Нидерланды|荷兰"),
    ("se", r"PRV|Sweden|Su[èe]de|Suecia|Швеция|瑞典"),
    ("fi", r"PRH|Finland|Finlande|Finlandia|Финляндия|芬兰"),
    ("no", r"NIPO|Norway|Norv[èe]ge|Noruega|Норвегия|挪威"),
    ("dk", r"DKPTO|Denmark|Danemark|Dinamarca|Дания|丹麦"),
    ("pl", r"UPRP|Poland|Pologne|Polonia|Польша|波兰"),
    ("cz", r"Czech Republic|Czechia|Tch[èe]quie|Chequia|Чехия|捷克"),
    ("hu", r"HIPO|Hungary|Hongrie|Hungr[íi]a|Венгрия|匈牙利"),
    ("ro", r"OSIM|Romania|Roumanie|Rumania|Румыния|罗马尼亚"),
    ("il", r"Israel|Isra[ëe]l|Израиль|以色列"),
    ("tr", r"TURKPATENT|T[üu]rkiye|Turkey|Turquie|Turqu[íi]a|Турция|土耳其|تركيا"),
    ("ua", r"UANIPIO|Ukraine|Ucrania|Украина|Украины|乌克兰|أوكرانيا"),
    ("kz", r"Kazakhstan|Kazajst[áa]n|Казахстан|哈萨克斯坦"),
    ("by", r"Belarus|B[ée]larus|Беларусь|Республика Беларусь|白俄罗斯"),
    ("uz", r"Uzbekistan|Ouzb[ée]kistan|Uzbekist[áa]n|Узбекистан|乌兹别克斯坦"),
    ("kg", r"Kyrgyzstan|Kyrgyz Republic|Kirghizistan|Кыргызстан|Кыргызпатент"),
    ("am", r"Armenia|Arm[ée]nie|Армения"),
    ("az", r"Azerbaijan|Azerba[ïi]djan|Azerbaiy[áa]n|Азербайджан"),
    ("md", r"AGEPI|Moldova|Молдова"),
    ("tj", r"Tajikistan|Таджикистан"),
    ("ge", r"Sakpatenti|Georgia|G[ée]orgie|Грузия"),
    ("sg", r"IPOS|Singapore|Singapour|Singapur|Сингапур|新加坡"),
    ("ph", r"IPOPHL|Philippines|Filipinas|Филиппины|菲律宾"),
    ("vn", r"Viet Nam|Vietnam|Вьетнам|越南"),
    ("nz", r"IPONZ|New Zealand|Nouvelle-Z[ée]lande|Nueva Zelandia|Новая Зеландия|新西兰"),
    ("za", r"CIPC|South Africa|Afrique du Sud|Sud[áa]frica|ЮАР|南非"),
    ("cu", r"OCPI|Cuba|Куба|古巴"),
    ("uy", r"DNPI|Uruguay|Уругвай"),
    ("ec", r"SENADI|Ecuador|[ÉE]quateur|Эквадор"),
    ("ie", r"Ireland|Irlande|Irlanda|Ирландия|爱尔兰"),
    ("gr", r"OBI|Greece|Gr[èe]ce|Grecia|Греция|希腊"),
    ("qa", r"Qatar|قطر"),
    ("om", r"Oman|عمان"),
    ("kw", r"Kuwait|الكويت"),
    ("bh", r"Bahrain|البحرين"),
    ("lb", r"Lebanon|Liban|لبنان"),
    ("iq", r"Iraq|العراق"),
    ("sd", r"Sudan|السودان"),
    ("sy", r"Syria|سوريا|سورية"),
    ("ly", r"Libya|ليبيا"),
)


# Word boundaries for Latin and Cyrillic only: Han and Arabic names sit inside longer words.
_LB = r"(?<![A-Za-z0-9\u00c0-\u024f\u0400-\u04ff-])"
_RB = r"(?![A-Za-z0-9\u00c0-\u024f\u0400-\u04ff-])"


@lru_cache(maxsize=1)
def _office_pattern() -> re.Pattern[str]:
    # One alternation with a named group per code; a code ending in "~" is ambiguous
    # (INPI is also Brazil's and Argentina's; a mission "to WIPO" is not WIPO) and only
    # counts when nothing more specific is named.
    parts = [
        f"(?P<{code.rstrip('~')}_{i}{'_weak' if code.endswith('~') else ''}>{alts})"
        for i, (code, alts) in enumerate(_OFFICES)
    ]
    return re.compile(_LB + "(?:" + "|".join(parts) + ")" + _RB)


def is_st3_code(code: str) -> bool:
    return code.lower() in ST3_CODES


# Offices write their name the same way in every mail: each name is looked up once.
@lru_cache(maxsize=4096)
def office_code(office: str) -> str | None:
    """The ST.3 code of the office `office` names, or None if unknown.

    >>> office_code("Federal Service for Intellectual Property (Rospatent)")
    'ru'
    >>> office_code("ВОИС")
    'ib'
    """
    weak: str | None = None
    for match in _office_pattern().finditer(office):
        group = match.lastgroup or ""
        if group.endswith("_weak"):
            weak = weak or group.split("_", 1)[0]
        else:
            return group.split("_", 1)[0]
    return weak


def same_office_code(prefix: str, code: str) -> bool:
    """Whether a username prefix names the office `code` (WIPO staff use "ib" or "wo"; EUIPO "em" or "eu")."""
    prefix = prefix.lower()
    equivalent = {"ib": {"ib", "wo"}, "wo": {"ib", "wo"}, "em": {"em", "eu"}, "eu": {"em", "eu"}}
    return prefix in equivalent.get(code, {code})


# Words of the sentence that open with a two-letter code and a hyphen, as usernames do:
# "mon message ci-dessous", "au-dessus", "the co-chair", "a so-called", "re-send", "no-reply".
_COMMON_COMPOUND = re.compile(
    r"ci-(?:dessous|dessus|joint|jointe|joints|jointes|apr[eè]s|contre|inclus|incluse|devant)"
    r"|au-(?:dessous|dessus|del[aà]?|devant)|co-(?:chair\w*|operat\w*|ordinat\w*|lead\w*"
    r"|organi[sz]\w*|author\w*|sponsor\w*|presid\w*|financ\w*)|so-called|re-\w+|no-reply"
    r"|in-(?:house|person|depth|kind)|by-laws?|to-do|e-mail",
    re.IGNORECASE,
)


def is_common_compound(word: str) -> bool:
    """Whether a username-shaped word is a hyphenated word of the language ("ci-dessous")."""
    return _COMMON_COMPOUND.fullmatch(word) is not None
