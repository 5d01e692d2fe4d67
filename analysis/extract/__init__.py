"""Extractors: pure functions of one document (keywords, entities, org, positioning, quotes, facts)."""
