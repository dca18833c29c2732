// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMessageBox>
#include <QUrl>

#include <utility>

// Open in Browser on a private E2B app. Its address answers only requests
// that carry the sandbox's traffic token, which SpawnAI's preview adds and
// an outside browser cannot, so E2B would show the browser a 403. E2B's API
// cannot make a private sandbox public either: PUT /sandboxes/{id}/network
// changes only its outgoing traffic (SandboxNetworkUpdateConfig has no
// allowPublicTraffic). The notice says both, and offers what works: the
// preview; a curl command line with the token, for an API or a script;
// and, in words, how to get a public address (turn private previews off,
// stop and redeploy). Window-modal through open(), never exec(); it deletes
// itself once closed.
class PrivateAppNotice final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivateAppNotice)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    // `offerPreview`: whether "Show in Preview" makes sense where it is asked
    // from (not from the preview's own toolbar).
    PrivateAppNotice(const QUrl &url, const Headers &headers, bool offerPreview, QWidget *parent);
    ~PrivateAppNotice() override;

    // A command line that fetches `url` with `headers` (the token in it).
    static QString curlCommand(const QUrl &url, const Headers &headers);

signals:
    void previewRequested();
};
