#include "frameworks/DraftEdit.h"

#include <utility>

namespace duibiao {

DraftEdit::DraftEdit(const QString& text, Framework before, Framework after, DraftPosition position,
                     DraftPosition positionAfter, QString mergeKey, Apply apply)
    : m_before(std::move(before)), m_after(std::move(after)), m_position(position),
      m_positionAfter(positionAfter), m_mergeKey(std::move(mergeKey)), m_apply(std::move(apply))
{
    setText(text);
}

void DraftEdit::redo()
{
    m_apply(m_after, m_positionAfter, m_first && !m_mergeKey.isEmpty());
    m_first = false;
}

void DraftEdit::undo()
{
    m_apply(m_before, m_position, false);
}

int DraftEdit::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool DraftEdit::mergeWith(const QUndoCommand* other)
{
    const auto* edit = dynamic_cast<const DraftEdit*>(other);
    if (!edit || edit->m_mergeKey != m_mergeKey || edit->m_position != m_position)
        return false;
    m_after = edit->m_after;
    m_positionAfter = edit->m_positionAfter;
    return true;
}

} // namespace duibiao
