// SPDX-License-Identifier: MIT
#pragma once

#include <QWebEnginePage>

// The preview's page: what the app writes to its JavaScript console comes
// out as a log line for the session's log.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);
    ~PreviewPage() override;

    // Console messages that start with `prefix` are the preview's own
    // scripts talking (ElementPicker): they come out as
    // privateConsoleMessage(), without the prefix, and are not logged.
    void setPrivateConsolePrefix(const QString &prefix) { m_privatePrefix = prefix; }

    static QString consoleLine(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                               const QString &sourceId);

signals:
    void consoleMessage(const QString &line);
    void consoleError(const QString &message, const QString &source, int line);
    void privateConsoleMessage(const QString &message);

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceId) override;

private:
    QString m_privatePrefix;
};
