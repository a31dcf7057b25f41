# Quick start: `make run` (demo on http://127.0.0.1:8000) and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/sprcompliance
PYTEST_ARGS ?= -n auto

.PHONY: help venv run migrate seed test test-sqlite test-postgres lint format postgres \
        vendor-frontend bench load clean system-packages

help:
	@echo "make run            set up (venv, migrate, demo data) and serve on http://$(HOST):$(PORT)"
	@echo "make test           run the whole test suite (SQLite, or DATABASE_URL if set)"
	@echo "make test-postgres  run the whole test suite on PostgreSQL ($(PG_URL))"
	@echo "make lint           ruff check, format check and the import layers (lint-imports)"
	@echo "make bench          measure pages, the paper and its PDF on a large dataset (SQLite and PostgreSQL)"
	@echo "make load           load test: gunicorn on PostgreSQL under a bounded Locust run"
	@echo "make vendor-frontend  re-vendor GOV.UK Frontend into static/govuk (needs npm)"

venv: $(STAMP)

system-packages:
	@scripts/system_packages.sh

# Recreate the venv when requirements change; fail clearly without Python 3.12/3.13.
# The local venv takes the runtime list and the test tooling (requirements-dev.txt includes
# requirements.txt); a production install takes requirements.txt alone.
$(STAMP): requirements.txt requirements-dev.txt scripts/find_python.sh
	@scripts/system_packages.sh
	@python="$$(scripts/find_python.sh)" || exit 1; \
	if [ ! -x $(BIN)/python ] || ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
		rm -rf $(VENV); echo "Creating $(VENV) with $$python"; "$$python" -m venv $(VENV); \
	fi
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

migrate: venv
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py migrate --noinput

seed: migrate
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py seed_demo

run: seed
	@echo
	@echo "SPR compliance tracker: http://$(HOST):$(PORT)/  (sign in with a demo login above; Ctrl+C stops)"
	@echo
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py runserver $(HOST):$(PORT)

# The tests' front-end tools, at the versions package-lock.json pins: axe-core (accessibility)
# and vnu-jar (the Nu HTML Checker, run with Debian's Java). Install scripts are not run: the
# only one, vnu-jar's, would download a Java runtime where none is installed.
NODE_TOOLS := node_modules/.package-lock.json
$(NODE_TOOLS): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $(NODE_TOOLS)

test: venv system-packages $(NODE_TOOLS)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-sqlite: venv system-packages $(NODE_TOOLS)
	DATABASE_URL= $(BIN)/python -m pytest $(PYTEST_ARGS)

postgres:
	@scripts/ensure_postgres.sh

test-postgres: venv system-packages postgres $(NODE_TOOLS)
	DATABASE_URL=$(PG_URL) $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: venv postgres
	$(BIN)/python -m bench

load: venv postgres
	$(BIN)/python -m pip install --quiet -r requirements-load.txt
	$(BIN)/python -m bench.load

vendor-frontend:
	scripts/vendor_govuk_frontend.sh

clean:
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache staticfiles
