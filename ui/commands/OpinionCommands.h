#pragma once

#include "commands/EditCommand.h"
#include "model/RectificationItem.h"

#include <QVector>

namespace duibiao {

// "Rectify the Panel's Findings…": the items made from the panel's opinions
// (itemsFromOpinions), added together in one transaction and undone together.
class AddFindingItemsCommand : public EditCommand
{
public:
    AddFindingItemsCommand(DocumentSession& session, const QVector<RectificationItem>& items);
    const QVector<RectificationItem>& items() const { return m_items; }

protected:
    Status forward() override;
    Status backward() override;

private:
    QVector<RectificationItem> m_items;
};

} // namespace duibiao
