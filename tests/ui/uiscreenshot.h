// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QTest>
#include <QWidget>

// The GUI tests keep docs/screenshots/ current: each named screenshot is
// written there (or to $SPAWNAI_SCREENSHOT_DIR) as NAME.png.
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    QString dir = qEnvironmentVariable("SPAWNAI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(SPAWNAI_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(name + u".png");
    if (!widget.grab().save(file))
        qWarning().noquote() << "could not save the screenshot" << file;
}
