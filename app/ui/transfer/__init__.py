"""Moving data in and out: import, bundles and backups dialogs."""
