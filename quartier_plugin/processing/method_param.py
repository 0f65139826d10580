"""The method of an algorithm: METHOD, a list of the installed presets (by id, so that models and ``qgis_process``
name them the same on every machine), and METHOD_FILE, a method JSON of one's own that overrides it. Both empty: the
city profile's method.

A path given as METHOD (the way before this list) is refused with a message that names METHOD_FILE.
"""

import os

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterFile

from .. import paths
from ..translation import tr


def installed_methods():
    """The ids of the installed method presets (``resources/presets``), sorted."""
    from ..core.method_preset import preset_ids

    folder = paths.resource("presets")
    return preset_ids(folder) if os.path.isdir(folder) else []


def add_method_parameters(algorithm):
    """METHOD (an installed preset) and METHOD_FILE (a method JSON), both optional."""
    algorithm.addParameter(QgsProcessingParameterEnum(
        "METHOD", tr("Method preset (empty: the city profile's)"), options=installed_methods(),
        allowMultiple=False, defaultValue=None, optional=True, usesStaticStrings=True))
    algorithm.addParameter(QgsProcessingParameterFile(
        "METHOD_FILE", tr("Method file (a method JSON of one's own; overrides the preset)"), extension="json",
        optional=True))


def method_text(algorithm, parameters, context):
    """The method file's path if one is given, else the preset's id, else "" (the city profile's method)."""
    path = algorithm.parameterAsFile(parameters, "METHOD_FILE", context) if "METHOD_FILE" in parameters else ""
    if path:
        return path
    value = parameters.get("METHOD")
    return "" if value in (None, "") else str(value).strip()


def method_message(parameters):
    """Why the METHOD value cannot be used, or "": a path belongs in METHOD_FILE, an unknown id is named."""
    value = parameters.get("METHOD")
    if value in (None, "") or not isinstance(value, str):
        return ""
    value = value.strip()
    known = installed_methods()
    if value in known:
        return ""
    if os.path.exists(value) or value.lower().endswith(".json"):
        return tr("METHOD lists the installed presets; give the method file {0} as METHOD_FILE.").format(value)
    return tr("There is no method preset {0}; installed are: {1}. A method JSON of one's own goes into "
              "METHOD_FILE.").format(value, ", ".join(known))


def help_text():
    """One sentence for the algorithms' help: the installed presets and the file parameter."""
    return tr("METHOD is one of the installed presets ({0}); METHOD_FILE takes a method JSON of one's own instead; "
              "both empty: the city profile's method.").format(", ".join(installed_methods()))
