"""The corpus pipeline: per-article map, merge across articles, engines and the cache."""
