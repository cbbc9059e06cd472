// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QSettings;

namespace godwit::widgets {

// The choices of Edit ▸ Preferences, kept in QSettings under "Preferences/".
struct Preferences {
    enum class Theme { System, Light, Dark };

    QString language; // "" follows the system; else "en", "de", "zh_CN"
    Theme theme = Theme::System;
    int rate = 200; // the simulated application's operations per second in a new rehearsal
    qint64 batchSize = 0; // rows per backfill batch in a new rehearsal; 0: what the plan suggests
    QString workingCopyFolder; // where rehearsals put their copies; "": WorkingCopy::defaultFolder()

    bool operator==(const Preferences&) const = default;

    [[nodiscard]] static Preferences load();
    [[nodiscard]] static Preferences load(const QSettings& settings);
    void save() const;
    void save(QSettings& settings) const;
    // workingCopyFolder, or the default folder when it is empty.
    [[nodiscard]] QString effectiveWorkingCopyFolder() const;
};

// The languages Godwit is translated into, by code ("en", "de", "zh_CN"), with their own names.
struct Language {
    QString code;
    QString nativeName;
};
[[nodiscard]] QList<Language> availableLanguages();

// Installs Godwit's and Qt's translations for `code` ("" follows the system locale) on the
// running application, replacing earlier ones. Widgets built before keep their text, so a
// change takes effect at the next start. True when a catalogue of a language other than English
// was loaded (English loads only its plural forms).
bool installTranslations(const QString& code);

// Fusion with a light or dark palette, or the platform's style and palette for System.
void applyTheme(Preferences::Theme theme);

} // namespace godwit::widgets
