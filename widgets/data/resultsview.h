// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/sqlrunner.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace godwit::widgets {

// The results of a run: one tab per statement (its rows in a grid, or the rows it changed, or
// its error with line:col), each saying how long it took and how many rows; the grid copies
// as TSV, CSV or Markdown and exports to CSV or JSON (written whole or not at all, QSaveFile).
class ResultsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)
public:
    explicit ResultsView(QWidget* parent = nullptr);
    ~ResultsView() override;

    void setResults(const QList<data::StatementResult>& results);
    void clear();
    [[nodiscard]] const QList<data::StatementResult>& results() const { return m_results; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    // The grid of a tab; null for a statement that returned no rows.
    [[nodiscard]] QTableView* grid(int tab) const;
    // The current tab's rows as the clipboard gets them (the selection, or all when nothing is selected).
    [[nodiscard]] QString copyText(int format) const;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    QWidget* resultPage(const data::StatementResult& r);
    void exportCurrent();

    QTabWidget* m_tabs = nullptr;
    QList<data::StatementResult> m_results;
};

} // namespace godwit::widgets
