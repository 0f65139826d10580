"""Every settings key, project entry and fixed name of the plugin, in one place."""

PLUGIN_ID = "quartier"
PROVIDER_ID = "quartier"
PROVIDER_NAME = "Quartier"

# Project entries (QgsProject.writeEntry scope)
PROJECT_SCOPE = "quartier"

# Layer-tree groups (German, the users' language; they are data, not UI text)
GROUP_HIERARCHY = "Gebietsgliederung"
GROUP_RENEWAL = "Stadterneuerung"
GROUP_POPULATION = "Bevölkerung"
GROUP_NEED = "Handlungsbedarf"

DEFAULT_OFFICE = "Amt für Stadtplanung und Wohnen, Abt. Stadtentwicklung"
DEMO_SOURCE_NOTE = (
    "Daten: Demostadt, synthetische Beispieldaten des Quartier-Plugins (keine realen Personen oder Orte)."
)
