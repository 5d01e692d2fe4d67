"""Presentation: records, tables, plots, fonts, exports and the HTML report."""
