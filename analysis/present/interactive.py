"""Interactive tables in JupyterLab and in the exported HTML, offline: itables embeds DataTables in the
notebook, so search, sort and pages work without a network, and every row stays reachable."""
from __future__ import annotations


def interactive_tables(page_length: int = 10) -> None:
    """Show every DataFrame of the notebook as a searchable, sortable, paged table (offline; cell text
    is escaped: article text is data, never markup)."""
    import itables

    itables.init_notebook_mode(all_interactive=True, connected=False)
    itables.options.maxBytes = 0  # never downsample: every row reachable
    itables.options.allow_html = False
    itables.options.classes = "display compact"
    itables.options.pageLength = page_length
    itables.options.lengthMenu = [10, 25, 100, 500]
    itables.options.display_logo_when_loading = False
    itables.options.style = "table-layout:auto;width:100%;margin:0;caption-side:bottom"
    itables.options.css = ".dt-container td { white-space: normal; max-width: 40em; vertical-align: top; }"
