// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>

class QTreeWidget;
class QTreeWidgetItem;
class SessionStore;
class ThumbnailLoad;

// The pictures of a session's prompt and follow-ups in its timeline: a row
// where the turn was asked ("The prompt's pictures (2)"), and under it a
// row with a thumbnail for each. The stored files (PromptImageStore) are
// read on a thread of their own (ThumbnailLoad) and kept, so showing a
// session again reads nothing.
class TimelinePictures final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePictures)

public:
    static constexpr int ThumbnailSize = 48;
    // The timeline's rows keep their time here, so picture rows go in order.
    static constexpr int TimeRole = Qt::UserRole + 1;

    TimelinePictures(SessionStore *store, QTreeWidget *tree);
    ~TimelinePictures() override;

    // The tree was cleared for `sessionId`: its pictures are added again.
    void show(const QString &sessionId);
    // Adds the rows of turns stored since (a follow-up was just asked).
    void update();

private:
    void insertRow(QTreeWidgetItem *row, const QDateTime &time);
    void loadMissing();
    void showLoaded();

    SessionStore *m_store;
    QTreeWidget *m_tree;
    QString m_sessionId;
    QSet<qint64> m_shownMessages;
    // By path; a few kilobytes each.
    QHash<QString, QPixmap> m_thumbnails;
    QPointer<ThumbnailLoad> m_loading;
};
