// SPDX-License-Identifier: MIT
#include "budgetpage.h"

#include "priceoverrideseditor.h"
#include "settingcontrols.h"
#include "settings/appsettings.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QDoubleSpinBox *usdSpin(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setDecimals(2);
    spin->setSingleStep(5.0);
    spin->setPrefix(QStringLiteral("$"));
    // 0 is the minimum, and means no limit.
    spin->setSpecialValueText(BudgetPage::tr("No limit"));
    return spin;
}
} // namespace

BudgetPage::BudgetPage(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_prices(nullptr)
{
    setObjectName(QStringLiteral("budgetPage"));
    auto *intro = new QLabel(tr("What models and cloud sandboxes may cost, in US dollars. Models on your own "
                                "server and local sandboxes are free; a model without a price is counted apart, "
                                "never as free. 0 means no limit."),
                             this);
    intro->setObjectName(QStringLiteral("budgetIntro"));
    intro->setWordWrap(true);

    QDoubleSpinBox *monthly = usdSpin(this, QStringLiteral("monthlyBudgetSpin"), tr("Monthly budget in US dollars"));
    SettingControls::bind(monthly, settings, SettingKey::MonthlyBudgetUsd);
    QDoubleSpinBox *session = usdSpin(this, QStringLiteral("sessionBudgetSpin"), tr("Cap per session in US dollars"));
    SettingControls::bind(session, settings, SettingKey::SessionBudgetUsd);

    auto *action = new QComboBox(this);
    action->setObjectName(QStringLiteral("budgetActionCombo"));
    action->setAccessibleName(tr("When the budget is used up"));
    action->view()->setObjectName(QStringLiteral("budgetActionList"));
    action->view()->setAccessibleName(tr("When the budget is used up"));
    action->addItem(tr("Pause: ask no model, pause the E2B sandboxes"), QStringLiteral("pause"));
    action->addItem(tr("Stop: ask no model, end the E2B sandboxes"), QStringLiteral("kill"));
    SettingControls::bind(action, settings, SettingKey::BudgetAction);

    auto *unpriced = new QCheckBox(tr("Allow models &without a price while a limit is set"), this);
    unpriced->setObjectName(QStringLiteral("allowUnpricedCheck"));
    unpriced->setAccessibleName(tr("Allow models without a price while a limit is set"));
    unpriced->setToolTip(tr("Their requests are counted as unpriced, not in dollars, so the budget cannot stop them."));
    SettingControls::bind(unpriced, settings, SettingKey::AllowUnpricedModels);

    auto *form = new QFormLayout;
    form->addRow(tr("&Monthly budget:"), monthly);
    form->addRow(tr("Cap per &session:"), session);
    form->addRow(tr("At &100 %:"), action);
    form->addRow(QString(), unpriced);

    auto *prices = new QGroupBox(tr("Prices"), this);
    auto *pricesLayout = new QVBoxLayout(prices);
    m_prices = new PriceOverridesEditor(settings, prices);
    pricesLayout->addWidget(m_prices);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(prices, 1);
}

BudgetPage::~BudgetPage() = default;

void BudgetPage::editPrice(const QString &model)
{
    m_prices->editPrice(model);
}
