"""The built-in sheet kinds, registered in ``SHEETS`` in the order the pack prints them.

A new kind is one module here with one class (``@SHEETS.register``) and its import below; a city or a
test may also register one from anywhere (``with SHEETS.added(MySheet):``).
"""

from ..sheet_registry import SHEETS, Sheet, SheetContext

# isort: off
# the order of these imports is the order of the sheets in the pack
from . import overview  # noqa: F401
from . import bivariate  # noqa: F401
from . import selection  # noqa: F401
from . import profiles  # noqa: F401
# isort: on

__all__ = ["SHEETS", "Sheet", "SheetContext"]
