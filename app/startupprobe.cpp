// SPDX-License-Identifier: MIT
#include "startupprobe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

void StartupProbe::installIfRequested(QWidget *window)
{
    if (qEnvironmentVariableIsEmpty("SPAWNAI_STARTUP_PROBE"))
        return;
    new StartupProbe(window);
}

StartupProbe::StartupProbe(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // A zero timer runs once the events queued behind the first paint
        // (layout, polish, the rest of the first frame) are handled.
        QTimer::singleShot(0, this, [] {
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
        });
    }
    return QObject::eventFilter(watched, event);
}
