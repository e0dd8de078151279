"""Where a Spanish or Portuguese name written whole turns from given names to surnames.

Such a name is one or two given names, then two surnames ("Ana Pérez Gómez", "Diana Marcela
Ospina Vargas", "Maria Silva Santos"): the last word alone, the rule for other languages,
cuts a person's family name in two. A word in the middle is a given name only when it is a
known one ("Ana María López", "João Pedro Costa") and fits the title's sex ("Sra. Ana
Martín Gómez" is of the Martín Gómez family). Applied to the drafts of Spanish or Portuguese
mail before the headers' display names and the username have their say.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from parsers.drafts import Draft, Found
from parsers.name_order import INITIALS, is_caps

__all__ = ["resplit_two_surnames", "two_surnames_split"]

# Common given names, without accents. Both lists hold "maria" and "jose" ("José María",
# "María José"), and the names given to either sex. Words as often a surname in the middle
# of a name ("Santos", "Vera", "Franco") are left out.
_FEMALE_WRITTEN = """
ana maria jose josefa carmen isabel dolores pilar teresa tereza rosa rosario
mercedes francisca antonia laura cristina marta lucia elena helena paula sara raquel
patricia beatriz silvia julia alicia irene andrea monica sonia nuria sandra eva
claudia veronica natalia ines esther ester angela angeles gabriela daniela valentina
camila sofia fernanda alejandra carolina victoria vitoria adriana mariana juliana
luisa luz elizabeth margarita guadalupe soledad belen noel paz consuelo esperanza
milagros concepcion conceicao inmaculada montserrat amparo lourdes graciela marcela
alexandra vanessa yolanda rocio lorena susana gloria cecilia eugenia florencia
agustina josefina catalina ximena jimena javiera constanza macarena romina tatiana
liliana viviana johanna paola fabiola karla carla karina karen estela estefania
virginia ruth yamileth yamile yanet yolany lidia miriam noemi olga rebeca regina
rita silvana trinidad leonor clara joana aparecida fatima luciana renata leticia
larissa priscila rosana daniele debora eliane fabiana gisele simone vania emilia
elisa jazmin abril martina antonella micaela magdalena marina aurora blanca celia
dora edith elsa emma flor gisela ivonne janeth judith lilian lina maite maritza
mirta nora norma perla ramona rosalia sol tania vivian zoila ingrid jessica erika
diana melissa andreina coromoto yelitza nathalie nathaly mireya marlene belkis
yaneth nancy dayana daymi yanelis yamila anabel maribel isabela isabella luana bruna
thais carina denise michele cintia esperanca
mary ann anne marie jean jane louise rose claire
"""
_MALE_WRITTEN = """
jose maria juan luis carlos antonio manuel francisco javier miguel angel jesus david
daniel pedro pablo alejandro fernando jorge alberto rafael sergio ramon enrique
andres diego vicente joaquin ignacio eduardo victor raul ricardo roberto mario oscar
ruben alfonso santiago gabriel felipe sebastian mateo nicolas martin tomas esteban
emilio julio cesar arturo gustavo hector hugo ivan jaime gonzalo guillermo adrian
agustin alfredo armando augusto benjamin camilo cristian cristobal dario ernesto
ezequiel fabian federico gerardo german gilberto horacio humberto ismael jairo
leonardo lorenzo lucas marcelo marco marcos mauricio maximiliano nelson orlando
osvaldo patricio ramiro rene rodrigo rolando salvador samuel saul simon teodoro
ulises walter xavier domingo gregorio bernardo emanuel estuardo danilo alonso
alexander ariel bruno elias joel josue lautaro leandro matias omar reinaldo
rigoberto valentin wilson yosvany osmany yoandry joao paulo luiz raimundo manoel
mateus andre fabio guilherme tiago thiago anderson marcio sebastiao alexandre edson
vitor claudio renato joaquim vinicius henrique goncalo rui nuno duarte abel adolfo
alvaro amado anibal bautista benito braulio carmelo ciro damian edgar edgardo efrain
eladio eliseo elmer emiliano enzo erick fausto felix fermin francesc genaro hernan
hilario isaac israel jacinto jonas jordi josep lazaro leonel lisandro lucio marcial
mariano milton moises napoleon noe octavio pio placido quintin reynaldo severino
silvio tadeo tobias ubaldo urbano vladimir wilfredo yamil
john paul james michael peter george william jean pierre
"""
_FEMALE = frozenset(_FEMALE_WRITTEN.split())
_MALE = frozenset(_MALE_WRITTEN.split())
_GIVEN = _FEMALE | _MALE
# Lower-case words inside a name go with the capitalised word after them: "de la Fuente",
# "del Pilar", "Puig i Ribas".
_JOINING = re.compile(r"^(?:d[aeo]s?|del|de|la|las|los|y|e|i)$")
_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þa-zß-ÿ]+)*$")
_FEMALE_TITLES = frozenset(["Mrs", "Ms", "Miss"])
_MALE_TITLES = frozenset(["Mr"])
_LANGUAGES = frozenset(["es", "pt"])


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _units(words: list[str]) -> list[list[str]] | None:
    """The name's words, each capitalised one with the joining words before it; None when a
    word is neither (initials, capitals, digits) or the name ends on a joining word."""
    units: list[list[str]] = []
    pending: list[str] = []
    for word in words:
        if _JOINING.match(word):
            pending.append(word)
        elif _NAME_WORD.match(word) and not is_caps(word) and not INITIALS.match(word):
            units.append([*pending, word])
            pending = []
        else:
            return None
    return None if pending or not units or units[0][0] != words[0] else units


def _given(unit: list[str], title: str | None) -> bool:
    """Whether a unit after the first given name is a given name too, for this title."""
    name = _folded(unit[-1])
    if title in _FEMALE_TITLES:
        return name in _FEMALE
    if title in _MALE_TITLES:
        return name in _MALE
    return name in _GIVEN


def two_surnames_split(words: list[str], title: str | None) -> tuple[str, str] | None:
    """(last, first) of a Spanish or Portuguese name of three or four words written in
    order, the given names first; None when its words are no plain name or so many that
    nothing is sure."""
    units = _units(words)
    if units is None or len(units) not in (3, 4):
        return None
    given = 1
    while given < len(units) - 1 and _given(units[given], title):
        given += 1
    # Two surnames, unless every word before the last is a given name.
    n_given = len(units) - 1 if given == len(units) - 1 else len(units) - 2
    first = " ".join(w for unit in units[:n_given] for w in unit)
    last = " ".join(w for unit in units[n_given:] for w in unit)
    return last, first


def _written_whole(last: Found, first: Found) -> bool:
    """Whether both halves were read from one written name, given names first."""
    if (last.start, last.end, last.text) != (first.start, first.end, first.text):
        return False
    # "Gómez, Ana Pérez", "Apellidos y nombre: Pérez García Juan": another order.
    return f"{first.value} {last.value}" in " ".join(last.text.split())


def resplit_two_surnames(drafts: Iterable[Draft], language: str | None) -> None:
    """Split each whole-written name of Spanish or Portuguese mail into given names and two
    surnames where the general rule gave the last word alone. Changes the drafts in place."""
    if language not in _LANGUAGES:
        return
    for draft in drafts:
        last, first = draft.values.get("last_name"), draft.values.get("first_name")
        if last is None or first is None or not _written_whole(last, first):
            continue
        words = first.value.split() + last.value.split()
        units = _units(words)
        if units is None or last.value != " ".join(units[-1]):
            continue  # two surnames already, or set by a mention of the person
        title = draft.values.get("title")
        split = two_surnames_split(words, title.value if title else None)
        if split is None or split[0] == last.value:
            continue
        draft.values["last_name"] = replace(last, value=split[0])
        draft.values["first_name"] = replace(first, value=split[1])
