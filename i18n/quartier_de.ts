<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
  <context>
    <name>Quartier</name>
    <message>
      <location filename="../quartier_plugin/processing/plausibility_params.py" />
      <source>
… and {0} more.</source>
      <translation>
… und {0} weitere.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source> in one year</source>
      <translation> in einem Jahr</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source> residents</source>
      <translation> Einwohner</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>&amp;Quartier</source>
      <translation>&amp;Quartier</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>(area for {0} units without residents)</source>
      <translation>(Fläche für {0} Einheiten ohne Einwohner)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_inputs.py" />
      <source>(choose the layer)</source>
      <translation>(Layer wählen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>(current settings)</source>
      <translation>(aktuelle Einstellungen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>(current settings, not saved)</source>
      <translation>(aktuelle Einstellungen, nicht gespeichert)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>A resident threshold of {0:g} was asked for; the city profile {1} allows no less than {2:g}, which applies.</source>
      <translation>Eine Einwohnerschwelle von {0:g} wurde verlangt; das Stadtprofil {1} erlaubt nicht weniger als {2:g}, das gilt.</translation>
    </message>
    <message>
      <source>AGSP need and renewal {0}</source>
      <translation type="vanished">AGSP Bedarf und Stadterneuerung {0}</translation>
    </message>
    <message>
      <source>AGSP overview {0}</source>
      <translation type="vanished">AGSP Übersicht {0}</translation>
    </message>
    <message>
      <source>AGSP profiles</source>
      <translation type="vanished">AGSP Steckbriefe</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>About Quartier</source>
      <translation>Über Quartier</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Add to map</source>
      <translation>Zur Karte hinzufügen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Aggregate counts up the hierarchy</source>
      <translation>Zählwerte in der Gliederung hochaggregieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Aggregate to the whole city</source>
      <translation>Auf die Gesamtstadt aggregieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Aggregated counts</source>
      <translation>Aggregierte Zählwerte</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>Agreement</source>
      <translation>Übereinstimmung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>All scored</source>
      <translation>Alle bewerteten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Allowed outside parent (%)</source>
      <translation>Erlaubt außerhalb der Obereinheit (%)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/validate_hierarchy.py" />
      <source>Allowed share of a child outside its parent (%)</source>
      <translation>Erlaubter Anteil einer Einheit außerhalb ihrer Obereinheit (%)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>An input layer was removed while the overlay ran; nothing was added.</source>
      <translation>Ein Eingabelayer wurde entfernt, während die Überlagerung lief; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Area</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Area %</source>
      <translation>Fläche %</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/publish.py" />
      <source>Area of the sheet</source>
      <translation>Gebiet des Blatts</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Area profile</source>
      <translation>Gebietsprofil</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/publish.py" />
      <source>Area selection</source>
      <translation>Gebietsauswahl</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Area selection round</source>
      <translation>Auswahlrunde der Gebietsauswahl</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Area selection round (its assessments and decisions go into the pack; empty: none)</source>
      <translation>Auswahlrunde der Gebietsauswahl (ihre Einschätzungen und Entscheidungen kommen in die Sitzungsunterlage; leer: keine)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>Area selection {0}</source>
      <translation>Gebietsauswahl {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/selection.py" />
      <source>Area selection {0} · scenario {1}</source>
      <translation>Gebietsauswahl {0} · Szenario {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/selection_layers.py" />
      <source>Area selection {0}: numbers and assessments</source>
      <translation>Gebietsauswahl {0}: Zahlen und Einschätzungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/selection.py" />
      <source>Area selection: candidates, assessments and proposed decisions (only with a selection round)</source>
      <translation>Gebietsauswahl: Kandidaten, Einschätzungen und vorgeschlagene Entscheidungen (nur mit einer Auswahlrunde)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Area selection…</source>
      <translation>Gebietsauswahl…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>Area types</source>
      <translation>Gebietstypen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>Area types (cluster analysis)</source>
      <translation>Gebietstypen (Clusteranalyse)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Areas</source>
      <translation>Gebiete</translation>
    </message>
    <message>
      <source>Areas and data</source>
      <translation type="vanished">Gebiete und Daten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Areas or statistics table</source>
      <translation>Gebiete oder Statistiktabelle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Areas under the threshold are not scored, do not influence the statistics of the others and show no values on the map or in any export.</source>
      <translation>Gebiete unter der Schwelle werden nicht bewertet, beeinflussen die Statistik der anderen nicht und zeigen weder auf der Karte noch in einem Export Werte.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Areas with coverage and decision group</source>
      <translation>Gebiete mit Abdeckung und Entscheidungsgruppe</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Areas with statistics</source>
      <translation>Gebiete mit Statistik</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Areas with the need index</source>
      <translation>Gebiete mit Bedarfsindex</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Areas with their parent keys (instead of a parent field, e.g. the Stadtteile layer)</source>
      <translation>Gebiete mit ihren übergeordneten Schlüsseln (statt eines Feldes, z. B. der Layer der Stadtteile)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Areas {0}</source>
      <translation>Gebiete {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Areas: {0} · statistics: {1}</source>
      <translation>Gebiete: {0} · Statistik: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>As of {0}</source>
      <translation>Stand: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Assessment not recorded</source>
      <translation>Einschätzung nicht erfasst</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/selection_sheet.py" />
      <source>Assessments</source>
      <translation>Einschätzungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>Assessments (number; need ▲ higher, ● as, ▼ lower)</source>
      <translation>Einschätzungen (Anzahl; Bedarf ▲ höher, ● wie, ▼ geringer)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Assessments recorded</source>
      <translation>Erfasste Einschätzungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Assessments table (CSV)</source>
      <translation>Tabelle der Einschätzungen (CSV)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Assessments with the names of the people who gave them</source>
      <translation>Einschätzungen mit den Namen der Personen, die sie gaben</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>BREAKS: expected numbers separated by ;, got {0}</source>
      <translation>BREAKS: erwartet werden Zahlen, getrennt durch ;, erhalten: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_history.py" />
      <source>Back to the weights and settings of the method</source>
      <translation>Zurück zu den Gewichten und Einstellungen der Methode</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Body</source>
      <translation>Gremium</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Boundaries for orientation</source>
      <translation>Grenzen zur Orientierung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Boundaries for orientation (e.g. Stadtbezirke)</source>
      <translation>Grenzen zur Orientierung (z. B. Stadtbezirke)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Breaks</source>
      <translation>Klassengrenzen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Breaks: numbers separated by semicolons, e.g. -1; 0; 1</source>
      <translation>Klassengrenzen: Zahlen durch Semikolon getrennt, z. B. -1; 0; 1</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>CR {0}: the comparisons are consistent (below {1}).</source>
      <translation>CR {0}: Die Vergleiche sind widerspruchsfrei (unter {1}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>CR {0}: the comparisons are inconsistent (they should be below {1}). Check the comparisons that contradict each other.</source>
      <translation>CR {0}: Die Vergleiche widersprechen sich (der Wert sollte unter {1} liegen). Prüfen Sie die Vergleiche, die einander widersprechen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>CSV format</source>
      <translation>CSV-Format</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/geopackage.py" />
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Cancelled: nothing was added to the project.</source>
      <translation>Abgebrochen: dem Projekt wurde nichts hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/export.py" />
      <source>Cancelled: nothing was written.</source>
      <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Candidate areas</source>
      <translation>Kandidatengebiete</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>Candidates of round {0}: rank and class from the need index (the rank is never changed by the assessments), the assessments of the experts (direction from -1 = need lower to +1 = need higher than the numbers show) and the proposed decision. Flagged areas are for discussion.</source>
      <translation>Kandidaten der Runde {0}: Rang und Klasse aus dem Bedarfsindex (die Einschätzungen ändern den Rang nie), die Einschätzungen der Fachleute (Richtung von -1 = Bedarf geringer bis +1 = Bedarf höher, als die Zahlen zeigen) und die vorgeschlagene Entscheidung. Markierte Gebiete sind zu besprechen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/folder.py" />
      <source>Cannot write into the folder {0}: {1}</source>
      <translation>In den Ordner {0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Change</source>
      <translation>Veränderung</translation>
    </message>
    <message>
      <source>Checks the city's spatial units, one layer per level: empty and duplicate keys, keys written differently ("01" and 1 are matched and reported), children whose parent key does not exist, children lying more than the allowed share outside their parent, gaps and overlaps between siblings above the tolerance, invalid geometries (repaired on a copy) and layers in a geographic CRS. Areas are computed in the working CRS. Known schemas (Stuttgart's Kleinräumige Gliederung, the demo city) and the levels of the city profile (CITY: stuttgart, berlin, flensburg or a profile JSON) need no field mapping; otherwise give it as JSON, e.g. {"planungsraum": {"layer": "lor_plr", "key_field": "PLR_ID", "parent_prefix": 6}}. Levels may nest to any depth; a parent key that does not exist in the parent level is an error, and so is a level layer without features. Source layers are not changed.</source>
      <translation type="vanished">Prüft die Raumeinheiten der Stadt, ein Layer je Ebene: leere und doppelte Schlüssel, unterschiedlich geschriebene Schlüssel ("01" und 1 werden zugeordnet und gemeldet), Kinder, deren übergeordneter Schlüssel nicht existiert, Kinder, die mehr als den erlaubten Anteil außerhalb ihrer übergeordneten Einheit liegen, Lücken und Überlappungen zwischen Geschwistern über der Toleranz, ungültige Geometrien (auf einer Kopie repariert) und Layer in einem geographischen KBS. Flächen werden im Arbeits-KBS berechnet. Bekannte Schemata (Kleinräumige Gliederung Stuttgart, die Demostadt) und die Ebenen des Stadtprofils (CITY: stuttgart, berlin, flensburg oder ein Profil-JSON) brauchen keine Feldzuordnung; sonst als JSON angeben, z. B. {"planungsraum": {"layer": "lor_plr", "key_field": "PLR_ID", "parent_prefix": 6}}. Ebenen können beliebig tief geschachtelt sein; ein übergeordneter Schlüssel, den es in der übergeordneten Ebene nicht gibt, ist ein Fehler, ebenso ein Ebenen-Layer ohne Objekte. Die Quell-Layer werden nicht verändert.</translation>
    </message>
    <message>
      <source>Checks the city's spatial units, one layer per level: empty and duplicate keys, keys written differently ("01" and 1 are matched and reported), children whose parent key does not exist, children lying more than the allowed share outside their parent, gaps and overlaps between siblings above the tolerance, invalid geometries (repaired on a copy) and layers in a geographic CRS. Areas are computed in the working CRS. Known schemas (Stuttgart's Kleinräumige Gliederung, the demo city) and the levels of the city profile (CITY: stuttgart, berlin, flensburg or a profile JSON) need no field mapping; otherwise give it as JSON, e.g. {"planungsraum": {"layer": "lor_plr", "key_field": "PLR_ID", "parent_prefix": 6}}. Levels may nest to any depth; a parent key that does not exist in the parent level is an error. Source layers are not changed.</source>
      <translation type="vanished">Prüft die Raumeinheiten der Stadt, ein Layer je Ebene: leere und doppelte Schlüssel, unterschiedlich geschriebene Schlüssel ("01" und 1 werden zugeordnet und gemeldet), Kinder, deren übergeordneter Schlüssel nicht existiert, Kinder, die mehr als den erlaubten Anteil außerhalb ihrer übergeordneten Einheit liegen, Lücken und Überlappungen zwischen Geschwistern über der Toleranz, ungültige Geometrien (auf einer Kopie repariert) und Layer in einem geographischen KBS. Flächen werden im Arbeits-KBS berechnet. Bekannte Schemata (Kleinräumige Gliederung Stuttgart, die Demostadt) und die Ebenen des Stadtprofils (CITY: stuttgart, berlin, flensburg oder ein Profil-JSON) brauchen keine Feldzuordnung; sonst als JSON angeben, z. B. {"planungsraum": {"layer": "lor_plr", "key_field": "PLR_ID", "parent_prefix": 6}}. Ebenen können beliebig tief geschachtelt sein; ein übergeordneter Schlüssel, den es in der übergeordneten Ebene nicht gibt, ist ein Fehler. Die Quell-Layer werden nicht verändert.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/validate_hierarchy.py" />
      <source>Checks the city's spatial units, one layer per level: empty and duplicate keys, keys written differently ("01" and 1 are matched and reported), children whose parent key does not exist, children lying more than the allowed share outside their parent, gaps and overlaps between siblings above the tolerance, invalid geometries (repaired on a copy) and layers in a geographic CRS. Areas are computed in the working CRS. Known schemas (Stuttgart's Kleinräumige Gliederung, the demo city) and the levels of the city profile (CITY: {0} or a profile JSON) need no field mapping; otherwise give it as JSON, e.g. {{"planungsraum": {{"layer": "lor_plr", "key_field": "PLR_ID", "parent_prefix": 6}}}}. Levels may nest to any depth; a parent key that does not exist in the parent level is an error, and so is a level layer without features. Source layers are not changed.</source>
      <translation>Prüft die Raumeinheiten der Stadt, ein Layer je Ebene: leere und doppelte Schlüssel, unterschiedlich geschriebene Schlüssel ("01" und 1 werden zugeordnet und gemeldet), Kinder, deren übergeordneter Schlüssel nicht existiert, Kinder, die mehr als den erlaubten Anteil außerhalb ihrer übergeordneten Einheit liegen, Lücken und Überlappungen zwischen Geschwistern über der Toleranz, ungültige Geometrien (auf einer Kopie repariert) und Layer in einem geographischen KBS. Flächen werden im Arbeits-KBS berechnet. Bekannte Schemata (Kleinräumige Gliederung Stuttgart, die Demostadt) und die Ebenen des Stadtprofils (CITY: {0} oder ein Profil-JSON) brauchen keine Feldzuordnung; sonst als JSON angeben, z. B. {{"planungsraum": {{"layer": "lor_plr", "key_field": "PLR_ID", "parent_prefix": 6}}}}. Ebenen können beliebig tief geschachtelt sein; ein übergeordneter Schlüssel, den es in der übergeordneten Ebene nicht gibt, ist ein Fehler, ebenso ein Ebenen-Layer ohne Objekte. Die Quell-Layer werden nicht verändert.</translation>
    </message>
    <message>
      <source>Checks the city's spatial units, one layer per level: empty and duplicate keys, keys written differently ("01" and 1 are matched and reported), children whose parent key does not exist, children lying more than the allowed share outside their parent, gaps and overlaps between siblings above the tolerance, invalid geometries (repaired on a copy) and layers in a geographic CRS. Areas are computed in the working CRS. Known schemas (Stuttgart's Kleinräumige Gliederung, the demo city) need no field mapping; otherwise give it as JSON. Source layers are not changed.</source>
      <translation type="vanished">Prüft die Raumeinheiten der Stadt, ein Layer je Ebene: leere und doppelte Schlüssel, unterschiedlich geschriebene Schlüssel ("01" und 1 werden zugeordnet und gemeldet), Einheiten, deren Obereinheit nicht existiert, Einheiten, die mehr als den erlaubten Anteil außerhalb ihrer Obereinheit liegen, Lücken und Überlappungen zwischen benachbarten Einheiten oberhalb der Toleranz, ungültige Geometrien (auf einer Kopie repariert) und Layer in einem geographischen KBS. Flächen werden im Arbeits-KBS berechnet. Bekannte Schemata (Kleinräumige Gliederung Stuttgart, Demostadt) brauchen keine Feldzuordnung, sonst wird sie als JSON angegeben. Die Quelllayer werden nicht verändert.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Child counts (layer or table)</source>
      <translation>Zählwerte der Untereinheiten (Layer oder Tabelle)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Child key field</source>
      <translation>Schlüsselfeld der Untereinheit</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Child units layer with parent keys (instead of a parent field)</source>
      <translation>Layer der Untereinheiten mit Obereinheit-Schlüssel (statt eines Feldes)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Choose at least one layer with its key field.</source>
      <translation>Wählen Sie mindestens einen Layer mit seinem Schlüsselfeld.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Choose at least one sheet.</source>
      <translation>Wählen Sie mindestens ein Blatt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Choose the areas with their key field and the statistics table with its key field.</source>
      <translation>Wählen Sie die Gebiete mit ihrem Schlüsselfeld und die Statistiktabelle mit ihrem Schlüsselfeld.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Choose the areas, their key field and the renewal areas.</source>
      <translation>Wählen Sie die Gebiete, ihr Schlüsselfeld und die Stadterneuerungsgebiete.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Choose the city profile, then the city's layer for each level you have. The profile's field layouts and known schemas (Stuttgart's Kleinräumige Gliederung, the demo city) fill in the fields by themselves. The source layers are only read. Export the profile to make your city's own from these mappings; import it in another project.</source>
      <translation>Wählen Sie das Stadtprofil und dann für jede vorhandene Ebene den Layer der Stadt. Die Feldbelegungen des Profils und bekannte Schemata (Kleinräumige Gliederung Stuttgart, die Demostadt) füllen die Felder selbst aus. Die Quell-Layer werden nur gelesen. Exportieren Sie das Profil, um aus diesen Zuordnungen das Profil Ihrer Stadt zu machen; importieren Sie es in einem anderen Projekt.</translation>
    </message>
    <message>
      <source>Choose the city's layer for each level you have. Known schemas (Stuttgart's Kleinräumige Gliederung, the demo city) fill in the fields by themselves. The source layers are only read.</source>
      <translation type="vanished">Wählen Sie für jede vorhandene Ebene den Layer der Stadt. Bei bekannten Schemata (Kleinräumige Gliederung Stuttgart, Demostadt) werden die Felder selbst ausgefüllt. Die Quelllayer werden nur gelesen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Choose the folder for the meeting pack.</source>
      <translation>Wählen Sie den Ordner für die Sitzungsunterlage.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>Choose the key field.</source>
      <translation>Wählen Sie das Schlüsselfeld.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Choose the key field: the method {0} names none.</source>
      <translation>Wählen Sie das Schlüsselfeld: die Methode {0} nennt keines.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Choose the residents field of the population layer.</source>
      <translation>Wählen Sie das Einwohnerfeld des Bevölkerungslayers.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheets.py" />
      <source>City</source>
      <translation>Gesamtstadt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/hierarchy.py" />
      <source>City district (Stadtbezirk)</source>
      <translation>Stadtbezirk</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>City profile</source>
      <translation>Stadtprofil</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>City profile (*.json)</source>
      <translation>Stadtprofil (*.json)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>City profile (id or path of a profile JSON; empty: the project's)</source>
      <translation>Stadtprofil (Kennung oder Pfad eines Profil-JSON; leer: das des Projekts)</translation>
    </message>
    <message>
      <source>City profile (id such as stuttgart, berlin, flensburg, or the path of a profile JSON; empty: the project's)</source>
      <translation type="vanished">Stadtprofil (Kennung wie stuttgart, berlin, flensburg oder Pfad eines Profil-JSON; leer: das des Projekts)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>City profile ({0}, or the path of a profile JSON; empty: the project's)</source>
      <translation>Stadtprofil ({0} oder der Pfad eines Profil-JSON; leer: das des Projekts)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/validate_hierarchy.py" />
      <source>City profile {0}; areas computed in {1}.</source>
      <translation>Stadtprofil {0}; Flächen berechnet in {1}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>City profile: {0}</source>
      <translation>Stadtprofil: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/selection_sheet.py" />
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Class A</source>
      <translation>Klasse A</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Class B</source>
      <translation>Klasse B</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Class breaks (for manual breaks; rising numbers separated by ;, e.g. -1; 0; 1)</source>
      <translation>Klassengrenzen (für feste Grenzen; steigende Zahlen, getrennt durch ;, z. B. -1; 0; 1)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Classes</source>
      <translation>Klassen</translation>
    </message>
    <message>
      <source>Classes and suppression</source>
      <translation type="vanished">Klassen und Ausblendung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Classes of the main index (instead of the method's)</source>
      <translation>Klassen des Hauptindex (statt der der Methode)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Classes without a need level (treated as no index): {0}</source>
      <translation>Klassen ohne Bedarfsstufe (wie ohne Index behandelt): {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Classification</source>
      <translation>Klassifizierung</translation>
    </message>
    <message>
      <source>Classification of the index</source>
      <translation type="vanished">Klassifizierung des Index</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Click an area on the map to see its profile.</source>
      <translation>Klicken Sie auf ein Gebiet in der Karte, um sein Profil zu sehen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/help.py" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>Clustering</source>
      <translation>Clusterverfahren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Column names, in order (separated by ;, optional; the others are column_1, column_2, …)</source>
      <translation>Spaltennamen der Reihe nach (getrennt durch ;, optional; die übrigen heißen column_1, column_2, …)</translation>
    </message>
    <message>
      <source>Columns to take (separated by ;, empty = all)</source>
      <translation type="vanished">Zu übernehmende Spalten (durch ; getrennt, leer = alle)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Columns to take (separated by ;, empty = all; column=name renames one)</source>
      <translation>Zu übernehmende Spalten (getrennt durch ;, leer = alle; spalte=name benennt eine um)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Compare</source>
      <translation>Vergleichen</translation>
    </message>
    <message>
      <source>Comparison</source>
      <translation type="vanished">Vergleich</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/comparison_layer.py" />
      <source>Comparison: {0} → {1}</source>
      <translation>Vergleich: {0} → {1}</translation>
    </message>
    <message>
      <source>Computes the social need index of a method preset for each area: indicator values from numerators and denominators, small-area suppression (areas under the resident threshold and listed outliers are not scored and show no values), normalisation, weights, aggregation over sub-indices, classes and ranks, and a rating ++ + o - -- of each indicator against the city value. METHOD is a preset id (stuttgart_gebietsauswahl, berlin_mss_2021) or the path of a method JSON. The input may be a layer or a table (e.g. a CSV); a long table with a year field is cut to the method's year or YEAR. The output keeps the key (and the geometry, if any) and adds per index ID, ID_rank, ID_class, per indicator ID_value, ID_norm, ID_rating, and scored.</source>
      <translation type="vanished">Berechnet für jedes Gebiet den Index des sozialen Handlungsbedarfs nach einer Methodenvorlage: Indikatorwerte aus Zähler und Nenner, Ausschluss kleiner Gebiete (Gebiete unter der Einwohnerschwelle und erklärte Ausreißer werden nicht bewertet und zeigen keine Werte), Normierung, Gewichte, Aggregation über Teilindizes, Klassen und Rangplätze sowie eine Bewertung ++ + o - -- jedes Indikators gegenüber dem Wert der Gesamtstadt. METHOD ist die Kennung einer Vorlage (stuttgart_gebietsauswahl, berlin_mss_2021) oder der Pfad einer Methoden-JSON-Datei. Die Eingabe kann ein Layer oder eine Tabelle (z. B. CSV) sein; eine lange Tabelle mit Jahresfeld wird auf das Jahr der Methode oder YEAR beschränkt. Die Ausgabe behält den Schlüssel (und ggf. die Geometrie) und ergänzt je Index ID, ID_rank, ID_class, je Indikator ID_value, ID_norm, ID_rating sowie scored.</translation>
    </message>
    <message>
      <source>Computes the social need index of a method preset for each area: indicator values from numerators and denominators, small-area suppression (areas under the resident threshold and listed outliers are not scored and show no values), normalisation, weights, aggregation over sub-indices, classes and ranks, and a rating ++ + o - -- of each indicator against the city value. METHOD is a preset id (stuttgart_gebietsauswahl, berlin_mss_2021) or the path of a method JSON. The input may be a layer or a table (e.g. a CSV); a long table with a year field is cut to the method's year or YEAR. The output keeps the key (and the geometry, if any) and adds per index ID, ID_rank, ID_class, per indicator ID_value, ID_norm, ID_rating, and scored. Before anything is computed the input numbers are checked: no-data codes nobody declared, negative counts, shares outside 0–100, parts above their totals, infinite numbers and extreme values (robust z above EXTREME_Z) stop the run with a list (IMPLAUSIBLE = 0) or are excluded as missing (IMPLAUSIBLE = 1); FINDINGS lists them. Rows without a key are left out and named.</source>
      <translation type="vanished">Berechnet für jedes Gebiet den Index des sozialen Handlungsbedarfs nach einer Methodenvorlage: Indikatorwerte aus Zähler und Nenner, Ausschluss kleiner Gebiete (Gebiete unter der Einwohnerschwelle und erklärte Ausreißer werden nicht bewertet und zeigen keine Werte), Normierung, Gewichte, Aggregation über Teilindizes, Klassen und Rangplätze sowie eine Bewertung ++ + o - -- jedes Indikators gegenüber dem Wert der Gesamtstadt. METHOD ist die Kennung einer Vorlage (stuttgart_gebietsauswahl, berlin_mss_2021) oder der Pfad einer Methoden-JSON-Datei. Die Eingabe kann ein Layer oder eine Tabelle (z. B. CSV) sein; eine lange Tabelle mit Jahresfeld wird auf das Jahr der Methode oder YEAR beschränkt. Die Ausgabe behält den Schlüssel (und ggf. die Geometrie) und ergänzt je Index ID, ID_rank, ID_class, je Indikator ID_value, ID_norm, ID_rating sowie scored. Vor jeder Berechnung werden die Eingabezahlen geprüft: nicht erklärte Codes für fehlende Werte, negative Zählwerte, Anteile außerhalb 0–100, Teile über ihrer Summe, unendliche Zahlen und Extremwerte (robuster z-Wert über EXTREME_Z) halten den Lauf mit einer Liste an (IMPLAUSIBLE = 0) oder werden als fehlend ausgeschlossen (IMPLAUSIBLE = 1); FINDINGS listet sie auf. Zeilen ohne Schlüssel werden ausgelassen und genannt.</translation>
    </message>
    <message>
      <source>Computes the social need index of a method preset for each area: indicator values from numerators and denominators, small-area suppression (areas under the resident threshold and listed outliers are not scored and show no values), normalisation, weights, aggregation over sub-indices, classes and ranks, and a rating ++ + o - -- of each indicator against the city value. NORMALISATION and CLASSIFICATION (with CLASSES or BREAKS) replace the method's normalisation of every indicator and the classes of its main index. METHOD is a preset id (stuttgart_gebietsauswahl, berlin_mss_2021) or the path of a method JSON. The input may be a layer or a table (e.g. a CSV); a long table with a year field is cut to the method's year or YEAR. The output keeps the key (and the geometry, if any) and adds per index ID, ID_rank, ID_class, per indicator ID_value, ID_norm, ID_rating, and scored. Before anything is computed the input numbers are checked: no-data codes nobody declared, negative counts, shares outside 0–100, parts above their totals, infinite numbers and extreme values (robust z above EXTREME_Z) stop the run with a list (IMPLAUSIBLE = 0) or are excluded as missing (IMPLAUSIBLE = 1); FINDINGS lists them. Rows without a key are left out and named.</source>
      <translation type="vanished">Berechnet für jedes Gebiet den Index des sozialen Handlungsbedarfs nach einer Methodenvorlage: Indikatorwerte aus Zähler und Nenner, Ausschluss kleiner Gebiete (Gebiete unter der Einwohnerschwelle und erklärte Ausreißer werden nicht bewertet und zeigen keine Werte), Normierung, Gewichte, Aggregation über Teilindizes, Klassen und Rangplätze sowie eine Bewertung ++ + o - -- jedes Indikators gegenüber dem Wert der Gesamtstadt. NORMALISATION und CLASSIFICATION (mit CLASSES oder BREAKS) ersetzen die Normierung aller Indikatoren und die Klassen des Hauptindex der Methode. METHOD ist die Kennung einer Vorlage (stuttgart_gebietsauswahl, berlin_mss_2021) oder der Pfad einer Methoden-JSON-Datei. Die Eingabe kann ein Layer oder eine Tabelle (z. B. CSV) sein; eine lange Tabelle mit Jahresfeld wird auf das Jahr der Methode oder YEAR beschränkt. Die Ausgabe behält den Schlüssel (und ggf. die Geometrie) und ergänzt je Index ID, ID_rank, ID_class, je Indikator ID_value, ID_norm, ID_rating sowie scored. Vor jeder Berechnung werden die Eingabezahlen geprüft: nicht erklärte Codes für fehlende Werte, negative Zählwerte, Anteile außerhalb 0–100, Teile über ihrer Summe, unendliche Zahlen und Extremwerte (robuster z-Wert über EXTREME_Z) halten den Lauf mit einer Liste an (IMPLAUSIBLE = 0) oder werden als fehlend ausgeschlossen (IMPLAUSIBLE = 1); FINDINGS listet sie auf. Zeilen ohne Schlüssel werden ausgelassen und genannt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/need_index.py" />
      <source>Computes the social need index of a method preset for each area: indicator values from numerators and denominators, small-area suppression (areas under the resident threshold and listed outliers are not scored and show no values), normalisation, weights, aggregation over sub-indices, classes and ranks, and a rating ++ + o - -- of each indicator against the city value. NORMALISATION and CLASSIFICATION (with CLASSES or BREAKS) replace the method's normalisation of every indicator and the classes of its main index. The input may be a layer or a table (e.g. a CSV); a long table with a year field is cut to the method's year or YEAR. The output keeps the key (and the geometry, if any) and adds per index ID, ID_rank, ID_class, per indicator ID_value, ID_norm, ID_rating, and scored. Before anything is computed the input numbers are checked: no-data codes nobody declared, negative counts, shares outside 0–100, parts above their totals, infinite numbers and extreme values (robust z above EXTREME_Z) stop the run with a list (IMPLAUSIBLE = 0) or are excluded as missing (IMPLAUSIBLE = 1); FINDINGS lists them. Rows without a key are left out and named.</source>
      <translation>Berechnet für jedes Gebiet den Index des sozialen Handlungsbedarfs nach einer Methodenvorlage: Indikatorwerte aus Zähler und Nenner, Ausschluss kleiner Gebiete (Gebiete unter der Einwohnerschwelle und erklärte Ausreißer werden nicht bewertet und zeigen keine Werte), Normierung, Gewichte, Aggregation über Teilindizes, Klassen und Rangplätze sowie eine Bewertung ++ + o - -- jedes Indikators gegenüber dem Wert der Gesamtstadt. NORMALISATION und CLASSIFICATION (mit CLASSES oder BREAKS) ersetzen die Normierung aller Indikatoren und die Klassen des Hauptindex der Methode. Die Eingabe kann ein Layer oder eine Tabelle (z. B. CSV) sein; eine lange Tabelle mit Jahresfeld wird auf das Jahr der Methode oder YEAR beschränkt. Die Ausgabe behält den Schlüssel (und ggf. die Geometrie) und ergänzt je Index ID, ID_rank, ID_class, je Indikator ID_value, ID_norm, ID_rating sowie scored. Vor jeder Berechnung werden die Eingabezahlen geprüft: nicht erklärte Codes für fehlende Werte, negative Zählwerte, Anteile außerhalb 0–100, Teile über ihrer Summe, unendliche Zahlen und Extremwerte (robuster z-Wert über EXTREME_Z) halten den Lauf mit einer Liste an (IMPLAUSIBLE = 0) oder werden als fehlend ausgeschlossen (IMPLAUSIBLE = 1); FINDINGS listet sie auf. Zeilen ohne Schlüssel werden ausgelassen und genannt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>Concentration of the weight draws (larger = closer to the chosen weights)</source>
      <translation>Konzentration der Gewichtsziehungen (größer = näher an den gewählten Gewichten)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Confidence</source>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <source>Consistency ratio CR = {0}: consistent.</source>
      <translation type="vanished">Konsistenzverhältnis CR = {0}: konsistent.</translation>
    </message>
    <message>
      <source>Consistency ratio CR = {0}: inconsistent (should be below 0.10). Check the comparisons.</source>
      <translation type="vanished">Konsistenzverhältnis CR = {0}: inkonsistent (sollte unter 0,10 liegen). Bitte die Vergleiche prüfen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Coordinate reference system: ETRS89 / UTM zone 32N (EPSG:25832). Seed {0}.</source>
      <translation>Koordinatenbezugssystem: ETRS89 / UTM Zone 32N (EPSG:25832). Startwert {0}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Correlation</source>
      <translation>Korrelation</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/charts.py" />
      <source>Correlation of the indicators (Pearson r)</source>
      <translation>Korrelation der Indikatoren (Pearson r)</translation>
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
      <location filename="../quartier_plugin/layers/hierarchy_group.py" />
      <source>Could not open the layer for {0}: {1}</source>
      <translation>Der Layer für {0} konnte nicht geöffnet werden: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Could not write a row to {0}: {1}</source>
      <translation>Eine Zeile konnte nicht nach {0} geschrieben werden: {1}</translation>
    </message>
    <message>
      <source>Could not write area {0} to the output.</source>
      <translation type="vanished">Gebiet {0} konnte nicht in die Ausgabe geschrieben werden.</translation>
    </message>
    <message>
      <source>Could not write the finding for {0} to the FINDINGS table.</source>
      <translation type="vanished">Der Befund zu {0} konnte nicht in die Tabelle FINDINGS geschrieben werden.</translation>
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
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>Count fields to move</source>
      <translation>Zu übertragende Zählfelder</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Count fields to sum</source>
      <translation>Zu summierende Zählfelder</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Coverage breaks in percent (none &lt; first, mostly &gt;= second)</source>
      <translation>Grenzen der Abdeckung in Prozent (keine &lt; erste, überwiegend &gt;= zweite)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/overlay_layer.py" />
      <source>Coverage of each area by the urban renewal priority areas (by area and by residents), the need level from the index classes, the bivariate class and the decision group.</source>
      <translation>Anteil jedes Gebiets an den Stadterneuerungsgebieten (nach Fläche und nach Einwohnern), die Bedarfsstufe aus den Indexklassen, die bivariate Klasse und die Entscheidungsgruppe.</translation>
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
      <source>Cross social need with the renewal priority areas (coming soon).</source>
      <translation type="vanished">Sozialen Handlungsbedarf mit den Vorranggebieten der Stadterneuerung verschneiden (folgt).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Cross social need with the urban renewal priority areas: bivariate map and candidate areas.</source>
      <translation>Sozialen Handlungsbedarf mit den Stadterneuerungsgebieten abgleichen: bivariate Karte und Kandidatengebiete.</translation>
    </message>
    <message>
      <source>Crosses the need index of the areas with the urban renewal priority areas: coverage per area, a bivariate map and the candidate areas for the AGSP.</source>
      <translation type="vanished">Gleicht den Bedarfsindex der Gebiete mit den Stadterneuerungs-Vorranggebieten ab: Abdeckung je Gebiet, eine bivariate Karte und die Kandidatengebiete für die AGSP.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Crosses the need index of the areas with the urban renewal priority areas: coverage per area, a bivariate map and the candidate areas for the committee.</source>
      <translation>Kreuzt den Bedarfsindex der Gebiete mit den Stadterneuerungsgebieten: Abdeckung je Gebiet, eine bivariate Karte und die Kandidatengebiete für das Gremium.</translation>
    </message>
    <message>
      <source>Crosses the social need of each area with the urban-renewal priority areas. The renewal polygons are repaired and dissolved first, so overlapping polygons count once; all areas are computed in the working CRS whatever the inputs' CRSs. Per area: the share of its area in renewal areas, and with a population layer (grid cells or points) the share of its residents; the need level 1-3 from the index class (mapping class:level; empty = the shipped presets' mapping), the coverage level 1-3 (breaks in percent, default 1;50: none / partly / mostly covered), the bivariate class "need-coverage" and the decision group for the AGSP: social first (high need, no renewal area), joint approach (high need and renewal area), renewal without high need. The candidate table lists these groups sorted by need rank.</source>
      <translation type="vanished">Gleicht den sozialen Handlungsbedarf jedes Gebiets mit den Stadterneuerungs-Vorranggebieten ab. Die Vorranggebiete werden zuerst repariert und verschmolzen, so dass sich überlappende Flächen nur einmal zählen; alle Flächen werden im Arbeits-KBS berechnet, gleich in welchem KBS die Eingaben liegen. Je Gebiet: der Flächenanteil in Vorranggebieten und mit einem Bevölkerungslayer (Rasterzellen oder Punkte) der Anteil der Einwohner; die Bedarfsstufe 1-3 aus der Indexklasse (Zuordnung Klasse:Stufe; leer = Zuordnung der mitgelieferten Vorlagen), die Abdeckungsstufe 1-3 (Grenzen in Prozent, Standard 1;50: keine / teilweise / überwiegend), die bivariate Klasse "Bedarf-Abdeckung" und die Entscheidungsgruppe für die AGSP: sozial zuerst (hoher Bedarf, kein Vorranggebiet), gemeinsamer Ansatz (hoher Bedarf und Vorranggebiet), Stadterneuerung ohne hohen Bedarf. Die Kandidatentabelle listet diese Gruppen nach Bedarfsrang.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Crosses the social need of each area with the urban-renewal priority areas. The renewal polygons are repaired and dissolved first, so overlapping polygons count once; all areas are computed in the working CRS whatever the inputs' CRSs. Per area: the share of its area in renewal areas, and with a population layer (grid cells or points) the share of its residents; the need level 1-3 from the index class (mapping class:level; empty = the shipped presets' mapping), the coverage level 1-3 (breaks in percent, default 1;50: none / partly / mostly covered), the bivariate class "need-coverage" and the decision group for the committee: social first (high need, no renewal area), joint approach (high need and renewal area), renewal without high need. The candidate table lists these groups sorted by need rank.</source>
      <translation>Kreuzt den sozialen Handlungsbedarf jedes Gebiets mit den Stadterneuerungsgebieten. Die Erneuerungspolygone werden zuerst repariert und verschmolzen, sodass sich überlappende Polygone einmal zählen; alle Flächen werden im Arbeits-KBS berechnet, gleich in welchem KBS die Eingaben sind. Je Gebiet: der Anteil seiner Fläche in Erneuerungsgebieten und mit einem Bevölkerungslayer (Rasterzellen oder Punkte) der Anteil seiner Einwohner; die Bedarfsstufe 1-3 aus der Indexklasse (Zuordnung Klasse:Stufe; leer = die Zuordnung der mitgelieferten Methoden), die Abdeckungsstufe 1-3 (Grenzen in Prozent, Standard 1;50: nicht / teilweise / überwiegend abgedeckt), die bivariate Klasse "Bedarf-Abdeckung" und die Entscheidungsgruppe für das Gremium: zuerst Soziales (hoher Bedarf, kein Erneuerungsgebiet), gemeinsamer Ansatz (hoher Bedarf und Erneuerungsgebiet), Erneuerung ohne hohen Bedarf. Die Kandidatentabelle listet diese Gruppen nach Bedarfsrang.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>Crosswalk counts between units</source>
      <translation>Zählwerte zwischen Raumeinheiten umschlüsseln</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/selection_layers.py" />
      <source>Current status of every area with a decision; running project areas hatched.</source>
      <translation>Aktueller Stand jedes Gebiets mit einer Entscheidung; laufende Projektgebiete schraffiert.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Data</source>
      <translation>Daten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Data sources</source>
      <translation>Datenquellen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Date (YYYY-MM-DD; empty: today)</source>
      <translation>Datum (JJJJ-MM-TT; leer: heute)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Date of decision</source>
      <translation>Datum der Entscheidung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Date: expected YYYY-MM-DD, got {0}.</source>
      <translation>Datum: erwartet JJJJ-MM-TT, erhalten {0}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Decimal separator</source>
      <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>Decision group</source>
      <translation>Entscheidungsgruppe</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Decision not recorded</source>
      <translation>Entscheidung nicht erfasst</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Decisions</source>
      <translation>Entscheidungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Declared outliers ({0}): {1}</source>
      <translation>Erklärte Ausreißer ({0}): {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>Delete scenario</source>
      <translation>Szenario löschen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>Delete the scenario {0}?</source>
      <translation>Szenario {0} löschen?</translation>
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
      <location filename="../quartier_plugin/demo.py" />
      <source>Demostadt: social need and urban renewal priority areas</source>
      <translation>Demostadt: sozialer Handlungsbedarf und Stadterneuerungs-Vorranggebiete</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Demostadt: social need index</source>
      <translation>Demostadt: sozialer Handlungsbedarf</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/selection_sheet.py" />
      <source>Direction</source>
      <translation>Richtung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weights_editor.py" />
      <source>Direction and normalisation</source>
      <translation>Richtung und Normierung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>Direction of the assessments (-1 to +1)</source>
      <translation>Richtung der Einschätzungen (-1 bis +1)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>Direction: which values of the indicator mean more need</source>
      <translation>Richtung: welche Werte des Indikators mehr Bedarf bedeuten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>District hierarchy</source>
      <translation>Gebietsgliederung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>District hierarchy added to the map: {0} levels.</source>
      <translation>Gebietsgliederung zur Karte hinzugefügt: {0} Ebenen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>District hierarchy…</source>
      <translation>Gebietsgliederung…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Double-click a finding to zoom to the feature.</source>
      <translation>Doppelklick auf einen Befund zoomt zum Objekt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Duplicate</source>
      <translation>Duplizieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Duplicate keys in the areas ({0}): {1}</source>
      <translation>Doppelte Schlüssel in den Gebieten ({0}): {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Duplicate keys in the table ({0}): {1}</source>
      <translation>Doppelte Schlüssel in der Tabelle ({0}): {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>Duplicate scenario</source>
      <translation>Szenario duplizieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/scenario_layers.py" />
      <source>Each indicator's value and rating (++ + o - --) against the city per area, one named style per indicator. Areas under the resident threshold carry no values.</source>
      <translation>Wert und Bewertung (++ + o - --) jedes Indikators gegenüber der Gesamtstadt je Gebiet, ein benannter Stil je Indikator. Gebiete unter der Einwohnerschwelle haben keine Werte.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Empty: no assessments and decisions in the pack</source>
      <translation>Leer: keine Einschätzungen und Entscheidungen in der Sitzungsunterlage</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Encoding</source>
      <translation>Zeichenkodierung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Equal weights</source>
      <translation>Gleichgewichtet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Every indicator is normalised by {0}.</source>
      <translation>Alle Indikatoren werden normiert mit: {0}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Expert form</source>
      <translation>Formular für Fachleute</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Expert form for assessments</source>
      <translation>Formular für Einschätzungen der Fachleute</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Expert form…</source>
      <translation>Formular für Fachleute…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Export CSV…</source>
      <translation>CSV exportieren…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Export assessments</source>
      <translation>Einschätzungen exportieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Export city profile</source>
      <translation>Stadtprofil exportieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Export profile…</source>
      <translation>Profil exportieren…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Export register of decisions and assessments</source>
      <translation>Register der Entscheidungen und Einschätzungen exportieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>Export scenarios</source>
      <translation>Szenarien exportieren</translation>
    </message>
    <message>
      <source>Export the AGSP map sheets as one PDF (coming soon).</source>
      <translation type="vanished">Die Kartenblätter für die AGSP als ein PDF ausgeben (folgt in Kürze).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pdf_export.py" />
      <source>Exporting the layout {0} failed (code {1}).</source>
      <translation>Der Export des Layouts {0} ist fehlgeschlagen (Code {1}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Export…</source>
      <translation>Exportieren…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/plausibility_params.py" />
      <source>Extreme value: robust z above (0 = no check)</source>
      <translation>Extremwert: robuster z-Wert über (0 = keine Prüfung)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/validate_hierarchy.py" />
      <source>Field mapping (JSON, empty = recognise)</source>
      <translation>Feldzuordnung (JSON, leer = automatisch erkennen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>Field mapping of {0}: {1}</source>
      <translation>Feldzuordnung von {0}: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Field that declares outliers (optional, e.g. a comment column)</source>
      <translation>Feld, das Ausreißer erklärt (optional, z. B. eine Kommentarspalte)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Finding</source>
      <translation>Befund</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Flagged areas (orange) are for discussion: the assessments differ from the numbers. The rank stays the index's; the decision is taken by people and recorded in the register.</source>
      <translation>Markierte Gebiete (orange) sind zu besprechen: Die Einschätzungen weichen von den Zahlen ab. Der Rang bleibt der des Index; die Entscheidung treffen Menschen, das Register hält sie fest.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Focus on poverty</source>
      <translation>Schwerpunkt Armut</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Folder</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/selection_sheet.py" />
      <source>For discussion</source>
      <translation>Zu besprechen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/help.py" />
      <source>GNU General Public License, version 2 or (at your option) any later version (file LICENSE).</source>
      <translation>GNU General Public License, Version 2 oder (nach Ihrer Wahl) jede spätere Version (Datei LICENSE).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/validate_hierarchy.py" />
      <source>Gap and overlap tolerance (m²)</source>
      <translation>Toleranz für Lücken und Überlappungen (m²)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>Gap of {area} m² between the units of {parent} near x={x}, y={y}.</source>
      <translation>Lücke von {area} m² zwischen den Einheiten von {parent} bei x={x}, y={y}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Gap/overlap tolerance (m²)</source>
      <translation>Toleranz Lücken/Überlappungen (m²)</translation>
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
      <location filename="../quartier_plugin/gui/widgets.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>German Excel (UTF-8 with BOM, semicolons, decimal comma)</source>
      <translation>Deutsches Excel (UTF-8 mit BOM, Semikolon, Dezimalkomma)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Give a parent key field, a units layer, or aggregate to the whole city.</source>
      <translation>Geben Sie ein Feld mit dem Obereinheit-Schlüssel oder einen Layer der Untereinheiten an, oder aggregieren Sie auf die Gesamtstadt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>Give at least one layer of the hierarchy.</source>
      <translation>Geben Sie mindestens einen Layer der Gebietsgliederung an.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>Give both the outlier field and the outlier text, or neither.</source>
      <translation>Geben Sie Ausreißerfeld und Ausreißertext an, oder keines von beiden.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Give the key field of the need index table.</source>
      <translation>Geben Sie das Schlüsselfeld der Bedarfsindex-Tabelle an.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>Groups the scored areas into k types by their standardised indicator values (k-means with several starts, or Ward), as the Gebietstypen of the Stuttgart youth welfare office. Type 1 has the highest need; the same data and seed give the same types. A second table holds each type's profile: the mean z-score of every indicator.</source>
      <translation>Gruppiert die bewerteten Gebiete nach ihren standardisierten Indikatorwerten in k Typen (k-Means mit mehreren Starts oder Ward), wie die Gebietstypen des Stuttgarter Jugendamts. Typ 1 hat den höchsten Handlungsbedarf; dieselben Daten und derselbe Startwert ergeben dieselben Typen. Eine zweite Tabelle enthält das Profil jedes Typs: den mittleren z-Wert jedes Indikators.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Header line</source>
      <translation>Kopfzeile</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Help</source>
      <translation>Hilfe</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/help.py" />
      <source>Help (F1)</source>
      <translation>Hilfe (F1)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Highest class</source>
      <translation>Höchste Klasse</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/overview.py" />
      <source>How the classes are formed</source>
      <translation>So entstehen die Klassen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/help.py" />
      <source>How the method works</source>
      <translation>Wie die Methode rechnet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>How the method works and how each dialog is used.</source>
      <translation>Wie die Methode rechnet und wie jeder Dialog bedient wird.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/need_index.py" />
      <source>Implausible cells (excluded)</source>
      <translation>Unplausible Zellen (ausgeschlossen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/plausibility_params.py" />
      <source>Implausible input values (key, column, value, kind, message)</source>
      <translation>Unplausible Eingabewerte (Schlüssel, Spalte, Wert, Art, Meldung)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/plausibility_params.py" />
      <source>Implausible input values (no-data codes, negative counts, shares outside 0–100, parts above their totals, infinite or extreme numbers)</source>
      <translation>Unplausible Eingabewerte (Codes für fehlende Werte, negative Zählwerte, Anteile außerhalb 0–100, Teile über ihrer Summe, unendliche oder extreme Zahlen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Import CSV…</source>
      <translation>CSV importieren…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Import assessments</source>
      <translation>Einschätzungen importieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Import city profile</source>
      <translation>Stadtprofil importieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Import expert assessments</source>
      <translation>Einschätzungen der Fachleute importieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Import profile…</source>
      <translation>Profil importieren…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>Import scenarios</source>
      <translation>Szenarien importieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Import statistics table</source>
      <translation>Statistiktabelle importieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>Imported: {0}</source>
      <translation>Importiert: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Import…</source>
      <translation>Importieren…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Include the names of the people who gave the assessments? (No: roles only)</source>
      <translation>Namen der Personen, die die Einschätzungen gaben, mit ausgeben? (Nein: nur die Rollen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>Include this indicator in the index</source>
      <translation>Diesen Indikator in den Index einbeziehen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>Index</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/need_index.py" />
      <source>Index {index}: the pairwise comparisons are inconsistent (CR = {cr}, should be below 0.10).</source>
      <translation>Index {index}: die Paarvergleiche sind inkonsistent (CR = {cr}, sollte unter 0,10 liegen).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheets.py" />
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Indicators</source>
      <translation>Indikatoren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/base.py" />
      <source>Indicators and need index</source>
      <translation>Indikatoren und Bedarfsindex</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>Invalid geometry ({reason}); a repaired copy is used, the source is unchanged.</source>
      <translation>Ungültige Geometrie ({reason}); eine reparierte Kopie wird verwendet, die Quelle bleibt unverändert.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/help.py" />
      <source>Issues</source>
      <translation>Fehlermeldungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Issuing office</source>
      <translation>Herausgebende Stelle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Issuing office (empty: the city profile's)</source>
      <translation>Herausgebende Stelle (leer: die des Stadtprofils)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Its sheets could not be added to the project: {0}</source>
      <translation>Seine Blätter konnten dem Projekt nicht hinzugefügt werden: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Join report</source>
      <translation type="vanished">Verknüpfungsbericht</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Join report (counts; the details are in the log)</source>
      <translation>Verknüpfungsbericht (Anzahlen; die Einzelheiten stehen im Protokoll)</translation>
    </message>
    <message>
      <source>Joins a CSV file as statistics offices publish it to the areas: UTF-8, UTF-8 with BOM or Latin-1/cp1252 (detected, or chosen), separated by ; or , or tabs, with decimal commas and thousands separators; #DIV/0!, ., -, x, k.A. and empty cells become NULL. Keys are matched after normalising leading zeros and type ("0101" = 101). Numeric columns become numbers, the others stay text. The join report lists matched keys, keys found on one side only, and duplicates.</source>
      <translation type="vanished">Verknüpft eine CSV-Datei, wie Statistikämter sie veröffentlichen, mit den Gebieten: UTF-8, UTF-8 mit BOM oder Latin-1/cp1252 (erkannt oder gewählt), getrennt durch ; oder , oder Tabulator, mit Dezimalkomma und Tausendertrennzeichen; #DIV/0!, ., -, x, k.A. und leere Zellen werden NULL. Schlüssel werden nach Angleichen führender Nullen und des Typs zugeordnet ("0101" = 101). Zahlenspalten werden zu Zahlen, die übrigen bleiben Text. Der Verknüpfungsbericht nennt zugeordnete Schlüssel, Schlüssel nur auf einer Seite und Dubletten.</translation>
    </message>
    <message>
      <source>Joins a CSV file as statistics offices publish it to the areas: UTF-8, UTF-8 with BOM or Latin-1/cp1252 (detected, or chosen), separated by ; or , or tabs, with or without a header line, with decimal commas, thousands separators and percent signs. In numeric columns #DIV/0!, ., -, x, k.A., empty cells and the no-data codes (e.g. -9999) become NULL, and a cell that is not a number is named and becomes NULL; text columns keep what is written. When the cells cannot tell the decimal separator, choose it. Keys are matched by the key ("0101" = 101), then by the number in it ("STGT01" = "01 Altstadt" = 1), then by name against the key or the name field ("Westliche_Höhe" = "04 Westliche Höhe"). A column whose name is taken gets _stat, _stat2, …. TOTALS (e.g. total = a + b; other = c + d) reports rows whose total differs from the sum of its parts. The join report lists matched keys, keys found on one side only, and duplicates; a join that matches nothing is an error.</source>
      <translation type="vanished">Verknüpft eine CSV-Datei, wie Statistikämter sie veröffentlichen, mit den Gebieten: UTF-8, UTF-8 mit BOM oder Latin-1/cp1252 (erkannt oder gewählt), getrennt durch ; oder , oder Tabulatoren, mit oder ohne Kopfzeile, mit Dezimalkomma, Tausenderpunkten und Prozentzeichen. In Zahlenspalten werden #DIV/0!, ., -, x, k.A., leere Zellen und die Codes für fehlende Werte (z. B. -9999) zu NULL, und eine Zelle, die keine Zahl ist, wird genannt und zu NULL; Textspalten behalten, was dasteht. Lässt sich das Dezimaltrennzeichen aus den Zellen nicht erkennen, wählen Sie es. Schlüssel werden über den Schlüssel zugeordnet ("0101" = 101), dann über die Nummer darin ("STGT01" = "01 Altstadt" = 1), dann über den Namen gegen den Schlüssel oder das Namensfeld ("Westliche_Höhe" = "04 Westliche Höhe"). Eine Spalte, deren Name vergeben ist, erhält _stat, _stat2, …. TOTALS (z. B. gesamt = a + b; andere = c + d) meldet Zeilen, deren Summe von der Summe ihrer Teile abweicht. Der Verknüpfungsbericht nennt zugeordnete Schlüssel, Schlüssel nur auf einer Seite und Doppelte; eine Verknüpfung, die nichts zuordnet, ist ein Fehler. COLUMNS kann eine Spalte dabei umbenennen (Anteil_2021=sgb2_anteil). Leere NO_DATA und ein Dezimaltrennzeichen, das die Zellen nicht verraten, nehmen die Vorgaben des Stadtprofils des Projekts.</translation>
    </message>
    <message>
      <source>Joins a CSV file as statistics offices publish it to the areas: UTF-8, UTF-8 with BOM or Latin-1/cp1252 (detected, or chosen), separated by ; or , or tabs, with or without a header line, with decimal commas, thousands separators and percent signs. In numeric columns #DIV/0!, ., -, x, k.A., empty cells and the no-data codes (e.g. -9999) become NULL, and a cell that is not a number is named and becomes NULL; text columns keep what is written. When the cells cannot tell the decimal separator, choose it. Keys are matched by the key ("0101" = 101), then by the number in it ("STGT01" = "01 Altstadt" = 1), then by name against the key or the name field ("Westliche_Höhe" = "04 Westliche Höhe"). A column whose name is taken gets _stat, _stat2, …. TOTALS (e.g. total = a + b; other = c + d) reports rows whose total differs from the sum of its parts. The join report lists matched keys, keys found on one side only, and duplicates; a join that matches nothing is an error. COLUMNS may rename a column on the way (Anteil_2021=sgb2_anteil). Empty NO_DATA, and a decimal separator the cells cannot tell, take the defaults of the project's city profile.</source>
      <translation type="vanished">Verknüpft eine CSV-Datei, wie Statistikämter sie veröffentlichen, mit den Gebieten: UTF-8, UTF-8 mit BOM oder Latin-1/cp1252 (erkannt oder gewählt), getrennt durch ; oder , oder Tabulatoren, mit oder ohne Kopfzeile, mit Dezimalkomma, Tausenderpunkten und Prozentzeichen. In Zahlenspalten werden #DIV/0!, ., -, x, k.A., leere Zellen und die Codes für fehlende Werte (z. B. -9999) zu NULL, und eine Zelle, die keine Zahl ist, wird genannt und zu NULL; Textspalten behalten, was dasteht. Lässt sich das Dezimaltrennzeichen aus den Zellen nicht erkennen, wählen Sie es. Schlüssel werden über den Schlüssel zugeordnet ("0101" = 101), dann über die Nummer darin ("STGT01" = "01 Altstadt" = 1), dann über den Namen gegen den Schlüssel oder das Namensfeld ("Westliche_Höhe" = "04 Westliche Höhe"). Eine Spalte, deren Name vergeben ist, erhält _stat, _stat2, …. TOTALS (z. B. gesamt = a + b; andere = c + d) meldet Zeilen, deren Summe von der Summe ihrer Teile abweicht. Der Verknüpfungsbericht nennt zugeordnete Schlüssel, Schlüssel nur auf einer Seite und Doppelte; eine Verknüpfung, die nichts zuordnet, ist ein Fehler. COLUMNS kann eine Spalte dabei umbenennen (Anteil_2021=sgb2_anteil). Leere NO_DATA und ein Dezimaltrennzeichen, das die Zellen nicht verraten, nehmen die Vorgaben des Stadtprofils des Projekts.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Joins a CSV file as statistics offices publish it to the areas: UTF-8, UTF-8 with BOM, UTF-16 or Latin-1/cp1252 (detected, or chosen; a binary file such as an Excel workbook is refused), separated by ; or , or tabs, with or without a header line, with decimal commas, thousands separators and percent signs. In numeric columns #DIV/0!, ., -, x, k.A., empty cells and the no-data codes (e.g. -9999) become NULL, and a cell that is not a number is named and becomes NULL; text columns keep what is written. When the cells cannot tell the decimal separator, choose it. Keys are matched by the key ("0101" = 101), then by the number in it ("STGT01" = "01 Altstadt" = 1), then by name against the key or the name field ("Westliche_Höhe" = "04 Westliche Höhe"). A column whose name is taken gets _stat, _stat2, …. TOTALS (e.g. total = a + b; other = c + d) reports rows whose total differs from the sum of its parts. The join report lists matched keys, keys found on one side only, and duplicates; a join that matches nothing is an error. COLUMNS may rename a column on the way (Anteil_2021=sgb2_anteil). Empty NO_DATA, and a decimal separator the cells cannot tell, take the defaults of the project's city profile.</source>
      <translation>Verknüpft eine CSV-Datei, wie Statistikämter sie veröffentlichen, mit den Gebieten: UTF-8, UTF-8 mit BOM, UTF-16 oder Latin-1/cp1252 (erkannt oder gewählt; eine Binärdatei wie eine Excel-Arbeitsmappe wird abgelehnt), getrennt durch ; oder , oder Tabulatoren, mit oder ohne Kopfzeile, mit Dezimalkomma, Tausenderpunkten und Prozentzeichen. In Zahlenspalten werden #DIV/0!, ., -, x, k.A., leere Zellen und die Codes für fehlende Werte (z. B. -9999) zu NULL, und eine Zelle, die keine Zahl ist, wird genannt und zu NULL; Textspalten behalten, was dasteht. Lässt sich das Dezimaltrennzeichen aus den Zellen nicht erkennen, wählen Sie es. Schlüssel werden über den Schlüssel zugeordnet ("0101" = 101), dann über die Nummer darin ("STGT01" = "01 Altstadt" = 1), dann über den Namen gegen den Schlüssel oder das Namensfeld ("Westliche_Höhe" = "04 Westliche Höhe"). Eine Spalte, deren Name vergeben ist, erhält _stat, _stat2, …. TOTALS (z. B. gesamt = a + b; andere = c + d) meldet Zeilen, deren Summe von der Summe ihrer Teile abweicht. Der Verknüpfungsbericht nennt zugeordnete Schlüssel, Schlüssel nur auf einer Seite und Doppelte; eine Verknüpfung, die nichts zuordnet, ist ein Fehler. COLUMNS kann eine Spalte dabei umbenennen (Anteil_2021=sgb2_anteil). Leere NO_DATA und ein Dezimaltrennzeichen, das die Zellen nicht verraten, nehmen die Vorgaben des Stadtprofils des Projekts.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/overlay.py" />
      <source>Joint approach: high need and renewal area</source>
      <translation>Gemeinsamer Ansatz: hoher Bedarf und Stadterneuerungsgebiet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Joint approach: {0}, social first: {1}, renewal without high need: {2}.</source>
      <translation>Gemeinsamer Ansatz: {0}, sozial zuerst: {1}, Stadterneuerung ohne hohen Bedarf: {2}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Judgement</source>
      <translation>Einschätzung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Keep separate by (e.g. year)</source>
      <translation>Getrennt halten nach (z. B. Jahr)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/selection_sheet.py" />
      <source>Key</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Key column of the table</source>
      <translation>Schlüsselspalte der Tabelle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Key field</source>
      <translation>Schlüsselfeld</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Key field (empty: the method's)</source>
      <translation>Schlüsselfeld (leer: das der Methode)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Key field of the areas</source>
      <translation>Schlüsselfeld der Gebiete</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Key field of the need index table</source>
      <translation>Schlüsselfeld der Bedarfsindex-Tabelle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Key field of the overlay</source>
      <translation>Schlüsselfeld der Überlagerung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Key field of the statistics</source>
      <translation>Schlüsselfeld der Statistik</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>Key {key} occurs {count} times (features {fids}).</source>
      <translation>Schlüssel {key} kommt {count}-mal vor (Objekte {fids}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>Key {raw} was matched to {other} (written differently).</source>
      <translation>Schlüssel {raw} wurde {other} zugeordnet (abweichende Schreibweise).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Keys of the areas with a profile sheet (empty: the highest class)</source>
      <translation>Schlüssel der Gebiete mit Steckbrief (leer: höchste Klasse)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Keys written differently but matched ({0}): {1}</source>
      <translation>Unterschiedlich geschrieben, aber zugeordnet ({0}): {1}</translation>
    </message>
    <message>
      <source>Keys written differently but matched: {0}</source>
      <translation type="vanished">Unterschiedlich geschrieben, aber zugeordnet: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Layer</source>
      <translation>Layer</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>Layer {0} fits none of the levels of the city profile {1} ({2}); name its level in the field mapping, e.g. {{"{3}": {{"layer": "{0}", "key_field": "…", "name_field": "…"}}}}.</source>
      <translation>Layer {0} passt zu keiner Ebene des Stadtprofils {1} ({2}); nennen Sie seine Ebene in der Feldzuordnung, z. B. {{"{3}": {{"layer": "{0}", "key_field": "…", "name_field": "…"}}}}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Layer {0} has no field {1} (needed by the method).</source>
      <translation>Layer {0} hat kein Feld {1} (von der Methode benötigt).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Layer {0} has no field {1}.</source>
      <translation>Layer {0} hat kein Feld {1}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>Layer {0} has no field {1}; it has: {2}</source>
      <translation>Layer {0} hat kein Feld {1}; er hat: {2}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Layer {0} has no parent key field.</source>
      <translation>Layer {0} hat kein Feld für den Obereinheit-Schlüssel.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/scenario_layers.py" />
      <source>Layer {0}: its scenario is no longer in the project.</source>
      <translation>Layer {0}: sein Szenario ist nicht mehr im Projekt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/scenario_layers.py" />
      <source>Layer {0}: {1}</source>
      <translation>Layer {0}: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>Layers of the city's levels (recognised by the city profile, or named in the field mapping)</source>
      <translation>Layer der Ebenen der Stadt (vom Stadtprofil erkannt oder in der Feldzuordnung genannt)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/create_demo_city.py" />
      <source>Layers written</source>
      <translation>Geschriebene Layer</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Legend</source>
      <translation>Legende</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Level</source>
      <translation>Ebene</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Levels and fields</source>
      <translation>Ebenen und Felder</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/help.py" />
      <source>Licence</source>
      <translation>Lizenz</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Line {0}, column {1}: {2!r} is not a number; it is read as missing.</source>
      <translation>Zeile {0}, Spalte {1}: {2!r} ist keine Zahl; der Wert gilt als fehlend.</translation>
    </message>
    <message>
      <source>Load and validate the city's spatial units (coming soon).</source>
      <translation type="vanished">Räumliche Gliederung der Stadt laden und prüfen (folgt).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Load data</source>
      <translation>Daten laden</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Load the city's spatial units, validate them and add them to the map as one group.</source>
      <translation>Die Raumeinheiten der Stadt laden, prüfen und als eine Gruppe zur Karte hinzufügen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/method_param.py" />
      <source>METHOD is one of the installed presets ({0}); METHOD_FILE takes a method JSON of one's own instead; both empty: the city profile's method.</source>
      <translation>METHOD ist eine der installierten Methodenvorlagen ({0}); METHOD_FILE nimmt stattdessen eine eigene Methoden-JSON-Datei; beide leer: die Methode des Stadtprofils.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/method_param.py" />
      <source>METHOD lists the installed presets; give the method file {0} as METHOD_FILE.</source>
      <translation>METHOD bietet die installierten Vorlagen an; geben Sie die Methodendatei {0} als METHOD_FILE an.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Made with Quartier {0}.</source>
      <translation>Erstellt mit Quartier {0}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/base.py" />
      <source>Map sheets</source>
      <translation>Kartenblätter</translation>
    </message>
    <message>
      <source>Matched: {0}</source>
      <translation type="vanished">Zugeordnet: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Matched: {0} (by key {1}, by number {2}, by name {3})</source>
      <translation>Zugeordnet: {0} (über den Schlüssel {1}, über die Nummer {2}, über den Namen {3})</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Matched: {0}; only in the table: {1}; only in the areas: {2}; duplicate keys: {3}; keys written differently: {4}; cells that are not numbers: {5}; totals that differ: {6}</source>
      <translation>Zugeordnet: {0}; nur in der Tabelle: {1}; nur in den Gebieten: {2}; doppelte Schlüssel: {3}; unterschiedlich geschriebene Schlüssel: {4}; Zellen, die keine Zahl sind: {5}; abweichende Summen: {6}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Meeting pack</source>
      <translation>Sitzungsunterlage</translation>
    </message>
    <message>
      <source>Meeting pack (AGSP)</source>
      <translation type="vanished">Sitzungsunterlage (AGSP)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Meeting pack (settings)</source>
      <translation>Sitzungsunterlage (Einstellungen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Meeting pack folder</source>
      <translation>Ordner der Sitzungsunterlage</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Meeting pack written to {0}: {1} pages.</source>
      <translation>Sitzungsunterlage geschrieben nach {0}: {1} Seiten.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Meeting pack…</source>
      <translation>Sitzungsunterlagen…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_inputs.py" />
      <source>Method (*.json)</source>
      <translation>Methode (*.json)</translation>
    </message>
    <message>
      <source>Method (preset id or path to a method JSON)</source>
      <translation type="vanished">Methode (Kennung einer Vorlage oder Pfad zu einer Methoden-JSON-Datei)</translation>
    </message>
    <message>
      <source>Method (preset id or path to a method JSON; empty: the city profile's)</source>
      <translation type="vanished">Methode (Kennung einer Vorlage oder Pfad eines Methoden-JSON; leer: die des Stadtprofils)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_inputs.py" />
      <source>Method file</source>
      <translation>Methodendatei</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/method_param.py" />
      <source>Method file (a method JSON of one's own; overrides the preset)</source>
      <translation>Methodendatei (eigene Methoden-JSON; ersetzt die Vorlage)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Method file…</source>
      <translation>Methodendatei…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/method_param.py" />
      <source>Method preset (empty: the city profile's)</source>
      <translation>Methodenvorlage (leer: die des Stadtprofils)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/help.py" />
      <source>Method presets and their sources</source>
      <translation>Methodenvorlagen und ihre Quellen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/texts.py" />
      <source>Method: {0}</source>
      <translation>Methode: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Missing values per column: {0}</source>
      <translation>Fehlende Werte je Spalte: {0}</translation>
    </message>
    <message>
      <source>More need when</source>
      <translation type="vanished">Mehr Bedarf bei</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>Most frequent judgement</source>
      <translation>Häufigste Einschätzung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Moved more than (ranks)</source>
      <translation>Verschoben um mehr als (Ränge)</translation>
    </message>
    <message>
      <source>Moves count fields from source units to target units that do not nest in them (e.g. from Stadtteile to Planungsräume). Without a population layer, counts are split by shared area; with one (grid cells or points with residents), by the residents in the shared part, falling back to area for source units with no residents. The totals are kept. The output holds the target units with the moved counts and the method used (field crosswalk_method).</source>
      <translation type="vanished">Überträgt Zählfelder von Quelleinheiten auf Zieleinheiten, die nicht in ihnen liegen (z. B. von Stadtteilen auf Planungsräume). Ohne Bevölkerungslayer wird nach gemeinsamer Fläche aufgeteilt, mit einem (Rasterzellen oder Punkte mit Einwohnern) nach den Einwohnern im gemeinsamen Teil; Quelleinheiten ohne Einwohner werden nach Fläche aufgeteilt. Die Summen bleiben erhalten. Die Ausgabe enthält die Zieleinheiten mit den übertragenen Zählwerten und der verwendeten Methode (Feld crosswalk_method).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>Moves count fields from source units to target units that do not nest in them (e.g. from Stadtteile to Planungsräume). Without a population layer, counts are split by shared area; with one (grid cells or points with residents), by the residents in the shared part, falling back to area for source units with no residents. The totals are kept. The output holds the target units with the moved counts and the method used (field crosswalk_method). Count fields must be numeric fields; no-data codes nobody declared, negative counts and infinite numbers stop the run with a list (IMPLAUSIBLE = 0) or are excluded as missing (IMPLAUSIBLE = 1). Units without geometry are named and left out, invalid geometries are named and a repaired copy is used (the layers are not changed).</source>
      <translation>Überträgt Zählfelder von Quelleinheiten auf Zieleinheiten, die nicht in ihnen liegen (z. B. von Stadtteilen auf Planungsräume). Ohne Bevölkerungslayer wird nach gemeinsamer Fläche aufgeteilt, mit einem (Rasterzellen oder Punkte mit Einwohnern) nach den Einwohnern im gemeinsamen Teil; Quelleinheiten ohne Einwohner werden nach Fläche aufgeteilt. Die Summen bleiben erhalten. Die Ausgabe enthält die Zieleinheiten mit den übertragenen Zählwerten und der verwendeten Methode (Feld crosswalk_method). Zählfelder müssen Zahlenfelder sein; nicht erklärte Codes für fehlende Werte, negative Zählwerte und unendliche Zahlen halten den Lauf mit einer Liste an (IMPLAUSIBLE = 0) oder werden als fehlend ausgeschlossen (IMPLAUSIBLE = 1). Einheiten ohne Geometrie werden genannt und ausgelassen, ungültige Geometrien werden genannt und eine reparierte Kopie wird verwendet (die Layer bleiben unverändert).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/selection_sheet.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/need_index.py" />
      <source>Name field (optional: written after the key)</source>
      <translation>Namensfeld (optional: wird nach dem Schlüssel geschrieben)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Name field of the areas</source>
      <translation>Namensfeld der Gebiete</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Name field of the areas (optional: keys may also match names)</source>
      <translation>Namensfeld der Gebiete (optional: Schlüssel dürfen auch Namen treffen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Name field of the areas (optional: the table may name areas instead of keys)</source>
      <translation>Namensfeld der Gebiete (optional: die Tabelle darf Gebiete statt Schlüsseln nennen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Name of the city:</source>
      <translation>Name der Stadt:</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Name of the new selection round (e.g. 2027):</source>
      <translation>Name der neuen Auswahlrunde (z. B. 2027):</translation>
    </message>
    <message>
      <source>Name of the scenario</source>
      <translation type="vanished">Name des Szenarios</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>Name of the scenario. It is stored in the project, with its own map layer and map theme; a scenario of the same name is replaced.</source>
      <translation>Name des Szenarios. Es wird im Projekt gespeichert, mit eigenem Kartenlayer und Kartenthema; ein Szenario gleichen Namens wird ersetzt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Name or office</source>
      <translation>Name oder Stelle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>Names</source>
      <translation>Namen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>Names of people are not printed (roles only).</source>
      <translation>Namen von Personen sind nicht gedruckt (nur Rollen).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Names of the people who gave assessments (otherwise roles only)</source>
      <translation>Namen der Personen, die Einschätzungen gaben (sonst nur Rollen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Names stay out of the meeting pack unless you choose otherwise.</source>
      <translation>Namen erscheinen nicht in der Sitzungsunterlage, wenn Sie es nicht anders wählen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/bivariate.py" />
      <source>Need and renewal (bivariate; only with an overlay layer)</source>
      <translation>Bedarf und Stadterneuerung (bivariat; nur mit Überlagerungslayer)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Need and renewal A4</source>
      <translation>Bedarf und Stadterneuerung A4</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Need class field</source>
      <translation>Feld der Bedarfsklasse</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Need class field (e.g. index_class)</source>
      <translation>Feld der Bedarfsklasse (z. B. index_class)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/publish.py" />
      <source>Need classes</source>
      <translation>Bedarfsklassen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/overview.py" />
      <source>Need classes · scenario {0}</source>
      <translation>Bedarfsklassen · Szenario {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/need_index.py" />
      <source>Need index</source>
      <translation>Bedarfsindex</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Need index (preset Stuttgart Gebietsauswahl, 2024) crossed with the renewal areas 2025/2026</source>
      <translation>Bedarfsindex (Vorlage Stuttgart Gebietsauswahl, 2024) im Abgleich mit den Vorranggebieten 2025/2026</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Need index (preview)</source>
      <translation>Bedarfsindex (Vorschau)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Need index and weighting</source>
      <translation>Bedarfsindex und Gewichtung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Need index and weighting…</source>
      <translation>Bedarfsindex und Gewichtung…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/scenario_layers.py" />
      <source>Need index of the scenario {0}: index, class and rank per area, rank interval (5-95 %) from {1} weight draws, and each indicator's value and rating. Areas under the resident threshold carry no values.</source>
      <translation>Bedarfsindex des Szenarios {0}: Index, Klasse und Rang je Gebiet, Rangintervall (5–95 %) aus {1} Gewichtsziehungen sowie Wert und Bewertung jedes Indikators. Gebiete unter der Einwohnerschwelle haben keine Werte.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Need index table (optional: else the areas hold the class and rank fields)</source>
      <translation>Bedarfsindex-Tabelle (optional: sonst enthalten die Gebiete Klassen- und Rangfeld)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Need levels</source>
      <translation>Bedarfsstufen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Need levels per class (class:level; …, empty = the presets' mapping)</source>
      <translation>Bedarfsstufe je Klasse (Klasse:Stufe; …, leer = Zuordnung der Vorlagen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Need rank field</source>
      <translation>Feld des Bedarfsrangs</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Need rank field (e.g. index_rank)</source>
      <translation>Feld des Bedarfsrangs (z. B. index_rank)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Need x renewal</source>
      <translation>Bedarf x Stadterneuerung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Need x urban renewal areas</source>
      <translation>Bedarf x Stadterneuerungsgebiete</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/hierarchy.py" />
      <source>Neighbourhood (Stadtteil)</source>
      <translation>Stadtteil</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/overlay.py" />
      <source>Neither</source>
      <translation>Weder noch</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>New round</source>
      <translation>Neue Runde</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>New round…</source>
      <translation>Neue Runde…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Next ▶</source>
      <translation>Weiter ▶</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>No area overlaps a renewal area.</source>
      <translation>Kein Gebiet überschneidet sich mit einem Stadterneuerungsgebiet.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/selection_sheet.py" />
      <source>No candidates in this round.</source>
      <translation>Keine Kandidaten in dieser Runde.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/charts.py" />
      <source>No correlation yet.</source>
      <translation>Noch keine Korrelation.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>No findings: keys, parents, geometries and nesting are in order.</source>
      <translation>Keine Befunde: Schlüssel, Obereinheiten, Geometrien und Verschachtelung sind in Ordnung.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/overlay.py" />
      <source>No index (not scored)</source>
      <translation>Kein Index (nicht bewertet)</translation>
    </message>
    <message>
      <source>No maps yet: save a scenario in the weighting dialog, or press "Update maps".</source>
      <translation type="vanished">Noch keine Karten: Speichern Sie ein Szenario im Gewichtungsdialog oder klicken Sie auf „Karten aktualisieren“.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>No maps yet: save a scenario in the weighting panel, or press "Update maps".</source>
      <translation>Noch keine Karten: Speichern Sie ein Szenario im Gewichtungsfenster oder klicken Sie auf „Karten aktualisieren“.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>No need class field: areas get coverage only, no decision group.</source>
      <translation>Kein Feld der Bedarfsklasse: die Gebiete erhalten nur die Abdeckung, keine Entscheidungsgruppe.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>No parent areas known (give PARENT_FIELD or PARENTS): small areas are protected against the city total only, not against the totals of their districts.</source>
      <translation>Keine übergeordneten Gebiete bekannt (PARENT_FIELD oder PARENTS angeben): kleine Gebiete sind nur gegenüber der Summe der Gesamtstadt geschützt, nicht gegenüber den Summen ihrer Bezirke.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>No parent field: assigned to {parent} by location.</source>
      <translation>Kein Feld für die Obereinheit: nach Lage {parent} zugeordnet.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/charts.py" />
      <source>No robustness result yet.</source>
      <translation>Noch kein Ergebnis der Robustheitsprüfung.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>No row of the table matches an area. Table keys ({0}): {1}; area keys: {2}. Check the key column, or give the areas' name field.</source>
      <translation>Keine Zeile der Tabelle passt zu einem Gebiet. Schlüssel der Tabelle ({0}): {1}; Schlüssel der Gebiete: {2}. Prüfen Sie die Schlüsselspalte oder geben Sie das Namensfeld der Gebiete an.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>No rows for the earlier year {0} needed for the dynamics.</source>
      <translation>Keine Zeilen für das frühere Jahr {0}, das für die Dynamik benötigt wird.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>No rows for the year {0} (the table has {1}).</source>
      <translation>Keine Zeilen für das Jahr {0} (die Tabelle enthält {1}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>No-data codes (separated by ;, e.g. -9999; besides the method's; empty: the city profile's)</source>
      <translation>Codes für fehlende Werte (getrennt durch ;, z. B. -9999; zusätzlich zu denen der Methode; leer: die des Stadtprofils)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>No-data codes (separated by ;, e.g. -9999;999999; empty: the city profile's)</source>
      <translation>Codes für fehlende Werte (getrennt durch ;, z. B. -9999;999999; leer: die des Stadtprofils)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>None</source>
      <translation>Keine</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compose.py" />
      <source>None of the chosen sheets can be made (the need and renewal sheet needs an overlay layer): choose at least one other sheet.</source>
      <translation>Keines der gewählten Blätter lässt sich erstellen (das Blatt Bedarf und Stadterneuerung braucht einen Überlagerungslayer): wählen Sie mindestens ein anderes Blatt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>Normalisation</source>
      <translation>Normierung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Normalisation of every indicator (instead of the method's)</source>
      <translation>Normierung aller Indikatoren (statt der der Methode)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weights_editor.py" />
      <source>Not a comparison value: {0}</source>
      <translation>Kein Vergleichswert: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>Not scored</source>
      <translation>Nicht bewertet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>Not scored because</source>
      <translation>Nicht bewertet, weil</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/profiles.py" />
      <source>Not scored: no values are shown for this area.</source>
      <translation>Nicht bewertet: Für dieses Gebiet werden keine Werte gezeigt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Not scored: {0}.</source>
      <translation>Nicht bewertet: {0}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Not validated yet.</source>
      <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Note</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Number of classes</source>
      <translation>Anzahl der Klassen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Number of classes (for a classification that takes one)</source>
      <translation>Anzahl der Klassen (für eine Klassifizierung mit Klassenzahl)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>Number of draws</source>
      <translation>Anzahl der Ziehungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/validate_hierarchy.py" />
      <source>Number of errors</source>
      <translation>Anzahl Fehler</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>Number of types</source>
      <translation>Anzahl der Typen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/validate_hierarchy.py" />
      <source>Number of warnings</source>
      <translation>Anzahl Warnungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Numbers and voices</source>
      <translation>Zahlen und Stimmen</translation>
    </message>
    <message>
      <source>One folder for the AGSP: a PDF with the overview sheets and one profile sheet per selected area, the ranking as CSV and the exact settings as JSON.</source>
      <translation type="vanished">Ein Ordner für die AGSP: ein PDF mit den Übersichtsblättern und einem Steckbrief je ausgewähltem Gebiet, die Rangfolge als CSV und die genauen Einstellungen als JSON.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>One folder for the committee: a PDF with the overview sheets and one profile sheet per selected area, the ranking as CSV and the exact settings as JSON.</source>
      <translation>Ein Ordner für das Gremium: ein PDF mit den Übersichtsblättern und einem Steckbrief je ausgewähltem Gebiet, die Rangfolge als CSV und die genauen Einstellungen als JSON.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/publish.py" />
      <source>One row per area and indicator for the profile sheets: value, city value and rating as printed. Areas under the resident threshold have no rows.</source>
      <translation>Eine Zeile je Gebiet und Indikator für die Steckbriefe: Wert, Wert der Gesamtstadt und Bewertung wie gedruckt. Gebiete unter der Einwohnerschwelle haben keine Zeilen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Only in the areas ({0}): {1}</source>
      <translation>Nur in den Gebieten ({0}): {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Only in the table ({0}): {1}</source>
      <translation>Nur in der Tabelle ({0}): {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Open "Need index and weighting" first: the area selection works on its areas.</source>
      <translation>Öffnen Sie zuerst „Bedarfsindex und Gewichtung“: die Gebietsauswahl arbeitet mit dessen Gebieten.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Open "Need index and weighting" first: the project holds no weighting settings.</source>
      <translation>Öffnen Sie zuerst „Bedarfsindex und Gewichtung“: Das Projekt enthält noch keine Gewichtung.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>Overall group (status/dynamics)</source>
      <translation>Gesamtgruppe (Status/Dynamik)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>Overlaps {other} by {area} m².</source>
      <translation>Überlappt {other} um {area} m².</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Overview A4</source>
      <translation>Übersicht A4</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Overview sheet size</source>
      <translation>Format des Übersichtsblatts</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/overview.py" />
      <source>Overview: need classes</source>
      <translation>Übersicht: Bedarfsklassen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Page Down / Page Up: next / previous map</source>
      <translation>Bild ab / Bild auf: nächste / vorige Karte</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Pages</source>
      <translation>Seiten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weights_editor.py" />
      <source>Pairwise comparison</source>
      <translation>Paarvergleich</translation>
    </message>
    <message>
      <source>Pairwise comparison: how much more important is the row than the column? (1/9 … 9)</source>
      <translation type="vanished">Paarvergleich: Wie viel wichtiger ist die Zeile als die Spalte? (1/9 … 9)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Parent key</source>
      <translation>Obereinheit</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Parent key = the first N characters of the child key (e.g. 6 for Berlin's Planungsräume; instead of a parent field)</source>
      <translation>Übergeordneter Schlüssel = die ersten N Zeichen des Schlüssels (z. B. 6 für Berliner Planungsräume; statt eines Feldes)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Parent key field (e.g. the Stadtbezirk; for complementary suppression)</source>
      <translation>Feld des übergeordneten Schlüssels (z. B. der Stadtbezirk; für die ergänzende Sperrung)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Parent key field in the input</source>
      <translation>Feld mit dem Obereinheit-Schlüssel in der Eingabe</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>Parent key {parent} does not exist in {parent_level}.</source>
      <translation>Obereinheit {parent} existiert nicht in {parent_level}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>Perturbs the weights of the method many times (Dirichlet distribution around the chosen weights; a larger spread value keeps the draws closer) and ranks the areas each time. Per area: the rank of the method itself, the median rank, the 5 % and 95 % rank, and the share of draws in which the area is among the top k (default: as many areas as the method puts into its highest class). A selection that changes with small weight changes is hard to defend in committee.</source>
      <translation>Verändert die Gewichte der Methode viele Male zufällig (Dirichlet-Verteilung um die gewählten Gewichte; ein größerer Konzentrationswert hält die Ziehungen näher) und bildet jedes Mal die Rangfolge. Je Gebiet: der Rang der Methode selbst, der Median-Rang, der 5-%- und 95-%-Rang und der Anteil der Ziehungen, in denen das Gebiet unter den ersten k liegt (Standard: so viele Gebiete, wie die Methode in ihre höchste Klasse einordnet). Eine Auswahl, die sich bei kleinen Gewichtsänderungen ändert, ist im Gremium schwer zu vertreten.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Plain (UTF-8, commas, decimal point)</source>
      <translation>Einfach (UTF-8, Komma, Dezimalpunkt)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Planned end</source>
      <translation>Geplantes Ende</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/unit_inputs.py" />
      <source>Population layer (grid cells or points, optional)</source>
      <translation>Bevölkerungslayer (Rasterzellen oder Punkte, optional)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Population layer (optional)</source>
      <translation>Bevölkerungslayer (optional)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/builder.py" />
      <source>Preparing the sheets…</source>
      <translation>Blätter werden vorbereitet…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Prints the current weights as "unsaved settings" (settings {0}): they differ from every saved scenario. Save them as a scenario to print a name.</source>
      <translation>Druckt die aktuellen Gewichte als „nicht gespeicherte Einstellungen“ (Einstellungen {0}): Sie weichen von jedem gespeicherten Szenario ab. Speichern Sie sie als Szenario, um einen Namen zu drucken.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Prints the saved scenario "{0}" (settings {1}).</source>
      <translation>Druckt das gespeicherte Szenario „{0}“ (Einstellungen {1}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/publish.py" />
      <source>Profile indicators</source>
      <translation>Steckbrief-Indikatoren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheets.py" />
      <source>Profile indicators of the area</source>
      <translation>Steckbrief-Indikatoren des Gebiets</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Profile sheets for</source>
      <translation>Steckbriefe für</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Profile sheets for the {0} areas of the highest class.</source>
      <translation>Steckbriefe für die {0} Gebiete der höchsten Klasse.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/profiles.py" />
      <source>Profile · scenario {0}</source>
      <translation>Steckbrief · Szenario {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/profiles.py" />
      <source>Profiles</source>
      <translation>Steckbriefe</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/selection_sheet.py" />
      <source>Proposed decision</source>
      <translation>Vorgeschlagene Entscheidung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Quartier</source>
      <translation>Quartier</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/help.py" />
      <source>Quartier help</source>
      <translation>Quartier-Hilfe</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/dependencies.py" />
      <source>Quartier needs the Python package "{name}", which is not installed in the Python of this QGIS. Install it and restart QGIS: on Debian/Ubuntu `sudo apt install {debian}`; on Windows open the OSGeo4W Shell and run `python -m pip install {pip}` (or add it in the OSGeo4W installer); elsewhere `python3 -m pip install --user {pip}`.</source>
      <translation>Quartier braucht das Python-Paket „{name}“, das im Python dieser QGIS-Installation fehlt. Installieren Sie es und starten Sie QGIS neu: unter Debian/Ubuntu mit `sudo apt install {debian}`; unter Windows in der OSGeo4W-Shell mit `python -m pip install {pip}` (oder im OSGeo4W-Installer); sonst mit `python3 -m pip install --user {pip}`.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Quartier workshop</source>
      <translation>Quartier-Workshop</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/hierarchy.py" />
      <source>RTK region</source>
      <translation>RTK-Region</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/create_demo_city.py" />
      <source>Random seed</source>
      <translation>Startwert (Zufallszahlen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/selection_sheet.py" />
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>Rank 5 %</source>
      <translation>Rang 5 %</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/selection_sheet.py" />
      <source>Rank 5–95 %</source>
      <translation>Rang 5–95 %</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>Rank 95 %</source>
      <translation>Rang 95 %</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Rank A</source>
      <translation>Rang A</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Rank B</source>
      <translation>Rang B</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/selection_layers.py" />
      <source>Rank and class of the need index, coverage by renewal areas and the experts' assessments per area; flagged areas need discussion.</source>
      <translation>Rang und Klasse des Bedarfsindex, Abdeckung durch Vorranggebiete und die Einschätzungen der Fachleute je Gebiet; markierte Gebiete sind zu besprechen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>Rank intervals</source>
      <translation>Rangintervalle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>Rank under changed weights (5-95 %)</source>
      <translation>Rang bei veränderten Gewichten (5–95 %)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/charts.py" />
      <source>Rank under changed weights: median and 5-95 % interval of the best-ranked areas</source>
      <translation>Rang bei veränderten Gewichten: Median und 5–95-%-Intervall der bestplatzierten Gebiete</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Rank under changed weights: {0} to {1} (5-95 %); selected in {2} % of the draws.</source>
      <translation>Rang bei veränderten Gewichten: {0} bis {1} (5–95 %); ausgewählt in {2} % der zufällig veränderten Gewichtungen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Ranking</source>
      <translation>Rangfolge</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheets.py" />
      <source>Rating</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Read {0} rows ({1}): encoding {2}, separator {3!r}, decimal separator {4!r}.</source>
      <translation>{0} Zeilen gelesen ({1}): Kodierung {2}, Trennzeichen {3!r}, Dezimaltrennzeichen {4!r}.</translation>
    </message>
    <message>
      <source>Read {0} rows: encoding {1}, separator {2!r}, decimal separator {3!r}.</source>
      <translation type="vanished">{0} Zeilen gelesen: Kodierung {1}, Trennzeichen {2!r}, Dezimaltrennzeichen {3!r}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Reading areas and renewal areas…</source>
      <translation>Gebiete und Stadterneuerungsgebiete werden gelesen…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>Reading units…</source>
      <translation>Raumeinheiten werden gelesen…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Recompute the scenario and indicator maps from the project and remake their map themes.</source>
      <translation>Szenario- und Indikatorkarten aus dem Projekt neu berechnen und ihre Kartenthemen neu anlegen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Record</source>
      <translation>Erfassen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Record decision</source>
      <translation>Entscheidung erfassen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Record the experts' assessments, see them beside the numbers and keep the register of decisions.</source>
      <translation>Einschätzungen der Fachleute erfassen, neben den Zahlen sehen und das Register der Entscheidungen führen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Record the readable rows even if some rows cannot be read</source>
      <translation>Die lesbaren Zeilen erfassen, auch wenn manche Zeilen nicht lesbar sind</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_tables.py" />
      <source>Recorded</source>
      <translation>Erfasst</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Records expert assessments from a CSV table (as collected on paper or by e-mail, or the filled-in expert form) in the workspace. Columns, with German or English headings: key or area (name), round, role, author, date (30.11.2026 or 2026-11-30), judgement (lower / as the numbers / higher), confidence (low / medium / high), topics (separated by , or ;), text. German Excel files (semicolons, UTF-8 with BOM or Windows-1252) are read as they are; keys match with or without leading zeros or by the area's name. A row that cannot be recorded is named with its line and the reason; then nothing is recorded, unless SKIP_BAD_ROWS is set. Assessments are never overwritten: every import adds new ones, with who recorded them and when.</source>
      <translation>Erfasst Einschätzungen der Fachleute aus einer CSV-Tabelle (auf Papier oder per E-Mail gesammelt, oder das ausgefüllte Formular für Fachleute) im Arbeitsbereich. Spalten mit deutschen oder englischen Überschriften: Schlüssel oder Gebiet (Name), Runde, Rolle, Verfasst von, Datum (30.11.2026 oder 2026-11-30), Einschätzung (niedriger / wie die Zahlen / höher), Sicherheit (gering / mittel / hoch), Themen (getrennt durch , oder ;), Text. Dateien aus deutschem Excel (Semikolon, UTF-8 mit BOM oder Windows-1252) werden gelesen, wie sie sind; Schlüssel passen mit oder ohne führende Nullen oder über den Gebietsnamen. Eine Zeile, die nicht erfasst werden kann, wird mit Zeilennummer und Grund genannt; dann wird nichts erfasst, außer SKIP_BAD_ROWS ist gesetzt. Einschätzungen werden nie überschrieben: Jeder Import fügt neue hinzu, mit wer sie wann erfasst hat.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Redo</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_history.py" />
      <source>Redo (Ctrl+Shift+Z)</source>
      <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>Reference</source>
      <translation>Bezugswert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Register of decisions</source>
      <translation>Register der Entscheidungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Register on map</source>
      <translation>Register auf der Karte</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/builder.py" />
      <source>Rendering {0} pages…</source>
      <translation>{0} Seiten werden gezeichnet…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/selection_sheet.py" />
      <source>Renewal area %</source>
      <translation>Fläche im Erneuerungsgebiet %</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>Renewal areas {0}</source>
      <translation>Stadterneuerungsgebiete {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Renewal coverage</source>
      <translation>Abdeckung durch Stadterneuerung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Renewal overlay</source>
      <translation>Abgleich Stadterneuerung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Renewal overlay (bivariate sheet)</source>
      <translation>Abgleich Stadterneuerung (bivariates Blatt)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Renewal overlay (output of quartier:renewal_overlay)</source>
      <translation>Abgleich Stadterneuerung (Ergebnis von quartier:renewal_overlay)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Renewal overlay…</source>
      <translation>Abgleich Stadterneuerung…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/overlay.py" />
      <source>Renewal without high need</source>
      <translation>Stadterneuerung ohne hohen Bedarf</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/help.py" />
      <source>Repository</source>
      <translation>Quellcode</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Reset to method</source>
      <translation>Auf Methode zurücksetzen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Resident threshold (empty: the method's, usually 300)</source>
      <translation>Einwohnerschwelle (leer: die der Methode, meist 300)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/weighting_session.py" />
      <source>Resident threshold {0:g} (the city's is {1:g}).</source>
      <translation>Einwohnerschwelle {0:g} (die der Stadt: {1:g}).</translation>
    </message>
    <message>
      <source>Resident threshold {0:g} of the city profile {1}.</source>
      <translation type="vanished">Einwohnerschwelle {0:g} des Stadtprofils {1}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Residents</source>
      <translation>Einwohner</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Residents %</source>
      <translation>Einwohner %</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Residents field</source>
      <translation>Einwohnerfeld</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Residents field (a parent under the city's resident threshold shows no counts)</source>
      <translation>Einwohnerfeld (eine Obereinheit unter der Einwohnerschwelle der Stadt zeigt keine Zählwerte)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>Residents in renewal areas %</source>
      <translation>Einwohner im Erneuerungsgebiet %</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Robustness</source>
      <translation>Robustheit</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Robustness of the ranking</source>
      <translation>Robustheit der Rangfolge</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>Roles</source>
      <translation>Rollen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_tables.py" />
      <source>Round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weights_editor.py" />
      <source>Row against column: 1 equal, 3 a little, 5 clearly, 7 much, 9 extremely more important; 1/3 … 1/9 the other way round.</source>
      <translation>Zeile gegen Spalte: 1 gleich, 3 etwas, 5 deutlich, 7 viel, 9 extrem wichtiger; 1/3 … 1/9 umgekehrt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/need_index.py" />
      <source>Rows left out (no key)</source>
      <translation>Ausgelassene Zeilen (ohne Schlüssel)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Rows not recorded</source>
      <translation>Nicht erfasste Zeilen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Run</source>
      <translation>Ausführen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/workspace_layers.py" />
      <source>Run {0} ({1}) by {2}, started {3}; settings hash {4}; workspace {5}.</source>
      <translation>Lauf {0} ({1}) von {2}, gestartet {3}; Einstellungs-Hash {4}; Arbeitsbereich {5}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>Running in the background; the map can be used meanwhile.</source>
      <translation>Läuft im Hintergrund; die Karte kann währenddessen benutzt werden.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>Running project</source>
      <translation>Laufendes Projekt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Save as new version</source>
      <translation>Als neue Version speichern</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Save as…</source>
      <translation>Speichern unter…</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>Save scenario</source>
      <translation>Szenario speichern</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Scenario</source>
      <translation>Szenario</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Scenario file (JSON from the weighting dialog)</source>
      <translation>Szenariodatei (JSON aus dem Gewichtungsdialog)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Scenario in that file (empty: the first)</source>
      <translation>Szenario in dieser Datei (leer: das erste)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>Scenario {0} saved in the project.</source>
      <translation>Szenario {0} im Projekt gespeichert.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/scenario_layers.py" />
      <source>Scenario: {0}</source>
      <translation>Szenario: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Scenarios</source>
      <translation>Szenarien</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>Scored</source>
      <translation>Bewertet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/need_index.py" />
      <source>Scored areas</source>
      <translation>Bewertete Gebiete</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>Select at least one area for the profile sheets (none of the {0} given is an area of the layer).</source>
      <translation>Wählen Sie mindestens ein Gebiet für die Steckbriefe (keiner der {0} angegebenen Schlüssel ist ein Gebiet des Layers).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>Select at least one area for the profile sheets.</source>
      <translation>Wählen Sie mindestens ein Gebiet für die Steckbriefe.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheets.py" />
      <source>Selected area</source>
      <translation>Gewähltes Gebiet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>Selected areas (top k; 0 = the highest class)</source>
      <translation>Ausgewählte Gebiete (erste k; 0 = höchste Klasse)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Selection round</source>
      <translation>Auswahlrunde</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Selection round (e.g. 2026)</source>
      <translation>Auswahlrunde (z. B. 2026)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Selection round (empty: all)</source>
      <translation>Auswahlrunde (leer: alle)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Selection round (for rows without one, e.g. 2026)</source>
      <translation>Auswahlrunde (für Zeilen ohne Runde, z. B. 2026)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Separator</source>
      <translation>Trennzeichen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Severity</source>
      <translation>Schwere</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>Share of draws selected</source>
      <translation>Anteil der Ziehungen ausgewählt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Shares (name=numerator/denominator; …)</source>
      <translation>Anteile (Name=Zähler/Nenner; …)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Shares: {0}</source>
      <translation>Anteile: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Sheets</source>
      <translation>Blätter</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Shift</source>
      <translation>Verschiebung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weights_editor.py" />
      <source>Show each indicator's direction (which values mean more need), normalisation and reference</source>
      <translation>Für jeden Indikator Richtung (welche Werte mehr Bedarf bedeuten), Normierung und Bezugswert zeigen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Show on map</source>
      <translation>In der Karte zeigen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/help.py" />
      <source>Social district development for German cities: district hierarchy, social need index, urban-renewal overlay and committee map sheets.</source>
      <translation>Soziale Quartiersentwicklung für deutsche Städte: Gebietsgliederung, sozialer Bedarfsindex, Überlagerung mit der Stadterneuerung und Kartenblätter für das Gremium.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/overlay.py" />
      <source>Social first: high need, no renewal area</source>
      <translation>Sozial zuerst: hoher Bedarf, kein Stadterneuerungsgebiet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Social need and urban renewal</source>
      <translation>Sozialer Handlungsbedarf und Stadterneuerung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/bivariate.py" />
      <source>Social need and urban renewal · scenario {0}</source>
      <translation>Sozialer Handlungsbedarf und Stadterneuerung · Szenario {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/texts.py" />
      <source>Social need index</source>
      <translation>Sozialer Handlungsbedarf</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/bivariate_legend.py" />
      <source>Social need ↑</source>
      <translation>Handlungsbedarf ↑</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>Source key field</source>
      <translation>Schlüsselfeld der Quelle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>Source units with counts</source>
      <translation>Quelleinheiten mit Zählwerten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>Source units {0}</source>
      <translation>Quelleinheiten {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>Stadtbezirke, Stadtteile, Stadterneuerungs-Vorranggebiete 2025/2026 and residents per 100 m cell</source>
      <translation>Stadtbezirke, Stadtteile, Stadterneuerungs-Vorranggebiete 2025/2026 und Einwohner je 100-m-Zelle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Start</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Statistics table</source>
      <translation>Statistiktabelle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Statistics table (CSV)</source>
      <translation>Statistiktabelle (CSV)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Step through the indicator and scenario maps and show area profiles.</source>
      <translation>Durch die Indikator- und Szenariokarten blättern und Gebietsprofile zeigen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>Stuttgart: {0}</source>
      <translation>Stuttgart: {0}</translation>
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
      <source>Sums count fields (numerators and denominators) of child units into their parents and then forms the shares from the sums, e.g. a Stadtbezirk's migration share is the sum of its Stadtteile' residents with migration background over the sum of their residents. Shares are never averaged. The child-to-parent link comes from a parent-key field of the input or from a units layer (e.g. the Stadtteile with their Bezirk key); or everything goes into the whole city. Shares are given as name=numerator/denominator, separated by semicolons, in percent. A parent's sum covers the children that report the count; FIELD_n_missing counts the others.</source>
      <translation type="vanished">Summiert Zählfelder (Zähler und Nenner) der Untereinheiten in ihre Obereinheiten und bildet die Anteile aus den Summen, z. B. ist der Migrationsanteil eines Stadtbezirks die Summe der Einwohner mit Migrationshintergrund seiner Stadtteile geteilt durch die Summe ihrer Einwohner. Anteile werden nie gemittelt. Die Zuordnung zur Obereinheit kommt aus einem Feld der Eingabe oder aus einem Layer der Untereinheiten (z. B. den Stadtteilen mit ihrer Bezirksnummer); oder alles geht in die Gesamtstadt. Anteile werden als Name=Zähler/Nenner angegeben, durch Semikolon getrennt, in Prozent. Die Summe einer Obereinheit umfasst die Untereinheiten, die den Wert melden; &lt;feld&gt;_n_missing zählt die übrigen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>Sums count fields (numerators and denominators) of child units into their parents and then forms the shares from the sums, e.g. a Stadtbezirk's migration share is the sum of its Stadtteile' residents with migration background over the sum of their residents. Shares are never averaged. The child-to-parent link comes from a parent-key field of the input or from a units layer (e.g. the Stadtteile with their Bezirk key); or everything goes into the whole city. Shares are given as name=numerator/denominator, separated by semicolons, in percent. A parent's sum covers the children that report the count; FIELD_n_missing counts the others. Count fields must be numeric fields. Before summing, the counts are checked: no-data codes nobody declared (-9999, -1), negative counts, infinite numbers and numerators above their denominators stop the run with a list (IMPLAUSIBLE = 0) or are excluded as missing (IMPLAUSIBLE = 1).</source>
      <translation>Summiert Zählfelder (Zähler und Nenner) der Untereinheiten in ihre Obereinheiten und bildet die Anteile aus den Summen, z. B. ist der Migrationsanteil eines Stadtbezirks die Summe der Einwohner mit Migrationshintergrund seiner Stadtteile geteilt durch die Summe ihrer Einwohner. Anteile werden nie gemittelt. Die Zuordnung zur Obereinheit kommt aus einem Feld der Eingabe oder aus einem Layer der Untereinheiten (z. B. den Stadtteilen mit ihrer Bezirksnummer); oder alles geht in die Gesamtstadt. Anteile werden als Name=Zähler/Nenner angegeben, durch Semikolon getrennt, in Prozent. Die Summe einer Obereinheit umfasst die Untereinheiten, die den Wert melden; &lt;feld&gt;_n_missing zählt die übrigen. Zählfelder müssen Zahlenfelder sein. Vor dem Summieren werden die Zählwerte geprüft: nicht erklärte Codes für fehlende Werte (-9999, -1), negative Zählwerte, unendliche Zahlen und Zähler über ihrem Nenner halten den Lauf mit einer Liste an (IMPLAUSIBLE = 0) oder werden als fehlend ausgeschlossen (IMPLAUSIBLE = 1).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Suppress areas under</source>
      <translation>Gebiete ausblenden unter</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Switch on "Area profile" and click an area on the map.</source>
      <translation>Schalten Sie „Gebietsprofil“ ein und klicken Sie auf ein Gebiet in der Karte.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>Target key field</source>
      <translation>Schlüsselfeld des Ziels</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>Target units</source>
      <translation>Zieleinheiten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>Target units with counts</source>
      <translation>Zieleinheiten mit Zählwerten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>Target units {0}</source>
      <translation>Zieleinheiten {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Text that marks an outlier in that field (case does not matter)</source>
      <translation>Text, der in diesem Feld einen Ausreißer markiert (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>The Processing provider {0} is registered already; the Quartier algorithms of that registration stay in use.</source>
      <translation>Der Processing-Provider {0} ist bereits registriert; die Quartier-Algorithmen dieser Registrierung bleiben in Gebrauch.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>The Quartier Processing provider could not be started</source>
      <translation>Der Processing-Provider von Quartier konnte nicht gestartet werden</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/tasks.py" />
      <source>The algorithm {0} is not available: is the Quartier provider loaded?</source>
      <translation>Der Algorithmus {0} ist nicht verfügbar: Ist der Quartier-Provider geladen?</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>The area selection needs a workspace (SELECTION_WORKSPACE): {0}</source>
      <translation>Die Gebietsauswahl braucht einen Arbeitsbereich (SELECTION_WORKSPACE): {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>The area selection needs the project's workspace: {0}</source>
      <translation>Die Gebietsauswahl braucht den Arbeitsbereich des Projekts: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>The areas already have a field {0}.</source>
      <translation>Die Gebiete haben bereits ein Feld {0}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>The areas and the statistics are only read. Every change of the weights is drawn at once in the layer "Need index (preview)".</source>
      <translation>Gebiete und Statistik werden nur gelesen. Jede Änderung der Gewichte wird sofort im Layer „Bedarfsindex (Vorschau)“ gezeichnet.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/weighting_session.py" />
      <source>The areas layer or the statistics table is no longer in the project.</source>
      <translation>Der Gebietslayer oder die Statistiktabelle ist nicht mehr im Projekt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/publish.py" />
      <source>The areas of the meeting pack: need index, class, rank and rank interval of the printed scenario, each indicator's value and rating, renewal coverage and decision group. Areas under the resident threshold carry no values.</source>
      <translation>Die Gebiete der Sitzungsunterlage: Bedarfsindex, Klasse, Rang und Rangintervall des gedruckten Szenarios, Wert und Bewertung jedes Indikators, Anteil an Stadterneuerungsgebieten und Entscheidungsgruppe. Gebiete unter der Einwohnerschwelle haben keine Werte.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>The assessments table cannot be read: {0}</source>
      <translation>Die Tabelle der Einschätzungen kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/workspace.py" />
      <source>The authentication configuration {0} could not be used (is the master password set?).</source>
      <translation>Die Authentifizierungskonfiguration {0} konnte nicht verwendet werden (ist das Master-Passwort gesetzt?).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/publish.py" />
      <source>The candidates of the selection round as the selection sheet prints them: rank, class, rank interval, coverage, assessments (count and direction, no names) and the proposed decision.</source>
      <translation>Die Kandidaten der Auswahlrunde, wie das Blatt Gebietsauswahl sie druckt: Rang, Klasse, Rangintervall, Abdeckung, Einschätzungen (Anzahl und Richtung, keine Namen) und die vorgeschlagene Entscheidung.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>The city profile cannot be used: {0}</source>
      <translation>Das Stadtprofil ist nicht verwendbar: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>The city profile was not written: {0}</source>
      <translation>Das Stadtprofil wurde nicht geschrieben: {0}</translation>
    </message>
    <message>
      <source>The city profile's threshold ({0:g} residents) is the lowest allowed.</source>
      <translation type="vanished">Die Schwelle des Stadtprofils ({0:g} Einwohner) ist die niedrigste erlaubte.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>The city profile's threshold ({0} residents) is the lowest allowed.</source>
      <translation>Die Schwelle des Stadtprofils ({0} Einwohner) ist die niedrigste zulässige.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>The city profiles on offer: {0}.</source>
      <translation>Verfügbare Stadtprofile: {0}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>The column {0} is written as {1} (the name is taken).</source>
      <translation>Die Spalte {0} wird als {1} geschrieben (der Name ist vergeben).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>The decimal separator cannot be told from the cells: column {0} has {1!r} (a thousands separator or a decimal one?). Choose the decimal separator (parameter “Decimal separator”).</source>
      <translation>Das Dezimaltrennzeichen lässt sich aus den Zellen nicht erkennen: Spalte {0} enthält {1!r} (Tausender- oder Dezimaltrennzeichen?). Wählen Sie das Dezimaltrennzeichen (Parameter „Dezimaltrennzeichen“).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/demo.py" />
      <source>The demo city failed its own validation: {0} errors.</source>
      <translation>Die Demostadt hat ihre eigene Prüfung nicht bestanden: {0} Fehler.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/help.py" />
      <source>The demo city is synthetic: no real persons or places.</source>
      <translation>Die Demostadt ist synthetisch: keine realen Personen oder Orte.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>The feature has no geometry.</source>
      <translation>Das Objekt hat keine Geometrie.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>The feature has no key.</source>
      <translation>Das Objekt hat keinen Schlüssel.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>The feature has no parent key.</source>
      <translation>Das Objekt hat keinen Obereinheit-Schlüssel.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>The field mapping is not valid JSON of the form {{"stadtteil": {{"key_field": "…", "name_field": "…", "parent_field": "…"}}}}: {0}</source>
      <translation>Die Feldzuordnung ist kein gültiges JSON der Form {{"stadtteil": {{"key_field": "…", "name_field": "…", "parent_field": "…"}}}}: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>The field mapping must map each level to its fields, e.g. {{"stadtteil": {{"key_field": "…"}}}}.</source>
      <translation>Die Feldzuordnung muss jeder Ebene ihre Felder zuordnen, z. B. {{"stadtteil": {{"key_field": "…"}}}}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>The field mapping names the level {0}, which the city profile {1} does not have; its levels are: {2}</source>
      <translation>Die Feldzuordnung nennt die Ebene {0}, die das Stadtprofil {1} nicht hat; seine Ebenen sind: {2}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>The field {0} of layer {1} is of type {2}, not a number: {3} must be numeric fields.</source>
      <translation>Das Feld {0} des Layers {1} hat den Typ {2}, keine Zahl: {3} müssen Zahlenfelder sein.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/unit_reader.py" />
      <source>The fields of layer {0} are not in a known schema; choose the key, name and parent fields.</source>
      <translation>Die Felder von Layer {0} entsprechen keinem bekannten Schema; wählen Sie Schlüssel-, Namens- und Obereinheit-Feld.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>The folder of the workspace {0} does not exist.</source>
      <translation>Der Ordner des Arbeitsbereichs {0} existiert nicht.</translation>
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
      <location filename="../quartier_plugin/layouts/pack/request.py" />
      <source>The folder {0} is not empty and holds no earlier meeting pack; choose an empty or new folder.</source>
      <translation>Der Ordner {0} ist nicht leer und enthält keine frühere Sitzungsunterlage; wählen Sie einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/geopackage.py" />
      <source>The folder {0} is not writable.</source>
      <translation>Der Ordner {0} ist nicht beschreibbar.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>The key {0} occurs more than once{1}: {2}</source>
      <translation>Der Schlüssel {0} kommt mehrfach vor{1}: {2}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>The layer has no rows with a key.</source>
      <translation>Der Layer hat keine Zeilen mit Schlüssel.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>The layer is in a geographic CRS ({crs}); areas are computed in {working_crs}.</source>
      <translation>Der Layer liegt in einem geographischen KBS ({crs}); Flächen werden in {working_crs} berechnet.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/base.py" />
      <source>The layer {0} ({1}) has no features.</source>
      <translation>Der Layer {0} ({1}) enthält keine Objekte.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/selection_layers.py" />
      <source>The layer {0} has no rank and class fields of a need index.</source>
      <translation>Der Layer {0} hat keine Rang- und Klassenfelder eines Bedarfsindex.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/validate_hierarchy.py" />
      <source>The layer {0} of the level {1} has no features: there is nothing to validate.</source>
      <translation>Der Layer {0} der Ebene {1} hat keine Objekte: es gibt nichts zu prüfen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheets.py" />
      <source>The layout template {0} is missing.</source>
      <translation>Die Layoutvorlage {0} fehlt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheets.py" />
      <source>The layout template {0} is not readable.</source>
      <translation>Die Layoutvorlage {0} ist nicht lesbar.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/layout_items.py" />
      <source>The layout {0} has no item {1}.</source>
      <translation>Das Layout {0} hat kein Element {1}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>The main index is classified by {0}.</source>
      <translation>Der Hauptindex wird klassifiziert nach: {0}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/refill.py" />
      <source>The meeting pack layers could not be recomputed: the project holds no weighting settings.</source>
      <translation>Die Layer der Sitzungsunterlage konnten nicht neu berechnet werden: Das Projekt enthält keine Gewichtung.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/refill.py" />
      <source>The meeting pack layers could not be recomputed: {0}</source>
      <translation>Die Layer der Sitzungsunterlage konnten nicht neu berechnet werden: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/scenario_layers.py" />
      <source>The need maps could not be recomputed: the project holds no weighting settings.</source>
      <translation>Die Bedarfskarten konnten nicht neu berechnet werden: Das Projekt enthält keine Gewichtung.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/scenario_layers.py" />
      <source>The need maps could not be recomputed: {0}</source>
      <translation>Die Bedarfskarten konnten nicht neu berechnet werden: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>The overlay layer {0} lacks the fields of quartier:renewal_overlay ({1}).</source>
      <translation>Dem Überlagerungslayer {0} fehlen die Felder von quartier:renewal_overlay ({1}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>The parent keys were not checked: no layer is given for the level {parent_level}.</source>
      <translation>Die übergeordneten Schlüssel wurden nicht geprüft: für die Ebene {parent_level} ist kein Layer angegeben.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/workspace_layers.py" />
      <source>The project has not been saved yet: save it first, or choose where its results go (a GeoPackage or a PostGIS schema).</source>
      <translation>Das Projekt wurde noch nicht gespeichert: Speichern Sie es zuerst oder wählen Sie, wohin seine Ergebnisse gehen (ein GeoPackage oder ein PostGIS-Schema).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/workspace_layers.py" />
      <source>The project names no workspace: its results go to {0} beside the project file.</source>
      <translation>Das Projekt nennt keinen Arbeitsbereich: seine Ergebnisse kommen nach {0} neben der Projektdatei.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/project_state.py" />
      <source>The project's city profile cannot be used ({0}); Stuttgart's is used instead.</source>
      <translation>Das Stadtprofil des Projekts ist nicht verwendbar ({0}); stattdessen wird das Stuttgarter verwendet.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/project_state.py" />
      <source>The project's district hierarchy cannot be read and is ignored: {0}</source>
      <translation>Die Gebietsgliederung des Projekts ist nicht lesbar und wird ignoriert: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/workspace_layers.py" />
      <source>The project's workspace entry is not valid.</source>
      <translation>Der Eintrag des Arbeitsbereichs im Projekt ist ungültig.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>The renewal layer is empty: every coverage is 0.</source>
      <translation>Der Layer der Stadterneuerungsgebiete ist leer: jede Abdeckung ist 0.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/workspace_record.py" />
      <source>The result could not be read back for the workspace.</source>
      <translation>Das Ergebnis ließ sich für den Arbeitsbereich nicht wieder einlesen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/workspace_layers.py" />
      <source>The result {0} was written but cannot be opened: {1}</source>
      <translation>Das Ergebnis {0} wurde geschrieben, lässt sich aber nicht öffnen: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/weighting_session.py" />
      <source>The scenario asks for a resident threshold of {0:g}; the city's {1:g} applies.</source>
      <translation>Das Szenario verlangt eine Einwohnerschwelle von {0:g}; es gilt die der Stadt: {1:g}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>The scenario file has no scenario {0} (it has: {1}).</source>
      <translation>Die Szenariodatei enthält kein Szenario {0} (sie enthält: {1}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>The scenario file {0} cannot be used: {1}</source>
      <translation>Die Szenariodatei {0} ist nicht verwendbar: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>The scenario to compare is no longer in the project.</source>
      <translation>Das zu vergleichende Szenario ist nicht mehr im Projekt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>The table cannot be read: {0}</source>
      <translation>Die Tabelle kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>The table has no column {0}; it has: {1}</source>
      <translation>Die Tabelle hat keine Spalte {0}; sie hat: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>The table holds no assessment that can be recorded.</source>
      <translation>Die Tabelle enthält keine Einschätzung, die erfasst werden kann.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>The weights are not saved as a scenario. Save them?</source>
      <translation>Die Gewichte sind nicht als Szenario gespeichert. Jetzt speichern?</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>The weights differ from the saved scenario {0}. Save the changes?</source>
      <translation>Die Gewichte weichen vom gespeicherten Szenario {0} ab. Änderungen speichern?</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/base.py" />
      <source>The working CRS {0} must be a valid projected CRS.</source>
      <translation>Das Arbeits-KBS {0} muss ein gültiges projiziertes KBS sein.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/workspace.py" />
      <source>The workspace {0} could not be opened: {1}</source>
      <translation>Der Arbeitsbereich {0} konnte nicht geöffnet werden: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/workspace.py" />
      <source>The workspace {0} could not roll back a failed write: {1}</source>
      <translation>Der Arbeitsbereich {0} konnte einen fehlgeschlagenen Schreibvorgang nicht zurücknehmen: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>The workspace {0} does not exist.</source>
      <translation>Den Arbeitsbereich {0} gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/workspace.py" />
      <source>The workspace {0} is read-only for you: results can be opened and printed, not written ({1}).</source>
      <translation>Der Arbeitsbereich {0} ist für Sie schreibgeschützt: Ergebnisse lassen sich öffnen und drucken, aber nicht schreiben ({1}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/workspace.py" />
      <source>The workspace {0} is read-only for you: results can be opened and printed, not written.</source>
      <translation>Der Arbeitsbereich {0} ist für Sie schreibgeschützt: Ergebnisse lassen sich öffnen und drucken, aber nicht schreiben.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>The year field {0} is empty.</source>
      <translation>Das Jahresfeld {0} ist leer.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/method_param.py" />
      <source>There is no method preset {0}; installed are: {1}. A method JSON of one's own goes into METHOD_FILE.</source>
      <translation>Es gibt keine Methodenvorlage {0}; installiert sind: {1}. Eine eigene Methoden-JSON-Datei gehört in METHOD_FILE.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Toggle indicator maps in workshops (coming soon).</source>
      <translation type="vanished">Indikatorkarten im Workshop umschalten (folgt).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>Topics</source>
      <translation>Themen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Totals to check (e.g. total = part1 + part2; separated by ;)</source>
      <translation>Zu prüfende Summen (z. B. gesamt = teil1 + teil2; getrennt durch ;)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>Totals: {0}</source>
      <translation>Summen: {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>Two layers for the level {0}: {1} and {2}.</source>
      <translation>Zwei Layer für die Ebene {0}: {1} und {2}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>Type profiles</source>
      <translation>Typprofile</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/export.py" />
      <source>UTF-8 with BOM, semicolons, decimal comma: opens in German Excel</source>
      <translation>UTF-8 mit BOM, Semikolon, Dezimalkomma: öffnet in deutschem Excel</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/export.py" />
      <source>UTF-8, commas, decimal point</source>
      <translation>UTF-8, Komma, Dezimalpunkt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_history.py" />
      <source>Undo the last weight change (Ctrl+Z)</source>
      <translation>Letzte Gewichtsänderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Unloading Quartier: {0} failed</source>
      <translation>Entladen von Quartier: {0} ist fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>Update maps</source>
      <translation>Karten aktualisieren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>Urban renewal</source>
      <translation>Stadterneuerung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/bivariate_legend.py" />
      <source>Urban renewal coverage →</source>
      <translation>Abdeckung durch Stadterneuerung →</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/base.py" />
      <source>Urban renewal overlay</source>
      <translation>Abgleich Stadterneuerung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Urban renewal priority areas</source>
      <translation>Stadterneuerungsgebiete</translation>
    </message>
    <message>
      <source>Use</source>
      <translation type="vanished">Nutzen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Validate</source>
      <translation>Prüfen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/validate_hierarchy.py" />
      <source>Validate district hierarchy</source>
      <translation>Gebietsgliederung prüfen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/validate_hierarchy.py" />
      <source>Validation report</source>
      <translation>Prüfbericht</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheets.py" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_tables.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Version, licence and the sources of the method presets.</source>
      <translation>Version, Lizenz und die Quellen der Methodenvorlagen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/need_index.py" />
      <source>Warnings</source>
      <translation>Warnungen</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation type="vanished">Gewicht</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_history.py" />
      <source>Weight change</source>
      <translation>Gewichtsänderung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>Weight in percent; the others keep their proportions</source>
      <translation>Gewicht in Prozent; die übrigen behalten ihr Verhältnis zueinander</translation>
    </message>
    <message>
      <source>Weight the indicators with a live map preview (coming soon).</source>
      <translation type="vanished">Indikatoren mit Live-Kartenvorschau gewichten (folgt).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Weight the indicators with a live map preview; save and compare named scenarios.</source>
      <translation>Indikatoren mit Live-Kartenvorschau gewichten; benannte Szenarien speichern und vergleichen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>Weight: arrow keys 1 %, Page Up / Page Down 5 %</source>
      <translation>Gewicht: Pfeiltasten 1 %, Bild auf / Bild ab 5 %</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>Weights</source>
      <translation>Gewichte</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/widgets.py" />
      <source>Where should Quartier keep this project's results?</source>
      <translation>Wo soll Quartier die Ergebnisse dieses Projekts ablegen?</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>Working CRS</source>
      <translation>Arbeits-KBS</translation>
    </message>
    <message>
      <source>Working CRS (projected; default EPSG:25832)</source>
      <translation type="vanished">Arbeits-KBS (projiziert; Standard EPSG:25832)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/base.py" />
      <source>Working CRS (projected; empty: the city profile's, else the project's, else EPSG:25832)</source>
      <translation>Arbeits-KBS (projiziert; leer: das des Stadtprofils, sonst das des Projekts, sonst EPSG:25832)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Workshop dock</source>
      <translation>Workshop-Fenster</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Workspace GeoPackage (empty: the project's workspace)</source>
      <translation>Arbeitsbereich-GeoPackage (leer: der Arbeitsbereich des Projekts)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/base.py" />
      <source>Workspace GeoPackage (optional: the result also goes there, with a record of this run in quartier_runs)</source>
      <translation>Arbeitsbereich-GeoPackage (optional: das Ergebnis geht auch dorthin, mit einem Eintrag dieses Laufs in quartier_runs)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Workspace GeoPackage with the assessments and decisions (empty: the project's)</source>
      <translation>Arbeitsbereich-GeoPackage mit den Einschätzungen und Entscheidungen (leer: der des Projekts)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Write meeting pack</source>
      <translation>Sitzungsunterlage schreiben</translation>
    </message>
    <message>
      <source>Write the AGSP meeting pack: overview and profile sheets as one PDF, ranking CSV, settings JSON.</source>
      <translation type="vanished">Sitzungsunterlage für die AGSP schreiben: Übersichts- und Steckbriefblätter als ein PDF, Rangfolge als CSV, Einstellungen als JSON.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/plugin.py" />
      <source>Write the meeting pack for the committee: overview and profile sheets as one PDF, ranking CSV, settings JSON.</source>
      <translation>Die Sitzungsunterlage für das Gremium schreiben: Übersichtsblätter und Steckbriefe als ein PDF, Rangfolge als CSV, Einstellungen als JSON.</translation>
    </message>
    <message>
      <source>Writes the AGSP meeting pack into a folder: one PDF (the overview sheet with the need classes, the bivariate sheet if an overlay layer is given, then one profile sheet per selected area, with PDF bookmarks), the ranking of all areas as CSV, the exact settings as JSON (method, weights, sources and vintages, input checksums, plugin version) and a README. The folder is written completely or not at all. Areas under the resident threshold show no values anywhere. SCENARIO is a scenario file exported from the weighting dialog (it overrides METHOD). SELECTION lists the keys of the areas that get a profile sheet (empty: the areas of the highest class).</source>
      <translation type="vanished">Schreibt die Sitzungsunterlage für die AGSP in einen Ordner: ein PDF (das Übersichtsblatt mit den Bedarfsklassen, das bivariate Blatt, wenn ein Überlagerungslayer angegeben ist, dann ein Steckbrief je ausgewähltem Gebiet, mit PDF-Lesezeichen), die Rangfolge aller Gebiete als CSV, die genauen Einstellungen als JSON (Methode, Gewichte, Quellen und Jahrgänge, Prüfsummen der Eingangsdaten, Plugin-Version) und ein LIESMICH. Der Ordner wird vollständig oder gar nicht geschrieben. Gebiete unter der Einwohnerschwelle zeigen nirgends Werte. SCENARIO ist eine aus dem Gewichtungsdialog exportierte Szenariodatei (sie ersetzt METHOD). SELECTION nennt die Schlüssel der Gebiete mit Steckbrief (leer: die Gebiete der höchsten Klasse).</translation>
    </message>
    <message>
      <source>Writes the meeting pack for the city's committee (Stuttgart: the AGSP) into a folder: one PDF (the overview sheet with the need classes, the bivariate sheet if an overlay layer is given, then one profile sheet per selected area, with PDF bookmarks), the ranking of all areas as CSV, the exact settings as JSON (method, weights, sources and vintages, input checksums, plugin version) and a README. The folder is written completely or not at all. Areas under the resident threshold show no values anywhere. SCENARIO is a scenario file exported from the weighting dialog (it overrides METHOD). SELECTION lists the keys of the areas that get a profile sheet (empty: the areas of the highest class). CITY names the city profile (stuttgart, berlin, flensburg or a profile JSON; empty: the project's): its committee, term for the renewal areas, office, attribution and CRS are used on the sheets; an empty METHOD or OFFICE takes the profile's.</source>
      <translation type="vanished">Schreibt die Sitzungsunterlage für das Gremium der Stadt (Stuttgart: die AGSP) in einen Ordner: ein PDF (das Übersichtsblatt mit den Bedarfsklassen, das bivariate Blatt, wenn ein Überlagerungslayer angegeben ist, dann ein Steckbrief je ausgewähltem Gebiet, mit PDF-Lesezeichen), die Rangfolge aller Gebiete als CSV, die genauen Einstellungen als JSON (Methode, Gewichte, Quellen und Jahrgänge, Prüfsummen der Eingaben, Plugin-Version) und ein LIESMICH. Der Ordner wird vollständig oder gar nicht geschrieben. Gebiete unter der Einwohnerschwelle zeigen nirgends Werte. SCENARIO ist eine aus dem Gewichtungsdialog exportierte Szenariodatei (sie ersetzt METHOD). SELECTION listet die Schlüssel der Gebiete, die einen Steckbrief erhalten (leer: die Gebiete der höchsten Klasse). CITY nennt das Stadtprofil (stuttgart, berlin, flensburg oder ein Profil-JSON; leer: das des Projekts): Gremium, Begriff für die Erneuerungsgebiete, herausgebende Stelle, Quellenangabe und KBS werden auf den Blättern verwendet; eine leere METHOD oder OFFICE nimmt die des Profils.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/meeting_pack.py" />
      <source>Writes the meeting pack for the city's committee (Stuttgart: the AGSP) into a folder: one PDF (the overview sheet with the need classes, the bivariate sheet if an overlay layer is given, then one profile sheet per selected area, with PDF bookmarks), the ranking of all areas as CSV, the exact settings as JSON (method, weights, sources and vintages, input checksums, plugin version) and a README. The folder is written completely or not at all. Areas under the resident threshold show no values anywhere. SHEETS chooses the sheets (default: all; the need and renewal sheet needs OVERLAY). SCENARIO is a scenario file exported from the weighting dialog (it overrides METHOD and METHOD_FILE). SELECTION lists the keys of the areas that get a profile sheet (empty: the areas of the highest class). CITY names the city profile (stuttgart, berlin, flensburg or a profile JSON; empty: the project's): its committee, term for the renewal areas, office, attribution and CRS are used on the sheets; an empty OFFICE takes the profile's.</source>
      <translation>Schreibt die Sitzungsunterlage für das Gremium der Stadt (Stuttgart: die AGSP) in einen Ordner: ein PDF (das Übersichtsblatt mit den Bedarfsklassen, das bivariate Blatt, wenn ein Überlagerungslayer angegeben ist, dann ein Steckbrief je ausgewähltem Gebiet, mit PDF-Lesezeichen), die Rangfolge aller Gebiete als CSV, die genauen Einstellungen als JSON (Methode, Gewichte, Quellen und Jahrgänge, Prüfsummen der Eingaben, Plugin-Version) und ein LIESMICH. Der Ordner wird vollständig oder gar nicht geschrieben. Gebiete unter der Einwohnerschwelle zeigen nirgends Werte. SHEETS wählt die Blätter (Vorgabe: alle; das Blatt Bedarf und Stadterneuerung braucht OVERLAY). SCENARIO ist eine aus dem Gewichtungsdialog exportierte Szenariodatei (sie ersetzt METHOD und METHOD_FILE). SELECTION listet die Schlüssel der Gebiete, die einen Steckbrief erhalten (leer: die Gebiete der höchsten Klasse). CITY nennt das Stadtprofil (stuttgart, berlin, flensburg oder ein Profil-JSON; leer: das des Projekts): Gremium, Begriff für die Erneuerungsgebiete, herausgebende Stelle, Quellenangabe und KBS werden auf den Blättern verwendet; ein leeres OFFICE nimmt das des Profils.</translation>
    </message>
    <message>
      <source>Writes the meeting pack for the city's committee (Stuttgart: the AGSP) into a folder: one PDF (the overview sheet with the need classes, the bivariate sheet if an overlay layer is given, then one profile sheet per selected area, with PDF bookmarks), the ranking of all areas as CSV, the exact settings as JSON (method, weights, sources and vintages, input checksums, plugin version) and a README. The folder is written completely or not at all. Areas under the resident threshold show no values anywhere. SHEETS chooses the sheets (default: all; the need and renewal sheet needs OVERLAY). SCENARIO is a scenario file exported from the weighting dialog (it overrides METHOD). SELECTION lists the keys of the areas that get a profile sheet (empty: the areas of the highest class). CITY names the city profile (stuttgart, berlin, flensburg or a profile JSON; empty: the project's): its committee, term for the renewal areas, office, attribution and CRS are used on the sheets; an empty METHOD or OFFICE takes the profile's.</source>
      <translation type="vanished">Schreibt die Sitzungsunterlage für das Gremium der Stadt (Stuttgart: die AGSP) in einen Ordner: ein PDF (das Übersichtsblatt mit den Bedarfsklassen, das bivariate Blatt, wenn ein Überlagerungslayer angegeben ist, dann ein Steckbrief je ausgewähltem Gebiet, mit PDF-Lesezeichen), die Rangfolge aller Gebiete als CSV, die genauen Einstellungen als JSON (Methode, Gewichte, Quellen und Jahrgänge, Prüfsummen der Eingaben, Plugin-Version) und ein LIESMICH. Der Ordner wird vollständig oder gar nicht geschrieben. Gebiete unter der Einwohnerschwelle zeigen nirgends Werte. SHEETS wählt die Blätter (Vorgabe: alle; das Blatt Bedarf und Stadterneuerung braucht OVERLAY). SCENARIO ist eine aus dem Gewichtungsdialog exportierte Szenariodatei (sie ersetzt METHOD). SELECTION listet die Schlüssel der Gebiete, die einen Steckbrief erhalten (leer: die Gebiete der höchsten Klasse). CITY nennt das Stadtprofil (stuttgart, berlin, flensburg oder ein Profil-JSON; leer: das des Projekts): Gremium, Begriff für die Erneuerungsgebiete, herausgebende Stelle, Quellenangabe und KBS werden auf den Blättern verwendet; eine leere METHOD oder OFFICE nimmt die des Profils.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Writes the register of decisions (every decision, the current one of each area marked) and, if asked, the current assessments as CSV tables in German Excel style. Assessments are written without names (roles only) unless WITH_NAMES is set.</source>
      <translation>Schreibt das Register der Entscheidungen (jede Entscheidung, die aktuelle je Gebiet markiert) und auf Wunsch die aktuellen Einschätzungen als CSV-Tabellen im Stil von deutschem Excel. Einschätzungen werden ohne Namen (nur Rollen) geschrieben, außer WITH_NAMES ist gesetzt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>Writes the table an expert fills in without QGIS: one row per area (key, name, and rank and class if the layer has them), with empty columns for role, author, date, judgement, confidence, topics and text. German Excel style (semicolons, UTF-8 with BOM). The filled-in table goes back through “Import expert assessments”.</source>
      <translation>Schreibt die Tabelle, die Fachleute ohne QGIS ausfüllen: eine Zeile je Gebiet (Schlüssel, Name sowie Rang und Klasse, falls der Layer sie hat), mit leeren Spalten für Rolle, Verfasst von, Datum, Einschätzung, Sicherheit, Themen und Text. Im Stil von deutschem Excel (Semikolon, UTF-8 mit BOM). Die ausgefüllte Tabelle kommt über „Einschätzungen der Fachleute importieren“ zurück.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>Writing the meeting pack in the background; the map can be used meanwhile.</source>
      <translation>Die Sitzungsunterlage wird im Hintergrund geschrieben; die Karte kann währenddessen benutzt werden.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/workspace.py" />
      <source>Writing to the workspace {0} failed: {1}</source>
      <translation>Das Schreiben in den Arbeitsbereich {0} ist fehlgeschlagen: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/geopackage.py" />
      <source>Writing {0} ({1} rows)</source>
      <translation>{0} wird geschrieben ({1} Zeilen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/whole_outputs.py" />
      <source>Writing {0} failed: {1}</source>
      <translation>Das Schreiben von {0} ist fehlgeschlagen: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/workspace_record.py" />
      <source>Written to the workspace {0} as {1} (run {2}).</source>
      <translation>In den Arbeitsbereich {0} als {1} geschrieben (Lauf {2}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Year (empty: the method's or the latest)</source>
      <translation>Jahr (leer: das der Methode oder das neueste)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>Year {0}</source>
      <translation>Jahr {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/hierarchy.py" />
      <source>Youth welfare planning area (Planungsraum)</source>
      <translation>Planungsraum (Jugendhilfe)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/hierarchy.py" />
      <source>Youth welfare steering area (Steuerungsbereich)</source>
      <translation>Steuerungsbereich (Jugendhilfe)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/ratings.py" />
      <source>about the city value</source>
      <translation>etwa beim Stadtwert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/ratings.py" />
      <source>above the city value</source>
      <translation>über dem Stadtwert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/selection.py" />
      <source>area selection {0}</source>
      <translation>Gebietsauswahl {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>area-weighted</source>
      <translation>flächengewichtet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/aggregations.py" />
      <source>arithmetic mean</source>
      <translation>arithmetisches Mittel</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>as the method</source>
      <translation>wie die Methode</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>assessments</source>
      <translation>Einschätzungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/ratings.py" />
      <source>below the city value</source>
      <translation>unter dem Stadtwert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>city-wide ratio</source>
      <translation>gesamtstädtischer Anteil</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>counts</source>
      <translation>Zählfelder</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>current settings</source>
      <translation>aktuelle Einstellungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/selection_layers.py" />
      <source>decided, no running project</source>
      <translation>entschieden, kein laufendes Projekt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/need_index.py" />
      <source>declared outlier</source>
      <translation>erklärter Ausreißer</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>detect</source>
      <translation>erkennen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>direction</source>
      <translation>Richtung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/normalisations.py" />
      <source>distance to reference</source>
      <translation>Abstand zum Bezugswert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>e.g. -1; 0; 1; 1.5</source>
      <translation>z. B. -1; 0; 1; 1,5</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>e.g. Geometry: Stadtmessungsamt 2024; statistics: Statistisches Amt 2024</source>
      <translation>z. B. Geometrie: Stadtmessungsamt 2024; Statistik: Statistisches Amt 2024</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>e.g. gering:1; mittel:2; hoch:3; sehr hoch:3 (empty: the presets' mapping)</source>
      <translation>z. B. gering:1; mittel:2; hoch:3; sehr hoch:3 (leer: Zuordnung der Vorlagen)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/weightings.py" />
      <source>equal</source>
      <translation>gleich</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/plausibility_params.py" />
      <source>exclude those cells (treated as missing) and go on</source>
      <translation>diese Zellen ausschließen (als fehlend) und fortfahren</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>extreme value</source>
      <translation>Extremwert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>feature {0}</source>
      <translation>Objekt {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>first line is a header</source>
      <translation>erste Zeile ist Kopfzeile</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>first {0} characters of the key</source>
      <translation>erste {0} Zeichen des Schlüssels</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/classifications.py" />
      <source>fixed bands</source>
      <translation>feste Bänder</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>for discussion (assessments differ)</source>
      <translation>zu besprechen (Einschätzungen weichen ab)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/aggregations.py" />
      <source>geometric mean</source>
      <translation>geometrisches Mittel</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/overlay.py" />
      <source>high need</source>
      <translation>hoher Bedarf</translation>
    </message>
    <message>
      <source>higher</source>
      <translation type="vanished">höheren Werten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/comparison_layer.py" />
      <source>higher need class</source>
      <translation>höhere Bedarfsklasse</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>higher value = more need</source>
      <translation>höherer Wert = mehr Bedarf</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/meeting_pack_dialog.py" />
      <source>key</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>line {0}: {1}</source>
      <translation>Zeile {0}: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/overlay.py" />
      <source>low need</source>
      <translation>geringer Bedarf</translation>
    </message>
    <message>
      <source>lower</source>
      <translation type="vanished">niedrigeren Werten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/comparison_layer.py" />
      <source>lower need class</source>
      <translation>niedrigere Bedarfsklasse</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>lower value = more need</source>
      <translation>niedrigerer Wert = mehr Bedarf</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>manual breaks</source>
      <translation>manuelle Klassengrenzen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>mean of the areas</source>
      <translation>Mittelwert der Gebiete</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/overlay.py" />
      <source>medium need</source>
      <translation>mittlerer Bedarf</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/normalisations.py" />
      <source>min-max</source>
      <translation>Min-Max</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/need_index.py" />
      <source>missing data</source>
      <translation>fehlende Daten</translation>
    </message>
    <message>
      <source>more than</source>
      <translation type="vanished">mehr als</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/overlay.py" />
      <source>mostly covered</source>
      <translation>überwiegend abgedeckt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>mostly from</source>
      <translation>überwiegend ab</translation>
    </message>
    <message>
      <source>name</source>
      <translation type="vanished">Name</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>natural breaks (Jenks)</source>
      <translation>natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/bivariate.py" />
      <source>need and renewal {0}</source>
      <translation>Bedarf und Stadterneuerung {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>negative count</source>
      <translation>negativer Zählwert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>no assessments</source>
      <translation>keine Einschätzungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>no data</source>
      <translation>keine Daten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>no header line</source>
      <translation>keine Kopfzeile</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/selection_layers.py" />
      <source>no need for discussion</source>
      <translation>kein Gesprächsbedarf</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/overlay.py" />
      <source>no renewal area</source>
      <translation>kein Stadterneuerungsgebiet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>no-data code</source>
      <translation>Code für fehlende Werte</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/overlay_dialog.py" />
      <source>none below</source>
      <translation>keine unter</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>not a finite number</source>
      <translation>keine endliche Zahl</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>not a number</source>
      <translation>keine Zahl</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/bivariate_legend.py" />
      <source>not scored</source>
      <translation>nicht bewertet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>not used</source>
      <translation>nicht verwendet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>of</source>
      <translation>von</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>of the area</source>
      <translation>der Fläche</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>of the draws</source>
      <translation>der zufällig veränderten Gewichtungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>of the residents</source>
      <translation>der Einwohner</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>overall group</source>
      <translation>Gesamtgruppe</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/overview.py" />
      <source>overview {0}</source>
      <translation>Übersicht {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/weightings.py" />
      <source>pairwise comparison (AHP)</source>
      <translation>Paarvergleich (AHP)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>part larger than its total</source>
      <translation>Teil größer als seine Summe</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/overlay.py" />
      <source>partly covered</source>
      <translation>teilweise abgedeckt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/normalisations.py" />
      <source>percentile rank</source>
      <translation>Perzentilrang</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>population-weighted ({0}.{1})</source>
      <translation>einwohnergewichtet ({0}.{1})</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/indicator_block.py" />
      <source>population-weighted mean</source>
      <translation>einwohnergewichteter Mittelwert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/sheet_kinds/profiles.py" />
      <source>profiles</source>
      <translation>Steckbriefe</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>quantiles</source>
      <translation>Quantile</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <source>ranks</source>
      <translation type="vanished">Ränge</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/ratings.py" />
      <source>relative deviation from the city value</source>
      <translation>relative Abweichung vom gesamtstädtischen Wert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/renewal_overlay.py" />
      <source>residents</source>
      <translation>Einwohner</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/selection.py" />
      <source>running project area (hatched)</source>
      <translation>laufendes Projektgebiet (schraffiert)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/comparison_layer.py" />
      <source>same class, moved more than {0} ranks</source>
      <translation>gleiche Klasse, mehr als {0} Ränge verschoben</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>selected in</source>
      <translation>ausgewählt in</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/charts.py" />
      <source>selection: top {0}</source>
      <translation>Auswahl: die ersten {0}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/weightings.py" />
      <source>set directly</source>
      <translation>direkt festgelegt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>share outside 0–100</source>
      <translation>Anteil außerhalb 0–100</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/workspace_spec.py" />
      <source>somebody</source>
      <translation>jemandem</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/ratings.py" />
      <source>standard deviations from the city value</source>
      <translation>Standardabweichungen vom gesamtstädtischen Wert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/expressions.py" />
      <source>status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/plausibility_params.py" />
      <source>stop with an error that lists them</source>
      <translation>mit einem Fehler anhalten, der sie auflistet</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>tab</source>
      <translation>Tabulator</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/comparison_layer.py" />
      <source>unchanged</source>
      <translation>unverändert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/need_index.py" />
      <source>under the resident threshold</source>
      <translation>unter der Einwohnerschwelle</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/texts.py" />
      <source>unsaved settings</source>
      <translation>nicht gespeicherte Einstellungen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/texts.py" />
      <source>weighted arithmetic mean</source>
      <translation>gewichtetes arithmetisches Mittel</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/texts.py" />
      <source>weighted geometric mean</source>
      <translation>gewichtetes geometrisches Mittel</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/ratings.py" />
      <source>well above the city value</source>
      <translation>deutlich über dem Stadtwert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/ratings.py" />
      <source>well below the city value</source>
      <translation>deutlich unter dem Stadtwert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>with a header line</source>
      <translation>mit Kopfzeile</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/need_index.py" />
      <source>withheld so that a small neighbouring area cannot be derived</source>
      <translation>zurückgehalten, damit sich ein kleines Nachbargebiet nicht errechnen lässt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/normalisations.py" />
      <source>z-score</source>
      <translation>z-Wert</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/scenario_layers.py" />
      <source>{0} (copy)</source>
      <translation>{0} (Kopie)</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>{0} areas declared outliers by the field {1} (containing “{2}”).</source>
      <translation>{0} Gebiete durch das Feld {1} als Ausreißer erklärt (enthält „{2}“).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>{0} areas have no row in the statistics table: {1}</source>
      <translation>{0} Gebiete haben keine Zeile in der Statistiktabelle: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>{0} assessments recorded, {1} rows not recorded.</source>
      <translation>{0} Einschätzungen erfasst, {1} Zeilen nicht erfasst.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>{0} child keys have no parent and were left out: {1}</source>
      <translation>{0} Untereinheiten ohne Obereinheit wurden ausgelassen: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/tasks.py" />
      <source>{0} could not start.</source>
      <translation>{0} konnte nicht starten.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>{0} decisions and {1} assessments exported.</source>
      <translation>{0} Entscheidungen und {1} Einschätzungen exportiert.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>{0} draws, top {1} areas selected.</source>
      <translation>{0} Ziehungen, die ersten {1} Gebiete ausgewählt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>{0} duplicate child rows were left out: {1}</source>
      <translation>{0} doppelte Zeilen wurden ausgelassen: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/hierarchy_dialog.py" />
      <source>{0} errors, {1} warnings.</source>
      <translation>{0} Fehler, {1} Warnungen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/request.py" />
      <source>{0} exists and is not a folder.</source>
      <translation>{0} existiert und ist kein Ordner.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/tasks.py" />
      <source>{0} failed</source>
      <translation>{0} ist fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/tasks.py" />
      <source>{0} failed; the log tab Processing says why.</source>
      <translation>{0} ist fehlgeschlagen; der Grund steht im Protokoll-Reiter „Processing“.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/plausibility_params.py" />
      <source>{0} implausible cells were excluded: they are treated as missing.</source>
      <translation>{0} unplausible Zellen wurden ausgeschlossen: sie gelten als fehlend.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/plausibility_params.py" />
      <source>{0} implausible values in the input; nothing was computed. Correct them, declare no-data codes, or choose to exclude them (parameter IMPLAUSIBLE):
{1}{2}</source>
      <translation>{0} unplausible Werte in der Eingabe; es wurde nichts berechnet. Korrigieren Sie sie, erklären Sie Codes für fehlende Werte oder lassen Sie sie ausschließen (Parameter IMPLAUSIBLE):
{1}{2}</translation>
    </message>
    <message>
      <source>{0} invalid renewal geometries were repaired (on a copy).</source>
      <translation type="vanished">{0} ungültige Geometrien der Stadterneuerungsgebiete wurden repariert (auf einer Kopie).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>{0} is a level of Stuttgart; the city profile {1} has the levels {2}: give its layers as LAYERS.</source>
      <translation>{0} ist eine Ebene Stuttgarts; das Stadtprofil {1} hat die Ebenen {2}: geben Sie seine Layer als LAYERS an.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>{0} of {1}</source>
      <translation>{0} von {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>{0} of {1} areas could not be written to the output. {2}</source>
      <translation>{0} von {1} Gebieten konnten nicht in die Ausgabe geschrieben werden. {2}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/need_index.py" />
      <source>{0} of {1} areas scored.</source>
      <translation>{0} von {1} Gebieten bewertet.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/selection.py" />
      <source>{0} of {1} rows cannot be recorded, so nothing was recorded: {2}</source>
      <translation>{0} von {1} Zeilen können nicht erfasst werden, daher wurde nichts erfasst: {2}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>{0} parent rows written.</source>
      <translation>{0} Zeilen der Obereinheiten geschrieben.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>{0} parents under {1:g} residents show no counts (their totals would give a small area away): {2}</source>
      <translation>{0} Obereinheiten unter {1:g} Einwohnern zeigen keine Zählwerte (ihre Summen würden ein kleines Gebiet verraten): {2}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/selection_dock.py" />
      <source>{0} rows cannot be recorded:
{1}

Record the readable rows anyway?</source>
      <translation>{0} Zeilen können nicht erfasst werden:
{1}

Die lesbaren Zeilen trotzdem erfassen?</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>{0} rows of the statistics table match no area: {1}</source>
      <translation>{0} Zeilen der Statistiktabelle passen zu keinem Gebiet: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/aggregate_counts.py" />
      <source>{0} rows without a key were left out (feature ids: {1}).</source>
      <translation>{0} Zeilen ohne Schlüssel wurden ausgelassen (Objekt-IDs: {1}).</translation>
    </message>
    <message>
      <source>{0} rows without a key were left out.</source>
      <translation type="vanished">{0} Zeilen ohne Schlüssel wurden ausgelassen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>{0} source units have no residents in the population layer and were split by area: {1}</source>
      <translation>{0} Quelleinheiten haben im Bevölkerungslayer keine Einwohner und wurden nach Fläche aufgeteilt: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>{0} source units touch no target unit; their counts are not moved: {1}</source>
      <translation>{0} Quelleinheiten berühren keine Zieleinheit; ihre Werte werden nicht übertragen: {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/robustness.py" />
      <source>{0} types with {1} areas.</source>
      <translation>{0} Typen mit {1} Gebieten.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/whole_outputs.py" />
      <source>{0} was not written (folder {1}).</source>
      <translation>{0} wurde nicht geschrieben (Ordner {1}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/storage/workspace_spec.py" />
      <source>{0} was written by {1} at {2} (run {3}) since you loaded it. Nothing was overwritten: reload the result, or write it under another name.</source>
      <translation>{0} wurde seit Ihrem Laden von {1} am {2} neu geschrieben (Lauf {3}). Nichts wurde überschrieben: Laden Sie das Ergebnis neu oder schreiben Sie es unter einem anderen Namen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/map_themes.py" />
      <source>{0} · Indicator · {1}</source>
      <translation>{0} · Indikator · {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/map_themes.py" />
      <source>{0} · Scenario · {1}</source>
      <translation>{0} · Szenario · {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/texts.py" />
      <source>{0} · settings {1}</source>
      <translation>{0} · Einstellungen {1}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_scenarios.py" />
      <source>{0} → {1}: {2} areas in a higher class, {3} in a lower class, {4} moved more than {5} ranks, {6} unchanged.</source>
      <translation>{0} → {1}: {2} Gebiete in höherer Klasse, {3} in niedrigerer Klasse, {4} mehr als {5} Ränge verschoben, {6} unverändert.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>{0}, field {1}: {2!r} is not a number; it is read as missing.</source>
      <translation>{0}, Feld {1}: {2!r} ist keine Zahl; der Wert gilt als fehlend.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>{0}: class</source>
      <translation>{0}: Klasse</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/hierarchy_params.py" />
      <source>{0}: layer {1}, key {2}, name {3}, parent {4} ({5})</source>
      <translation>{0}: Layer {1}, Schlüssel {2}, Name {3}, Obereinheit {4} ({5})</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/indicator_inputs.py" />
      <source>{0}: option {1} does not exist.</source>
      <translation>{0}: Die Option {1} gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layouts/pack/compute.py" />
      <source>{0}: rating</source>
      <translation>{0}: Bewertung</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/tasks.py" />
      <source>{0}: the result could not be shown.</source>
      <translation>{0}: Das Ergebnis konnte nicht angezeigt werden.</translation>
    </message>
    <message>
      <source>{0}: {1:,.2f} in, {2:,.2f} out</source>
      <translation type="vanished">{0}: {1:,.2f} hinein, {2:,.2f} heraus</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>{0}: {1} features have an invalid geometry; a repaired copy (makeValid) is used, the layer is unchanged: {2}</source>
      <translation>{0}: {1} Objekte haben eine ungültige Geometrie; eine reparierte Kopie (makeValid) wird verwendet, der Layer bleibt unverändert: {2}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/layers/area_data_reader.py" />
      <source>{0}: {1} features have no geometry and are left out: {2}</source>
      <translation>{0}: {1} Objekte haben keine Geometrie und werden ausgelassen: {2}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/crosswalk.py" />
      <source>{0}: {1} in, {2} out</source>
      <translation>{0}: {1} hinein, {2} heraus</translation>
    </message>
    <message>
      <source>{0}: {1} is {2:g}, but its parts sum to {3:g}.</source>
      <translation type="vanished">{0}: {1} ist {2:g}, aber die Summe der Teile ist {3:g}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>{0}: {1} is {2}, but its parts sum to {3}.</source>
      <translation>{0}: {1} ist {2}, aber die Summe der Teile ist {3}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/weighting_dock.py" />
      <source>{0}: {1} of {2} areas scored; computed and drawn in {3} ms.</source>
      <translation>{0}: {1} von {2} Gebieten bewertet; berechnet und gezeichnet in {3} ms.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/need_index.py" />
      <source>{a} and {b} are highly correlated (r = {r}): the index may count the same thing twice.</source>
      <translation>{a} und {b} sind stark korreliert (r = {r}): der Index zählt womöglich dasselbe doppelt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/need_index.py" />
      <source>{count} areas under {threshold} residents or listed as outliers are not scored and not shown.</source>
      <translation>{count} Gebiete unter {threshold} Einwohnern oder als Ausreißer gelistet werden nicht bewertet und nicht gezeigt.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/need_index.py" />
      <source>{count} further areas are withheld so that the small ones cannot be derived from the totals: {keys}.</source>
      <translation>{count} weitere Gebiete werden zurückgehalten, damit sich die kleinen nicht aus den Summen errechnen lassen: {keys}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/need_index.py" />
      <source>{count} implausible cells were excluded as missing: {cells}.</source>
      <translation>{count} unplausible Zellen wurden als fehlend ausgeschlossen: {cells}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/need_index.py" />
      <source>{indicator}: {share} % of the areas have no value; they are not scored.</source>
      <translation>{indicator}: {share} % der Gebiete haben keinen Wert; sie werden nicht bewertet.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>{key}, {column}: the count {value} is negative.</source>
      <translation>{key}, {column}: der Zählwert {value} ist negativ.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>{key}, {column}: the part {value} is larger than its total {total_column} = {total}.</source>
      <translation>{key}, {column}: der Teil {value} ist größer als seine Summe {total_column} = {total}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>{key}, {column}: the share {value} % lies outside 0–100.</source>
      <translation>{key}, {column}: der Anteil {value} % liegt außerhalb 0–100.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>{key}, {column}: {value} is extreme (robust z = {z} above the limit {limit}; median {median}).</source>
      <translation>{key}, {column}: {value} ist extrem (robuster z-Wert = {z} über der Grenze {limit}; Median {median}).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>{key}, {column}: {value} is not a finite number (e.g. 1e999 is read as infinity).</source>
      <translation>{key}, {column}: {value} ist keine endliche Zahl (z. B. wird 1e999 als unendlich gelesen).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>{key}, {column}: {value} is not a number.</source>
      <translation>{key}, {column}: {value} ist keine Zahl.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/plausibility.py" />
      <source>{key}, {column}: {value} looks like a no-data code left in the data (declare it as a no-data code if it is one).</source>
      <translation>{key}, {column}: {value} sieht nach einem in den Daten verbliebenen Code für fehlende Werte aus (erklären Sie ihn als solchen, wenn er einer ist).</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/findings.py" />
      <source>{share} % of its area lies outside its parent {parent}.</source>
      <translation>{share} % der Fläche liegen außerhalb der Obereinheit {parent}.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/decisions.py" />
      <source>{where}: area {area_key} is {status} but has no start date</source>
      <translation>{where}: Gebiet {area_key} ist „{status}“, hat aber kein Beginndatum</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/decisions.py" />
      <source>{where}: area {area_key} is {status} without a reason in words</source>
      <translation>{where}: Gebiet {area_key} ist „{status}“ ohne Begründung in Worten</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/decisions.py" />
      <source>{where}: area {area_key} runs {duration} years; projects usually run {low} to {high} years</source>
      <translation>{where}: Gebiet {area_key} läuft {duration} Jahre; Projekte laufen meist {low} bis {high} Jahre</translation>
    </message>
    <message>
      <source>{where}: area {area_key} runs {years} years; projects usually run {low} to {high} years</source>
      <translation type="vanished">{where}: Gebiet {area_key} läuft {years} Jahre; Projekte laufen meist {low} bis {high} Jahre</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/decisions.py" />
      <source>{where}: the area key is missing</source>
      <translation>{where}: der Gebietsschlüssel fehlt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/decisions.py" />
      <source>{where}: the planned end {end} is not after the start {start}</source>
      <translation>{where}: das geplante Ende {end} liegt nicht nach dem Beginn {start}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/decisions.py" />
      <source>{where}: the selection round is missing</source>
      <translation>{where}: die Auswahlrunde fehlt</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/core/decisions.py" />
      <source>{where}: {status} is not a status; use one of {statuses}</source>
      <translation>{where}: {status} ist kein Status; möglich sind {statuses}</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/import_statistics.py" />
      <source>… and {0} more cells that are not numbers.</source>
      <translation>… und {0} weitere Zellen, die keine Zahl sind.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/processing/plausibility_params.py" />
      <source>… and {0} more implausible cells.</source>
      <translation>… und {0} weitere unplausible Zellen.</translation>
    </message>
    <message>
      <location filename="../quartier_plugin/gui/workshop_dock.py" />
      <source>◀ Previous</source>
      <translation>◀ Zurück</translation>
    </message>
  </context>
</TS>