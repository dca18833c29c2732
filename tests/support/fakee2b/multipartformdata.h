// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The parts of a multipart/form-data body (RFC 7578), as envd reads an upload.
namespace MultipartFormData {

struct Part
{
    QByteArray name;      // the form name, e.g. "file"
    QString filename;     // unquoted, escapes resolved; empty when absent
    bool hasFilename = false;
    QByteArray data;
};

// Empty when the content type has no boundary or the body is not well formed.
std::optional<QList<Part>> parse(const QByteArray &contentType, const QByteArray &body);

} // namespace MultipartFormData
