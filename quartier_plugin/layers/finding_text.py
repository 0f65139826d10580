"""A validation finding's message in the user's language (the hierarchy dialog and the Processing
algorithm both show them)."""

from ..translation import tr_format


def translated(finding):
    """The finding's message in the user's language (its numbers too)."""
    return tr_format(finding.template, **finding.params)
