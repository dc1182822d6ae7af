// SPDX-License-Identifier: MIT
#include "scripts/SourceEncoding.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace retort {

namespace {

struct Declaration {
    QByteArray name; ///< normalised: lower case, `_` as `-`; empty when none
    int line = 0;
};

// PEP 263: `coding[:=]\s*([-\w.]+)` in a comment on line 1, or on line 2 after a line holding
// only a comment or whitespace.
Declaration findDeclaration(QByteArrayView content)
{
    qsizetype start = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (int line = 1; line <= 2 && start < content.size(); ++line) {
        qsizetype stop = start;
        while (stop < content.size() && content[stop] != '\n' && content[stop] != '\r') {
            ++stop;
        }
        const QByteArrayView text = content.sliced(start, stop - start);
        const QByteArrayView trimmed = text.trimmed();
        if (trimmed.startsWith('#')) {
            const qsizetype at = trimmed.indexOf("coding");
            if (at >= 0 && at + 6 < trimmed.size()
                && (trimmed[at + 6] == ':' || trimmed[at + 6] == '=')) {
                qsizetype i = at + 7;
                while (i < trimmed.size() && (trimmed[i] == ' ' || trimmed[i] == '\t')) {
                    ++i;
                }
                qsizetype j = i;
                while (j < trimmed.size()
                    && (std::isalnum(static_cast<unsigned char>(trimmed[j])) || trimmed[j] == '-'
                        || trimmed[j] == '_' || trimmed[j] == '.')) {
                    ++j;
                }
                QByteArray name = trimmed.sliced(i, j - i).toByteArray().toLower();
                name.replace('_', '-');
                return Declaration {name, line};
            }
        } else if (!trimmed.isEmpty()) {
            return {};
        }
        start = stop < content.size() && content[stop] == '\r' && stop + 1 < content.size()
                && content[stop + 1] == '\n'
            ? stop + 2
            : stop + 1;
    }
    return {};
}

bool isUtf8Name(const QByteArray &name)
{
    return name == "utf-8" || name == "utf8" || name.startsWith("utf-8-") || name == "ascii"
        || name == "us-ascii";
}

bool isLatin1Name(const QByteArray &name)
{
    return name == "latin-1" || name == "latin1" || name == "iso-8859-1" || name == "iso8859-1"
        || name == "iso-latin-1" || name.startsWith("latin-1-") || name.startsWith("iso-8859-1-");
}

int lineOf(QByteArrayView content, qsizetype offset)
{
    const QByteArrayView before = content.first(offset);
    return static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
}

} // namespace

qsizetype SourceEncoding::firstInvalidUtf8(QByteArrayView content)
{
    const auto *p = reinterpret_cast<const unsigned char *>(content.data());
    const qsizetype n = content.size();
    qsizetype i = 0;
    while (i < n) {
        // Fast path: eight ASCII bytes at a time.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = c == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n || p[i + 1] < low || p[i + 1] > high) {
            return i;
        }
        for (int k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

Result<SourceEncoding::Kind> SourceEncoding::detect(const QString &path, QByteArrayView content)
{
    const Declaration declaration = findDeclaration(content);
    if (!declaration.name.isEmpty() && isLatin1Name(declaration.name)) {
        return Kind::Latin1;
    }
    if (!declaration.name.isEmpty() && !isUtf8Name(declaration.name)) {
        return makeError(Error::Kind::Unsupported,
            QCoreApplication::translate("SourceEncoding",
                "The script declares the source encoding "
                "'%1'; Retort reads only UTF-8 and Latin-1 "
                "scripts")
                .arg(QString::fromLatin1(declaration.name)),
            path, declaration.line);
    }
    const qsizetype bad = firstInvalidUtf8(content);
    if (bad >= 0) {
        return makeError(Error::Kind::Parse,
            QCoreApplication::translate("SourceEncoding",
                "The script is not valid UTF-8: byte 0x%1 "
                "cannot be decoded")
                .arg(static_cast<unsigned char>(content[bad]), 2, 16, QLatin1Char('0')),
            path, lineOf(content, bad));
    }
    return Kind::Utf8;
}

} // namespace retort
