"""Lexicon and syntax shared by the stages: dependency-label sets and parse helpers, the reporting-cue lexicon."""
