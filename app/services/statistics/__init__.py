"""Statistics from other agencies: yearly aggregate figures, their counting rules (product.md)."""
