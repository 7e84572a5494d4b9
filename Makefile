# The two commands of the README's Quick start: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

# The load test (issue 16): a grown database, gunicorn in production settings, the pages measured.
LOADTEST_DB ?= sern_loadtest
LOADTEST_PORT ?= 8180
SCALE ?= 1

.PHONY: loadtest run test install install-dev gettext browser lint messages check-messages check-migrations worker beat relay demo backup restore clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Two markers: .installed (runtime, requirements.txt) and .installed-dev (runtime + tests and
# tools, requirements-dev.txt). Each is rebuilt when its requirements change.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

# `make run` needs the runtime only (what production installs); tests and linters need the dev set.
install: $(VENV)/.installed gettext

install-dev: $(VENV)/.installed-dev gettext

# compilemessages/makemessages need GNU gettext; install it when missing and possible.
gettext:
	@command -v msgfmt >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& (apt-get install -y -q gettext || (apt-get update -q && apt-get install -y -q gettext)); } \
		|| { echo "GNU gettext (msgfmt) is required: install the 'gettext' package." >&2; exit 1; }

# Browser tests drive Debian's Chromium; without it (and no way to install it) they are skipped.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& (apt-get install -y -q chromium || (apt-get update -q && apt-get install -y -q chromium)); } \
		|| echo "chromium is not installed and cannot be installed here: browser tests will be skipped."

run: install
	DJANGO_ENV=development DJANGO_DEBUG=1 $(MANAGE) migrate --noinput
	DJANGO_ENV=development $(MANAGE) compilemessages --ignore=$(VENV) -v 0
	DJANGO_ENV=development $(MANAGE) seed_demo
	DJANGO_ENV=development DJANGO_DEBUG=1 $(MANAGE) runserver 127.0.0.1:$(PORT)

demo: install
	$(MANAGE) migrate --noinput && $(MANAGE) seed_demo

test: install-dev browser
	DJANGO_ENV=test $(MANAGE) compilemessages --ignore=$(VENV) -v 0
	DJANGO_ENV=test $(BIN)/pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

check-migrations: install
	DJANGO_ENV=test $(MANAGE) makemigrations --check --dry-run

# Regenerate the catalogues (used after changing UI strings).
messages: install
	DJANGO_ENV=test $(MANAGE) makemessages -l sv -l it --no-location --no-obsolete --ignore=$(VENV) --ignore=tests
	DJANGO_ENV=test $(MANAGE) makemessages -d djangojs -l sv -l it --no-location --no-obsolete --ignore=$(VENV) --ignore=tests --ignore=var

# makemessages must leave locale/ unchanged (the creation date aside): every string is in the catalogue.
check-messages: messages
	git diff --exit-code -I '^"POT-Creation-Date' -- locale/

# One worker for both queues in development; in production the Procfile runs a separate
# "matching" worker, so suggestion recomputes never delay the e-mails.
worker: install
	$(BIN)/celery -A sern_portal worker --loglevel=info \
		-Q "$${CELERY_QUEUE:-sern},$${CELERY_MATCHING_QUEUE:-$${CELERY_QUEUE:-sern}-matching}"

beat: install
	$(BIN)/celery -A sern_portal beat --loglevel=info

# Hands tasks written while the broker was down to Celery (workers do it too, every few seconds).
relay: install
	$(MANAGE) relay_outbox

# The database and the private uploads in var/backups/sern-YYYYmmdd-HHMMSS.tar.gz.
backup: install
	$(MANAGE) backup

# Into an EMPTY database only (a new PostgreSQL database or SQLite file): make restore FILE=...
restore: install
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=var/backups/sern-....tar.gz" >&2; exit 2; }
	$(MANAGE) restore "$(FILE)"

clean:
	rm -rf $(VENV) var

# Grows $(LOADTEST_DB) once (seed_demo + grow_demo --scale $(SCALE); drop the database to grow it
# again), serves it with gunicorn (3 workers, production settings, Redis) on $(LOADTEST_PORT),
# prints page_cost's table, then loadtest's at 10 and 50 connections; stops gunicorn.
loadtest: install
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& (apt-get install -y -q wrk || (apt-get update -q && apt-get install -y -q wrk)); } \
		|| echo "wrk is not installed and cannot be installed here: the Python load generator is used."
	@set -e; \
	export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(LOADTEST_DB) DJANGO_ENV=production \
		DJANGO_SETTINGS_MODULE=sern_portal.scale.settings SECRET_KEY=$$(printf 'loadtest%.0s' 1 2 3 4 5 6 7) \
		ALLOWED_HOSTS=127.0.0.1,localhost,testserver EMAIL_HOST=localhost SECURE_SSL_REDIRECT=0 \
		REDIS_URL=$${LOADTEST_REDIS_URL:-redis://127.0.0.1:6379/15} CELERY_QUEUE=$${CELERY_QUEUE:-loadtest}; \
	psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$(LOADTEST_DB)'" | grep -q 1 \
		|| { psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $(LOADTEST_DB)"; GROW=1; }; \
	$(MANAGE) migrate --noinput -v 0; \
	if [ -n "$$GROW" ]; then $(MANAGE) seed_demo && $(MANAGE) grow_demo --scale $(SCALE) \
		&& psql -h 127.0.0.1 -U postgres -d $(LOADTEST_DB) -qc "VACUUM ANALYZE"; fi; \
	$(MANAGE) compilemessages --ignore=$(VENV) -v 0; \
	$(MANAGE) collectstatic --noinput -v 0; \
	$(MANAGE) page_cost; \
	$(BIN)/gunicorn sern_portal.wsgi --bind 127.0.0.1:$(LOADTEST_PORT) --workers 3 --pid var/loadtest.pid \
		--daemon --log-file var/loadtest.log; \
	trap 'kill $$(cat var/loadtest.pid)' EXIT; sleep 3; \
	$(MANAGE) loadtest --port $(LOADTEST_PORT) --seconds $${SECONDS_PER_PAGE:-10}
