"""Sub-commands of the termsmith CLI: one module each, imported only when chosen."""
