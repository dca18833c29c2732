// SPDX-License-Identifier: MIT
// The baseline of bench_gui_startup: the smallest Qt Widgets main window,
// built in the same tree with the same flags and the same start-up probe.
#include "startupprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1200, 800);
    StartupProbe::installIfRequested(&window);
    window.show();
    return app.exec();
}
