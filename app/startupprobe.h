// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

// For the start-up benchmark (tests/bench/bench_gui_startup): when the
// environment sets SPAWNAI_STARTUP_PROBE, prints "painted" on stdout once the
// window has painted for the first time and the event loop has gone idle.
// The baseline window of the benchmark compiles in the same probe, so both
// are measured at the same moment. mark() prints later milestones
// ("preview-loaded") for the benchmarks that wait for them.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    static void installIfRequested(QWidget *window);
    static bool requested();
    // Prints `milestone` on its own line when the probe is requested.
    static void mark(const char *milestone);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QWidget *window);

    bool m_painted = false;
};
