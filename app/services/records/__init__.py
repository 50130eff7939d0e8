"""Records: editing legislation, trainings and campaigns, their field rules,
targets and the audit trail."""
