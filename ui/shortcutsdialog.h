// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QAction;
class QTreeWidget;

// Help ▸ Keyboard Shortcuts: every command of the window that has a key,
// read from its actions when the dialog opens, so the list cannot drift
// from what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget *window);
    ~ShortcutsDialog() override;

    // Opens one (non-modal, deleted on close) over `window`.
    static ShortcutsDialog *showFor(QWidget *window);
    // (command, keys) of the actions of `window` and its menus that have a
    // key, in menu order: ("Stop", "Ctrl+.").
    static QList<QPair<QString, QString>> shortcuts(const QWidget *window);

private:
    QTreeWidget *m_list;
};
