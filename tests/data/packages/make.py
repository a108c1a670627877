#!/usr/bin/env python3
"""Builds the review packages under tests/data/packages: a few valid ones and the hostile
corpus PackageReader must refuse, and writes README.md, the table the tests read.

Only the standard library (zipfile, struct, zlib). The outputs are committed; run this
again only to change the corpus:  python3 tests/data/packages/make.py

Each package is one attack. Where zipfile cannot write the attack (forged sizes, an
encrypted flag, a NUL in a name), the finished ZIP is patched byte by byte in its local
header and central directory, so both still agree unless disagreement is the attack.
"""

import hashlib
import json
import os
import random
import struct
import unicodedata
import warnings
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = (2020, 10, 15, 9, 0, 0)
MIB = 1024 * 1024

# --- contents -----------------------------------------------------------------------------

FRAMEWORK = json.load(open(os.path.join(HERE, "..", "frameworks", "valid-minimal.json"),
                           encoding="utf-8"))

PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
       b"trailer << /Root 1 0 R >>\n%%EOF\n")
JPEG = bytes([0xFF, 0xD8, 0xFF, 0xE0]) + b"\x00\x10JFIF\x00" + bytes(range(256)) * 16 + b"\xff\xd9"
# The two report files and the score sheet are opaque to the reader: it checks their size
# and hash, never their contents.
ODT = b"PK\x03\x04 stand-in for report.odt, checked by size and hash only\n"
XLSX = b"PK\x03\x04 stand-in for scores.xlsx, checked by size and hash only\n"

EVIDENCE = [
    (1, "A1", "evidence/000001-名单.pdf", "名单.pdf", "application/pdf", PDF),
    (2, "B2", "evidence/000002-photo (1).jpg", "photo (1).jpg", "image/jpeg", JPEG),
]


def sha(data):
    return hashlib.sha256(data).hexdigest()


def compact(value):
    """QJsonDocument::toJson(Compact): keys sorted, no spaces, UTF-8 kept as is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True).encode("utf-8")


def assessment_json(kind="submission", evidence=EVIDENCE):
    document = {
        "schemaVersion": 1,
        "documentId": "0123456789abcdef0123456789abcdef",
        "institution": {"name": "示例大学", "committee": "示例大学关心下一代工作委员会",
                        "region": "南京片区"},
        "assessment": {"id": 1, "title": "2020年度关工委优质化建设自评", "year": 2020,
                       "frameworkCode": FRAMEWORK["code"],
                       "frameworkVersion": FRAMEWORK["version"],
                       "status": "submitted" if kind == "submission" else "draft",
                       "created": "2020-05-01T09:00:00+08:00",
                       "submittedAt": "2020-10-15T09:00:00+08:00" if kind == "submission"
                       else None,
                       "fingerprint": "",
                       "phases": [{"phase": 1, "start": "2020-05-01", "end": "2020-06-30"}]},
        "framework": FRAMEWORK,
        "units": [{"id": 1, "name": "示例大学", "kind": "school", "sortOrder": 0}],
        "figures": [], "platforms": [], "requirements": [], "rectification": [],
        "evidence": [{"id": i, "requirementCode": code, "rectificationId": None,
                      "expectedItem": "", "name": name, "mimeType": mime, "size": len(data),
                      "sha256": sha(data), "added": "2020-06-01T10:00:00+08:00",
                      "addedBy": "示例用户", "file": file}
                     for i, code, file, name, mime, data in evidence],
        "opinions": [],
    }
    if kind == "team":
        document["scope"] = {"categories": ["A", "B"], "unitIds": [1]}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


class Entry:
    """One ZIP entry: name (str, or bytes placed verbatim), bytes, how it is stored."""

    def __init__(self, name, data, method=zipfile.ZIP_STORED, mode=0o100644, listed=True,
                 level=None):
        self.name, self.data, self.method, self.mode = name, data, method, mode
        self.listed, self.level = listed, level

    def listing(self):
        return {"name": self.name, "size": len(self.data), "sha256": sha(self.data)}


def submission_entries():
    entries = [Entry("assessment.json", assessment_json(), zipfile.ZIP_DEFLATED),
               Entry("scores.xlsx", XLSX)]
    entries += [Entry(file, data) for _, _, file, _, _, data in EVIDENCE]
    entries += [Entry("report.pdf", PDF), Entry("report.odt", ODT)]
    return entries


REPORTS = ("report.pdf", "report.odt")


def manifest_for(entries, kind="submission", **changes):
    content = [e.listing() for e in entries if e.listed and e.name not in REPORTS]
    reports = [e.listing() for e in entries if e.listed and e.name in REPORTS]
    manifest = {
        "format": "duibiao-package",
        "formatVersion": 1,
        "kind": kind,
        "created": "2020-10-15T09:00:00+08:00",
        "app": "Duibiao 0.3.0",
        "documentId": "0123456789abcdef0123456789abcdef",
        "institution": {"name": "示例大学", "committee": "示例大学关心下一代工作委员会",
                        "region": "南京片区"},
        "assessment": {"title": "2020年度关工委优质化建设自评", "year": 2020,
                       "frameworkCode": FRAMEWORK["code"],
                       "frameworkVersion": FRAMEWORK["version"]},
        "fingerprint": sha(compact(content)),
        "content": content,
        "reports": reports,
    }
    manifest.update(changes)
    return manifest


# --- writing and patching ------------------------------------------------------------------

def write_zip(path, entries, manifest):
    """manifest: a dict (written as JSON), bytes (written verbatim) or None (left out)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate-name attacks
        with zipfile.ZipFile(path, "w") as archive:
            if manifest is not None:
                data = manifest if isinstance(manifest, bytes) else \
                    json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
                write_entry(archive, Entry("manifest.json", data, zipfile.ZIP_DEFLATED))
            for entry in entries:
                write_entry(archive, entry)


def write_entry(archive, entry):
    info = zipfile.ZipInfo(entry.name, DATE)
    info.compress_type = entry.method
    info.create_system = 3  # Unix, so the mode bits below are read
    info.external_attr = entry.mode << 16
    if entry.name.endswith("/"):
        info.external_attr |= 0x10
    archive.writestr(info, entry.data, compresslevel=entry.level)


def records(data):
    """(local header offset, central record offset) of every entry, in directory order."""
    end = data.rindex(b"PK\x05\x06")
    count, = struct.unpack_from("<H", data, end + 10)
    position, = struct.unpack_from("<I", data, end + 16)
    found = []
    for _ in range(count):
        assert data[position:position + 4] == b"PK\x01\x02"
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data,
                                                                       position + 28)
        local, = struct.unpack_from("<I", data, position + 42)
        found.append((local, position))
        position += 46 + name_length + extra_length + comment_length
    return found


def patch(path, index, local=True, central=True, size=None, flags=None, offset_of=None):
    """Forges fields of entry `index` (directory order, manifest.json first)."""
    data = bytearray(open(path, "rb").read())
    entries = records(data)
    local_at, central_at = entries[index]
    if size is not None:
        if local:
            struct.pack_into("<I", data, local_at + 22, size)
        if central:
            struct.pack_into("<I", data, central_at + 24, size)
    if flags is not None:
        if local:
            struct.pack_into("<H", data, local_at + 6,
                             struct.unpack_from("<H", data, local_at + 6)[0] | flags)
        if central:
            struct.pack_into("<H", data, central_at + 8,
                             struct.unpack_from("<H", data, central_at + 8)[0] | flags)
    if offset_of is not None:
        struct.pack_into("<I", data, central_at + 42, entries[offset_of][0])
    open(path, "wb").write(bytes(data))


def replace_bytes(path, old, new):
    """Replaces a name in local header and central directory alike (same length)."""
    assert len(old) == len(new)
    data = open(path, "rb").read()
    assert data.count(old) == 2, old
    open(path, "wb").write(data.replace(old, new))


# --- the corpus ----------------------------------------------------------------------------

CASES = []  # (file, attack, expected fragment, limits)


def case(file, attack, fragment, limits=""):
    def register(build):
        CASES.append((file, attack, fragment, limits, build))
        return build
    return register


def plain(path, entries, **changes):
    write_zip(path, entries, manifest_for(entries, **changes))


def with_extra(name, data=PDF, method=zipfile.ZIP_STORED, mode=0o100644):
    """The valid submission plus one entry, listed in the manifest."""
    def build(path):
        entries = submission_entries() + [Entry(name, data, method, mode)]
        plain(path, entries)
    return build


@case("valid-submission.zip", "none: a valid submission package", "")
def _(path):
    plain(path, submission_entries())


@case("valid-team.zip", "none: a valid team package with a folder entry", "")
def _(path):
    entries = [Entry("assessment.json", assessment_json("team"), zipfile.ZIP_DEFLATED),
               Entry("evidence/", b"", mode=0o40755)]
    entries += [Entry(file, data) for _, _, file, _, _, data in EVIDENCE]
    write_zip(path, entries, manifest_for([e for e in entries if not e.name.endswith("/")],
                                          kind="team"))


@case("valid-opinions.zip", "none: a valid opinions package", "")
def _(path):
    entries = [Entry("assessment.json", assessment_json("opinions", []), zipfile.ZIP_DEFLATED)]
    plain(path, entries, kind="opinions", reports=[])


case("slip-dotdot.zip", "zip slip: ../x", '../x: the name has a ".." segment')(
    with_extra("../x"))
case("slip-absolute.zip", "zip slip: absolute path /etc/x", "/etc/x: the name is an absolute path")(
    with_extra("/etc/x"))
case("slip-drive.zip", "zip slip: drive letter C:\\x", "the name starts with a drive letter")(
    with_extra("C:\\x"))
case("slip-nested.zip", "zip slip: evidence/../../x",
     'evidence/../../x: the name has a ".." segment')(with_extra("evidence/../../x"))
case("backslash.zip", "backslash separators: evidence\\000003-a.pdf",
     "the name contains a backslash")(with_extra("evidence\\000003-a.pdf"))
case("control-char.zip", "control character U+0001 in a name",
     "control or invisible character (U+0001)")(with_extra("evidence/000003-a\x01.pdf"))
case("bidi-override.zip", "right-to-left override U+202E makes fdp.exe look like exe.pdf",
     "control or invisible character (U+202E)")(with_extra("evidence/000003-\u202efdp.exe"))
case("windows-reserved.zip", "a name with a colon (alternate data stream on Windows)",
     'which Windows does not allow')(with_extra("evidence/000003-a.pdf:hidden"))
case("empty-segment.zip", "empty path segment: evidence//000003-a.pdf",
     "the name has an empty segment")(with_extra("evidence//000003-a.pdf"))
case("long-name.zip", "a 300-byte entry name", "the name is longer than 255 bytes")(
    with_extra("evidence/000003-" + "a" * 286))
case("symlink.zip", "an entry that is a symbolic link to /etc/passwd",
     "the entry is a symbolic link")(
    with_extra("evidence/000003-link.pdf", b"/etc/passwd", mode=0o120777))
case("folder-with-data.zip", "a folder entry (name ending /) that holds bytes",
     "the folder entry holds data")(with_extra("evidence/", b"hidden bytes", mode=0o40755))
case("unknown-entry.zip", "an entry package format 1 does not have, listed (autorun.inf)",
     "autorun.inf: the entry is not part of package format 1")(with_extra("autorun.inf"))
case("evidence-subfolder.zip", "evidence in a subfolder: evidence/000003-a/b.pdf",
     "evidence/000003-a/b.pdf: the entry is not part of package format 1")(
    with_extra("evidence/000003-a/b.pdf"))
case("unlisted-entry.zip", "an entry the manifest does not list",
     "evidence/000009-extra.pdf: the entry is not listed in manifest.json")(
    lambda path: write_zip(path, submission_entries() +
                           [Entry("evidence/000009-extra.pdf", PDF, listed=False)],
                           manifest_for(submission_entries())))


@case("unlisted-several.zip", "five entries the manifest does not list",
      "evidence/000019-x.pdf: the entry is not listed in manifest.json")
def _(path):
    # The message names the first in directory order, whatever order a hash gives them.
    write_zip(path, submission_entries() +
              [Entry("evidence/%06d-x.pdf" % i, PDF, listed=False) for i in (19, 15, 11, 17, 13)],
              manifest_for(submission_entries()))


@case("non-utf8-name.zip", "an entry name that is not UTF-8 (bytes FF FE)",
      "the name is not valid UTF-8")
def _(path):
    with_extra("evidence/000003-@@.pdf")(path)
    replace_bytes(path, b"evidence/000003-@@.pdf", b"evidence/000003-\xff\xfe.pdf")


@case("nul-in-name.zip", "a NUL byte hiding ../../x after a harmless name",
      'the name has a ".." segment')
def _(path):
    with_extra("evidence/000003-a.pdf#../../x")(path)
    replace_bytes(path, b"evidence/000003-a.pdf#../../x", b"evidence/000003-a.pdf\x00../../x")


@case("duplicate-entry.zip", "the same name twice in the central directory",
      "evidence/000001-名单.pdf: the ZIP holds this name more than once")
def _(path):
    entries = submission_entries()
    write_zip(path, entries + [Entry(entries[2].name, JPEG, listed=False)],
              manifest_for(entries))


@case("duplicate-normalisation.zip",
      "two names that differ only in Unicode normalisation (é as one or two code points)",
      "differs only in Unicode normalisation")
def _(path):
    nfc = unicodedata.normalize("NFC", "evidence/000003-café.pdf")
    nfd = unicodedata.normalize("NFD", nfc)
    plain(path, submission_entries() + [Entry(nfc, PDF), Entry(nfd, JPEG)])


@case("bomb-ratio.zip", "ZIP bomb: 64 MiB of zeros deflated to about 64 KB (1000:1)",
      "the entry is compressed more than 100:1")
def _(path):
    plain(path, submission_entries() +
          [Entry("evidence/000003-zeros.bin", bytes(64 * MIB), zipfile.ZIP_DEFLATED, level=9)])


@case("bomb-entry-size.zip", "an entry over the size cap (16 MiB of zeros, cap set to 8 MiB)",
      "the entry unpacks to 16777216 bytes; at most 8388608 are allowed",
      "maxEntryBytes=8388608 maxCompressionRatio=100000")
def _(path):
    plain(path, submission_entries() +
          [Entry("evidence/000003-zeros.bin", bytes(16 * MIB), zipfile.ZIP_DEFLATED, level=9)])


@case("bomb-total.zip", "entries over the total cap (3 x 16 MiB, cap set to 40 MiB)",
      "unpacks to more than 41943040 bytes in total",
      "maxTotalBytes=41943040 maxCompressionRatio=100000")
def _(path):
    plain(path, submission_entries() +
          [Entry("evidence/00000%d-zeros.bin" % i, bytes(16 * MIB), zipfile.ZIP_DEFLATED,
                 level=9) for i in (3, 4, 5)])


@case("bomb-lying-size.zip",
      "ZIP bomb that lies: directory and manifest say 1000 bytes, the data inflates to 64 MiB",
      "evidence/000003-zeros.bin: the entry holds more bytes than the 1000 declared")
def _(path):
    entries = submission_entries()
    bomb = Entry("evidence/000003-zeros.bin", bytes(64 * MIB), zipfile.ZIP_DEFLATED, level=9)
    listing = manifest_for(entries + [Entry(bomb.name, bytes(1000))])
    write_zip(path, entries + [bomb], listing)
    patch(path, len(entries) + 1, size=1000)


@case("size-short.zip", "size mismatch: directory and manifest say 5000, the data holds 1000",
      "the entry holds fewer bytes (1000) than the 5000 declared")
def _(path):
    entries = submission_entries()
    short = Entry("evidence/000003-short.txt", b"x" * 1000, zipfile.ZIP_DEFLATED)
    listing = manifest_for(entries + [Entry(short.name, b"x" * 5000)])
    write_zip(path, entries + [short], listing)
    patch(path, len(entries) + 1, size=5000)


@case("size-manifest.zip", "size mismatch: manifest vs central directory",
      "manifest.json gives 1001 bytes, the ZIP directory 1000")
def _(path):
    entries = submission_entries() + [Entry("evidence/000003-a.txt", b"y" * 1000)]
    manifest = manifest_for(entries)
    manifest["content"][-1]["size"] = 1001
    manifest["fingerprint"] = sha(compact(manifest["content"]))
    write_zip(path, entries, manifest)


@case("size-stored.zip", "size mismatch inside the directory: a stored entry 1000 packed, 2000 unpacked",
      "gives the stored entry two different sizes")
def _(path):
    entries = submission_entries()
    write_zip(path, entries + [Entry("evidence/000003-a.txt", b"y" * 1000)],
              manifest_for(entries + [Entry("evidence/000003-a.txt", b"y" * 2000)]))
    patch(path, len(entries) + 1, size=2000)


@case("directory-local-mismatch.zip",
      "central directory and local header disagree on a size",
      "its directory and its entries disagree")
def _(path):
    entries = submission_entries() + [Entry("evidence/000003-a.txt", b"y" * 1000,
                                            zipfile.ZIP_DEFLATED)]
    write_zip(path, entries, manifest_for(entries))
    patch(path, len(entries), local=False, size=1001)


@case("overlapping-entries.zip",
      "two directory records pointing at the same local data (a non-recursive bomb)",
      "its directory and its entries disagree")
def _(path):
    entries = submission_entries() + [Entry("evidence/000003-a.pdf", PDF)]
    write_zip(path, entries, manifest_for(entries))
    patch(path, len(entries), offset_of=len(entries) - 1)


@case("bad-checksum.zip", "evidence bytes changed after the manifest was written",
      "evidence/000002-photo (1).jpg: the SHA-256 of the entry does not match manifest.json")
def _(path):
    entries = submission_entries()
    manifest = manifest_for(entries)
    entries[3].data = bytes(reversed(entries[3].data))
    write_zip(path, entries, manifest)


@case("truncated.zip", "a package cut off after 60% of its bytes",
      "the ZIP file is truncated or damaged")
def _(path):
    plain(path, submission_entries())
    data = open(path, "rb").read()
    open(path, "wb").write(data[:len(data) * 6 // 10])


@case("not-a-zip.zip", "a PDF renamed to .zip", "not a review package (not a ZIP file)")
def _(path):
    open(path, "wb").write(PDF)


@case("empty.zip", "an empty file", "the file is empty")
def _(path):
    open(path, "wb").close()


@case("no-manifest.zip", "a ZIP without manifest.json", "it has no manifest.json")
def _(path):
    write_zip(path, submission_entries(), None)


@case("wrong-format.zip", 'manifest format "duibiao-backup"', "not a Duibiao review package")
def _(path):
    plain(path, submission_entries(), format="duibiao-backup")


@case("newer-version.zip", "formatVersion 2, from a newer Duibiao",
      "made by a newer version of Duibiao (package format 2; this version reads 1)")
def _(path):
    plain(path, submission_entries(), formatVersion=2)


@case("malformed-manifest.zip", "manifest.json cut off in the middle",
      "manifest.json: is not valid JSON")
def _(path):
    text = json.dumps(manifest_for(submission_entries()), ensure_ascii=False).encode()
    write_zip(path, submission_entries(), text[:200])


@case("manifest-array.zip", "manifest.json is a JSON array, not an object",
      "must hold a JSON object")
def _(path):
    write_zip(path, submission_entries(), json.dumps([manifest_for(submission_entries())]).encode())


@case("non-utf8-manifest.zip", "manifest.json in GBK, not UTF-8", "manifest.json: is not UTF-8")
def _(path):
    text = json.dumps(manifest_for(submission_entries()), ensure_ascii=False)
    write_zip(path, submission_entries(), text.encode("gbk"))


@case("huge-string.zip", "a 1 MiB + 1 byte string in the manifest",
      "app holds a string longer than 1048576 bytes")
def _(path):
    # Not all one letter: the manifest must stay under the 100:1 ratio cap so that the
    # string cap is what refuses it.
    chance = random.Random(7)
    plain(path, submission_entries(),
          app="".join("b" if chance.random() < 0.03 else "a" for _ in range(MIB + 1)))


@case("wrong-type.zip", "a size given as a string", "content[0].size must be a whole number")
def _(path):
    manifest = manifest_for(submission_entries())
    manifest["content"][0]["size"] = str(manifest["content"][0]["size"])
    manifest["fingerprint"] = sha(compact(manifest["content"]))
    write_zip(path, submission_entries(), manifest)


@case("negative-size.zip", "a negative size", "content[1].size must be a whole number from 0")
def _(path):
    manifest = manifest_for(submission_entries())
    manifest["content"][1]["size"] = -1
    manifest["fingerprint"] = sha(compact(manifest["content"]))
    write_zip(path, submission_entries(), manifest)


@case("uppercase-sha.zip", "a SHA-256 in upper case",
      "content[2].sha256 must be 64 lowercase hexadecimal digits")
def _(path):
    manifest = manifest_for(submission_entries())
    manifest["content"][2]["sha256"] = manifest["content"][2]["sha256"].upper()
    manifest["fingerprint"] = sha(compact(manifest["content"]))
    write_zip(path, submission_entries(), manifest)


@case("unknown-kind.zip", 'kind "archive"', 'kind must be "submission", "team" or "opinions"')
def _(path):
    plain(path, submission_entries(), kind="archive")


@case("unknown-key.zip", "an extra field in a content entry",
      "content[0].mode is not a field of package format 1")
def _(path):
    manifest = manifest_for(submission_entries())
    manifest["content"][0]["mode"] = "0644"
    manifest["fingerprint"] = sha(compact(manifest["content"]))
    write_zip(path, submission_entries(), manifest)


@case("wrong-fingerprint.zip", "fingerprint of another content list",
      "the fingerprint does not match the list of content")
def _(path):
    plain(path, submission_entries(), fingerprint=sha(b"another package"))


@case("listed-missing.zip", "the manifest lists an entry the ZIP lacks",
      "evidence/000009-gone.pdf: the entry is listed in manifest.json but missing from the ZIP")
def _(path):
    entries = submission_entries()
    write_zip(path, entries, manifest_for(entries + [Entry("evidence/000009-gone.pdf", PDF)]))


@case("listed-twice.zip", "the manifest lists one entry twice",
      "the entry is listed more than once in manifest.json")
def _(path):
    entries = submission_entries()
    manifest = manifest_for(entries)
    manifest["content"].append(manifest["content"][-1])
    manifest["fingerprint"] = sha(compact(manifest["content"]))
    write_zip(path, entries, manifest)


@case("listed-slip.zip", "the manifest lists ../../x (the ZIP holds no such entry)",
      'manifest.json: lists ../../x, but the name has a ".." segment')
def _(path):
    entries = submission_entries()
    write_zip(path, entries, manifest_for(entries + [Entry("../../x", PDF)]))


@case("team-with-report.zip", "a team package carrying report.pdf",
      "a team package carries no reports")
def _(path):
    plain(path, [e for e in submission_entries() if e.name != "scores.xlsx"], kind="team")


@case("report-misplaced.zip", "report.pdf listed in content instead of reports",
      "report.pdf: the entry is not part of package format 1")
def _(path):
    entries = submission_entries()
    manifest = manifest_for(entries)
    manifest["content"] += manifest["reports"]
    manifest["reports"] = []
    manifest["fingerprint"] = sha(compact(manifest["content"]))
    write_zip(path, entries, manifest)


@case("encrypted.zip", "an entry with the encryption flag set",
      "the entry is encrypted")
def _(path):
    plain(path, submission_entries())
    patch(path, 3, flags=0x1)


@case("bzip2.zip", "an entry compressed with bzip2 (method 12)",
      "the entry uses compression method 12")
def _(path):
    plain(path, submission_entries() +
          [Entry("evidence/000003-a.txt", b"z" * 5000, zipfile.ZIP_BZIP2)])


@case("too-many-entries.zip", "30 evidence entries, entry cap set to 20",
      "the package holds 37 entries; at most 20 are allowed", "maxEntries=20")
def _(path):
    plain(path, submission_entries() +
          [Entry("evidence/%06d-n.txt" % i, b"%d" % i) for i in range(10, 40)])


@case("manifest-too-large.zip", "manifest.json over its cap (cap set to 1 KiB)",
      "manifest.json: the JSON entry unpacks to", "maxManifestBytes=1024")
def _(path):
    plain(path, submission_entries())


def main():
    rows = []
    for file, attack, fragment, limits, build in CASES:
        path = os.path.join(HERE, file)
        build(path)
        rows.append("| `%s` | %s | %s | %s |" % (file, attack.replace("|", "/"),
                                                  "`%s`" % fragment if fragment else "",
                                                  "`%s`" % limits if limits else ""))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as readme:
        readme.write(README_HEAD)
        readme.write("\n".join(rows) + "\n")
    print("%d packages written" % len(CASES))


README_HEAD = """\
# Review packages for the reader's tests

Made by `make.py` (Python standard library only; the outputs are committed, so the build
never runs it). `test_package_reader` reads the table below: every `.zip` here must have a
row; a row without a fragment must open and verify; every other row must be refused
by `PackageReader::open` or `verifyAll` with a message holding the fragment, the package
file unchanged. Limits, where given, replace the defaults of `PackageLimits` for that row
(so a bomb can be tested without a gigabyte file).

| file | attack | expected message fragment | limits |
|---|---|---|---|
"""

if __name__ == "__main__":
    main()
