// SPDX-License-Identifier: MIT
#include "previewpage.h"

#include <QUrl>

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

PreviewPage::~PreviewPage() = default;

QString PreviewPage::consoleLine(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                 const QString &sourceId)
{
    QString kind;
    switch (level) {
    case InfoMessageLevel:
        kind = QStringLiteral("log");
        break;
    case WarningMessageLevel:
        kind = QStringLiteral("warning");
        break;
    case ErrorMessageLevel:
        kind = QStringLiteral("error");
        break;
    }
    const QString file = QUrl(sourceId).fileName();
    const QString where = file.isEmpty() ? QString() : u" (" + file + u':' + QString::number(lineNumber) + u')';
    return u"[preview console " + kind + u"] " + message + where;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                           int lineNumber, const QString &sourceId)
{
    if (!m_privatePrefix.isEmpty() && message.startsWith(m_privatePrefix)) {
        emit privateConsoleMessage(message.mid(m_privatePrefix.size()));
        return;
    }
    emit consoleMessage(consoleLine(level, message, lineNumber, sourceId));
    if (level == ErrorMessageLevel)
        emit consoleError(message, sourceId, lineNumber);
}
