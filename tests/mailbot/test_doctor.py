"""`mailbot doctor` against real parts: Dovecot, aiosmtpd, SQLite and PostgreSQL, real files."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from mailbot.cli import app
from mailbot.config import Settings
from mailbot.doctor import (
    check_database,
    check_imap,
    check_smtp,
    check_taskforces,
    check_templates,
    run_checks,
)
from mailbot.doctor.taskforces import taskforce_problems
from parsers.models import TaskForce, TaskForceCatalog
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer

NOW = datetime(2023, 10, 2, 9, 0, tzinfo=UTC)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts TCP connections and never says a word (a black-holing firewall)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(5)
        yield int(sock.getsockname()[1])


def local(tmp_path: Path, **overrides: object) -> Settings:
    """Settings touching nothing outside tmp_path; English replies only."""
    values: dict[str, object] = {"var_dir": tmp_path / "var", "languages": ("en",)}
    return Settings(**(values | overrides))  # type: ignore[arg-type]


# -- database -------------------------------------------------------------------------------
def test_database_at_head_passes(db_url: str, tmp_path: Path) -> None:
    result = check_database(local(tmp_path, database_url=db_url))
    assert result.ok, result.line
    assert "schema at head" in result.detail


def test_unmigrated_database_says_run_upgrade(blank_db_url: str, tmp_path: Path) -> None:
    result = check_database(local(tmp_path, database_url=blank_db_url))
    assert not result.ok
    assert result.line.startswith("Database: ")
    assert result.line.endswith(" — run `mailbot db upgrade`")
    assert "\n" not in result.line


def test_empty_sqlite_file_has_no_schema(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE unrelated (id INTEGER)"))
    engine.dispose()
    result = check_database(local(tmp_path, database_url=f"sqlite:///{path}"))
    assert not result.ok
    assert "has no mailbot schema — run `mailbot db upgrade`" in result.line


def test_unreachable_postgres_names_the_setting(tmp_path: Path) -> None:
    url = f"postgresql://postgres@127.0.0.1:{free_port()}/test"
    result = check_database(local(tmp_path, database_url=url), timeout=2)
    assert not result.ok
    assert result.detail.startswith("cannot use postgresql+psycopg://postgres@127.0.0.1:")
    assert result.hint == "check MAILBOT_DATABASE_URL and that the server is running"


def test_unsupported_database_url(tmp_path: Path) -> None:
    result = check_database(local(tmp_path, database_url="mysql://db.example.org/x"))
    assert not result.ok
    assert "unsupported database" in result.line
    assert result.hint == "check MAILBOT_DATABASE_URL"


# -- IMAP -------------------------------------------------------------------------------------
@pytest.mark.dovecot
def test_imap_login_and_folder(
    dovecot: Callable[..., DovecotServer], tmp_path: Path, silent_port: int
) -> None:
    server = dovecot(users={"cws.mail": "secret"})
    server.append("cws.mail", b"From: a@example.org\r\nSubject: x\r\n\r\nhi\r\n")
    good = check_imap(local(tmp_path, imap_url=server.url("cws.mail")))
    assert good.ok, good.line
    assert good.detail.endswith("login ok, 1 message(s) waiting")

    port = free_port()
    wrong_port = server.url("cws.mail").replace(f":{server.port}", f":{port}")
    result = check_imap(local(tmp_path, imap_url=wrong_port))
    assert result.line == (
        f"IMAP: connection to 127.0.0.1:{port} refused — check host and port in MAILBOT_IMAP_URL"
    )

    result = check_imap(local(tmp_path, imap_url=server.url("cws.mail", folder="Nominations")))
    assert not result.ok
    assert result.line.startswith(f"IMAP: folder 'Nominations' at 127.0.0.1:{server.port}")
    assert result.hint == "check the folder at the end of MAILBOT_IMAP_URL"

    silent = server.url("cws.mail").replace(f":{server.port}", f":{silent_port}")
    result = check_imap(local(tmp_path, imap_url=silent), timeout=0.5)
    assert result.detail == f"no answer from 127.0.0.1:{silent_port} within 0.5 s"

    # Last: after a failed login Dovecot (anvil) slows this address down for a while.
    wrong_password = server.url("cws.mail").replace(":secret@", ":wrong@")
    result = check_imap(local(tmp_path, imap_url=wrong_password))
    assert result.line == (
        f"IMAP: login failed for cws.mail at 127.0.0.1:{server.port}"
        " — check MAILBOT_IMAP_URL's user and password"
    )


@pytest.mark.dovecot
def test_imaps_certificate_needs_the_ca(
    dovecot: Callable[..., DovecotServer], tmp_path: Path
) -> None:
    server = dovecot(users={"bot": "secret"})
    url = server.url("bot", scheme="imaps")
    untrusted = check_imap(local(tmp_path, imap_url=url))
    assert not untrusted.ok
    assert untrusted.detail.startswith(f"certificate of 127.0.0.1:{server.tls_port} not trusted")
    assert untrusted.hint == "set MAILBOT_IMAP_CA_FILE to the CA that signed it"
    trusted = check_imap(local(tmp_path, imap_url=url, imap_ca_file=server.ca_file))
    assert trusted.ok, trusted.line


def test_bad_imap_url(tmp_path: Path) -> None:
    result = check_imap(local(tmp_path, imap_url="pop3://bot@mail.example.org"))
    assert not result.ok
    assert result.hint == "fix MAILBOT_IMAP_URL"


def test_maildir_without_imap(tmp_path: Path) -> None:
    assert check_imap(local(tmp_path)).line == f"Maildir: {tmp_path}/var/maildir will be created"
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = check_imap(local(tmp_path, maildir_path=blocker / "maildir"))
    assert result.line == (
        f"Maildir: {blocker}/maildir cannot be created ({blocker} is not a folder)"
        " — set MAILBOT_MAILDIR_PATH"
    )


# -- SMTP -------------------------------------------------------------------------------------
@pytest.mark.smtp
def test_smtp_plain_and_login(smtp_server: Callable[..., SmtpServer], tmp_path: Path) -> None:
    plain = smtp_server()
    result = check_smtp(local(tmp_path, smtp_url=plain.url()))
    assert result.line == f"SMTP: 127.0.0.1:{plain.port} reachable (no TLS)"

    with_auth = smtp_server(auth={"bot": "secret"})
    good = check_smtp(local(tmp_path, smtp_url=with_auth.url("bot", "secret")))
    assert good.ok, good.line
    assert good.detail.endswith("(no TLS, login ok for bot)")
    bad = check_smtp(local(tmp_path, smtp_url=with_auth.url("bot", "wrong")))
    assert bad.line == (
        f"SMTP: login failed for bot at 127.0.0.1:{with_auth.port}"
        " — check MAILBOT_SMTP_URL's user and password"
    )
    assert plain.messages == []
    assert with_auth.messages == []


@pytest.mark.smtp
def test_smtp_wrong_port_and_silence(tmp_path: Path, silent_port: int) -> None:
    port = free_port()
    refused = check_smtp(local(tmp_path, smtp_url=f"smtp://127.0.0.1:{port}"))
    assert refused.line == (
        f"SMTP: connection to 127.0.0.1:{port} refused — check host and port in MAILBOT_SMTP_URL"
    )
    silent = check_smtp(local(tmp_path, smtp_url=f"smtp://127.0.0.1:{silent_port}"), timeout=0.5)
    assert silent.line == (
        f"SMTP: no answer from 127.0.0.1:{silent_port} within 0.5 s"
        " — check host, port and scheme in MAILBOT_SMTP_URL and the firewall"
    )


@pytest.mark.smtp
def test_smtp_tls(smtp_server: Callable[..., SmtpServer], tmp_path: Path) -> None:
    starttls = smtp_server(tls="starttls", auth={"bot": "secret"})
    url = starttls.url("bot", "secret")
    good = check_smtp(local(tmp_path, smtp_url=url, smtp_ca_file=starttls.ca_file))
    assert good.detail.endswith("(STARTTLS, login ok for bot)"), good.line
    untrusted = check_smtp(local(tmp_path, smtp_url=url))
    assert untrusted.detail.startswith(f"certificate of 127.0.0.1:{starttls.port} not trusted")
    assert untrusted.hint == "set MAILBOT_SMTP_CA_FILE to the CA that signed it"

    implicit = smtp_server(tls="implicit")
    good = check_smtp(local(tmp_path, smtp_url=implicit.url(), smtp_ca_file=implicit.ca_file))
    assert good.detail.endswith("(implicit TLS)"), good.line
    # Plain SMTP spoken to an implicit-TLS port: the server waits for a ClientHello.
    wrong_scheme = implicit.url().replace("smtps://", "smtp://")
    result = check_smtp(local(tmp_path, smtp_url=wrong_scheme), timeout=0.5)
    assert not result.ok
    assert "MAILBOT_SMTP_URL" in result.hint

    plain = smtp_server()
    no_starttls = plain.url().replace("smtp://", "smtp+starttls://")
    result = check_smtp(local(tmp_path, smtp_url=no_starttls))
    assert result.line == (
        f"SMTP: 127.0.0.1:{plain.port}: STARTTLS is not offered"
        " — check the scheme in MAILBOT_SMTP_URL (smtp+starttls:// or smtps://)"
    )


def test_outbox_folder_without_smtp(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    assert check_smtp(local(tmp_path, outbox_dir=outbox)).line == f"Outbox: {outbox} writable"
    result = check_smtp(local(tmp_path, smtp_url="http://mail.example.org"))
    assert result.hint == "fix MAILBOT_SMTP_URL"


# -- templates --------------------------------------------------------------------------------
def test_english_templates_render(tmp_path: Path) -> None:
    result = check_templates(local(tmp_path), now=NOW)
    assert result.line == "Templates: 7 kind/language pairs render"


def test_language_without_templates_fails(tmp_path: Path) -> None:
    result = check_templates(local(tmp_path, languages=("en", "de")), now=NOW)
    assert result.line == (
        "Templates: no templates for de (English would be sent) — add the templates"
        " (replies/templates/<lang>/ or MAILBOT_TEMPLATES_DIR) or drop the language"
        " from MAILBOT_LANGUAGES"
    )


def test_broken_override_template_is_named(tmp_path: Path) -> None:
    overrides = tmp_path / "templates"
    (overrides / "en").mkdir(parents=True)
    # An override using a variable the reminder context does not have.
    (overrides / "en" / "reminder.txt").write_text(
        '{% set subject = "Reminder" %}Dear {{ contact_person }}\n', encoding="utf-8"
    )
    result = check_templates(local(tmp_path, templates_dir=overrides), now=NOW)
    assert not result.ok
    assert result.detail.startswith("en/reminder (")
    assert "contact_person" in result.detail


# -- task forces ------------------------------------------------------------------------------
def test_shipped_taskforces_pass(tmp_path: Path) -> None:
    result = check_taskforces(local(tmp_path))
    assert result.ok, result.line


def write_toml(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "taskforces.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '[[taskforce]]\nname = "XML4IP Task Force"\naliases = ["ST.96"\n',
            "task-force file {path} is not valid TOML: ",
        ),
        (
            '[[taskforce]]\nname = "XML4IP Task Force"\naliases = ["ST.96"]\n'
            '[[taskforce]]\nname = "Sequence Listings Task Force"\naliases = ["st.96 "]\n',
            "taskforces.toml: alias 'st.96 ' is claimed by 'XML4IP Task Force' and"
            " 'Sequence Listings Task Force'",
        ),
        (
            '[[taskforce]]\nname = "SEQL Task Force"\n[[taskforce]]\nname = "SEQL Task Force"\n',
            "task-force file {path}: duplicate names SEQL Task Force",
        ),
        (
            '[[taskforce]]\nname = "XML4IP Task Force"\n[[taskforce]]\nname = " "\n',
            "task-force file {path}: entry 2 has no name",
        ),
        ('title = "no tables"\n', "task-force file {path} has no [[taskforce]] tables"),
        (
            '[[taskforce]]\nname = "XML4IP Task Force"\naliases = [41]\n',
            "task-force file {path}: entry 1 (XML4IP Task Force): ",
        ),
    ],
    ids=["syntax", "shared-alias", "same-name", "empty-name", "no-tables", "bad-type"],
)
def test_broken_taskforces(tmp_path: Path, body: str, expected: str) -> None:
    path = write_toml(tmp_path, body)
    result = check_taskforces(local(tmp_path, taskforces_file=path))
    assert not result.ok
    assert result.line.startswith(f"Task forces: {expected.format(path=path)}")
    assert result.line.endswith(" — fix the file or point MAILBOT_TASKFORCES_FILE at another list")
    assert "\n" not in result.line


def test_missing_taskforces_file(tmp_path: Path) -> None:
    result = check_taskforces(local(tmp_path, taskforces_file=tmp_path / "absent.toml"))
    assert (
        result.detail
        == f"task-force file {tmp_path}/absent.toml does not exist (setting taskforces_file)"
    )


def test_a_name_may_repeat_as_its_own_alias() -> None:
    catalog = TaskForceCatalog(
        task_forces=(
            TaskForce(name="SEQL Task Force", short="SEQL TF", aliases=("seql task force",)),
            TaskForce(name="XML4IP Task Force", aliases=("ST.96",)),
        )
    )
    assert taskforce_problems(catalog) == []


# -- the command ------------------------------------------------------------------------------
def test_run_checks_all_pass(db_url: str, tmp_path: Path) -> None:
    results = run_checks(local(tmp_path, database_url=db_url), now=NOW)
    assert [r.name for r in results] == [
        "Database",
        "Maildir",
        "Outbox",
        "Templates",
        "Task forces",
    ]
    assert all(r.ok for r in results), [r.line for r in results]


def test_command_exit_codes(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no stray mailbot.toml
    monkeypatch.setenv("MAILBOT_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("MAILBOT_LANGUAGES", '["en"]')
    monkeypatch.setenv("MAILBOT_DATABASE_URL", db_url)
    runner = CliRunner()
    passed = runner.invoke(app, ["doctor"])
    assert passed.exit_code == 0, passed.output
    assert passed.output.count("\n") == 5
    assert all(line.startswith("ok    ") for line in passed.output.splitlines())

    monkeypatch.setenv("MAILBOT_TASKFORCES_FILE", str(tmp_path / "absent.toml"))
    failed = runner.invoke(app, ["doctor"])
    assert failed.exit_code == 1
    assert "FAIL  Task forces: task-force file " in failed.output

    monkeypatch.setenv("MAILBOT_PORT", "eighty")
    invalid = runner.invoke(app, ["doctor"])
    assert invalid.exit_code == 1
    assert invalid.output.startswith("FAIL  Config: port: ")
    assert "fix MAILBOT_PORT or mailbot.toml" in invalid.output


def test_command_explains_a_broken_mailbot_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mailbot.toml").write_text("port = \n", encoding="utf-8")
    result = CliRunner().invoke(app, ["doctor"])
    assert result.exit_code == 1
    assert result.output == (
        "FAIL  Config: mailbot.toml is not valid TOML (Invalid value (at line 1, column 8))"
        " — fix mailbot.toml\n"
    )
