"""The PDF report (its charts drawn by matplotlib), the CSV and FHIR writers and their words."""
