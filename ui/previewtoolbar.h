// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

// Above the preview: the address, reload, open in the system browser,
// copy the address, Pick Element (a toggle; Save Text while a text is
// edited in place), and the device size (desktop fills the pane; phone and
// tablet show the page at a device's CSS width and height, scaled down when
// the pane is narrower).
class PreviewToolbar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewToolbar)

public:
    enum class Device
    {
        Desktop,
        Phone,   // 390 × 844
        Tablet,  // 820 × 1180
    };
    Q_ENUM(Device)

    explicit PreviewToolbar(QWidget *parent = nullptr);
    ~PreviewToolbar() override;

    static QSize deviceSize(Device device);  // empty for Desktop

    void setUrl(const QUrl &url);
    QUrl url() const;
    Device device() const;
    void setDevice(Device device);
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *deviceBox() const { return m_device; }
    QToolButton *pickButton() const { return m_pick; }
    // What the page says, without pickToggled(): picking ended, an edit began.
    void setPicking(bool picking);
    void setEditing(bool editing);

signals:
    void navigateRequested(const QUrl &url);
    void reloadRequested();
    void openInBrowserRequested();
    void copyUrlRequested();
    void deviceChanged(PreviewToolbar::Device device);
    void pickToggled(bool picking);
    void saveEditRequested();

private:
    QLineEdit *m_address;
    QToolButton *m_reload;
    QToolButton *m_open;
    QToolButton *m_copy;
    QToolButton *m_pick;
    QToolButton *m_save;
    QComboBox *m_device;
};
