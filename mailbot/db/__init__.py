"""Storage: the tables (models), engines and transactions (session), named queries, migrations."""

__all__: list[str] = []
