// SPDX-License-Identifier: MIT
#include "chartbuilder.h"

#include "textchartbuilder.h"
#include "uiplugins.h"

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
