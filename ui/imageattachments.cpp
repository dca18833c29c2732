// SPDX-License-Identifier: MIT
#include "imageattachments.h"

#include "common/promptimagecheck.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

// Small enough to decode at once: the picture was checked (at most 5 MB,
// scaled to 1568 pixels) and the reader decodes straight to the small size.
QPixmap thumbnailOf(const PromptImage &image)
{
    QByteArray bytes = image.data;
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);
    if (image.width > 0 && image.height > 0)
        reader.setScaledSize(QSize(image.width, image.height)
                                 .scaled(ImageAttachments::ThumbnailSize, ImageAttachments::ThumbnailSize,
                                         Qt::KeepAspectRatio));
    const QImage decoded = reader.read();
    return decoded.isNull() ? QPixmap() : QPixmap::fromImage(decoded);
}
} // namespace

ImageAttachments::ImageAttachments(QWidget *parent)
    : QWidget(parent)
    , m_tiles(new QHBoxLayout)
{
    setObjectName(QStringLiteral("imageAttachments"));
    setAccessibleName(tr("Attached pictures"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tiles->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_tiles);
    layout->addStretch(1);
    hide();
}

ImageAttachments::~ImageAttachments() = default;

void ImageAttachments::clear()
{
    if (m_images.isEmpty())
        return;
    m_images.clear();
    while (QLayoutItem *item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    hide();
    emit changed();
}

bool ImageAttachments::holdsImages(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasImage())
        return true;
    const QStringList files = localFiles(mime);
    return !files.isEmpty();
}

bool ImageAttachments::addFiles(const QStringList &paths)
{
    bool added = false;
    for (const QString &path : paths) {
        SpawnError error;
        std::optional<PromptImage> image = PromptImageCheck::fromFile(path, &error);
        added = add(std::move(image), error.message) || added;
    }
    return added;
}

bool ImageAttachments::addBytes(const QByteArray &bytes, const QString &source)
{
    SpawnError error;
    std::optional<PromptImage> image = PromptImageCheck::fromBytes(bytes, source, &error);
    return add(std::move(image), error.message);
}

bool ImageAttachments::addMimeData(const QMimeData *mime)
{
    const QStringList files = localFiles(mime);
    if (!files.isEmpty())
        return addFiles(files);
    if (!mime || !mime->hasImage())
        return false;
    // A copied picture arrives decoded; it goes to the model as PNG.
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        emit refused(tr("The pasted picture could not be read"));
        return false;
    }
    return addBytes(png, tr("pasted image %1").arg(++m_pasted));
}

bool ImageAttachments::add(std::optional<PromptImage> image, const QString &error)
{
    if (!image) {
        emit refused(error);
        return false;
    }
    if (const SpawnError tooMany = PromptImageCheck::checkCount(m_images.size() + 1); tooMany.isError()) {
        emit refused(tooMany.message);
        return false;
    }
    m_images.append(*image);
    addTile(*image);
    show();
    emit changed();
    return true;
}

void ImageAttachments::addTile(const PromptImage &image)
{
    auto *tile = new QWidget(this);
    tile->setObjectName(QStringLiteral("imageTile"));
    auto *picture = new QLabel(tile);
    picture->setObjectName(QStringLiteral("imageThumbnail"));
    picture->setFixedSize(ThumbnailSize, ThumbnailSize);
    picture->setAlignment(Qt::AlignCenter);
    picture->setPixmap(thumbnailOf(image));
    picture->setToolTip(tr("%1, %2 × %3 pixels").arg(image.source).arg(image.width).arg(image.height));
    picture->setAccessibleName(tr("Picture %1").arg(image.source));
    auto *remove = new QToolButton(tile);
    remove->setObjectName(QStringLiteral("removeImageButton"));
    remove->setText(QStringLiteral("×"));
    remove->setAccessibleName(tr("Remove the picture %1").arg(image.source));
    remove->setToolTip(tr("Remove %1").arg(image.source));
    remove->setFocusPolicy(Qt::StrongFocus);
    remove->setAutoRaise(true);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(remove, 0, Qt::AlignRight);
    layout->addWidget(picture);
    connect(remove, &QToolButton::clicked, this, [this, tile] { removeAt(m_tiles->indexOf(tile)); });
    m_tiles->addWidget(tile);
    tile->show();  // the strip may be on screen already
}

void ImageAttachments::removeAt(int index)
{
    if (index < 0 || index >= m_images.size())
        return;
    m_images.removeAt(index);
    QLayoutItem *item = m_tiles->takeAt(index);
    // Deleted later: the click that asked for it is still being handled.
    item->widget()->hide();
    item->widget()->deleteLater();
    delete item;
    // The keyboard stays in the strip: on the next picture's ×, or the one before.
    if (QLayoutItem *next = m_tiles->itemAt(std::min<int>(index, m_tiles->count() - 1))) {
        if (auto *button = next->widget()->findChild<QToolButton *>())
            button->setFocus(Qt::OtherFocusReason);
    }
    if (m_images.isEmpty()) {
        if (QWidget *owner = parentWidget())
            owner->setFocus(Qt::OtherFocusReason);
        hide();
    }
    emit changed();
}

void ImageAttachments::watch(QWidget *widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
    if (auto *area = qobject_cast<QAbstractScrollArea *>(widget))
        area->viewport()->installEventFilter(this);
}

bool ImageAttachments::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!holdsImages(drag->mimeData()))
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!holdsImages(drop->mimeData()))
            break;
        drop->acceptProposedAction();
        addMimeData(drop->mimeData());
        return true;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!key->matches(QKeySequence::Paste))
            break;
        const QMimeData *clipboard = QApplication::clipboard()->mimeData();
        // Plain text pastes as text; copied files and pictures are taken here.
        if (!holdsImages(clipboard))
            break;
        addMimeData(clipboard);
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ImageAttachments::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Attach Pictures"));
    dialog->setObjectName(QStringLiteral("attachImageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Pictures (*.png *.jpg *.jpeg *.webp *.gif)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) { addFiles(files); });
    dialog->open();
}

QPushButton *ImageAttachments::makeAttachButton(QWidget *parent, const QString &objectName,
                                                const QString &accessibleName, const QString &where)
{
    auto *button = new QPushButton(tr("Attach ima&ge…"), parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(tr("Attach pictures (PNG, JPEG, WebP or GIF); you can also drop or paste them in %1").arg(where));
    connect(button, &QPushButton::clicked, this, &ImageAttachments::chooseFiles);
    return button;
}
