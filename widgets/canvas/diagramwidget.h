// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "layout/diagramcontent.h"
#include "layout/layoutoptions.h"
#include "schema/schema.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolBar;

namespace godwit {
struct Error;
}
namespace godwit::layout {
class LayoutJob;
struct DiagramLayout;
}

namespace godwit::widgets {

class DiagramScene;
class DiagramView;

// The diagram page of the main window: a tool strip (find, zoom, engine, re-layout,
// export) over the canvas. Layout runs on a LayoutJob; cards the user drags keep their
// place per schema (QSettings) until "Re-layout".
class DiagramWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramWidget)
public:
    explicit DiagramWidget(QWidget* parent = nullptr);
    ~DiagramWidget() override;

    // `documentKey` names the schema for saved card positions (the file path).
    void setSchema(const schema::Schema& schema, const QString& documentKey);
    void clear();
    [[nodiscard]] bool hasDiagram() const;
    [[nodiscard]] bool isLayingOut() const;
    [[nodiscard]] const schema::Schema& schema() const { return m_schema; }

    // Selects and shows a table without emitting tableActivated.
    void selectTable(const QString& name);
    // Forgets hand-placed cards and lays the diagram out again.
    void relayout();
    void setEngine(layout::Engine engine);
    [[nodiscard]] layout::Engine engine() const { return m_options.engine; }
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    // Asks for a file name and writes PNG, SVG, PDF, Mermaid or DOT.
    void exportDiagram();
    [[nodiscard]] Result<void> exportTo(const QString& path, qreal scale = 1.0);

    [[nodiscard]] DiagramScene* scene() const { return m_scene; }
    [[nodiscard]] DiagramView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }

    // Where card positions are kept: QSettings group "Diagram/<hash of documentKey>".
    [[nodiscard]] static QString settingsGroup(const QString& documentKey);

Q_SIGNALS:
    void tableActivated(const QString& name);
    void layoutFinished();
    // Layout and export failures, for the window to report.
    void errorOccurred(const QString& message, const QString& details);
    // The first paint of a new diagram.
    void diagramShown();

private:
    void startLayout();
    void onLayoutFinished(const layout::DiagramLayout& layout);
    void onLayoutFailed(const godwit::Error& error);
    void onSearch(const QString& text);
    void nextMatch();
    void saveUserPositions();
    void updateZoomLabel(qreal zoom);
    [[nodiscard]] QString hubTable() const;

    schema::Schema m_schema;
    layout::DiagramContent m_content;
    QString m_documentKey;
    layout::LayoutOptions m_options;
    QStringList m_matches;
    int m_matchIndex = 0;

    layout::LayoutJob* m_job = nullptr;
    DiagramScene* m_scene = nullptr;
    DiagramView* m_view = nullptr;
    QToolBar* m_tools = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QComboBox* m_engineBox = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_busyTimer = nullptr;
};

} // namespace godwit::widgets
