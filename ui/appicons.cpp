// SPDX-License-Identifier: MIT
#include "appicons.h"

QIcon AppIcons::app()
{
    return QIcon::fromTheme(QStringLiteral("io.spawnai.SpawnAI"),
                            QIcon(QStringLiteral(":/icons/io.spawnai.SpawnAI.svg")));
}

QIcon AppIcons::action(const QString &themeName)
{
    return QIcon::fromTheme(themeName, QIcon(u":/icons/actions/" + themeName + u".svg"));
}
