"""Charts as matplotlib Figures and the PDF, CSV and FHIR writers."""
