"""Event coding: the PLOVER/CAMEO ontology and CAMEO-style actor codes."""
