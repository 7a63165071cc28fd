"""Import and export of files (CSV, XLSX). Nothing here imports Qt."""
