"""What the plugin keeps in the project file (.qgz): every entry under the scope "quartier" is read and written
here, and nowhere else (an architecture test keeps ``writeEntry``/``readEntry`` in this module)."""

import json
import os

from qgis.core import QgsProject

from ..core.hierarchy import HierarchyDefinition
from ..definitions import PROJECT_SCOPE

HIERARCHY_KEY = "hierarchy"
SCENARIOS_KEY = "scenarios"
WEIGHTING_KEY = "weighting"
CITY_KEY = "city_profile"
WORKSPACE_KEY = "workspace"
SEEN_KEY = "workspace_runs"
THEMES_KEY = "map_themes"
PACK_KEY = "meeting_pack"


def save_hierarchy(definition, project=None):
    project = project or QgsProject.instance()
    project.writeEntry(PROJECT_SCOPE, HIERARCHY_KEY, definition.to_json())
    project.setDirty(True)


def load_hierarchy(project=None):
    """The stored definition, or None if the project has none (or an unreadable one)."""
    project = project or QgsProject.instance()
    text, found = project.readEntry(PROJECT_SCOPE, HIERARCHY_KEY, "")
    if not found or not text:
        return None
    try:
        return HierarchyDefinition.from_json(text)
    except (ValueError, KeyError, TypeError) as err:
        from .. import log
        from ..translation import tr

        log.warning(tr("The project's district hierarchy cannot be read and is ignored: {0}").format(err))
        return None


def write_json(key, value, project=None):
    """Store ``value`` as JSON under ``key`` and mark the project as changed."""
    project = project or QgsProject.instance()
    project.writeEntry(PROJECT_SCOPE, key, json.dumps(value, ensure_ascii=False, sort_keys=True))
    project.setDirty(True)


UNREADABLE = object()  # what read_json(..., unreadable=UNREADABLE) gives for an entry that is not JSON


def read_json(key, default=None, project=None, unreadable=None):
    """The JSON stored under ``key``; ``default`` if there is none, and if it is not JSON ``unreadable``
    (``default`` when not given)."""
    project = project or QgsProject.instance()
    text, found = project.readEntry(PROJECT_SCOPE, key, "")
    if not found or not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default if unreadable is None else unreadable


def save_scenarios(scenarios, project=None):
    """Store the named weighting scenarios (a list of scenario dicts, see core.scenario)."""
    write_json(SCENARIOS_KEY, list(scenarios), project)


def load_scenarios(project=None):
    """The stored scenarios; entries that fail the check are left out (and named in the second value)."""
    from ..core.scenario import ScenarioError, check_scenario

    good, bad = [], []
    for i, item in enumerate(read_json(SCENARIOS_KEY, [], project) or []):
        try:
            good.append(check_scenario(item, f"scenarios[{i}]"))
        except ScenarioError as err:
            bad.append(str(err))
    return good, bad


def save_weighting_state(state, project=None):
    """The weighting dialog's state: inputs, base method, current settings, active scenario."""
    write_json(WEIGHTING_KEY, state, project)


def load_weighting_state(project=None):
    state = read_json(WEIGHTING_KEY, None, project)
    return state if isinstance(state, dict) else None


def cities():
    """The city-profile registry (core.cities.CITIES) with the built-in profiles of ``resources/cities`` in it,
    besides any registered in code. ``cities().names()`` are the ids to offer, ``cities().label(id)`` the city's
    name, ``builtin_city(id)`` the profile."""
    from .. import paths
    from ..core.cities import CITIES

    CITIES.add_folder(paths.resource("cities"))
    return CITIES


def city_ids():
    """The ids of the city profiles on offer (built-in and registered in code), in the order registered."""
    return cities().names()


def builtin_city(path_or_id):
    """A city profile by id (registered, e.g. ``resources/cities/<id>.json``) or by the path of a profile JSON;
    CityProfileError if unusable."""
    from ..core.city_profile import load_profile

    path_or_id = path_or_id or "stuttgart"
    registry = cities()
    if path_or_id not in registry and os.path.exists(path_or_id):
        return load_profile(path_or_id, "")
    return registry.profile(path_or_id)


def save_city(profile, project=None):
    """Keep the whole profile in the project: a city's own profile travels with the project file."""
    write_json(CITY_KEY, profile.raw, project)


def stored_city(project=None):
    """The city profile stored in the project, or None."""
    from ..core.city_profile import CityProfileError, parse_profile

    data = read_json(CITY_KEY, None, project)
    if isinstance(data, dict):
        try:
            return parse_profile(data, "project")
        except CityProfileError as err:
            from .. import log
            from ..translation import tr

            log.warning(tr("The project's city profile cannot be used ({0}); Stuttgart's is used instead.").format(
                err))
            return None
    return None


DEFAULT_CITY = "stuttgart"


def city_or_default(city):
    """``city``, or the built-in profile of Stuttgart where a project has none (or an unreadable one)."""
    return city or builtin_city(DEFAULT_CITY)


def load_city(project=None):
    """The project's city profile (see :func:`city_or_default`)."""
    return city_or_default(stored_city(project))
