// SPDX-License-Identifier: MIT
#include "versiondiffview.h"

#include "codeeditor.h"
#include "diff/versioncomparison.h"
#include "store/sessionstore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QAbstractItemView>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr int UnifiedPage = 0;
constexpr int SideBySidePage = 1;

QString lineHtml(const QByteArray &text)
{
    QString line = QString::fromUtf8(text);
    if (line.endsWith(u'\n'))
        line.chop(1);
    return line.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"));
}
} // namespace

VersionDiffView::VersionDiffView(const SessionStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_layout(new QButtonGroup(this))
    , m_summary(new QLabel(this))
    , m_files(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_sideBySide(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("versionDiffView"));
    m_from->setObjectName(QStringLiteral("diffFromVersion"));
    m_from->setAccessibleName(tr("Compare from version"));
    m_to->setObjectName(QStringLiteral("diffToVersion"));
    m_to->setAccessibleName(tr("Compare to version"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from->view()->setObjectName(QStringLiteral("diffFromVersionPopup"));
    m_from->view()->setAccessibleName(tr("Versions to compare from"));
    m_to->view()->setObjectName(QStringLiteral("diffToVersionPopup"));
    m_to->view()->setAccessibleName(tr("Versions to compare with"));
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_files->setObjectName(QStringLiteral("diffFileList"));
    m_files->setAccessibleName(tr("Changed files"));
    m_sideBySide->setObjectName(QStringLiteral("diffSideBySide"));
    m_sideBySide->setAccessibleName(tr("The change, side by side"));
    m_sideBySide->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sideBySide->setLineWrapMode(QTextEdit::NoWrap);

    auto *unifiedButton = new QToolButton(this);
    unifiedButton->setObjectName(QStringLiteral("diffUnifiedButton"));
    unifiedButton->setText(tr("&Unified"));
    unifiedButton->setAccessibleName(tr("Show the change as a unified diff"));
    unifiedButton->setCheckable(true);
    unifiedButton->setChecked(true);
    auto *sideBySideButton = new QToolButton(this);
    sideBySideButton->setObjectName(QStringLiteral("diffSideBySideButton"));
    sideBySideButton->setText(tr("&Side by side"));
    sideBySideButton->setAccessibleName(tr("Show the change side by side"));
    sideBySideButton->setCheckable(true);
    m_layout->addButton(unifiedButton, UnifiedPage);
    m_layout->addButton(sideBySideButton, SideBySidePage);

    auto *bar = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("Co&mpare"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&with"), this);
    toLabel->setBuddy(m_to);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_summary, 1);
    bar->addWidget(unifiedButton);
    bar->addWidget(sideBySideButton);

    m_pages->addWidget(new QWidget(this));  // the unified editor, made when first shown
    m_pages->addWidget(m_sideBySide);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 600});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, &VersionDiffView::onVersionChosen);
    connect(m_to, &QComboBox::currentIndexChanged, this, &VersionDiffView::onVersionChosen);
    connect(m_files, &QListWidget::currentRowChanged, this, &VersionDiffView::showSelectedFile);
    connect(m_layout, &QButtonGroup::idClicked, this, [this](int id) { setSideBySide(id == SideBySidePage); });
}

VersionDiffView::~VersionDiffView() = default;

void VersionDiffView::showSession(const QString &sessionId)
{
    m_sessionId = sessionId;
    m_filling = true;
    m_from->clear();
    m_to->clear();
    const QList<AppVersion> versions = m_store && !sessionId.isEmpty() ? m_store->appVersions(sessionId)
                                                                       : QList<AppVersion>();
    m_from->addItem(tr("nothing (every file new)"), 0);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString text = tr("version %1").arg(it->version);
        m_from->addItem(text, it->version);
        m_to->addItem(text, it->version);
    }
    m_filling = false;
    const VersionComparison defaults = m_store && !versions.isEmpty()
        ? VersionComparison::load(*m_store, sessionId)
        : VersionComparison();
    compare(defaults.from(), defaults.to());
}

void VersionDiffView::compare(int from, int to)
{
    m_filling = true;
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(m_to->findData(to));
    m_filling = false;
    const QString selected = m_files->currentItem() ? m_files->currentItem()->data(PathRole).toString() : QString();
    m_files->clear();
    const VersionComparison comparison = m_store && to > 0 ? VersionComparison::load(*m_store, m_sessionId, from, to)
                                                           : VersionComparison();
    m_diff = comparison.diff();
    if (to <= 0) {
        m_summary->setText(tr("No versions yet."));
    } else if (m_diff.isEmpty()) {
        m_summary->setText(tr("No changes."));
    } else {
        m_summary->setText(VersionComparison::describe(
            {int(m_diff.files().size()), m_diff.linesAdded(), m_diff.linesDeleted()}));
    }
    for (const FileDiff &file : m_diff.files()) {
        const QString mark = file.change == FileDiff::Change::Added     ? tr("added")
                           : file.change == FileDiff::Change::Deleted ? tr("deleted")
                                                                       : tr("changed");
        const QString lines = file.binary ? tr("binary")
                                          : tr("+%1 −%2").arg(QLocale().toString(file.linesAdded),
                                                              QLocale().toString(file.linesDeleted));
        auto *item = new QListWidgetItem(tr("%1 (%2, %3)").arg(file.path, mark, lines), m_files);
        item->setData(PathRole, file.path);
    }
    if (!selectFile(selected) && m_files->count() > 0)
        m_files->setCurrentRow(0);
    showSelectedFile();
}

void VersionDiffView::onVersionChosen()
{
    if (!m_filling)
        compare(m_from->currentData().toInt(), m_to->currentData().toInt());
}

void VersionDiffView::setSideBySide(bool sideBySide)
{
    m_layout->button(sideBySide ? SideBySidePage : UnifiedPage)->setChecked(true);
    m_pages->setCurrentIndex(sideBySide ? SideBySidePage : UnifiedPage);
    showSelectedFile();
}

QStringList VersionDiffView::changedPaths() const
{
    QStringList paths;
    for (const FileDiff &file : m_diff.files())
        paths << file.path;
    return paths;
}

bool VersionDiffView::selectFile(const QString &path)
{
    for (int row = 0; row < m_files->count(); ++row) {
        if (m_files->item(row)->data(PathRole).toString() == path) {
            m_files->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString VersionDiffView::shownText() const
{
    if (m_pages->currentIndex() == SideBySidePage)
        return m_sideBySide->toPlainText();
    return m_unified ? QString::fromUtf8(m_unified->content()) : QString();
}

void VersionDiffView::showSelectedFile()
{
    const int row = m_files->currentRow();
    const FileDiff *file = row >= 0 && row < m_diff.files().size() ? &m_diff.files().at(row) : nullptr;
    if (m_pages->currentIndex() == SideBySidePage) {
        m_sideBySide->setHtml(file ? sideBySideHtml(*file) : QString());
        return;
    }
    if (!m_unified) {
        QWidget *placeholder = m_pages->widget(UnifiedPage);
        m_unified = new CodeEditor(m_pages);
        m_unified->setObjectName(QStringLiteral("diffUnified"));
        m_pages->insertWidget(UnifiedPage, m_unified);
        m_pages->removeWidget(placeholder);
        placeholder->deleteLater();
        m_pages->setCurrentIndex(UnifiedPage);
    }
    if (file)
        m_unified->showText(QString::fromUtf8(VersionDiff::unified(*file)), QStringLiteral("Diff"));
    else
        m_unified->clearFile();
}

QString VersionDiffView::sideBySideHtml(const FileDiff &file)
{
    if (file.binary)
        return tr("<p>%1 is a binary file; it changed.</p>").arg(file.path.toHtmlEscaped());
    // Deleted and added lines of one run face each other; kept lines sit on both sides.
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    const auto row = [&html](const QString &left, const QString &leftColour, const QString &right,
                             const QString &rightColour) {
        html += QStringLiteral("<tr><td width=\"50%\" bgcolor=\"%1\">%2</td><td width=\"50%\" bgcolor=\"%3\">%4</td></tr>")
                    .arg(leftColour, left, rightColour, right);
    };
    const QString deleted = QStringLiteral("#fbe3e4");
    const QString added = QStringLiteral("#e1f5e3");
    const QString none = QStringLiteral("transparent");
    for (const DiffHunk &hunk : file.hunks) {
        const QString header = QStringLiteral("<i>@@ %1 / %2</i>").arg(hunk.oldStart).arg(hunk.newStart);
        row(header, none, header, none);
        QList<QByteArray> minus;
        QList<QByteArray> plus;
        const auto flush = [&] {
            for (qsizetype i = 0; i < std::max(minus.size(), plus.size()); ++i) {
                row(i < minus.size() ? lineHtml(minus[i]) : QString(), i < minus.size() ? deleted : none,
                    i < plus.size() ? lineHtml(plus[i]) : QString(), i < plus.size() ? added : none);
            }
            minus.clear();
            plus.clear();
        };
        for (const DiffLine &line : hunk.lines) {
            if (line.kind == '-') {
                minus << line.text;
            } else if (line.kind == '+') {
                plus << line.text;
            } else {
                flush();
                row(lineHtml(line.text), none, lineHtml(line.text), none);
            }
        }
        flush();
    }
    return html + QStringLiteral("</table>");
}
