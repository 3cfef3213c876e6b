"""Settings: the settings page, body-region and questionnaire choices."""
