# The two commands of the README's Quick start: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test install gettext browser lint messages check-messages check-migrations worker beat demo backup restore clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed gettext

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

test: install browser
	DJANGO_ENV=test $(MANAGE) compilemessages --ignore=$(VENV) -v 0
	DJANGO_ENV=test $(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check-migrations: install
	DJANGO_ENV=test $(MANAGE) makemigrations --check --dry-run

# Regenerate the catalogues (used after changing UI strings).
messages: install
	DJANGO_ENV=test $(MANAGE) makemessages -l sv -l it --no-location --no-obsolete --ignore=$(VENV) --ignore=tests
	DJANGO_ENV=test $(MANAGE) makemessages -d djangojs -l sv -l it --no-location --no-obsolete --ignore=$(VENV) --ignore=tests --ignore=var

# makemessages must leave locale/ unchanged (the creation date aside): every string is in the catalogue.
check-messages: messages
	git diff --exit-code -I '^"POT-Creation-Date' -- locale/

worker: install
	$(BIN)/celery -A sern_portal worker --loglevel=info

beat: install
	$(BIN)/celery -A sern_portal beat --loglevel=info

# The database and the private uploads in var/backups/sern-YYYYmmdd-HHMMSS.tar.gz.
backup: install
	$(MANAGE) backup

# Into an EMPTY database only (a new PostgreSQL database or SQLite file): make restore FILE=...
restore: install
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=var/backups/sern-....tar.gz" >&2; exit 2; }
	$(MANAGE) restore "$(FILE)"

clean:
	rm -rf $(VENV) var
