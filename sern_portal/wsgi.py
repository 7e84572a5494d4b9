import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

from sern_portal.gc_freeze import FreezeAfterWarmUp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sern_portal.settings")
application = FreezeAfterWarmUp(get_wsgi_application(), after=settings.GC_FREEZE_AFTER_REQUESTS)
