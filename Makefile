# Collective Brain: `make run` to try it, `make test` to check it.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 5000
export FLASK_APP := wsgi

.PHONY: run test test-postgres install install-dev db translations compile-translations demo serve clean bench browser load services

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

compile-translations: install
	$(BIN)/flask translate compile

translations: install
	$(BIN)/flask translate update
	$(BIN)/flask translate compile

db: install
	$(BIN)/flask db upgrade

demo: db
	$(BIN)/flask brain seed
	$(BIN)/flask brain demo --if-empty
	$(BIN)/flask brain reindex --if-needed

run: install compile-translations demo
	$(BIN)/flask run --host 127.0.0.1 --port $(PORT)

BIND ?= 127.0.0.1:$(PORT)

# A served app is production unless told otherwise: it then refuses to start without SECRET_KEY.
serve: export BRAIN_ENV := $(or $(BRAIN_ENV),production)
serve: install compile-translations db
	$(BIN)/gunicorn --bind $(BIND) --workers $${WEB_CONCURRENCY:-2} --access-logfile - wsgi:app

browser:
	bash scripts/install-browser.sh

services:
	bash scripts/install-services.sh

test: install-dev compile-translations browser services
	$(BIN)/python -m pytest

# The same suite on a throwaway PostgreSQL 15 cluster (temporary data directory, free port).
test-postgres: install-dev compile-translations browser services
	$(BIN)/python scripts/with_postgres.py -- $(BIN)/python -m pytest

bench: install-dev
	$(BIN)/python bench/import_bench.py

load: install-dev
	$(BIN)/python bench/load.py

clean:
	rm -rf $(VENV) instance .pytest_cache
