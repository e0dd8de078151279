"""Staff overrides of reply templates: the editable names, a trial render, the files on disk."""

from __future__ import annotations

import os
import tempfile
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.meta import find_referenced_templates
from jinja2.sandbox import SandboxedEnvironment

from mailbot.config import Settings
from mailbot.doctor.templates import sample_context
from mailbot.errors import NotFoundError
from replies import ReplyError, ReplyKind, render
from replies.labels import LANGUAGES
from replies.render import SHIPPED_TEMPLATES, overrides_first, sandbox

__all__ = [
    "TemplateRef",
    "Trial",
    "editable_languages",
    "editable_names",
    "overridden",
    "read_override",
    "remove_override",
    "resolve",
    "shipped_text",
    "try_template",
    "write_override",
]

_SUFFIXES = (".txt", ".html")
_KINDS = tuple(kind.value for kind in ReplyKind)


@dataclass(frozen=True, slots=True)
class TemplateRef:
    """One editable template, e.g. language "fr", name "_missing.txt"."""

    language: str
    name: str

    @property
    def path(self) -> str:
        return f"{self.language}/{self.name}"

    @property
    def kind(self) -> str | None:
        stem = self.name.rsplit(".", 1)[0]
        return stem if stem in _KINDS else None


@dataclass(frozen=True, slots=True)
class Trial:
    """The outcome of rendering an edit with sample values: an error (with its line) or a preview."""

    error: str | None = None
    line: int | None = None
    where: str | None = None
    preview: str = ""
    preview_of: str | None = None
    subject: str | None = None


@lru_cache(maxsize=1)
def editable_names() -> tuple[str, ...]:
    """Kinds first, then partials ("_signature.txt"), as shipped in any language folder."""
    names = {
        path.name
        for lang in LANGUAGES
        if (SHIPPED_TEMPLATES / lang).is_dir()
        for path in (SHIPPED_TEMPLATES / lang).iterdir()
        if path.suffix in _SUFFIXES and path.is_file()
    }
    return tuple(sorted(names, key=lambda n: (n.startswith("_"), n)))


def editable_languages(settings: Settings) -> tuple[str, ...]:
    # A language without labels in replies.labels is never chosen by select_language.
    return tuple(lang for lang in settings.languages if lang in LANGUAGES)


def resolve(settings: Settings, language: str, name: str) -> TemplateRef:
    """The template named in a URL, or NotFoundError: only whitelisted names reach the disk."""
    if language not in editable_languages(settings) or name not in editable_names():
        raise NotFoundError(f"no editable template {language}/{name}")
    return TemplateRef(language, name)


def shipped_text(ref: TemplateRef) -> str | None:
    path = SHIPPED_TEMPLATES / ref.language / ref.name
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _override_path(settings: Settings, ref: TemplateRef) -> Path:
    return settings.effective_templates_dir / ref.language / ref.name


def read_override(settings: Settings, ref: TemplateRef) -> str | None:
    path = _override_path(settings, ref)
    return path.read_text(encoding="utf-8") if path.is_file() else None


def overridden(settings: Settings) -> frozenset[str]:
    """Paths ("en/acknowledgement.txt") of the editable templates that have an override."""
    return frozenset(
        f"{lang}/{name}"
        for lang in editable_languages(settings)
        for name in editable_names()
        if (settings.effective_templates_dir / lang / name).is_file()
    )


def write_override(settings: Settings, ref: TemplateRef, text: str) -> None:
    """Replace the override atomically: a worker rendering meanwhile sees the old or the new file."""
    path = _override_path(settings, ref)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".edit-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_override(settings: Settings, ref: TemplateRef) -> None:
    _override_path(settings, ref).unlink(missing_ok=True)


class _Edit(BaseLoader):
    """Serves the edited text under its own name, ahead of the overrides and the shipped set."""

    def __init__(self, ref: TemplateRef, text: str) -> None:
        self.ref = ref
        self.text = text

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, None]:
        if template != self.ref.path:
            raise TemplateNotFound(template)
        # The filename is what tracebacks name, so a runtime error points at the edit.
        return self.text, self.ref.path, None

    def list_templates(self) -> list[str]:
        return [self.ref.path]


def _users_of(env: SandboxedEnvironment, loader: BaseLoader, ref: TemplateRef) -> list[str]:
    """Kinds whose template in ref's language and format includes or imports `ref`."""
    if ref.kind is not None:
        return [ref.kind]
    suffix = "." + ref.name.rsplit(".", 1)[1]
    users = []
    for kind in _KINDS:
        try:
            source = loader.get_source(env, f"{ref.language}/{kind}{suffix}")[0]
            if ref.path in set(find_referenced_templates(env.parse(source))):
                users.append(kind)
        except TemplateError:
            continue
    return users


def _template_frames(exc: BaseException, settings: Settings) -> Iterator[tuple[str, int]]:
    """(template name, line) of each template frame in exc's traceback, innermost last."""
    roots = (settings.effective_templates_dir, SHIPPED_TEMPLATES)
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        template = frame.f_globals.get("__jinja_template__")
        if template is not None:  # make_module does not rewrite tracebacks: map the line here
            yield str(template.name), template.get_corresponding_lineno(lineno)
        elif "__jinja_exception__" in frame.f_globals:  # a frame rewritten by jinja2.debug
            filename = frame.f_code.co_filename
            for root in roots:
                if Path(filename).is_relative_to(root):
                    filename = Path(filename).relative_to(root).as_posix()
            yield filename, lineno


def _failure(exc: BaseException, ref: TemplateRef, settings: Settings) -> Trial:
    cause = exc.__cause__ if isinstance(exc, ReplyError) and exc.__cause__ else exc
    message = getattr(cause, "message", None) or str(cause)
    if isinstance(cause, TemplateSyntaxError):
        return Trial(error=message, line=cause.lineno, where=cause.name or ref.path)
    frames = list(_template_frames(cause, settings))
    own = [frame for frame in frames if frame[0] == ref.path]
    if not (own or frames):
        return Trial(error=message)
    where, line = (own or frames)[-1]
    return Trial(error=message, line=line, where=where)


def try_template(settings: Settings, ref: TemplateRef, text: str, *, today: date) -> Trial:
    """Compile `text` in the sandbox and render each kind that uses it with sample values.

    >>> try_template(settings, TemplateRef("en", "acknowledgement.txt"), "{{ x }}", today=d)
    ...  # doctest: +SKIP
    Trial(error="'x' is undefined", line=1, where='en/acknowledgement.txt', ...)
    """
    loader = ChoiceLoader([_Edit(ref, text), overrides_first(settings.effective_templates_dir)])
    env = sandbox(loader)
    try:
        env.compile(text, ref.path, ref.path)
        trial = Trial(preview_of=None)
        for kind in _users_of(env, loader, ref):
            context = sample_context(kind, ref.language, settings, today=today)
            rendered = render(context, env=env)
            if trial.preview_of is None:
                text_part = ref.name.endswith(".txt")
                trial = Trial(
                    preview=rendered.text if text_part else rendered.html,
                    preview_of=f"{ref.language}/{kind}{'.txt' if text_part else '.html'}",
                    subject=rendered.subject,
                )
    except Exception as exc:  # staff code: any failure (a TypeError too) refuses the edit
        return _failure(exc, ref, settings)
    return trial
