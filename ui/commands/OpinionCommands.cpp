#include "commands/OpinionCommands.h"

#include "storage/Transaction.h"

#include <QCoreApplication>

namespace duibiao {

AddFindingItemsCommand::AddFindingItemsCommand(DocumentSession& session,
                                               const QVector<RectificationItem>& items)
    : EditCommand(session,
                  QCoreApplication::translate("OpinionCommands",
                                              "Rectify the panel's findings (%n item(s))", nullptr,
                                              int(items.size())),
                  DocumentSession::Rectification),
      m_items(items)
{}

Status AddFindingItemsCommand::forward()
{
    Transaction transaction(document().context().db);
    if (!transaction.started())
        return transaction.started();
    QVector<RectificationItem> written = m_items;
    for (RectificationItem& item : written) {
        // Redo puts the items back under the ids they had, as the single-item command does.
        if (item.id != 0) {
            if (Status status = document().rectification().restore(assessmentId(), item); !status)
                return status;
            continue;
        }
        Result<qint64> id = document().rectification().add(assessmentId(), item);
        if (!id)
            return id.error();
        item.id = *id;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    m_items = written; // the ids only once they are committed
    return {};
}

Status AddFindingItemsCommand::backward()
{
    Transaction transaction(document().context().db);
    if (!transaction.started())
        return transaction.started();
    for (const RectificationItem& item : m_items) {
        if (Status status = document().rectification().remove(item.id); !status)
            return status;
    }
    return transaction.commit();
}

} // namespace duibiao
