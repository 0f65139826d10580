"""A validation finding's message in the user's language (the hierarchy dialog and the Processing
algorithm both show them)."""

from ..translation import tr


def translated(finding):
    """The finding's message in the user's language."""
    return tr(finding.template).format(**finding.params)
