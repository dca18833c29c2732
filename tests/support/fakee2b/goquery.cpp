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

std::optional<QByteArray> unescape(const QByteArray &text, QByteArray *badEscape)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            const int high = i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
            const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
            if (high < 0 || low < 0) {
                if (badEscape)
                    *badEscape = '"' + text.mid(i, 3) + '"';
                return std::nullopt;
            }
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
    QByteArray bad;
    const auto whole = unescape(parsedValue, &bad);
    if (!whole) {
        *error = QStringLiteral("error parsing metadata: error when unescaping query: invalid URL escape %1").arg(QString::fromLatin1(bad));
        return std::nullopt;
    }
    QMap<QString, QString> filters;
    for (const QByteArray &filter : whole->split('&')) {
        const QList<QByteArray> parts = filter.split('=');
        if (parts.size() != 2) {
            *error = QStringLiteral("error parsing metadata: invalid key value pair in query");
            return std::nullopt;
        }
        const auto key = unescape(parts[0], &bad);
        const auto value = key ? unescape(parts[1], &bad) : std::nullopt;
        if (!key || !value) {
            *error = QStringLiteral("error parsing metadata: error when unescaping %1: invalid URL escape %2")
                         .arg(key ? QStringLiteral("value") : QStringLiteral("key"), QString::fromLatin1(bad));
            return std::nullopt;
        }
        filters.insert(QString::fromUtf8(*key), QString::fromUtf8(*value));
    }
    return filters;
}

} // namespace GoQuery
