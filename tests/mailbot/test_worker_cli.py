"""`mailbot poll --once` and `mailbot import` (eml files, Maildir, mbox) on both databases."""

from __future__ import annotations

import json
import logging
import mailbox
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from mailbot.cli import app
from mailbot.cli.worker import iter_import
from mailbot.db.models import InboundMessage, MessageStatus
from mailbot.db.session import make_engine, make_sessionmaker
from tests.mailbot.test_worker import SAMPLES, samples


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db_url: str) -> Iterator[CliRunner]:
    monkeypatch.chdir(tmp_path)  # no mailbot.toml from the developer's working directory
    monkeypatch.setenv("MAILBOT_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("MAILBOT_DATABASE_URL", db_url)
    handlers = logging.getLogger().handlers[:]
    yield CliRunner()
    logging.getLogger().handlers[:] = handlers  # the commands install their own log handler


def rows(db_url: str) -> list[InboundMessage]:
    engine = make_engine(db_url)
    try:
        with make_sessionmaker(engine)() as session:
            return list(session.scalars(select(InboundMessage).order_by(InboundMessage.id)))
    finally:
        engine.dispose()


def make_maildir(root: Path, raws: list[bytes]) -> None:
    root.parent.mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(root, create=True)
    for raw in raws:
        box.add(raw)  # bytes are written as they are; a Message would be re-serialised


def make_mbox(path: Path, raws: list[bytes]) -> None:
    box = mailbox.mbox(path, create=True)
    for raw in raws:
        box.add(raw)
    box.flush()
    box.close()


@pytest.mark.parametrize("kind", ["eml-folder", "eml-file", "maildir", "mbox"])
def test_iter_import_reads_every_shape(tmp_path: Path, kind: str) -> None:
    raws = samples()
    if kind == "eml-folder":
        path = SAMPLES
    elif kind == "eml-file":
        path, raws = sorted(SAMPLES.glob("*.eml"))[0], raws[:1]
    elif kind == "maildir":
        path = tmp_path / "Maildir"
        make_maildir(path, raws)
    else:
        path = tmp_path / "archive.mbox"
        make_mbox(path, raws)
    found = [raw for _label, raw in iter_import(path)]
    assert sorted(found) == sorted(raws)


def test_import_stores_once_and_runs_intake(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    archive = tmp_path / "archive.mbox"
    make_mbox(archive, samples())
    first = runner.invoke(app, ["import", str(archive)])
    assert first.exit_code == 0, first.output
    assert "6 read, 6 stored" in first.output
    stored = rows(db_url)
    assert len(stored) == 6
    assert all(row.status != MessageStatus.RECEIVED for row in stored)
    assert all(row.mailbox == f"import:{archive.resolve()}" for row in stored)

    again = runner.invoke(app, ["import", str(SAMPLES)])  # the same mail as .eml files
    assert again.exit_code == 0, again.output
    assert "6 read, 0 stored (0 oversized), 6 already known" in again.output
    assert len(rows(db_url)) == 6


def test_import_of_more_than_one_batch_with_a_repeated_message(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    def note(n: int) -> bytes:
        return (
            f"From: office{n}@ipo.example\r\nMessage-ID: <note-{n}@ipo.example>\r\n"
            f"Subject: question {n}\r\n\r\nWhen is the deadline?\r\n"
        ).encode()

    raws = [note(n) for n in range(250)]
    raws.insert(230, note(3))  # the same mail again, in the second batch
    archive = tmp_path / "many.mbox"
    make_mbox(archive, raws)
    result = runner.invoke(app, ["import", str(archive)])
    assert result.exit_code == 0, result.output
    assert "251 read, 250 stored (0 oversized), 1 already known" in result.output
    assert len(rows(db_url)) == 250


def test_import_keeps_only_the_header_of_an_oversized_message(
    runner: CliRunner, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAILBOT_MAX_MESSAGE_BYTES", "500")
    big = tmp_path / "big.eml"
    header = b"From: a@ipo.example\r\nMessage-ID: <big@ipo.example>\r\n\r\n"
    big.write_bytes(header + b"X\r\n\r\n" * 500)
    result = runner.invoke(app, ["import", str(big)])
    assert result.exit_code == 0, result.output
    (row,) = rows(db_url)
    assert row.status == MessageStatus.OVERSIZED
    assert row.size == big.stat().st_size
    engine = make_engine(db_url)
    with make_sessionmaker(engine)() as session:
        assert session.get_one(InboundMessage, row.id).raw == header
    engine.dispose()


def test_poll_needs_once(runner: CliRunner) -> None:
    result = runner.invoke(app, ["poll"])
    assert result.exit_code == 1
    assert "mailbot run" in result.output


def test_poll_once_json_on_the_local_maildir(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    make_maildir(tmp_path / "var" / "maildir", samples()[:2])
    result = runner.invoke(app, ["poll", "--once", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["fetch"]["stored"] == 2
    assert report["mailbox_busy"] is False
    assert report["settle"]["processed"] + report["settle"]["quarantined"] == 2
    assert len(rows(db_url)) == 2
