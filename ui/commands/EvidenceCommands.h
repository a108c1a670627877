#pragma once

#include "commands/EditCommand.h"
#include "model/Evidence.h"

namespace duibiao {

// Adds a file as evidence of a requirement (optionally for one expected evidence item).
// Undo marks it removed; redo restores the same stored bytes.
class AddEvidenceCommand : public EditCommand
{
public:
    AddEvidenceCommand(DocumentSession& session, const QString& requirementCode,
                       const QString& filePath, const QString& expectedItem = {});
    qint64 evidenceId() const { return m_id; }

protected:
    Status forward() override;
    Status backward() override;

private:
    QString m_code;
    QString m_path;
    QString m_expectedItem;
    qint64 m_id = 0;
};

class RenameEvidenceCommand : public EditCommand
{
public:
    RenameEvidenceCommand(DocumentSession& session, const Evidence& evidence, const QString& name);

protected:
    Status forward() override;
    Status backward() override;

private:
    qint64 m_id;
    QString m_before;
    QString m_name;
};

class RemoveEvidenceCommand : public EditCommand
{
public:
    RemoveEvidenceCommand(DocumentSession& session, const Evidence& evidence);

protected:
    Status forward() override;
    Status backward() override;

private:
    qint64 m_id;
};

} // namespace duibiao
