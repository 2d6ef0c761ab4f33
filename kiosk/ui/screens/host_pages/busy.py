"""How busy: visits per day, by hour and by weekday, and the visits CSV."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from kiosk.domain.social import CriticalMass
from kiosk.domain.stats import Busyness
from kiosk.ui.charts import BarChart
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import (
    make_label,
    touch_button,
)

from .desk import HostDesk
from .page import Page


class BusyPage(Page):
    def __init__(self, tasks: Tasks, desk: HostDesk) -> None:
        super().__init__(tasks, desk)
        self.days = 7
        self.period_buttons: dict[int, QPushButton] = {}
        top = QHBoxLayout()
        for days in (1, 7, 30, 90):
            b = touch_button()
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, d=days: self.choose(d))
            top.addWidget(b)
            self.period_buttons[days] = b
        top.addStretch(1)
        self.export_button = touch_button()
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        self.totals = make_label(px=24, bold=True, wrap=True)
        self.per_day, self.by_hour, self.by_weekday = BarChart(), BarChart(), BarChart()
        self.per_day.setObjectName("ChartPerDay")
        self.by_hour.setObjectName("ChartByHour")
        self.by_weekday.setObjectName("ChartByWeekday")
        # Critical mass: of the open days, the share with at least N people in (N in Settings).
        self.mass_title = make_label(px=22, bold=True, wrap=True)
        self.mass_weekday, self.mass_month = BarChart(), BarChart()
        self.mass_weekday.setObjectName("ChartMassByWeekday")
        self.mass_month.setObjectName("ChartMassByMonth")
        charts = QGridLayout()
        charts.addWidget(self.per_day, 0, 0, 1, 2)
        charts.addWidget(self.by_hour, 1, 0)
        charts.addWidget(self.by_weekday, 1, 1)
        charts.addWidget(self.mass_title, 2, 0, 1, 2)
        charts.addWidget(self.mass_weekday, 3, 0)
        charts.addWidget(self.mass_month, 3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addLayout(charts, 1)
        layout.addWidget(self.status)
        self.data: Busyness | None = None
        self.mass: CriticalMass | None = None
        self.retranslate()

    def choose(self, days: int) -> None:
        self.days = days
        self.refresh()

    def refresh(self) -> None:
        for d, b in self.period_buttons.items():
            b.setChecked(d == self.days)
        days = self.days
        self.tasks.run(lambda: self.desk.stats.period(days=days), self.show_data, self.fail)
        # Over a year whatever the period: a share by weekday and by month needs many days.
        self.tasks.run(lambda: self.desk.stats.critical_mass(days=365), self.show_mass, self.fail)

    def show_mass(self, mass: CriticalMass) -> None:
        self.mass = mass
        self.mass_title.setText(self.tr("Critical mass, last 12 months: share of open days with at least "
                                        "%n people in", "", mass.threshold))
        self.mass_weekday.set_data(self.tr("By weekday"), self._weekdays(),
                                   [round(100 * s) if s is not None else 0 for s in mass.by_weekday],
                                   ceiling=100, suffix="%")
        self.mass_month.set_data(self.tr("By month"), [f"{month[5:]}.{month[2:4]}" for month, _ in mass.by_month],
                                 [round(100 * s) for _, s in mass.by_month], ceiling=100, suffix="%")

    def show_data(self, data: Busyness) -> None:
        self.data = data
        self.totals.setText(self.tr("%1 to %2: %3 member visits, %4 guest visits")
                            .replace("%1", data.start.strftime("%d.%m.")).replace("%2", data.end.strftime("%d.%m."))
                            .replace("%3", str(data.members)).replace("%4", str(data.guests)))
        labels = [d.strftime("%d.%m") if len(data.per_day) > 1 else d.strftime("%d.%m.%Y") for d, _, _ in data.per_day]
        self.per_day.set_data(self.tr("Visits per day (green members, yellow guests)"), labels,
                              [m for _, m, _ in data.per_day], [g for _, _, g in data.per_day])
        # The opening hours, widened to any hour someone was in (an early bird, a late night).
        settings = self.desk.settings()
        opens, closes = settings.hours().span()
        busy = [h for h, people in enumerate(data.by_hour) if people]
        first = min([opens.hour, *busy])
        last = max([closes.hour - (0 if closes.minute else 1), *busy])
        hours = list(range(first, last + 1))
        self.by_hour.set_data(self.tr("People present by hour of day (average)"), [f"{h}" for h in hours],
                              [data.by_hour[h] for h in hours], decimals=1)
        self.by_weekday.set_data(self.tr("Visits by weekday (average)"), self._weekdays(), data.by_weekday,
                                 decimals=1)

    def _weekdays(self) -> list[str]:
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                self.tr("Sun")]

    def export(self) -> None:
        if self.data is None:
            return
        first, last = self.data.start, self.data.end
        self.tasks.run(lambda: self.desk.files.visits(first, last),
                       lambda path: self.say(self.tr("Visits written to %1").replace("%1", path)), self.fail)

    def retranslate(self) -> None:
        for days, text in ((1, self.tr("1 day")), (7, self.tr("7 days")), (30, self.tr("30 days")),
                           (90, self.tr("90 days"))):
            self.period_buttons[days].setText(text)
        self.export_button.setText(self.tr("Export CSV"))
        if self.data is not None:
            self.show_data(self.data)
        if self.mass is not None:
            self.show_mass(self.mass)

