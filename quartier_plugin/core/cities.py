"""The city profiles the plugin offers: the registry ``CITIES``.

Built-in profiles are the JSON files of a folder (``resources/cities``; the storage layer adds it, see
``storage.project_state.cities``), each read when first asked for. A profile can also be registered in
code, and then wins over a file with the same id::

    CITIES.register(parse_profile(data, "my city"))      # a CityProfile (or a CityEntry)
    with CITIES.added(profile):                          # for the length of a block (tests, one-off runs)
        ...

An entry's ``name`` is the profile id (what CITY parameters and project files store), its ``label`` the
city's name. Everything that lists the cities (the Processing CITY parameter, the hierarchy dialog)
reads this registry.
"""

import os

from .city_profile import CityProfile, CityProfileError, load_profile, profile_ids
from .registry import Registry


class CityEntry:
    """One city of the registry: a profile already made, or a profile file read on first use."""

    def __init__(self, name, profile=None, path=None):
        if profile is None and path is None:
            raise TypeError("a CityEntry needs a profile or a path")
        self.name = name
        self.path = path
        self._profile = profile

    @classmethod
    def of(cls, entry):
        """``entry`` as a CityEntry: a CityEntry stays, a CityProfile is wrapped under its id."""
        if isinstance(entry, CityEntry):
            return entry
        if isinstance(entry, CityProfile):
            return cls(entry.id, profile=entry)
        raise TypeError(f"not a city profile: {entry!r}")

    def profile(self):
        """The CityProfile (the file is read once; CityProfileError if it cannot be used)."""
        if self._profile is None:
            self._profile = load_profile(self.path, os.path.dirname(self.path))
        return self._profile

    @property
    def label(self):
        """The city's name, or the id while the profile cannot be read."""
        try:
            return self.profile().name or self.name
        except CityProfileError:
            return self.name

    def __repr__(self):
        return f"CityEntry({self.name!r}, {'file ' + self.path if self._profile is None else 'loaded'})"


class CityRegistry(Registry):
    """A :class:`~.registry.Registry` of :class:`CityEntry`, keyed by profile id, filled from folders."""

    def __init__(self):
        super().__init__("city profile", CityProfileError)
        self._folders = []

    def add_folder(self, folder):
        """Offer every ``<id>.json`` of ``folder`` (read when first asked for); an id registered already
        (in code, or by an earlier folder) keeps its entry. Adding the same folder again does nothing."""
        folder = os.path.abspath(folder)
        if folder in self._folders:
            return
        self._folders.append(folder)
        for profile_id in profile_ids(folder):
            if profile_id not in self:
                super().register(CityEntry(profile_id, path=os.path.join(folder, f"{profile_id}.json")))

    def register(self, entry):
        """Register a CityProfile or CityEntry (replacing an entry with the same id); returns ``entry``."""
        super().register(CityEntry.of(entry))
        return entry

    def added(self, entry):
        return super().added(CityEntry.of(entry))

    def profile(self, name):
        """The CityProfile registered as ``name``; CityProfileError naming the known ids if there is none."""
        if name not in self:
            raise CityProfileError(f"no city profile {name!r}: not a file, and not one of {', '.join(self)}")
        return self.get(name).profile()

    def choices(self):
        """[(id, "id – City name")] for lists and help texts."""
        return [(entry.name, f"{entry.name} – {entry.label}" if entry.label != entry.name else entry.name)
                for entry in self.entries()]


CITIES = CityRegistry()
