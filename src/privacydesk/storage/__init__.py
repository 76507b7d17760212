"""Storage: the engine, SQLCipher, keys, models and migrations; the only place for raw SQL."""
