// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "rehearsal/workingcopystore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace godwit::widgets {

PreferencesDialog::PreferencesDialog(const Preferences& preferences, QWidget* parent)
    : QDialog(parent)
    , m_initial(preferences)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("As the system"), QString());
    for (const Language& language : availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_languageNote = new QLabel(tr("A new language takes effect when Godwit starts again."), this);
    m_languageNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { m_languageNote->setVisible(m_language->currentData().toString() != m_initial.language); });

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("As the system"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(preferences.theme))));

    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("rateBox"));
    m_rate->setRange(0, 5000);
    m_rate->setSingleStep(50);
    m_rate->setSuffix(tr(" ops/s"));
    m_rate->setValue(preferences.rate);
    m_rate->setToolTip(tr("Operations per second of the simulated application when a rehearsal starts"));
    m_batch = new QSpinBox(this);
    m_batch->setObjectName(QStringLiteral("batchBox"));
    m_batch->setRange(0, 1000000);
    m_batch->setSingleStep(500);
    m_batch->setSpecialValueText(tr("As the plan suggests"));
    m_batch->setSuffix(tr(" rows"));
    m_batch->setValue(int(std::min<qint64>(preferences.batchSize, 1000000)));
    m_batch->setToolTip(tr("Rows per backfill batch when a rehearsal starts"));

    m_folder = new QLineEdit(preferences.workingCopyFolder, this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(Preferences().effectiveWorkingCopyFolder());
    m_folder->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
    connect(m_folder, &QLineEdit::editingFinished, this, &PreferencesDialog::refreshUsage);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_usage = new QLabel(this);
    m_usage->setObjectName(QStringLiteral("usageLabel"));
    m_usage->setWordWrap(true);
    m_olderThan = new QSpinBox(this);
    m_olderThan->setObjectName(QStringLiteral("olderThanBox"));
    m_olderThan->setRange(0, 365);
    m_olderThan->setValue(7);
    m_olderThan->setSpecialValueText(tr("All copies"));
    m_olderThan->setSuffix(tr(" days old or more"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeCopiesButton"));
    m_remove->setToolTip(tr("Delete these working copies; your databases are never touched"));
    connect(m_remove, &QPushButton::clicked, this, &PreferencesDialog::removeOldCopies);
    auto* removeRow = new QHBoxLayout;
    removeRow->addWidget(new QLabel(tr("Remove copies:"), this));
    removeRow->addWidget(m_olderThan);
    removeRow->addWidget(m_remove);
    removeRow->addStretch(1);

    auto* general = new QGroupBox(tr("Appearance"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), m_languageNote);
    generalForm->addRow(tr("&Theme:"), m_theme);

    auto* rehearsal = new QGroupBox(tr("New rehearsals"), this);
    auto* rehearsalForm = new QFormLayout(rehearsal);
    rehearsalForm->addRow(tr("&Load:"), m_rate);
    rehearsalForm->addRow(tr("&Batch:"), m_batch);

    auto* copies = new QGroupBox(tr("Working copies"), this);
    auto* copiesForm = new QFormLayout(copies);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of a layout gets no buddy from addRow()
    copiesForm->addRow(folderLabel, folderRow);
    copiesForm->addRow(m_usage);
    copiesForm->addRow(removeRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(rehearsal);
    layout->addWidget(copies);
    layout->addStretch(1);
    layout->addWidget(buttons);
    refreshUsage();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.theme = Preferences::Theme(m_theme->currentData().toInt());
    p.rate = m_rate->value();
    p.batchSize = m_batch->value();
    p.workingCopyFolder = QDir::cleanPath(m_folder->text().trimmed());
    if (p.workingCopyFolder == QLatin1String("."))
        p.workingCopyFolder.clear();
    return p;
}

QAction* PreferencesDialog::createAction(QWidget* window)
{
    auto* action = new QAction(tr("&Preferences…"), window);
    action->setObjectName(QStringLiteral("preferencesAction"));
    action->setMenuRole(QAction::PreferencesRole);
    action->setShortcut(QKeySequence::Preferences);
    action->setStatusTip(tr("Language, theme, rehearsal defaults and working copies"));
    connect(action, &QAction::triggered, window, [window] {
        PreferencesDialog dialog(Preferences::load(), window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Preferences chosen = dialog.preferences();
        chosen.save();
        applyTheme(chosen.theme);
    });
    return action;
}

void PreferencesDialog::refreshUsage()
{
    const QString folder = preferences().effectiveWorkingCopyFolder();
    const auto entries = rehearsal::WorkingCopyStore(folder).entries();
    const qint64 bytes = rehearsal::WorkingCopyStore::totalBytes(entries);
    m_usage->setText(tr("%n working copies take %1 in %2.", nullptr, int(entries.size()))
                         .arg(QLocale().formattedDataSize(bytes), QDir::toNativeSeparators(folder)));
    m_remove->setEnabled(!entries.isEmpty());
}

void PreferencesDialog::removeOldCopies()
{
    const int days = m_olderThan->value();
    // "0 days" means every copy, however new: the cutoff is a moment from now.
    const QDateTime cutoff
        = days == 0 ? QDateTime::currentDateTime().addSecs(1) : QDateTime::currentDateTime().addDays(-days);
    const auto freed = rehearsal::WorkingCopyStore(preferences().effectiveWorkingCopyFolder()).removeOlderThan(cutoff);
    if (!freed)
        QMessageBox::warning(this, tr("Working Copies"),
            tr("Could not remove %1: %2").arg(QDir::toNativeSeparators(freed.error().file), freed.error().message));
    refreshUsage();
}

void PreferencesDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for Working Copies"), preferences().effectiveWorkingCopyFolder());
    if (folder.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(folder));
    refreshUsage();
}

} // namespace godwit::widgets
