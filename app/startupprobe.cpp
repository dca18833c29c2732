// SPDX-License-Identifier: MIT
#include "startupprobe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

bool StartupProbe::requested()
{
    return !qEnvironmentVariableIsEmpty("SPAWNAI_STARTUP_PROBE");
}

void StartupProbe::installIfRequested(QWidget *window)
{
    if (requested())
        new StartupProbe(window);
}

void StartupProbe::mark(const char *milestone)
{
    if (!requested())
        return;
    std::fputs(milestone, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
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
        QTimer::singleShot(0, this, [] { mark("painted"); });
    }
    return QObject::eventFilter(watched, event);
}
