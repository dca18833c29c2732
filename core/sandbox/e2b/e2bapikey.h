// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

// The one rule for what an E2B API key looks like, for Settings' Test and
// Save and for every request to E2B's control plane (E2bApiRequestFactory):
// "e2b_" and at least 20 lower-case hex digits (E2B issues 40). E2B's SDK
// checked ^e2b_[0-9a-f]+$ up to 2.45, and E2B answers a key without the
// prefix with "Invalid API key format"; the length catches a key cut short
// when pasted.
class E2bApiKey final
{
    Q_DECLARE_TR_FUNCTIONS(E2bApiKey)

public:
    static constexpr int MinHexDigits = 20;

    // What was typed or pasted, without the spaces and line breaks around it.
    static QString normalized(const QString &key);
    static bool isWellFormed(const QString &key);
    // Empty for a well-formed key, else what is wrong in plain words.
    static QString problem(const QString &key);
    // "e2b_…abcd": enough to recognise a key, never enough to use it.
    static QString masked(const QString &key);
    // A short hash of the key (12 hex digits of a SHA-256), which the
    // sandbox ledger keeps to tell the sandboxes of one key from another's;
    // nothing of the key can be had from it. Empty for no key.
    static QString fingerprint(const QString &key);
};
