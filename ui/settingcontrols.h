// SPDX-License-Identifier: MIT
#pragma once

#include "settings/settingsregistry.h"

class AppSettings;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// Ties a control to one setting: it shows the stored value, writes each
// change at once, takes its range or choices from SettingsRegistry and
// follows changes made elsewhere (the first-run page, another window).
namespace SettingControls {
// The combo box's items carry the setting's choices as their data.
void bind(QComboBox *combo, AppSettings *settings, SettingKey key);
void bind(QSpinBox *spin, AppSettings *settings, SettingKey key);
void bind(QDoubleSpinBox *spin, AppSettings *settings, SettingKey key);
void bind(QCheckBox *check, AppSettings *settings, SettingKey key);
// Saved when editing finishes; a value the setting refuses shows the stored one again.
void bind(QLineEdit *edit, AppSettings *settings, SettingKey key);
} // namespace SettingControls
