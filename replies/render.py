"""Jinja environment and rendering: a reply context in, subject + text + HTML out."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
)
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment

from replies.errors import RenderError, TemplateMissingError
from replies.labels import (
    COLON,
    FIELD_LABELS,
    LANGUAGES,
    LIST_SEPARATOR,
    NOMINEE_FIELDS,
    NOT_PROVIDED,
    field_label,
    format_date,
    title_label,
)
from replies.models import NomineeView, ReplyContext

__all__ = [
    "SHIPPED_TEMPLATES",
    "Rendered",
    "environment",
    "field_value",
    "overrides_first",
    "render",
    "sandbox",
    "select_language",
]

SHIPPED_TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True, slots=True)
class Rendered:
    language: str
    subject: str
    text: str
    html: str


class _OverridesFirst(BaseLoader):
    """Staff folder first, then the shipped one; a shipped answer goes stale once staff add a copy.

    A ChoiceLoader keeps the shipped file's own up-to-date check, so a process that had
    already loaded a shipped template kept using it after staff saved an override.
    """

    def __init__(self, overrides: Path | None) -> None:
        folders = [overrides] if overrides is not None else []
        self.choices = ChoiceLoader([FileSystemLoader(f) for f in [*folders, SHIPPED_TEMPLATES]])
        self.overrides = overrides

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = self.choices.get_source(environment, template)
        if self.overrides is None or filename is None:
            return source, filename, uptodate
        staff_copy = os.path.join(self.overrides, *split_template_path(template))
        if os.path.normpath(filename) == os.path.normpath(staff_copy):
            return source, filename, uptodate

        def fresh() -> bool:
            # Asked on every get_template (auto_reload): os.path, not pathlib, is cheaper.
            return not os.path.isfile(staff_copy) and (uptodate is None or uptodate())

        return source, filename, fresh

    def list_templates(self) -> list[str]:
        return self.choices.list_templates()


def overrides_first(templates_dir: Path | None) -> BaseLoader:
    """The loader `environment` uses: `templates_dir` (when given) over the shipped templates."""
    return _OverridesFirst(templates_dir)


def sandbox(loader: BaseLoader) -> SandboxedEnvironment:
    """A reply environment over `loader`, e.g. to try a staff edit before it is saved.

    Sandboxed because staff may edit templates and values come from strangers' mail: a
    nominee called "{{ 7*7 }}" is data, printed as is, never evaluated.
    """
    env = SandboxedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=lambda name: bool(name and name.endswith(".html")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["localdate"] = format_date
    env.tests["containing"] = lambda seq, item: item in seq
    env.filters["courtesy"] = title_label
    env.globals["field_label"] = field_label
    env.globals["field_value"] = field_value
    env.globals["nominee_fields"] = NOMINEE_FIELDS
    return env


@lru_cache(maxsize=16)
def environment(templates_dir: Path | None = None) -> SandboxedEnvironment:
    """The template environment; staff templates in `templates_dir` win over the shipped ones."""
    return sandbox(overrides_first(templates_dir))


def field_value(nominee: NomineeView, field: str, language: str) -> str:
    """A nominee's field as printed in a reply; empty when not given."""
    if field == "task_forces":
        return LIST_SEPARATOR.get(language, ", ").join(nominee.task_forces)
    if field == "title":
        return title_label(nominee.title, language)
    value = getattr(nominee, field, None)
    return str(value) if value else ""


def select_language(env: SandboxedEnvironment, kind: str, language: str) -> str:
    """`language` if a template of `kind` exists in it, else English (the fallback)."""
    return _text_template(env, kind, language)[0]


def _text_template(env: SandboxedEnvironment, kind: str, language: str) -> tuple[str, Template]:
    candidates = [language, "en"] if language in LANGUAGES else ["en"]
    for lang in candidates:
        try:
            return lang, env.get_template(f"{lang}/{kind}.txt")
        except TemplateNotFound:
            continue
    raise TemplateMissingError(f"no template for {kind!r}", template=f"en/{kind}.txt")


def _clean_subject(value: object) -> str:
    return " ".join(str(value).split())


def render(
    context: ReplyContext,
    *,
    templates_dir: Path | None = None,
    env: SandboxedEnvironment | None = None,
) -> Rendered:
    """Render `context` with its kind's templates (from `env` when given).

    A text template sets its subject with `{% set subject = "..." %}` at top level.
    """
    env = env or environment(templates_dir)
    lang, text_template = _text_template(env, context.kind, context.language)
    variables: dict[str, Any] = {
        name: getattr(context, name) for name in type(context).model_fields
    }
    variables |= {
        "language": lang,
        "labels": FIELD_LABELS[lang],
        "not_provided": NOT_PROVIDED[lang],
        "colon": COLON[lang],
    }
    text_name = f"{lang}/{context.kind}.txt"
    html_name = f"{lang}/{context.kind}.html"
    current = text_name
    try:
        module = text_template.make_module(variables)
        text = str(module)
        subject = getattr(module, "subject", None)
        current = html_name
        html = env.get_template(html_name).render(variables)
    except TemplateNotFound as exc:
        raise TemplateMissingError(
            f"template not found: {exc.name}", template=str(exc.name)
        ) from exc
    except TemplateError as exc:
        raise RenderError(f"{current}: {exc}", template=current) from exc
    if not subject:
        raise RenderError(f"{text_name} sets no subject", template=text_name)
    return Rendered(language=lang, subject=_clean_subject(subject), text=text, html=html)
