"""The activity report for the funders: populations and tables over a period, masking of small
counts, PDF / XLSX / CSV files and the figures of the in-app dashboard."""
