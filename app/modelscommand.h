// SPDX-License-Identifier: MIT
#pragma once

#include "cliarguments.h"

#include <QCoreApplication>

class CliOutput;
struct LocalServerInfo;

// `spawnai models --local`: the model servers on this machine (Ollama,
// LM Studio, llama.cpp, on 127.0.0.1 at their default ports) and what each
// serves, with size and context; a model too small for apps is marked.
// Exit 0 when a server answered, 4 when none did.
class ModelsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ModelsCommand)

public:
    ModelsCommand(const CliArguments &arguments, CliOutput *output);
    int run(QCoreApplication &app);

private:
    void print(const LocalServerInfo &server);
    void printJson(const LocalServerInfo &server);

    CliArguments m_arguments;
    CliOutput *m_output;
};
