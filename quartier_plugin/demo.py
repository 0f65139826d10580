"""The headless demo chain behind ``make demo``: demo city -> styled project -> overview sheet.

Run as ``python3 -m quartier_plugin.demo OUT_DIR [--seed N] [--language de|en]``. Each step is
what a user gets from the plugin: the GeoPackage comes from the Processing algorithm
``quartier:create_demo_city``, the project and the sheet from the same functions the GUI uses.
"""

import argparse
import datetime
import os
import sys
import tempfile

from qgis.core import QgsCoordinateReferenceSystem, QgsProject

from . import __about__
from .core import demo_city
from .definitions import DEFAULT_OFFICE, DEMO_SOURCE_NOTE, PROVIDER_ID
from .layers.city_layers import add_demo_city_layers
from .layouts.overview_sheet import build_overview_layout
from .layouts.pdf_export import export_pdf
from .translation import tr

GPKG_NAME = "demostadt.gpkg"
PROJECT_NAME = "demostadt.qgz"
OVERVIEW_PDF = "uebersicht_gebietsgliederung.pdf"


def _date_text(language, today):
    if language == "de":
        return tr("As of {0}").format(today.strftime("%d.%m.%Y"))
    return tr("As of {0}").format(today.isoformat())


def build_demo(out_dir, seed=demo_city.DEFAULT_SEED, language="de", today=None, feedback=None):
    """Run the chain into ``out_dir``; returns the list of files written."""
    from qgis import processing

    out_dir = os.path.abspath(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    today = today or datetime.date.today()
    gpkg = os.path.join(out_dir, GPKG_NAME)
    processing.run(f"{PROVIDER_ID}:create_demo_city", {"SEED": seed, "OUTPUT": gpkg}, feedback=feedback)

    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(demo_city.CRS))
    project.setTitle(tr("Demostadt – social district development"))
    metadata = project.metadata()
    metadata.setAuthor(DEFAULT_OFFICE)
    project.setMetadata(metadata)
    layers = add_demo_city_layers(gpkg, project)
    shown = [layers["vorranggebiete"], layers["stadtbezirke"], layers["stadtteile"], layers["bevoelkerung_raster"]]
    source_note = "\n".join((
        DEMO_SOURCE_NOTE,
        tr("Coordinate reference system: ETRS89 / UTM zone 32N (EPSG:25832). Seed {0}.").format(seed),
        tr("Made with Quartier {0}.").format(__about__.__version__),
    ))
    build_overview_layout(
        project, shown, shown, layers["stadtbezirke"].extent(),
        title=tr("Demostadt: district structure and urban renewal priority areas"),
        subtitle=tr("Stadtbezirke, Stadtteile, Stadterneuerungs-Vorranggebiete 2025/2026 and residents per 100 m cell"),
        date_text=_date_text(language, today),
        office=DEFAULT_OFFICE,
        source_note=source_note,
        name=tr("Overview A4"),
    )
    pdf = export_pdf(project.layoutManager().layouts()[0], os.path.join(out_dir, OVERVIEW_PDF))

    qgz = os.path.join(out_dir, PROJECT_NAME)
    fd, tmp = tempfile.mkstemp(prefix=".quartier-", suffix=".qgz", dir=out_dir)
    os.close(fd)
    try:
        if not project.write(tmp):
            raise RuntimeError(tr("Could not write the project: {0}").format(project.error()))
        os.replace(tmp, qgz)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return [gpkg, qgz, pdf]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m quartier_plugin.demo", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=demo_city.DEFAULT_SEED)
    parser.add_argument("--language", default="de")
    args = parser.parse_args(argv)

    from .headless import start_qgis

    app, plugin = start_qgis(language=args.language)
    try:
        files = build_demo(args.out_dir, seed=args.seed, language=args.language)
        print(tr("Demo written to {0}:").format(os.path.abspath(args.out_dir)))
        for path in files:
            print(f"  {os.path.relpath(path)}  ({os.path.getsize(path):,} bytes)")
    finally:
        plugin.unload()
    return 0


if __name__ == "__main__":
    sys.exit(main())
