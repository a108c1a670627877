#pragma once

#include "model/Framework.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace duibiao {

struct StorageContext;

// One framework version kept in a document (table `frameworks`).
struct FrameworkVersion
{
    qint64 id = 0; // the row in `frameworks`
    QString code;
    QString version;
    QString title; // the framework's Chinese title
    QString note;  // the team's note given when it was added
    QDateTime created;
    bool inUse = false; // an assessment of the document is on this code and version
};

// Framework versions the team keeps in the document, besides the snapshot each assessment
// holds: an official wording, an edited copy, a second standard. A code and version names
// one content: the same pair is never stored twice with different texts.
class FrameworkRepository
{
public:
    explicit FrameworkRepository(StorageContext& context) : m_context(context) {}

    // Validates `json` (FrameworkLoader::parse; messages keep the JSON paths, nothing is
    // stored on failure) and stores it. The same code and version with the same content
    // (equal once parsed) gives back the id already there; with other content, here or in
    // an assessment's snapshot, it is refused.
    Result<qint64> add(const QByteArray& json, const QString& note);
    // Every stored version, by code, then in the order they were added.
    Result<QVector<FrameworkVersion>> all() const;
    Result<QByteArray> json(qint64 id) const;
    Result<Framework> load(qint64 id) const;
    // The stored version with this code and version, if any.
    Result<std::optional<qint64>> find(const QString& code, const QString& version) const;
    // Refused while an assessment is on that code and version.
    Status remove(qint64 id);

private:
    StorageContext& m_context;
};

// The version a framework edited from `version` is saved as: the last number goes up
// ("2019.1" → "2019.2", "1" → "2"); without a trailing number ".1" is added
// ("v3-draft" → "v3-draft.1").
QString nextVersion(const QString& version);

} // namespace duibiao
