// SPDX-License-Identifier: MIT
#include "timelinepictures.h"

#include "store/promptimagestore.h"
#include "store/sessionstore.h"
#include "thumbnailload.h"

#include <QTreeWidget>

namespace {
constexpr int PathRole = Qt::UserRole + 2;
} // namespace

TimelinePictures::TimelinePictures(SessionStore *store, QTreeWidget *tree)
    : QObject(tree)
    , m_store(store)
    , m_tree(tree)
{
}

TimelinePictures::~TimelinePictures()
{
    // Its end would show thumbnails in a tree being destroyed.
    if (ThumbnailLoad *loading = m_loading) {
        loading->disconnect(this);
        loading->cancel();
    }
}

void TimelinePictures::show(const QString &sessionId)
{
    m_sessionId = sessionId;
    m_shownMessages.clear();
    update();
}

void TimelinePictures::update()
{
    if (m_sessionId.isEmpty())
        return;
    const QList<ConversationMessage> conversation = m_store->conversation(m_sessionId);
    for (const ConversationMessage &message : conversation) {
        if (message.role != ConversationMessage::Role::User || message.images.isEmpty()
            || m_shownMessages.contains(message.id))
            continue;
        m_shownMessages.insert(message.id);
        const int count = int(message.images.size());
        auto *row = new QTreeWidgetItem;
        row->setText(1, message.purpose == u"prompt" ? tr("The prompt's pictures (%n)", nullptr, count)
                                                     : tr("Pictures with the change (%n)", nullptr, count));
        row->setToolTip(1, message.content);
        for (int i = 0; i < count; ++i) {
            const QString name = message.images.at(i);
            auto *picture = new QTreeWidgetItem(row);
            picture->setText(1, tr("Picture %1").arg(i + 1));
            picture->setToolTip(1, name);
            picture->setData(1, Qt::AccessibleTextRole, tr("Picture %1, %2").arg(i + 1).arg(name));
            picture->setData(1, PathRole, QString(PromptImageStore::folder(m_sessionId) + u'/' + name));
        }
        // Rows of different heights: the thumbnails are taller than a line of text.
        m_tree->setUniformRowHeights(false);
        insertRow(row, message.time);
        row->setExpanded(true);
    }
    showLoaded();
    loadMissing();
}

void TimelinePictures::insertRow(QTreeWidgetItem *row, const QDateTime &time)
{
    int index = m_tree->topLevelItemCount();
    while (index > 0 && m_tree->topLevelItem(index - 1)->data(0, TimeRole).toDateTime() > time)
        --index;
    row->setData(0, TimeRole, time);
    m_tree->insertTopLevelItem(index, row);
}

void TimelinePictures::showLoaded()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_tree->topLevelItem(i);
        for (int j = 0; j < row->childCount(); ++j) {
            QTreeWidgetItem *picture = row->child(j);
            const QString path = picture->data(1, PathRole).toString();
            if (!path.isEmpty() && picture->icon(1).isNull() && m_thumbnails.contains(path))
                picture->setIcon(1, QIcon(m_thumbnails.value(path)));
        }
    }
}

void TimelinePictures::loadMissing()
{
    if (m_loading)
        return;  // its end looks again
    QStringList missing;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_tree->topLevelItem(i);
        for (int j = 0; j < row->childCount(); ++j) {
            const QString path = row->child(j)->data(1, PathRole).toString();
            if (!path.isEmpty() && !m_thumbnails.contains(path) && !missing.contains(path))
                missing << path;
        }
    }
    if (missing.isEmpty())
        return;
    m_tree->setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    auto *loading = new ThumbnailLoad(missing, ThumbnailSize, this);
    m_loading = loading;
    connect(loading, &AsyncOperation::finished, this, [this, loading, missing] {
        loading->deleteLater();
        m_loading = nullptr;
        const QHash<QString, QImage> &loaded = loading->thumbnails();
        for (const QString &path : missing) {
            // A missing or damaged file is not read again and again; its row says its name.
            m_thumbnails.insert(path, QPixmap::fromImage(loaded.value(path)));
        }
        showLoaded();
        loadMissing();
    });
    loading->start();
}
