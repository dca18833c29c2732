// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <utility>

// Adds the headers a sandbox's port URL needs (E2B's private preview
// traffic token) to requests for the app's origin, and only those: a page
// that loads a script from a CDN must not hand the token to it.
// Runs on WebEngine's IO thread, so its data is set once, before use.
class PreviewInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewInterceptor)

public:
    PreviewInterceptor(const QUrl &appUrl, QList<std::pair<QByteArray, QByteArray>> headers,
                       QObject *parent = nullptr);
    ~PreviewInterceptor() override;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    const QUrl m_origin;
    const QList<std::pair<QByteArray, QByteArray>> m_headers;
};
