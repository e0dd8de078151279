"""`mailbot parse`: one JSON object for one file, JSON Lines for many, errors per file."""

from __future__ import annotations

import json
import mailbox
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailbot.cli import app
from tests.parsers.mailmaker import make_mail

ROOT = Path(__file__).resolve().parents[2]
NOMINATION = """Dear Secretariat,

In reply to C. CWS 175:

Name of Office: Japan Patent Office
Task Force: XML4IP
Name: Mr. Taro YAMADA
Position: Examiner
Username: jp-tyamada
E-mail: t.yamada@jpo.example
"""
QUESTION = "Dear Secretariat,\n\nCould you tell us the deadline?\n\nRegards,\nJohn\n"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mailbot", "parse", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def mails(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "nomination.eml").write_bytes(make_mail(NOMINATION, sender="t@jpo.example"))
    (folder / "sub" / "question").write_bytes(make_mail(QUESTION, subject="Question"))
    (folder / "notes.txt").write_text("not a message: ignored by extension")
    box = mailbox.mbox(folder / "two.mbox")
    box.add(make_mail(NOMINATION))
    box.add(make_mail(QUESTION))
    box.close()
    return folder


def test_single_file_json_is_one_object(mails: Path) -> None:
    result = run(str(mails / "nomination.eml"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)  # exactly one JSON document, nothing else
    assert data["kind"] == "nomination"
    assert data["office"] == "Japan Patent Office"
    assert data["nominees"][0]["username"] == "jp-tyamada"
    assert data["nominees"][0]["task_forces"] == ["XML4IP Task Force"]
    assert data["evidence"]["nominees[0].username"]["rule"] == "label"
    assert {
        "kind",
        "language",
        "reference",
        "office",
        "nominees",
        "missing",
        "warnings",
        "evidence",
    } <= set(data)


def test_directory_gives_json_lines_with_files(mails: Path) -> None:
    result = run(str(mails), "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    by_file = {(Path(line["file"]).name, line.get("index")): line for line in lines}
    assert set(by_file) == {
        ("nomination.eml", None),
        ("question", None),
        ("two.mbox", 0),
        ("two.mbox", 1),
    }
    assert by_file["nomination.eml", None]["kind"] == "nomination"
    assert by_file["question", None]["kind"] == "other"
    assert by_file["two.mbox", 0]["kind"] == "nomination"
    assert by_file["two.mbox", 1]["kind"] == "other"


def nested_bomb(depth: int = 40) -> bytes:
    """A message nested deeper than ParseOptions.max_mime_depth: the parser refuses it."""
    head = (
        b"From: x@bomb.example\r\nTo: cws.mail@wipo.int\r\nSubject: bomb\r\nMIME-Version: 1.0\r\n"
    )
    parts = [
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    ]
    tail = [b"\r\n--b%d--\r\n" % i for i in reversed(range(depth))]
    return head + b"".join(parts) + b"Content-Type: text/plain\r\n\r\nhello" + b"".join(tail)


def test_a_failing_file_gives_an_error_line_and_the_rest_goes_on(mails: Path) -> None:
    (mails / "bomb.eml").write_bytes(nested_bomb())
    result = run(str(mails), "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    [error] = [line for line in lines if "error" in line]
    assert Path(error["file"]).name == "bomb.eml"
    assert error["kind"] is None
    assert sum(line.get("kind") == "nomination" for line in lines) == 2


def test_single_failing_file_is_one_error_object(mails: Path) -> None:
    (mails / "bomb.eml").write_bytes(nested_bomb())
    result = run(str(mails / "bomb.eml"), "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["kind"] is None
    assert "error" in data


def test_missing_path_exits_2_with_a_message() -> None:
    result = run("/nonexistent/nothing.eml", "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "no such file or directory" in result.stderr


def test_taskforces_option_overrides_the_catalogue(mails: Path, tmp_path: Path) -> None:
    toml = tmp_path / "tf.toml"
    toml.write_text('[[taskforce]]\nname = "Unicorn Task Force"\naliases = ["XML4IP"]\n')
    runner = CliRunner()
    result = runner.invoke(
        app, ["parse", str(mails / "nomination.eml"), "--json", "--taskforces", str(toml)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["nominees"][0]["task_forces"] == ["Unicorn Task Force"]


def test_bad_catalogue_is_a_clear_error(mails: Path, tmp_path: Path) -> None:
    toml = tmp_path / "tf.toml"
    toml.write_text("[[taskforce]]\nshort = 'x'\n")
    result = CliRunner().invoke(
        app, ["parse", str(mails / "nomination.eml"), "--taskforces", str(toml)]
    )
    assert result.exit_code == 1
    assert "entry 1 has no name" in result.stderr


def test_text_listing_shows_evidence_warnings_and_missing(mails: Path) -> None:
    result = CliRunner().invoke(app, ["parse", str(mails / "nomination.eml")])
    assert result.exit_code == 0, result.output
    assert "kind:      nomination" in result.stdout
    assert "username:      jp-tyamada   [body" in result.stdout
    assert "label: 'jp-tyamada'" in result.stdout
    assert "missing:" not in result.stdout
    question = CliRunner().invoke(app, ["parse", str(mails / "sub" / "question")])
    assert "kind:      other" in question.stdout
