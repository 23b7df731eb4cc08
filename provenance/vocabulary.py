"""The fixed vocabularies of the data model (DESIGN.md): statuses, kinds, forms, relations, speaker kinds.

Standard library only, so the command line can check an option without importing the models.
"""

STATUSES = ("confirmed", "corroborated", "unconfirmed", "disputed", "retracted")
KINDS = ("fact", "position", "opinion", "prediction")
FORMS = ("direct", "indirect", "unattributed")
RELATIONS = ("corroborates", "contradicts", "repeats")
SPEAKER_KINDS = ("person", "institution", "group", "media")
# what a speaker does with a claim's content; a denial's content is the proposition denied
STANCES = ("asserts", "denies", "declines_to_confirm", "retracts")
