// SPDX-License-Identifier: MIT
#pragma once

#include "previewbrowser.h"

#include <QObject>

class FollowUpBar;
class PreviewPane;
class SessionManager;

// What Pick Element in the preview leads to. An element picked goes into
// the follow-up line as a chip, with the app's file it comes from when one
// file alone holds it (PointedElementSource). A text edited in place
// becomes a new version by itself, without the model and so without
// tokens, when the old text occurs exactly once in the app's files
// (TextReplacement, SessionManager::deployEdited); otherwise the line is
// filled with the change for the model, for the user to send.
class ElementPointing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElementPointing)

public:
    ElementPointing(SessionManager *manager, PreviewPane *preview, FollowUpBar *line, QObject *parent = nullptr);
    ~ElementPointing() override;

    void setSessionId(const QString &sessionId) { m_sessionId = sessionId; }

signals:
    void errorOccurred(const QString &message);

private:
    void picked(const PickedElement &element);
    void edited(const PickedElement &element, const QString &newText);

    SessionManager *m_manager;
    FollowUpBar *m_line;
    QString m_sessionId;
};
