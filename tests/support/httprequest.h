// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP/1.1 request as a test server received it, bytes untouched.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;  // path and query, or an absolute URL (proxy form)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;  // de-chunked when the client sent it chunked
    QByteArray raw;   // head and body as they arrived

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QByteArray path() const;   // the target without its query
    QByteArray query() const;  // after '?', still percent-encoded
};
