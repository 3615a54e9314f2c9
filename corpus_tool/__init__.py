"""corpus-tool: find, read and check what Chinese news and policy documents say about
governance practice.

Importing the package is cheap: the heavy parts (jieba, whoosh, scikit-learn) load
only when a function that needs them runs.
"""

__version__ = "0.1.0"
