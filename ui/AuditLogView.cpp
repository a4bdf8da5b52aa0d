#include "ui/AuditLogView.h"
#include "ui/ThemeColors.h"

#include "services/PortabilityService.h"
#include "ui/MessageBoxService.h"
#include "ui/VaultController.h"

#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace quittance::ui {

AuditLogView::AuditLogView(VaultController& controller, QWidget* parent)
    : VaultPage(controller, parent) {
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Action prefix, e.g. document. or client."));
    m_filter->setClearButtonEnabled(true);
    auto* label = new QLabel(tr("&Filter:"));
    label->setBuddy(m_filter);
    auto* verifyButton = new QPushButton(tr("&Verify integrity"));
    verifyButton->setObjectName(QStringLiteral("verifyAudit"));
    row->addWidget(label);
    row->addWidget(m_filter, 1);
    row->addWidget(verifyButton);
    layout->addLayout(row);
    auto* exportRow = new QHBoxLayout;
    m_from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1));
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    auto* fromLabel = new QLabel(tr("Extract f&rom:"));
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to:"));
    toLabel->setBuddy(m_to);
    auto* exportButton = new QPushButton(tr("E&xport extract…"));
    exportButton->setObjectName(QStringLiteral("exportAudit"));
    exportRow->addWidget(fromLabel);
    exportRow->addWidget(m_from);
    exportRow->addWidget(toLabel);
    exportRow->addWidget(m_to);
    exportRow->addWidget(exportButton);
    exportRow->addStretch();
    layout->addLayout(exportRow);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("auditResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    m_table = new QTableWidget(0, 6);
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Time (UTC)"), tr("Actor"), tr("Action"), tr("Entity"), tr("Details")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::editingFinished, this, &AuditLogView::reload);
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogView::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogView::exportExtract);
}

void AuditLogView::exportExtract() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    auto& box = MessageBoxService::instance();
    if (m_from->date() > m_to->date())
        return box.warning(this, tr("Export audit extract"),
                           tr("The start date is after the end date."));
    const QString path =
        box.saveFileName(this, tr("Export audit extract"),
                         QDir::home().filePath(QStringLiteral("audit-%1-%2.csv")
                                                   .arg(m_from->date().toString(Qt::ISODate),
                                                        m_to->date().toString(Qt::ISODate))),
                         tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = services::PortabilityService(*m_controller.session().vault())
                       .exportAuditExtract(path, m_from->date(), m_to->date());
    if (!written)
        return box.warning(this, tr("Export audit extract"), written.error().message);
    m_result->setText(tr("Audit extract written to %1.").arg(QDir::toNativeSeparators(path)));
    m_result->setStyleSheet(QString());
}

void AuditLogView::reload() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    // Entries come oldest first in pages; read forward and keep the newest 1000.
    std::vector<storage::AuditEntry> all;
    qint64 after = 0;
    for (;;) {
        auto page = m_controller.session().auditEntries(after, 1000, m_filter->text().trimmed());
        if (!page || page->empty())
            break;
        after = page->back().seq;
        for (auto& e : *page)
            all.push_back(std::move(e));
        if (all.size() > 2000)
            all.erase(all.begin(), all.end() - 1000);
        if (page->size() < 1000)
            break;
    }
    if (all.size() > 1000)
        all.erase(all.begin(), all.end() - 1000);
    m_table->setRowCount(static_cast<int>(all.size()));
    int row = 0;
    for (auto it = all.rbegin(); it != all.rend(); ++it, ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(it->seq)));
        m_table->setItem(row, 1, new QTableWidgetItem(it->timestamp));
        m_table->setItem(row, 2, new QTableWidgetItem(it->actor));
        m_table->setItem(row, 3, new QTableWidgetItem(it->action));
        m_table->setItem(
            row, 4, new QTableWidgetItem(it->entityType + QLatin1Char(' ') + it->entityId.left(8)));
        m_table->setItem(row, 5, new QTableWidgetItem(QString::fromUtf8(it->summary)));
    }
    m_table->resizeColumnsToContents();
}

void AuditLogView::clear() {
    m_table->setRowCount(0);
    m_result->clear();
}

void AuditLogView::verify() {
    if (!m_controller.isUnlocked())
        return;
    auto result = m_controller.session().verifyAudit();
    if (!result) {
        m_result->setText(tr("Verification failed: %1").arg(result.error().message));
        ThemeColors::markAsError(m_result);
        return;
    }
    if (result->ok) {
        m_result->setText(tr("✔ The audit log is intact: %n entries verified.", nullptr,
                             static_cast<int>(result->entries)));
        ThemeColors::mark(m_result, ThemeColors::Meaning::Success);
    } else {
        m_result->setText(tr("✘ The audit log is damaged. First bad entry: #%1. %2")
                              .arg(result->firstBadSeq)
                              .arg(result->problem));
        ThemeColors::markAsError(m_result);
    }
}

} // namespace quittance::ui
