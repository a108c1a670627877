#pragma once

#include "util/Result.h"

#include <QString>

namespace duibiao {

struct StorageContext;

enum class DocumentKind { Institution, Panel };

// Facts about the document as a whole (table document_meta): what kind of document it is
// and the random id it was given when made, which copies keep, so that a team member's
// package can name the document it was forked from.
class DocumentMetaRepository
{
public:
    explicit DocumentMetaRepository(StorageContext& context) : m_context(context) {}

    Result<QString> value(const QString& key) const; // empty when not set
    Status setValue(const QString& key, const QString& value);

    Result<DocumentKind> kind() const;
    Status setKind(DocumentKind kind);
    Result<QString> documentId() const;

private:
    StorageContext& m_context;
};

QString documentKindKey(DocumentKind kind);

} // namespace duibiao
