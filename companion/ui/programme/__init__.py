"""The programme: the patient's programme view, the clinician's editor and its safety checks."""
