"""matcher: answer customer security questionnaires from an approved answer set, offline."""
from matcher.errors import InputError, KnowledgeError, MatcherError, OutputError
from matcher.types import AnswerSlot, Candidate, Item, Match, QuestionRow, Variant

__version__ = "0.1.0"

__all__ = [
    "AnswerSlot",
    "Candidate",
    "InputError",
    "Item",
    "KnowledgeError",
    "Match",
    "MatcherError",
    "OutputError",
    "QuestionRow",
    "Variant",
    "__version__",
]
