"""Crossings: an evidence-linked dataset of North Korean defection events from news pages."""

__version__ = "0.1.0"
