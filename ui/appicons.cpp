// SPDX-License-Identifier: MIT
#include "appicons.h"

#include "firstframe.h"

#include <QAction>
#include <QWidget>

namespace {
constexpr char ThemeNameProperty[] = "spawnaiThemeIcon";
}

QIcon AppIcons::app()
{
    return QIcon::fromTheme(QStringLiteral("io.spawnai.SpawnAI"),
                            QIcon(QStringLiteral(":/icons/io.spawnai.SpawnAI.svg")));
}

QIcon AppIcons::action(const QString &themeName)
{
    return QIcon::fromTheme(themeName, QIcon(u":/icons/actions/" + themeName + u".svg"));
}

void AppIcons::setLater(QAction *action, const QString &themeName)
{
    action->setProperty(ThemeNameProperty, themeName);
}

void AppIcons::applyAfterFirstFrame(QWidget *window)
{
    FirstFrame::after(window, window, [window] {
        const QList<QAction *> actions = window->findChildren<QAction *>();
        for (QAction *each : actions) {
            if (const QString name = each->property(ThemeNameProperty).toString(); !name.isEmpty())
                each->setIcon(action(name));
        }
    });
}
