"""On PostgreSQL + Redis: a real worker process consumes tasks from the broker."""

import pytest

from strategy.models import NetworkFiguresSnapshot
from strategy.tasks import refresh_network_figures
from tests.factories import OrganisationFactory
from tests.workers import celery_worker, require_services


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_takes_the_task_from_redis_and_writes_its_result_to_postgresql():
    require_services()
    OrganisationFactory.create_batch(3, country="SE")
    NetworkFiguresSnapshot.objects.all().delete()
    with celery_worker() as worker:
        snapshot_id = refresh_network_figures.delay().get(timeout=60)
    assert worker.returncode is not None
    snapshot = NetworkFiguresSnapshot.objects.get(pk=snapshot_id)
    assert snapshot.members_sweden == 3
    assert snapshot.members == 3
