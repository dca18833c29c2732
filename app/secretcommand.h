// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

class CliOutput;
struct CliArguments;

// `spawnai secret set NAME` (the value from standard input, one line) and
// `spawnai secret remove NAME`: a value kept in SpawnAI's keychain for
// `spawn --env-from-keychain NAME`, never on a command line or in a file.
class SecretCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)

public:
    static int run(QCoreApplication &app, const CliArguments &arguments, CliOutput *output);
};
