"""Reports: PDF per trainee and per cohort, CSV export of attempts, and the charts they share."""
