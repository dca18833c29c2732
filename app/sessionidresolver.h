// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class SessionStore;

// The command line takes a full session id or a prefix of at least four
// characters that names exactly one session.
class SessionIdResolver final
{
public:
    // The full id, or empty with `error` saying why.
    static QString resolve(const SessionStore *store, const QString &idOrPrefix, QString *error);
};
