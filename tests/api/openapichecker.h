// SPDX-License-Identifier: MIT
#pragma once

// A small checker of real answers against resources/api/openapi.json: the
// parts of JSON Schema the document uses (type, with "null"; properties,
// required, additionalProperties: false; items; enum; $ref), and which
// operations the test has seen answer.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

class OpenApiChecker final
{
public:
    explicit OpenApiChecker(const QString &file)
    {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            m_document = QJsonDocument::fromJson(f.readAll()).object();
    }

    bool isLoaded() const { return m_document.value(u"openapi").toString().startsWith(u"3.1"); }

    // The operation of `method` and a real path ("/api/v1/sessions/ID/files/a/b"): its template.
    QString templateOf(const QByteArray &method, const QString &path) const
    {
        const QString bare = path.section(u'?', 0, 0);
        const QJsonObject paths = m_document.value(u"paths").toObject();
        QString best;
        for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
            if (!it.value().toObject().contains(QString::fromLatin1(method).toLower()))
                continue;
            QString pattern = QRegularExpression::escape(it.key());
            pattern.replace(QStringLiteral("\\{path\\}"), QStringLiteral(".+"));
            pattern.replace(QRegularExpression(QStringLiteral("\\\\\\{[a-z]+\\\\\\}")), QStringLiteral("[^/]+"));
            if (QRegularExpression(u'^' + pattern + u'$').match(bare).hasMatch() && it.key().size() > best.size())
                best = it.key();
        }
        return best;
    }

    // Empty when the answer fits the document; else what does not.
    QString check(const QByteArray &method, const QString &path, int status, const QByteArray &contentType,
                  const QByteArray &body)
    {
        const QString templ = templateOf(method, path);
        if (templ.isEmpty())
            return QStringLiteral("no operation for %1 %2").arg(QString::fromLatin1(method), path);
        const QJsonObject operation = m_document.value(u"paths").toObject().value(templ).toObject()
                                          .value(QString::fromLatin1(method).toLower()).toObject();
        QJsonObject response = operation.value(u"responses").toObject().value(QString::number(status)).toObject();
        if (response.isEmpty())
            return QStringLiteral("%1 %2 answered %3, which the document does not list").arg(QString::fromLatin1(method), templ).arg(status);
        response = resolve(response);
        m_seen.insert(QString::fromLatin1(method).toUpper() + u' ' + templ);
        const QJsonObject content = response.value(u"content").toObject();
        // An operation may answer in more than one type (a diff: JSON or unified text).
        const QString answered = QString::fromLatin1(contentType.split(';').constFirst().trimmed());
        if (content.size() > 1 && content.contains(answered) && answered != u"application/json")
            return {};
        if (content.contains(u"application/json")) {
            if (!contentType.startsWith("application/json"))
                return QStringLiteral("%1 %2: content type %3, not JSON").arg(QString::fromLatin1(method), templ, QString::fromLatin1(contentType));
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError)
                return QStringLiteral("%1 %2: not JSON").arg(QString::fromLatin1(method), templ);
            const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            return validate(value, content.value(u"application/json").toObject().value(u"schema").toObject(),
                            QString::fromLatin1(method) + u' ' + templ + u' ' + QString::number(status));
        }
        if (content.contains(u"text/plain") && !contentType.startsWith("text/plain"))
            return QStringLiteral("%1 %2: content type %3, not text").arg(QString::fromLatin1(method), templ, QString::fromLatin1(contentType));
        return {};
    }

    // Operations of the document no answer has been checked against.
    QStringList unseen() const
    {
        QStringList missing;
        const QJsonObject paths = m_document.value(u"paths").toObject();
        for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
            const QJsonObject item = it.value().toObject();
            for (auto op = item.constBegin(); op != item.constEnd(); ++op) {
                if (op.key() == u"parameters")
                    continue;
                const QString name = op.key().toUpper() + u' ' + it.key();
                if (!m_seen.contains(name))
                    missing << name;
            }
        }
        return missing;
    }

private:
    QJsonObject resolve(QJsonObject object) const
    {
        while (object.contains(u"$ref")) {
            QJsonValue target = m_document;
            const QStringList parts = object.value(u"$ref").toString().mid(2).split(u'/');
            for (const QString &part : parts)
                target = target.toObject().value(part);
            object = target.toObject();
        }
        return object;
    }

    static bool hasType(const QJsonValue &value, const QString &type)
    {
        if (type == u"null")
            return value.isNull();
        if (type == u"object")
            return value.isObject();
        if (type == u"array")
            return value.isArray();
        if (type == u"string")
            return value.isString();
        if (type == u"boolean")
            return value.isBool();
        if (type == u"number")
            return value.isDouble();
        if (type == u"integer")
            return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        return false;
    }

    QString validate(const QJsonValue &value, QJsonObject schema, const QString &where) const
    {
        schema = resolve(schema);
        if (schema.contains(u"type")) {
            const QJsonValue type = schema.value(u"type");
            const QStringList types = type.isArray() ? [&type] {
                QStringList list;
                for (const QJsonValue &t : type.toArray())
                    list << t.toString();
                return list;
            }()
                                                     : QStringList{type.toString()};
            bool ok = false;
            for (const QString &t : types)
                ok = ok || hasType(value, t);
            if (!ok)
                return QStringLiteral("%1: %2 is not %3").arg(where, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)), types.join(u'|'));
        }
        if (value.isNull())
            return {};
        if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(value))
            return QStringLiteral("%1: %2 is not one of the enum").arg(where, value.toVariant().toString());
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const QJsonObject properties = schema.value(u"properties").toObject();
            for (const QJsonValue &required : schema.value(u"required").toArray()) {
                if (!object.contains(required.toString()))
                    return QStringLiteral("%1: \"%2\" is missing").arg(where, required.toString());
            }
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (properties.contains(it.key())) {
                    if (const QString problem = validate(it.value(), properties.value(it.key()).toObject(), where + u'.' + it.key());
                        !problem.isEmpty())
                        return problem;
                } else if (schema.value(u"additionalProperties") == QJsonValue(false)) {
                    return QStringLiteral("%1: \"%2\" is not in the document").arg(where, it.key());
                }
            }
        }
        if (value.isArray() && schema.contains(u"items")) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (const QString problem = validate(array.at(i), schema.value(u"items").toObject(), where + QStringLiteral("[%1]").arg(i));
                    !problem.isEmpty())
                    return problem;
            }
        }
        return {};
    }

    QJsonObject m_document;
    QSet<QString> m_seen;
};
