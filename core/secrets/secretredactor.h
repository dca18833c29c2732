// SPDX-License-Identifier: MIT
#pragma once

#include "appenvironment.h"

#include <QByteArray>
#include <QList>

#include <utility>

// Hides an app's environment values in what it prints: each becomes
// "[NAME hidden]" before the output reaches the session log, its file, the
// timeline, an error message or the model's repair prompt. Output comes in
// chunks, and a value may be split between two: the end of a chunk that
// could be the start of a value is held back until the next one (or
// flush()). A value of a character or two is hidden too, wherever it
// appears, which can blank out unrelated text: docs/security.md says so.
class SecretRedactor final
{
public:
    explicit SecretRedactor(const AppEnvironment::Values &values = {});

    bool isEmpty() const { return m_rules.isEmpty(); }
    // `data` with every value replaced, less a held-back tail.
    QByteArray feed(const QByteArray &data);
    // What is held back, at the end of the output.
    QByteArray flush();

    static QString redact(const QString &text, const AppEnvironment::Values &values);

private:
    QByteArray replaceAll(QByteArray data) const;
    qsizetype heldBackLength(const QByteArray &data) const;

    QList<std::pair<QByteArray, QByteArray>> m_rules;  // value, replacement; longest value first
    QByteArray m_held;
};
