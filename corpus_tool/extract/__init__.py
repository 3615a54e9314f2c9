"""Entity extraction: places, people, organizations, programs, metrics, dates and awards,
each record pointing back to its paragraph and character span (SPEC section 3)."""
