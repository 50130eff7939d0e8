"""Records in the window: lists, the record editor, its field widgets, history and targets."""
