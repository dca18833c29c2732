// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "deploy/appbundle.h"
#include "shellcommandline.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Checks that the app's start (and build) command has something to run:
// "node X" and "python3 X" need the file X, "npm start" and "npm run X"
// need package.json and the script (whose own command is checked in turn),
// "python3 -m http.server" needs an index.html to serve. A generated app
// that fails here would deploy, install and then die at start, one repair
// round later; caught here, the model gets a message naming the file.
//
// Commands are read the way /bin/sh would split them, as far as that can be
// known without running them: anything built from $variables, $(...) or
// backquotes, and commands SpawnAI does not know, are left alone.
class EntryPointCheck final
{
    Q_DECLARE_TR_FUNCTIONS(EntryPointCheck)

public:
    static constexpr int MaxScriptDepth = 3;  // npm scripts that call npm scripts

    static bool validate(const AppBundle &bundle, SpawnError *error);

private:
    EntryPointCheck(const AppBundle &bundle, SpawnError *error);

    bool checkLine(const QString &origin, const QString &line, int depth);
    bool checkCommand(const QString &origin, const QString &line, const QStringList &words, int depth);
    bool checkNode(const QString &origin, const QString &line, const QStringList &args);
    bool checkPython(const QString &origin, const QString &line, const QStringList &args);
    bool checkPythonModule(const QString &origin, const QString &line, const QString &module, const QStringList &args);
    bool checkNpm(const QString &origin, const QString &line, const QStringList &args, int depth);
    bool checkFile(const QString &origin, const QString &line, const QString &path, const QString &hint);
    bool hasFile(const QString &path) const;
    bool mayBeBuilt(const QString &origin) const;
    QString resolve(const QString &path) const;
    bool refuse(const QString &message);

    const AppBundle &m_bundle;
    SpawnError *m_error;
    QString m_buildOrigin;
    QString m_cwd;  // relative to the app folder; "" is the folder itself
    bool m_cwdKnown = true;
};
