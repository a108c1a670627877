#pragma once

#include "frameworks/FrameworkDraft.h"

#include <QUndoCommand>

#include <functional>

namespace duibiao {

// One edit of the framework editor's draft, on the editor's own undo stack (not the
// document's: nothing is stored until Save). It holds the whole framework before and
// after, which is small; consecutive edits of the same field of the same item merge, so
// that a word typed is one undo step rather than one per key.
class DraftEdit : public QUndoCommand
{
public:
    // Shows a framework and selects an item; `fromForm` is true on the first redo of an
    // edit typed into the form, which then must not be refilled under the cursor.
    using Apply = std::function<void(const Framework&, DraftPosition, bool fromForm)>;

    DraftEdit(const QString& text, Framework before, Framework after, DraftPosition position,
              DraftPosition positionAfter, QString mergeKey, Apply apply);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Framework m_before;
    Framework m_after;
    DraftPosition m_position;
    DraftPosition m_positionAfter;
    QString m_mergeKey; // empty: never merges (structural edits)
    Apply m_apply;
    bool m_first = true;
};

} // namespace duibiao
