"""The kinds of sheet a meeting pack can hold, as one registry: ``SHEETS``.

A sheet kind is a class registered with ``@SHEETS.register`` (see ``layouts/sheet_kinds/`` for the built-in
ones: overview, need × renewal, profiles). It declares

    name         the id (in the pack's settings JSON, the Processing parameter SHEETS, the dialog)
    label        English, shown translated (tr) in the dialog, the algorithm and the PDF's outline
    templates    its layout template(s) under resources/layouts (without ".qpt"), checked before a run
    atlas        True if one layout gives one page per area (its pages go under one outline entry)
    needs_areas  True if it shows the selected areas (the pack then insists on a selection)
    applies(context)   whether the sheet has something to show (the bivariate sheet: only with an overlay)
    build(context)     its print layouts, added to the project's layout manager

The pack builds the sheets in the order of registration. Import ``SHEETS`` from
``quartier_plugin.layouts.sheet_kinds``: importing that package registers the built-in kinds.
"""

from dataclasses import dataclass

from ..core.registry import Registry

SHEETS = Registry("sheet")


class Sheet:
    """Base of a sheet kind; override ``name``, ``label``, ``templates`` and ``build``."""

    name = ""
    label = ""
    templates = ()
    atlas = False
    needs_areas = False

    def applies(self, context):
        return True

    def build(self, context):
        raise NotImplementedError


@dataclass
class SheetContext:
    """What a sheet is built from: the pack's request, its computed scenario, its layers and texts."""
    project: object
    request: object                  # the PackRequest (page, language, keys, overlay…)
    computed: object                 # compute.Computed: method, preset, result, robustness, keys
    city: object                     # the CityProfile
    layers: object                   # publish.SheetLayers: coverage, rows, highlight, renewal, boundaries…
    texts: dict                      # the layout variables every sheet shares (title, date, office…)
    scenario: str                    # the scenario's label as printed
    crs: object = None               # the sheets' map CRS (the city's)

    @property
    def page(self):
        return self.request.page

    @property
    def language(self):
        return self.request.language

    def layout_name(self, text):
        """A layout name with the committee in front (Stuttgart: "AGSP overview A4")."""
        committee = self.city.committee(self.request.language)
        return f"{committee} {text}" if committee else text


def chosen(names=None, registry=SHEETS):
    """The registered sheet kinds whose name is in ``names`` (all if None), in the registry's order."""
    return [sheet for sheet in registry.entries() if names is None or sheet.name in names]


def template_names(sheets=None, registry=SHEETS):
    """Every template the given sheet kinds (all registered if None) use, once each, in order."""
    out = []
    for sheet in (registry.entries() if sheets is None else sheets):
        out += [name for name in sheet.templates if name not in out]
    return out
