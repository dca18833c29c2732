// SPDX-License-Identifier: MIT
#include "chartbuilder.h"

#include "textchartbuilder.h"
#include "uiplugins.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

ChartBuilder *ChartBuilder::instance()
{
    static ChartBuilder *const builder = [] {
        QString error;
        if (auto *plugin = UiPlugins::instance<ChartBuilder>(QStringLiteral("spawnai-charts"), &error))
            return plugin;
        return static_cast<ChartBuilder *>(new TextChartBuilder(error));
    }();
    return builder;
}

QString ChartBuilder::shortDay(const QString &day)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid())
        return day;
    const QLocale locale;
    // The locale's short date without the year and the separator beside it.
    static const QRegularExpression year(QStringLiteral("[^dM]?y+[^dM]?"));
    static const QRegularExpression edges(QStringLiteral("^[^dM]+|[^dM]+$"));
    QString format = locale.dateFormat(QLocale::ShortFormat).remove(year).remove(edges);
    if (format.isEmpty())
        format = QStringLiteral("MM-dd");
    return locale.toString(date, format);
}
