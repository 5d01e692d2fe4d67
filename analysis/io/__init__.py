"""Inputs: files and exports to Documents (decode, extract text, clean, split)."""
