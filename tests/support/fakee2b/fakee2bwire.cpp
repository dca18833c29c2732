// SPDX-License-Identifier: MIT
#include "fakee2bwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace FakeE2bWire {

QByteArray object(const Fields &fields)
{
    QByteArray out = "{";
    for (const auto &[key, value] : fields) {
        if (out.size() > 1)
            out += ',';
        // A one-element array gives QJson's encoding of any value; strip its brackets.
        const QByteArray encoded = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += '"' + key + "\":" + encoded.sliced(1, encoded.size() - 2);
    }
    return out + '}';
}

QByteArray wrap(const QByteArray &key, const QByteArray &json)
{
    return "{\"" + key + "\":" + json + '}';
}

QByteArray apiError(int status, const QString &message)
{
    return object({{"code", status}, {"message", message}});
}

QByteArray connectError(const QByteArray &code, const QString &message)
{
    return object({{"code", QString::fromLatin1(code)}, {"message", message}});
}

int connectHttpStatus(const QByteArray &code)
{
    static const QList<QPair<QByteArray, int>> table{
        {"canceled", 499}, {"unknown", 500}, {"invalid_argument", 400}, {"deadline_exceeded", 504},
        {"not_found", 404}, {"already_exists", 409}, {"permission_denied", 403}, {"resource_exhausted", 429},
        {"failed_precondition", 400}, {"aborted", 409}, {"out_of_range", 400}, {"unimplemented", 501},
        {"internal", 500}, {"unavailable", 503}, {"data_loss", 500}, {"unauthenticated", 401},
    };
    for (const auto &[name, status] : table) {
        if (name == code)
            return status;
    }
    return 500;
}

QByteArray envelope(quint8 flags, const QByteArray &payload)
{
    const quint32 length = quint32(payload.size());
    QByteArray out(5, '\0');
    out[0] = char(flags);
    out[1] = char((length >> 24) & 0xff);
    out[2] = char((length >> 16) & 0xff);
    out[3] = char((length >> 8) & 0xff);
    out[4] = char(length & 0xff);
    return out + payload;
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray randomToken(int length, const char *alphabet)
{
    const QByteArray letters(alphabet);
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out += letters.at(QRandomGenerator::global()->bounded(int(letters.size())));
    return out;
}

} // namespace FakeE2bWire
