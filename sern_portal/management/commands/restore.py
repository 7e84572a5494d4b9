from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sern_portal.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore a backup archive (made by `backup`) into an EMPTY database; refuses any other."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)

    def handle(self, *args, archive: Path, **options):
        if not archive.is_file():
            raise CommandError(f"No such backup: {archive}")
        try:
            manifest = restore_backup(archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the {manifest['engine']} backup of {manifest['created_at']}.")
