"""`make backup` / `make restore`: the database and the private uploads, restored into an empty database."""

import os
import sqlite3
import subprocess
import sys
import tarfile
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from sern_portal.backups import BackupError, restore_backup
from tests.factories import OrganisationFactory

BASE_DIR = Path(settings.BASE_DIR)


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """A separate process: the restore targets another database than the test's."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=os.environ | {"DJANGO_ENV": "test"} | env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def private_root(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT = tmp_path / "private"
    (tmp_path / "private" / "applications").mkdir(parents=True)
    (tmp_path / "private" / "applications" / "signed.pdf").write_bytes(b"%PDF-1.7 signed")
    return tmp_path / "private"


def make_backup(tmp_path) -> Path:
    call_command("backup", output_dir=tmp_path / "backups", stdout=StringIO())
    (archive,) = (tmp_path / "backups").glob("sern-*.tar.gz")
    return archive


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_is_one_dated_archive_with_the_database_and_the_uploads(private_root, tmp_path):
    archive = make_backup(tmp_path)
    assert archive.name[5:20].replace("-", "").isdigit()
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names
    assert "private/applications/signed.pdf" in names
    assert ("database.pgdump" if settings.USING_POSTGRES else "database.sqlite3") in names


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restoring_into_a_non_empty_database_is_refused(private_root, tmp_path):
    archive = make_backup(tmp_path)
    with pytest.raises(BackupError, match="not empty"):
        restore_backup(archive)


@pytest.mark.skipif(settings.USING_POSTGRES, reason="the SQLite variant; PostgreSQL has its own test")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_sqlite_backup_restored_into_an_empty_database_has_the_data_and_the_files(private_root, tmp_path):
    OrganisationFactory(name="Kommun i backupen")
    archive = make_backup(tmp_path)
    target = tmp_path / "restored.sqlite3"
    env = {"DATABASE_URL": f"sqlite:///{target}", "PRIVATE_MEDIA_ROOT": str(tmp_path / "restored-private")}
    restored = manage("restore", str(archive), env=env)
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(target) as db:
        names = [row[0] for row in db.execute("select name from members_organisation")]
    assert "Kommun i backupen" in names
    assert (tmp_path / "restored-private" / "applications" / "signed.pdf").read_bytes() == b"%PDF-1.7 signed"
    again = manage("restore", str(archive), env=env)
    assert again.returncode != 0 and "not empty" in again.stderr


@pytest.mark.skipif(not settings.USING_POSTGRES, reason="needs PostgreSQL (pg_dump, pg_restore)")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_postgresql_backup_restored_into_an_empty_database_has_the_data(private_root, tmp_path):
    OrganisationFactory(name="Kommun i backupen")
    archive = make_backup(tmp_path)
    db = connection.settings_dict
    target = f"{db['NAME']}_restored"
    libpq = os.environ | {
        "PGHOST": db["HOST"] or "127.0.0.1",
        "PGPORT": str(db["PORT"] or 5432),
        "PGUSER": db["USER"],
    }
    subprocess.run(["dropdb", "--if-exists", target], env=libpq, check=True)
    subprocess.run(["createdb", target], env=libpq, check=True)
    try:
        url = f"postgres://{db['USER']}@{libpq['PGHOST']}:{libpq['PGPORT']}/{target}"
        env = {"DATABASE_URL": url, "PRIVATE_MEDIA_ROOT": str(tmp_path / "restored-private")}
        restored = manage("restore", str(archive), env=env)
        assert restored.returncode == 0, restored.stderr
        names = subprocess.run(
            ["psql", "-d", target, "-Atc", "select name from members_organisation"],
            env=libpq,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\n")
        assert "Kommun i backupen" in names
        assert (tmp_path / "restored-private" / "applications" / "signed.pdf").exists()
        again = manage("restore", str(archive), env=env)
        assert again.returncode != 0 and "not empty" in again.stderr
    finally:
        subprocess.run(["dropdb", "--if-exists", target], env=libpq, check=False)
