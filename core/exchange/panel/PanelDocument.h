#pragma once

#include "exchange/package/PackageReader.h"
#include "storage/Document.h"

#include <QDate>

namespace duibiao {

struct AssessmentSnapshot;
struct AnalysisInput;
struct Analysis;

// A regional review panel's document: the submitted packages of the institutions it
// reviews, held read-only, and the panel's own opinions. An ordinary .duibiao file whose
// document_meta kind is "panel"; its institution row names the panel.
Result<std::unique_ptr<Document>> createPanelDocument(const QString& path, const QString& panelName,
                                                      const QString& region,
                                                      const Document::Options& options);

Result<bool> isPanelDocument(Document& document);

// Adds an institution's submission package: the whole package is verified first (every
// entry's size and SHA-256, evidence included), then its manifest and assessment.json are
// kept. Refuses other kinds of package and packages already added.
Result<qint64> addSubmission(Document& panel, const QString& packagePath,
                             const PackageReader::Progress& progress = {},
                             const std::atomic_bool* cancel = nullptr);

// One submission, read back and analysed as of `today`.
struct ComparedSubmission
{
    qint64 submissionId = 0;
    QString fingerprint;
    std::shared_ptr<const AssessmentSnapshot> snapshot;
    std::shared_ptr<const AnalysisInput> input;
    std::shared_ptr<const Analysis> analysis;
};

// The analysis input of a snapshot: what a report or the comparison needs of it.
Result<AnalysisInput> analysisInputOf(const AssessmentSnapshot& snapshot);

// Every submission of the panel document, analysed, highest overall score first.
Result<QVector<ComparedSubmission>> compareSubmissions(Document& panel, QDate today);

} // namespace duibiao

namespace duibiao {

struct PackageExportResult;

// The panel's opinions on one submission as an "opinions" package for its institution:
// the institution's identity and framework from its submission, and each opinion of the
// panel (the overall one with an empty requirement code). Refuses when there is none.
Result<PackageExportResult> exportPanelOpinions(Document& panel, qint64 submissionId,
                                                const QString& path);

} // namespace duibiao

namespace duibiao {

class Report;
struct ReportOptions;

// The comparison report (组织评议对比表) of a panel document, as of `today`.
Result<Report> buildComparisonReport(Document& panel, const ReportOptions& options, QDate today);

} // namespace duibiao
