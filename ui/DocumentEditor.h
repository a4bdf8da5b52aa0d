#pragma once

#include "domain/Document.h"
#include "domain/DocumentTotals.h"
#include "ui/DocumentActions.h"

#include <QDialog>
#include <QHash>

class QBuffer;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;
class QAction;

namespace quittance::ui {

class AllowanceChargeModel;
class LineTableModel;
class VaultController;

// Edits one draft (or shows an issued document read-only, with the actions
// its state allows: mark sent, record payment, credit note, duplicate, PDF). Every change
// goes through a QUndoStack as a before/after snapshot; totals and the tax
// breakdown are recomputed from the in-memory document on each change with
// the domain calculator (no vault access while typing). Validation errors
// from the domain appear next to the field they name. Saving, issuing and
// exporting go through DocumentService / PdfService.
class DocumentEditor : public QDialog {
    Q_OBJECT
public:
    explicit DocumentEditor(VaultController& controller, QWidget* parent = nullptr);
    ~DocumentEditor() override;

    bool startNew(domain::DocumentType type);
    bool open(const QString& documentId);

    const domain::Document& document() const { return m_doc; }
    const domain::DocumentTotals& totals() const { return m_totals; }
    QString documentId() const { return m_id; }
    bool isReadOnly() const { return !m_doc.isEditable(); }
    QUndoStack* undoStack() const { return m_undo; }
    QString totalsText() const;

public Q_SLOTS:
    bool save();
    bool issue();
    bool exportPdf();
    // One of the moves a stored document's state allows (DocumentActions).
    bool runAction(DocumentActions::Action action);
    void addLine();
    void addProductLine();
    void removeLine();
    void moveLineUp();
    void moveLineDown();
    void refreshPreview();

Q_SIGNALS:
    void documentChanged(const QString& id);

private:
    void buildUi();
    void loadLookups();
    void setDocument(const domain::Document& doc); // no undo, e.g. after load
    void applySnapshot(const domain::Document& doc);
    void change(const QString& text, int mergeId,
                const std::function<void(domain::Document&)>& mutate);
    void syncWidgets();
    void recompute();
    void showError(const domain::Error& error);
    void clearErrors();
    void updateActions();
    QLabel* errorLabel(const QString& field);
    void moveLine(int delta);
    void addAllowanceCharge(bool charge);

    VaultController& m_controller;
    domain::Document m_doc;
    domain::DocumentTotals m_totals;
    QString m_id;
    bool m_smallBusiness = false;
    bool m_syncing = false;
    bool m_dirty = false;

    QUndoStack* m_undo = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_header = nullptr;
    QComboBox* m_client = nullptr;
    QDateEdit* m_issueDate = nullptr;
    QDateEdit* m_dueDate = nullptr;
    QComboBox* m_currency = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_terms = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTableView* m_lineView = nullptr;
    LineTableModel* m_lines = nullptr;
    QComboBox* m_product = nullptr;
    QTableView* m_allowances = nullptr;
    AllowanceChargeModel* m_allowanceModel = nullptr;
    QLabel* m_totalsLabel = nullptr;
    QLabel* m_generalError = nullptr;
    QHash<QString, QLabel*> m_errorLabels;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_issueButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QList<std::pair<DocumentActions::Action, QPushButton*>> m_actionButtons;
    QList<QWidget*> m_editWidgets;
    QPdfDocument* m_pdfDocument = nullptr;
    QPdfView* m_pdfView = nullptr;
    QBuffer* m_pdfBuffer = nullptr;
    QAction* m_saveAction = nullptr;
};

} // namespace quittance::ui
