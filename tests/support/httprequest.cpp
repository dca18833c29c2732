// SPDX-License-Identifier: MIT
#include "httprequest.h"

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpRequest::path() const
{
    QByteArray local = target;
    // Proxy form: http://host:port/path?query
    if (const qsizetype scheme = local.indexOf("://"); scheme > 0 && scheme < local.indexOf('/')) {
        const qsizetype slash = local.indexOf('/', scheme + 3);
        local = slash < 0 ? QByteArray("/") : local.sliced(slash);
    }
    const qsizetype mark = local.indexOf('?');
    return mark < 0 ? local : local.first(mark);
}

QByteArray HttpRequest::query() const
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? QByteArray() : target.sliced(mark + 1);
}
