#pragma once

#include "domain/DocumentStatus.h"
#include "domain/DocumentType.h"
#include "services/DocumentService.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace quittance::ui {

class VaultController;

// The moves on one stored document that the document list's tool bar and
// the editor both offer: which of them a document's type and status allow
// (from DocumentLifecycle), and running one with its confirmation, dialog
// and error message. Both front ends call this one place, so a rule or a
// question text cannot drift apart between them.
class DocumentActions {
    Q_DECLARE_TR_FUNCTIONS(quittance::ui::DocumentActions)
public:
    enum class Action {
        Issue,
        MarkSent,
        RecordPayment,
        CreditNote,
        Duplicate,
        ExportPdf,
        DeleteDraft,
    };

    struct Outcome {
        bool done = false; // the action ran and succeeded
        // The document after a status move (issue, sent, payment).
        std::optional<services::DocumentService::Entry> entry;
        QString createdId; // the draft a credit note or duplicate created
        bool deleted = false;
    };

    static bool isAllowed(Action action, domain::DocumentType type, domain::DocumentStatus status);
    // The button / menu text of an action (with its mnemonic).
    static QString text(Action action);
    // The stable object name tests and the UI find an action's widget by.
    static QString objectName(Action action);

    // Asks before issuing (numbered, immutable); quotes are "sent" instead.
    static bool confirmIssue(QWidget* parent, domain::DocumentType type);

    // Runs `action` on the stored document `id`, asking first where the move
    // cannot be undone. Errors are shown to the user; the outcome says what
    // changed. A credit note or duplicate opens in a new editor.
    static Outcome run(Action action, VaultController& controller, QWidget* parent,
                       const QString& id, const QString& pdfFileName);
};

} // namespace quittance::ui
