"""thread stage."""
