// SPDX-License-Identifier: MIT
#pragma once

#include "common/promptimage.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QMimeData;
class QPushButton;

// The pictures that go with a prompt before it is sent: a strip of small
// thumbnails, each with a remove (×) button. Pictures come from "Attach
// image…" (a file dialog that does not block), from files or image data
// dropped on a watched widget, and from Ctrl+V in one. Each is checked
// (PromptImageCheck) as it comes; a refused one is not added and
// refused() says why in the user's words. The new-app form and the
// follow-up line share it.
class ImageAttachments final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageAttachments)

public:
    static constexpr int ThumbnailSize = 64;

    explicit ImageAttachments(QWidget *parent = nullptr);
    ~ImageAttachments() override;

    const QList<PromptImage> &images() const { return m_images; }
    bool isEmpty() const { return m_images.isEmpty(); }
    void clear();

    // Each checked and added, or refused (refused()); true if any was added.
    bool addFiles(const QStringList &paths);
    bool addBytes(const QByteArray &bytes, const QString &source);
    // Local image files or image data (a drop, the clipboard).
    bool addMimeData(const QMimeData *mime);
    static bool holdsImages(const QMimeData *mime);

    // Drops on `widget` (and its viewport, for a text edit) and Ctrl+V in
    // it take pictures; anything else goes on to it as before.
    void watch(QWidget *widget);
    // "Attach image…": the file dialog, opened without blocking.
    void chooseFiles();
    // A button in `parent` that does it; `where` names what takes the
    // pictures, in its tooltip ("the prompt").
    QPushButton *makeAttachButton(QWidget *parent, const QString &objectName, const QString &accessibleName,
                                  const QString &where);

signals:
    void changed();
    void refused(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool add(std::optional<PromptImage> image, const QString &error);
    void addTile(const PromptImage &image);
    void removeAt(int index);

    QHBoxLayout *m_tiles;
    QList<PromptImage> m_images;
    int m_pasted = 0;  // names pasted pictures: "pasted image 1"
};
