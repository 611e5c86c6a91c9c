"""lawie: structured data from Chinese rule-of-law government reports.

    import lawie
    nlp = lawie.load()                 # the shipped spaCy pipeline, offline
    reports = lawie.extract("report.txt")   # plain dicts, as `lawie extract` writes them
"""
from . import entity_rules, facts, sections, tokenizer  # noqa: F401  (register factories and the tokenizer)
from .api import extract
from .pipeline import load
from .reader import ReadError, Report, read_reports

__version__ = "0.1.0"
__all__ = ["load", "extract", "read_reports", "Report", "ReadError", "__version__"]
