#pragma once

#include "domain/Document.h"

#include <QUndoCommand>

#include <functional>

namespace quittance::ui {

// One undoable edit of the document editor, stored as the document before
// and after. Consecutive edits of the same field (same merge id) merge into
// one step, so typing a word is one undo.
class SnapshotCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const domain::Document&)>;

    SnapshotCommand(const QString& text, domain::Document before, domain::Document after,
                    Apply apply, int mergeId = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    domain::Document m_before;
    domain::Document m_after;
    Apply m_apply;
    int m_mergeId;
};

} // namespace quittance::ui
