"""The import wizard: file, mapping and preview, run with progress and cancel, summary."""
