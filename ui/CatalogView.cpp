#include "ui/CatalogView.h"

#include "ui/ClientDialog.h"
#include "ui/Format.h"
#include "ui/MessageBoxService.h"
#include "ui/ProductDialog.h"
#include "ui/VaultController.h"

#include <QAction>
#include <QCheckBox>
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
                item->setForeground(QColor(0x88, 0x88, 0x88));
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

} // namespace quittance::ui
