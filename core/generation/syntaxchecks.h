// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxtypes.h"

#include <QList>
#include <QStringList>

#include <chrono>

// The cheap checks run inside the sandbox right after the files are
// written and before anything is installed: does every JavaScript and
// Python file parse? A syntax error found here costs a second; found at
// start, it costs an install and a timeout, and the message is worse.
//
// Each check is one argv list (never a shell string) run in the app folder,
// without network. A non-zero exit means the file does not parse, and the
// command's output names the file and line.
class SyntaxChecks final
{
public:
    static constexpr int MaxFiles = 200;
    static constexpr std::chrono::seconds Timeout{20};

    // Bytecode goes to SpawnAI's own folder, not into the app as
    // __pycache__ (py_compile honours PYTHONPYCACHEPREFIX).
    static QString pythonCacheDir();

    // `node --check FILE` per .js/.mjs/.cjs and `python3 -m py_compile
    // FILE` per .py, in path order, at most `maxFiles` commands. Files under
    // node_modules/ are not the app's own and are skipped.
    static QList<CommandSpec> commands(const QStringList &paths, int maxFiles = MaxFiles);
    // How many checkable files `commands` left out because of the cap.
    static int skippedFiles(const QStringList &paths, int maxFiles = MaxFiles);
    // The file a check command looks at (its last argument).
    static QString checkedFile(const CommandSpec &command);

private:
    static QStringList checkableFiles(const QStringList &paths);
};
