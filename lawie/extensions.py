"""The ``Doc._`` attributes that lawie's components fill; registered once, on import of any component."""
from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "report_id": None,      # id of the report (file stem, #n when a file holds several)
    "source": None,         # path of the file the report was read from
    "source_offset": 0,     # offset of the report's first character in the decoded file
    "sections": None,       # list of section dicts (see lawie.sections)
    "meta": None,           # title, issuer, year, publication_date, document_number
    "facts": None,          # indicator facts (see lawie.facts)
}


def register_extensions() -> None:
    """Idempotent: components call it in their constructors."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    from .values import register_value_extensions  # here: values imports spaCy and the resources
    register_value_extensions()
