"""One registry per extension point: normalisations, weightings, aggregations, classifications, ratings,
sheets and city profiles.

An extension is an object (usually a class, registered with the ``@REGISTRY.register`` decorator) with a
``name`` (the id stored in presets, scenarios and project files) and a ``label`` (English, marked for
translation where the GUI shows it). Everything that lists the choices (GUI combos, Processing enums, the
presets' schema, the meeting pack) reads the registry, so adding one is adding one class in one module.

The registry behaves like the tuple of names it replaced: ``name in REGISTRY``, ``list(REGISTRY)`` and
``", ".join(REGISTRY)`` work on the names, in the order of registration.
"""

from contextlib import contextmanager


class UnknownEntry(ValueError):
    """A name that no extension of this kind has; the message lists the known names."""


class Registry:
    def __init__(self, kind, error=UnknownEntry):
        self.kind = kind
        self.error = error
        self._entries = {}

    # -- adding --------------------------------------------------------------------------------------
    def register(self, entry):
        """Add ``entry`` (a class is instantiated without arguments); returns what was given, so it can
        decorate a class. A second entry with the same name replaces the first (a city may override)."""
        obj = entry() if isinstance(entry, type) else entry
        name = getattr(obj, "name", None)
        if not isinstance(name, str) or not name:
            raise TypeError(f"a {self.kind} needs a non-empty str 'name'")
        self._entries[name] = obj
        return entry

    def unregister(self, name):
        self._entries.pop(name, None)

    @contextmanager
    def added(self, entry):
        """Register ``entry`` for the duration of a ``with`` block (tests, one-off runs)."""
        obj = entry() if isinstance(entry, type) else entry
        before = self._entries.get(obj.name)
        self.register(obj)
        try:
            yield obj
        finally:
            if before is None:
                self.unregister(obj.name)
            else:
                self._entries[obj.name] = before

    # -- reading -------------------------------------------------------------------------------------
    def get(self, name):
        try:
            return self._entries[name]
        except (KeyError, TypeError):
            raise self.error(f"unknown {self.kind} {name!r}; use one of {', '.join(self._entries)}") from None

    def label(self, name):
        """The English label of ``name`` (the name itself if it has none)."""
        return getattr(self.get(name), "label", name)

    def names(self):
        return tuple(self._entries)

    def entries(self):
        return tuple(self._entries.values())

    def __contains__(self, name):
        return name in self._entries

    def __iter__(self):
        return iter(tuple(self._entries))

    def __len__(self):
        return len(self._entries)

    def __getitem__(self, index):  # position, like the tuple of names this replaced
        return self.names()[index]

    def __repr__(self):
        return f"Registry({self.kind!r}: {', '.join(self._entries)})"
