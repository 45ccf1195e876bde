"""How wide each column of a list's table is, so the important ones fit the view.

Qt-free arithmetic. Text columns are flexible: they share the room that is left, or give
room back down to a minimum when the view is narrow. Flag columns (a tick box, like
"Signs") are fixed and narrow: they are never pushed out of sight by a wide e-mail.
"""

from __future__ import annotations

from collections.abc import Sequence


def fit_widths(preferred: Sequence[float], minimum: Sequence[float],
               flexible: Sequence[bool], available: float,
               growing: Sequence[bool] | None = None) -> list[int]:
    """Column widths for a view ``available`` wide.

    With room to spare, the ``growing`` columns (default: the flexible ones) grow in
    proportion to their preferred width.
    Short of room, flexible columns shrink in proportion to what they can give up
    (preferred − minimum); fixed columns keep their width. The result fills
    ``available`` exactly unless even the minimums do not fit.
    """
    widths = [float(p) for p in preferred]
    spare = available - sum(widths)
    grow = [i for i, f in enumerate(flexible) if f]
    if not grow:
        return [round(w) for w in widths]
    if spare >= 0:
        wider = [i for i in grow if growing is None or growing[i]] or grow
        weight = sum(widths[i] for i in wider) or len(wider)
        for i in wider:
            widths[i] += spare * (widths[i] or 1) / weight
    else:
        give = {i: max(widths[i] - minimum[i], 0.0) for i in grow}
        total_give = sum(give.values())
        share = min(-spare / total_give, 1.0) if total_give else 0.0
        for i in grow:
            widths[i] -= give[i] * share
    result = [int(w) for w in widths]
    # whole pixels: hand the rounding remainder to the first flexible column
    if spare >= 0 or sum(result) < available:
        result[grow[-1]] += max(int(available) - sum(result), 0)
    return result
