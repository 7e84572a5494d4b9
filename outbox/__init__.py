"""The transactional outbox: every task the portal queues is first a row written with the change.

Services call ``outbox.queue.enqueue(task_name, *args, key=…, **kwargs)`` inside their
transaction; see ``outbox.queue`` for how the rows reach Celery.
"""
