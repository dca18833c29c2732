// SPDX-License-Identifier: MIT
#include "previewerrorsbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace {
// How long after the page loaded its scripts' errors are awaited before an
// automatic fix: a page's start-up code reports within this.
constexpr auto SettleTime = std::chrono::milliseconds(1500);
} // namespace

PreviewErrorsBar::PreviewErrorsBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_fixButton(new QPushButton(tr("&Fix"), this))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("previewErrorsBar"));
    m_text->setObjectName(QStringLiteral("previewErrorsText"));
    m_text->setTextFormat(Qt::PlainText);
    m_fixButton->setObjectName(QStringLiteral("previewFixButton"));
    m_fixButton->setAccessibleName(tr("Ask the model to fix the preview's errors"));
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleTime);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_fixButton);
    connect(m_fixButton, &QPushButton::clicked, this, [this] { fix(false); });
    connect(m_settle, &QTimer::timeout, this, &PreviewErrorsBar::settle);
    update();
}

PreviewErrorsBar::~PreviewErrorsBar() = default;

void PreviewErrorsBar::setSession(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    m_version = 0;
    m_problems.clear();
    m_fixedVersions.clear();
    m_automaticInARow = 0;
    m_settle->stop();
    update();
}

void PreviewErrorsBar::addProblem(const PreviewProblem &problem, int version)
{
    if (version != m_version) {
        m_version = version;
        m_problems.clear();
    }
    if (!m_problems.contains(problem))
        m_problems.append(problem);
    update();
}

void PreviewErrorsBar::pageLoaded(int version)
{
    if (version != m_version) {
        m_version = version;
        m_problems.clear();
        update();
    }
    m_settle->start();
}

void PreviewErrorsBar::setFixPossible(bool possible)
{
    m_fixPossible = possible;
    update();
}

void PreviewErrorsBar::settle()
{
    if (m_problems.isEmpty()) {
        // A version that runs clean ends a run of automatic fixes.
        m_automaticInARow = 0;
        return;
    }
    if (m_automatic && m_fixPossible && !m_fixedVersions.contains(m_version)
        && m_automaticInARow < MaxAutomaticFixesInARow)
        fix(true);
}

void PreviewErrorsBar::fix(bool automatic)
{
    if (m_problems.isEmpty() || !m_fixPossible)
        return;
    m_fixedVersions.insert(m_version);
    m_automaticInARow = automatic ? m_automaticInARow + 1 : 0;
    emit fixRequested(m_problems, automatic);
}

void PreviewErrorsBar::update()
{
    const int count = int(m_problems.size());
    m_text->setText(tr("%n error(s) in the preview of version %1", nullptr, count).arg(m_version));
    m_text->setToolTip(count > 0 ? m_problems.constFirst().message : QString());
    m_fixButton->setEnabled(m_fixPossible);
    m_fixButton->setToolTip(m_fixPossible ? tr("Send the errors, the files they point at and the end of the app's "
                                               "log to the model as a change")
                                          : tr("Only a ready app the model wrote takes a change"));
    setVisible(count > 0);
}
