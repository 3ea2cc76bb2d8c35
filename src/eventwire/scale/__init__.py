"""Scale-out: the same pipeline on a Ray cluster (optional extra ``[scale]``)."""
