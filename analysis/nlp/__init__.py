"""Language tools: segmentation, lexicons, dates, phrase discovery."""
