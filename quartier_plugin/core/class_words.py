"""The words of the sheets' class explanation (German and English): what the index's values mean, and a value
of the index as a distance from the average ("mehr als 1,5 Standardabweichungen über dem Durchschnitt").

Used by the classifications' ``explain`` (:mod:`.classifications`); ``number`` writes a number in the language
(decimal comma in German).
"""


def index_scale(language, standardised):
    """The sentence on what the index's values mean (``standardised``: mean 0 and standard deviation 1 over the
    scored areas, as after ``restandardise``)."""
    if standardised:
        return ("Der Index ist so standardisiert, dass der Durchschnitt der bewerteten Gebiete 0 ist und die "
                "Standardabweichung 1; höhere Werte bedeuten mehr Bedarf." if language == "de" else
                "The index is standardised so that the average of the scored areas is 0 and the standard "
                "deviation 1; higher values mean more need.")
    return "Höhere Indexwerte bedeuten mehr Bedarf." if language == "de" else "Higher index values mean more need."


def quoted(label, language):
    return f"„{label}“" if language == "de" else f"'{label}'"


class Position:
    """Values of the index in words: as distances from the average in standard deviations when ``standardised``,
    else as the values themselves."""

    def __init__(self, language, number, standardised):
        self.language, self.number, self.standardised = language, number, standardised
        self.de = language == "de"

    def _say(self, de, en):
        return de if self.de else en

    def amount(self, value):
        """ "1,5 Standardabweichungen" (the distance, without its side)."""
        one = abs(value) == 1
        unit = self._say("Standardabweichung" if one else "Standardabweichungen",
                         "standard deviation" if one else "standard deviations")
        return f"{self.number(abs(value), self.language)} {unit}"

    def side(self, value):
        if value > 0:
            return self._say("über dem Durchschnitt", "above the average")
        return self._say("unter dem Durchschnitt", "below the average")

    def value(self, value):
        return self.number(value, self.language)

    def below(self, upper, inclusive):
        """The values under ``upper`` (up to it if ``inclusive``)."""
        if not self.standardised:
            return self._say(f"{'bis' if inclusive else 'unter'} {self.value(upper)}",
                             f"{'up to' if inclusive else 'below'} {self.value(upper)}")
        if upper == 0:
            return self._say("bis zum Durchschnitt", "up to the average") if inclusive else self.side(-1)
        if upper < 0:
            more = self._say("mindestens", "at least") if inclusive else self._say("mehr als", "more than")
            return f"{more} {self.amount(upper)} {self.side(upper)}"
        less = self._say("höchstens", "at most") if inclusive else self._say("weniger als", "less than")
        return self._say(f"unter dem Durchschnitt oder {less} {self.amount(upper)} darüber",
                         f"below the average or {less} {self.amount(upper)} above it")

    def above(self, lower, closed):
        """The values over ``lower`` (from it if ``closed``)."""
        if not self.standardised:
            return self._say(f"{'ab' if closed else 'über'} {self.value(lower)}",
                             f"{'from' if closed else 'above'} {self.value(lower)}")
        if lower == 0:
            return self._say("ab dem Durchschnitt", "from the average up") if closed else self.side(1)
        if lower > 0:
            more = self._say("mindestens", "at least") if closed else self._say("mehr als", "more than")
            return f"{more} {self.amount(lower)} {self.side(lower)}"
        less = self._say("höchstens", "at most") if closed else self._say("weniger als", "less than")
        return self._say(f"{less} {self.amount(lower)} unter dem Durchschnitt oder darüber",
                         f"{less} {self.amount(lower)} below the average, or above it")

    def between(self, lower, upper):
        """The values from ``lower`` to ``upper``."""
        if not self.standardised:
            return f"{self.value(lower)} {self._say('bis', 'to')} {self.value(upper)}"
        if lower < 0 < upper:
            if -lower == upper:
                return self._say(f"höchstens {self.amount(upper)} vom Durchschnitt entfernt",
                                 f"within {self.amount(upper)} of the average")
            return self._say(f"von {self.amount(lower)} unter bis {self.amount(upper)} über dem Durchschnitt",
                             f"from {self.amount(lower)} below to {self.amount(upper)} above the average")
        if lower >= 0:
            start = self._say("vom Durchschnitt", "from the average") if lower == 0 else self.value(lower)
            return f"{start} {self._say('bis', 'to')} {self.amount(upper)} {self.side(upper)}"
        if upper == 0:
            return self._say(f"{self.amount(lower)} unter dem Durchschnitt bis zum Durchschnitt",
                             f"{self.amount(lower)} below the average up to the average")
        return f"{self.value(-upper)} {self._say('bis', 'to')} {self.amount(lower)} {self.side(lower)}"
