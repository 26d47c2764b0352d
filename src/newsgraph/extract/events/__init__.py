"""Events: who did what to whom, where and when, coded to PLOVER (and CAMEO) from the parse."""

from .coder import extract_events

__all__ = ["extract_events"]
