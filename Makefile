# Two entry points for a newcomer: `make run` and `make test`.
# Each creates or refreshes the virtualenv in .venv when pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck bench clean

$(STAMP): pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: the whole service on embedded defaults (SQLite, ./var/maildir, ./var/outbox, UI on 127.0.0.1:8000)
run: $(STAMP)
	$(VENV)/bin/mailbot up

## test: lint, type-check and the whole test suite against real Dovecot, SMTP, SQLite, PostgreSQL and Chromium
test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

## bench: accuracy and speed figures (see bench/README.md)
bench: $(STAMP)
	$(VENV)/bin/python -m bench.parse_accuracy
	$(VENV)/bin/python -m bench.parse_speed

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
