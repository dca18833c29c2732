// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QStackedLayout;
class QWebEngineProfile;
class QWebEngineView;

// The Preview tab: the running app in an embedded browser. WebEngine is
// expensive to start, so the web view is created the first time the pane
// is shown, not with the window. Each session gets an off-the-record
// profile of its own, so one app never sees another's cookies or storage,
// and the view and profile go when another session is shown.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // What to show: the session's app at `url`, or (an empty url) a note
    // that the app is not running.
    void setTarget(const QString &sessionId, const QUrl &url);
    void reload();

    bool hasView() const { return m_view != nullptr; }
    QWebEngineView *view() const { return m_view; }
    QWebEngineProfile *profile() const { return m_profile; }
    // The url the view was last told to load; empty when none.
    QUrl loadedUrl() const { return m_loadedUrl; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void sync();
    void createView();
    void releaseView();

    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QWebEngineView *m_view = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    QString m_sessionId;
    QUrl m_url;
    QString m_viewSessionId;
    QUrl m_loadedUrl;
    bool m_activated = false;
};
