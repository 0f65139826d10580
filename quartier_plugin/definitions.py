"""Every settings key, project entry and fixed name of the plugin, in one place."""

PLUGIN_ID = "quartier"
PROVIDER_ID = "quartier"
PROVIDER_NAME = "Quartier"

# Project entries (QgsProject.writeEntry scope)
PROJECT_SCOPE = "quartier"

# Custom properties of the layers the plugin makes: their role, and which roles are helpers
LAYER_ROLE = "quartier/role"
ROLE_PREVIEW = "preview"
ROLE_PACK = "pack"
HELPER_ROLES = (ROLE_PREVIEW, ROLE_PACK)

# Layer-tree groups (German, the users' language; they are data, not UI text)
GROUP_HIERARCHY = "Gebietsgliederung"
GROUP_RENEWAL = "Stadterneuerung"
GROUP_POPULATION = "Bevölkerung"
GROUP_NEED = "Handlungsbedarf"

DEFAULT_OFFICE = "Amt für Stadtplanung und Wohnen, Abt. Stadtentwicklung"
DEMO_SOURCE_NOTE = (
    "Daten: Demostadt, synthetische Beispieldaten des Quartier-Plugins (keine realen Personen oder Orte)."
)
