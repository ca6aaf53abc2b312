"""The PostgreSQL server a bench creates its databases on: the one the environment names."""
import os


def postgres_server() -> str | None:
    """The URL of a PostgreSQL server to create bench databases on, if the environment names one."""
    for name in ("BRAIN_TEST_POSTGRES_URL", "DATABASE_URL"):
        url = os.environ.get(name, "")
        if url.startswith("postgresql"):
            return url
    return None


def postgres_execute(server: str, statement: str) -> None:
    """Run one statement outside any transaction (CREATE/DROP DATABASE) on the server."""
    import sqlalchemy

    engine = sqlalchemy.create_engine(server, isolation_level="AUTOCOMMIT", poolclass=sqlalchemy.NullPool)
    with engine.connect() as connection:
        connection.exec_driver_sql(statement)
    engine.dispose()
