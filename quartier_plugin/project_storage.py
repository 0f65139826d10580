"""What the plugin keeps in the project file (.qgz): entries under the scope "quartier"."""

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
