"""Exports of analyses to other formats: GDELT event tables, Parquet."""
