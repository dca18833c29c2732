// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>

// The page that shows what a script app printed. Everything that came from
// the script is HTML-escaped, and the page forbids scripts of its own, so
// output such as "<script>" is shown, never run.
class ScriptOutputPage final
{
    Q_DECLARE_TR_FUNCTIONS(ScriptOutputPage)

public:
    struct Run
    {
        QString command;
        QByteArray output;  // stdout and stderr as they came
        int exitCode = 0;
        std::chrono::milliseconds duration{0};
        bool truncated = false;  // output lost its beginning to the cap
    };

    static QByteArray render(const Run &run);
};
