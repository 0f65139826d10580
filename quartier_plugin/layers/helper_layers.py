"""Layers the plugin makes for itself (the live preview and the like): never saved, never offered as input.

Results live in the workspace. What remains in memory is a helper: the weighting preview that follows
every weight change. When the project is written, :class:`HelperHold` takes such layers out of the
document and the project for the moment of writing (QgsProject emits ``writeProject`` after the layer
tree is written and before the layers are), and puts them back where they were right after: the saved
project holds no memory layer, the session keeps its preview.
"""

from ..definitions import HELPER_ROLES
from ..definitions import LAYER_ROLE as ROLE


def is_helper(layer):
    role = layer.customProperty(ROLE)
    return role in HELPER_ROLES or (role is not None and layer.providerType() == "memory")


def helper_layers(project):
    return [layer for layer in project.mapLayers().values() if is_helper(layer)]


def unsaved_helper_ids(project):
    """Ids of the plugin's memory layers (those cannot be saved with their content)."""
    return {layer.id() for layer in project.mapLayers().values()
            if layer.providerType() == "memory" and layer.customProperty(ROLE) is not None}


def scrub_project_document(doc, ids):
    """Remove every trace of the layers ``ids`` from a project's QDomDocument; returns how many elements."""
    if not ids:
        return 0
    removed = 0
    stack = [doc.documentElement()]
    while stack:
        element = stack.pop()
        child = element.firstChildElement()
        while not child.isNull():
            following = child.nextSiblingElement()
            if _refers_to(child, ids):
                element.removeChild(child)
                removed += 1
            else:
                stack.append(child)
            child = following
    return removed


def _refers_to(element, ids):
    for attribute in ("id", "layerid", "layer"):
        if element.hasAttribute(attribute) and element.attribute(attribute) in ids:
            return True
    if element.tagName() == "maplayer":
        return element.firstChildElement("id").text() in ids
    # a leaf naming the layer (<item> of the custom layer order, <Layer> of a layout map's layer set)
    return element.firstChildElement().isNull() and element.text().strip() in ids


class HelperHold:
    """Take the plugin's memory helpers out of a project while it is written; put them back afterwards."""

    def __init__(self, project):
        self.project = project
        self.held = []

    def take(self, document):
        ids = unsaved_helper_ids(self.project)
        scrub_project_document(document, ids)
        root = self.project.layerTreeRoot()
        for layer_id in ids:
            node = root.findLayer(layer_id)
            parent = node.parent() if node is not None else None
            index = parent.children().index(node) if parent is not None else 0
            visible = node.itemVisibilityChecked() if node is not None else True
            layer = self.project.takeMapLayer(self.project.mapLayer(layer_id))
            if layer is not None:
                self.held.append((layer, parent, index, visible))

    def restore(self, *_args):
        if not self.held:
            return
        dirty = self.project.isDirty()
        for layer, parent, index, visible in reversed(self.held):
            self.project.addMapLayer(layer, False)
            group = parent if parent is not None else self.project.layerTreeRoot()
            node = group.insertLayer(min(index, len(group.children())), layer)
            node.setItemVisibilityChecked(visible)
        self.held = []
        self.project.setDirty(dirty)
