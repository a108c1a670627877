#pragma once

#include "commands/EditCommand.h"
#include "model/Platform.h"

namespace duibiao {

class AddPlatformCommand : public EditCommand
{
public:
    AddPlatformCommand(DocumentSession& session, const Platform& platform);
    qint64 platformId() const { return m_platform.id; }

protected:
    Status forward() override;
    Status backward() override;

private:
    Platform m_platform;
};

class UpdatePlatformCommand : public EditCommand
{
public:
    UpdatePlatformCommand(DocumentSession& session, const Platform& before, const Platform& after);

protected:
    Status forward() override;
    Status backward() override;

private:
    Platform m_before;
    Platform m_after;
};

class RemovePlatformCommand : public EditCommand
{
public:
    RemovePlatformCommand(DocumentSession& session, const Platform& platform);

protected:
    Status forward() override;
    Status backward() override;

private:
    Platform m_platform;
};

} // namespace duibiao
