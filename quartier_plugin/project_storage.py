"""What the plugin keeps in the project file (.qgz): entries under the scope "quartier"."""

import json

from qgis.core import QgsProject

from .core.hierarchy import HierarchyDefinition
from .definitions import PROJECT_SCOPE

HIERARCHY_KEY = "hierarchy"


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
    except (ValueError, KeyError, TypeError):
        return None


SCENARIOS_KEY = "scenarios"
WEIGHTING_KEY = "weighting"


def _write_json(key, value, project):
    project = project or QgsProject.instance()
    project.writeEntry(PROJECT_SCOPE, key, json.dumps(value, ensure_ascii=False, sort_keys=True))
    project.setDirty(True)


def _read_json(key, default, project):
    project = project or QgsProject.instance()
    text, found = project.readEntry(PROJECT_SCOPE, key, "")
    if not found or not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def save_scenarios(scenarios, project=None):
    """Store the named weighting scenarios (a list of scenario dicts, see core.scenario)."""
    _write_json(SCENARIOS_KEY, list(scenarios), project)


def load_scenarios(project=None):
    """The stored scenarios; entries that fail the check are left out (and named in the second value)."""
    from .core.scenario import ScenarioError, check_scenario

    good, bad = [], []
    for i, item in enumerate(_read_json(SCENARIOS_KEY, [], project) or []):
        try:
            good.append(check_scenario(item, f"scenarios[{i}]"))
        except ScenarioError as err:
            bad.append(str(err))
    return good, bad


def save_weighting_state(state, project=None):
    """The weighting dialog's state: inputs, base method, current settings, active scenario."""
    _write_json(WEIGHTING_KEY, state, project)


def load_weighting_state(project=None):
    state = _read_json(WEIGHTING_KEY, None, project)
    return state if isinstance(state, dict) else None


CITY_KEY = "city_profile"


def builtin_city(path_or_id):
    """A city profile by id (``resources/cities/<id>.json``) or by path; CityProfileError if unusable."""
    from . import paths
    from .core.city_profile import load_profile

    return load_profile(path_or_id or "stuttgart", paths.resource("cities"))


def save_city(profile, project=None):
    """Keep the whole profile in the project: a city's own profile travels with the project file."""
    _write_json(CITY_KEY, profile.raw, project)


def stored_city(project=None):
    """The city profile stored in the project, or None."""
    from .core.city_profile import CityProfileError, parse_profile

    data = _read_json(CITY_KEY, None, project)
    if isinstance(data, dict):
        try:
            return parse_profile(data, "project")
        except CityProfileError:
            return None
    return None


def load_city(project=None):
    """The project's city profile (Stuttgart's for a project that has none or an unreadable one)."""
    return stored_city(project) or builtin_city("stuttgart")
