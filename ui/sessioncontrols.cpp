// SPDX-License-Identifier: MIT
#include "sessioncontrols.h"

#include "appicons.h"
#include "diff/versioncomparison.h"
#include "erroradvice.h"
#include "export/appexport.h"
#include "export/appexporter.h"
#include "sessiontext.h"
#include "store/sessionstore.h"
#include "store/sessionwatcher.h"
#include "workflow/runautoextend.h"
#include "workflow/sandboxend.h"
#include "workflow/sessionholds.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QRegularExpression>
#include <QUrl>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QAbstractItemView>
#include <QTimer>
#include <QToolButton>

SessionControls::SessionControls(SessionManager *manager, SessionWatcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_versions(new QComboBox(this))
    , m_restore(new QPushButton(tr("R&estore"), this))
    , m_export(new QToolButton(this))
    , m_timeLeft(new QLabel(this))
    , m_extend(new QPushButton(tr("E&xtend"), this))
    , m_showExport(new QAction(tr("Show in Folder"), this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("sessionControls"));
    m_versions->setObjectName(QStringLiteral("versionList"));
    m_versions->setAccessibleName(tr("Versions of the app"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_versions->view()->setObjectName(QStringLiteral("versionListPopup"));
    m_versions->view()->setAccessibleName(tr("Versions of the app"));
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setAccessibleName(tr("Restore the selected version"));
    m_restore->setToolTip(tr("Put the selected version back into the running app, as a new version"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the code"));
    m_export->setText(tr("Export"));
    m_export->setIcon(AppIcons::action(QStringLiteral("document-save")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setFocusPolicy(Qt::StrongFocus);
    auto *menu = new QMenu(m_export);
    menu->setObjectName(QStringLiteral("exportMenu"));
    menu->setAccessibleName(tr("Export to"));
    QAction *toFolder = menu->addAction(tr("To a &Folder…"));
    toFolder->setObjectName(QStringLiteral("exportFolderAction"));
    QAction *toZip = menu->addAction(tr("As a &ZIP File…"));
    toZip->setObjectName(QStringLiteral("exportZipAction"));
    m_export->setMenu(menu);
    m_timeLeft->setObjectName(QStringLiteral("sessionTimeLeft"));
    m_timeLeft->setAccessibleName(tr("Time left"));
    m_timeLeft->setTextFormat(Qt::PlainText);
    m_extend->setObjectName(QStringLiteral("extendButton"));
    m_extend->setAccessibleName(tr("Give the sandbox more time"));
    m_extend->setToolTip(tr("Give the sandbox more time, up to the plan's longest run"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *versionsLabel = new QLabel(tr("Versio&n:"), this);
    versionsLabel->setBuddy(m_versions);
    layout->addWidget(versionsLabel);
    layout->addWidget(m_versions);
    layout->addWidget(m_restore);
    layout->addWidget(m_export);
    layout->addStretch(1);
    layout->addWidget(m_timeLeft);
    layout->addWidget(m_extend);

    m_showExport->setObjectName(QStringLiteral("showExportAction"));
    connect(m_showExport, &QAction::triggered, this, [this] {
        if (!m_exportedFolder.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportedFolder));
    });

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &SessionControls::updateCountdown);
    connect(m_restore, &QPushButton::clicked, this, &SessionControls::restoreSelected);
    connect(m_versions, &QComboBox::currentIndexChanged, this, &SessionControls::updateRestore);
    connect(m_extend, &QPushButton::clicked, this, &SessionControls::extend);
    connect(toFolder, &QAction::triggered, this, [this] { chooseExport(false); });
    connect(toZip, &QAction::triggered, this, [this] { chooseExport(true); });
    connect(watcher, &SessionWatcher::sessionChanged, this, [this](const QString &sessionId) {
        if (sessionId == m_sessionId)
            refresh();
    });
    connect(manager, &SessionManager::runnerStarted, this, [this](SessionRunner *runner) {
        if (runner->sessionId() == m_sessionId)
            refresh();
    });
    connect(manager, &SessionManager::sessionEnded, this, [this](const QString &sessionId) {
        if (sessionId == m_sessionId)
            refresh();
    });
    // The window takes or lets go of the session: the tooltip says whether it is extended by itself.
    connect(manager->holds(), &SessionHolds::heldChanged, this, [this](const QString &sessionId) {
        if (sessionId == m_sessionId)
            updateExtend();
    });
    refresh();
}

SessionControls::~SessionControls() = default;

void SessionControls::setSessionId(const QString &sessionId)
{
    m_sessionId = sessionId;
    m_versionCount = -1;
    m_versionChanges.clear();
    refresh();
}

void SessionControls::followEnd()
{
    SandboxEnd *end = m_sessionId.isEmpty() ? nullptr : m_manager->sandboxEnd(m_sessionId);
    if (end == m_end)
        return;
    for (const QMetaObject::Connection &connection : std::exchange(m_endConnections, {}))
        disconnect(connection);
    m_end = end;
    if (!end)
        return;
    m_endConnections << connect(end, &SandboxEnd::extendFailed, this, [this](const SpawnError &error) {
        const QString message = tr("The sandbox was not extended: %1").arg(error.message);
        if (const std::optional<Plan> plan = ErrorAdvice::planToSet(error))
            emit planMismatch(message, *plan);
        else
            emit errorOccurred(message);
    });
    // A kept app's end moves without the history changing when E2B comes
    // on or the plan changes.
    m_endConnections << connect(end, &SandboxEnd::changed, this, &SessionControls::refresh);
}

void SessionControls::refresh()
{
    const std::optional<Session> session =
        m_sessionId.isEmpty() ? std::nullopt : m_manager->store()->session(m_sessionId);
    reloadVersions();
    followEnd();
    const SessionRunner *runner = session ? m_manager->runner(m_sessionId) : nullptr;
    const bool running = runner && !runner->hasEnded() && runner->sandbox();
    const bool ready = running && session->status == SessionStatus::Ready;
    m_ready = ready;
    updateRestore();
    m_export->setEnabled(m_versions->count() > 0);
    // A running app's end as its runner recorded it; a kept one's, the
    // ledger's (no runner here records it).
    m_expiresAt = running ? session->expiresAt : (session && m_end ? m_end->expiresAt() : QDateTime());
    updateCountdown();
}

void SessionControls::updateRestore()
{
    const bool current = m_versions->currentIndex() == 0;  // newest first: the one that runs
    m_restore->setEnabled(m_ready && m_versions->count() > 1 && !current);
    m_restore->setToolTip(current && m_versions->count() > 0
                              ? tr("This version is the one that runs now; choose an earlier one to restore it")
                              : tr("Put the selected version back into the running app, as a new version"));
}

void SessionControls::updateExtend()
{
    // Off where it could only refuse: nothing runs, the plan's longest run
    // is reached, or E2B (for a kept app) has no key to reach it.
    const SpawnError refusal = m_end ? m_end->extensionRefusal() : SpawnError();
    m_extend->setEnabled(m_end && !refusal.isError());
    m_extend->setToolTip(refusal.isError() ? refusal.message
                                           : tr("Give the sandbox more time, up to the plan's longest run"));
    m_timeLeft->setToolTip(m_end && m_end->autoExtend()->isHeld()
                               ? tr("Extended by itself a few minutes before its end while this window shows it, "
                                    "up to the plan's longest run")
                               : QString());
}

void SessionControls::reloadVersions()
{
    const QList<AppVersion> versions =
        m_sessionId.isEmpty() ? QList<AppVersion>() : m_manager->store()->appVersions(m_sessionId);
    if (versions.size() == m_versionCount)
        return;
    m_versionCount = int(versions.size());
    m_versions->clear();
    // What each version changed, kept: a new version reads only itself and
    // the one before, on the GUI thread.
    VersionComparison::complete(*m_manager->store(), m_sessionId, &m_versionChanges);
    // Newest first: the one running now is on top.
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString when = QLocale().toString(it->createdAt.toLocalTime().time(), QLocale::ShortFormat);
        const QString change = VersionComparison::describe(m_versionChanges.value(it->version));
        const QString text = it->summary.isEmpty()
            ? tr("%1 · %2 · %3").arg(it->version).arg(when, change)
            : tr("%1 · %2 · %3 · %4").arg(it->version).arg(when, it->summary, change);
        m_versions->addItem(text, it->version);
    }
}

void SessionControls::updateCountdown()
{
    updateExtend();
    if (!m_expiresAt.isValid()) {
        m_timeLeft->clear();
        m_ticker->stop();
        return;
    }
    m_timeLeft->setText(timeLeftText());
    if (!m_ticker->isActive())
        m_ticker->start();
}

QString SessionControls::timeLeftText() const
{
    if (!m_expiresAt.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
    const QString clock = seconds >= 3600
        ? QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QChar(u'0')).arg(seconds % 60, 2, 10, QChar(u'0'))
        : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return tr("%1 left").arg(clock);
}

bool SessionControls::selectVersion(int version)
{
    const int index = m_versions->findData(version);
    if (index < 0)
        return false;
    m_versions->setCurrentIndex(index);
    return true;
}

void SessionControls::restoreSelected()
{
    const int version = m_versions->currentData().toInt();
    if (version <= 0 || m_versions->currentIndex() == 0)
        return;
    if (const SpawnError error = m_manager->restoreVersion(m_sessionId, version); error.isError())
        emit errorOccurred(error.message);
}

void SessionControls::extend()
{
    if (const SpawnError error = m_manager->extend(m_sessionId); error.isError())
        emit errorOccurred(error.message);
}

bool SessionControls::exportTo(const QString &path, bool zip)
{
    const int number = m_versions->currentData().toInt();
    const std::optional<AppVersion> version = number > 0 ? m_manager->store()->appVersion(m_sessionId, number)
                                                         : m_manager->store()->latestAppVersion(m_sessionId);
    if (!version) {
        emit errorOccurred(tr("There is no stored code to export."));
        return false;
    }
    // Parented to the controls: leaving the app drops an export in flight.
    auto *exporting = new AppExport(*version, path, zip ? AppExport::Format::Zip : AppExport::Format::Folder, this);
    exporting->includePromptImages(
        m_sessionId, AppExporter::promptImageNames(m_manager->store()->conversation(m_sessionId), *version));
    connect(exporting, &AsyncOperation::finished, this, [this, exporting, zip] {
        exporting->deleteLater();
        if (exporting->isCancelled())
            return;
        if (exporting->error().isError()) {
            emit errorOccurred(exporting->error().message);
            return;
        }
        const QString path = exporting->path();
        m_exportedFolder = zip ? QFileInfo(path).absolutePath() : path;
        emit exported(path);
        emit exportNotice(zip ? tr("Exported the code to %1.").arg(QDir::toNativeSeparators(path))
                              : tr("Exported the code into the folder %1.").arg(QDir::toNativeSeparators(path)),
                          m_showExport);
    });
    exporting->start();
    return true;
}

QString SessionControls::suggestedExportName() const
{
    const int number = m_versions->currentData().toInt();
    SessionStore *store = m_manager->store();
    const std::optional<AppVersion> version = number > 0 ? store->appVersion(m_sessionId, number)
                                                         : store->latestAppVersion(m_sessionId);
    if (version) {
        static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                              QRegularExpression::CaseInsensitiveOption);
        for (const AppFile &file : version->files) {
            if (file.path.compare(u"index.html", Qt::CaseInsensitive) != 0
                && !file.path.endsWith(u"/index.html", Qt::CaseInsensitive))
                continue;
            if (const QRegularExpressionMatch match = title.match(QString::fromUtf8(file.content));
                match.hasMatch() && !match.captured(1).trimmed().isEmpty())
                return SessionText::fileName(match.captured(1));
        }
    }
    const std::optional<Session> session = store->session(m_sessionId);
    return session ? SessionText::fileName(session->templateName.isEmpty() ? session->prompt : session->templateName)
                   : QStringLiteral("app");
}

void SessionControls::chooseExport(bool zip)
{
    // Window-modal and asynchronous: no nested event loop.
    auto *dialog = new QFileDialog(this, zip ? tr("Export as ZIP") : tr("Export to a folder"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (zip) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("ZIP archives (*.zip)"));
        dialog->setDefaultSuffix(QStringLiteral("zip"));
        dialog->selectFile(QDir::home().filePath(suggestedExportName() + u".zip"));
    } else {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setDirectory(QDir::homePath());
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this, zip](const QString &path) {
        if (!path.isEmpty())
            exportTo(path, zip);
    });
    dialog->open();
}
