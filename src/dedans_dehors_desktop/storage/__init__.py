"""Encrypted store: SQLCipher connection, key file, schema, migrations, the one write path."""
