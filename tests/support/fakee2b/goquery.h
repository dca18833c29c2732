// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

// Query decoding as E2B's Go API server does it (net/url), so the fake
// server accepts and refuses exactly what the real one would.
namespace GoQuery {

// url.QueryUnescape: '+' is a space, '%' needs two hex digits; a bad
// escape sets `badEscape` to Go's quoted form of it, e.g. "%+".
std::optional<QByteArray> unescape(const QByteArray &text, QByteArray *badEscape = nullptr);
// url.ParseQuery: '&'-separated, each key and value unescaped; bad pairs skipped.
QList<QPair<QByteArray, QByteArray>> parse(const QByteArray &query);
QByteArray value(const QList<QPair<QByteArray, QByteArray>> &query, const QByteArray &key, bool *present = nullptr);
// The `metadata` list filter after HTTP parsing: parseFilters in infra's
// sandboxes_list.go unescapes the whole string, splits it on '&' and '=',
// then unescapes each key and value. Empty on a malformed filter, with
// the server's message in `error`.
std::optional<QMap<QString, QString>> metadataFilter(const QByteArray &parsedValue, QString *error);

} // namespace GoQuery
