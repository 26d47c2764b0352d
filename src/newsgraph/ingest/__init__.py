"""Readers that turn files and streams into `Article`s, with clear errors for bad input."""

from .text import read_text, read_text_file

__all__ = ["read_text", "read_text_file"]
