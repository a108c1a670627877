#pragma once

#include "model/Evidence.h"
#include "util/Result.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace duibiao {

class Document;

// Opens an evidence file with the system's viewer: the bytes are streamed into a
// temporary copy (never held in memory whole), which the viewer application opens.
// The copies live in a temporary folder owned by this object, so they stay while the
// viewer may still read them and disappear with it (when the page closes).
class EvidenceViewer : public QObject
{
    Q_OBJECT

public:
    // Hands the copy to the desktop; tests replace it to see what would be opened.
    using Opener = std::function<bool(const QUrl&)>;

    explicit EvidenceViewer(QObject* parent = nullptr);
    ~EvidenceViewer() override;

    void setOpener(Opener opener) { m_opener = std::move(opener); }

    // Writes the copy and opens it; returns the copy's path.
    Result<QString> open(Document& document, const Evidence& evidence);
    // Writes the copy only.
    Result<QString> copyOut(Document& document, const Evidence& evidence);

    // A name that is safe as one file name on every system: no path separators, control
    // or format characters (e.g. a right-to-left override disguising the extension),
    // characters Windows refuses, leading dots or trailing dots and spaces; the extension
    // is kept, and added from the MIME type when the name has none.
    static QString sanitizedFileName(const QString& name, const QString& mimeType = {});

private:
    Opener m_opener;
    std::unique_ptr<QTemporaryDir> m_dir; // made on first use
};

} // namespace duibiao
