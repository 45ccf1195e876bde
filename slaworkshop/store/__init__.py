"""Storage: SQLAlchemy tables, the repository, migrations. No Qt."""

from .database import ENV_VAR, Store, default_url, masked, open_store
from .errors import Conflict, NotFound, Refused, StoreError

__all__ = [
    "ENV_VAR",
    "Conflict",
    "NotFound",
    "Refused",
    "Store",
    "StoreError",
    "default_url",
    "masked",
    "open_store",
]
