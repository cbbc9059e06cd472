// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgres/connectionuri.h"

#include <QTest>

using godwit::postgres::ConnectionUri;

// What counts as a PostgreSQL source, and the form of it that may be printed or saved.
class TestConnectionUri : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void isUri_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("uri");
        QTest::addRow("postgresql") << "postgresql://localhost/app" << true;
        QTest::addRow("postgres") << "postgres://u@h/db" << true;
        QTest::addRow("upper case scheme") << "PostgreSQL://h/db" << true;
        QTest::addRow("socket only") << "postgresql:///app?host=/tmp/x" << true;
        QTest::addRow("sqlite file") << "app.db" << false;
        QTest::addRow("file named like a scheme") << "postgresql.db" << false;
        QTest::addRow("other scheme") << "mysql://h/db" << false;
    }
    void isUri()
    {
        QFETCH(QString, source);
        QFETCH(bool, uri);
        QCOMPARE(ConnectionUri::isUri(source), uri);
    }

    void redacted_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no password") << "postgresql://ann@db.example.com:5432/app"
                                     << "postgresql://ann@db.example.com:5432/app";
        QTest::addRow("user info") << "postgresql://ann:s3cret@db.example.com/app"
                                   << "postgresql://ann@db.example.com/app";
        QTest::addRow("at sign in password") << "postgresql://ann:p%40ss@h/app"
                                             << "postgresql://ann@h/app";
        QTest::addRow("password parameter alone") << "postgresql:///app?password=x"
                                                  << "postgresql:///app";
        QTest::addRow("password parameter first") << "postgresql:///app?password=x&host=/tmp/s"
                                                  << "postgresql:///app?host=/tmp/s";
        QTest::addRow("password parameter last") << "postgresql:///app?host=/tmp/s&password=x"
                                                 << "postgresql:///app?host=/tmp/s";
        QTest::addRow("both") << "postgres://a:b@h/d?sslmode=require&password=c&x=1"
                              << "postgres://a@h/d?sslmode=require&x=1";
        QTest::addRow("colon in the path is kept") << "postgresql://h/a:b"
                                                   << "postgresql://h/a:b";
        QTest::addRow("not a URI") << "file:with:colons@x"
                                   << "file:with:colons@x";
    }
    void redacted()
    {
        QFETCH(QString, uri);
        QFETCH(QString, expected);
        QCOMPARE(ConnectionUri::redacted(uri), expected);
    }
};

QTEST_GUILESS_MAIN(TestConnectionUri)
#include "tst_connectionuri.moc"
