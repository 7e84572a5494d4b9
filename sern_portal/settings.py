"""Settings of the SERN Portal, driven by environment variables (see README, "Configuration").

DJANGO_ENV selects the mode:
- development (default): SQLite under var/, Celery eager, e-mails on the console;
- test: the same embedded defaults, used by the test suite;
- production: DEBUG off, SECRET_KEY and ALLOWED_HOSTS required, secure cookies and HSTS.
DATABASE_URL and REDIS_URL switch any mode to PostgreSQL and to Redis (Celery broker + cache).
"""

from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_choice, env_int, env_list, env_quorum, env_str, env_url

BASE_DIR = Path(__file__).resolve().parent.parent

ENVIRONMENT = env_choice("DJANGO_ENV", "development", ("development", "test", "production"))
PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("DJANGO_DEBUG", default=False)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DJANGO_DEBUG must be off when DJANGO_ENV=production.")

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY is required when DJANGO_ENV=production.")
    # Not a secret: only ever used on a developer's machine or in the test suite.
    SECRET_KEY = "development-only-key-never-used-in-production"
elif PRODUCTION and len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters long in production.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS is required when DJANGO_ENV=production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "modeltranslation",  # must come before django.contrib.admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_filters",
    "django_htmx",
    "django_celery_beat",
    "sern_portal",
    "outbox",
    "strategy",
    "members",
    "projects",
    "information",
    "events",
    "evaluation",
    "workinggroups",
    "library",
    "translations",
    "billing",
    "mailings",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "sern_portal.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "outbox.middleware.RunQueuedTasksAfterResponse",
]

ROOT_URLCONF = "sern_portal.urls"
WSGI_APPLICATION = "sern_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sern_portal.context_processors.portal",
            ],
        },
    },
    {
        # Plain-text e-mails (subjects and text bodies, see sern_portal.mail): the same templates,
        # but not HTML-escaped, so "week's" does not arrive as "week&#x27;s". Listed second, so
        # pages and HTML e-mails are always rendered by the escaping engine above.
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]

# --- Database -------------------------------------------------------------------------------
VAR_DIR = Path(env_str("SERN_VAR_DIR", str(BASE_DIR / "var")))
DATABASE_URL = env_url("DATABASE_URL", ("sqlite", "postgres", "postgresql", "psql"))
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL or f"sqlite:///{VAR_DIR / 'sern.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0 if not PRODUCTION else 60, minimum=0),
    )
}
USING_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if USING_POSTGRES:
    # No JIT compilation: PostgreSQL compiles every query its planner costs above 100,000, and a
    # page's aggregate over 10,000 invoices spent 630 ms compiling for 80 ms of work (issue 16).
    # The portal's queries are short; JIT pays off only for long analytical scans.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
# Covering indexes (``Index(include=...)``) let PostgreSQL count from the index alone (issue 16);
# SQLite builds the same index without the extra columns, which is all it needs at its size.
SILENCED_SYSTEM_CHECKS = [] if USING_POSTGRES else ["models.W040"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: Celery broker and cache ----------------------------------------------------------
REDIS_URL = env_url("REDIS_URL", ("redis", "rediss"))
if REDIS_URL:
    # Fails soft: with Redis down the cache misses instead of raising, so sign-in (rate limits)
    # and every page keep working; sessions are in the database (the cache keeps a copy).
    CACHES = {
        "default": {
            "BACKEND": "sern_portal.cache.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
    CELERY_BROKER_URL = REDIS_URL
    CELERY_RESULT_BACKEND = REDIS_URL
    CELERY_TASK_ALWAYS_EAGER = False
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CELERY_BROKER_URL = "memory://"
    # No broker: run tasks in-process so the portal works with nothing else installed.
    CELERY_TASK_ALWAYS_EAGER = True
    CELERY_TASK_EAGER_PROPAGATES = True
    CELERY_RESULT_BACKEND = None
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "sern")
# Suggestion recomputes run on their own queue (and workers), so they never delay the e-mails.
CELERY_MATCHING_QUEUE = env_str("CELERY_MATCHING_QUEUE", f"{CELERY_TASK_DEFAULT_QUEUE}-matching")
# The dashboard's refresh (a second or more of counting, issue 16) goes there too, for the same reason.
CELERY_TASK_ROUTES = {
    "projects.tasks.recompute_*": {"queue": CELERY_MATCHING_QUEUE},
    "evaluation.tasks.refresh_dashboard": {"queue": CELERY_MATCHING_QUEUE},
}
# A worker reuses its matching index this long (seconds) unless a profile changes; 0 = never
# (tests: each builds its own network).
# The evaluation dashboard's indicators are shared this long (seconds; 0 = computed per request),
# or until a figure changes (sern_portal.versions). Public pages likewise (PUBLIC_CACHE_SECONDS).
EVALUATION_CACHE_SECONDS = env_int(
    "EVALUATION_CACHE_SECONDS", 0 if ENVIRONMENT == "test" else 86400, minimum=0
)
PUBLIC_CACHE_SECONDS = env_int("PUBLIC_CACHE_SECONDS", 0 if ENVIRONMENT == "test" else 86400, minimum=0)
# The lists' filter forms and their choices (sern_portal.filters), likewise.
LIST_CACHE_SECONDS = env_int("LIST_CACHE_SECONDS", 0 if ENVIRONMENT == "test" else 86400, minimum=0)
# A signed-in reader's main pages are served again for at most this many seconds, until any row of
# the portal changes (sern_portal.reader_cache); 0 = drawn for every request.
READER_PAGE_CACHE_SECONDS = env_int(
    "READER_PAGE_CACHE_SECONDS", 0 if ENVIRONMENT == "test" else 60, minimum=0
)
# The WSGI worker freezes its long-lived objects out of the garbage collector after this many
# requests (``sern_portal.gc_freeze``); 0 never.
GC_FREEZE_AFTER_REQUESTS = env_int("GC_FREEZE_AFTER_REQUESTS", 20, minimum=0)
# The matching overview's suggestions and unsuggested members (projects.views.suggestions), likewise.
MATCHING_CACHE_SECONDS = env_int("MATCHING_CACHE_SECONDS", 0 if ENVIRONMENT == "test" else 86400, minimum=0)
MATCHING_INDEX_MAX_AGE = env_int("MATCHING_INDEX_MAX_AGE", 0 if ENVIRONMENT == "test" else 3600, minimum=0)
CELERY_TASK_IGNORE_RESULT = True
# Every task of the portal is idempotent (e-mails through send_once, recomputes, the report's
# claim with a heartbeat): a task whose worker died is delivered again rather than lost.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# With late acks, Redis gives a dead worker's tasks to another after the visibility timeout: it
# must exceed the longest task (the annual report, well under a minute on the demo network),
# and is far below Redis's default hour so a crash costs minutes, not an hour.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 600, minimum=1),
    "unacked_restore_interval": env_int("CELERY_RESTORE_INTERVAL", 10, minimum=1),
    "unacked_restore_throttle": 1,
}
# An unreachable broker must not hold a request: the outbox keeps the task and sends it later.
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2}
# An annual report run with no sign of progress for this long lost its worker: a redelivered
# task takes it over, and its page offers to restart it.
SERN_REPORT_STALE_SECONDS = env_int("SERN_REPORT_STALE_SECONDS", 120, minimum=1)
# The outbox (outbox.queue): a claimed message not marked sent after this long is relayed again;
# workers relay pending messages every OUTBOX_RELAY_INTERVAL seconds.
OUTBOX_LEASE_SECONDS = env_int("OUTBOX_LEASE_SECONDS", 900, minimum=1)
OUTBOX_RELAY_INTERVAL = env_int("OUTBOX_RELAY_INTERVAL", 5, minimum=1)
# Without a broker, a web request's tasks run after its response (not in the test suite, where
# they run at the commit so a test sees them done).
OUTBOX_RUN_AFTER_RESPONSE = env_bool("OUTBOX_RUN_AFTER_RESPONSE", ENVIRONMENT != "test")
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = "Europe/Rome"
# Periodic tasks live in settings (reviewed with the code); the DatabaseScheduler copies them into
# django_celery_beat's tables when beat starts, where the admin can pause them.
CELERY_BEAT_SCHEDULE = {
    "weekly-digest": {
        "task": "information.tasks.send_weekly_digests",
        "schedule": crontab(minute=0, hour=7, day_of_week="mon"),
    },
    # Memberships begin and end on dates: the public figures change at midnight with no record
    # saved, so the snapshot is also refreshed daily (saves refresh it at once via signals).
    "refresh-network-figures": {
        "task": "strategy.tasks.refresh_network_figures",
        "schedule": crontab(hour=0, minute=10),
    },
    "application-retention": {
        "task": "members.tasks.apply_application_retention",
        "schedule": crontab(hour=2, minute=30),
    },
    "close-written-procedures": {
        "task": "members.tasks.close_expired_procedures",
        "schedule": 60 * 5,
    },
    "board-meeting-reminders": {
        "task": "members.tasks.send_meeting_reminders",
        "schedule": 60 * 60 * 6,
    },
    # A week before an invoice's due day, on it, and 30 days after: each step once per unpaid
    # invoice (billing.ReminderSent is unique per invoice and step, so overlapping beats are safe).
    # A worker killed while sending a mailing leaves one delivery "being sent": after ten minutes
    # the send log calls it "perhaps not sent" (mailings.services.mailings.send_queued).
    "mailing-deliveries-in-doubt": {
        "task": "mailings.tasks.mark_stalled_deliveries",
        "schedule": 60 * 15,
    },
    "invoice-reminders": {
        "task": "billing.tasks.send_invoice_reminders",
        "schedule": crontab(hour=8, minute=15),
    },
}

# --- Accounts ---------------------------------------------------------------------------------
AUTH_USER_MODEL = "members.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "sern_portal.auth_backends.StaffPermissionsBackend",
    "sern_portal.auth_backends.AccountBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SITE_ID = 1
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# Confirming the address (in the browser that signed up) signs in and goes on to where the person
# was going (the "next" of the sign-up), instead of a second sign-in.
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if PRODUCTION else "http"
ACCOUNT_RATE_LIMITS = False if ENVIRONMENT == "test" else {}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "SERN Portal"

# --- Languages --------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("sv", _("Swedish")), ("it", _("Italian"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# European English dates ("31 December 2023") instead of Django's American "en" formats.
FORMAT_MODULE_PATH = ["sern_portal.formats"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "sv", "it")
TIME_ZONE = "Europe/Rome"
USE_I18N = True
USE_TZ = True

# --- Static files and uploads -----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
if not PRODUCTION:
    # The embedded default keeps its SQLite file and static files here; create it on first run.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
# Uploaded documents are private: stored outside any public URL and served only by views that
# check permission. There is deliberately no MEDIA_URL route.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))
MEDIA_ROOT = PRIVATE_MEDIA_ROOT
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 11 * 1024 * 1024

# --- E-mail -----------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "SERN Portal <portal@sern.eu>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_URL = env_str("EMAIL_HOST")
if EMAIL_URL:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = EMAIL_URL
    EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
elif PRODUCTION:
    raise ImproperlyConfigured("EMAIL_HOST is required when DJANGO_ENV=production.")
else:
    # Outside production another backend may be named (the real-worker tests write files).
    EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
    EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))

# --- Security ---------------------------------------------------------------------------------
# Sessions are written to the database and read from the cache first: one query less on every
# signed-in page (issue 16). With Redis down the fail-soft cache misses and the database answers.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": env_choice("LOG_LEVEL", "INFO", ("DEBUG", "INFO", "WARNING", "ERROR")),
    },
}

# --- Portal -----------------------------------------------------------------------------------
DEMO_PASSWORD = env_str("DEMO_PASSWORD", "sern-demo-2026")
ADMIN_URL_PREFIX = "admin/"
# Board meetings: an application made ready goes on the next meeting whose agenda cut-off (this
# many days before the meeting) has not passed; board members are reminded this many days before.
SERN_AGENDA_CUTOFF_DAYS = env_int("SERN_AGENDA_CUTOFF_DAYS", 14, minimum=0)
SERN_MEETING_REMINDER_DAYS = env_int("SERN_MEETING_REMINDER_DAYS", 7, minimum=1)
# The Board's quorum (statutes): "majority" (more than half of the seats), a count ("8") or a
# fraction ("1/3", "0.5"); it applies to meetings (members present) and to written procedures
# (votes cast). See sern_portal/quorum.py for the arithmetic.
SERN_BOARD_QUORUM = env_quorum("SERN_BOARD_QUORUM", "majority")
SERN_MAX_UPLOAD_BYTES = 10 * 1024 * 1024

# --- Sign-in, second factor, caching, health and logs (issue 11) -------------------------------
# The number of proxies in front of the portal that append to X-Forwarded-For (the TLS proxy: 1).
# Rate limits key on the client's address taken that many hops from the right; 0 trusts no
# header and uses the connection's address (right without a proxy, wrong behind one).
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0)
# Staff (secretariat, Board, admin users) must sign in with a second factor (members/mfa.py).
# Only development may turn it off, so the demo accounts sign in with the password alone.
SERN_STAFF_MFA_REQUIRED = env_bool("SERN_STAFF_MFA_REQUIRED", ENVIRONMENT != "development")
if PRODUCTION and not SERN_STAFF_MFA_REQUIRED:
    raise ImproperlyConfigured("SERN_STAFF_MFA_REQUIRED cannot be turned off when DJANGO_ENV=production.")
MIDDLEWARE.insert(0, "sern_portal.observability.RequestIdMiddleware")
MIDDLEWARE.insert(
    MIDDLEWARE.index("allauth.account.middleware.AccountMiddleware") + 1, "members.mfa.StaffMfaMiddleware"
)
MIDDLEWARE.append("sern_portal.middleware.PrivateCacheControlMiddleware")
# Every log line carries the request's id; production writes one JSON object per line.
LOGGING["filters"] = {"request_id": {"()": "sern_portal.observability.RequestIdFilter"}}
LOGGING["formatters"] = {
    "json": {"()": "sern_portal.observability.JsonFormatter"},
    "plain": {"format": "%(asctime)s %(levelname)s request_id=%(request_id)s %(name)s: %(message)s"},
}
LOGGING["handlers"]["console"] |= {"filters": ["request_id"], "formatter": "json" if PRODUCTION else "plain"}
# Rejected and withdrawn applications lose the personal data they hold this many days after their
# last change (members.tasks.apply_application_retention, daily).
SERN_APPLICATION_RETENTION_DAYS = env_int("SERN_APPLICATION_RETENTION_DAYS", 365, minimum=1)

# --- Translations of content (issue 14.4) ------------------------------------------------------
# The machine-translation service that drafts translations for the secretariat to check:
# none (the default), libretranslate (SERN_LIBRETRANSLATE_URL, optional API key) or etranslation
# (the European Commission's, asynchronous: it calls SITE_URL back; SERN_ETRANSLATION_APPLICATION
# and SERN_ETRANSLATION_PASSWORD are the application's credentials).
SERN_MACHINE_TRANSLATION = env_choice(
    "SERN_MACHINE_TRANSLATION", "none", ("none", "etranslation", "libretranslate")
)
SERN_MACHINE_TRANSLATION_TIMEOUT = env_int("SERN_MACHINE_TRANSLATION_TIMEOUT", 20, minimum=1)
SERN_LIBRETRANSLATE_URL = env_url("SERN_LIBRETRANSLATE_URL", ("http", "https"))
SERN_LIBRETRANSLATE_API_KEY = env_str("SERN_LIBRETRANSLATE_API_KEY", "")
SERN_ETRANSLATION_URL = env_url("SERN_ETRANSLATION_URL", ("https", "http")) or (
    "https://webgate.ec.europa.eu/etranslation/si/translate"
)
SERN_ETRANSLATION_APPLICATION = env_str("SERN_ETRANSLATION_APPLICATION", "")
SERN_ETRANSLATION_USERNAME = env_str("SERN_ETRANSLATION_USERNAME", "")
SERN_ETRANSLATION_PASSWORD = env_str("SERN_ETRANSLATION_PASSWORD", "")
if SERN_MACHINE_TRANSLATION == "libretranslate" and not SERN_LIBRETRANSLATE_URL:
    raise ImproperlyConfigured("SERN_MACHINE_TRANSLATION=libretranslate needs SERN_LIBRETRANSLATE_URL.")
if SERN_MACHINE_TRANSLATION == "etranslation" and not (
    SERN_ETRANSLATION_APPLICATION and SERN_ETRANSLATION_PASSWORD
):
    raise ImproperlyConfigured(
        "SERN_MACHINE_TRANSLATION=etranslation needs SERN_ETRANSLATION_APPLICATION"
        " and SERN_ETRANSLATION_PASSWORD."
    )
