"""The shelf: a writer's pieces as covers, the make-something buttons, search, idea cards."""
