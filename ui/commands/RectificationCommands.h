#pragma once

#include "commands/EditCommand.h"
#include "model/RectificationItem.h"

namespace duibiao {

class AddRectificationCommand : public EditCommand
{
public:
    AddRectificationCommand(DocumentSession& session, const RectificationItem& item);
    qint64 itemId() const { return m_item.id; }

protected:
    Status forward() override;
    Status backward() override;

private:
    RectificationItem m_item;
};

class UpdateRectificationCommand : public EditCommand
{
public:
    UpdateRectificationCommand(DocumentSession& session, const RectificationItem& before,
                               const RectificationItem& after);

protected:
    Status forward() override;
    Status backward() override;

private:
    RectificationItem m_before;
    RectificationItem m_after;
};

class RemoveRectificationCommand : public EditCommand
{
public:
    RemoveRectificationCommand(DocumentSession& session, const RectificationItem& item);

protected:
    Status forward() override;
    Status backward() override;

private:
    RectificationItem m_item;
};

} // namespace duibiao
