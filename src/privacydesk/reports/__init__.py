"""Reports: the board workbook and other exports."""
