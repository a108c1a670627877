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
// viewer may still read them and disappear with it (when the page closes); folders left
// by a process that ended without cleaning up go at the next start.
// Nothing is ever run: a file whose content or name says program or script (an ELF or
// Windows executable, a shell script, a .desktop launcher …) is not handed to the
// desktop; the user may only save a copy of it.
class EvidenceViewer : public QObject
{
    Q_OBJECT

public:
    // Hands the copy to the desktop; tests replace it to see what would be opened.
    using Opener = std::function<bool(const QUrl&)>;
    // Asked where to save a copy of a file that is not opened (`why` says why); empty:
    // cancelled. Tests replace it.
    using CopyPathPrompt = std::function<QString(const Evidence& evidence, const QString& why)>;

    explicit EvidenceViewer(QObject* parent = nullptr);
    ~EvidenceViewer() override;

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void setCopyPathPrompt(CopyPathPrompt prompt) { m_copyPathPrompt = std::move(prompt); }

    // Writes the copy and opens it; returns the copy's path. A program or script is not
    // opened: the error says so (and where a copy was saved, if the user chose to).
    Result<QString> open(Document& document, const Evidence& evidence);
    // Streams the bytes to `targetPath` (atomically); for files that are not opened.
    Status saveCopy(Document& document, const Evidence& evidence, const QString& targetPath);
    // Writes the copy only.
    Result<QString> copyOut(Document& document, const Evidence& evidence);

    // A name that is safe as one file name on every system: no path separators, control
    // or format characters (e.g. a right-to-left override disguising the extension),
    // characters Windows refuses, leading dots or trailing dots and spaces; the extension
    // is kept, and added from the MIME type when the name has none.
    static QString sanitizedFileName(const QString& name, const QString& mimeType = {});

    // Why a file must not be handed to the desktop (its content type, from its first bytes,
    // or its name's extension is a program, script or launcher); empty when it may.
    static QString whyNotOpened(const QString& fileName, const QByteArray& head);

    // Removes the copy folders of processes that are gone (a crash leaves them behind).
    // Folders of a running Duibiao are kept. Returns how many were removed.
    static int removeLeftoverCopies();

private:
    Opener m_opener;
    CopyPathPrompt m_copyPathPrompt;
    std::unique_ptr<QTemporaryDir> m_dir; // made on first use
};

} // namespace duibiao
