// SPDX-License-Identifier: MIT
#include "jsonschemacheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JsonSchemaCheck", text);
}
// lupdate: the tr() calls below belong to this context.
/* TRANSLATOR JsonSchemaCheck */

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"string")
        return value.isString();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"null")
        return value.isNull();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer")
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    return true;
}

QString named(const QString &path)
{
    return path.isEmpty() ? tr("The arguments") : QStringLiteral("\"%1\"").arg(path);
}

QString objectProblem(const QJsonObject &schema, const QJsonObject &object, const QString &path)
{
    const QJsonObject properties = schema.value(u"properties").toObject();
    const QString prefix = path.isEmpty() ? QString() : path + u'.';
    for (const QJsonValue &required : schema.value(u"required").toArray()) {
        if (!object.contains(required.toString()))
            return tr("\"%1\" is missing").arg(prefix + required.toString());
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!properties.contains(it.key())) {
            if (schema.value(u"additionalProperties") == QJsonValue(false))
                return tr("\"%1\" is not an argument of this tool").arg(prefix + it.key());
            continue;
        }
        if (QString problem = JsonSchemaCheck::firstProblem(properties.value(it.key()).toObject(), it.value(),
                                                            prefix + it.key());
            !problem.isEmpty())
            return problem;
    }
    return {};
}
} // namespace

QString JsonSchemaCheck::firstProblem(const QJsonObject &schema, const QJsonValue &value, const QString &path)
{
    const QString type = schema.value(u"type").toString();
    if (!type.isEmpty() && !hasType(value, type))
        return tr("%1 must be of type %2").arg(named(path), type);
    if (const QJsonArray allowed = schema.value(u"enum").toArray(); !allowed.isEmpty() && !allowed.contains(value)) {
        QStringList names;
        for (const QJsonValue &name : allowed)
            names << name.toString();
        return tr("%1 must be one of %2").arg(named(path), names.join(QStringLiteral(", ")));
    }
    if (value.isDouble()) {
        if (schema.contains(u"minimum") && value.toDouble() < schema.value(u"minimum").toDouble())
            return tr("%1 must be at least %2").arg(named(path)).arg(schema.value(u"minimum").toDouble());
        if (schema.contains(u"maximum") && value.toDouble() > schema.value(u"maximum").toDouble())
            return tr("%1 must be at most %2").arg(named(path)).arg(schema.value(u"maximum").toDouble());
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (text.size() < schema.value(u"minLength").toInt())
            return tr("%1 must not be empty").arg(named(path));
        if (const QString pattern = schema.value(u"pattern").toString();
            !pattern.isEmpty() && !QRegularExpression(pattern).match(text).hasMatch())
            return tr("%1 does not have the expected form").arg(named(path));
    }
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        const QJsonObject itemSchema = schema.value(u"items").toObject();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (QString problem = firstProblem(itemSchema, items.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
                !problem.isEmpty())
                return problem;
        }
    }
    if (value.isObject())
        return objectProblem(schema, value.toObject(), path);
    return {};
}
