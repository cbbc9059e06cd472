// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target without libFuzzer: every file named on the command line, and every file
// in every folder named there, goes once through LLVMFuzzerTestOneInput. ctest runs it on the
// target's corpus and regression inputs, so every build (gcc too) replays what fuzzing found.
#include "fuzzsupport.h"

#include <cstdio>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QStringList inFolder;
            for (QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
                inFolder << it.next();
            inFolder.sort();
            files << inFolder;
        } else if (QFileInfo(arg).isFile()) {
            files << arg;
        } else {
            std::fprintf(stderr, "replay: %s: no such file or folder\n", argv[i]);
            return 2;
        }
    }
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: %s: cannot read\n", qPrintable(path));
            return 2;
        }
        const QByteArray input = file.readAll();
        std::fprintf(stderr, "replay: %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(input.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
    }
    std::fprintf(stderr, "replay: %lld inputs, no failure\n", static_cast<long long>(files.size()));
    return files.isEmpty() ? 1 : 0; // an empty corpus would be a test that cannot fail
}
