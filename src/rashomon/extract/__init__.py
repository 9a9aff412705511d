"""Extraction stages over a parsed document: attribution (who said what) and facts."""
