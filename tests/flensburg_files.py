"""The real Flensburg files in ../shared/data/flensburg (names as published; see its README.md)."""

import os

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLENSBURG = os.path.join(REPO, "..", "shared", "data", "flensburg")
TAB_1 = "tab_1_einwohner_in_stadtteilen_2011_bis_2021.csv"
TAB_4 = "tab_4_altenquotient_2011_bis_2021.csv"
TAB_5 = "tab_5_einwohner_in_stadtteilen_2021_nach_altersgruppen.csv"
TAB_6 = "tab_6_kinder_und_jugd_bis_18.csv"
TAB_8 = "tab_8_alter_ab_65.csv"
TAB_9 = "tab_9_anteil_migrationshintergrund.csv"
TAB_11 = "tab_11_sozialversicherungspflichtig_beschaeftigte.csv"
TAB_18 = "tab18_Anzahl_der_Regelleistungsberechtigten_nach_SGBII - Tabellenblatt1.csv"
TAB_20 = "tab_20_nichterwerbsfähige_Leistungsberechtigte_in_BG_nach_SGBII - Tabellenblatt1.csv"
