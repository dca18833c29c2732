// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// "&Delete…" -> "Delete"
QString commandName(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

void collect(const QList<QAction *> &actions, QSet<const QAction *> *seen, QList<QPair<QString, QString>> *out)
{
    for (const QAction *action : actions) {
        if (seen->contains(action))
            continue;
        seen->insert(action);
        if (const QMenu *menu = action->menu()) {
            collect(menu->actions(), seen, out);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        out->append({commandName(action), keys.join(QStringLiteral(", "))});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const auto &[command, keys] : shortcuts(window))
        new QTreeWidgetItem(m_list, {command, keys});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("shortcutsButtons"));
    if (QPushButton *close = buttons->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("shortcutsCloseButton"));
        close->setAccessibleName(tr("Close the shortcuts"));
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 420);
}

ShortcutsDialog::~ShortcutsDialog() = default;

ShortcutsDialog *ShortcutsDialog::showFor(QWidget *window)
{
    auto *dialog = new ShortcutsDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QList<QPair<QString, QString>> ShortcutsDialog::shortcuts(const QWidget *window)
{
    QList<QPair<QString, QString>> found;
    QSet<const QAction *> seen;
    // The menu bar first, in its order; then actions that live elsewhere
    // (the window's own, the session page's).
    if (const auto *main = qobject_cast<const QMainWindow *>(window); main && main->menuWidget())
        collect(main->menuWidget()->actions(), &seen, &found);
    collect(window->actions(), &seen, &found);
    const QList<QAction *> others = window->findChildren<QAction *>();
    collect(others, &seen, &found);
    return found;
}
