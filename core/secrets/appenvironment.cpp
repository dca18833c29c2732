// SPDX-License-Identifier: MIT
#include "appenvironment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AppEnvironment", text);
}

// SpawnAI sets PORT itself; the others would break the sandbox's own tools.
bool isReserved(const QString &name)
{
    static const QStringList reserved{QStringLiteral("PORT"), QStringLiteral("PATH"), QStringLiteral("HOME"),
                                      QStringLiteral("LD_PRELOAD"), QStringLiteral("LD_LIBRARY_PATH")};
    return reserved.contains(name);
}
} // namespace

namespace AppEnvironment {

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    return pattern.match(name).hasMatch();
}

SpawnError check(const Values &values)
{
    if (values.size() > MaxVariables)
        return SpawnError::user(tr("An app can have at most %1 environment variables").arg(MaxVariables));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // Never the value in a message: it may be the secret itself.
        if (!isValidName(it.key()))
            return SpawnError::user(tr("\"%1\" is not a valid environment variable name: use letters, digits and "
                                       "_, not starting with a digit, at most 64 characters")
                                        .arg(it.key().left(70)));
        if (isReserved(it.key()))
            return SpawnError::user(tr("The environment variable %1 is set by SpawnAI itself").arg(it.key()));
        if (it.value().isEmpty())
            return SpawnError::user(tr("The environment variable %1 has no value").arg(it.key()));
        if (it.value().toUtf8().size() > MaxValueBytes)
            return SpawnError::user(tr("The value of %1 is longer than %2 bytes").arg(it.key()).arg(MaxValueBytes));
        if (it.value().contains(u'\0') || it.value().contains(u'\n') || it.value().contains(u'\r'))
            return SpawnError::user(tr("The value of %1 must be one line").arg(it.key()));
    }
    return {};
}

bool parseAssignment(const QString &text, QString *name, QString *value, SpawnError *error)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0) {
        *error = SpawnError::user(tr("--env takes NAME=VALUE"));
        return false;
    }
    *name = text.left(equals);
    *value = text.mid(equals + 1);
    *error = check({{*name, *value}});
    return !error->isError();
}

QString keychainKey(const QString &sessionId, const QString &name)
{
    return QStringLiteral("app-env/%1/%2").arg(sessionId, name);
}

QString savedKey(const QString &name)
{
    return QStringLiteral("app-env-saved/") + name;
}

QString namesToJson(const QStringList &names)
{
    QStringList sorted = names;
    sorted.sort();
    sorted.removeDuplicates();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact));
}

QStringList namesFromJson(const QString &json)
{
    QStringList names;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        if (isValidName(value.toString()))
            names << value.toString();
    }
    return names;
}

} // namespace AppEnvironment
