"""Pure Altair builders: a frame and a language in, a chart out; no Streamlit here."""

from __future__ import annotations

import altair as alt
import pandas as pd

from smarketing.i18n import t


def weekly_stage_entries(frame: pd.DataFrame, lang: str) -> alt.Chart:
    """One line per stage, in journey order, weeks on the x axis."""
    label = "label_it" if lang == "it" else "label_en"
    data = frame.assign(stage_label=frame[label])
    order = data.drop_duplicates("stage").sort_values("position")["stage_label"].tolist()
    return (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=alt.X("week:T", title=t("overview.chart_week", lang), axis=alt.Axis(format="%d/%m")),
            y=alt.Y("entries:Q", title=t("overview.chart_entries", lang)),
            color=alt.Color("stage_label:N", sort=order, title=t("overview.col_stage", lang)),
            tooltip=[
                alt.Tooltip("week:T", title=t("overview.chart_week", lang), format="%d/%m/%Y"),
                alt.Tooltip("stage_label:N", title=t("overview.col_stage", lang)),
                alt.Tooltip("entries:Q", title=t("overview.chart_entries", lang)),
            ],
        )
        .properties(height=300)
    )
