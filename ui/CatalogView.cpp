#include "ui/CatalogView.h"

#include "domain/Csv.h"
#include "services/PortabilityService.h"
#include "ui/ClientDialog.h"
#include "ui/CsvImportDialog.h"
#include "ui/Format.h"
#include "ui/MessageBoxService.h"
#include "ui/ProductDialog.h"
#include "ui/VaultController.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace quittance::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kArchivedRole = Qt::UserRole + 2;
} // namespace

CatalogView::CatalogView(VaultController& controller, Kind kind, QWidget* parent)
    : VaultPage(controller, parent)
    , m_kind(kind) {
    const bool clients = kind == Kind::Clients;
    auto* layout = new QVBoxLayout(this);
    auto* toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* add = toolbar->addAction(clients ? tr("&New client") : tr("&New product"), this,
                                   &CatalogView::addItem);
    add->setShortcut(QKeySequence::New);
    add->setObjectName(QStringLiteral("addCatalogItem"));
    toolbar->addAction(tr("&Edit"), this, &CatalogView::editSelected);
    toolbar->addAction(tr("&Archive / restore"), this, &CatalogView::toggleArchived);
    toolbar->addAction(tr("&Delete"), this, &CatalogView::removeSelected);
    if (clients)
        toolbar->addAction(tr("A&nonymise…"), this, &CatalogView::anonymiseSelected);
    toolbar->addSeparator();
    toolbar->addAction(tr("&Import CSV…"), this, &CatalogView::importCsv)
        ->setObjectName(QStringLiteral("importCsv"));
    layout->addWidget(toolbar);

    auto* filterRow = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(clients ? tr("Filter clients") : tr("Filter products"));
    auto* filterLabel = new QLabel(tr("&Filter:"));
    filterLabel->setBuddy(m_filter);
    m_showArchived = new QCheckBox(tr("Show a&rchived"));
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_showArchived);
    layout->addLayout(filterRow);

    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView;
    m_table->setObjectName(clients ? QStringLiteral("clientTable")
                                   : QStringLiteral("productTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showArchived, &QCheckBox::toggled, this, &CatalogView::reload);
    connect(m_table, &QTableView::doubleClicked, this, &CatalogView::editSelected);
}

void CatalogView::reload() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    m_model->clear();
    const bool archived = m_showArchived->isChecked();
    auto mark = [](QList<QStandardItem*> row, const QString& id, bool isArchived) {
        for (auto* item : row) {
            item->setData(id, kIdRole);
            item->setData(isArchived, kArchivedRole);
            if (isArchived)
                item->setForeground(QPalette().brush(QPalette::Disabled, QPalette::Text));
        }
        return row;
    };
    if (m_kind == Kind::Clients) {
        m_model->setHorizontalHeaderLabels(
            {tr("Name"), tr("City"), tr("Country"), tr("VAT ID"), tr("Email")});
        if (auto list = m_controller.clients().list(archived)) {
            for (const auto& e : *list) {
                const auto& c = e.entity;
                m_model->appendRow(
                    mark({new QStandardItem(c.name + (c.archived ? tr(" (archived)") : QString())),
                          new QStandardItem(c.billingAddress.city),
                          new QStandardItem(c.billingAddress.country), new QStandardItem(c.vatId),
                          new QStandardItem(c.email)},
                         c.uuid.toString(QUuid::WithoutBraces), c.archived));
            }
        }
    } else {
        m_model->setHorizontalHeaderLabels(
            {tr("Name"), tr("Unit"), tr("Unit price"), tr("Tax"), tr("Description")});
        if (auto list = m_controller.products().list(archived)) {
            for (const auto& e : *list) {
                const auto& p = e.entity;
                auto* price = new QStandardItem(p.unitPrice.toString(2));
                price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_model->appendRow(
                    mark({new QStandardItem(p.name + (p.archived ? tr(" (archived)") : QString())),
                          new QStandardItem(p.unitCode), price,
                          new QStandardItem(QStringLiteral("%1 %2 %").arg(
                              domain::taxCategoryCode(p.taxCategory), p.taxRate.toString())),
                          new QStandardItem(p.description)},
                         p.uuid.toString(QUuid::WithoutBraces), p.archived));
            }
        }
    }
    m_table->resizeColumnsToContents();
}

void CatalogView::clear() {
    m_model->clear();
    m_filter->clear();
}

QString CatalogView::selectedId() const {
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(kIdRole).toString() : QString();
}

void CatalogView::addItem() {
    if (m_kind == Kind::Clients) {
        ClientDialog dialog(m_controller, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    } else {
        ProductDialog dialog(m_controller, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    reload();
    Q_EMIT dataChanged();
}

void CatalogView::editSelected() {
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (m_kind == Kind::Clients) {
        auto entry = m_controller.clients().get(id);
        if (!entry)
            return MessageBoxService::instance().warning(this, tr("Client"), entry.error().message);
        ClientDialog dialog(m_controller, this);
        dialog.setClient(entry->entity);
        if (dialog.exec() != QDialog::Accepted)
            return;
    } else {
        auto entry = m_controller.products().get(id);
        if (!entry)
            return MessageBoxService::instance().warning(this, tr("Product"),
                                                         entry.error().message);
        ProductDialog dialog(m_controller, this);
        dialog.setProduct(entry->entity);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    reload();
    Q_EMIT dataChanged();
}

void CatalogView::toggleArchived() {
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.data(kIdRole).toString();
    const bool archived = index.data(kArchivedRole).toBool();
    auto ok = m_kind == Kind::Clients ? m_controller.clients().setArchived(id, !archived)
                                      : m_controller.products().setArchived(id, !archived);
    if (!ok)
        MessageBoxService::instance().warning(this, tr("Archive"), ok.error().message);
    reload();
    Q_EMIT dataChanged();
}

void CatalogView::removeSelected() {
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    auto& box = MessageBoxService::instance();
    if (box.question(this, tr("Delete"),
                     tr("Delete this entry? Entries used on documents can only "
                        "be archived.")) != QMessageBox::Yes)
        return;
    auto ok = m_kind == Kind::Clients ? m_controller.clients().remove(id)
                                      : m_controller.products().remove(id);
    if (!ok)
        box.warning(this, tr("Delete"), ok.error().message);
    reload();
    Q_EMIT dataChanged();
}

void CatalogView::importCsv() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    const bool clients = m_kind == Kind::Clients;
    auto& box = MessageBoxService::instance();
    const QString title = clients ? tr("Import clients") : tr("Import products");
    const QString path = box.openFileName(this, title, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return box.warning(this, title, tr("Could not read %1.").arg(path));
    const QByteArray bytes = file.read(domain::Csv::kMaxBytes + 1);
    if (bytes.size() > domain::Csv::kMaxBytes)
        return box.warning(this, title,
                           tr("The file is larger than the import limit of %1 MiB.")
                               .arg(domain::Csv::kMaxBytes / (1024 * 1024)));

    services::PortabilityService portability(*m_controller.session().vault());
    QList<CsvImportDialog::RowProblem> problems;
    const auto collect = [&problems](const auto& preview) {
        for (const auto& e : preview.errors)
            problems.append({e.row, e.field, e.message});
    };
    QList<QStringList> rows;
    domain::Result<int> imported = 0;
    if (clients) {
        const auto preview = services::PortabilityService::previewClients(bytes);
        for (const auto& c : preview.records)
            rows.append(
                {c.name, c.billingAddress.city, c.billingAddress.country, c.vatId, c.email});
        collect(preview);
        CsvImportDialog dialog(title,
                               {tr("Name"), tr("City"), tr("Country"), tr("VAT ID"), tr("Email")},
                               rows, problems, this);
        if (dialog.exec() != QDialog::Accepted || !preview.canCommit())
            return;
        imported = portability.commitClients(preview);
    } else {
        const auto preview = services::PortabilityService::previewProducts(bytes);
        for (const auto& p : preview.records)
            rows.append({p.name, p.unitCode, p.unitPrice.toString(2),
                         QStringLiteral("%1 %2 %").arg(domain::taxCategoryCode(p.taxCategory),
                                                       p.taxRate.toString()),
                         p.description});
        collect(preview);
        CsvImportDialog dialog(
            title, {tr("Name"), tr("Unit"), tr("Unit price"), tr("Tax"), tr("Description")}, rows,
            problems, this);
        if (dialog.exec() != QDialog::Accepted || !preview.canCommit())
            return;
        imported = portability.commitProducts(preview);
    }
    if (!imported)
        box.warning(this, title, imported.error().message);
    else
        box.information(this, title, tr("%n record(s) imported.", nullptr, *imported));
    reload();
    Q_EMIT dataChanged();
}

void CatalogView::anonymiseSelected() {
    const QString id = selectedId();
    if (id.isEmpty() || m_kind != Kind::Clients || !m_controller.isUnlocked())
        return;
    auto& box = MessageBoxService::instance();
    if (box.question(this, tr("Anonymise client"),
                     tr("Replace this client's name, address, contact details, VAT ID and notes "
                        "with placeholders and archive it? This cannot be undone.")) !=
        QMessageBox::Yes)
        return;
    auto ok = services::PortabilityService(*m_controller.session().vault()).anonymiseClient(id);
    if (!ok)
        box.warning(this, tr("Anonymise client"), ok.error().message);
    reload();
    Q_EMIT dataChanged();
}

} // namespace quittance::ui
