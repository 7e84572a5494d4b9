from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """Files under ``settings.PRIVATE_MEDIA_ROOT`` with no public URL.

    They are served only by views that check permission (a URL would bypass them). The location
    is read from the settings on each use, so tests and deployments can move it.
    """

    def __init__(self, **kwargs):
        super().__init__(base_url=None, **kwargs)

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    def url(self, name):
        raise ValueError("Private files have no URL; serve them through a permission-checking view.")

    def deconstruct(self):
        return ("sern_portal.storage.PrivateStorage", (), {})


private_storage = PrivateStorage()
