#pragma once

#include "domain/DocumentType.h"
#include "ui/DocumentActions.h"
#include "ui/VaultPage.h"

#include <QList>
#include <QTimer>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLineEdit;
class QTableView;
class QAction;
class QLabel;

namespace quittance::ui {

class DocumentListModel;

// Invoices and credit notes (or quotes): the paged list with filters,
// search, sorting and the actions a selected document's state allows.
class DocumentListView : public VaultPage {
    Q_OBJECT
public:
    DocumentListView(VaultController& controller, QList<domain::DocumentType> types,
                     QWidget* parent = nullptr);

    void reload() override;
    void clear() override;
    DocumentListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString selectedId() const;

public Q_SLOTS:
    void newDocument();
    void openSelected();
    void exportBatch();

Q_SIGNALS:
    void dataChanged();

private:
    void applyFilter();
    void updateActions();
    void act(DocumentActions::Action action);
    void reloadClients();

    QList<domain::DocumentType> m_types;
    DocumentListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_client = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTimer m_searchDelay;
    QAction* m_open = nullptr;
    QAction* m_issue = nullptr;
    QAction* m_sent = nullptr;
    QAction* m_payment = nullptr;
    QAction* m_credit = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_pdf = nullptr;
    QAction* m_delete = nullptr;
};

} // namespace quittance::ui
