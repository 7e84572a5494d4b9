"""Backups: the database and the private uploads in one dated archive, restored into an empty database.

The archive (``sern-YYYYmmdd-HHMMSS.tar.gz``) holds ``manifest.json`` (format, database engine,
creation time), the database (``database.pgdump``, pg_dump's custom format, on PostgreSQL;
``database.sqlite3``, SQLite's online backup, otherwise) and ``private/`` (PRIVATE_MEDIA_ROOT).
A restore refuses a database that has any table: it never mixes two portals' data.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

FORMAT = 1
PG_DUMP = "database.pgdump"
SQLITE_DUMP = "database.sqlite3"


class BackupError(Exception):
    pass


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def pg_environment() -> dict[str, str]:
    """libpq's variables for the configured database (the password never on a command line)."""
    db = connection.settings_dict
    env = os.environ.copy()
    for variable, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
    ):
        if db.get(key):
            env[variable] = str(db[key])
    env["PGDATABASE"] = db["NAME"]
    return env


def dump_database(directory: Path) -> str:
    if is_postgres():
        target = directory / PG_DUMP
        run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"])
        return PG_DUMP
    connection.ensure_connection()
    target = sqlite3.connect(directory / SQLITE_DUMP)
    try:
        connection.connection.backup(target)  # consistent even while the portal writes
    finally:
        target.close()
    return SQLITE_DUMP


def run(command: list[str]) -> None:
    result = subprocess.run(command, env=pg_environment(), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def create_backup(output_dir: Path | None = None) -> Path:
    """Write the archive and return its path."""
    output_dir = Path(output_dir or settings.VAR_DIR / "backups")
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    archive = output_dir / f"sern-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        database = dump_database(directory)
        manifest = {"format": FORMAT, "engine": connection.vendor, "database": database, "created_at": stamp}
        (directory / "manifest.json").write_text(json.dumps(manifest, indent=2))
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(directory / "manifest.json", arcname="manifest.json")
            tar.add(directory / database, arcname=database)
            private = Path(settings.PRIVATE_MEDIA_ROOT)
            if private.is_dir():
                tar.add(private, arcname="private")
        partial.rename(archive)  # never a half-written archive under the final name
    return archive


def database_is_empty() -> bool:
    return not connection.introspection.table_names()


def restore_backup(archive: Path) -> dict:
    """Restore ``archive`` into the configured database, which must have no table at all."""
    if not database_is_empty():
        raise BackupError(
            "The database is not empty: restore into a new, empty database (createdb, or a new SQLite file)."
        )
    with tempfile.TemporaryDirectory() as temporary, tarfile.open(archive, "r:gz") as tar:
        directory = Path(temporary)
        tar.extractall(directory, filter="data")  # no absolute paths, no "..", no devices
        manifest = json.loads((directory / "manifest.json").read_text())
        if manifest.get("format") != FORMAT:
            raise BackupError(f"Unknown backup format: {manifest.get('format')}.")
        if manifest["engine"] != connection.vendor:
            raise BackupError(
                f"This backup is of a {manifest['engine']} database; the portal is configured for "
                f"{connection.vendor}."
            )
        if is_postgres():
            run(
                [
                    "pg_restore",
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    f"--dbname={connection.settings_dict['NAME']}",
                    str(directory / PG_DUMP),
                ]
            )
        else:
            connection.ensure_connection()
            source = sqlite3.connect(directory / SQLITE_DUMP)
            try:
                source.backup(connection.connection)
            finally:
                source.close()
        private = directory / "private"
        if private.is_dir():
            shutil.copytree(private, settings.PRIVATE_MEDIA_ROOT, dirs_exist_ok=True)
    connection.close()  # the next query sees the restored schema
    return manifest
