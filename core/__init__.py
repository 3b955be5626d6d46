"""quotetrace core: find quotes in news text and tell who said what."""

__version__ = "0.1.0"
