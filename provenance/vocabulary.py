"""The fixed vocabularies of the data model (DESIGN.md): statuses, kinds, forms, relations, speaker kinds.

Standard library only, so the command line can check an option without importing the models.
"""

STATUSES = ("confirmed", "corroborated", "unconfirmed", "disputed", "retracted")
KINDS = ("fact", "position", "opinion", "prediction")
FORMS = ("direct", "indirect", "unattributed")
RELATIONS = ("corroborates", "contradicts", "repeats")
SPEAKER_KINDS = ("person", "institution", "group", "media")
