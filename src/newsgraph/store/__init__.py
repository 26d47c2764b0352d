"""The knowledge base: one SQLite file with named migrations, FTS5 search and readable views."""

from .queries import EVENT_STATUSES, EXPORT_TABLES, entity_profile, events, iter_analyses, quotes, search, table_rows
from .store import Store, article_key

__all__ = ["EVENT_STATUSES", "EXPORT_TABLES", "Store", "article_key", "search", "quotes", "events", "entity_profile", "iter_analyses", "table_rows"]
