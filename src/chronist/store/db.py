"""Opening a store: a URL or a file path -> a migrated SQLAlchemy engine.

SQLite is the embedded default (one file, WAL journal so that readers never block the
writer and a killed writer loses at most the document it was writing); PostgreSQL is
reached through psycopg 3. The schema is managed by the Alembic migrations shipped in
`chronist/store/migrations`, applied on open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from chronist.store.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_DB = "chronist.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(target: str) -> str:
    """A SQLAlchemy URL for a user's `--db`: a URL as given, a plain path as SQLite."""
    if "://" not in target:
        return f"sqlite:///{Path(target).expanduser()}"
    url = make_url(target)
    # A bare postgresql:// would pick psycopg2, which we do not depend on.
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable against a killed process in WAL mode (only an OS crash can
    # lose the last commits), and much faster than FULL.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def create_store_engine(target: str) -> Engine:
    try:
        url = database_url(target)
        engine = create_engine(url)
    except (ArgumentError, ImportError, ValueError) as error:
        raise StoreError(f"cannot open store {target!r}: {error}") from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _alembic_config() -> Config:
    # Alembic is imported when a store is opened, not when the CLI starts.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database to the newest schema (a no-op when it is there already), or to
    an older `revision` (to build an old store in a test)."""
    from alembic import command

    config = _alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except OperationalError as error:
        raise StoreError(f"cannot reach the store: {error.orig}") from error


def open_engine(target: str = DEFAULT_DB) -> Engine:
    engine = create_store_engine(target)
    migrate(engine)
    return engine
