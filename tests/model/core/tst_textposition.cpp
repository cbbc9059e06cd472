// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textposition.h"

#include <QTest>

using godwit::TextPosition;

class TestTextPosition : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromUtf8Offset_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addRow("start") << QByteArray("SELECT 1") << 0 << 1 << 1;
        QTest::addRow("same line") << QByteArray("SELECT 1") << 7 << 1 << 8;
        QTest::addRow("second line") << QByteArray("SELECT 1;\nSELEC 2") << 10 << 2 << 1;
        QTest::addRow("after newline") << QByteArray("a\nbc\nde") << 6 << 3 << 2;
        QTest::addRow("multibyte counts once") << QByteArray("'\xc3\xa9t\xc3\xa9' x") << 7 << 1 << 6;
        QTest::addRow("offset past end clamps") << QByteArray("ab") << 99 << 1 << 3;
    }
    void fromUtf8Offset()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto pos = TextPosition::fromUtf8Offset(text, offset);
        QCOMPARE(pos.line, line);
        QCOMPARE(pos.column, column);
        if (offset <= text.size())
            QCOMPARE(TextPosition::utf8OffsetOf(text, line, column), qsizetype(offset));
    }
};

QTEST_GUILESS_MAIN(TestTextPosition)
#include "tst_textposition.moc"
