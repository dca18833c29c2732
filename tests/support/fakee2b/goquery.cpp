// SPDX-License-Identifier: MIT
#include "goquery.h"

namespace GoQuery {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

std::optional<QByteArray> unescape(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            out += char(high * 16 + low);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

QList<QPair<QByteArray, QByteArray>> parse(const QByteArray &query)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty() || part.contains(';'))
            continue;
        const qsizetype equals = part.indexOf('=');
        const auto key = unescape(equals < 0 ? part : part.first(equals));
        const auto value = unescape(equals < 0 ? QByteArray() : part.sliced(equals + 1));
        if (key && value)
            pairs.append({*key, *value});
    }
    return pairs;
}

QByteArray value(const QList<QPair<QByteArray, QByteArray>> &query, const QByteArray &key, bool *present)
{
    for (const auto &[name, value] : query) {
        if (name == key) {
            if (present)
                *present = true;
            return value;
        }
    }
    if (present)
        *present = false;
    return {};
}

std::optional<QMap<QString, QString>> metadataFilter(const QByteArray &parsedValue, QString *error)
{
    const auto whole = unescape(parsedValue);
    if (!whole) {
        *error = QStringLiteral("error parsing metadata: error when unescaping query: invalid URL escape");
        return std::nullopt;
    }
    QMap<QString, QString> filters;
    for (const QByteArray &filter : whole->split('&')) {
        const QList<QByteArray> parts = filter.split('=');
        if (parts.size() != 2) {
            *error = QStringLiteral("error parsing metadata: invalid key value pair in query");
            return std::nullopt;
        }
        const auto key = unescape(parts[0]);
        const auto value = unescape(parts[1]);
        if (!key || !value) {
            *error = QStringLiteral("error parsing metadata: error when unescaping %1: invalid URL escape")
                         .arg(key ? u"value" : u"key");
            return std::nullopt;
        }
        filters.insert(QString::fromUtf8(*key), QString::fromUtf8(*value));
    }
    return filters;
}

} // namespace GoQuery
