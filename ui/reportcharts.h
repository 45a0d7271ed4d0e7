#pragma once

#include "statistics/periodreport.h"

#include <QList>
#include <QString>

#include <utility>

class QChart;

namespace huajie {

// The report's charts, each a new QChart for a view or a printed page.
namespace reportcharts {
// New and concluded cases month by month, with the month's label.
QChart *trend(const QList<std::pair<QString, PeriodFigures>> &months);
// New cases by source channel.
QChart *sources(const PeriodReport &report);
// How the concluded cases ended: agreement, or termination by reason.
QChart *outcomes(const PeriodReport &report);
// New cases and agreements of the agencies with the most cases.
QChart *agencies(const PeriodReport &report);
} // namespace reportcharts

} // namespace huajie
