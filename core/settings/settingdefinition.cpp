// SPDX-License-Identifier: MIT
#include "settingdefinition.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace {
std::optional<QVariant> toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value;
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"1")
        return QVariant(true);
    if (text == u"false" || text == u"0")
        return QVariant(false);
    return std::nullopt;
}

bool isLocaleName(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return text == u"system" || (pattern.match(text).hasMatch() && QLocale(text).language() != QLocale::C);
}
} // namespace

std::optional<QVariant> SettingDefinition::normalized(const QVariant &value) const
{
    if (!value.isValid())
        return std::nullopt;
    switch (type) {
    case SettingType::Bool:
        return toBool(value);
    case SettingType::Int: {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (!ok || number < minimum || number > maximum)
            return std::nullopt;
        return QVariant(number);
    }
    case SettingType::Double: {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (!ok || !(number >= minimum && number <= maximum))  // also refuses NaN
            return std::nullopt;
        return QVariant(number);
    }
    case SettingType::Choice: {
        const QString text = value.toString();
        return choices.contains(text) ? std::optional<QVariant>(text) : std::nullopt;
    }
    case SettingType::Text: {
        const QString text = value.toString().trimmed();
        if (text.size() > 200 || text.contains(u'\n'))
            return std::nullopt;
        return QVariant(text);
    }
    case SettingType::Name: {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,100}$"));
        const QString text = value.toString().trimmed();
        return pattern.match(text).hasMatch() ? std::optional<QVariant>(text) : std::nullopt;
    }
    case SettingType::Locale: {
        const QString text = value.toString().trimmed();
        return isLocaleName(text) ? std::optional<QVariant>(text) : std::nullopt;
    }
    case SettingType::Url: {
        const QUrl url(value.toString().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
            return std::nullopt;
        return QVariant(url.toString());
    }
    case SettingType::Json: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return QVariant(QString());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        return QVariant(text);
    }
    }
    return std::nullopt;
}
