// SPDX-License-Identifier: MIT
#pragma once

struct CliArguments;
class CliOutput;

// `spawnai diff ID [A] [B] [--stat]`: what changed between two stored
// versions, as a unified diff that patch applies (or git's --stat summary;
// --json: the files and their diffs). Reads the history only: no sweep, no
// keychain, nothing started, so it answers at once beside a running host.
class DiffCommand final
{
public:
    static int run(const CliArguments &arguments, CliOutput *output);
};
