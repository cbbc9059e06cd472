// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfile.h"
#include "datasets.h"
#include "resultmessage.h"

#include <cstddef>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QTest>

using godwit::Error;
using godwit::TextFile;

namespace {

template <std::size_t N> QByteArray bytes(const char (&text)[N]) { return QByteArray(text, N - 1); }

} // namespace

Q_DECLARE_METATYPE(Error::Code)

class TestTextFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QString>("kind"); // file (the bytes below), missing, dangling, directory, fifo
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("text"); // when it reads
        QTest::addColumn<Error::Code>("code"); // when it fails
        QTest::addColumn<QString>("message"); // "<file>" stands for the path
        QTest::addRow("plain") << "file" << QByteArray("SELECT 1;\n") << "SELECT 1;\n" << Error::Code::Ok << "";
        QTest::addRow("BOM dropped") << "file" << QByteArray("\xEF\xBB\xBFSELECT 1;") << "SELECT 1;" << Error::Code::Ok
                                     << "";
        QTest::addRow("UTF-8") << "file" << QByteArray("-- caf\xC3\xA9\n") << QStringLiteral("-- café\n")
                               << Error::Code::Ok << "";
        QTest::addRow("empty") << "file" << QByteArray() << "" << Error::Code::Ok << "";
        QTest::addRow("NUL byte") << "file" << bytes("SELECT 1;\nSELECT\0 2;\n") << "" << Error::Code::Parse
                                  << "<file>:2:7: NUL byte";
        QTest::addRow("NUL after a BOM and UTF-8")
            << "file" << bytes("\xEF\xBB\xBF\xC3\xA9\0") << "" << Error::Code::Parse << "<file>:1:2: NUL byte";
        QTest::addRow("invalid UTF-8") << "file" << QByteArray("SELECT 1;\n-- caf\xE9 au lait\n") << ""
                                       << Error::Code::Parse << "<file>:2:7: file is not valid UTF-8";
        QTest::addRow("UTF-8 cut at the end") << "file" << QByteArray("SELECT 1; -- \xC3") << "" << Error::Code::Parse
                                              << "<file>:1:14: file is not valid UTF-8";
        QTest::addRow("missing") << "missing" << QByteArray() << "" << Error::Code::FileNotFound
                                 << "<file>: no such file";
        QTest::addRow("broken symbolic link") << "dangling" << QByteArray() << "" << Error::Code::FileNotFound
                                              << "<file>: broken symbolic link (to <file>.gone)";
        QTest::addRow("directory") << "directory" << QByteArray() << "" << Error::Code::IsDirectory
                                   << "<file>: is a directory, not a SQL script";
        QTest::addRow("FIFO (never opened: it would block)")
            << "fifo" << QByteArray() << "" << Error::Code::Unsupported
            << "<file>: not a regular file (a FIFO, socket or device), not a SQL script";
    }
    void reads()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, content);
        QFETCH(QString, text);
        QFETCH(Error::Code, code);
        QFETCH(QString, message);
        const QString path = godwit::test::scratchDir() + QStringLiteral("/input.sql");
        if (kind == QLatin1String("file")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(content), content.size());
        } else if (kind == QLatin1String("dangling")) {
            QVERIFY(QFile::link(path + QStringLiteral(".gone"), path));
        } else if (kind == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        const auto read = TextFile::read(path, QStringLiteral("a SQL script"));
        if (code == Error::Code::Ok) {
            QVERIFY2(read, godwit::test::why(read).constData());
            QCOMPARE(*read, text);
            return;
        }
        QVERIFY(!read);
        QCOMPARE(read.error().code, code);
        QCOMPARE(read.error().file, path);
        QCOMPARE(read.error().toString(), QString(message).replace(QLatin1String("<file>"), path));
    }

    void permissionDenied()
    {
        if (geteuid() == 0)
            QSKIP("root reads a file without read permission (tst_cli_badinput runs this case as 'nobody')");
        const QString path = godwit::test::scratchDir() + QStringLiteral("/locked.sql");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SELECT 1;");
        f.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        const auto read = TextFile::read(path);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::PermissionDenied);
        QCOMPARE(read.error().toString(), path + QStringLiteral(": permission denied"));
    }
};

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
