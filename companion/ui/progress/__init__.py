"""Progress: the charts page, its words, the measures and questionnaire dialogs, the assessment."""
