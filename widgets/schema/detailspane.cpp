// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/schema/detailspane.h"

#include "schema/identifier.h"
#include "widgets/common/format.h"
#include "widgets/common/icons.h"
#include "widgets/common/sectionlabel.h"
#include "widgets/sql/sqlview.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace godwit::widgets {

using Kind = SchemaTreeModel::Kind;
using schema::Table;

namespace {

    QString yesNo(bool value) { return value ? DetailsPane::tr("Yes") : DetailsPane::tr("No"); }

    QString list(const QStringList& names) { return names.join(QStringLiteral(", ")); }

    QString statement(QString sql)
    {
        sql = sql.trimmed();
        if (!sql.isEmpty() && !sql.endsWith(QLatin1Char(';')))
            sql += QLatin1Char(';');
        return sql;
    }

} // namespace

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_form(new QFormLayout)
    , m_sql(new SqlView(this))
{
    auto* empty = new QLabel(tr("Details of the selected table, column,\nkey or index appear here."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setContentsMargins(16, 16, 16, 16);

    auto* page = new QWidget(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_icon->setFixedSize(28, 28);
    m_icon->setAlignment(Qt::AlignCenter);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto* header = new QHBoxLayout;
    header->setSpacing(10);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(5);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    auto* sqlFrame = new QFrame(this);
    sqlFrame->setFrameShape(QFrame::StyledPanel);
    auto* sqlLayout = new QVBoxLayout(sqlFrame);
    sqlLayout->setContentsMargins(1, 1, 1, 1);
    sqlLayout->addWidget(m_sql);
    m_sql->setObjectName(QStringLiteral("ddlView"));

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addWidget(new SectionLabel(tr("Properties"), page));
    layout->addLayout(m_form);
    layout->addSpacing(6);
    layout->addWidget(new SectionLabel(tr("Definition"), page));
    layout->addWidget(sqlFrame, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

DetailsPane::~DetailsPane() = default;

QString DetailsPane::title() const { return m_stack->currentIndex() == 0 ? QString() : m_title->text(); }

void DetailsPane::setSchema(
    const schema::Schema& schema, const sqlite::DatabaseInfo& info, const QString& title, bool isScript)
{
    m_schema = schema;
    m_info = info;
    m_databaseTitle = title;
    m_isScript = isScript;
    m_hasSchema = true;
    showDatabase();
}

void DetailsPane::clear()
{
    m_schema = {};
    m_info = {};
    m_databaseTitle.clear();
    m_hasSchema = false;
    showEmpty();
}

void DetailsPane::showDatabase()
{
    resetProperties();
    if (!m_hasSchema) {
        showEmpty();
        return;
    }
    setHeader(m_isScript ? QStringLiteral("open-sql") : QStringLiteral("open-database"), m_databaseTitle,
        m_isScript ? tr("SQL script, read into an in-memory database") : tr("SQLite database, opened read-only"));
    const QLocale locale;
    addProperty(tr("Size"), Format::dataSize(m_info.fileSize));
    if (!m_isScript) {
        addProperty(tr("Pages"),
            tr("%1 × %2 (%3 free)")
                .arg(locale.toString(m_info.pageCount), Format::dataSize(m_info.pageSize),
                    locale.toString(m_info.freelistCount)));
        addProperty(tr("Journal mode"), m_info.journalMode);
        addProperty(tr("Encoding"), m_info.encoding);
        addProperty(tr("User version"), locale.toString(m_info.userVersion));
    }
    addProperty(tr("Contents"),
        tr("%1 tables, %2 views, %3 indexes, %4 triggers")
            .arg(locale.toString(m_schema.tables.size()), locale.toString(m_schema.views.size()),
                locale.toString(m_schema.indexCount()), locale.toString(m_schema.triggers.size())));
    // The whole schema in dependency-friendly order: tables (with their indexes and
    // triggers), then views. Up to a few hundred of them: the megabytes of DDL of a
    // 5,000-table schema kept the GUI thread in the editor for seconds, and one object's
    // definition is a click away in the browser.
    constexpr qsizetype MaxObjects = 200;
    QStringList parts;
    qsizetype shown = 0;
    for (const Table& table : m_schema.tables) {
        if (shown++ < MaxObjects)
            parts.append(tableDdl(table));
    }
    for (const schema::View& view : m_schema.views) {
        if (shown++ >= MaxObjects)
            continue;
        parts.append(statement(view.sql));
        for (const schema::Trigger* trigger : m_schema.triggersOn(view.name))
            parts.append(statement(trigger->sql));
    }
    if (shown > MaxObjects)
        parts.append(tr("-- … and %n more table(s) and view(s): select one to see its definition.", nullptr,
            int(shown - MaxObjects)));
    m_sql->setSql(parts.join(QStringLiteral("\n\n")));
}

void DetailsPane::showEmpty()
{
    resetProperties();
    m_sql->setSql({});
    m_stack->setCurrentIndex(0);
}

void DetailsPane::resetProperties()
{
    m_properties.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void DetailsPane::setHeader(const QString& icon, const QString& title, const QString& subtitle)
{
    m_icon->setPixmap(Icons::icon(icon).pixmap(QSize(24, 24), devicePixelRatioF()));
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_stack->setCurrentIndex(1);
}

void DetailsPane::addProperty(const QString& label, const QString& value)
{
    m_properties.append({ label, value });
    auto* name = new QLabel(label);
    name->setForegroundRole(QPalette::PlaceholderText);
    auto* text = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    m_form->addRow(name, text);
}

void DetailsPane::showObject(const SchemaTreeModel::ObjectRef& ref)
{
    resetProperties();
    if (!ref.isValid()) {
        showDatabase();
        return;
    }
    if (const schema::View* view = m_schema.view(ref.table)) {
        if (ref.kind == Kind::Trigger && ref.item >= 0 && ref.item < m_schema.triggers.size())
            showTrigger(m_schema.triggers[ref.item]);
        else
            showView(*view, ref.kind == Kind::ViewColumn ? ref.name : QString());
        return;
    }
    const Table* table = m_schema.table(ref.table);
    if (!table) {
        showEmpty();
        return;
    }
    switch (ref.kind) {
    case Kind::Column:
        if (const schema::Column* column = table->column(ref.name)) {
            showColumn(*table, *column);
            return;
        }
        break;
    case Kind::PrimaryKey:
        showPrimaryKey(*table);
        return;
    case Kind::UniqueKey:
        showUniqueKey(*table, ref);
        return;
    case Kind::Index:
        if (const schema::Index* index = table->index(ref.name)) {
            showIndex(*table, *index);
            return;
        }
        break;
    case Kind::ForeignKey:
        if (ref.item >= 0 && ref.item < table->foreignKeys.size()) {
            showForeignKey(*table, table->foreignKeys[ref.item]);
            return;
        }
        break;
    case Kind::Trigger:
        if (ref.item >= 0 && ref.item < m_schema.triggers.size()) {
            showTrigger(m_schema.triggers[ref.item]);
            return;
        }
        break;
    default:
        break;
    }
    showTable(*table);
}

QString DetailsPane::tableDdl(const Table& table) const
{
    // The table with the indexes and triggers that go with it: what recreating it needs.
    QStringList parts { statement(table.sql) };
    for (const schema::Index& index : table.indexes) {
        if (!index.sql.isEmpty())
            parts.append(statement(index.sql));
    }
    for (const schema::Trigger* trigger : m_schema.triggersOn(table.name))
        parts.append(statement(trigger->sql));
    return parts.join(QStringLiteral("\n\n"));
}

void DetailsPane::showTable(const Table& table)
{
    QStringList flags;
    if (table.isVirtual)
        flags.append(tr("virtual"));
    if (table.withoutRowid)
        flags.append(QStringLiteral("WITHOUT ROWID"));
    if (table.strict)
        flags.append(QStringLiteral("STRICT"));
    setHeader(table.isVirtual ? QStringLiteral("view") : QStringLiteral("table"), table.name,
        flags.isEmpty() ? tr("Table") : tr("Table · %1").arg(flags.join(QStringLiteral(", "))));

    addProperty(tr("Columns"), QLocale().toString(table.columns.size()));
    if (table.rowCount) {
        const QString n = QLocale().toString(table.rowCount->value);
        addProperty(tr("Rows"), table.rowCount->exact ? n : tr("≈ %1 (estimate)").arg(n));
    }
    const QStringList pk = table.primaryKey();
    addProperty(tr("Primary key"), pk.isEmpty() ? (table.withoutRowid ? QString() : tr("rowid (implicit)")) : list(pk));
    qsizetype explicitIndexes = 0;
    for (const schema::Index& index : table.indexes)
        explicitIndexes += index.origin == schema::IndexOrigin::CreateIndex ? 1 : 0;
    addProperty(tr("Indexes"), QLocale().toString(explicitIndexes));
    QStringList parents;
    for (const schema::ForeignKey& fk : table.foreignKeys) {
        if (!parents.contains(fk.parentTable))
            parents.append(fk.parentTable);
    }
    addProperty(tr("References"), list(parents));
    QStringList children;
    for (const Table& other : m_schema.tables) {
        for (const schema::ForeignKey& fk : other.foreignKeys) {
            if (schema::sameIdentifier(fk.parentTable, table.name) && !children.contains(other.name))
                children.append(other.name);
        }
    }
    addProperty(tr("Referenced by"), list(children));
    addProperty(tr("Triggers"), QLocale().toString(m_schema.triggersOn(table.name).size()));
    m_sql->setSql(tableDdl(table));
}

void DetailsPane::showColumn(const Table& table, const schema::Column& column)
{
    setHeader(column.isPrimaryKey()                 ? QStringLiteral("column-pk")
            : table.isForeignKeyColumn(column.name) ? QStringLiteral("column-fk")
                                                    : QStringLiteral("column"),
        column.name, tr("Column of %1").arg(table.name));
    addProperty(tr("Declared type"), column.declaredType);
    addProperty(tr("Affinity"), schema::affinityName(column.affinity));
    addProperty(tr("Not null"), yesNo(column.notNull));
    addProperty(tr("Default"), column.hasDefault ? column.defaultValue : QString());
    QString pk = yesNo(column.isPrimaryKey());
    if (column.isPrimaryKey() && table.primaryKey().size() > 1)
        pk = tr("Yes (part %1 of %2)").arg(column.primaryKeyPosition).arg(table.primaryKey().size());
    if (column.autoIncrement)
        pk += QStringLiteral(", AUTOINCREMENT");
    addProperty(tr("Primary key"), pk);
    addProperty(tr("Unique"), yesNo(table.isUniqueColumn(column.name)));
    for (const schema::ForeignKey& fk : table.foreignKeys) {
        const qsizetype at = fk.columns.indexOf(column.name);
        if (at < 0)
            continue;
        const QString parentColumn = fk.parentColumns.value(at);
        addProperty(tr("References"),
            parentColumn.isEmpty() ? fk.parentTable : QStringLiteral("%1 (%2)").arg(fk.parentTable, parentColumn));
    }
    if (!column.collation.isEmpty())
        addProperty(tr("Collation"), column.collation);
    if (column.isGenerated()) {
        addProperty(tr("Generated"),
            QStringLiteral("%1 AS (%2)")
                .arg(column.generated == schema::Generated::Stored ? QStringLiteral("STORED")
                                                                   : QStringLiteral("VIRTUAL"),
                    column.generatedExpression));
    }
    m_sql->setSql(tableDdl(table));
    m_sql->highlightIdentifier(column.name);
}

void DetailsPane::showPrimaryKey(const Table& table)
{
    setHeader(QStringLiteral("key"), tr("Primary key"), tr("Key of %1").arg(table.name));
    const QStringList pk = table.primaryKey();
    addProperty(tr("Columns"), list(pk));
    const schema::Column* only = pk.size() == 1 ? table.column(pk.first()) : nullptr;
    // INTEGER PRIMARY KEY (exactly that type name) makes the column the rowid itself: no index.
    const bool rowidAlias
        = only && !table.withoutRowid && only->declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
    QString backing;
    if (rowidAlias) {
        backing = tr("rowid alias (no separate index)");
    } else {
        for (const schema::Index& index : table.indexes) {
            if (index.origin == schema::IndexOrigin::PrimaryKey)
                backing = index.name;
        }
    }
    addProperty(tr("Backed by"), backing);
    addProperty(tr("Autoincrement"), yesNo(only && only->autoIncrement));
    m_sql->setSql(tableDdl(table));
    m_sql->highlightIdentifier(QStringLiteral("PRIMARY"));
}

void DetailsPane::showUniqueKey(const Table& table, const SchemaTreeModel::ObjectRef& ref)
{
    QStringList columns;
    QString constraintName;
    QString backing;
    if (ref.item >= 0 && ref.item < table.uniques.size()) {
        columns = table.uniques[ref.item].columns;
        constraintName = table.uniques[ref.item].name;
    }
    for (const schema::Index& index : table.indexes) {
        if (index.origin != schema::IndexOrigin::Unique)
            continue;
        QStringList parts;
        for (const schema::IndexPart& part : index.parts)
            parts.append(part.column);
        if (schema::sameIdentifier(index.name, ref.name) || (!columns.isEmpty() && parts == columns)) {
            backing = index.name;
            if (columns.isEmpty())
                columns = parts;
        }
    }
    setHeader(QStringLiteral("unique"), constraintName.isEmpty() ? tr("Unique") : constraintName,
        tr("Unique key of %1").arg(table.name));
    addProperty(tr("Columns"), list(columns));
    addProperty(tr("Constraint name"), constraintName);
    addProperty(tr("Backed by"), backing);
    m_sql->setSql(tableDdl(table));
    m_sql->highlightIdentifier(QStringLiteral("UNIQUE"));
}

void DetailsPane::showIndex(const Table& table, const schema::Index& index)
{
    setHeader(QStringLiteral("index"), index.name, tr("Index on %1").arg(table.name));
    QStringList parts;
    for (const schema::IndexPart& part : index.parts) {
        QString text = part.isExpression() ? part.expression : part.column;
        if (!part.collation.isEmpty())
            text += QStringLiteral(" COLLATE ") + part.collation;
        if (part.descending)
            text += QStringLiteral(" DESC");
        parts.append(text);
    }
    addProperty(tr("Columns"), list(parts));
    addProperty(tr("Unique"), yesNo(index.unique));
    addProperty(tr("Partial"), index.isPartial() ? QStringLiteral("WHERE ") + index.where : tr("No"));
    m_sql->setSql(index.sql.isEmpty() ? tr("-- Created implicitly by SQLite for a constraint of %1.").arg(table.name)
                                      : statement(index.sql));
}

void DetailsPane::showForeignKey(const Table& table, const schema::ForeignKey& fk)
{
    setHeader(QStringLiteral("foreign-key"), list(fk.columns), tr("Foreign key of %1").arg(table.name));
    addProperty(tr("Columns"), list(fk.columns));
    QStringList parentColumns;
    for (const QString& c : fk.parentColumns)
        parentColumns.append(c.isEmpty() ? tr("primary key") : c);
    addProperty(tr("References"), QStringLiteral("%1 (%2)").arg(fk.parentTable, list(parentColumns)));
    addProperty(tr("On delete"), schema::foreignKeyActionSql(fk.onDelete));
    addProperty(tr("On update"), schema::foreignKeyActionSql(fk.onUpdate));
    addProperty(tr("Deferrable"),
        fk.deferrable ? (fk.initiallyDeferred ? tr("Yes, initially deferred") : tr("Yes, initially immediate"))
                      : tr("No"));
    m_sql->setSql(tableDdl(table));
    if (!fk.columns.isEmpty())
        m_sql->highlightIdentifier(fk.columns.first());
}

void DetailsPane::showTrigger(const schema::Trigger& trigger)
{
    setHeader(QStringLiteral("trigger"), trigger.name, tr("Trigger on %1").arg(trigger.table));
    addProperty(tr("Timing"), schema::triggerTimingSql(trigger.timing));
    addProperty(tr("Event"), schema::triggerEventSql(trigger.event));
    if (trigger.event == schema::TriggerEvent::Update)
        addProperty(tr("Columns"), trigger.updateOf.isEmpty() ? tr("any") : list(trigger.updateOf));
    m_sql->setSql(statement(trigger.sql));
}

void DetailsPane::showView(const schema::View& view, const QString& column)
{
    if (column.isEmpty())
        setHeader(QStringLiteral("view"), view.name, tr("View"));
    else
        setHeader(QStringLiteral("column"), column, tr("Column of view %1").arg(view.name));
    addProperty(tr("Columns"), column.isEmpty() ? QLocale().toString(view.columns.size()) : column);
    if (column.isEmpty())
        addProperty(tr("Names"), list(view.columns));
    QStringList triggers;
    for (const schema::Trigger* trigger : m_schema.triggersOn(view.name))
        triggers.append(trigger->name);
    if (!triggers.isEmpty())
        addProperty(tr("Triggers"), list(triggers));
    QStringList parts { statement(view.sql) };
    for (const schema::Trigger* trigger : m_schema.triggersOn(view.name))
        parts.append(statement(trigger->sql));
    m_sql->setSql(parts.join(QStringLiteral("\n\n")));
    if (!column.isEmpty())
        m_sql->highlightIdentifier(column, SqlView::SearchFrom::As);
}

} // namespace godwit::widgets
