// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

// The seed's error classification. Every failure the user can see carries a
// kind, a plain-words message and whether trying again can help.
enum class ErrorKind
{
    None,
    User,      // bad input, quota exceeded: the user must change something
    Api,       // an outside service failed or refused
    System,    // our own machinery failed
    Resource,  // a limit was hit: memory, processes, disk, time
};

struct SpawnError
{
    ErrorKind kind = ErrorKind::None;
    QString message;
    bool retryable = false;

    bool isError() const { return kind != ErrorKind::None; }

    static SpawnError user(const QString &message);
    static SpawnError api(const QString &message, bool retryable);
    static SpawnError system(const QString &message, bool retryable = false);
    static SpawnError resource(const QString &message);
};

QString errorKindToString(ErrorKind kind);
ErrorKind errorKindFromString(const QString &text);

Q_DECLARE_METATYPE(SpawnError)
