from sern_portal.storage import PrivateStorage as SharedPrivateStorage


class PrivateStorage(SharedPrivateStorage):
    """The shared private storage (``sern_portal.storage``), under the name the evaluation's
    migrations recorded: files under ``settings.PRIVATE_MEDIA_ROOT``, no URL."""

    def deconstruct(self):
        return ("evaluation.storage.PrivateStorage", (), {})


private_storage = PrivateStorage()
