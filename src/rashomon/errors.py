"""Named errors with actionable messages. Only the CLI turns them into ``Error: ...`` and an exit code."""


class RashomonError(Exception):
    """Base class for every error Rashomon raises on purpose."""


class ModelNotInstalled(RashomonError):
    """The spaCy model is not installed."""


class InputNotFound(RashomonError):
    """A path given on the command line does not exist."""


class StoreError(RashomonError):
    """The SQLite store cannot be opened or written."""


class GoldFormatError(RashomonError):
    """A gold or documents file for evaluation is malformed."""


class PartiesFileError(RashomonError):
    """An extra parties file (--parties / $RASHOMON_PARTIES) cannot be read."""


class StoreNotWritable(StoreError):
    """The store's file or directory cannot be created or written."""


class NotAStore(StoreError):
    """The file is not SQLite, or is a SQLite database that Rashomon did not create."""


class NewerStoreSchema(StoreError):
    """The store was written by a newer Rashomon whose schema this version does not know."""
