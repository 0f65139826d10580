"""What every method of the need index shares: the error it raises and the base of its extensions.

A method extension (a normalisation, a weighting, an aggregation, a classification, a rating) is a class
with a ``name`` (the id stored in presets, scenarios and project files) and an English ``label`` marked
with ``N_`` (the GUI and Processing translate it with ``tr``); it is registered in the registry of its
kind (:mod:`.registry`). This module imports no numpy, so that the registries can be listed while QGIS
starts (Processing enums) without loading it.
"""


class MethodError(ValueError):
    """The method cannot be applied to these data; the message names the cause."""


class Method:
    """Base of the method extensions: ``name`` and ``label`` (English, marked with ``N_``)."""

    name = ""
    label = ""

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"


def choices(registry, **flags):
    """The names of ``registry`` whose entries have all ``flags`` (attributes) set as given, in order."""
    return tuple(e.name for e in registry.entries() if all(getattr(e, k, None) == v for k, v in flags.items()))
