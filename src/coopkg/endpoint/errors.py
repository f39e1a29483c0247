"""The one error type the endpoint answers with: an HTTP status and a one-line message."""

from __future__ import annotations


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.headers = status, headers or {}

    def as_tuple(self) -> tuple[int, str, dict[str, str]]:
        """A picklable form, for errors raised in a query process."""
        return self.status, str(self), self.headers
