"""Who is writing?: choosing (and adding) a writer."""
