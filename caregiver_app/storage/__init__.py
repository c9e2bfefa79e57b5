"""Everything that knows SQL. No widgets here."""
