"""Demo articles written by the project team (MIT); see README.md. Located with ``eventwire.ingest.demo_corpus_path``."""
