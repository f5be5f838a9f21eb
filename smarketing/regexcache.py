"""Regular expressions compiled once per Python rather than once per process. Python compiles a pattern in Python
(`re`'s parser and compiler): the reader of objectives' ~500 patterns took 0.23 s of every `objectives check`, 0.55 s
in all against 0.17 s for loading DuckDB. As Python keeps a module's bytecode, the compiled form of the patterns a
command used is kept beside the bytecode, for this exact Python, and the next process hands it to the engine as
`re` itself does (~15 ms); `re`'s own cache then serves every `re.search` and `re.compile` of those patterns.

Only what this same Python compiled goes in, checked equal to `re`'s own pattern before it is kept. Another Python,
a damaged file, `re`'s internals changed, or `PYTHONDONTWRITEBYTECODE`: the patterns are compiled as usual."""

from __future__ import annotations

import _sre
import hashlib
import marshal
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from smarketing import storage

# one file per Python build: two builds of one version sharing the folder do not overwrite each other's in turn
_KEPT = Path(__file__).with_name("__pycache__") / (
    f"patterns.{sys.implementation.cache_tag}-{hashlib.blake2b(sys.version.encode(), digest_size=4).hexdigest()}"
    ".marshal")
_LIMIT = 1000
_DIGEST = 32
_WORTH = 0.005      # seconds of compiling that a rewrite of the file saves the next process
# what each kept entry holds, by re's cache key (str, pattern, flags), oldest first
_entries: dict[tuple[type, str, int], tuple[Any, ...]] = {}


def _stamp() -> tuple[Any, ...]:
    # the compiled code is the engine's own: its format may change with any release, so the exact one is named
    return sys.version, _sre.MAGIC, _sre.CODESIZE


def _usable() -> bool:
    return sys.implementation.name == "cpython" and isinstance(getattr(re, "_cache", None), dict)


@contextmanager
def kept() -> Iterator[None]:
    """Inside: the patterns kept by an earlier process are ready; after: those compiled inside are kept too."""
    warm()
    yield
    keep()


def warm(path: Path | None = None) -> int:
    """Put the kept patterns in `re`'s cache; how many (0 when there is no usable file)."""
    if not _usable():
        return 0
    try:
        data = (path or _KEPT).read_bytes()
        digest, payload = data[:_DIGEST], data[_DIGEST:]
        # a file cut or changed on disk is not read: a pattern's code altered could still be valid code
        if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
            return 0
        stamp, entries = marshal.loads(payload)
        if stamp != _stamp():
            return 0
        # all of them, past re's bound of 512: a check's patterns and those of the modules it loads are more,
        # and re would drop the first ones kept to compile the last ones again
        cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
        for entry in entries:
            key = (str, entry[0], entry[1])
            if key not in cache:
                compiled = _build(entry)
                if compiled is None:
                    return 0
                cache[key] = compiled
            _entries[key] = entry
    except (OSError, EOFError, ValueError, TypeError, IndexError, AttributeError, RuntimeError):
        return 0        # compiled as usual
    return len(_entries)


def keep(path: Path | None = None) -> int:
    """Keep the text patterns in `re`'s cache beside the bytecode when some are new; how many were new."""
    # keep_beside_bytecode would write nothing under this rule: asked here first, so the patterns are not worked out
    if sys.dont_write_bytecode or not _usable():
        return 0
    cache: dict[Any, Any] = dict(re._cache)  # type: ignore[attr-defined]
    new = 0
    start = time.perf_counter()
    for key, compiled in cache.items():
        if key in _entries or key[0] is not str:
            continue
        entry = _entry(key[1], key[2])
        if entry is not None and _build(entry) == compiled:
            _entries[key] = entry
            new += 1
    # a few small new ones (a library's pattern made from a set, in another order in each process) are not worth
    # writing the file again
    if new and time.perf_counter() - start >= _WORTH:
        # the newest ones when there are too many: patterns made of a store's sources and owners do not pile up
        payload = marshal.dumps((_stamp(), list(_entries.values())[-_LIMIT:]))
        storage.keep_beside_bytecode(path or _KEPT, hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload)
    return new


def _entry(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What re._compiler.compile hands to the engine, worked out the same way."""
    try:
        parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
        code = [int(op) for op in re._compiler._code(parsed, flags)]  # type: ignore[attr-defined]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (pattern, flags, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
    except Exception:  # noqa: BLE001 - re's internals changed: this pattern is compiled as usual
        return None


def _build(entry: tuple[Any, ...]) -> re.Pattern[str] | None:
    pattern, _flags, final_flags, code, groups, groupindex, indexgroup = entry
    try:
        return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - as above
        return None
