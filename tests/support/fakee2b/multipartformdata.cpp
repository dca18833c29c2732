// SPDX-License-Identifier: MIT
#include "multipartformdata.h"

namespace MultipartFormData {

namespace {
QByteArray boundaryOf(const QByteArray &contentType)
{
    for (QByteArray parameter : contentType.split(';')) {
        parameter = parameter.trimmed();
        if (!parameter.toLower().startsWith("boundary="))
            continue;
        QByteArray value = parameter.sliced(9);
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.sliced(1, value.size() - 2);
        return value;
    }
    return {};
}

// The value of `key` in a Content-Disposition header: quoted (with \" and
// \\ escapes) or a bare token.
std::optional<QByteArray> dispositionParameter(const QByteArray &header, const QByteArray &key)
{
    const QByteArray needle = key + '=';
    qsizetype at = 0;
    while ((at = header.indexOf(needle, at)) >= 0) {
        const bool boundaryBefore = at == 0 || header[at - 1] == ';' || header[at - 1] == ' ';
        at += needle.size();
        if (!boundaryBefore)
            continue;
        QByteArray value;
        if (at < header.size() && header[at] == '"') {
            for (qsizetype i = at + 1; i < header.size() && header[i] != '"'; ++i) {
                if (header[i] == '\\' && i + 1 < header.size())
                    ++i;
                value += header[i];
            }
        } else {
            const qsizetype end = header.indexOf(';', at);
            value = header.sliced(at, (end < 0 ? header.size() : end) - at).trimmed();
        }
        return value;
    }
    return std::nullopt;
}
} // namespace

std::optional<QList<Part>> parse(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    const QByteArray nextDelimiter = "\r\n" + delimiter;
    QList<Part> parts;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return std::nullopt;
    for (;;) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return parts;
        if (body.mid(at, 2) != "\r\n")
            return std::nullopt;
        at += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", at);
        const qsizetype next = body.indexOf(nextDelimiter, at);
        if (headEnd < 0 || next < 0 || headEnd > next)
            return std::nullopt;
        Part part;
        for (const QByteArray &line : body.sliced(at, headEnd - at).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || line.first(colon).trimmed().toLower() != "content-disposition")
                continue;
            const QByteArray value = line.sliced(colon + 1).trimmed();
            part.name = dispositionParameter(value, "name").value_or(QByteArray());
            if (const auto filename = dispositionParameter(value, "filename")) {
                part.hasFilename = true;
                part.filename = QString::fromUtf8(*filename);
            }
        }
        part.data = body.sliced(headEnd + 4, next - headEnd - 4);
        parts.append(part);
        at = next + 2;
    }
}

} // namespace MultipartFormData
