// SPDX-License-Identifier: MIT
#include "settingcontrols.h"

#include "settings/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace {
// Calls `show` now and whenever `key` changes, while `control` lives.
template<typename Show>
void follow(QObject *control, AppSettings *settings, SettingKey key, Show show)
{
    show();
    QObject::connect(settings, &AppSettings::changed, control, [key, show](SettingKey changed) {
        if (changed == key)
            show();
    });
}
} // namespace

void SettingControls::bind(QComboBox *combo, AppSettings *settings, SettingKey key)
{
    follow(combo, settings, key, [combo, settings, key] {
        const QSignalBlocker blocker(combo);
        const int index = combo->findData(settings->value(key));
        if (index >= 0)
            combo->setCurrentIndex(index);
    });
    QObject::connect(combo, &QComboBox::currentIndexChanged, settings,
                     [combo, settings, key] { settings->setValue(key, combo->currentData()); });
}

void SettingControls::bind(QSpinBox *spin, AppSettings *settings, SettingKey key)
{
    const SettingDefinition &definition = SettingsRegistry::definition(key);
    spin->setRange(int(definition.minimum), int(definition.maximum));
    follow(spin, settings, key, [spin, settings, key] {
        const QSignalBlocker blocker(spin);
        spin->setValue(settings->value(key).toInt());
    });
    QObject::connect(spin, &QSpinBox::valueChanged, settings,
                     [settings, key](int value) { settings->setValue(key, value); });
}

void SettingControls::bind(QDoubleSpinBox *spin, AppSettings *settings, SettingKey key)
{
    const SettingDefinition &definition = SettingsRegistry::definition(key);
    spin->setRange(definition.minimum, definition.maximum);
    follow(spin, settings, key, [spin, settings, key] {
        const QSignalBlocker blocker(spin);
        spin->setValue(settings->value(key).toDouble());
    });
    QObject::connect(spin, &QDoubleSpinBox::valueChanged, settings,
                     [settings, key](double value) { settings->setValue(key, value); });
}

void SettingControls::bind(QCheckBox *check, AppSettings *settings, SettingKey key)
{
    follow(check, settings, key, [check, settings, key] {
        const QSignalBlocker blocker(check);
        check->setChecked(settings->value(key).toBool());
    });
    QObject::connect(check, &QCheckBox::toggled, settings,
                     [settings, key](bool checked) { settings->setValue(key, checked); });
}

void SettingControls::bind(QLineEdit *edit, AppSettings *settings, SettingKey key)
{
    const auto show = [edit, settings, key] {
        const QSignalBlocker blocker(edit);
        edit->setText(settings->value(key).toString());
    };
    follow(edit, settings, key, show);
    QObject::connect(edit, &QLineEdit::editingFinished, settings, [edit, settings, key, show] {
        if (!settings->setValue(key, edit->text().trimmed()))
            show();
    });
}
