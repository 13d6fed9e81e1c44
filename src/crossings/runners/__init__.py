"""How stages are mapped over documents: locally (default) or on a Dask cluster."""
