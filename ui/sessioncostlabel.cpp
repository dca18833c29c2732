// SPDX-License-Identifier: MIT
#include "sessioncostlabel.h"

#include "billing/budget.h"
#include "workflow/sessionrunner.h"

#include <QTimer>

#include <algorithm>
#include <limits>

SessionCostLabel::SessionCostLabel(QWidget *parent)
    : QLabel(parent)
    , m_redraw(new QTimer(this))
{
    setObjectName(QStringLiteral("sessionCost"));
    setAccessibleName(tr("Cost so far"));
    setTextFormat(Qt::PlainText);
    m_redraw->setSingleShot(true);
    m_redraw->setInterval(RedrawIntervalMs);
    connect(m_redraw, &QTimer::timeout, this, &SessionCostLabel::redraw);
}

SessionCostLabel::~SessionCostLabel() = default;

SessionCost SessionCostLabel::showStored(const SessionStore &store, const QString &id)
{
    m_stored = SessionCost::of(store, id);
    m_storedText = m_stored.total() > 0.0 || !m_stored.isPriced()
        ? tr("Cost so far: %1").arg(Budget::formatUsd(m_stored.total()))
        : tr("Cost so far: none");
    m_storedText += m_stored.notes();
    redraw();
    return m_stored;
}

void SessionCostLabel::follow(SessionRunner *runner)
{
    disconnect(m_progress);
    m_runner = runner;
    if (runner) {
        m_progress = connect(runner, &SessionRunner::generationProgressed, this, [this] {
            if (!m_redraw->isActive())
                m_redraw->start();
        });
    }
}

void SessionCostLabel::clearCost()
{
    m_redraw->stop();
    m_storedText.clear();
    m_stored = {};
    clear();
}

void SessionCostLabel::redraw()
{
    const std::optional<LlmUsageRecord> request = m_runner ? m_runner->requestSoFar() : std::nullopt;
    if (!request) {
        setText(m_storedText);
        setToolTip({});
        return;
    }
    const qint64 tokens =
        request->inputTokens + request->cacheWriteTokens + request->cacheReadTokens + request->outputTokens;
    if (request->priceStatus == PriceStatus::Unknown) {
        setText(tr("Cost so far: %1, and %Ln token(s) so far at an unknown price (the model is writing)", nullptr,
                   int(std::min<qint64>(tokens, std::numeric_limits<int>::max())))
                    .arg(Budget::formatUsd(m_stored.total())));
    } else {
        setText(tr("Cost so far: %1 (%Ln token(s) so far, the model is writing)", nullptr,
                   int(std::min<qint64>(tokens, std::numeric_limits<int>::max())))
                    .arg(Budget::formatUsd(m_stored.total() + request->cost)));
    }
    setToolTip(tr("The request being written is counted from the text received so far; when it ends, the "
                  "figure the service reports replaces it."));
}
