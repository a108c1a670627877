#pragma once

#include "model/Assessment.h"
#include "model/Framework.h"
#include "model/Institution.h"
#include "storage/Document.h"

#include <QByteArray>

namespace duibiao {

// What a new document starts with: the institution and a first assessment on a framework.
struct NewDocumentSpec
{
    Institution institution;
    Assessment assessment;
    QByteArray frameworkJson; // empty: the built-in reference framework
};

// Creates a document that is ready to work in: schema, institution, school unit and a
// first assessment with one unrated entry per requirement.
Result<std::unique_ptr<Document>> createDocument(const QString& path, const NewDocumentSpec& spec,
                                                 const Document::Options& options);

// The starting point of the default document on first start.
NewDocumentSpec defaultDocumentSpec();
// A new document on the given framework (already validated) for the named institution
// (empty: the placeholder name, to be filled in on the Overview page).
NewDocumentSpec documentSpecFor(const QByteArray& frameworkJson, const Framework& framework,
                                const QString& institutionName);

} // namespace duibiao
