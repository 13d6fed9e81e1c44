"""The one exception tree that library code raises; the CLI turns these into messages."""


class CrossingsError(Exception):
    """Base of every error Crossings raises on purpose."""


class InputError(CrossingsError):
    """An input (file, URL, record) could not be read; names the input and the problem."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class FetchStatus(InputError):
    """A server answered with an HTTP error status (kept: robots.txt reads 4xx and 5xx apart)."""

    def __init__(self, source: str, status: int):
        super().__init__(source, f"HTTP {status}")
        self.status = status


class FetchRefused(InputError):
    """A URL was refused before fetching (private address, bad scheme)."""


class EvidenceError(CrossingsError):
    """A quote does not match the text at its offsets."""


class StoreError(CrossingsError):
    """The store could not be opened or written."""
