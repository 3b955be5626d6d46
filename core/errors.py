"""Errors the library raises. Each message says what went wrong and how to fix it."""


class QuotetraceError(Exception):
    """Base of every error quotetrace raises on purpose."""


class InputError(QuotetraceError):
    """Input that cannot be read or decoded as a document."""


class ModelNotFound(QuotetraceError):
    """No usable stanza model where one was asked for."""


class ModelError(QuotetraceError):
    """A model was found but could not be loaded or run."""


class EvaluationError(QuotetraceError):
    """Gold annotations or predictions that cannot be scored."""
