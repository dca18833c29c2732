// SPDX-License-Identifier: MIT
#include "privateappnotice.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace {
// For a POSIX shell: a quote inside ends the quoting, adds one and goes on.
QString shellQuoted(QString text)
{
    text.replace(u'\'', QStringLiteral("'\\''"));
    return QStringLiteral("'%1'").arg(text);
}
} // namespace

PrivateAppNotice::PrivateAppNotice(const QUrl &url, const Headers &headers, bool offerPreview, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("privateAppNotice"));
    setAttribute(Qt::WA_DeleteOnClose);
    setIcon(QMessageBox::Information);
    setWindowTitle(tr("A private app"));
    setText(tr("This app is private: E2B answers only requests that carry its access token. SpawnAI's preview adds "
               "the token; your web browser cannot, so E2B would show it an error (403)."));
    setInformativeText(tr("E2B cannot make a private app public while it runs: its API changes only what the sandbox "
                          "may reach, not who may reach it. To get an address anyone can open, turn off Settings ▸ "
                          "Defaults ▸ Private previews, then stop the app and redeploy it: E2B gives the new sandbox "
                          "a public address."));
    if (offerPreview) {
        QPushButton *preview = addButton(tr("Show in &Preview"), QMessageBox::AcceptRole);
        preview->setObjectName(QStringLiteral("showInPreviewButton"));
        connect(preview, &QPushButton::clicked, this, &PrivateAppNotice::previewRequested);
        setDefaultButton(preview);
    }
    QPushButton *copy = addButton(tr("Copy &curl Command"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyCurlButton"));
    copy->setToolTip(tr("A command line that fetches the app with its token, for an API or a script. It holds the "
                        "token: share it only with people who may use the app."));
    connect(copy, &QPushButton::clicked, this,
            [url, headers] { QGuiApplication::clipboard()->setText(curlCommand(url, headers)); });
    QPushButton *close = addButton(QMessageBox::Close);
    close->setObjectName(QStringLiteral("closePrivateNoticeButton"));
    if (!offerPreview)
        setDefaultButton(close);
}

PrivateAppNotice::~PrivateAppNotice() = default;

QString PrivateAppNotice::curlCommand(const QUrl &url, const Headers &headers)
{
    QStringList words{QStringLiteral("curl")};
    for (const auto &[name, value] : headers)
        words << QStringLiteral("-H") << shellQuoted(QString::fromLatin1(name + ": " + value));
    words << shellQuoted(url.toString(QUrl::FullyEncoded));
    return words.join(u' ');
}
