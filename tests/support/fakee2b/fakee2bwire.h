// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QPair>

// The byte forms E2B's servers write: JSON with Go's field order, error
// bodies, Connect envelopes, timestamps.
namespace FakeE2bWire {

using Fields = QList<QPair<QByteArray, QJsonValue>>;

// A compact JSON object with its keys in the given order (Go structs and
// protojson keep declaration order; QJsonObject would sort them).
QByteArray object(const Fields &fields);
// {"key":<raw JSON>}: nests an already encoded object.
QByteArray wrap(const QByteArray &key, const QByteArray &json);
// The control plane's and envd's REST errors: {"code":401,"message":"..."}.
QByteArray apiError(int status, const QString &message);
// A Connect error object: {"code":"not_found","message":"..."}.
QByteArray connectError(const QByteArray &code, const QString &message);
int connectHttpStatus(const QByteArray &code);
// flags (0x00 message, 0x02 end of stream), 4-byte big-endian length, payload.
QByteArray envelope(quint8 flags, const QByteArray &payload);
// RFC 3339 in UTC with milliseconds, as Go marshals time.Time.
QString timestamp(const QDateTime &time);
QByteArray randomToken(int length, const char *alphabet = "abcdefghijklmnopqrstuvwxyz0123456789");

} // namespace FakeE2bWire
