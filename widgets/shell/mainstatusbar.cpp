// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/mainstatusbar.h"

#include "sqlite/databaseinfo.h"
#include "widgets/common/format.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>

namespace godwit::widgets {

MainStatusBar::MainStatusBar(QWidget* parent)
    : QStatusBar(parent)
{
    auto label = [this](const char* name) {
        auto* l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setContentsMargins(6, 0, 6, 0);
        return l;
    };
    m_file = label("statusFile");
    m_size = label("statusSize");
    m_pageSize = label("statusPageSize");
    m_journal = label("statusJournal");
    m_tables = label("statusTables");
    m_busyLabel = label("statusBusy");
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("statusBusyBar"));
    m_busyBar->setRange(0, 0); // indeterminate: readers do not report progress
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedSize(110, 12);

    addWidget(m_file, 1);
    addWidget(m_busyLabel);
    addWidget(m_busyBar);
    addPermanentWidget(m_tables);
    addPermanentWidget(m_size);
    addPermanentWidget(m_pageSize);
    addPermanentWidget(m_journal);
    setBusy(false);
}

QList<QLabel*> MainStatusBar::facts() const { return { m_size, m_pageSize, m_journal, m_tables }; }

void MainStatusBar::setBusy(bool busy, const QString& what)
{
    m_busyLabel->setText(what);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    if (busy)
        m_file->clear();
}

void MainStatusBar::showNoFile(bool loading)
{
    m_file->setText(loading ? QString() : tr("Open a database or an SQL script to begin."));
    m_file->setToolTip({});
    for (QLabel* l : facts())
        l->hide();
}

void MainStatusBar::showFile(
    const QString& title, const QString& path, const sqlite::DatabaseInfo& info, bool isScript, int tableCount)
{
    m_file->setText(title);
    m_file->setToolTip(QDir::toNativeSeparators(path));
    m_size->setText(Format::dataSize(info.fileSize));
    if (isScript) {
        m_pageSize->setText(tr("SQL script"));
        m_journal->setText(tr("schema only"));
    } else {
        m_pageSize->setText(tr("Page size %1").arg(Format::dataSize(info.pageSize)));
        m_journal->setText(tr("Journal: %1").arg(info.journalMode));
    }
    m_tables->setText(tableCount == 1 ? tr("%n table", nullptr, tableCount) : tr("%n tables", nullptr, tableCount));
    for (QLabel* l : facts())
        l->show();
}

QString MainStatusBar::fieldsText() const
{
    QStringList parts;
    for (const QLabel* l : { m_file, m_busyLabel, m_tables, m_size, m_pageSize, m_journal }) {
        if (!l->isHidden() && !l->text().isEmpty())
            parts.append(l->text());
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace godwit::widgets
