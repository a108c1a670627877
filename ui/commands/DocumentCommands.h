#pragma once

#include "commands/EditCommand.h"
#include "model/Institution.h"
#include "model/Phase.h"

namespace duibiao {

class SetInstitutionCommand : public EditCommand
{
public:
    SetInstitutionCommand(DocumentSession& session, const Institution& before,
                          const Institution& after);

protected:
    Status forward() override;
    Status backward() override;

private:
    Institution m_before;
    Institution m_after;
};

class SetPhasesCommand : public EditCommand
{
public:
    SetPhasesCommand(DocumentSession& session, const PhasePlan& before, const PhasePlan& after);

protected:
    Status forward() override;
    Status backward() override;

private:
    PhasePlan m_before;
    PhasePlan m_after;
};

} // namespace duibiao
