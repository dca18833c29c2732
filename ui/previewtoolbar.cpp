// SPDX-License-Identifier: MIT
#include "previewtoolbar.h"

#include "namedtoolbutton.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

PreviewToolbar::PreviewToolbar(QWidget *parent)
    : QWidget(parent)
    , m_address(new QLineEdit(this))
    , m_reload(namedToolButton(tr("Reload"), QStringLiteral("previewReload"), tr("Load the page again"), this))
    , m_open(namedToolButton(tr("Open in Browser"), QStringLiteral("previewOpenInBrowser"),
                        tr("Open the page in your web browser"), this))
    , m_copy(namedToolButton(tr("Copy URL"), QStringLiteral("previewCopyUrl"), tr("Copy the page's address"), this))
    , m_pick(namedToolButton(tr("Pick Element"), QStringLiteral("previewPickElement"),
                             tr("Point at an element of the page for the next change; double-click a text to edit it "
                                "(Esc cancels)"),
                             this))
    , m_save(namedToolButton(tr("Save Text"), QStringLiteral("previewSaveEdit"),
                             tr("Save the text edited in the page as a new version, without the model"), this))
    , m_device(new QComboBox(this))
{
    setObjectName(QStringLiteral("previewToolbar"));
    m_address->setObjectName(QStringLiteral("previewAddress"));
    m_address->setAccessibleName(tr("Page address"));
    m_device->setObjectName(QStringLiteral("previewDevice"));
    m_device->setAccessibleName(tr("Device size"));
    // A list that drops below the box, as in a menu bar: Fusion would lay
    // it over the box with the current size on top, hiding what was chosen.
    m_device->setStyleSheet(QStringLiteral("QComboBox { combobox-popup: 0; }"));
    m_device->view()->setObjectName(QStringLiteral("previewDevicePopup"));
    m_device->view()->setAccessibleName(tr("Device sizes"));
    m_device->addItem(tr("Desktop"), QVariant::fromValue(Device::Desktop));
    m_device->addItem(tr("Phone (390 × 844)"), QVariant::fromValue(Device::Phone));
    m_device->addItem(tr("Tablet (820 × 1180)"), QVariant::fromValue(Device::Tablet));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reload);
    layout->addWidget(m_address, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_open);
    layout->addWidget(m_pick);
    layout->addWidget(m_save);
    layout->addWidget(m_device);

    connect(m_address, &QLineEdit::returnPressed, this, [this] {
        const QUrl url = QUrl::fromUserInput(m_address->text().trimmed());
        if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https"))
            emit navigateRequested(url);
    });
    connect(m_reload, &QToolButton::clicked, this, &PreviewToolbar::reloadRequested);
    connect(m_open, &QToolButton::clicked, this, &PreviewToolbar::openInBrowserRequested);
    connect(m_copy, &QToolButton::clicked, this, &PreviewToolbar::copyUrlRequested);
    m_pick->setCheckable(true);
    m_save->hide();
    connect(m_pick, &QToolButton::toggled, this, [this](bool checked) {
        if (!checked)
            m_save->hide();
        emit pickToggled(checked);
    });
    connect(m_save, &QToolButton::clicked, this, &PreviewToolbar::saveEditRequested);
    connect(m_device, &QComboBox::currentIndexChanged, this, [this] { emit deviceChanged(device()); });
    setUrl({});
}

PreviewToolbar::~PreviewToolbar() = default;

QSize PreviewToolbar::deviceSize(Device device)
{
    switch (device) {
    case Device::Phone:
        return {390, 844};
    case Device::Tablet:
        return {820, 1180};
    case Device::Desktop:
        break;
    }
    return {};
}

void PreviewToolbar::setUrl(const QUrl &url)
{
    m_address->setText(url.isValid() ? url.toDisplayString() : QString());
    m_address->setEnabled(url.isValid());
    m_reload->setEnabled(url.isValid());
    m_open->setEnabled(url.isValid());
    m_copy->setEnabled(url.isValid());
    m_pick->setEnabled(url.isValid());
}

void PreviewToolbar::setPicking(bool picking)
{
    const QSignalBlocker blocker(m_pick);
    m_pick->setChecked(picking);
    if (!picking)
        m_save->hide();
}

void PreviewToolbar::setEditing(bool editing)
{
    m_save->setVisible(editing && m_pick->isChecked());
}

QUrl PreviewToolbar::url() const
{
    return QUrl::fromUserInput(m_address->text());
}

PreviewToolbar::Device PreviewToolbar::device() const
{
    return m_device->currentData().value<Device>();
}

void PreviewToolbar::setDevice(Device device)
{
    m_device->setCurrentIndex(m_device->findData(QVariant::fromValue(device)));
}
