"""`mailbot parse`: run the parser on .eml files, directories or mbox files and print the result."""

from __future__ import annotations

import json
import mailbox
import sys
from collections.abc import Iterator
from pathlib import Path

import typer
from pydantic import ValidationError

from mailbot.campaign import load_catalog
from mailbot.config import Settings
from mailbot.errors import ConfigError
from parsers import ParsedEmail, ParseOptions, TaskForceCatalog, parse_email

__all__ = ["iter_messages", "register", "render_text"]


def iter_messages(path: Path) -> Iterator[tuple[Path, int | None, bytes | Exception]]:
    """(file, mbox index or None, raw bytes or the error reading them) for every message under `path`.

    Directories are walked recursively for *.eml, *.mbox and files without an extension.
    """
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and not p.name.startswith(".")
            and (p.suffix.lower() in (".eml", ".mbox") or not p.suffix)
        )
    else:
        files = [path]
    for file in files:
        if file.suffix.lower() == ".mbox":
            try:
                box = mailbox.mbox(file, create=False)
                keys = list(box.keys())
            except (OSError, mailbox.Error) as exc:
                yield file, None, exc
                continue
            for index, key in enumerate(keys):
                try:
                    yield file, index, box.get_bytes(key)
                except (OSError, mailbox.Error) as exc:
                    yield file, index, exc
            box.close()
            continue
        try:
            yield file, None, file.read_bytes()
        except OSError as exc:
            yield file, None, exc


def _evidence_note(parsed: ParsedEmail, key: str) -> str:
    ev = parsed.evidence.get(key)
    if ev is None:
        return ""
    where = f"{ev.source} {ev.start}-{ev.end}" if ev.start is not None else ev.source
    text = ev.text.replace("\n", " ")
    text = text if len(text) <= 70 else text[:67] + "..."
    return f"   [{where}, {ev.rule}: {text!r}]"


def render_text(parsed: ParsedEmail) -> str:
    """A readable listing: each field with where it was read, then missing fields and warnings."""
    lines = [
        f"kind:      {parsed.kind.value} ({parsed.kind_reason})"
        if parsed.kind_reason
        else f"kind:      {parsed.kind.value}",
        f"language:  {parsed.language or '-'}",
        f"reference: {parsed.reference or '-'}{_evidence_note(parsed, 'reference')}",
        f"office:    {parsed.office or '-'}{_evidence_note(parsed, 'office')}",
    ]
    for i, nominee in enumerate(parsed.nominees):
        lines.append(f"nominee {i + 1}:")
        for name in ("title", "last_name", "first_name", "position", "username", "account_email"):
            value = getattr(nominee, name)
            note = _evidence_note(parsed, f"nominees[{i}].{name}")
            lines.append(f"  {name + ':':<15}{value or '-'}{note}")
        tfs = ", ".join(nominee.task_forces) or "-"
        lines.append(
            f"  {'task_forces:':<15}{tfs}{_evidence_note(parsed, f'nominees[{i}].task_forces')}"
        )
        if nominee.unknown_task_forces:
            lines.append(f"  {'unknown:':<15}{', '.join(nominee.unknown_task_forces)}")
    if parsed.missing:
        lines.append(f"missing:   {', '.join(parsed.missing)}")
    for warning in parsed.warnings:
        where = f" ({warning.field})" if warning.field else ""
        lines.append(f"warning:   {warning.code}{where}: {warning.message}")
    return "\n".join(lines)


def _catalog(taskforces: Path | None) -> TaskForceCatalog:
    if taskforces is None:
        try:
            taskforces = Settings().taskforces_file
        except ValidationError as exc:
            raise ConfigError(f"invalid settings: {exc}") from exc
    return load_catalog(taskforces)


def _parse_one(
    raw: bytes | Exception, catalog: TaskForceCatalog, options: ParseOptions
) -> ParsedEmail:
    if isinstance(raw, Exception):
        raise raw
    return parse_email(raw, catalog=catalog, options=options)


def parse(
    paths: list[Path] = typer.Argument(..., help=".eml files, .mbox files or directories."),
    as_json: bool = typer.Option(
        False, "--json", help="JSON (one object, or JSON Lines for several)."
    ),
    taskforces: Path | None = typer.Option(
        None, "--taskforces", help="Task-force TOML file instead of the configured one."
    ),
) -> None:
    """Parse messages and print what the bot understands, with the evidence for each field."""
    absent = [p for p in paths if not p.exists()]
    if absent:
        for path in absent:
            typer.echo(f"mailbot parse: no such file or directory: {path}", err=True)
        raise typer.Exit(2)
    try:
        catalog = _catalog(taskforces)
    except ConfigError as exc:
        typer.echo(f"mailbot parse: {exc}", err=True)
        raise typer.Exit(1) from None
    options = ParseOptions()
    single = len(paths) == 1 and paths[0].is_file() and paths[0].suffix.lower() != ".mbox"
    failed = False
    for file, index, raw in (item for path in paths for item in iter_messages(path)):
        label: dict[str, object] = {} if single and as_json else {"file": str(file)}
        if index is not None:
            label["index"] = index
        try:
            parsed = _parse_one(raw, catalog, options)
        except Exception as exc:  # one bad file must not stop the others
            failed = True
            error = f"{type(exc).__name__}: {exc}"
            if as_json:
                typer.echo(
                    json.dumps(
                        {"file": str(file), **label, "error": error, "kind": None},
                        ensure_ascii=False,
                    )
                )
            else:
                typer.echo(f"== {file}{'' if index is None else f' #{index}'}\nerror: {error}\n")
            continue
        if as_json:
            typer.echo(json.dumps({**label, **parsed.to_contract()}, ensure_ascii=False))
        else:
            typer.echo(f"== {file}{'' if index is None else f' #{index}'}\n{render_text(parsed)}\n")
    sys.stdout.flush()
    if single and failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("parse")(parse)
