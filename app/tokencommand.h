// SPDX-License-Identifier: MIT
#pragma once

#include "cliarguments.h"

#include <QCoreApplication>

class CliOutput;

// `spawnai token [--rotate]`: prints the data folder's API token, making
// it on first use (ApiTokenSetup); --rotate replaces it, and a running
// host takes the new one at its next request.
class TokenCommand final
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)

public:
    TokenCommand(const CliArguments &arguments, CliOutput *output);
    int run(QCoreApplication &app);

private:
    CliArguments m_arguments;
    CliOutput *m_output;
};
