// SPDX-License-Identifier: MIT
#include "sessioncodeview.h"

#include "codeeditor.h"
#include "livefileview.h"
#include "versiondiffview.h"
#include "store/sessionstore.h"
#include "store/sessionwatcher.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QHBoxLayout>
#include <QShowEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int PathRole = Qt::UserRole + 1;
} // namespace

SessionCodeView::SessionCodeView(SessionManager *manager, SessionWatcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_tree(new QTreeWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pages(new QStackedWidget(this))
    , m_fileArea(new QStackedWidget(this))
    , m_live(new LiveFileView(this))
    , m_changes(new VersionDiffView(manager->store(), this))
    , m_changesButton(new QPushButton(tr("C&hanges"), this))
    , m_status(new QLabel(this))
    , m_deployButton(new QPushButton(tr("Save and &Redeploy"), this))
    , m_revertButton(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("sessionCode"));
    m_tree->setObjectName(QStringLiteral("codeFileTree"));
    m_tree->setAccessibleName(tr("Files of the app"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("codeStatus"));
    m_status->setAccessibleName(tr("Code status"));
    m_status->setTextFormat(Qt::PlainText);
    m_deployButton->setObjectName(QStringLiteral("deployEditsButton"));
    m_deployButton->setAccessibleName(tr("Save the edited files and deploy them"));
    m_revertButton->setObjectName(QStringLiteral("revertEditsButton"));
    m_revertButton->setAccessibleName(tr("Undo all edits"));
    m_changesButton->setObjectName(QStringLiteral("showChangesButton"));
    m_changesButton->setAccessibleName(tr("Show what a version changed"));
    m_changesButton->setCheckable(true);
    m_changesButton->setToolTip(tr("What a version changed against another, file by file"));

    m_splitter->setObjectName(QStringLiteral("codeSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->setStretchFactor(0, 0);
    m_fileArea->setObjectName(QStringLiteral("codeFileArea"));
    m_fileArea->addWidget(m_live);
    m_splitter->addWidget(m_fileArea);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 600});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_changesButton);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_deployButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_changes);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentItemChanged(current); });
    connect(m_deployButton, &QPushButton::clicked, this, &SessionCodeView::deployEdits);
    connect(m_changesButton, &QPushButton::toggled, this, &SessionCodeView::showChanges);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        m_edits.clear();
        reload();
    });
    connect(watcher, &SessionWatcher::sessionChanged, this, [this](const QString &sessionId) {
        // A new version (the model's, a restore, the user's own edit).
        if (sessionId == m_sessionId) {
            // The list has no file contents: cheap on every status change.
            const QList<AppVersion> versions = m_manager->store()->appVersions(m_sessionId);
            if (!versions.isEmpty() && versions.constLast().version != m_version)
                reload();
        }
    });
    updateButtons();
}

SessionCodeView::~SessionCodeView() = default;

CodeEditor *SessionCodeView::editor()
{
    if (!m_editor) {
        m_editor = new CodeEditor(m_fileArea);
        m_fileArea->addWidget(m_editor);
        if (m_live->path().isEmpty())
            m_fileArea->setCurrentWidget(m_editor);
        connect(m_editor, &CodeEditor::edited, this, &SessionCodeView::onEdited);
    }
    return m_editor;
}

void SessionCodeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    editor();
}

void SessionCodeView::setSessionId(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    m_edits.clear();
    m_version = -1;
    reload();
}

void SessionCodeView::follow(SessionRunner *runner)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_runnerConnections))
        disconnect(connection);
    m_runnerConnections.clear();
    m_runner = runner;
    if (!runner)
        return;
    m_runnerConnections << connect(runner, &SessionRunner::fileStarted, this, [this](const QString &path) {
        QTreeWidgetItem *item = itemFor(path, true);
        item->setToolTip(0, tr("Being written by the model"));
        QFont font = item->font(0);
        font.setItalic(true);
        item->setFont(0, font);
        m_tree->scrollToItem(item);
        m_status->setText(tr("The model is writing %1").arg(path));
        m_live->start(path);
        showLive(true);
    });
    m_runnerConnections << connect(runner, &SessionRunner::fileTextWritten, m_live, &LiveFileView::append);
}

void SessionCodeView::reload()
{
    const QString current = m_editor ? m_editor->path() : QString();
    // Whatever was being written is stored now, or never will be.
    m_live->start({});
    showLive(false);
    m_tree->clear();
    m_stored.clear();
    if (m_editor)
        m_editor->clearFile();
    const std::optional<AppVersion> latest =
        m_sessionId.isEmpty() ? std::nullopt : m_manager->store()->latestAppVersion(m_sessionId);
    m_version = latest ? latest->version : 0;
    if (latest) {
        for (const AppFile &file : latest->files) {
            m_stored.insert(file.path, file.content);
            itemFor(file.path, true);
        }
        m_status->setText(tr("Version %1, %n file(s)", nullptr, int(latest->files.size())).arg(latest->version));
    } else {
        m_status->setText(m_sessionId.isEmpty() ? QString() : tr("No files yet."));
    }
    m_tree->expandAll();
    if (m_pages->currentWidget() == m_changes)
        m_changes->showSession(m_sessionId);
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        markItem(it.key());
    if (!current.isEmpty())
        selectFile(current);
    updateButtons();
}

QTreeWidgetItem *SessionCodeView::itemFor(const QString &path, bool create)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QTreeWidgetItem *parent = nullptr;
    QString sofar;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        sofar += (sofar.isEmpty() ? QString() : QStringLiteral("/")) + parts[i];
        const bool leaf = i == parts.size() - 1;
        QTreeWidgetItem *found = nullptr;
        const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
        for (int c = 0; c < count && !found; ++c) {
            QTreeWidgetItem *candidate = parent ? parent->child(c) : m_tree->topLevelItem(c);
            if (candidate->data(0, PathRole).toString() == sofar)
                found = candidate;
        }
        if (!found) {
            if (!create)
                return nullptr;
            found = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            found->setText(0, parts[i]);
            found->setData(0, PathRole, sofar);
            found->setData(0, Qt::AccessibleTextRole, sofar);
            if (!leaf)
                found->setExpanded(true);
        }
        parent = found;
    }
    return parent;
}

QStringList SessionCodeView::filePaths() const
{
    QStringList paths = m_stored.keys();
    std::sort(paths.begin(), paths.end());
    return paths;
}

bool SessionCodeView::selectFile(const QString &path)
{
    QTreeWidgetItem *item = itemFor(path, false);
    if (!item)
        return false;
    m_tree->setCurrentItem(item);
    return editor()->path() == path;
}

void SessionCodeView::onCurrentItemChanged(QTreeWidgetItem *current)
{
    const QString path = current ? current->data(0, PathRole).toString() : QString();
    if (!path.isEmpty() && path == m_live->path()) {
        showLive(true);
        return;
    }
    if (path.isEmpty() || !m_stored.contains(path)) {
        if (m_editor)
            m_editor->clearFile();
        return;
    }
    editor()->showFile(path, m_edits.value(path, m_stored.value(path)));
    showLive(false);
}

void SessionCodeView::showLive(bool live)
{
    if (live) {
        m_fileArea->setCurrentWidget(m_live);
        return;
    }
    if (m_editor)
        m_fileArea->setCurrentWidget(m_editor);
}

void SessionCodeView::onEdited()
{
    const QString path = m_editor ? m_editor->path() : QString();
    if (path.isEmpty() || m_editor->isReadOnly())
        return;
    const QByteArray content = m_editor->content();
    if (content == m_stored.value(path))
        m_edits.remove(path);
    else
        m_edits.insert(path, content);
    markItem(path);
    updateButtons();
}

void SessionCodeView::markItem(const QString &path)
{
    if (QTreeWidgetItem *item = itemFor(path, false)) {
        const QString name = path.section(u'/', -1);
        item->setText(0, m_edits.contains(path) ? name + QStringLiteral(" •") : name);
        item->setToolTip(0, m_edits.contains(path) ? tr("Edited, not deployed yet") : QString());
    }
}

void SessionCodeView::updateButtons()
{
    m_deployButton->setEnabled(!m_edits.isEmpty());
    m_revertButton->setEnabled(!m_edits.isEmpty());
}

void SessionCodeView::showChanges(bool show)
{
    m_changesButton->setChecked(show);
    if (show)
        m_changes->showSession(m_sessionId);
    m_pages->setCurrentWidget(show ? static_cast<QWidget *>(m_changes) : m_splitter);
}

void SessionCodeView::deployEdits()
{
    if (m_edits.isEmpty())
        return;
    QList<AppFile> files;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        files << AppFile{it.key(), it.value(), false};
    const SpawnError error = m_manager->deployEdited(m_sessionId, files);
    if (error.isError()) {
        emit errorOccurred(tr("The edits were not deployed: %1").arg(error.message));
        return;
    }
    m_edits.clear();
    reload();
}
