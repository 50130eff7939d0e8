"""Exchange: bundles that carry records between workstations, and merging them."""
