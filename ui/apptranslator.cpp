// SPDX-License-Identifier: MIT
#include "apptranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.ui.translations", QtInfoMsg)

const QString OwnName = QStringLiteral("spawnaiTranslator");
const QString QtName = QStringLiteral("qtTranslator");

void removeInstalled()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QList<QTranslator *> installed = app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        if (translator->objectName() == OwnName || translator->objectName() == QtName) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}
} // namespace

std::optional<QLocale> AppTranslator::install(const QString &language)
{
    if (!QCoreApplication::instance())
        return std::nullopt;
    removeInstalled();
    const bool followsSystem = language.isEmpty() || language == u"system";
    const QLocale locale = followsSystem ? QLocale::system() : QLocale(language);
    // Numbers, money and dates as the chosen language writes them ("0,04 $"
    // in German): every QLocale() of the window, and Budget::formatUsd,
    // follows the default. Following the system keeps its own formats even
    // where the texts fall back to English.
    QLocale::setDefault(locale);
    auto *own = new QTranslator(QCoreApplication::instance());
    own->setObjectName(OwnName);
    // QTranslator::load(QLocale, ...) walks the locale's UI languages
    // (de_AT, de, ...) for the best file.
    const auto load = [own](const QLocale &wanted) {
        return own->load(wanted, QStringLiteral("spawnai"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    };
    if (!load(locale) && !load(QLocale(QLocale::English))) {
        delete own;
        qCDebug(lc) << "no translation for" << locale.uiLanguages();
        return std::nullopt;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own texts (standard buttons, context menus), when the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    qt->setObjectName(QtName);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    qCInfo(lc) << "translation loaded:" << own->language();
    return QLocale(own->language());
}

QStringList AppTranslator::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("spawnai_*.qm")});
    for (QString file : files) {
        file.chop(3);
        const QString name = file.mid(int(qstrlen("spawnai_")));
        if (name != u"en")
            languages << name;
    }
    return languages;
}
