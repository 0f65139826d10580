"""Processing algorithm ``quartier:create_demo_city``: write the demo city GeoPackage."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..compat import NUMBER_INTEGER
from ..core import demo_city
from ..storage.geopackage import GeoPackageError, write_geopackage
from ..translation import tr
from .base import QuartierAlgorithm


class CreateDemoCity(QuartierAlgorithm):
    ALGORITHM_ID = "create_demo_city"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    LAYERS = "LAYERS"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Create demo city")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Generates Demostadt, a synthetic city with Stuttgart's structure, into one GeoPackage "
            "(EPSG:25832): 23 Stadtbezirke, 152 Stadtteile, 10 Steuerungsbereiche, 18 RTK regions, "
            "138 Planungsräume, 8 Stadterneuerungs-Vorranggebiete, a 100 m population grid and a "
            "statistics table per Stadtteil for two years. The same seed always gives the same file. "
            "All names and values are invented."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, tr("Random seed"), NUMBER_INTEGER,
            defaultValue=demo_city.DEFAULT_SEED, minValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Demo city GeoPackage"), tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputString(self.LAYERS, tr("Layers written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        seed = self.parameterAsInt(parameters, self.SEED, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        feedback.pushInfo(tr("Generating the demo city with seed {0}…").format(seed))
        city = demo_city.generate(seed)
        if feedback.isCanceled():
            return {}
        try:
            write_geopackage(path, list(city.tables.values()), demo_city.CRS, feedback)
        except GeoPackageError as err:
            raise QgsProcessingException(str(err)) from err
        return {self.OUTPUT: path, self.LAYERS: ",".join(city.tables)}
