from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sern_portal.backups import BackupError, create_backup


class Command(BaseCommand):
    help = "Write the database and the private uploads to var/backups/sern-YYYYmmdd-HHMMSS.tar.gz."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir", type=Path, help="where to write the archive (default var/backups)"
        )

    def handle(self, *args, output_dir=None, **options):
        try:
            archive = create_backup(output_dir)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(archive))
