"""SQLite storage: models, engine, unit of work, migrations, backups and integrity."""
