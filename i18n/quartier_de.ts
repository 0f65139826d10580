<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>Quartier</name>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>&amp;Quartier</source>
      <translation>&amp;Quartier</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>As of {0}</source>
      <translation>Stand: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/geopackage.py" />
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Coordinate reference system: ETRS89 / UTM zone 32N (EPSG:25832). Seed {0}.</source>
      <translation>Koordinatenbezugssystem: ETRS89 / UTM Zone 32N (EPSG:25832). Startwert {0}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/geopackage.py" />
      <source>Could not create layer {0}: {1}</source>
      <translation>Layer {0} konnte nicht angelegt werden: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/city_layers.py" />
      <source>Could not open layer {0} in {1}.</source>
      <translation>Layer {0} in {1} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Could not write the project: {0}</source>
      <translation>Das Projekt konnte nicht geschrieben werden: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/geopackage.py" />
      <source>Could not write to layer {0}: {1}</source>
      <translation>In Layer {0} konnte nicht geschrieben werden: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/create_demo_city.py" />
      <source>Create demo city</source>
      <translation>Demostadt erzeugen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Create demo city…</source>
      <translation>Demostadt erzeugen…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Cross social need with the renewal priority areas (coming soon).</source>
      <translation>Sozialen Handlungsbedarf mit den Stadterneuerungs-Vorranggebieten abgleichen (folgt in Kürze).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/create_demo_city.py" />
      <source>Demo city GeoPackage</source>
      <translation>GeoPackage der Demostadt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/base.py" />
      <source>Demo data</source>
      <translation>Demodaten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Demo written to {0}:</source>
      <translation>Demo geschrieben nach {0}:</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Demostadt – social district development</source>
      <translation>Demostadt – soziale Quartiersentwicklung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Demostadt: district structure and urban renewal priority areas</source>
      <translation>Demostadt: Gebietsgliederung und Stadterneuerungs-Vorranggebiete</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>District hierarchy…</source>
      <translation>Gebietsgliederung…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Export the AGSP map sheets as one PDF (coming soon).</source>
      <translation>Die Kartenblätter für die AGSP als ein PDF ausgeben (folgt in Kürze).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pdf_export.py" />
      <source>Exporting the layout {0} failed (code {1}).</source>
      <translation>Der Export des Layouts {0} ist fehlgeschlagen (Code {1}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Generate the synthetic demo city (GeoPackage) with the Processing dialog.</source>
      <translation>Die synthetische Demostadt (GeoPackage) über den Processing-Dialog erzeugen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/create_demo_city.py" />
      <source>Generates Demostadt, a synthetic city with Stuttgart's structure, into one GeoPackage (EPSG:25832): 23 Stadtbezirke, 152 Stadtteile, 10 Steuerungsbereiche, 18 RTK regions, 138 Planungsräume, 8 Stadterneuerungs-Vorranggebiete, a 100 m population grid and a statistics table per Stadtteil for two years. The same seed always gives the same file. All names and values are invented.</source>
      <translation>Erzeugt die Demostadt, eine synthetische Stadt mit der Gliederung Stuttgarts, in einem GeoPackage (EPSG:25832): 23 Stadtbezirke, 152 Stadtteile, 10 Steuerungsbereiche, 18 RTK-Regionen, 138 Planungsräume, 8 Stadterneuerungs-Vorranggebiete, ein 100-m-Bevölkerungsraster und eine Statistiktabelle je Stadtteil für zwei Jahre. Derselbe Startwert ergibt immer dieselbe Datei. Alle Namen und Werte sind erfunden.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/create_demo_city.py" />
      <source>Generating the demo city with seed {0}…</source>
      <translation>Demostadt wird mit Startwert {0} erzeugt…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/create_demo_city.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/create_demo_city.py" />
      <source>Layers written</source>
      <translation>Geschriebene Layer</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/overview_sheet.py" />
      <source>Legend</source>
      <translation>Legende</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Load and validate the city's spatial units (coming soon).</source>
      <translation>Die Raumeinheiten der Stadt laden und prüfen (folgt in Kürze).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Made with Quartier {0}.</source>
      <translation>Erstellt mit Quartier {0}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Meeting pack…</source>
      <translation>Sitzungsunterlagen…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Need index and weighting…</source>
      <translation>Bedarfsindex und Gewichtung…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Overview A4</source>
      <translation>Übersicht A4</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Quartier</source>
      <translation>Quartier</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/create_demo_city.py" />
      <source>Random seed</source>
      <translation>Startwert (Zufallszahlen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Renewal overlay…</source>
      <translation>Abgleich Stadterneuerung…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Stadtbezirke, Stadtteile, Stadterneuerungs-Vorranggebiete 2025/2026 and residents per 100 m cell</source>
      <translation>Stadtbezirke, Stadtteile, Stadterneuerungs-Vorranggebiete 2025/2026 und Einwohner je 100-m-Zelle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/city_layers.py" />
      <source>Style file {0} is missing.</source>
      <translation>Die Stildatei {0} fehlt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/city_layers.py" />
      <source>Style {0} could not be applied: {1}</source>
      <translation>Der Stil {0} konnte nicht angewendet werden: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pdf_export.py" />
      <source>The folder {0} does not exist or is not writable.</source>
      <translation>Der Ordner {0} existiert nicht oder ist nicht beschreibbar.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/geopackage.py" />
      <source>The folder {0} does not exist.</source>
      <translation>Der Ordner {0} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/geopackage.py" />
      <source>The folder {0} is not writable.</source>
      <translation>Der Ordner {0} ist nicht beschreibbar.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Toggle indicator maps in workshops (coming soon).</source>
      <translation>Indikatorkarten im Workshop umschalten (folgt in Kürze).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Weight the indicators with a live map preview (coming soon).</source>
      <translation>Indikatoren mit Live-Kartenvorschau gewichten (folgt in Kürze).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Workshop dock</source>
      <translation>Workshop-Fenster</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/geopackage.py" />
      <source>Writing {0} ({1} rows)</source>
      <translation>{0} wird geschrieben ({1} Zeilen)</translation>
    </message>
  </context>
</TS>
