"""Sample text for ingest tests (our own words, never copied news)."""

ENGLISH = (
    "The ministry said that two of its soldiers were wounded in an exchange of fire near the "
    "village on Sunday evening, and that the other side had opened fire first.\n"
)
HEADLINE = "Two Soldiers Wounded in Border Clash"
