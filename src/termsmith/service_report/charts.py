"""The report's charts, drawn with matplotlib: SVG for HTML and PDF, PNG for DOCX.

Byte-stable: a fixed SVG hash salt, no creation date, no software stamp. Text stays text
in the SVG (searchable, set in the theme's Noto faces).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from termsmith.service_report.measure import MonthReport

_FONTS = {"zh-Hans": "Noto Sans CJK SC", "zh-Hant": "Noto Sans CJK TC", "en": "Noto Sans CJK SC"}


@dataclass(frozen=True, slots=True)
class Chart:
    svg: str
    png: bytes
    width_mm: float


def _pyplot(lang: str) -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.hashsalt": "termsmith",
            "svg.fonttype": "none",
            "font.family": ["Noto Sans", _FONTS[lang]],
            "font.size": 8,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    return plt


def _save(fig: Any, plt: Any, width_mm: float) -> Chart:
    svg, png = io.BytesIO(), io.BytesIO()
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    fig.savefig(png, format="png", dpi=200, metadata={"Software": None}, bbox_inches="tight")
    plt.close(fig)
    text = svg.getvalue().decode("utf-8")
    return Chart(text[text.index("<svg") :], png.getvalue(), width_mm)


def attainment_chart(report: MonthReport, words: dict[str, str], lang: str) -> Chart:
    """The 90th-percentile response and resolution time of each level, as a share of its limit."""
    plt = _pyplot(lang)
    labels, values, colours = [], [], []
    for stats in report.levels:
        for measure in ("response", "resolution"):
            p90, limit = stats.p90(measure), stats.limits.get(measure)
            if p90 is None or not limit:
                continue
            labels.append(f"{stats.level.id} {words[measure]}")
            share = float(p90 / limit * 100)
            values.append(share)
            colours.append("#b03030" if share > 100 else "#3a6ea5")
    fig, ax = plt.subplots(figsize=(6.3, 0.35 * max(len(labels), 2) + 0.9))
    if labels:
        ax.barh(range(len(labels)), values, color=colours, height=0.6)
        ax.set_yticks(range(len(labels)), labels)
        ax.invert_yaxis()
    ax.axvline(100, color="#333333", linewidth=1, linestyle="--")
    ax.set_xlabel(words["p90_of_limit"])
    ax.set_xlim(0, max([120.0, *values]) * 1.05)
    return _save(fig, plt, 160)


def breaches_chart(report: MonthReport, words: dict[str, str], lang: str, days: int) -> Chart:
    """Breaches per day of the month."""
    plt = _pyplot(lang)
    counts = [0] * days
    for breach in report.breaches:
        counts[breach.day - 1] += 1
    fig, ax = plt.subplots(figsize=(6.3, 1.8))
    ax.bar(range(1, days + 1), counts, color="#b03030", width=0.7)
    ax.set_xlim(0.3, days + 0.7)
    ax.set_xticks([d for d in range(1, days + 1) if d == 1 or d % 5 == 0])
    ax.set_xlabel(words["day_of_month"])
    ax.set_ylabel(words["breaches"])
    ax.yaxis.get_major_locator().set_params(integer=True)
    return _save(fig, plt, 160)
