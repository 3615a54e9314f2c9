"""corpus-tool: find, read and check what Chinese news and policy documents say about
governance practice.

Importing the package is cheap: the heavy parts (jieba, whoosh, scikit-learn) load
only when a function that needs them runs.
"""

__version__ = "0.1.0"

__all__ = ["Corpus", "__version__"]


def __getattr__(name: str) -> object:
    # `Corpus` pulls in api (and through it the extractors); load it on first use only,
    # so that `import corpus_tool` and `corpus-tool --help` stay fast.
    if name == "Corpus":
        from corpus_tool.corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'corpus_tool' has no attribute {name!r}")
