// SPDX-License-Identifier: MIT
#pragma once

#include "generation/previewfixrequest.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

// "3 errors in the preview — Fix": what the preview of the app's current
// version saw (console errors, uncaught exceptions, failed requests to the
// app's origin), counted once each. Fix asks for a follow-up with them
// (fixRequested). With "Fix preview errors automatically" it asks by
// itself once the page has settled: once per version and never more than
// twice in a row, so a model that cannot fix them does not spend on and on.
class PreviewErrorsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewErrorsBar)

public:
    static constexpr int MaxAutomaticFixesInARow = 2;

    explicit PreviewErrorsBar(QWidget *parent = nullptr);
    ~PreviewErrorsBar() override;

    // Another session: its errors start from nothing.
    void setSession(const QString &sessionId);
    // An error the preview saw while it showed `version`; a new version
    // starts a new list.
    void addProblem(const PreviewProblem &problem, int version);
    // The page of `version` finished loading: the automatic fix waits a
    // moment for what the page's scripts report, then decides.
    void pageLoaded(int version);
    // Whether a change may be asked now (a generated app, ready).
    void setFixPossible(bool possible);
    void setAutomatic(bool automatic) { m_automatic = automatic; }
    // A change the user asked for: the automatic fixes count from 0 again.
    void resetAutomaticCount() { m_automaticInARow = 0; }

    const QList<PreviewProblem> &problems() const { return m_problems; }
    int version() const { return m_version; }

signals:
    // Ask the model to fix `problems`; `automatic` when no one pressed Fix.
    void fixRequested(const QList<PreviewProblem> &problems, bool automatic);

private:
    void fix(bool automatic);
    void settle();
    void update();

    QString m_sessionId;
    int m_version = 0;
    QList<PreviewProblem> m_problems;
    QSet<int> m_fixedVersions;
    int m_automaticInARow = 0;
    bool m_fixPossible = false;
    bool m_automatic = false;
    QLabel *m_text;
    QPushButton *m_fixButton;
    QTimer *m_settle;
};
