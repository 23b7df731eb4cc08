"""Text -> claims: pure functions, no database.

    >>> meta, text = read_article(b"Officials said the bridge reopened.", filename="a.txt")
    >>> extract_claimset(text, slug="a")["claims"][0]["text"]
    'the bridge reopened'
"""

from provenance.extract.document import extract_claimset
from provenance.extract.lexicon import LANGUAGES
from provenance.extract.reader import read_article

__all__ = ["LANGUAGES", "extract_claimset", "read_article"]
