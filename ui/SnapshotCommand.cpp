#include "ui/SnapshotCommand.h"

namespace quittance::ui {

SnapshotCommand::SnapshotCommand(const QString& text, domain::Document before,
                                 domain::Document after, Apply apply, int mergeId)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
    , m_mergeId(mergeId) {}

void SnapshotCommand::undo() {
    m_apply(m_before);
}

void SnapshotCommand::redo() {
    m_apply(m_after);
}

bool SnapshotCommand::mergeWith(const QUndoCommand* other) {
    if (other->id() != id() || m_mergeId < 0)
        return false;
    m_after = static_cast<const SnapshotCommand*>(other)->m_after;
    return true;
}

} // namespace quittance::ui
