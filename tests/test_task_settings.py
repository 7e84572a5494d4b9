"""Celery settings for tasks that survive a dead worker (issue 11, point 12)."""

import importlib

from django.conf import settings

from sern_portal.celery import app as celery_app

PORTAL_APPS = ("strategy", "members", "projects", "information", "events", "evaluation")


def portal_tasks():
    for app in PORTAL_APPS:
        importlib.import_module(f"{app}.tasks")
    return [task for name, task in celery_app.tasks.items() if name.startswith(PORTAL_APPS)]


def test_every_task_of_the_portal_is_acknowledged_late_and_redelivered_when_its_worker_dies():
    tasks = portal_tasks()
    assert len(tasks) >= 15
    for task in tasks:
        assert task.acks_late, task.name
        assert task.reject_on_worker_lost, task.name


def test_a_dead_workers_tasks_come_back_in_minutes_not_an_hour():
    visibility = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert visibility <= 15 * 60
    # Longer than the longest task: the report's run is stale (taken over) well before that.
    assert visibility > settings.SERN_REPORT_STALE_SECONDS
    assert settings.CELERY_BROKER_TRANSPORT_OPTIONS["unacked_restore_interval"] <= 60
