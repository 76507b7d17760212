"""Documents: letters and printable forms rendered to PDF."""
