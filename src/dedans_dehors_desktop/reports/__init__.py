"""PDF and spreadsheet documents: youth summary, right-of-access export, activity report."""
