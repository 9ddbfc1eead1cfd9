"""Server-side SVG chart: net income and each benefit against hours worked a week.

Plain SVG (no script, no external files) so it shows without JavaScript, prints, and goes into
the PDF unchanged. Lines differ by colour *and* dash pattern (readable in grey print and for
colour-blind readers); the client's scenarios are marked on the net-income line; the picked
scenario's change against not working is drawn and labelled.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape
from itertools import pairwise

from markupsafe import Markup

# colour, dash pattern; contrast >= 3:1 against white (WCAG 1.4.11)
NET_STYLE = ("#12355b", "")
PALETTE: tuple[tuple[str, str], ...] = (
    ("#b34700", "8 4"),
    ("#2e6b30", "2 4"),
    ("#6a1b9a", "12 4 2 4"),
    ("#a0182a", "4 4"),
    ("#00606b", "10 3 3 3 3 3"),
    ("#5d4037", "1 3"),
    ("#37474f", "14 6"),
    ("#8a4b00", "3 2 3 6"),
    ("#1b5e20", "16 3 2 3"),
    ("#4a148c", "2 2"),
)
UNCERTAIN_STYLE = ("#c4c4c4", "6 3")  # light grey, dashed: readable in grey print
# A white outline under a label keeps it legible over the lines. Drawn as a copy of the text
# beneath it (not paint-order, which WeasyPrint ignores and so painted the labels white in the PDF).
HALO_UNDER = ' stroke="#ffffff" stroke-width="5" stroke-linejoin="round" fill="#ffffff" aria-hidden="true"'


def _haloed(attrs: str, content: str) -> str:
    """A label with its white outline drawn first (`attrs`: the text's own attributes)."""
    under = re.sub(r'fill="[^"]*"', "", attrs)
    return f"<text {under}{HALO_UNDER}>{content}</text><text {attrs}>{content}</text>"


@dataclass
class ChartPoint:
    hours: Decimal
    net: Decimal
    benefits: dict[str, Decimal] = field(default_factory=dict)
    uncertain: bool = False  # the net includes an amount kept from a decision letter against the rules


@dataclass
class Mark:
    hours: Decimal
    net: Decimal
    label: str
    picked: bool = False
    uncertain: bool = False


@dataclass
class ChartText:
    title: str
    desc: str
    x_axis: str
    y_axis: str
    net: str
    baseline: str  # e.g. "Without work: 15 600 kr"
    delta: str  # e.g. "+2 300 kr against not working"
    benefit_names: dict[str, str]
    uncertain: str = ""  # legend entry for the band under an uncertain net income


def _nice_step(span: float, target: int) -> float:
    raw = span / max(target, 1)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def render(
    points: Sequence[ChartPoint],
    marks: Sequence[Mark],
    base_net: Decimal,
    full_time_hours: Decimal,
    text: ChartText,
    fmt_money: Callable[[Decimal], str],
    fmt_hours: Callable[[Decimal], str],
    font: int = 13,
    plot_h: int = 320,
    x_title: bool = True,
) -> Markup:
    """The chart as inline SVG markup. `font`: the text size in the chart's own units (13 on the
    page; larger for paper, where the chart is printed smaller: the layout grows with it).
    `x_title`: False leaves out the hour axis's title (on paper the heading above says it and the
    ticks carry the unit): one line less."""
    if not points:
        return Markup("")
    series_ids = [bid for bid in points[0].benefits]
    for p in points:
        for bid in p.benefits:
            if bid not in series_ids:
                series_ids.append(bid)
    k = font / 13  # text-driven offsets grow with the text
    width, left, right, top = 820, round(92 * k), 24, round(24 * k)
    show_uncertain = bool(text.uncertain) and any(p.uncertain for p in points)
    legend_rows = math.ceil((len(series_ids) + 1 + show_uncertain) / 2)
    row_h = round(max(24, font * 1.45))
    below = round((64 if x_title else 40) * k)  # the hour ticks and the axis title, under the plot
    plot_w = width - left - right
    # the axis runs to full time, or further when a scenario works beyond it (its mark is drawn
    # there; the curve, the hours ladder, ends at full time)
    x_max = max([float(full_time_hours), *(float(mk.hours) for mk in marks)]) or 1.0

    def X(h: Decimal | float) -> float:
        return left + float(h) / x_max * plot_w

    # The change against not working goes beside the picked scenario's bracket, on the side where it
    # fits (a rough width); in large print (the plot is low, the text large), or if neither side has
    # room, it heads the legend below the plot instead, in a row of its own.
    wide = len(text.delta) * font * 0.55
    picked_x = next((X(mk.hours) for mk in marks if mk.picked), None)
    delta_side = None
    if picked_x is not None and k == 1:
        if picked_x + 10 + wide <= left + plot_w:
            delta_side = "start"
        elif picked_x - 10 - wide >= left:
            delta_side = "end"
    delta_in_legend = picked_x is not None and delta_side is None
    height = top + plot_h + below + (legend_rows + delta_in_legend) * row_h + 8

    max_y = float(
        max(
            [p.net for p in points]
            + [mk.net for mk in marks]
            + [v for p in points for v in p.benefits.values()]
            + [Decimal(1)]
        )
    )
    # as many steps as the plot's height leaves room for one line of text each (3 when printed)
    y_step = _nice_step(max_y, max(2, min(6, int(plot_h / (font * 1.8)))))
    y_max = math.ceil(max_y / y_step) * y_step
    x_step = _nice_step(x_max, 8)

    def Y(v: Decimal | float) -> float:
        return top + plot_h - float(v) / y_max * plot_h

    e = escape
    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="chart-title chart-desc" '
        f'font-family="Liberation Sans, Arial, DejaVu Sans, sans-serif" font-size="{font}">',
        f'<title id="chart-title">{e(text.title)}</title>',
        f'<desc id="chart-desc">{e(text.desc)}</desc>',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#ffffff" stroke="#555555"/>',
    ]
    # grid and y ticks
    v = 0.0
    while v <= y_max + 1e-9:
        y = Y(v)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#dddddd"/>')
        out.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#222222">'
            f"{e(fmt_money(Decimal(str(round(v, 2)))))}</text>"
        )
        v += y_step
    h = 0.0
    while h <= x_max + 1e-9:
        x = X(h)
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="#eeeeee"/>')
        out.append(
            f'<text x="{x:.1f}" y="{top + plot_h + round(18 * k)}" text-anchor="middle" fill="#222222">'
            f"{e(fmt_hours(Decimal(str(round(h, 2)))))}</text>"
        )
        h += x_step
    if x_title:
        out.append(
            f'<text x="{left + plot_w / 2:.1f}" y="{top + plot_h + round(42 * k)}" text-anchor="middle" '
            f'font-weight="bold" fill="#111111">{e(text.x_axis)}</text>'
        )
    out.append(
        f'<text x="{round(16 * k)}" y="{top + plot_h / 2:.1f}" text-anchor="middle" font-weight="bold" '
        f'fill="#111111" transform="rotate(-90 {round(16 * k)} {top + plot_h / 2:.1f})">'
        f"{e(text.y_axis)}</text>"
    )
    # baseline (net income without work)
    yb = Y(base_net)
    out.append(
        f'<line x1="{left}" y1="{yb:.1f}" x2="{left + plot_w}" y2="{yb:.1f}" stroke="#444444" '
        f'stroke-dasharray="3 3"/>'
    )
    out.append(
        _haloed(
            f'x="{left + plot_w - 6}" y="{yb + 16 * k:.1f}" text-anchor="end" fill="#333333"',
            e(text.baseline),
        )
    )

    def path(values: Sequence[tuple[Decimal, Decimal]]) -> str:
        return " ".join(
            f"{'M' if i == 0 else 'L'}{X(hh):.1f},{Y(vv):.1f}" for i, (hh, vv) in enumerate(values)
        )

    # Where the net income includes an uncertain amount: a wide grey band under the net line.
    for a, b in pairwise(points):
        if a.uncertain and b.uncertain:
            out.append(
                f'<path d="{path([(a.hours, a.net), (b.hours, b.net)])}" fill="none" '
                f'stroke="{UNCERTAIN_STYLE[0]}" stroke-width="12" stroke-dasharray="{UNCERTAIN_STYLE[1]}"/>'
            )
    for i, bid in enumerate(series_ids):
        colour, dash = PALETTE[i % len(PALETTE)]
        d = path([(p.hours, p.benefits.get(bid, Decimal(0))) for p in points])
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="2"{dash_attr}/>')
    out.append(
        f'<path d="{path([(p.hours, p.net) for p in points])}" fill="none" stroke="{NET_STYLE[0]}" '
        f'stroke-width="3.5"/>'
    )
    # the client's scenarios on the net line; the picked one with its change against not working.
    # Dots first, then every label on top with a white halo so that no line hides it.
    labels: list[str] = []
    for mk in marks:
        x, y = X(mk.hours), Y(mk.net)
        if mk.picked:
            out.append(
                f'<line x1="{x:.1f}" y1="{yb:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#000000" '
                'stroke-width="2"/>'
            )
            out.append(
                f'<line x1="{x - 6:.1f}" y1="{yb:.1f}" x2="{x + 6:.1f}" y2="{yb:.1f}" stroke="#000000"/>'
            )
            if delta_side is not None:
                anchor = delta_side
                dx = -10 if anchor == "end" else 10
                dy = 16 if y < yb else -8  # below the bracket's top when income rises, above if it falls
                labels.append(
                    _haloed(
                        f'x="{x + dx:.1f}" y="{y + dy * k:.1f}" text-anchor="{anchor}" font-weight="bold" '
                        'fill="#000000"',
                        e(text.delta),
                    )
                )
        r = 7 if mk.picked else 5
        fill = NET_STYLE[0] if mk.picked else "#ffffff"
        out.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{fill}" stroke="{NET_STYLE[0]}" '
            'stroke-width="2"/>'
        )
        anchor = "start" if x < left + 15 else "end" if x > left + plot_w - 15 else "middle"
        labels.append(
            _haloed(
                f'x="{x:.1f}" y="{y - 11 * k:.1f}" text-anchor="{anchor}" fill="#111111" '
                f'font-size="{font - 1}"',
                f"{e(mk.label)}{' ?' if mk.uncertain else ''}",
            )
        )
    out.extend(labels)
    # legend
    ly = top + plot_h + below
    if delta_in_legend:
        out.append(
            f'<line x1="{left + 20}" y1="{ly - 10 * k:.1f}" x2="{left + 20}" y2="{ly + 10 * k:.1f}" '
            'stroke="#000000" stroke-width="2"/>'
        )
        out.append(
            f'<text x="{left + 48}" y="{ly + 4 * k:.1f}" font-weight="bold" fill="#000000">'
            f"{e(text.delta)}</text>"
        )
        ly += row_h
    entries = [
        (text.net, NET_STYLE, 3.5),
        *[(text.benefit_names.get(b, b), PALETTE[i % len(PALETTE)], 2.0) for i, b in enumerate(series_ids)],
    ]
    if show_uncertain:
        entries.append((text.uncertain, UNCERTAIN_STYLE, 12.0))
    for i, (label, (colour, dash), w) in enumerate(entries):
        col, row = i % 2, i // 2
        lx = left + col * (plot_w / 2)
        yy = ly + row * row_h
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(
            f'<line x1="{lx:.1f}" y1="{yy:.1f}" x2="{lx + 40:.1f}" y2="{yy:.1f}" stroke="{colour}" '
            f'stroke-width="{w}"{dash_attr}/>'
        )
        out.append(f'<text x="{lx + 48:.1f}" y="{yy + 4 * k:.1f}" fill="#111111">{e(label)}</text>')
    out.append("</svg>")
    return Markup("".join(out))
