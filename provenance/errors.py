"""The project's own exceptions and exit codes, in one place.

The core raises these with a message that tells the user what to do; the CLI turns them into
`Error: ...` on stderr and the matching exit code.
"""

EXIT_OK = 0
EXIT_DIFFERENT = 1  # diff found differences; check found problems
EXIT_PARTIAL = 1  # some inputs failed (each listed), the others were stored
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C (128 + SIGINT, as shells report it)


class ProvenanceError(Exception):
    """Base class: a problem the user can fix; the message says how."""

    exit_code = EXIT_ERROR


class InputError(ProvenanceError):
    """A file or value given on the command line cannot be used."""


class ClaimSetError(InputError):
    """A claim-set file does not match the schema or its own text."""


class NotFound(ProvenanceError):
    """An id, slug or version that is not in the database."""


class DatabaseError(ProvenanceError):
    """The database cannot be opened, migrated or written."""


class DataFileError(ProvenanceError):
    """A word-list file shipped in provenance/data/ is missing or malformed."""


class Interrupted(ProvenanceError):
    """The user stopped a command (Ctrl-C); the message says what was kept and how to go on."""

    exit_code = EXIT_INTERRUPTED


class OutputError(ProvenanceError):
    """An output file cannot be written (disk full, no permission, file too large)."""
