import pytest

from tests.translations.fake_service import PORT, fake_service


@pytest.fixture
def service():
    with fake_service() as running:
        yield running


@pytest.fixture
def libretranslate(settings, service):
    settings.SERN_MACHINE_TRANSLATION = "libretranslate"
    settings.SERN_LIBRETRANSLATE_URL = f"http://127.0.0.1:{PORT}"
    settings.SERN_LIBRETRANSLATE_API_KEY = "local-key"
    settings.SERN_MACHINE_TRANSLATION_TIMEOUT = 1
    return service


@pytest.fixture
def etranslation(settings, service):
    settings.SERN_MACHINE_TRANSLATION = "etranslation"
    settings.SERN_ETRANSLATION_URL = f"http://127.0.0.1:{PORT}/etranslation/si/translate"
    settings.SERN_ETRANSLATION_APPLICATION = "sern"
    settings.SERN_ETRANSLATION_PASSWORD = "local-password"
    settings.SERN_ETRANSLATION_USERNAME = ""
    settings.SERN_MACHINE_TRANSLATION_TIMEOUT = 1
    service.mode = "etranslation"
    return service
